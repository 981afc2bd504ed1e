"""What an analyst sees in real headless Chromium: the country-level map, legible labels, a panel that
leaves the graph alone, statuses as intervals, visits both ways, the table's CSV and the PNG/SVG export.

Clicks are real mouse clicks at the point where vis-network draws the node or edge (checked with
``getNodeAt``/``getEdgeAt`` first, so a test never clicks a neighbour by accident).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from diplograph.views import write_views

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not at /usr/bin/chromium (apt-get install chromium; .ci/run does)"),
]

ID = "https://w3id.org/diplograph/id/"
#: the smallest label, in screen pixels, that the pages may draw at their default zoom
MIN_LABEL_PX = 12


@pytest.fixture(scope="module")
def views(sample_dataset, settings, tmp_path_factory) -> dict[str, Path]:
    return write_views(tmp_path_factory.mktemp("views"), graph=sample_dataset, settings=settings)


class Page:
    def __init__(self, browser, path: Path, downloads: Path) -> None:
        self.context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.downloads = downloads
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready=true]", timeout=15000)

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def node_id(self, iri: str) -> int:
        return self.js("iri => diplographView.data.nodes.concat(diplographView.data.extra.nodes).find(n => n.iri === iri).id", iri)

    def edge_id(self, a: str, b: str, relation: str) -> int:
        return self.js("""([a, b, r]) => { const d = diplographView.data;
            const id = iri => d.nodes.find(n => n.iri === iri).id;
            return d.edges.find(e => e.from === id(a) && e.to === id(b) && e.relation === r).id; }""", [a, b, relation])

    def _click_at(self, pos: dict, found) -> bool:
        box = self.page.locator("#network").bounding_box()
        for dx, dy in ((0, 0), (2, 2), (-2, -2), (3, -3), (-3, 3), (0, 4), (4, 0)):
            p = {"x": pos["x"] + dx, "y": pos["y"] + dy}
            if found(p):
                self.page.mouse.click(box["x"] + p["x"], box["y"] + p["y"])
                return True
        return False

    def click_node(self, node: int) -> None:
        pos = self.js("id => diplographView.network.canvasToDOM(diplographView.network.getPositions([id])[id])", node)
        if not self._click_at(pos, lambda p: self.js("p => diplographView.network.getNodeAt(p)", p) == node):
            raise AssertionError(f"node {node} is covered at every point tried")

    def click_edge(self, edge: int) -> None:
        """Click a point of the drawn edge (on its curve) where no node and no other edge is."""
        for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75):
            pos = self.js("""([id, t]) => { const n = diplographView.network;
                return n.canvasToDOM(n.body.edges[id].edgeType.getPoint(t)); }""", [edge, t])
            ok = lambda p: (self.js("p => diplographView.network.getNodeAt(p)", p) is None
                            and self.js("p => diplographView.network.getEdgeAt(p)", p) == edge)
            if self._click_at(pos, ok):
                return
        raise AssertionError(f"edge {edge} is covered at every point tried")

    def download(self, button: str) -> Path:
        with self.page.expect_download() as info:
            self.page.locator(button).click()
        d = info.value
        target = self.downloads / d.suggested_filename
        d.save_as(target)
        return target

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def open_page(browser, tmp_path):
    pages: list[Page] = []

    def opener(path: Path) -> Page:
        pages.append(Page(browser, path, tmp_path))
        return pages[-1]

    yield opener
    for p in pages:
        p.close()


def boxes_overlap(a: dict, b: dict) -> bool:
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


def test_index_is_country_level_and_links_the_pages(views, open_page):
    p = open_page(views["index"])
    assert p.errors == []
    assert {n["cls"] for n in p.js("diplographView.visibleNodes()")} == {"Country", "IntergovernmentalOrganisation"}
    hrefs = [a.get_attribute("href") for a in p.page.locator("#pages a").all()]
    assert {f"country-{c}.html" for c in ("azerbaijan", "hungary", "kazakhstan", "kyrgyzstan")} <= set(hrefs)
    assert "timeline.html" in hrefs
    for href in hrefs:
        assert (views["index"].parent / href).is_file(), href
    # one edge per relation and direction, as wide as it has facts
    visits = {(e["from"], e["to"]): e for e in p.js("diplographView.data.edges") if e["relation"] == "visited"}
    az, hu = p.node_id(ID + "azerbaijan"), p.node_id(ID + "hungary")
    assert len(visits[(az, hu)]["facts"]) > 1 and len(visits[(hu, az)]["facts"]) > 1
    single = min(visits.values(), key=lambda e: len(e["facts"]))
    assert visits[(hu, az)]["width"] > single["width"] >= 2  # wide enough to click
    assert p.page.title().count("diplograph") == 1
    assert p.page.locator("h1").text_content() == p.page.title()


def test_labels_are_legible_and_country_labels_do_not_overlap(views, open_page):
    p = open_page(views["index"])
    labels = p.js("diplographView.labels()")
    countries = {n["id"]: n["label"] for n in p.js("diplographView.visibleNodes()")}
    drawn = {b["id"]: b for b in labels}
    assert set(countries) <= set(drawn), f"labels not drawn: {set(countries.values()) - {b['label'] for b in labels}}"
    for b in labels:
        assert b["px"] >= MIN_LABEL_PX
        # the label's box in screen pixels is at least as tall as its font, and inside the graph
        assert b["h"] >= MIN_LABEL_PX
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not boxes_overlap(a, b), (a["label"], b["label"])
    # the renderer's own measure: what vis-network reports for the canvas at this zoom
    assert p.js("diplographView.network.getScale()") > 0
    # zoomed far out, labels keep their size in pixels and still do not overlap (fewer are drawn)
    p.js("diplographView.network.moveTo({scale: 0.05, animation: false}); diplographView.network.redraw()")
    far = p.js("diplographView.labels()")
    assert far and all(b["px"] >= MIN_LABEL_PX for b in far)
    assert not any(boxes_overlap(a, b) for i, a in enumerate(far) for b in far[i + 1:])


def test_panel_leaves_the_graph_visible(views, open_page):
    p = open_page(views["index"])
    before = p.page.locator("#network").bounding_box()
    scale = p.js("diplographView.network.getScale()")
    p.click_node(p.node_id(ID + "hungary"))
    p.page.locator("#panel[data-kind=node]").wait_for()
    after = p.page.locator("#network").bounding_box()
    panel = p.page.locator("#side").bounding_box()
    assert after == before and after["width"] >= 600
    assert panel["x"] >= after["x"] + after["width"] - 1  # beside the graph, not over it
    assert p.js("diplographView.network.getScale()") == pytest.approx(scale)
    assert all(b["px"] >= MIN_LABEL_PX for b in p.js("diplographView.labels()"))
    assert len(p.js("diplographView.labels()")) >= 5


def test_country_page_highlights_its_country_and_groups_its_facts(views, open_page):
    p = open_page(views["country-hungary"])
    hu = p.node_id(ID + "hungary")
    assert p.js("diplographView.data.focus") == hu
    assert p.js("id => diplographView.nodes.get(id).borderWidth", hu) > 1
    labels = p.js("diplographView.labels()")
    assert labels[0]["id"] == hu and labels[0]["px"] > MIN_LABEL_PX
    panel = p.page.locator("#panel")
    assert panel.get_attribute("data-id") == str(hu)
    summary = p.page.locator("#panel .summary").text_content()
    assert re.search(r"visits \d+ \(\d+ out, \d+ in\)", summary)
    # grouped by relation, then by counterpart and direction, newest first
    visits = p.page.locator("#panel details.relation[data-relation=visited]")
    groups = visits.locator(":scope > details.group > summary .group-title").all_text_contents()
    assert "→ Azerbaijan" in groups and "← Azerbaijan" in groups
    dates = visits.locator(":scope > details.group").first.locator(".fact-date").all_text_contents()
    assert dates == sorted(dates, reverse=True)
    assert p.page.title() == "diplograph: Hungary and its relations (depth 1)"
    assert p.page.locator("#timeline-link").get_attribute("href") == "country-hungary.timeline.html"


def test_a_click_on_a_country_edge_lists_its_visits_both_ways(views, open_page):
    p = open_page(views["index"])
    edge = p.edge_id(ID + "azerbaijan", ID + "hungary", "visited")
    p.click_edge(edge)
    p.page.locator("#panel[data-kind=edge]").wait_for()
    assert p.page.locator("#panel").get_attribute("data-id") == str(edge)
    visits = p.page.locator("#panel section.relation[data-relation=visited]")
    forward = visits.locator("details.group[data-direction=forward]")
    backward = visits.locator("details.group[data-direction=backward]")
    assert "Azerbaijan → Hungary" in forward.locator(":scope > summary").text_content()
    assert "Hungary → Azerbaijan" in backward.locator(":scope > summary").text_content()
    n_forward = len(p.js("id => diplographView.data.edges[id].facts", edge))
    assert forward.locator("li.fact").count() == n_forward
    assert backward.locator("li.fact").count() > 0
    assert visits.locator("li.source").count() >= n_forward


def test_slider_keeps_an_ongoing_membership(views, open_page):
    p = open_page(views["index"])
    edge = p.edge_id(ID + "azerbaijan", ID + "organization-of-turkic-states", "memberOf")
    (fact,) = p.js("id => diplographView.data.edges[id].facts.map(i => diplographView.data.facts[i])", edge)
    assert fact["kind"] == "status" and fact["to"] is None and fact["attested"] and fact["from"] < 2020
    visible = "id => diplographView.visibleEdges().some(e => e.id === id)"
    p.page.locator("#year-from").fill("2020")
    assert p.page.locator("#year-from-out").text_content() == "2020"
    assert p.js(visible, edge), "a membership first attested before 2020 and never ended is valid in 2020-2025"
    # while a visit of 2008 is gone
    old = [e for e in p.js("diplographView.visibleEdges()") if e["relation"] == "visited"]
    assert all(any((f["to"] or f["from"]) >= 2020 for f in e["facts"]) for e in old)
    p.page.locator("#year-to").fill("2021")
    p.click_node(p.node_id(ID + "azerbaijan"))
    group = p.page.locator("#panel details.relation[data-relation=memberOf] details.group", has_text="Organization of Turkic States")
    group.locator(":scope > summary").click()  # a closed group is filled when opened
    from playwright.sync_api import expect

    expect(group).to_contain_text("first attested 2015")  # filled when the toggle event has run


def test_filter_refits_and_legend_click_hides_a_class(views, open_page):
    p = open_page(views["index"])
    p.page.locator("#panel").wait_for()
    before = p.js("diplographView.network.getViewPosition()")
    p.page.locator("button.legend-button[data-class=IntergovernmentalOrganisation]").click()
    assert not any(n["cls"] == "IntergovernmentalOrganisation" for n in p.js("diplographView.visibleNodes()"))
    after = p.js("diplographView.network.getViewPosition()")
    assert after != before  # re-fitted to what is left
    for n in p.js("diplographView.visibleNodes()"):  # every node left is inside the canvas
        pos = p.js("id => diplographView.network.canvasToDOM(diplographView.network.getPositions([id])[id])", n["id"])
        box = p.page.locator("#network").bounding_box()
        assert 0 <= pos["x"] <= box["width"] and 0 <= pos["y"] <= box["height"]
    p.page.locator("button.legend-button[data-class=IntergovernmentalOrganisation]").click()
    assert any(n["cls"] == "IntergovernmentalOrganisation" for n in p.js("diplographView.visibleNodes()"))


def test_a_country_expands_into_its_persons_and_events(views, open_page):
    p = open_page(views["index"])
    p.click_node(p.node_id(ID + "kazakhstan"))
    summary = p.page.locator("#panel .summary").text_content()
    p.page.locator("#expand").click()
    assert p.page.locator("#panel .summary").text_content() == summary  # the members' own lines are not counted twice
    shown = {n["iri"] for n in p.js("diplographView.visibleNodes()")}
    assert ID + "kassym-jomart-tokayev" in shown
    p.click_node(p.node_id(ID + "kassym-jomart-tokayev"))
    assert p.page.locator("#panel .panel-title").text_content() == "Kassym-Jomart Tokayev"
    assert p.page.locator("#panel li.source").count() >= 1


def test_table_sorts_and_exports_csv(views, open_page):
    p = open_page(views["country-kazakhstan"])
    p.page.locator("#tab-table").click()
    rows = p.page.locator("#facts-table tbody tr")
    assert rows.count() > 3
    dates = [r.locator("td").first.text_content() for r in rows.all()]
    assert dates == sorted(dates, reverse=True)
    p.page.locator("#facts-table th button[data-column=from]").click()
    froms = [r.locator("td").nth(2).text_content() for r in rows.all()]
    assert froms == sorted(froms)
    path = p.download("#export-csv")
    assert path.suffix == ".csv"
    table = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(table) == rows.count()
    assert {"date", "relation", "from", "to", "fact", "sources"} <= set(table[0])
    assert any(r["relation"] == "visits" and "Kazakhstan" in (r["from"], r["to"]) for r in table)
    # the table follows the filters and stays open
    p.page.locator("#year-from").fill("2021")
    assert p.page.locator("#table-box").is_visible()
    later = [(r.locator("td").nth(0).text_content(), r.locator("td").nth(5).text_content()) for r in rows.all()]
    assert 0 < len(later) < len(table)
    statuses = {"Membership", "Position", "Partnership", "Twinning", "MissionPresence"}
    assert all(date == "" or date >= "2021" or kind in statuses for date, kind in later)  # an older status may still hold


def test_png_and_svg_export(views, open_page):
    p = open_page(views["index"])
    png = p.download("#export-png")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    box = p.page.locator("#network").bounding_box()
    assert (width, height) == (round(box["width"]), round(box["height"]))  # device pixel ratio 1
    svg = p.download("#export-svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Hungary" in svg and svg.count("<circle") == len(p.js("diplographView.visibleNodes()"))


def test_country_timeline_is_split_by_direction(views, open_page):
    p = open_page(views["country-kyrgyzstan.timeline"])
    assert p.errors == []
    assert p.page.title().count("Kyrgyzstan") == 1
    hu = open_page(views["country-hungary.timeline"])
    out = hu.page.locator("li.visit[data-direction=out]")
    inc = hu.page.locator("li.visit[data-direction=in]")
    assert out.count() > 5 and inc.count() > 5
    assert all("Hungary" in t.split("→")[1] for t in inc.locator(".fact-meta").all_text_contents())
    assert hu.page.locator("#bars rect.bar-out").count() > 0 and hu.page.locator("#bars rect.bar-in").count() > 0
    everything = open_page(views["timeline"]).page.locator("li.visit").count()
    kz = open_page(views["country-kazakhstan.timeline"]).page.locator("li.visit .fact-meta").all_text_contents()
    assert 0 < len(kz) < everything
    assert all("Kazakhstan" in t for t in kz)


SCRIPT_LABEL = "</script><script>alert(1)</script>"


def test_country_level_page_keeps_untrusted_labels_as_text(mini_graph, settings, tmp_path, open_page):
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS

    from diplograph.views import write_view

    person = URIRef(ID + "rudolf-rassendyll")
    mini_graph.remove((person, RDFS.label, None))
    mini_graph.add((person, RDFS.label, Literal(SCRIPT_LABEL)))
    path = write_view(tmp_path / "c.html", graph=mini_graph, settings=settings).path
    assert SCRIPT_LABEL not in path.read_text(encoding="utf-8")
    p = open_page(path)
    dialogs: list[str] = []
    p.page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    home = p.js("diplographView.data.extra.nodes.find(n => n.slug === 'rudolf-rassendyll').homes[0]")
    p.js("id => diplographView.expand(id, true)", home)
    p.js("id => diplographView.showNode(id)", p.node_id(ID + "rudolf-rassendyll"))
    assert p.page.locator("#panel .panel-title").text_content() == SCRIPT_LABEL
    assert SCRIPT_LABEL in [b["label"] for b in p.js("diplographView.labels()")]
    svg = p.js("diplographView.toSvg()")
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in svg and "<script" not in svg
    assert dialogs == [] and p.errors == [] and p.page.locator("script").count() == 4  # data, drill-down data, vis, ours
