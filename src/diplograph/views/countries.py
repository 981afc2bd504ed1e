"""The country-level network: countries and organisations as nodes, everything else folded into them.

Persons, cities, government bodies, missions, events, instruments and awards each belong to one or more
countries or organisations (their *homes*): a person to their nationality (or the country of their posts),
a city to the country it lies in, a body to the country it is part of, a mission to its sender, a summit
to its host, an instrument to its parties, an award to whoever confers it. Every entity-level relation
becomes a relation between the homes of its ends, and the relations between two homes are aggregated per
relation and direction: one edge with all the facts behind it (their count and years). A relation whose
facts are the same both ways (agreements, partnerships) becomes one edge marked ``both``.

>>> from diplograph.settings import Settings
>>> from diplograph.graph.dataset import build_dataset
>>> from diplograph.graph.io import union_graph
>>> from diplograph.views.projection import project_graph
>>> s = Settings.discover()
>>> g = union_graph(build_dataset(s))
>>> top = country_network(project_graph(g), g)
>>> e = top.edges["https://w3id.org/diplograph/id/azerbaijan", "https://w3id.org/diplograph/id/hungary", "visited"]
>>> len(e["facts"]) > 5, e["both"]
(True, False)
"""

from __future__ import annotations

from typing import Iterable

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import ORG, RDF

from ..namespace import DG, SCHEMA
from .facts import ShownFact
from .projection import refresh_degrees

__all__ = ["TOP_CLASSES", "HOME_PROPERTIES", "homes", "country_network"]

#: The classes drawn at the country level.
TOP_CLASSES: frozenset[str] = frozenset({"Country", "IntergovernmentalOrganisation"})

#: How an entity folds into its home, tried in this order (the first property that leads somewhere wins).
HOME_PROPERTIES: tuple[URIRef, ...] = (
    SCHEMA.nationality,        # a person
    SCHEMA.containedInPlace,   # a city
    DG.sentBy,                 # a mission
    ORG.subOrganizationOf,     # a parliament, ministry, group
    DG.conferredBy,            # an award
    DG.hostCountry,            # a summit or meeting
)
#: Entity-level relations whose targets are a subject's homes when no property above gives one.
HOME_RELATIONS_OUT: tuple[str, ...] = ("holdsPositionIn", "participatedIn")
#: ... and whose sources are an object's homes (the parties of an instrument, the participants of an event).
HOME_RELATIONS_IN: tuple[str, ...] = ("signed", "participatedIn", "hosted")
#: A fact that names the country side of its subject itself (a visit's dg:visitorCountry).
FACT_SIDES: dict[str, URIRef] = {"Visit": DG.visitorCountry}


def homes(net: nx.MultiDiGraph, g: Graph, *, depth: int = 4) -> dict[str, tuple[str, ...]]:
    """Each node of ``net`` -> the countries or organisations it folds into (itself for a country or organisation)."""
    cls = {n: d["cls"] for n, d in net.nodes(data=True)}

    def direct(node: str) -> list[str]:
        subject = URIRef(node)
        for prop in HOME_PROPERTIES:
            found = sorted(str(o) for o in g.objects(subject, prop) if isinstance(o, URIRef))
            if found:
                return found
        out = sorted({v for _, v, k in net.out_edges(node, keys=True) if k in HOME_RELATIONS_OUT})
        if out and cls.get(node) == "Person":
            return out
        inward = sorted({u for u, _, k in net.in_edges(node, keys=True) if k in HOME_RELATIONS_IN})
        tops = [u for u in inward if cls.get(u) in TOP_CLASSES]
        return tops or inward or out

    result: dict[str, tuple[str, ...]] = {}

    def resolve(node: str, left: int, seen: frozenset[str]) -> tuple[str, ...]:
        if cls.get(node) in TOP_CLASSES:
            return (node,)
        if node in result:
            return result[node]
        if left == 0:
            return ()
        found: list[str] = []
        for nxt in direct(node):
            if nxt in seen:
                continue
            if nxt not in cls and _is_top(g, nxt):
                found.append(nxt)
                continue
            for h in resolve(nxt, left - 1, seen | {node}):
                if h not in found:
                    found.append(h)
        return tuple(found)

    for node in net.nodes:
        result[node] = resolve(node, depth, frozenset())
    return result


def _is_top(g: Graph, node: str) -> bool:
    return any((URIRef(node), RDF.type, c) in g for c in (DG.Country, DG.IntergovernmentalOrganisation))


def _fact_side(g: Graph, fact: ShownFact) -> str | None:
    prop = FACT_SIDES.get(fact.cls)
    if prop is None:
        return None
    side = next(iter(sorted(g.objects(URIRef(fact.iri), prop), key=str)), None)
    return str(side) if isinstance(side, URIRef) else None


def country_network(net: nx.MultiDiGraph, g: Graph, *, home: dict[str, tuple[str, ...]] | None = None,
                    full: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """Aggregate the entity-level ``net`` to countries and organisations (see the module docstring).

    With ``full`` (the network ``net`` is a part of), the countries and organisations that ``net``'s entities
    belong to are drawn even when ``net`` does not hold them.
    Nodes keep the entity attributes plus ``members`` (the entities folded into them). Edges are keyed by
    relation and carry ``facts`` (sorted by date, each once), ``both`` and ``relation``. The graph attribute
    ``homes`` maps every entity to its homes.
    """
    home = home if home is not None else homes(net, g)
    top = nx.MultiDiGraph(relations=net.graph.get("relations", ()), labels=net.graph.get("labels", {}), homes=home)
    for node, data in net.nodes(data=True):
        if data["cls"] in TOP_CLASSES:
            top.add_node(node, **data, members=[])
    if full is not None:  # a part of the graph (a query's entities): the countries its entities belong to come too
        for node in net.nodes:
            for h in home.get(node, ()):
                if h not in top and h in full:
                    top.add_node(h, **full.nodes[h], members=[])
    for node, hs in sorted(home.items()):
        for h in hs:
            if h in top and h != node:
                top.nodes[h]["members"].append(node)
    pairs: dict[tuple[str, str, str], dict[str, ShownFact]] = {}
    for u, v, key, data in net.edges(keys=True, data=True):
        for fact in data["facts"]:
            side = _fact_side(g, fact)
            sources = (side,) if side is not None and side in top else home.get(u, ())
            for a in sources:
                for b in home.get(v, ()):
                    if a != b and a in top and b in top:
                        pairs.setdefault((a, b, key), {})[fact.iri] = fact
    done: set[tuple[str, str, str]] = set()
    for (a, b, key), facts in sorted(pairs.items()):
        if (a, b, key) in done:
            continue
        back = pairs.get((b, a, key))
        both = back is not None and set(back) == set(facts)
        if both:
            done.add((b, a, key))
            a, b = sorted((a, b))
        ordered = sorted(facts.values(), key=lambda f: (f.start or "", f.iri))
        top.add_edge(a, b, key=key, relation=key, facts=ordered, both=both)
    return refresh_degrees(top)


def members_of(top: nx.MultiDiGraph, nodes: Iterable[str]) -> list[str]:
    """The entities folded into ``nodes``."""
    out: list[str] = []
    for n in nodes:
        out.extend(top.nodes[n].get("members", []))
    return list(dict.fromkeys(out))
