"""Shortest relation paths between two entities: networkx over the direct relations a query returns.

The ``connections`` query fetches the edges (``?subject ?relation ?object`` with labels) from any backend;
the paths are found here, in the undirected graph, and written back as rows: one per hop, the relation in
its real direction.

>>> from rdflib import Literal, URIRef
>>> e = lambda s, p, o: {"subject": URIRef(s), "relation": Literal(p), "object": URIRef(o)}
>>> edges = Result(form="SELECT", vars=["subject", "relation", "object"],
...                rows=[e("x:kz", "memberOf", "x:ots"), e("x:az", "memberOf", "x:ots")])
>>> [(r["hop"].toPython(), str(r["subject"]), str(r["object"])) for r in shortest_paths(edges, URIRef("x:kz"), URIRef("x:az")).rows]
[(1, 'x:kz', 'x:ots'), (2, 'x:az', 'x:ots')]
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from rdflib import Literal
from rdflib.term import Node

from .results import Result

__all__ = ["shortest_paths", "PATH_VARS"]

PATH_VARS = ["path", "hop", "subject", "subjectLabel", "relation", "object", "objectLabel"]


def shortest_paths(edges: Result, source: Node, target: Node, *, limit: int = 10) -> Result:
    """Rows of the shortest paths (at most ``limit``) from ``source`` to ``target``; none if unconnected."""
    g: Any = nx.Graph()
    labels: dict[Node, Node] = {}
    for row in edges.rows:
        s, p, o = row["subject"], row["relation"], row["object"]
        if s is None or p is None or o is None or s == o:
            continue
        for node, key in ((s, "subjectLabel"), (o, "objectLabel")):
            if row.get(key) is not None:
                labels.setdefault(node, row[key])  # type: ignore[arg-type]
        data = g.get_edge_data(s, o)
        if data is None:
            g.add_edge(s, o, triples=set())
            data = g.get_edge_data(s, o)
        data["triples"].add((s, str(p), o))
    rows: list[dict[str, Node | None]] = []
    if source in g and target in g and source != target:
        try:
            paths = sorted(nx.all_shortest_paths(g, source, target), key=lambda p: [str(n) for n in p])
        except nx.NetworkXNoPath:
            paths = []
        for number, nodes in enumerate(paths[:limit], start=1):
            for hop, (a, b) in enumerate(zip(nodes, nodes[1:]), start=1):
                for s, p, o in sorted(g.get_edge_data(a, b)["triples"], key=lambda t: (t[1], str(t[0]))):
                    rows.append({
                        "path": Literal(number), "hop": Literal(hop), "subject": s, "subjectLabel": labels.get(s),
                        "relation": Literal(p), "object": o, "objectLabel": labels.get(o),
                    })
    return Result(form="SELECT", vars=list(PATH_VARS), rows=rows)
