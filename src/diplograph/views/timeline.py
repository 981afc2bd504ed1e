"""The timeline page: visits per year as a bar chart, and the visits of each year with their sources.

A country's timeline (``focus``) keeps the visits from and to that country and splits them by direction:
outgoing and incoming bars side by side, and a column for each direction. A visit of several persons
(a delegation) is one visit with its visitors joined.

>>> import networkx as nx
>>> visits_payload(nx.MultiDiGraph())["visits"]
[]
"""

from __future__ import annotations

from typing import Any, Mapping

import networkx as nx

from .render import _static, page

__all__ = ["visits_payload", "render_timeline"]


def visits_payload(
    net: nx.MultiDiGraph,
    *,
    title: str = "Visits",
    network_href: str | None = None,
    focus: str | None = None,
    countries: Mapping[str, tuple[str, str]] | None = None,
    labels: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Each visit behind a ``visited`` relation once, sorted by date, with visitors, countries, host and sources.

    ``countries`` maps a visit's IRI to (visitor's country, host country) (see :mod:`.countries`); with ``focus``
    (a country's IRI) only the visits from or to it are kept, each with its ``direction`` (``out`` or ``in``).
    """
    countries = countries or {}
    labels = labels or {}
    seen: dict[str, dict[str, Any]] = {}
    visitors: dict[str, list[str]] = {}
    for u, v, key, data in net.edges(keys=True, data=True):
        if key != "visited":
            continue
        for f in data["facts"]:
            if f.cls != "Visit":
                continue
            visitors.setdefault(f.iri, []).append(net.nodes[u]["label"])
            if f.iri in seen:
                continue
            side = countries.get(f.iri)
            direction = None
            if focus is not None:
                if side is None or focus not in side:
                    continue
                direction = "out" if side[0] == focus else "in"
            item = f.as_dict()
            item.update(host=net.nodes[v]["label"], year=f.year_from, direction=direction,
                        fromCountry=labels.get(side[0], "") if side else "")
            seen[f.iri] = item
    for iri, item in seen.items():
        item["visitor"] = ", ".join(sorted(set(visitors[iri])))
    visits = sorted(seen.values(), key=lambda d: (d["start"] or "9999", d["id"]))
    counts: dict[int, dict[str, int]] = {}
    for item in visits:
        if item["year"] is not None:
            c = counts.setdefault(item["year"], {"count": 0, "out": 0, "in": 0})
            c["count"] += 1
            if item["direction"]:
                c[item["direction"]] += 1
    years = range(min(counts), max(counts) + 1) if counts else range(0)
    per_year = [{"year": y, **counts.get(y, {"count": 0, "out": 0, "in": 0})} for y in years]
    return {"title": title, "network": network_href, "visits": visits, "perYear": per_year, "split": focus is not None,
            "focus": labels.get(focus, "") if focus else ""}


_BODY = """<header id="bar"><h1 id="title">{{title}}</h1><a id="network-link" href="#" hidden>Back to the network</a></header>
<main id="timeline-main">
<p id="summary"></p>
<div id="chart" role="img" aria-label="visits per year"></div>
<div id="years"></div>
</main>"""


def render_timeline(net: nx.MultiDiGraph, *, title: str = "Visits per year", network_href: str | None = None, focus: str | None = None,
                    countries: Mapping[str, tuple[str, str]] | None = None, labels: Mapping[str, str] | None = None) -> str:
    """The HTML of the timeline page (self-contained, no external resource); see :func:`visits_payload`."""
    data = visits_payload(net, title=title, network_href=network_href, focus=focus, countries=countries, labels=labels)
    return page(title=title, body=_BODY, data=data, styles=[_static("view.css"), _static("timeline.css")],
                scripts=[_static("timeline.js")])
