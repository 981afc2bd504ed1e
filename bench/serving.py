"""``python -m bench.serving``: the HTTP side of the benchmarks, written into BENCHMARKS.md's serving section.

1. A bounded load test of ``diplograph serve`` on loopback (:mod:`bench.load`): 1, 8, 32 and 64 concurrent
   clients over the named queries, a fixed number of requests and a deadline per level; requests/s,
   p50/p99 latency, errors and the server's memory (its process and its workers).
2. Virtuoso beside ``oxigraph serve`` (:mod:`bench.virtuoso`): for each size, generate the graph
   (:mod:`bench.generate`), bulk-load it into a fresh Virtuoso on loopback (load time), run every named
   query through ``KnowledgeGraph.remote`` (what ``--endpoint`` does) and compare its rows with the embedded
   Oxigraph answer, timing both.

Everything is on 127.0.0.1, stopped and removed at the end.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .generate import generate_file, iter_sizes
from .load import named_query_texts, run_load, running_serve
from .virtuoso import VirtuosoError, binaries, running_virtuoso

__all__ = ["load_levels", "virtuoso_size", "render", "main"]

ROOT = Path(__file__).resolve().parent.parent
BEGIN, END = "<!-- serving -->", "<!-- /serving -->"


def load_levels(levels: list[int], *, total: int, deadline: float, workers: int, graph: Path) -> list[dict[str, Any]]:
    """The load test at each level of concurrency, against one ``diplograph serve`` process."""
    texts = named_query_texts(ROOT / "queries")
    out = []
    with running_serve(graph, workers=workers, timeout=60, home=ROOT) as (url, proc):
        run_load(url, texts, clients=2, requests_per_client=len(texts), deadline_s=120)  # warm the workers
        for clients in levels:
            per_client = max(5, total // clients)
            r = run_load(url, texts, clients=clients, requests_per_client=per_client, deadline_s=deadline, server_pid=proc.pid)
            row = r.summary()
            row["per_client"] = per_client
            out.append(row)
            print(f"  {clients:>3} clients: {row}", file=sys.stderr)
    return out


def _canonical(result: Any) -> Any:
    if result.form == "ASK":
        return result.boolean
    return sorted(tuple("" if r.get(v) is None else r[v].n3() for v in result.vars) for r in result.rows)


def _timed(fn: Any, reps: int) -> tuple[Any, float]:
    result = fn()  # warm-up
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return result, statistics.median(times) * 1e3


def virtuoso_size(n: int, work: Path, *, reps: int, memory_mb: int, query_timeout: int = 120, seed: int = 0) -> dict[str, Any]:
    """Generate ``n`` triples, load them into Virtuoso and into embedded Oxigraph, compare every named query."""
    from diplograph.errors import QueryError
    from diplograph.query.knowledge import KnowledgeGraph

    nq = work / f"graph-{n}.nq"
    shape = generate_file(nq, n, seed=seed)
    res: dict[str, Any] = {"triples": shape.triples, "queries": {}}
    t = time.perf_counter()
    embedded = KnowledgeGraph.load(nq, backend="oxigraph")
    res["oxigraph_load_s"] = time.perf_counter() - t
    with running_virtuoso(workdir=work, memory_mb=memory_mb, query_timeout=query_timeout) as v:
        res["virtuoso_load_s"] = v.load(nq)
        remote = KnowledgeGraph.remote(v.endpoint, timeout=600)
        for name in sorted(embedded.catalog):
            want, ox_ms = _timed(lambda: embedded.run(name), reps)
            try:
                got, v_ms = _timed(lambda: remote.run(name), reps)
            except QueryError as exc:  # Virtuoso's own time limit, or an error: recorded, the others still run
                res["queries"][name] = {"rows": len(want), "virtuoso_rows": None, "same": False, "oxigraph_ms": round(ox_ms, 1),
                                        "virtuoso_ms": None, "error": str(exc)[:300]}
            else:
                res["queries"][name] = {"rows": len(want), "virtuoso_rows": len(got), "same": _canonical(want) == _canonical(got),
                                        "oxigraph_ms": round(ox_ms, 1), "virtuoso_ms": round(v_ms, 1)}
            print(f"  {n:,} {name}: {res['queries'][name]}", file=sys.stderr)
    nq.unlink(missing_ok=True)
    return res


def render(results: dict[str, Any]) -> str:
    """The serving section of BENCHMARKS.md."""
    lines = [BEGIN, "## Serving: load test of `diplograph serve`, and Virtuoso", "",
             f"Measured by `{results['command']}` on {results['started']} (same machine as above; loopback only).", ""]
    load = results.get("load")
    if load:
        lines += [f"### Load test (`{load['graph']}/`, {load['workers']} query workers, every named query in turn)", "",
                  "Each client (a thread of the benchmark process) keeps one connection open and sends its requests one after "
                  "another (GET, or a form POST for long queries), the named queries with their default parameters in turn; "
                  "a level stops at its request count or its deadline. Server memory is the peak resident size of the `serve` "
                  "process and its workers. The clients share the 2 cores with the server, so past 8 clients requests/s "
                  "falls and latency grows with the queue; what matters here is that no request fails at any level: "
                  "requests wait for a free worker instead of being reset or refused.", "",
                  "| clients | requests | errors | requests/s | p50 ms | p99 ms | server memory MB |", "|---:|---:|---:|---:|---:|---:|---:|"]
        for r in load["levels"]:
            lines.append(f"| {r['clients']} | {r['requests']} | {r['errors']} | {r['rps']} | {r['p50_ms']} | {r['p99_ms']} | {r['server_rss_mb']} |")
        lines.append("")
    virt = results.get("virtuoso")
    if virt:
        lines += ["### Virtuoso 7 (Debian `virtuoso-opensource`) beside embedded Oxigraph", "",
                  "Generated graphs (`bench/generate.py`, seed 0) bulk-loaded with `ld_dir` + `rdf_loader_run` (checkpoint included); "
                  "every named query through `KnowledgeGraph.remote` (as `diplograph query --endpoint`), median of the timed runs after "
                  "a warm-up, rows compared with the embedded Oxigraph answer.", ""]
        for size, r in virt.items():
            if "error" in r:
                lines += [f"- {int(size):,} triples: {r['error']}", ""]
                continue
            same = sum(1 for q in r["queries"].values() if q["same"])
            lines += [f"**{r['triples']:,} triples**: Virtuoso loads in {r['virtuoso_load_s']:.1f} s, embedded Oxigraph in "
                      f"{r['oxigraph_load_s']:.1f} s; {same} of {len(r['queries'])} named queries give the same rows.", "",
                      "| query | rows | same rows | Oxigraph embedded ms | Virtuoso over HTTP ms |", "|---|---:|:---:|---:|---:|"]
            for name, q in r["queries"].items():
                if q.get("error"):
                    same_cell, v_cell = "not answered", q["error"].split(":")[0][:80]
                else:
                    same_cell, v_cell = ("yes" if q["same"] else f"NO ({q['virtuoso_rows']} rows)"), q["virtuoso_ms"]
                lines.append(f"| {name} | {q['rows']} | {same_cell} | {q['oxigraph_ms']} | {v_cell} |")
            lines.append("")
    lines.append(END)
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str) -> None:
    """Put ``section`` in place of the serving section of ``path`` (or at its end)."""
    text = path.read_text() if path.exists() else ""
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END) + r"\n?", re.S)
    text = pattern.sub(lambda m: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    path.write_text(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.serving", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--levels", default="1,8,32,64", help="Concurrent clients of the load test (default 1,8,32,64).")
    ap.add_argument("--requests", type=int, default=320, help="Requests per level, split among the clients (at least 5 each).")
    ap.add_argument("--deadline", type=float, default=120.0, help="Seconds per level at most (default 120).")
    ap.add_argument("--workers", type=int, default=2, help="Query workers of the served endpoint (default 2).")
    ap.add_argument("--graph", type=Path, default=ROOT / "graph", help="Graph served in the load test (default graph/).")
    ap.add_argument("--virtuoso-sizes", default="1e6", help="Sizes for Virtuoso (default 1e6; empty: skip).")
    ap.add_argument("--virtuoso-memory-mb", type=int, default=2000, help="Virtuoso's page buffers (default 2000 MB).")
    ap.add_argument("--reps", type=int, default=3, help="Timed runs per query after the warm-up (default 3).")
    ap.add_argument("--query-timeout", type=int, default=120, help="Virtuoso's limit per query, seconds (default 120).")
    ap.add_argument("--skip-load", action="store_true", help="Skip the load test.")
    ap.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    a = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop Virtuoso and the server on the way out
    results: dict[str, Any] = {"command": "python -m bench.serving " + " ".join(argv if argv is not None else sys.argv[1:]),
                               "started": time.strftime("%Y-%m-%d %H:%M %Z")}
    if not a.skip_load:
        levels = [int(x) for x in a.levels.split(",") if x.strip()]
        results["load"] = {"graph": str(a.graph.relative_to(ROOT) if a.graph.is_relative_to(ROOT) else a.graph), "workers": a.workers,
                           "levels": load_levels(levels, total=a.requests, deadline=a.deadline, workers=a.workers, graph=a.graph)}
    sizes = list(iter_sizes(a.virtuoso_sizes)) if a.virtuoso_sizes.strip() else []
    if sizes:
        results["virtuoso"] = {}
        if binaries() is None:
            results["virtuoso"]["0"] = {"error": "not run: virtuoso-opensource is not installed"}
        with tempfile.TemporaryDirectory(prefix="diplograph-serving-") as tmp:
            for n in sizes:
                try:
                    results["virtuoso"][str(n)] = virtuoso_size(n, Path(tmp), reps=a.reps, memory_mb=a.virtuoso_memory_mb,
                                                                query_timeout=a.query_timeout)
                except VirtuosoError as exc:
                    results["virtuoso"][str(n)] = {"error": f"failed: {exc}"}
    a.out.with_name("BENCHMARKS-serving.json").write_text(json.dumps(results, indent=1))
    write_section(a.out, render(results))
    print(f"wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
