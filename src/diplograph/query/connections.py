"""Shortest relation paths between two entities: a bidirectional breadth-first search over the direct relations.

The ``connections`` query answers the direct relations (``?subject ?relation ?object``) of the entities bound to
its ``?node`` variable. The search asks it for the frontier of one side at a time (the smaller one), up to
``depth`` hops in all and for at most ``seconds``; it stops at the first level where the two sides meet, so it
touches the neighbourhoods of the two ends, not the graph. The paths become rows: one per hop, in path order
(``subject`` is where the hop starts, ``object`` where it ends), with every relation between the two ends of
the hop in ``relation`` (``^met`` when the triple reads from ``object`` to ``subject``) and their labels.

>>> from rdflib import Literal, URIRef
>>> E = {"x:kz": [("x:kz", "memberOf", "x:ots")], "x:az": [("x:az", "memberOf", "x:ots")],
...      "x:ots": [("x:kz", "memberOf", "x:ots"), ("x:az", "memberOf", "x:ots")]}
>>> def edges(nodes):
...     return [(URIRef(s), p, URIRef(o)) for n in nodes for s, p, o in E.get(str(n), [])]
>>> search = find_paths(edges, URIRef("x:kz"), URIRef("x:az"))
>>> [(len(p) - 1, [str(n) for n in p]) for p in search.paths]
[(2, ['x:kz', 'x:ots', 'x:az'])]
>>> [(r["hop"], r["relation"]) for r in path_rows(search, {}, limit=10)]
[(rdflib.term.Literal('1', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')), rdflib.term.Literal('memberOf')), (rdflib.term.Literal('2', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')), rdflib.term.Literal('^memberOf'))]
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

from rdflib import Literal
from rdflib.term import Node

from .results import Result

__all__ = ["PATH_VARS", "Search", "find_paths", "path_rows"]

PATH_VARS = ["path", "hop", "subject", "subjectLabel", "relation", "object", "objectLabel"]

#: ``edges(nodes)``: the direct relations (subject, relation name, object) touching any of ``nodes``.
Edges = Callable[[list[Node]], Iterable[tuple[Node, str, Node]]]


@dataclass
class Search:
    """What a search found: the shortest paths (lists of nodes), the relations on them, and why it stopped."""

    paths: list[list[Node]] = field(default_factory=list)
    #: (a, b) -> the triples (subject, relation, object) between a and b, in either direction
    links: dict[tuple[Node, Node], set[tuple[Node, str, Node]]] = field(default_factory=dict)
    expanded: int = 0
    seconds: float = 0.0
    #: why no (or no more) paths were looked for: "" when the search ran to its end
    stopped: str = ""


def _link(links: dict[tuple[Node, Node], set[tuple[Node, str, Node]]], s: Node, p: str, o: Node) -> None:
    links.setdefault((s, o), set()).add((s, p, o))
    links.setdefault((o, s), set()).add((s, p, o))


def find_paths(edges: Edges, source: Node, target: Node, *, depth: int = 4, seconds: float = 10.0, batch: int = 400) -> Search:
    """All shortest paths of at most ``depth`` hops from ``source`` to ``target``, expanding the smaller side first."""
    started = time.monotonic()
    found = Search()
    if source == target or depth < 1:
        return found
    # per side: distance of each reached node, and the nodes it was reached from (for all shortest paths)
    dist = ({source: 0}, {target: 0})
    parents: tuple[dict[Node, set[Node]], dict[Node, set[Node]]] = ({source: set()}, {target: set()})
    frontier = ([source], [target])
    meet: set[Node] = set()
    hops = 0
    while not meet and hops < depth:
        side = 0 if len(frontier[0]) <= len(frontier[1]) else 1
        if not frontier[side]:
            break
        nxt: list[Node] = []
        current = frontier[side]
        for start in range(0, len(current), batch):
            if time.monotonic() - started > seconds:
                found.stopped = f"stopped after {seconds:g} s at {hops} hop(s) without a path; ask for fewer hops or more seconds"
                found.seconds = time.monotonic() - started
                return found
            chunk = current[start:start + batch]
            inside = set(chunk)
            for s, p, o in edges(chunk):
                if s == o:
                    continue
                here, there = (s, o) if s in inside else (o, s)
                _link(found.links, s, p, o)
                if there in dist[side]:
                    if dist[side][there] == dist[side][here] + 1:
                        parents[side][there].add(here)
                    continue
                dist[side][there] = dist[side][here] + 1
                parents[side][there] = {here}
                nxt.append(there)
            found.expanded += len(chunk)
        frontier = (nxt, frontier[1]) if side == 0 else (frontier[0], nxt)
        hops += 1
        meet = set(nxt) & set(dist[1 - side])
    if meet:
        best = min(dist[0][m] + dist[1][m] for m in meet)
        meet = {m for m in meet if dist[0][m] + dist[1][m] == best}

        def back(side: int, node: Node) -> list[list[Node]]:
            if not parents[side][node]:
                return [[node]]
            return [p + [node] for parent in sorted(parents[side][node], key=str) for p in back(side, parent)]

        paths = []
        for m in sorted(meet, key=str):
            for head in back(0, m):
                for tail in back(1, m):
                    paths.append(head + list(reversed(tail))[1:])
        found.paths = sorted(paths, key=lambda p: [str(n) for n in p])
    found.seconds = time.monotonic() - started
    return found


def path_rows(search: Search, labels: dict[Node, Node], *, limit: int) -> list[dict[str, Node | None]]:
    """One row per hop of the first ``limit`` paths, in path order, every relation of the hop in one cell."""
    rows: list[dict[str, Node | None]] = []
    for number, nodes in enumerate(search.paths[:limit], start=1):
        for hop, (a, b) in enumerate(zip(nodes, nodes[1:]), start=1):
            triples = search.links.get((a, b), set())
            names = sorted({p if s == a else "^" + p for s, p, o in triples}, key=lambda n: (n.lstrip("^"), n))
            rows.append({"path": Literal(number), "hop": Literal(hop), "subject": a, "subjectLabel": labels.get(a),
                         "relation": Literal("; ".join(names)), "object": b, "objectLabel": labels.get(b)})
    return rows


def as_result(search: Search, labels: dict[Node, Node], *, limit: int) -> Result:
    """The rows of :func:`path_rows` as a :class:`Result` (with the search's note when it stopped early)."""
    result = Result(form="SELECT", vars=list(PATH_VARS), rows=path_rows(search, labels, limit=limit))
    result.note = search.stopped
    return result
