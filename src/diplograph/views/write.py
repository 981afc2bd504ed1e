"""Make and write views: the API behind ``diplograph view`` and the views of the main job.

A view is drawn at the country level by default (countries and organisations, everything else folded into
them, see :mod:`.countries`) or at the entity level (``level="entity"``: every person, place and event).

>>> import tempfile, pathlib
>>> from diplograph.settings import Settings
>>> s = Settings.discover()
>>> from diplograph.graph.dataset import build_dataset
>>> ds = build_dataset(s, sources_dir=s.home / "tests/fixtures/mini/sources")
>>> out = pathlib.Path(tempfile.mkdtemp()) / "mini.html"
>>> result = write_view(out, graph=ds, focus="Ruritania", level="entity", settings=s)
>>> result.nodes, result.path.name, result.timeline_path.name, result.title
(3, 'mini.html', 'mini.timeline.html', 'diplograph: Ruritania and its relations (depth 1)')
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import networkx as nx
from rdflib import Dataset, Graph, URIRef

from ..files import atomic_write as _atomic_write
from ..graph.io import load_dataset, union_graph
from ..settings import Settings
from .countries import country_network, homes
from .projection import ViewError, cap, filter_relations, filter_years, induced, neighbourhood, project_graph, resolve_entity
from .render import render_network
from .timeline import render_timeline

__all__ = ["LEVELS", "ViewResult", "View", "make_network", "make_view", "project_rows", "write_view", "write_views", "write_page"]

#: The levels a view can be drawn at.
LEVELS = ("country", "entity")


@dataclass
class ViewResult:
    """A view written: its page, the timeline page beside it, what it shows."""

    path: Path
    timeline_path: Path | None
    title: str
    nodes: int
    edges: int
    notice: str | None


@dataclass
class View:
    """What a page shows: the network at its level, the entity-level network behind it, the focus and title."""

    net: nx.MultiDiGraph
    title: str
    level: str
    entities: nx.MultiDiGraph
    focus: str | None = None


def write_page(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically (see :func:`diplograph.files.atomic_write`); return the path."""
    try:
        _atomic_write(Path(path), text)
    except OSError as exc:
        raise ViewError(f"cannot write {path}: {exc.strerror or exc}") from None
    return Path(path)


def _graph(graph: Path | str | Dataset | Graph | None, settings: Settings) -> Graph:
    if isinstance(graph, Dataset):
        return union_graph(graph)
    if isinstance(graph, Graph):
        return graph
    return union_graph(load_dataset(graph if graph is not None else settings.graph_dir))


def _corpus(corpus_dir: Path | str | None, settings: Settings) -> Path | None:
    if corpus_dir == "default":
        return settings.corpus_dir if settings.corpus_dir.is_dir() else None
    return Path(corpus_dir) if corpus_dir else None


def project_rows(net: nx.MultiDiGraph, rows: Iterable[Mapping[str, Any]]) -> nx.MultiDiGraph:
    """The part of ``net`` named by query rows: every entity IRI in a cell, and the entities of every fact IRI.

    Rows are dicts of variable -> RDF term (IRIs and literals); literals are ignored.
    """
    by_fact: dict[str, set[str]] = {}
    for u, v, data in net.edges(data=True):
        for f in data["facts"]:
            by_fact.setdefault(f.iri, set()).update((u, v))
    chosen: list[str] = []
    for row in rows:
        for value in row.values():
            if isinstance(value, URIRef):
                key = str(value)
                if key in net:
                    chosen.append(key)
                chosen.extend(sorted(by_fact.get(key, ())))
    return induced(net, dict.fromkeys(chosen))


def _query_rows(g: Graph, name: str, params: Mapping[str, str], settings: Settings) -> list[dict[str, Any]]:
    from ..query.knowledge import KnowledgeGraph

    result = KnowledgeGraph.load(g, settings=settings).run(name, dict(params))
    return list(result.rows)


def _check_level(level: str) -> str:
    if level not in LEVELS:
        raise ViewError(f"unknown level {level!r}; use one of: {', '.join(LEVELS)}")
    return level


def make_view(
    *,
    graph: Path | str | Dataset | Graph | None = None,
    query: str | None = None,
    params: Mapping[str, str] | None = None,
    focus: str | None = None,
    depth: int = 1,
    relations: Sequence[str] | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    level: str = "country",
    corpus_dir: Path | str | None = "default",
    settings: Settings | None = None,
    _projected: tuple[Graph, nx.MultiDiGraph, nx.MultiDiGraph | None] | None = None,
) -> View:
    """The network a view shows and its title: whole graph, query result or neighbourhood, at ``level``, filtered."""
    _check_level(level)
    s = settings or Settings.discover()
    top: nx.MultiDiGraph | None = None
    if _projected is not None:  # the graph, its network and its country-level network, made once by write_views
        g, full, top = _projected
    else:
        g = _graph(graph, s)
        full = project_graph(g, corpus_dir=_corpus(corpus_dir, s), rules_dir=s.rules_dir)
    entities = full
    parts: list[str] = []
    if query is not None:
        entities = project_rows(full, _query_rows(g, query, params or {}, s))
        if entities.number_of_nodes() == 0:
            raise ViewError(f"query {query!r} returned no entity of the graph to draw; check its parameters")
        parts.append(f"query {query}" + "".join(f" {k}={v}" for k, v in sorted((params or {}).items())))
    elif params:
        raise ViewError("--param is for --query; give --query NAME too")
    net = entities
    if level == "country":
        net = top if top is not None and query is None else country_network(entities, g, home=homes(full, g), full=full)
    node: str | None = None
    if focus is not None:
        node = resolve_entity(entities, focus)
        if level == "country" and node not in net:
            home = [h for h in net.graph["homes"].get(node, ()) if h in net]
            if not home:
                raise ViewError(f"{entities.nodes[node]['label']!r} belongs to no country or organisation; draw it with --level entity")
            node = home[0]
        net = neighbourhood(net, node, depth=depth)
        label = net.nodes[node]["label"]
        parts.append(f"{label} and its relations (depth {depth})" if not parts else f"around {label} (depth {depth})")
    keep = [node] if node else []
    if relations:
        net = filter_relations(net, relations, keep=keep)
    if year_from is not None or year_to is not None:
        net = filter_years(net, year_from, year_to, keep=keep)
        parts.append(f"{year_from if year_from is not None else '…'}–{year_to if year_to is not None else '…'}")
    title = "diplograph: " + (", ".join(parts) if parts else ("countries and organisations" if level == "country" else "the whole graph"))
    return View(net=net, title=title, level=level, entities=entities, focus=node)


def make_network(**options: Any) -> tuple[nx.MultiDiGraph, str]:
    """The network a view shows, and its title (see :func:`make_view` for the options)."""
    view = make_view(**options)
    return view.net, view.title


def _visit_countries(view: View) -> dict[str, tuple[str, str]]:
    """Visit fact IRI -> (visitor's country, host) from the country-level network (empty at the entity level)."""
    if view.level != "country":
        return {}
    out: dict[str, tuple[str, str]] = {}
    for u, v, key, data in view.net.edges(keys=True, data=True):
        if key == "visited":
            for f in data["facts"]:
                out[f.iri] = (u, v)
    return out


def _render(view: View, *, max_nodes: int, max_edges: int, timeline_href: str | None, pages: Sequence[tuple[str, str]] = (),
            network_href: str | None = None) -> tuple[str, nx.MultiDiGraph, str | None]:
    shown, notice = cap(view.net, max_nodes=max_nodes, max_edges=max_edges)
    html = render_network(shown, title=view.title, notice=notice, timeline_href=timeline_href, level=view.level,
                          entity_net=view.entities if view.level == "country" else None, focus=view.focus, pages=pages,
                          network_href=network_href)
    return html, shown, notice


def write_view(
    out: Path | str,
    *,
    timeline: bool = True,
    max_nodes: int = 5000,
    max_edges: int = 10000,
    **options: Any,
) -> ViewResult:
    """Write the network page ``out`` (and ``<stem>.timeline.html`` beside it); options as :func:`make_view`."""
    out = Path(out)
    if out.suffix.lower() not in (".html", ".htm"):
        raise ViewError(f"{out}: the view is an HTML page; give a file name ending in .html")
    view = make_view(**options)
    tl_path = out.with_name(out.stem + ".timeline.html") if timeline else None
    html, shown, notice = _render(view, max_nodes=max_nodes, max_edges=max_edges, timeline_href=tl_path.name if tl_path else None)
    write_page(out, html)
    if tl_path is not None:
        write_page(tl_path, render_timeline(view.entities, title=view.title.replace("diplograph: ", "Visits: ", 1), network_href=out.name,
                                              focus=view.focus, countries=_visit_countries(view), labels=_labels(view)))
    return ViewResult(path=out, timeline_path=tl_path, title=view.title, nodes=shown.number_of_nodes(),
                      edges=shown.number_of_edges(), notice=notice)


def _labels(view: View) -> dict[str, str]:
    return {n: d["label"] for n, d in view.net.nodes(data=True)}


def write_views(
    out_dir: Path | str,
    *,
    graph: Path | str | Dataset | Graph | None = None,
    depth: int = 1,
    corpus_dir: Path | str | None = "default",
    settings: Settings | None = None,
) -> dict[str, Path]:
    """Write the views of the main job into ``out_dir``:

    - ``index.html``: the countries and organisations, with links to every country page and the timeline;
    - ``country-<slug>.html``: each country and its partners, the country highlighted, its facts in the panel;
    - ``country-<slug>.timeline.html``: the visits from and to that country, by direction;
    - ``timeline.html``: all visits per year; ``entities.html``: the entity-level network.

    Returns the files written by name (``index``, ``timeline``, ``entities``, ``country-<slug>``, ``country-<slug>.timeline``).
    """
    s = settings or Settings.discover()
    out = Path(out_dir)
    g = _graph(graph, s)
    full = project_graph(g, corpus_dir=_corpus(corpus_dir, s), rules_dir=s.rules_dir)
    top = country_network(full, g, home=homes(full, g))
    projected = (g, full, top)
    index = make_view(_projected=projected, settings=s)
    countries = sorted((d["label"], d["slug"], n) for n, d in index.net.nodes(data=True) if d["cls"] == "Country")
    pages = [(f"country-{slug}.html", label) for label, slug, _ in countries] + [("timeline.html", "Timeline of visits"),
                                                                               ("entities.html", "All persons, places and events")]
    files: dict[str, Path] = {}
    html, _, _ = _render(index, max_nodes=5000, max_edges=10000, timeline_href="timeline.html", pages=pages)
    files["index"] = write_page(out / "index.html", html)
    files["timeline"] = write_page(out / "timeline.html", render_timeline(full, title="Visits per year", network_href="index.html",
                                                                            countries=_visit_countries(index), labels=_labels(index)))
    entity = make_view(_projected=projected, level="entity", settings=s)
    html, _, _ = _render(entity, max_nodes=5000, max_edges=10000, timeline_href="timeline.html", network_href="index.html")
    files["entities"] = write_page(out / "entities.html", html)
    for label, slug, node in countries:
        view = make_view(_projected=projected, focus=node, depth=depth, settings=s)
        html, _, _ = _render(view, max_nodes=5000, max_edges=10000, timeline_href=f"country-{slug}.timeline.html", network_href="index.html")
        files[f"country-{slug}"] = write_page(out / f"country-{slug}.html", html)
        files[f"country-{slug}.timeline"] = write_page(
            out / f"country-{slug}.timeline.html",
            render_timeline(full, title=f"Visits from and to {label}", network_href=f"country-{slug}.html", focus=node,
                            countries=_visit_countries(index), labels=_labels(index)))
    return files
