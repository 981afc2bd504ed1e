"""The order of the paged named queries for a generated graph: ``python -m bench.order FILE.nq`` appends it.

The same step as ``diplograph build`` (:func:`diplograph.graph.order.compute_orders`), run on Oxigraph over the
generated N-Quads (rdflib would take hours at 10^7 triples), written into ``graph:order`` at the end of the file.
It runs in its own process, so that the store it loads is gone when the benchmark goes on.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Hashable

__all__ = ["append_order", "main"]


def append_order(path: Path | str) -> int:
    """Load ``path`` into an in-memory Oxigraph store, compute the orders of ``queries/``, append them; their count."""
    import pyoxigraph as ox

    from diplograph.graph.order import ORDER_GRAPH, compute_orders

    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)

    def select(text: str) -> tuple[list[str], list[tuple[Hashable, ...]]]:
        res = store.query(text, use_default_graph_as_union=True)
        names = [v.value for v in res.variables]  # type: ignore[union-attr]
        return names, [tuple(sol[n] for n in names) for sol in res]  # type: ignore[union-attr]

    skipped: dict[str, str] = {}
    # each entity order is checked against the filtered query for the three entities with the most rows
    triples = compute_orders(select, Path(__file__).resolve().parent.parent / "queries", skipped=skipped, check=3)
    for name, why in sorted(skipped.items()):
        print(f"no order for {name}: {why}", file=sys.stderr)
    graph = ORDER_GRAPH.n3()
    with open(path, "a", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(f"{s.n3()} {p.n3()} {o.n3()} {graph} .\n" for s, p, o in triples))
    return len(triples)


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    t = time.perf_counter()
    n = append_order(args[0])
    print(f"{n} order triples in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    print(n)


if __name__ == "__main__":
    main()
