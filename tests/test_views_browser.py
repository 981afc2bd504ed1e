"""The network views in real headless Chromium: they load offline, draw, react to their controls, stay safe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from diplograph.views import write_view, write_views

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not at /usr/bin/chromium (apt-get install chromium; .ci/run does)"),
]

ID = "https://w3id.org/diplograph/id/"
SCRIPT_LABEL = "</script><script>alert(1)</script>"
ATTR_LABEL = '"><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def sample_views(sample_dataset, settings, tmp_path_factory) -> dict[str, Path]:
    return write_views(tmp_path_factory.mktemp("views"), graph=sample_dataset, settings=settings)


class Page:
    """An offline page with its console errors, dialogs and network requests recorded."""

    def __init__(self, browser, path: Path, shots: Path) -> None:
        self.context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.shots = shots
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready=true]", timeout=15000)

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(self.shots / f"{name}.png"))

    def node_id(self, iri: str) -> int:
        return self.js("iri => diplographView.data.nodes.find(n => n.iri === iri).id", iri)

    def click_node(self, node: int) -> None:
        self.js("id => diplographView.network.focus(id, {scale: 2.5, animation: false})", node)
        box = self.page.locator("#network").bounding_box()
        pos = self.js("id => diplographView.network.canvasToDOM(diplographView.network.getPositions([id])[id])", node)
        for dx, dy in ((0, 0), (4, 4), (-4, -4), (6, -6), (-6, 6), (0, 8), (8, 0)):
            if self.js("p => diplographView.network.getNodeAt(p)", {"x": pos["x"] + dx, "y": pos["y"] + dy}) == node:
                self.page.mouse.click(box["x"] + pos["x"] + dx, box["y"] + pos["y"] + dy)
                return
        raise AssertionError(f"node {node} is covered by another node at every point tried")

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


def test_files_have_no_remote_script_or_stylesheet(sample_views):
    for path in sample_views.values():
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I), path
        assert not re.search(r"<link[^>]*\bhref\s*=\s*[\"']?https?:", html, re.I), path
        assert not re.search(r"@import|url\(\s*[\"']?(https?:)?//", html, re.I), path


def test_page_loads_offline_without_errors_and_draws_nodes(sample_views, open_page):
    p = open_page(sample_views["entities"])
    p.shot("index")
    assert p.errors == []
    assert all(u.startswith(("file:", "data:")) for u in p.requests), p.requests
    assert p.js("diplographView.visibleNodes().length") == p.js("diplographView.data.nodes.length") > 50
    painted = p.js("""() => { const c = document.querySelector('#network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""")
    assert painted > 1000
    assert p.page.locator("#legend li").count() >= 5
    assert p.page.locator("#timeline-link").get_attribute("href") == "timeline.html"
    index = open_page(sample_views["index"])
    assert index.errors == [] and index.js("diplographView.visibleNodes().length") >= 7


def test_clicking_a_node_opens_its_panel_with_sources(sample_views, open_page):
    p = open_page(sample_views["country-hungary"])
    hungary = p.node_id(ID + "hungary")
    p.click_node(hungary)
    panel = p.page.locator("#panel")
    panel.wait_for(state="visible")
    p.shot("hungary-panel")
    assert panel.get_attribute("data-id") == str(hungary)
    assert p.page.locator("#panel .panel-title").text_content() == "Hungary"
    text = panel.text_content()
    assert "Azerbaijan–Hungary relations" in text  # a document that states Hungary's facts
    assert re.search(r"characters \d+–\d+", text)
    assert p.page.locator("#panel .passage").count() > 0  # the corpus is at hand: passage text shown
    assert p.errors == []


def test_clicking_an_edge_opens_its_facts(sample_views, open_page):
    p = open_page(sample_views["index"])
    edge = p.js("diplographView.data.edges.find(e => e.relation === 'visited').id")
    p.js("id => diplographView.showEdge(id)", edge)
    assert "visits" in p.page.locator("#panel").text_content()
    assert p.page.locator("#panel .source").count() >= 1


def test_unticking_a_relation_hides_its_edges(sample_views, open_page):
    p = open_page(sample_views["index"])
    count = "r => diplographView.visibleEdges().filter(e => e.relation === r).length"
    assert p.js(count, "visited") > 0
    others = p.js("diplographView.visibleEdges().filter(e => e.relation !== 'visited').length")
    p.page.locator("input[data-relation=visited]").uncheck()
    p.shot("no-visits")
    assert p.js(count, "visited") == 0
    assert p.js("diplographView.visibleEdges().length") == others
    p.page.locator("input[data-relation=visited]").check()
    assert p.js(count, "visited") > 0


def test_year_slider_hides_events_outside_the_range(sample_views, open_page):
    p = open_page(sample_views["index"])
    before = p.js("diplographView.visibleEdges().length")
    p.page.locator("#year-from").fill("2020")
    p.shot("from-2020")
    after = p.js("diplographView.visibleEdges()")
    assert 0 < len(after) < before
    for e in after:  # every edge left has a fact reaching 2020 or later, or no date at all
        assert any(f["from"] is None or (f["to"] is None or f["to"] >= 2020) for f in e["facts"]) or not e["facts"]
    assert p.page.locator("#year-from-out").text_content() == "2020"


def test_search_finds_and_focuses_a_node(sample_views, open_page):
    p = open_page(sample_views["index"])
    p.page.locator("#search").fill("kazakh")
    p.page.locator("#search").press("Enter")
    assert p.js("diplographView.network.getSelectedNodes()") == [p.node_id(ID + "kazakhstan")]
    assert p.page.locator("#panel .panel-title").text_content() == "Kazakhstan"


def test_timeline_page(sample_views, open_page):
    p = open_page(sample_views["timeline"])
    p.shot("timeline")
    assert p.errors == []
    assert p.page.locator("#bars rect").count() > 5
    assert p.page.locator(".visit").count() >= 30
    assert p.page.locator("#network-link").get_attribute("href") == "index.html"


@pytest.fixture()
def injected_view(mini_graph, settings, tmp_path) -> Path:
    for entity, label in (("freedonia", SCRIPT_LABEL), ("rudolf-rassendyll", ATTR_LABEL)):
        mini_graph.remove((URIRef(ID + entity), RDFS.label, None))
        mini_graph.add((URIRef(ID + entity), RDFS.label, Literal(label)))
    return write_view(tmp_path / "injected.html", graph=mini_graph, level="entity", settings=settings).path


def test_injection_labels_render_as_text(injected_view, open_page):
    html = injected_view.read_text(encoding="utf-8")
    assert SCRIPT_LABEL not in html and ATTR_LABEL not in html
    for path in (injected_view, injected_view.with_name("injected.timeline.html")):
        p = open_page(path)
        assert p.dialogs == [] and p.errors == []
        assert p.page.locator("img").count() == 0
        assert p.page.locator("#view-data ~ script").count() == p.page.locator("script").count() - 1
        if path == injected_view:
            labels = p.js("diplographView.data.nodes.map(n => n.label)")
            assert SCRIPT_LABEL in labels and ATTR_LABEL in labels
            p.click_node(p.node_id(ID + "freedonia"))
            assert p.page.locator("#panel .panel-title").text_content() == SCRIPT_LABEL
            assert ATTR_LABEL in p.page.locator("#panel").text_content()
            p.page.locator("#search").fill("rudolf")
            p.page.locator("#search").press("Enter")
            assert p.page.locator("#panel .panel-title").text_content() == ATTR_LABEL
        else:
            assert ATTR_LABEL + " → " + SCRIPT_LABEL in p.page.locator(".visit").first.text_content()
        p.shot(path.stem)
        assert p.dialogs == []
