"""One self-contained HTML page per network: vis-network (from pyvis) and our scripts inlined, data as JSON.

Labels come from documents and are untrusted: the data goes into a ``<script type="application/json">``
element with ``<``, ``>`` and ``&`` escaped, and the page builds its DOM with ``textContent`` only.

>>> safe_json({"label": "</script><b>"})
'{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
"""

from __future__ import annotations

import html
import json
import math
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

import networkx as nx

from .facts import ShownFact
from .layout import layout
from .relations import COUNTRY_LABELS

__all__ = ["STYLES", "RELATION_COLOURS", "safe_json", "network_payload", "render_network", "inline_script", "page"]

#: Colour and vis-network shape per node class (classes not listed are grey dots).
STYLES: dict[str, tuple[str, str]] = {
    "Country": ("#1f77b4", "dot"),
    "IntergovernmentalOrganisation": ("#9467bd", "hexagon"),
    "Person": ("#ff7f0e", "triangle"),
    "City": ("#2ca02c", "square"),
    "Embassy": ("#8c564b", "diamond"),
    "RepresentationOffice": ("#8c564b", "diamond"),
    "DiplomaticMission": ("#8c564b", "diamond"),
    "Parliament": ("#17becf", "diamond"),
    "ParliamentaryFriendshipGroup": ("#17becf", "triangleDown"),
    "Ministry": ("#bcbd22", "diamond"),
    "GovernmentBody": ("#7f7f7f", "diamond"),
    "Agreement": ("#d62728", "star"),
    "Declaration": ("#e377c2", "star"),
    "Instrument": ("#d62728", "star"),
    "Award": ("#c5b000", "triangleDown"),
    "Summit": ("#393b79", "square"),
    "Meeting": ("#637939", "square"),
}
_DEFAULT_STYLE = ("#999999", "dot")

#: Edge colours, given to the relations in their sorted order (colour-blind-safe first).
RELATION_COLOURS: tuple[str, ...] = (
    "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7a5195", "#8c564b",
    "#2f4b7c", "#bc5090", "#3d8c40", "#a05195", "#6b6b6b", "#b8860b", "#1b9e77", "#e7298a",
)


def safe_json(data: Any) -> str:
    """JSON that can sit inside a ``<script>`` element: ``<``, ``>``, ``&`` and line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    for char, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, esc)
    return text


def _static(name: str) -> str:
    return resources.files("diplograph.views").joinpath("static", name).read_text(encoding="utf-8")


def _pyvis_lib(name: str) -> str:
    import pyvis

    return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def inline_script(code: str) -> str:
    """A ``<script>`` element holding ``code``, safe even if the code contains ``</script``."""
    return "<script>" + code.replace("</script", "<\\/script").replace("<!--", "<\\!--") + "</script>"


def page(*, title: str, body: str, scripts: list[str], styles: list[str], data: Any, extra: Any = None) -> str:
    """A complete HTML document: styles and scripts inlined, ``data`` as escaped JSON in ``#view-data``
    (and ``extra``, data the page reads only when needed, in ``#view-extra``).

    The title is set here, in ``<title>`` and the page's ``<h1 id="title">``; the scripts do not set it again.
    """
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
        "style-src 'unsafe-inline'; img-src data: blob:\">",
        f"<title>{html.escape(title)}</title>",
        *("<style>" + s.replace("</style", "<\\/style") + "</style>" for s in styles),
        "</head><body>",
        body.replace("{{title}}", html.escape(title)),
        '<script type="application/json" id="view-data">' + safe_json(data) + "</script>",
        *(['<script type="application/json" id="view-extra">' + safe_json(extra) + "</script>"] if extra is not None else []),
        *(inline_script(s) for s in scripts),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _size(weight: int) -> float:
    return round(min(44.0, 9 + 5 * math.sqrt(weight)), 1)


class _Facts:
    """Facts and documents of a page, each stored once and referred to by index."""

    def __init__(self) -> None:
        self.facts: list[dict[str, Any]] = []
        self.docs: list[dict[str, Any]] = []
        self._fact_ids: dict[str, int] = {}
        self._doc_ids: dict[str, int] = {}
        self.years: list[int] = []

    def add(self, f: ShownFact) -> int:
        if f.iri in self._fact_ids:
            return self._fact_ids[f.iri]
        src = []
        for s in f.sources:
            if s.document not in self._doc_ids:
                self._doc_ids[s.document] = len(self.docs)
                self.docs.append({"id": s.document, "title": s.title, "file": s.file})
            src.append({k: v for k, v in (("d", self._doc_ids[s.document]), ("s", s.start), ("e", s.end), ("t", s.text)) if v is not None})
        self._fact_ids[f.iri] = len(self.facts)
        item = {"id": f.iri.removeprefix(ID_BASE), "type": f.cls, "label": f.label, "start": f.start, "end": f.end,
                "from": f.year_from, "to": f.year_to, "kind": f.kind, "attested": f.attested, "contested": f.contested or None, "src": src}
        self.facts.append({k: v for k, v in item.items() if v is not None and v is not False})
        self.years += [y for y in (f.year_from, f.year_to) if y is not None]
        return self._fact_ids[f.iri]


#: The base of entity IRIs: a node whose IRI is this plus its slug carries the slug only (the page adds the base).
ID_BASE = "https://w3id.org/diplograph/id/"


def _node_item(i: int, node: str, data: dict[str, Any], x: float, y: float, weight: int, *, small: bool = False) -> dict[str, Any]:
    """A node as the page gets it: defaults left out (colour and shape come from the legend, the IRI from the slug)."""
    item: dict[str, Any] = {"id": i, "slug": data["slug"], "label": data["label"], "cls": data["cls"], "x": round(x, 1), "y": round(y, 1)}
    if data["iri"] != ID_BASE + data["slug"]:
        item["iri"] = data["iri"]
    if data.get("alt"):
        item["alt"] = data["alt"]
    if not small:
        item.update(size=_size(weight), degree=data.get("degree", 0), weight=weight)
    return item


def network_payload(
    net: nx.MultiDiGraph,
    *,
    title: str,
    level: str = "entity",
    entity_net: nx.MultiDiGraph | None = None,
    focus: str | None = None,
    notice: str | None = None,
    timeline_href: str | None = None,
    pages: Sequence[tuple[str, str]] = (),
    network_href: str | None = None,
) -> dict[str, Any]:
    """The data a page draws: nodes with positions, edges with their facts (by index), facts and documents once.

    Values the page can derive are left out to keep large pages small: node colours and shapes (from the
    legend), entity IRIs (``base`` + slug), edge ids (their position: ``edges`` first, then ``extra.edges``),
    edge colours (from the relation) and widths (from the number of facts), empty or false fields.

    At ``level="country"``, ``net`` is a country-level network (see :mod:`.countries`) and ``entity_net`` the
    entity-level one it was made from: the entities folded into each shown node and their relations go in
    ``extra`` so that a click can expand a country into its persons, places and events.
    """
    store = _Facts()
    pos = layout(net)
    spread = 120 * math.sqrt(max(net.number_of_nodes(), 1)) + 200
    ids: dict[str, int] = {}
    nodes = []
    weight = {n: sum(len(d["facts"]) for _, _, d in net.edges(n, data=True)) + sum(len(d["facts"]) for _, _, d in net.in_edges(n, data=True))
              for n in net.nodes}
    for i, (node, data) in enumerate(sorted(net.nodes(data=True), key=lambda t: str(t[0]))):
        ids[node] = i
        x, y = pos[node]
        item = _node_item(i, node, data, x * spread, y * spread, weight[node] if level == "country" else data.get("degree", 0))
        if level == "country":
            item["members"] = len(data.get("members", []))
        nodes.append(item)
    relation_names = sorted({k for _, _, k in net.edges(keys=True)} | set(net.graph.get("relations", ())))
    colours = {r: RELATION_COLOURS[i % len(RELATION_COLOURS)] for i, r in enumerate(relation_names)}
    counts: dict[str, set[int]] = {}
    edges = []
    ordered = sorted(net.edges(keys=True, data=True), key=lambda t: (str(t[0]), str(t[1]), t[2]))
    parallel: dict[frozenset[str], int] = {}
    for j, (u, v, key, data) in enumerate(ordered):
        facts = [store.add(f) for f in data["facts"]]
        counts.setdefault(key, set()).update(facts)
        pair = frozenset((u, v))
        k = parallel.get(pair, 0)
        parallel[pair] = k + 1
        edge = {"from": ids[u], "to": ids[v], "relation": key, "facts": facts}
        if data.get("both"):
            edge["both"] = True
        if k:
            edge["bend"] = k
        edges.append(edge)
    extra: dict[str, Any] = {"nodes": [], "edges": []}
    if level == "country" and entity_net is not None:
        home = net.graph.get("homes", {})
        members: list[str] = []
        for node in sorted(net.nodes, key=str):
            members.extend(m for m in net.nodes[node].get("members", []) if m in entity_net and m not in ids)
        members = list(dict.fromkeys(members))
        by_home: dict[str, list[str]] = {}
        for m in members:
            first = next((h for h in home.get(m, ()) if h in ids), None)
            if first is not None:
                by_home.setdefault(first, []).append(m)
        for h, ms in sorted(by_home.items()):
            hx, hy = next((n["x"], n["y"]) for n in nodes if n["id"] == ids[h])
            radius = 90 + 9 * math.sqrt(len(ms)) * 6
            for k, m in enumerate(ms):
                ring = 1 + k // 24
                angle = 2 * math.pi * (k % 24) / min(24, len(ms) - (ring - 1) * 24) + 0.3 * ring
                i = len(nodes) + len(extra["nodes"])
                ids[m] = i
                item = _node_item(i, m, entity_net.nodes[m], hx + radius * ring * math.cos(angle) * 0.7,
                                  hy + radius * ring * math.sin(angle) * 0.7, 0, small=True)
                item["homes"] = [ids[x] for x in home.get(m, ()) if x in ids and x in net]
                extra["nodes"].append(item)
        for u, v, key, data in sorted(entity_net.edges(keys=True, data=True), key=lambda t: (str(t[0]), str(t[1]), t[2])):
            if u in ids and v in ids and (u not in net or v not in net):
                facts = [store.add(f) for f in data["facts"]]
                counts.setdefault(key, set()).update(facts)
                extra["edges"].append({"from": ids[u], "to": ids[v], "relation": key, "facts": facts})
    classes: dict[str, int] = {}
    for n in nodes + extra["nodes"]:
        classes[n["cls"]] = classes.get(n["cls"], 0) + 1
    from .projection import relation_labels

    labels = relation_labels(net)
    return {
        "title": title,
        "level": level,
        "base": ID_BASE,
        "focus": ids.get(focus) if focus else None,
        "notice": notice,
        "timeline": timeline_href,
        "network": network_href,
        "pages": [{"href": h, "label": lab} for h, lab in pages],
        "nodes": nodes,
        "edges": edges,
        "extra": extra,
        "facts": store.facts,
        "docs": store.docs,
        "legend": [{"cls": c, "color": STYLES.get(c, _DEFAULT_STYLE)[0], "shape": STYLES.get(c, _DEFAULT_STYLE)[1], "count": n}
                   for c, n in sorted(classes.items())],
        "relations": [{"name": r, "label": (COUNTRY_LABELS.get(r) if level == "country" else None) or labels.get(r, r),
                       "count": len(counts[r]), "color": colours[r]} for r in relation_names if r in counts],
        "years": {"min": min(store.years), "max": max(store.years)} if store.years else None,
    }


_BODY = """<header id="bar">
<h1 id="title">{{title}}</h1>
<label class="find">Find <input id="search" type="search" list="labels" placeholder="country, person, organisation" autocomplete="off"></label>
<datalist id="labels"></datalist>
<span id="search-status" role="status"></span>
<nav id="links"></nav>
<span class="exports"><button id="export-png" type="button">PNG</button> <button id="export-svg" type="button">SVG</button></span>
</header>
<div id="notice" role="alert" hidden></div>
<main id="layout">
<nav id="controls">
<section id="pages-box" hidden><h2>Pages</h2><ul id="pages"></ul></section>
<section><h2>Relations</h2><div id="relations"></div>
<label class="min">Lines of at least <input id="min-count" type="number" min="1" value="1"> fact(s)</label>
<p id="min-note" class="hint" hidden></p></section>
<section id="years-box"><h2>Years</h2>
<label>from <input id="year-from" type="range"> <output id="year-from-out"></output></label>
<label>to <input id="year-to" type="range"> <output id="year-to-out"></output></label>
<p class="hint">Events in the range, and statuses valid in it, are shown; facts without a date always are.</p></section>
<section><h2>Legend</h2><p class="hint">Click a class to hide or show it.</p><ul id="legend"></ul></section>
</nav>
<div id="network"></div>
<aside id="side">
<div id="tabs" role="tablist"><button id="tab-details" type="button" role="tab" aria-selected="true">Details</button><button id="tab-table" type="button" role="tab" aria-selected="false">Table</button></div>
<div id="panel" data-kind="none"><div id="panel-body"></div></div>
<div id="table-box" hidden><div class="table-tools"><span id="table-count"></span> <button id="export-csv" type="button">Export CSV</button></div>
<table id="facts-table"><thead></thead><tbody></tbody></table></div>
</aside>
</main>"""


def render_network(net: nx.MultiDiGraph, *, title: str, notice: str | None = None, timeline_href: str | None = None,
                   level: str = "entity", entity_net: nx.MultiDiGraph | None = None, focus: str | None = None,
                   pages: Sequence[tuple[str, str]] = (), network_href: str | None = None) -> str:
    """The HTML of the interactive network page for ``net`` (self-contained: opens from ``file://`` offline)."""
    data = network_payload(net, title=title, notice=notice, timeline_href=timeline_href, level=level, entity_net=entity_net,
                           focus=focus, pages=pages, network_href=network_href)
    extra = data.pop("extra")
    return page(title=title, body=_BODY, data=data, extra=extra,
                styles=[_pyvis_lib("vis-network.css"), _static("view.css")],
                scripts=[_pyvis_lib("vis-network.min.js"), _static("network.js")])
