"""Node positions computed in Python, so the browser draws the network with physics off.

Small networks use Kamada-Kawai (up to 200 nodes) or networkx's spring layout; large ones (thousands of nodes) a vectorised
Fruchterman-Reingold in numpy whose repulsion comes from a random sample of the nodes at each step
(a couple of seconds for 5,000 nodes and 10,000 edges).

>>> import networkx as nx
>>> pos = layout(nx.path_graph(3))
>>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
True
"""

from __future__ import annotations

import math
from typing import Hashable

import networkx as nx
import numpy as np

__all__ = ["layout", "SMALL", "KAMADA_KAWAI"]

#: Up to this many nodes, Kamada-Kawai (readable, but cubic in time).
KAMADA_KAWAI = 200
#: Up to this many nodes, networkx's own spring layout is fast enough.
SMALL = 400


def _block_fr(g: nx.Graph, *, iterations: int = 50, seed: int = 7, block: int = 1000, sample: int = 300) -> dict[Hashable, tuple[float, float]]:
    nodes = list(g.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    n = len(nodes)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    edges = np.array([(index[u], index[v]) for u, v in g.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    k = math.sqrt(1.0 / n)
    t = 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        pivots = pos[rng.choice(n, size=min(n, sample), replace=False)]
        scale = n / len(pivots)
        for i0 in range(0, n, block):
            delta = pos[i0:i0 + block, None, :] - pivots[None, :, :]
            dist2 = np.maximum((delta ** 2).sum(-1), 1e-6)
            disp[i0:i0 + block] += (delta * (scale * k * k / dist2)[..., None]).sum(1)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.maximum(np.sqrt((d ** 2).sum(-1)), 1e-3)
            f = d * (dist / k)[:, None]
            np.add.at(disp, edges[:, 0], -f)
            np.add.at(disp, edges[:, 1], f)
        disp -= (pos - 0.5) * (n * k * 0.05)  # a little gravity keeps separate components near
        length = np.maximum(np.sqrt((disp ** 2).sum(-1)), 1e-6)
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t -= dt
    pos -= pos.mean(0)
    span = float(np.abs(pos).max()) or 1.0
    pos /= span
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for i, node in enumerate(nodes)}


def _component(g: nx.Graph, seed: int) -> dict[Hashable, tuple[float, float]]:
    n = g.number_of_nodes()
    if n == 1:
        return {next(iter(g.nodes)): (0.0, 0.0)}
    if n <= KAMADA_KAWAI:
        # stress-minimising: keeps hubs that share most neighbours (two countries of a bilateral corpus) apart
        raw = nx.kamada_kawai_layout(g)
        return {v: (float(p[0]), float(p[1])) for v, p in raw.items()}
    if n <= SMALL:
        raw = nx.spring_layout(g, seed=seed, k=1.5 / math.sqrt(n), iterations=80)
        return {v: (float(p[0]), float(p[1])) for v, p in raw.items()}
    return _block_fr(g, seed=seed)


def layout(g: nx.Graph, *, seed: int = 7) -> dict[Hashable, tuple[float, float]]:
    """Positions in ``[-1, 1]²`` for every node of ``g`` (directions and parallel edges ignored); deterministic.

    Each connected component is laid out on its own, scaled by the square root of its size, and the
    components are packed in rows, largest first, so that small islands do not squeeze the main one.
    """
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(g)
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(simple)), key=lambda c: (-len(c), str(c[0])))
    placed: dict[Hashable, tuple[float, float]] = {}
    total = sum(math.sqrt(len(c)) for c in comps)
    row_width = max(math.sqrt(len(comps[0])), total / max(1.0, math.sqrt(len(comps))) * 1.2)
    x = y = row_h = 0.0
    for comp in comps:
        size = math.sqrt(len(comp))
        pos = _component(simple.subgraph(comp), seed)
        if x > 0 and x + size > row_width:
            x, y, row_h = 0.0, y + row_h + 0.3, 0.0
        for v, (px, py) in pos.items():
            placed[v] = (x + size * (px + 1) / 2, y + size * (py + 1) / 2)
        x += size + 0.3
        row_h = max(row_h, size)
    xs = [p[0] for p in placed.values()]
    ys = [p[1] for p in placed.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {v: ((p[0] - cx) / span, (p[1] - cy) / span) for v, p in placed.items()}
