"""Make and write views: the API behind ``diplograph view`` and the views of the main job.

>>> import tempfile, pathlib
>>> from diplograph.settings import Settings
>>> s = Settings.discover()
>>> from diplograph.graph.dataset import build_dataset
>>> ds = build_dataset(s, sources_dir=s.home / "tests/fixtures/mini/sources")
>>> out = pathlib.Path(tempfile.mkdtemp()) / "mini.html"
>>> result = write_view(out, graph=ds, focus="Ruritania", settings=s)
>>> result.nodes, result.path.name, result.timeline_path.name
(3, 'mini.html', 'mini.timeline.html')
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
from .projection import ViewError, cap, filter_relations, filter_years, induced, neighbourhood, project_graph, resolve_entity
from .render import render_network
from .timeline import render_timeline

__all__ = ["ViewResult", "make_network", "project_rows", "write_view", "write_views", "write_page"]


@dataclass
class ViewResult:
    """A view written: its page, the timeline page beside it, what it shows."""

    path: Path
    timeline_path: Path | None
    title: str
    nodes: int
    edges: int
    notice: str | None


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


def make_network(
    *,
    graph: Path | str | Dataset | Graph | None = None,
    query: str | None = None,
    params: Mapping[str, str] | None = None,
    focus: str | None = None,
    depth: int = 1,
    relations: Sequence[str] | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    corpus_dir: Path | str | None = "default",
    settings: Settings | None = None,
) -> tuple[nx.MultiDiGraph, str]:
    """The network a view shows, and its title: whole graph, query result or neighbourhood, then filters."""
    s = settings or Settings.discover()
    g = _graph(graph, s)
    net = project_graph(g, corpus_dir=_corpus(corpus_dir, s))
    title = "diplograph: the whole graph"
    keep: list[str] = []
    if query is not None:
        net = project_rows(net, _query_rows(g, query, params or {}, s))
        if net.number_of_nodes() == 0:
            raise ViewError(f"query {query!r} returned no entity of the graph to draw; check its parameters")
        title = f"diplograph: query {query}" + "".join(f" {k}={v}" for k, v in sorted((params or {}).items()))
    elif params:
        raise ViewError("--param is for --query; give --query NAME too")
    if focus is not None:
        node = resolve_entity(net, focus)
        net = neighbourhood(net, node, depth=depth)
        keep = [node]
        title += f", around {net.nodes[node]['label']} (depth {depth})" if query else f"diplograph: {net.nodes[node]['label']} and its relations (depth {depth})"
    if relations:
        net = filter_relations(net, relations, keep=keep)
    if year_from is not None or year_to is not None:
        net = filter_years(net, year_from, year_to, keep=keep)
        title += f", {year_from if year_from is not None else '…'}–{year_to if year_to is not None else '…'}"
    return net, title


def write_view(
    out: Path | str,
    *,
    timeline: bool = True,
    max_nodes: int = 5000,
    max_edges: int = 10000,
    **options: Any,
) -> ViewResult:
    """Write the network page ``out`` (and ``<stem>.timeline.html`` beside it); options as :func:`make_network`."""
    out = Path(out)
    if out.suffix.lower() not in (".html", ".htm"):
        raise ViewError(f"{out}: the view is an HTML page; give a file name ending in .html")
    net, title = make_network(**options)
    shown, notice = cap(net, max_nodes=max_nodes, max_edges=max_edges)
    tl_path = out.with_name(out.stem + ".timeline.html") if timeline else None
    write_page(out, render_network(shown, title=title, notice=notice, timeline_href=tl_path.name if tl_path else None))
    if tl_path is not None:
        write_page(tl_path, render_timeline(net, title=title.replace("diplograph: ", "Visits: ", 1), network_href=out.name))
    return ViewResult(path=out, timeline_path=tl_path, title=title, nodes=shown.number_of_nodes(),
                      edges=shown.number_of_edges(), notice=notice)


def write_views(
    out_dir: Path | str,
    *,
    graph: Path | str | Dataset | Graph | None = None,
    depth: int = 1,
    corpus_dir: Path | str | None = "default",
    settings: Settings | None = None,
) -> dict[str, Path]:
    """Write the views of the main job into ``out_dir``: ``index.html`` (the whole graph),
    ``country-<slug>.html`` (each country's neighbourhood) and ``timeline.html`` (visits per year).

    Returns the files written by name (``index``, ``timeline``, ``country-<slug>``).
    """
    s = settings or Settings.discover()
    out = Path(out_dir)
    g = _graph(graph, s)
    full = project_graph(g, corpus_dir=_corpus(corpus_dir, s))
    files: dict[str, Path] = {}
    shown, notice = cap(full)
    files["index"] = write_page(out / "index.html", render_network(shown, title="diplograph: the whole graph", notice=notice, timeline_href="timeline.html"))
    files["timeline"] = write_page(out / "timeline.html", render_timeline(full, title="Visits per year", network_href="index.html"))
    countries = sorted((d["slug"], n) for n, d in full.nodes(data=True) if d["cls"] == "Country")
    for slug, node in countries:
        sub, _ = cap(neighbourhood(full, node, depth=depth))
        label = full.nodes[node]["label"]
        files[f"country-{slug}"] = write_page(
            out / f"country-{slug}.html",
            render_network(sub, title=f"diplograph: {label} and its relations (depth {depth})", timeline_href="timeline.html"),
        )
    return files
