"""One self-contained HTML page per network: vis-network (from pyvis) and our scripts inlined, data as JSON.

Labels come from documents and are untrusted: the data goes into a ``<script type="application/json">``
element with ``<``, ``>`` and ``&`` escaped, and the page builds its DOM with ``textContent`` only.

>>> safe_json({"label": "</script><b>"})
'{"label": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
"""

from __future__ import annotations

import html
import json
import math
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from .layout import layout

__all__ = ["STYLES", "safe_json", "network_payload", "render_network", "inline_script", "page"]

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


def safe_json(data: Any) -> str:
    """JSON that can sit inside a ``<script>`` element: ``<``, ``>``, ``&`` and line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False)
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


def page(*, title: str, body: str, scripts: list[str], styles: list[str], data: Any) -> str:
    """A complete HTML document: styles and scripts inlined, ``data`` as escaped JSON in ``#view-data``."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
        "style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{html.escape(title)}</title>",
        *("<style>" + s.replace("</style", "<\\/style") + "</style>" for s in styles),
        "</head><body>",
        body,
        '<script type="application/json" id="view-data">' + safe_json(data) + "</script>",
        *(inline_script(s) for s in scripts),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _size(degree: int) -> float:
    return round(8 + 5 * math.sqrt(degree), 1)


def network_payload(net: nx.MultiDiGraph, *, title: str, notice: str | None = None,
                    timeline_href: str | None = None) -> dict[str, Any]:
    """The data the page draws: vis-network nodes and edges (made with pyvis), legend, relations, years."""
    vis = Network(directed=True, cdn_resources="in_line")
    vis.toggle_physics(False)
    pos = layout(net)
    spread = 120 * math.sqrt(max(net.number_of_nodes(), 1)) + 200
    ids: dict[str, int] = {}
    classes: dict[str, int] = {}
    for i, (node, data) in enumerate(sorted(net.nodes(data=True), key=lambda t: str(t[0]))):
        ids[node] = i
        colour, shape = STYLES.get(data["cls"], _DEFAULT_STYLE)
        classes[data["cls"]] = classes.get(data["cls"], 0) + 1
        x, y = pos[node]
        item = Node(i, shape, label=data["label"], font_color=False, color=colour, size=_size(data["degree"]),
                    x=round(x * spread, 1), y=round(y * spread, 1), cls=data["cls"], iri=data["iri"],
                    slug=data["slug"], alt=data["alt"], degree=data["degree"])
        # added directly: Network.add_node and from_nx check membership in lists, quadratic in the size
        vis.nodes.append(item.options)
        vis.node_ids.append(i)
        vis.node_map[i] = item.options
    relations: dict[str, int] = {}
    years: list[int] = []
    for j, (u, v, key, data) in enumerate(sorted(net.edges(keys=True, data=True), key=lambda t: (str(t[0]), str(t[1]), t[2]))):
        facts = [f.as_dict() for f in data["facts"]]
        relations[key] = relations.get(key, 0) + 1
        for f in data["facts"]:
            years += [y for y in (f.year_from, f.year_to) if y is not None]
        edge = Edge(ids[u], ids[v], directed=True, id=j, label=key, relation=key, facts=facts)
        vis.edges.append(edge.options)
    return {
        "title": title,
        "notice": notice,
        "timeline": timeline_href,
        "nodes": vis.nodes,
        "edges": vis.edges,
        "legend": [{"cls": c, "color": STYLES.get(c, _DEFAULT_STYLE)[0], "shape": STYLES.get(c, _DEFAULT_STYLE)[1], "count": n}
                   for c, n in sorted(classes.items())],
        "relations": [{"name": r, "count": n} for r, n in sorted(relations.items())],
        "years": {"min": min(years), "max": max(years)} if years else None,
        "options": json.loads(vis.options.to_json()) if hasattr(vis.options, "to_json") else {},
    }


_BODY = """<header id="bar">
<h1 id="title"></h1>
<label>Find <input id="search" type="search" list="labels" placeholder="entity name" autocomplete="off"></label>
<datalist id="labels"></datalist>
<span id="search-status" role="status"></span>
<a id="timeline-link" href="#" hidden>Timeline of visits</a>
</header>
<div id="notice" role="alert" hidden></div>
<main id="layout">
<nav id="controls">
<section><h2>Relations</h2><div id="relations"></div></section>
<section id="years-box"><h2>Years</h2>
<label>from <input id="year-from" type="range"> <output id="year-from-out"></output></label>
<label>to <input id="year-to" type="range"> <output id="year-to-out"></output></label>
<p class="hint">Facts without a date are always shown.</p></section>
<section><h2>Legend</h2><ul id="legend"></ul></section>
</nav>
<div id="network"></div>
<aside id="panel" hidden><button id="panel-close" type="button" aria-label="close">×</button><div id="panel-body"></div></aside>
</main>"""


def render_network(net: nx.MultiDiGraph, *, title: str, notice: str | None = None, timeline_href: str | None = None) -> str:
    """The HTML of the interactive network page for ``net`` (self-contained: opens from ``file://`` offline)."""
    data = network_payload(net, title=title, notice=notice, timeline_href=timeline_href)
    return page(title=title, body=_BODY, data=data,
                styles=[_pyvis_lib("vis-network.css"), _static("view.css")],
                scripts=[_pyvis_lib("vis-network.min.js"), _static("network.js")])
