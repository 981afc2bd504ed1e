"""``python -m bench.serving``: the HTTP side of the benchmarks, written into BENCHMARKS.md's serving section.

1. A bounded load test of ``diplograph serve`` on loopback (:mod:`bench.load`): 1, 8, 32 and 64 concurrent
   clients over the named queries, a fixed number of requests and a deadline per level; requests/s,
   p50/p99 latency, errors and the server's memory (its process and its workers).
2. Virtuoso beside embedded Oxigraph (:mod:`bench.virtuoso`): for each size, the graph of the main benchmark
   (reused from ``--graph-cache`` as ``python -m bench --graph-cache`` keeps it, else generated), the jobs of its
   interactive table (:func:`bench.run.query_jobs`: selective answers, first pages, aggregates, ``connections``,
   the whole unfiltered answers up to ``--whole-max``) on embedded Oxigraph, then bulk-loaded into a fresh
   Virtuoso on loopback (load time) and the same jobs through ``KnowledgeGraph.remote`` (what ``--endpoint``
   does), each answer compared with the embedded one; both timings and their ratio per job.

Everything is on 127.0.0.1, stopped and removed at the end.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator

from .generate import iter_sizes
from .jobs import job_label, job_sort_key
from .load import named_query_texts, run_load, running_serve
from .report import _exp
from .run import BenchConfig, Recorder, graph_file, query_jobs, query_names, run_query_backend
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


def _compare(job: str, emb: dict[str, Any], virt: dict[str, Any]) -> str:
    """Whether Virtuoso's answer to ``job`` is the embedded one: ``yes``, ``yes, other order`` (a page whose rows
    are the same but come in another order), ``NO (N rows)``, or ``—`` when either side has no answer."""
    if emb.get("status") != "ok" or virt.get("status") != "ok" or "digest" not in emb or "digest" not in virt:
        return "—"
    if emb["digest"] != virt["digest"]:
        return f"NO ({virt['rows']} rows)"
    if "page:" in job and emb["order_digest"] != virt["order_digest"]:
        return "yes, other order"
    return "yes"


def virtuoso_size(n: int, work: Path, cfg: BenchConfig, rec: Recorder, *, whole: bool, memory_mb: int,
                  query_timeout: int = 120) -> dict[str, Any]:
    """The interactive jobs of :func:`bench.run.query_jobs` at ``n`` triples on embedded Oxigraph (the default),
    then on Virtuoso bulk-loaded with the same graph, through ``KnowledgeGraph.remote`` (as ``--endpoint``);
    each job's answer is compared by its digest (:func:`bench.jobs.answer_digest`).

    The graph comes from ``cfg.graph_cache`` when the main benchmark generated it there (:func:`bench.run.graph_file`).
    Both sides run in worker processes (:func:`bench.run.run_query_backend`, one job at a time under ``cfg.budget``),
    the embedded one first: its memory is given back before Virtuoso starts and takes its buffers."""
    label = f"{n:,}"
    jobs = query_jobs(query_names(), raw=False, whole=whole)
    rec.step(f"{label}: graph")
    nq, generate, cached = graph_file(n, seed=cfg.seed, cache=cfg.graph_cache, work=work)
    res: dict[str, Any] = {"triples": generate["triples"], "generate": generate, "whole": whole, "jobs": jobs,
                           "memory_mb": memory_mb, "query_timeout": query_timeout}
    try:
        res["embedded"] = run_query_backend("oxigraph", {"file": str(nq), "skip_raw": True, "digest": True}, jobs, cfg, rec,
                                            f"{label} embedded")
        rec.done(f"{label} embedded: load {(res['embedded']['load'] or {}).get('seconds')} s, peak {res['embedded']['peak_rss_mb']} MB")
        rec.step(f"{label}: Virtuoso bulk load")
        try:
            with running_virtuoso(workdir=work, memory_mb=memory_mb, query_timeout=query_timeout) as v:
                res["virtuoso_load_s"] = v.load(nq)
                res["virtuoso_load_rss_mb"] = v.peak_rss_mb()
                rec.done(f"{label} Virtuoso: load {res['virtuoso_load_s']:.1f} s, {res['virtuoso_load_rss_mb']} MB")
                # a restart of this worker reloads nothing (the store is Virtuoso's): every job gets its chance
                res["virtuoso"] = run_query_backend("virtuoso", {"url": v.endpoint, "digest": True}, jobs,
                                                    replace(cfg, restarts=len(jobs)), rec, f"{label} Virtuoso")
                res["virtuoso_rss_mb"] = v.peak_rss_mb()
        except VirtuosoError as exc:  # the embedded figures stay
            res["virtuoso_error"] = " ".join(str(exc).split())[:500]
            res.setdefault("virtuoso", {"jobs": {}})
    finally:
        if not cached:
            nq.unlink(missing_ok=True)
    emb, virt = res["embedded"]["jobs"], res["virtuoso"]["jobs"]
    res["same"] = {j: _compare(j, emb.get(j) or {}, virt.get(j) or {}) for j in jobs}
    rec.done(f"{label}: {sum(v.startswith('yes') for v in res['same'].values())} of {len(jobs)} jobs give the same rows")
    return res


def render(results: dict[str, Any]) -> str:
    """The serving section of BENCHMARKS.md."""
    lines = [BEGIN, "## Serving: load test of `diplograph serve`, and Virtuoso", "",
             "Same machine as above; loopback only.", ""]
    load = results.get("load")
    if load:
        lines += [f"### Load test (`{load['graph']}/`, {load['workers']} query workers, every named query in turn)", "",
                  f"Measured by `{load.get('command', results['command'])}` on {load.get('started', results['started'])}.", "",
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
    virt = {k: r for k, r in (results.get("virtuoso") or {}).items() if "error" in r or "embedded" in r}
    if virt:
        lines += ["### Virtuoso 7 (Debian `virtuoso-opensource`) beside embedded Oxigraph", "",
                  "The jobs of the interactive tables of this report at the same size (`sel:`, `selpage:`, `page:`, the aggregates "
                  "and `connections`, and the whole unfiltered answers where those tables have them), each first on embedded "
                  "Oxigraph in memory (the default: `KnowledgeGraph.load`), then on Virtuoso bulk-loaded with the same generated "
                  "graph (`ld_dir` + `rdf_loader_run` + `checkpoint`) through `KnowledgeGraph.remote` (what `diplograph query "
                  "--endpoint` does), so that pages are read through the graph's `graph:order` on both. Each side runs in a worker "
                  "process (the embedded one is gone before Virtuoso starts): a warm-up, then up to `reps` timed runs within the "
                  "budget; median / p95 ms. `same rows`: Virtuoso's answer has the embedded answer's rows (compared by a digest of "
                  "the sorted rows; a page's rows also in their order). `embedded / Virtuoso` is the embedded median over "
                  "Virtuoso's: below 1 the embedded default is faster.", ""]
        for size, r in virt.items():
            if "error" in r:
                lines += [f"- {_exp(size)} triples: {r['error']}", ""]
                continue
            lines += _virtuoso_table(size, r)
    lines.append(END)
    return "\n".join(lines) + "\n"


def _virtuoso_table(size: str, r: dict[str, Any]) -> list[str]:
    from .report import _gmean, _ms

    emb, virt, n = r["embedded"], r["virtuoso"], r["triples"]
    eload = emb.get("load") or {}
    e_s = eload.get("seconds") if eload.get("status") == "ok" else None
    v_s = r.get("virtuoso_load_s")

    def ratio(j: str) -> float | None:  # only where both answered and the rows are the same (a cut answer is no timing)
        a, b = emb["jobs"].get(j) or {}, virt["jobs"].get(j) or {}
        ok = r["same"].get(j, "").startswith("yes") and a.get("median_ms") and b.get("median_ms")
        return a["median_ms"] / b["median_ms"] if ok else None

    ratios = [x for x in map(ratio, r["jobs"]) if x is not None]
    same = sum(1 for v in r["same"].values() if v.startswith("yes"))
    answered = sum(1 for v in r["same"].values() if v != "—")
    gm = _gmean(ratios)

    def rate(seconds: float | None) -> str:
        return f"{seconds:.1f} s ({n / seconds:,.0f} triples/s)" if seconds else "not loaded"

    out = [f"#### {_exp(size)} triples ({n:,})", "",
           f"Measured by `{r.get('command', '?')}` on {r.get('started', '?')}: budget {r.get('budget')} s per job, up to "
           f"{r.get('reps')} timed runs; Virtuoso with {r['memory_mb']} MB of buffers, {r['query_timeout']} s per query"
           + ("." if r.get("whole", True) else "; whole unfiltered answers only for the aggregates and `connections` at this "
              "size (as `python -m bench --no-whole`)."), "",
           *([f"- Virtuoso failed: {r['virtuoso_error']}"] if r.get("virtuoso_error") else []),
           f"- Load: Virtuoso's bulk loader {rate(v_s)}, server peak RSS {r.get('virtuoso_load_rss_mb')} MB by the end of the load and "
           f"{r.get('virtuoso_rss_mb')} MB by the end of the queries; embedded Oxigraph (`KnowledgeGraph.load`) {rate(e_s)}, peak RSS "
           f"{emb.get('peak_rss_mb')} MB (load and every query)"
           + (f"; embedded / Virtuoso load time {e_s / v_s:.2f}." if e_s and v_s else "."),
           f"- {same} of {len(r['jobs'])} jobs give the same rows ({answered} answered on both); geometric mean of "
           f"embedded / Virtuoso over the {len(ratios)} jobs with the same rows: **{gm:.2f}**." if gm else
           f"- {same} of {len(r['jobs'])} jobs give the same rows.", "",
           "| job | rows | same rows | embedded Oxigraph ms (median / p95) | Virtuoso HTTP ms (median / p95) | embedded / Virtuoso |",
           "|---|---:|:---:|---:|---:|---:|"]
    for j in sorted(r["jobs"], key=job_sort_key):
        a, b, x = emb["jobs"].get(j), virt["jobs"].get(j), ratio(j)
        rows = a["rows"] if (a or {}).get("status") == "ok" else "—"
        out.append(f"| {job_label(j)} | {rows} | {r['same'].get(j, '—')} | {_ms(a)} | {_ms(b)} | {'—' if x is None else f'{x:.2f}'} |")
    out.append("")
    return out


def write_section(path: Path, section: str, begin: str = BEGIN, end: str = END) -> None:
    """Put ``section`` in place of the section of ``path`` between ``begin`` and ``end`` (or at its end)."""
    text = path.read_text() if path.exists() else ""
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end) + r"\n?", re.S)
    text = pattern.sub(lambda m: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    path.write_text(text)


@contextmanager
def _recorder() -> Iterator[Recorder]:
    from rich.console import Console
    from rich.progress import Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), TimeElapsedColumn(), console=console) as progress:
        yield Recorder(console, progress, progress.add_task("starting", total=None))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.serving", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--levels", default="1,8,32,64", help="Concurrent clients of the load test (default 1,8,32,64).")
    ap.add_argument("--requests", type=int, default=320, help="Requests per level, split among the clients (at least 5 each).")
    ap.add_argument("--deadline", type=float, default=120.0, help="Seconds per level at most (default 120).")
    ap.add_argument("--workers", type=int, default=2, help="Query workers of the served endpoint (default 2).")
    ap.add_argument("--graph", type=Path, default=ROOT / "graph", help="Graph served in the load test (default graph/).")
    ap.add_argument("--skip-load", action="store_true", help="Skip the load test (the report keeps the last one's figures).")
    ap.add_argument("--virtuoso-sizes", default="1e6", help="Sizes for Virtuoso (default 1e6; empty: skip).")
    ap.add_argument("--virtuoso-memory-mb", type=int, default=2000, help="Virtuoso's page buffers (default 2000 MB).")
    ap.add_argument("--query-timeout", type=int, default=None, help="Virtuoso's limit per query, seconds (default: the budget plus 5, "
                    "so that a query the benchmark gave up on does not keep running beside the next ones).")
    ap.add_argument("--budget", type=float, default=10.0, help="Seconds per job (warm-up + timed runs), default 10.")
    ap.add_argument("--reps", type=int, default=3, help="Timed runs per job after the warm-up (default 3).")
    ap.add_argument("--load-budget", type=float, default=900.0, help="Seconds for the embedded load, default 900.")
    ap.add_argument("--restarts", type=int, default=3, help="Restarts of a query worker after jobs pass their budget, default 3.")
    ap.add_argument("--whole-max", default="1e6", help="Largest size whose whole unfiltered answers are measured (default 1e6; "
                    "above it, as with `python -m bench --no-whole`, only the aggregates and connections).")
    ap.add_argument("--graph-cache", type=Path, default=None, help="The folder of `python -m bench --graph-cache`: reuse its graphs (and keep new ones there).")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    a = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop Virtuoso and the server on the way out
    command = "python -m bench.serving " + " ".join(argv if argv is not None else sys.argv[1:])
    started = time.strftime("%Y-%m-%d %H:%M %Z")
    saved = a.out.with_name("BENCHMARKS-serving.json")
    previous = json.loads(saved.read_text()) if saved.exists() else {}
    results: dict[str, Any] = {"command": command, "started": started}
    if not a.skip_load:
        levels = [int(x) for x in a.levels.split(",") if x.strip()]
        results["load"] = {"graph": str(a.graph.relative_to(ROOT) if a.graph.is_relative_to(ROOT) else a.graph), "workers": a.workers,
                           "command": command, "started": started, "levels": load_levels(levels, total=a.requests, deadline=a.deadline, workers=a.workers, graph=a.graph)}
    elif previous.get("load"):  # the last load test stays in the report, with its own command
        results["load"] = {"command": previous.get("command"), "started": previous.get("started"), **previous["load"]}
    sizes = list(iter_sizes(a.virtuoso_sizes)) if a.virtuoso_sizes.strip() else []
    # sizes measured before (this format) stay in the report unless measured again
    results["virtuoso"] = {k: r for k, r in (previous.get("virtuoso") or {}).items() if "embedded" in r}
    if sizes:
        cfg = BenchConfig(sizes=tuple(sizes), budget=a.budget, load_budget=a.load_budget, reps=a.reps, seed=a.seed,
                          restarts=a.restarts, graph_cache=a.graph_cache)
        whole_max = int(float(a.whole_max))
        if binaries() is None:
            results["virtuoso"] = {"0": {"error": "not run: virtuoso-opensource is not installed"}}
            sizes = []
        with tempfile.TemporaryDirectory(prefix="diplograph-serving-") as tmp, _recorder() as rec:
            for n in sizes:
                try:
                    r = virtuoso_size(n, Path(tmp), cfg, rec, whole=n <= whole_max, memory_mb=a.virtuoso_memory_mb,
                                      query_timeout=a.query_timeout or int(a.budget) + 5)
                except VirtuosoError as exc:
                    r = {"error": f"failed: {exc}"}
                results["virtuoso"][str(n)] = {**r, "command": command, "started": started, "budget": a.budget, "reps": a.reps}
                saved.write_text(json.dumps(results, indent=1))
        results["virtuoso"] = dict(sorted(results["virtuoso"].items(), key=lambda kv: int(kv[0])))
    saved.write_text(json.dumps(results, indent=1))
    write_section(a.out, render(results))
    print(f"wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
