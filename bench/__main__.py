"""``python -m bench [--sizes 1e4,1e5,...] [--budget SECONDS] [--out BENCHMARKS.md]``: run and write the report."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

from .generate import iter_sizes
from .report import render
from .run import BenchConfig, run_benchmarks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    ap.add_argument("--sizes", default="1e4,1e5,1e6", help="Graph sizes in triples, comma-separated (default 1e4,1e5,1e6; 1e7 is generated on the fly).")
    ap.add_argument("--budget", type=float, default=30.0, help="Seconds per query measurement (warm-up + repetitions), default 30.")
    ap.add_argument("--load-budget", type=float, default=300.0, help="Seconds per load, default 300.")
    ap.add_argument("--reps", type=int, default=5, help="Timed runs per query after the warm-up, default 5.")
    ap.add_argument("--rdflib-max", default="1e6", help="Largest size run on rdflib (default 1e6).")
    ap.add_argument("--stages", default="load,queries,ingest,views", help="Stages: load,queries,ingest,views.")
    ap.add_argument("--ingest-docs", type=int, default=200, help="Documents for the ingest measurement, default 200.")
    ap.add_argument("--view-nodes", default="1000,5000,20000", help="Node counts of the views, default 1000,5000,20000.")
    ap.add_argument("--view-triples", default="8e5", help="Size of the graph the views are cut from, default 8e5.")
    ap.add_argument("--backends", default="rdflib,oxigraph,oxigraph-disk,cli,serve",
                    help="Backends: rdflib,oxigraph,oxigraph-disk,cli,serve and cli-open (the CLI's store opened read-only by our layer).")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-whole", action="store_true", help="Measure only selective forms, first pages, aggregates and connections (not every whole unfiltered answer): for 10^7.")
    ap.add_argument("--restarts", type=int, default=2, help="Restarts of a query worker after jobs pass their budget (each reloads the graph), default 2.")
    ap.add_argument("--graph-cache", type=Path, default=None, help="Keep the generated graphs in this folder and reuse them while the generator, queries and rules are unchanged.")
    ap.add_argument("--out", type=Path, default=Path("BENCHMARKS.md"), help="The report (default BENCHMARKS.md); the raw results go beside it as .json.")
    ap.add_argument("--notes", type=Path, default=None, help="A Markdown file appended to the report (analysis, decisions).")
    ap.add_argument("--from-json", type=Path, action="append", default=None,
                    help="Only re-render the report from a results file; repeat to merge runs (later sizes win).")
    a = ap.parse_args(argv)
    command = "python -m bench " + " ".join(shlex.quote(x) for x in (argv if argv is not None else sys.argv[1:]))
    if a.from_json:
        runs = [json.loads(p.read_text()) for p in a.from_json]
        results = runs[0]
        for other in runs[1:]:
            results["sizes"].update(other.get("sizes", {}))
            for key in ("ingest", "views"):  # a later run's stage figures replace the earlier ones
                if key in other:
                    results[key] = other[key]
            results["finished"] = other.get("finished")
            results["machine"]["load_after"] = other["machine"].get("load_after")
            results.setdefault("runs", [runs[0]["config"]]).append(other["config"])
        command = "\n".join(r.get("command", "") for r in runs)
    else:
        cfg = BenchConfig(sizes=tuple(iter_sizes(a.sizes)), budget=a.budget, load_budget=a.load_budget, reps=a.reps,
                          rdflib_max=int(float(a.rdflib_max)), seed=a.seed, stages=tuple(s.strip() for s in a.stages.split(",") if s.strip()),
                          ingest_docs=a.ingest_docs, backends=tuple(b.strip() for b in a.backends.split(",") if b.strip()), view_nodes=tuple(iter_sizes(a.view_nodes)), view_triples=int(float(a.view_triples)), whole=not a.no_whole, restarts=a.restarts,
                          graph_cache=a.graph_cache)
        a.out.parent.mkdir(parents=True, exist_ok=True)
        results = run_benchmarks(cfg, checkpoint=a.out.with_suffix(".json"))
        results["command"] = command
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.with_suffix(".json").write_text(json.dumps(results, indent=1, default=str))
    notes = a.notes.read_text() if a.notes else ""
    spread_json = a.out.with_name("BENCHMARKS-spread.json")  # `python -m bench.spread` writes it: its goal row
    if spread_json.exists() and "spread" not in results:
        results["spread"] = json.loads(spread_json.read_text())
    report = render(results, command=command, notes=notes)
    if a.out.exists():  # keep the sections that `python -m bench.spread` and `python -m bench.serving` write
        from . import serving, spread

        old = a.out.read_text()
        for begin, end in ((spread.BEGIN, spread.END), (serving.BEGIN, serving.END)):
            if begin in old and end in old:
                report = report.rstrip("\n") + "\n\n" + old[old.index(begin):old.index(end) + len(end)] + "\n"
    a.out.write_text(report)
    print(f"wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
