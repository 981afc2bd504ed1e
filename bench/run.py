"""The benchmark run: for each size, generate the graph, then load, query, ingest and view measurements.

Every measurement runs in a child process (:mod:`bench.measure`) under a budget; results are plain dicts
(saved as JSON beside the report) that :mod:`bench.report` turns into ``BENCHMARKS.md``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from .generate import generate_file
from .measure import OVER, Child, run_command

__all__ = ["BenchConfig", "run_benchmarks", "QUERY_BACKENDS", "graph_file", "query_jobs", "run_query_backend"]

QUERY_BACKENDS = ("rdflib", "oxigraph", "oxigraph-disk", "serve")
ROOT = Path(__file__).resolve().parent.parent

#: The rows of a first page (``page:NAME`` jobs: ``page_size=PAGE_SIZE, page=1``).
PAGE_SIZE = 50
#: One selective parameter per named query (``sel:NAME`` jobs, whole answer): a country, a person or an
#: organisation. Kazakhstan is the generator's third-busiest country (Zipf weights), the one the issue names.
SELECTIVE: dict[str, dict[str, str]] = {
    "agreements": {"country": "kazakhstan"},
    "ambassadors": {"country": "kazakhstan"},
    "awards": {"recipient": "zsolt-cutora"},
    "facts-per-year": {"country": "kazakhstan"},
    "meetings": {"participant": "kazakhstan"},
    "memberships": {"org": "organization-of-turkic-states"},
    "milestones": {"country": "kazakhstan"},
    "people": {"country": "kazakhstan"},
    "provenance": {"subject": "zsolt-cutora"},
    "relation-counts": {"country": "kazakhstan"},
    "sister-cities": {"country": "kazakhstan"},
    "summits": {"host": "kazakhstan"},
    "trade": {"country": "kazakhstan"},
    "visits": {"country": "kazakhstan"},
    "visits-per-year": {"country": "kazakhstan"},
    "visits@person": {"person": "zsolt-cutora"},
}
#: Queries that need a parameter (or search paths): no unfiltered first page.
NO_PAGE = {"connections", "provenance"}


#: Whole answers still measured with ``--no-whole``: the aggregates and the path search.
ALWAYS_WHOLE = ("connections", "visits-per-year", "facts-per-year", "relation-counts")


def query_jobs(names: list[str], *, raw: bool, pages: bool = True, whole: bool = True) -> list[str]:
    """The jobs of one backend: each query's selective form, the path search, first pages, whole answers, raw;
    in that order, so that a job that passes its budget (and restarts the worker) costs the least important ones.
    ``whole=False`` keeps only the whole answers of :data:`ALWAYS_WHOLE` (and no raw runs)."""
    jobs = ["sel:" + q for q in SELECTIVE if q.split("@")[0] in names]
    jobs += [q for q in ALWAYS_WHOLE if q in names]
    if pages:
        jobs += ["selpage:" + q for q in SELECTIVE if q.split("@")[0] in names and q.split("@")[0] not in NO_PAGE]
    if pages:
        jobs += ["page:" + q for q in names if q not in NO_PAGE]
    if whole:
        jobs += [q for q in names if q not in ALWAYS_WHOLE]
        if raw:
            jobs += ["raw:" + q for q in names if q not in NO_PAGE]
    return jobs


@dataclass(frozen=True)
class BenchConfig:
    """What to run: sizes in triples, budgets in seconds, repetitions, and which stages."""

    sizes: tuple[int, ...] = (10_000, 100_000, 1_000_000)
    budget: float = 30.0
    load_budget: float = 300.0
    reps: int = 5
    rdflib_max: int = 1_000_000
    seed: int = 0
    stages: tuple[str, ...] = ("load", "queries", "ingest", "views")
    #: rdflib, oxigraph (memory), oxigraph-disk, cli (`oxigraph load`), cli-open (its store opened read-only
    #: by our layer: no reload when a query is killed), serve (`oxigraph serve` on that store)
    backends: tuple[str, ...] = ("rdflib", "oxigraph", "oxigraph-disk", "cli", "serve")
    ingest_docs: int = 200
    view_nodes: tuple[int, ...] = (1_000, 5_000, 20_000)
    view_triples: int = 800_000
    #: measure the whole unfiltered answers too (not only selective forms, first pages and aggregates)
    whole: bool = True
    #: how often a query worker may be restarted (and the graph reloaded) after a job passed its budget
    restarts: int = 2
    chromium: str = "/usr/bin/chromium"
    workdir: Path | None = None
    #: keep generated graphs here and reuse them while the generator, the queries and the rules are unchanged
    graph_cache: Path | None = None


@dataclass
class Recorder:
    console: Console
    progress: Progress
    task: Any
    results: dict[str, Any] = field(default_factory=dict)

    def step(self, text: str) -> None:
        self.progress.update(self.task, description=text)

    def done(self, text: str) -> None:
        self.progress.advance(self.task)
        self.console.log(text)


def _oxigraph_binary() -> str | None:
    exe = Path(sys.executable).with_name("oxigraph")
    return str(exe) if exe.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _generator_stamp() -> str:
    """A digest of what a generated graph depends on: the generator, the order step, the queries, rules and ontology."""
    import hashlib

    h = hashlib.sha256()
    files = [ROOT / "bench/generate.py", ROOT / "bench/order.py", ROOT / "src/diplograph/graph/order.py", ROOT / "graph/diplograph.nq"]
    files += sorted((ROOT / "queries").glob("*.rq")) + sorted((ROOT / "ontology/rules").rglob("*.rq"))
    for f in files:
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def graph_file(n: int, *, seed: int, cache: Path | None, work: Path) -> tuple[Path, dict[str, Any], bool]:
    """The generated graph of ``n`` triples: ``(path, its shape and generation time, whether it is kept in the cache)``.

    With a ``cache`` folder, a graph generated earlier by the same generator, queries and rules
    (``graph-N-seedS-STAMP.nq`` beside its ``.json``) is reused, and a new one is written there and kept;
    without, it is generated into ``work`` and the caller removes it."""
    cached = cache / f"graph-{n}-seed{seed}-{_generator_stamp()}.nq" if cache else None
    if cached is not None and cached.is_file() and cached.with_suffix(".json").is_file():
        return cached, {**json.loads(cached.with_suffix(".json").read_text()), "cached": str(cached)}, True
    nq = work / f"graph-{n}.nq"
    if cached is not None:  # written under a name of this process, then renamed: another run never reads half a graph
        cached.parent.mkdir(parents=True, exist_ok=True)
        nq = cached.with_name(f".{cached.name}.{os.getpid()}.partial")
    try:
        t = time.perf_counter()
        shape = generate_file(nq, n, seed=seed)
        info = {"seconds": time.perf_counter() - t, "triples": shape.triples, "documents": shape.documents,
                "persons": shape.persons, "facts": shape.facts, "bytes": nq.stat().st_size}
        if cached is not None:
            os.replace(nq, cached)
            cached.with_suffix(".json").write_text(json.dumps(info))
    finally:
        if cached is not None:
            nq.unlink(missing_ok=True)  # only this process's partial file (gone once renamed)
    return (cached, info, True) if cached is not None else (nq, info, False)


def query_names() -> list[str]:
    return sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


def run_query_backend(backend: str, args: dict[str, Any], jobs: list[str], cfg: BenchConfig, rec: Recorder, label: str) -> dict[str, Any]:
    """Run the query jobs on one backend; a job past its deadline is ``> budget`` and the worker restarts for the rest."""
    out: dict[str, Any] = {"jobs": {}, "load": None, "peak_rss_mb": None, "restarts": 0}
    remaining = list(jobs)
    peak = 0.0
    while remaining:
        child = Child.worker("queries", {**args, "backend": backend, "jobs": remaining, "budget": cfg.budget, "reps": cfg.reps})
        rec.step(f"{label}: loading")
        loaded = child.next_record(cfg.load_budget)
        if loaded is None:
            child.kill()
            child.finish()
            err = child.stderr_tail().strip().splitlines()[-1:] if child.proc.returncode else []
            status = f"error: {err[0]}" if err else OVER
            if out["load"] is None:
                out["load"] = {"status": status}
            for j in remaining:
                out["jobs"][j] = {"status": "not run (load " + ("> budget" if status == OVER else "failed") + ")"}
            break
        if out["load"] is None:
            out["load"] = {"status": "ok", **loaded}
        args = {**args, "skip_raw": True}  # a restarted worker reloads the graph, not the raw comparison
        current = None
        while True:
            r = child.next_record(cfg.budget * 1.5 + 15 if current else 30)
            if r is None:
                child.kill()
                if current is not None:
                    out["jobs"][current] = {"status": OVER, "budget": cfg.budget, "killed": True}
                    remaining.remove(current)
                out["restarts"] += 1
                break
            if r["event"] == "begin":
                current = r["job"]
                rec.step(f"{label}: {current}")
            elif r["event"] == "result":
                out["jobs"][r["job"]] = r
                remaining.remove(r["job"])
                current = None
            elif r["event"] == "done":
                break
        child.finish()
        peak = max(peak, child.peak_rss_mb or 0.0)
        if out["restarts"] > cfg.restarts:
            for j in remaining:
                out["jobs"][j] = {"status": f"not run (worker restarted {out['restarts']} times)"}
            break
    out["peak_rss_mb"] = peak or None
    return out


def _wait_up(url: str, proc: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with {proc.returncode}")
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"oxigraph serve did not answer at {url} within {seconds} s")


def bench_size(n: int, cfg: BenchConfig, work: Path, rec: Recorder, res: dict[str, Any], save: Any = lambda: None) -> dict[str, Any]:
    res["target"] = n
    names = query_names()
    rec.step(f"10^{len(str(n)) - 1}: generating")
    nq, res["generate"], cached = graph_file(n, seed=cfg.seed, cache=cfg.graph_cache, work=work)
    shape_triples = res["generate"]["triples"]
    rec.done(f"{n:>10,} generated {shape_triples:,} triples, {res['generate']['documents']:,} documents in {res['generate']['seconds']:.1f} s")
    label = f"{n:,}"
    names = names if "queries" in cfg.stages else []
    jobs = query_jobs(names, raw=False, whole=cfg.whole)
    raw_jobs = query_jobs(names, raw=True, whole=cfg.whole)
    # rdflib in memory
    if "rdflib" not in cfg.backends:
        res["rdflib"] = {"skipped": "not selected (--backends)"}
    elif n <= cfg.rdflib_max:
        res["rdflib"] = run_query_backend("rdflib", {"file": str(nq)}, query_jobs(names, raw=False, pages=False, whole=cfg.whole), cfg, rec, f"{label} rdflib")
    else:
        res["rdflib"] = {"skipped": f"not run above {cfg.rdflib_max:,} triples (rdflib is unusable there)"}
    rec.done(f"{n:>10,} rdflib: load {_fmt_load(res['rdflib'])}, peak {res['rdflib'].get('peak_rss_mb')} MB")
    # Oxigraph embedded, in memory (with raw pyoxigraph for the layer's overhead) and on disk
    save()
    if "oxigraph" in cfg.backends:
        res["oxigraph"] = run_query_backend("oxigraph", {"file": str(nq)}, raw_jobs, cfg, rec, f"{label} oxigraph")
    else:
        res["oxigraph"] = {"skipped": "not selected (--backends)"}
    save()
    rec.done(f"{n:>10,} oxigraph memory: load {_fmt_load(res['oxigraph'])}, peak {res['oxigraph'].get('peak_rss_mb')} MB")
    disk = work / f"store-{n}"
    res["oxigraph-disk"] = {"skipped": "not selected (--backends)"} if "oxigraph-disk" not in cfg.backends else run_query_backend("oxigraph-disk", {"file": str(nq), "location": str(disk), "raw_location": str(work / f"raw-{n}")},
                                             jobs, cfg, rec, f"{label} oxigraph disk")
    shutil.rmtree(work / f"raw-{n}", ignore_errors=True)
    rec.done(f"{n:>10,} oxigraph disk: load {_fmt_load(res['oxigraph-disk'])}, peak {res['oxigraph-disk'].get('peak_rss_mb')} MB")
    shutil.rmtree(disk, ignore_errors=True)
    save()
    # the reference: `oxigraph load` CLI, then `oxigraph serve` on that store over HTTP
    binary = _oxigraph_binary()
    if binary is None:
        res["cli"] = {"status": "not run (no oxigraph binary)"}
        res["serve"] = {"skipped": "no oxigraph binary"}
    else:
        cli_store = work / f"cli-{n}"
        rec.step(f"{label}: oxigraph load CLI")
        secs, rss, err = run_command([binary, "load", "--location", str(cli_store), "--file", str(nq)], cfg.load_budget)
        res["cli"] = {"status": "ok", "seconds": secs, "peak_rss_mb": rss} if secs is not None else {"status": OVER if err == OVER else f"error: {err}"}
        rec.done(f"{n:>10,} oxigraph load CLI: {secs if secs is None else round(secs, 2)} s")
        save()
        if secs is not None and jobs and "cli-open" in cfg.backends:
            res["cli-open"] = run_query_backend("oxigraph-open", {"location": str(cli_store)}, raw_jobs, cfg, rec, f"{label} oxigraph read-only")
            save()
        if secs is not None and jobs and "serve" in cfg.backends:
            port = _free_port()
            url = f"http://127.0.0.1:{port}"
            proc = subprocess.Popen([binary, "serve", "--location", str(cli_store), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            try:
                _wait_up(url, proc, 60)
                res["serve"] = run_query_backend("serve", {"url": url + "/query"}, jobs, cfg, rec, f"{label} oxigraph serve")
            except RuntimeError as exc:
                res["serve"] = {"skipped": str(exc)}
            finally:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(10)
            rec.done(f"{n:>10,} oxigraph serve: done")
            save()
        shutil.rmtree(cli_store, ignore_errors=True)
    if not cached:  # a cached graph stays for the next run
        nq.unlink(missing_ok=True)
    return res


def _fmt_load(r: dict[str, Any]) -> str:
    load = r.get("load") or {}
    return f"{load.get('seconds', 0):.2f} s" if load.get("status") == "ok" else str(load.get("status") or r.get("skipped"))


def bench_ingest(cfg: BenchConfig, work: Path, rec: Recorder) -> dict[str, Any]:
    rec.step(f"ingest: {cfg.ingest_docs} documents")
    child = Child.worker("ingest", {"dir": str(work / "ingest"), "count": cfg.ingest_docs, "seed": cfg.seed})
    r = child.next_record(cfg.load_budget)
    if r is None:
        child.kill()
    child.finish()
    out: dict[str, Any] = {"status": OVER} if r is None else {"status": "ok", **r}
    out["peak_rss_mb"] = child.peak_rss_mb
    rec.done(f"ingest: {out}")
    return out


def bench_views(cfg: BenchConfig, work: Path, rec: Recorder) -> dict[str, Any]:
    out: dict[str, Any] = {"views": [], "pages": []}
    rec.step("views: generating and projecting")
    child = Child.worker("views", {"dir": str(work / "views"), "triples": cfg.view_triples, "nodes": list(cfg.view_nodes), "seed": cfg.seed})
    r = child.next_record(cfg.load_budget)
    out["projection"] = r if r else {"status": OVER}
    pages = []
    if r:
        for target in cfg.view_nodes:
            rec.step(f"views: rendering {target:,} nodes")
            v = child.next_record(cfg.budget * 4)
            if v is None:
                out["views"].append({"target": target, "status": OVER})
                child.kill()
                break
            out["views"].append({"status": "ok", **v})
            pages.append(v["path"])
    child.finish()
    out["peak_rss_mb"] = child.peak_rss_mb
    rec.done(f"views: {[(v.get('target'), round(v.get('seconds', 0), 2)) for v in out['views']]}")
    if pages and Path(cfg.chromium).exists():
        rec.step("views: headless Chromium")
        b = Child.worker("browser", {"pages": pages, "budget": cfg.budget * 4, "chromium": cfg.chromium})
        launched = b.next_record(120)
        out["launch_s"] = launched["seconds"] if launched else None
        for path in pages:
            p = b.next_record(cfg.budget * 8 + 30) if launched else None
            if p is None:
                out["pages"].append({"path": path, "status": OVER})
                b.kill()
                break
            out["pages"].append({"status": "ok", **p})
        b.finish()
        out["browser_peak_rss_mb"] = b.peak_rss_mb
        rec.done(f"browser: {[(Path(p['path']).stem, p.get('first_frame_ms'), p.get('stable_ms')) for p in out['pages']]}")
    elif pages:
        out["browser"] = f"not run: no Chromium at {cfg.chromium}"
    return out


def run_benchmarks(cfg: BenchConfig, *, console: Console | None = None, checkpoint: Path | None = None) -> dict[str, Any]:
    """Run every stage at every size; the results as a dict (see :func:`bench.report.render`)."""
    from .machine import machine_info

    console = console or Console(stderr=True)
    results: dict[str, Any] = {"config": {k: (str(v) if isinstance(v, Path) else v) for k, v in cfg.__dict__.items()},
                               "machine": machine_info(), "sizes": {}, "started": time.strftime("%Y-%m-%d %H:%M:%S %Z")}
    steps = len(cfg.sizes) * 7 + (1 if "ingest" in cfg.stages else 0) + (2 if "views" in cfg.stages else 0)
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-", dir=cfg.workdir) as tmp, Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(),
        console=console, transient=False,
    ) as progress:
        rec = Recorder(console, progress, progress.add_task("starting", total=steps))
        work = Path(tmp)
        def save() -> None:  # a run stopped half-way still leaves its figures
            if checkpoint is not None:
                results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %Z") + " (partial)"
                checkpoint.write_text(json.dumps(results, indent=1, default=str))

        if "ingest" in cfg.stages:
            results["ingest"] = bench_ingest(cfg, work, rec)
            save()
        if "views" in cfg.stages:
            results["views"] = bench_views(cfg, work, rec)
            save()
        if "load" in cfg.stages or "queries" in cfg.stages:
            for n in cfg.sizes:
                results["sizes"][str(n)] = {}
                bench_size(n, cfg, work, rec, results["sizes"][str(n)], save)
                save()
    results["machine"]["load_after"] = machine_info()["loadavg"]
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    return results
