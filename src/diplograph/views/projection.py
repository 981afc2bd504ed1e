"""RDF -> networkx: entities as nodes, direct relations as edges carrying the facts behind them.

>>> from diplograph.graph.dataset import build_dataset
>>> from diplograph.graph.io import union_graph
>>> from diplograph.settings import Settings
>>> s = Settings.discover()
>>> g = union_graph(build_dataset(s, sources_dir=s.home / "tests/fixtures/mini/sources"))
>>> net = project_graph(g)
>>> net.nodes["https://w3id.org/diplograph/id/ruritania"]["cls"]
'Country'
>>> [f.label for f in net.edges["https://w3id.org/diplograph/id/rudolf-rassendyll", "https://w3id.org/diplograph/id/freedonia", "visited"]["facts"]]
['Official visit of Rudolf Rassendyll to Freedonia, 2001-05-03 to 2001-05-04']
>>> sorted(net.nodes[n]["label"] for n in neighbourhood(net, "freedonia", depth=1))
['Freedonia', 'Rudolf Rassendyll']
"""

from __future__ import annotations

import difflib

from pathlib import Path
from typing import Iterable

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from ..errors import ExportError
from .facts import ShownFact, collect_facts, default_rules, iter_labels, local_name
from .relations import COUNTRY_LABELS, RelationRule, load_relations

__all__ = [
    "ViewError",
    "CLASS_ORDER",
    "project_graph",
    "resolve_entity",
    "neighbourhood",
    "filter_relations",
    "filter_years",
    "induced",
    "cap",
    "refresh_degrees",
    "relation_labels",
]


class ViewError(ExportError):
    """A view cannot be made: unknown entity or relation, bad year range, unwritable file."""


#: Node classes from the most to the least specific; a node shows the first of its classes in this list.
CLASS_ORDER: tuple[str, ...] = (
    "Country", "IntergovernmentalOrganisation", "Person", "City",
    "Embassy", "RepresentationOffice", "DiplomaticMission", "ParliamentaryFriendshipGroup", "Parliament",
    "Ministry", "GovernmentBody", "Agreement", "Declaration", "Instrument", "Award", "Summit", "Meeting",
)


def _node_class(g: Graph, node: URIRef) -> str:
    names = {local_name(c) for c in g.objects(node, RDF.type)}
    for name in CLASS_ORDER:
        if name in names:
            return name
    return sorted(names)[0] if names else "Thing"


def project_graph(g: Graph, *, corpus_dir: Path | None = None, rules_dir: Path | None = None,
                  relations: Iterable[RelationRule] | None = None) -> nx.MultiDiGraph:
    """The network of ``g``: one node per entity, one edge per direct relation (key: the relation name).

    The relations are read from the rules (``rules_dir``, default ``ontology/rules``), see :mod:`.relations`.
    Node attributes: ``iri``, ``slug``, ``label``, ``alt`` (alternative labels), ``cls``, ``degree``.
    Edge attributes: ``relation`` and ``facts`` (:class:`~diplograph.views.facts.ShownFact`, with their sources;
    passage text is filled in when ``corpus_dir`` holds the document with the expected SHA-256).
    The graph's ``relations`` attribute lists the relation names the rules define.
    """
    rules = tuple(relations) if relations is not None else load_relations(rules_dir or default_rules(), g)
    facts = collect_facts(g, relations=rules, corpus_dir=corpus_dir)
    labels = {r.name: str(next(iter(sorted(g.objects(r.predicate, RDFS.label), key=str)), r.name)) for r in rules}
    net = nx.MultiDiGraph(relations=tuple(r.name for r in rules), labels=labels)
    for (s, name, o), found in sorted(facts.items()):
        for key in (s, o):
            if key not in net:
                node = URIRef(key)
                names = list(dict.fromkeys(iter_labels(g, node)))
                label = next((str(lab) for lab in sorted(g.objects(node, RDFS.label), key=str)), None)
                net.add_node(key, iri=key, slug=local_name(node), label=label or local_name(node),
                             alt=[a for a in names if a != label], cls=_node_class(g, node))
        net.add_edge(s, o, key=name, relation=name, facts=list(found))
    refresh_degrees(net)
    return net


def relation_labels(net: nx.MultiDiGraph) -> dict[str, str]:
    """Relation name -> its label in the ontology (``hasEmbassyIn`` -> ``has embassy in``)."""
    return dict(net.graph.get("labels") or {})


def refresh_degrees(net: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Store each node's degree (number of relations, both directions) as its ``degree`` attribute."""
    for node, deg in net.degree():
        net.nodes[node]["degree"] = deg
    return net


def resolve_entity(net: nx.MultiDiGraph, name: str) -> str:
    """The node for a slug, IRI, label or alternative label (case- and accent-insensitive); an error lists close matches."""
    from ..query.entities import Entity, EntityIndex

    index = EntityIndex((Entity(str(n), d["slug"], d["cls"], d["label"], tuple(d["alt"])) for n, d in net.nodes(data=True)),
                        error=ViewError)
    example = next((d["slug"] for _, d in sorted(net.nodes(data=True)) if d["cls"] == "Country"), None)
    return index.resolve(name, example=example).iri


def neighbourhood(net: nx.MultiDiGraph, focus: str, *, depth: int = 1) -> nx.MultiDiGraph:
    """The entities within ``depth`` relations of ``focus`` (either direction), with the relations among them."""
    if depth < 0:
        raise ViewError(f"--depth must be 0 or more, not {depth}")
    node = resolve_entity(net, focus)
    sub = nx.ego_graph(net, node, radius=depth, undirected=True).copy()
    return refresh_degrees(sub)


def _check_relations(net: nx.MultiDiGraph, relations: Iterable[str]) -> list[str]:
    chosen = [r.strip() for r in relations if r.strip()]
    known = sorted(net.graph.get("relations") or {k for _, _, k in net.edges(keys=True)})
    by_fold = {r.casefold(): r for r in known}
    # a relation's label in the ontology ("has embassy in") and on the country map ("visits") name it too
    for name, label in list(relation_labels(net).items()) + list(COUNTRY_LABELS.items()):
        if name in known:
            by_fold.setdefault(label.casefold(), name)
    out = []
    for r in chosen:
        key = r.removeprefix("dg:").casefold()
        if key not in by_fold:
            close = difflib.get_close_matches(key, list(by_fold), n=1, cutoff=0.6)
            hint = f"did you mean {by_fold[close[0]]}? " if close else ""
            raise ViewError(f"unknown relation {r!r}; {hint}use one or more of: {', '.join(known)}")
        out.append(by_fold[key])
    return out


def _drop_isolates(net: nx.MultiDiGraph, keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    kept = set(keep)
    net.remove_nodes_from([n for n in list(nx.isolates(net)) if n not in kept])
    return refresh_degrees(net)


def filter_relations(net: nx.MultiDiGraph, relations: Iterable[str], *, keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    """Only the edges of the named relations (entities left without any relation are dropped)."""
    wanted = set(_check_relations(net, relations))
    out = net.copy()
    out.remove_edges_from([(u, v, k) for u, v, k in net.edges(keys=True) if k not in wanted])
    return _drop_isolates(out, keep)


def _overlaps(f: ShownFact, start: int | None, end: int | None) -> bool:
    if f.year_from is None:
        return True  # undated facts are never filtered out
    to = f.year_to if f.year_to is not None else 10**6
    return (start is None or to >= start) and (end is None or f.year_from <= end)


def filter_years(net: nx.MultiDiGraph, start: int | None = None, end: int | None = None, *, keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    """Only the facts whose dates overlap ``[start, end]`` (years, inclusive); relations left without facts go."""
    if start is not None and end is not None and start > end:
        raise ViewError(f"--from {start} is after --to {end}")
    out = net.copy()
    for u, v, k, data in list(out.edges(keys=True, data=True)):
        facts = [f for f in data["facts"] if _overlaps(f, start, end)]
        if data["facts"] and not facts:
            out.remove_edge(u, v, k)
        else:
            out.edges[u, v, k]["facts"] = facts
    return _drop_isolates(out, keep)


def induced(net: nx.MultiDiGraph, nodes: Iterable[str]) -> nx.MultiDiGraph:
    """The given entities and the relations among them."""
    return refresh_degrees(net.subgraph([n for n in nodes if n in net]).copy())


def cap(net: nx.MultiDiGraph, *, max_nodes: int = 5000, max_edges: int = 10000) -> tuple[nx.MultiDiGraph, str | None]:
    """Keep the best connected entities when the network is larger than the limits; say what was left out."""
    n, e = net.number_of_nodes(), net.number_of_edges()
    if n <= max_nodes and e <= max_edges:
        return net, None
    ranked = sorted(net.nodes, key=lambda x: (-net.nodes[x]["degree"], str(x)))
    out = induced(net, ranked[:max_nodes])
    if out.number_of_edges() > max_edges:
        edges = sorted(out.edges(keys=True), key=lambda t: (-(net.nodes[t[0]]["degree"] + net.nodes[t[1]]["degree"]), t))
        out.remove_edges_from(edges[max_edges:])
        out = _drop_isolates(out)
    notice = (f"Large graph: showing {out.number_of_nodes()} of {n} entities and {out.number_of_edges()} of {e} relations "
              f"(the best connected). Narrow it with --focus, --relations or --from/--to.")
    return refresh_degrees(out), notice
