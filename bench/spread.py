"""``python -m bench.spread``: the selective questions asked of many entities, not only of the busiest.

The interactive table of :mod:`bench.run` measures each selective named query for one heavy entity
(Kazakhstan, the generator's third-busiest country, and one person and one organisation). An analyst asks
about any country: this measures every selective named query (:data:`bench.run.SELECTIVE`) for a seeded
random sample of the entities of its parameter's kind (countries, persons or organisations of the generated
graph), each the median of ``reps`` timed runs after a warm-up, on the default backend (embedded Oxigraph in
memory, ``KnowledgeGraph.run`` with the whole answer), and reports per query the median over the entities
(p50), the 95th percentile, the slowest, the rows at those points, and how many entities answer within
100 ms. It is written into BENCHMARKS.md between ``<!-- spread -->`` markers (``python -m bench`` keeps the
section when it re-renders the report).

    python -m bench.spread --size 1e7 --entities 25 --graph-cache CACHE
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from .generate import iter_sizes
from .report import _exp
from .run import ROOT, SELECTIVE, graph_file
from .serving import write_section
from .worker import percentile

__all__ = ["KIND_OF_PARAM", "sample_entities", "spread", "render", "main"]

BEGIN, END = "<!-- spread -->", "<!-- /spread -->"
DG = "https://w3id.org/diplograph/ontology#"
ID = "https://w3id.org/diplograph/id/"
#: The class of the entities a selective parameter takes.
KIND_OF_PARAM = {"country": "Country", "participant": "Country", "host": "Country", "org": "IntergovernmentalOrganisation",
                 "recipient": "Person", "person": "Person", "subject": "Person"}
_PLURAL = {"Country": "countries", "IntergovernmentalOrganisation": "organisations", "Person": "persons"}
#: The goal of the interactive table: a selective question within this many milliseconds.
GOAL_MS = 100.0


def sample_entities(kg: Any, kind: str, k: int, seed: int) -> list[str]:
    """Slugs of ``k`` entities of class ``dg:kind`` in ``kg``, drawn with ``seed`` (all of them when fewer)."""
    rows = kg.query(f"SELECT ?e WHERE {{ ?e a <{DG}{kind}> }}").rows
    slugs = sorted({str(r["e"])[len(ID):] for r in rows if str(r["e"]).startswith(ID)})
    return slugs if len(slugs) <= k else sorted(random.Random(f"{seed}:{kind}").sample(slugs, k))


def spread(path: Path, *, entities: int, reps: int, seed: int) -> dict[str, Any]:
    """Load ``path`` on embedded Oxigraph and time every selective query for a sample of entities."""
    from diplograph.query.knowledge import KnowledgeGraph

    t = time.perf_counter()
    kg = KnowledgeGraph.load(path, backend="oxigraph")
    out: dict[str, Any] = {"load_s": time.perf_counter() - t, "queries": {}}
    samples: dict[str, list[str]] = {}
    for job, params in SELECTIVE.items():
        query = job.split("@")[0]
        (param, _), = params.items()
        kind = KIND_OF_PARAM[param]
        if kind not in samples:
            samples[kind] = sample_entities(kg, kind, entities, seed)
        runs = []
        for slug in samples[kind]:
            first = kg.run(query, {param: slug})  # warm-up
            times = []
            for _ in range(reps):
                t = time.perf_counter()
                kg.run(query, {param: slug})
                times.append((time.perf_counter() - t) * 1e3)
            runs.append({"entity": slug, "ms": statistics.median(times), "rows": len(first)})
        out["queries"][job] = {"param": param, "kind": kind, "runs": runs}
        print(f"  {job}: {len(runs)} {kind} entities, p50 {percentile([r['ms'] for r in runs], 0.5):.1f} ms", file=sys.stderr)
    out["entities"] = {k: len(v) for k, v in samples.items()}
    return out


def render(res: dict[str, Any], *, command: str, started: str, size: int, triples: int) -> str:
    """The spread section of BENCHMARKS.md."""
    lines = [BEGIN, "## Selective questions over many entities (the default backend)", "",
             f"Measured by `{command}` on {started}: the {_exp(size)} graph ({triples:,} triples, the one of the tables above), "
             "embedded Oxigraph in memory. Every selective named query, for a seeded random sample of the entities of its "
             "parameter's kind (" + ", ".join(f"{n} {_PLURAL[k]}" for k, n in sorted(res["entities"].items()))
             + "), the whole answer; per entity the median of the timed runs after a warm-up, then over the entities the median (p50), "
             "the 95th percentile and the slowest, with their rows. The interactive table above measures the same queries for one "
             "heavy entity (Kazakhstan, the generator's third-busiest country).", "",
             f"| query (parameter) | entities within {GOAL_MS:.0f} ms | p50 ms (rows) | p95 ms (rows) | slowest ms (rows, entity) |",
             "|---|---:|---:|---:|---:|"]
    for job, q in res["queries"].items():
        runs = sorted(q["runs"], key=lambda r: r["ms"])
        if not runs:
            continue
        at = lambda f: runs[min(len(runs) - 1, max(0, round(f * (len(runs) - 1))))]  # noqa: E731
        p50, p95, worst = at(0.5), at(0.95), runs[-1]
        within = sum(1 for r in runs if r["ms"] <= GOAL_MS)
        lines.append(f"| {job.split('@')[0]} ({q['param']}) | {within} of {len(runs)} | {p50['ms']:.1f} ({p50['rows']:,}) | "
                     f"{p95['ms']:.1f} ({p95['rows']:,}) | {worst['ms']:.1f} ({worst['rows']:,}, {worst['entity']}) |")
    lines += ["", END]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.spread", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="1e7", help="Graph size in triples (default 1e7).")
    ap.add_argument("--entities", type=int, default=25, help="Entities sampled per kind (default 25).")
    ap.add_argument("--reps", type=int, default=3, help="Timed runs per entity after the warm-up (default 3).")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--graph-cache", type=Path, default=None, help="The folder of `python -m bench --graph-cache`: reuse its graph.")
    ap.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    a = ap.parse_args(argv)
    (size,) = list(iter_sizes(a.size))
    command = "python -m bench.spread " + " ".join(argv if argv is not None else sys.argv[1:])
    started = time.strftime("%Y-%m-%d %H:%M %Z")
    work = Path(a.out).resolve().parent
    path, info, kept = graph_file(size, seed=a.seed, cache=a.graph_cache, work=work)
    try:
        res = spread(path, entities=a.entities, reps=a.reps, seed=a.seed)
    finally:
        if not kept:
            path.unlink(missing_ok=True)
    res.update(command=command, started=started, size=size, triples=info["triples"])
    a.out.with_name("BENCHMARKS-spread.json").write_text(json.dumps(res, indent=1))
    write_section(a.out, render(res, command=command, started=started, size=size, triples=info["triples"]), BEGIN, END)
    print(f"wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
