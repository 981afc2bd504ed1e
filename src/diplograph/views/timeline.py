"""The timeline page: visits per year as a bar chart, and the visits of each year with their sources.

>>> import networkx as nx
>>> visits_payload(nx.MultiDiGraph())["visits"]
[]
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from .render import _static, page

__all__ = ["visits_payload", "render_timeline"]


def visits_payload(net: nx.MultiDiGraph, *, title: str = "Visits", network_href: str | None = None) -> dict[str, Any]:
    """Each visit behind a ``visited`` relation once, sorted by date, with visitor, host and sources."""
    seen: dict[str, dict[str, Any]] = {}
    for u, v, key, data in net.edges(keys=True, data=True):
        if key != "visited":
            continue
        for f in data["facts"]:
            if f.cls != "Visit" or f.iri in seen:
                continue
            item = f.as_dict()
            item.update(visitor=net.nodes[u]["label"], host=net.nodes[v]["label"], year=f.year_from)
            seen[f.iri] = item
    visits = sorted(seen.values(), key=lambda d: (d["start"] or "9999", d["id"]))
    counts: dict[int, int] = {}
    for item in visits:
        if item["year"] is not None:
            counts[item["year"]] = counts.get(item["year"], 0) + 1
    per_year = [{"year": y, "count": counts.get(y, 0)} for y in (range(min(counts), max(counts) + 1) if counts else [])]
    return {"title": title, "network": network_href, "visits": visits, "perYear": per_year}


_BODY = """<header id="bar"><h1 id="title"></h1><a id="network-link" href="#" hidden>Back to the network</a></header>
<main id="timeline-main">
<p id="summary"></p>
<div id="chart" role="img" aria-label="visits per year"></div>
<div id="years"></div>
</main>"""


def render_timeline(net: nx.MultiDiGraph, *, title: str = "Visits per year", network_href: str | None = None) -> str:
    """The HTML of the timeline page (self-contained, no external resource)."""
    data = visits_payload(net, title=title, network_href=network_href)
    return page(title=title, body=_BODY, data=data, styles=[_static("view.css"), _static("timeline.css")],
                scripts=[_static("timeline.js")])
