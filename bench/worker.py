"""The measurements themselves, each run in a child process by :mod:`bench.run` (``python -m bench.worker TASK ARGS``).

Every task prints JSON records, one per line, as it goes; the parent gives each record a deadline.
Query timings: one warm-up run, then up to ``reps`` runs while the query's budget lasts; a soft alarm
stops a pure-Python engine (rdflib) at the budget, the parent kills anything that ignores it.
"""

from __future__ import annotations

import json
import signal
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

__all__ = ["main"]

OVER = "> budget"


def emit(**rec: Any) -> None:
    sys.stdout.write(json.dumps(rec) + "\n")
    sys.stdout.flush()


class _Timeout(Exception):
    pass


_FIRED = [False]


def _alarm(signum: int, frame: Any) -> None:
    _FIRED[0] = True
    raise _Timeout()


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    k = min(len(s) - 1, max(0, int(round(q * (len(s) - 1)))))
    return s[k]


def time_call(fn: Callable[[], Any], budget: float, reps: int, describe: Callable[[Any], dict[str, Any]] | None = None) -> dict[str, Any]:
    """Warm up once, then time up to ``reps`` runs within ``budget`` seconds (ms; rows of the answer, and what
    ``describe`` says of the warm-up's answer: e.g. its digest, to compare stores)."""
    signal.signal(signal.SIGALRM, _alarm)
    _FIRED[0] = False
    began = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, budget)
    try:
        t = time.perf_counter()
        first = fn()
        warm = time.perf_counter() - t
        times: list[float] = []
        while len(times) < reps and (time.perf_counter() - began) + (max(times) if times else warm) < budget:
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
    except Exception:  # the budget's alarm, also when a backend wrapped it in its own error (rdflib does)
        if _FIRED[0]:
            return {"status": OVER, "budget": budget}
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    sample = times or [warm]
    rows = first if isinstance(first, int) else len(first)
    return {"status": "ok", "rows": rows, "warm_ms": warm * 1e3, "median_ms": statistics.median(sample) * 1e3,
            "p95_ms": percentile(sample, 0.95) * 1e3, "n": len(times), **(describe(first) if describe else {})}


def task_queries(a: dict[str, Any]) -> None:
    """Load ``file`` into ``backend`` (timing it), or open the endpoint ``url``, then time each job (:mod:`bench.jobs`);
    with ``digest``, each result also carries the digest of its answer (to compare stores)."""
    from diplograph.query.knowledge import KnowledgeGraph

    backend, file = a["backend"], a.get("file")
    if backend == "rdflib":
        t = time.perf_counter()
        kg = KnowledgeGraph.load(file)
        emit(event="loaded", seconds=time.perf_counter() - t, triples=len(kg.backend.graph))  # type: ignore[attr-defined]
    elif backend in ("oxigraph", "oxigraph-disk"):
        import pyoxigraph as ox

        raw_loc = a.get("raw_location")
        raw_s, n = None, None
        if not a.get("skip_raw"):
            t = time.perf_counter()
            store = ox.Store(raw_loc) if raw_loc else ox.Store()
            store.bulk_load(path=file, format=ox.RdfFormat.N_QUADS)
            raw_s = time.perf_counter() - t
            n = len(store)
            del store
        t = time.perf_counter()
        kg = KnowledgeGraph.load(file, backend="oxigraph", location=a.get("location"))
        emit(event="loaded", seconds=time.perf_counter() - t, raw_seconds=raw_s, triples=n)
    elif backend == "oxigraph-open":
        from diplograph.query.backends import OxigraphBackend

        t = time.perf_counter()
        kg = KnowledgeGraph(OxigraphBackend.open(a["location"], union=True))
        emit(event="loaded", seconds=time.perf_counter() - t)
    else:
        kg = KnowledgeGraph.remote(a["url"], timeout=a["budget"] * 2 + 5)
        emit(event="loaded", seconds=0.0)
    from diplograph.errors import DiplographError

    from .jobs import answer_digest, job_call

    describe = answer_digest if a.get("digest") else None
    for job in a["jobs"]:
        emit(event="begin", job=job)
        try:
            r = time_call(job_call(kg, job), a["budget"], a["reps"], describe)
        except DiplographError as exc:  # e.g. an endpoint's own time limit: recorded, the other jobs still run
            r = {"status": f"error: {' '.join(str(exc).split())[:160]}"}
        emit(event="result", job=job, **r)
    emit(event="done")


def task_ingest(a: dict[str, Any]) -> None:
    """Ingest ``count`` synthetic news texts into a scratch store; documents per second (one process: one core)."""
    from diplograph.extract.ingest import ingest

    from .texts import write_texts

    folder = Path(a["dir"])
    paths = write_texts(folder / "texts", a["count"], seed=a.get("seed", 0))
    size = sum(p.stat().st_size for p in paths)
    t = time.perf_counter()
    res = ingest(list(paths), published="2024-06", store_dir=folder / "store")
    s = time.perf_counter() - t
    emit(event="result", docs=len(paths), bytes=size, seconds=s, failed=len(res.failed), facts=sum(f.facts for f in res.files))


def task_views(a: dict[str, Any]) -> None:
    """Generate a graph, project it once, then cap and render a page for each node count."""
    from diplograph.graph.io import load_dataset, union_graph
    from diplograph.views import cap, project_graph, render_network

    from .generate import generate_file

    out = Path(a["dir"])
    out.mkdir(parents=True, exist_ok=True)
    nq = out / "views-source.nq"
    generate_file(nq, a["triples"], seed=a.get("seed", 0))
    t = time.perf_counter()
    g = union_graph(load_dataset(nq))
    parse_s = time.perf_counter() - t
    t = time.perf_counter()
    net = project_graph(g)
    emit(event="projected", parse_seconds=parse_s, project_seconds=time.perf_counter() - t, nodes=net.number_of_nodes(), edges=net.number_of_edges())
    del g
    for n in a["nodes"]:
        # the view's own ratio (5,000 nodes, 10,000 edges); the edge cap drops nodes, so widen (untimed) until N are left
        limit = n
        shown, _ = cap(net, max_nodes=limit, max_edges=2 * n)
        while shown.number_of_nodes() < n and limit < net.number_of_nodes():
            limit = min(net.number_of_nodes(), int(limit * 1.3))
            shown, _ = cap(net, max_nodes=limit, max_edges=2 * n)
        t = time.perf_counter()
        shown, _ = cap(net, max_nodes=limit, max_edges=2 * n)
        html = render_network(shown, title=f"{n} nodes")
        path = out / f"view-{n}.html"
        path.write_text(html, encoding="utf-8")
        emit(event="view", target=n, nodes=shown.number_of_nodes(), edges=shown.number_of_edges(), seconds=time.perf_counter() - t,
             bytes=len(html.encode()), path=str(path))


_STABLE_JS = """async (limit) => {
  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
  await frame(); await frame();
  const first = performance.now();
  const net = window.diplographView.network;
  const ids = window.diplographView.nodes.getIds().slice(0, 300);
  let last = JSON.stringify(net.getPositions(ids)), same = 0;
  while (same < 3 && performance.now() < limit) {
    await frame();
    const now = JSON.stringify(net.getPositions(ids));
    same = now === last ? same + 1 : 0; last = now;
  }
  return [first, performance.now(), same >= 3];
}"""


def task_browser(a: dict[str, Any]) -> None:
    """Open each page in headless Chromium offline: first frame and layout-stable times from navigation start."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        t = time.perf_counter()
        browser = p.chromium.launch(executable_path=a["chromium"],
                                    args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        emit(event="launched", seconds=time.perf_counter() - t)
        for path in a["pages"]:
            ctx = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
            page = ctx.new_page()
            page.set_default_timeout(a["budget"] * 1000)
            t = time.perf_counter()
            page.goto(Path(path).as_uri())
            page.wait_for_selector("body[data-ready=true]")
            ready_ms = page.evaluate("performance.now()")
            first, stable, settled = page.evaluate(_STABLE_JS, a["budget"] * 1000)
            emit(event="page", path=path, ready_ms=ready_ms, first_frame_ms=first, stable_ms=stable if settled else None,
                 wall_s=time.perf_counter() - t)
            ctx.close()
        browser.close()


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    tasks = {"queries": task_queries, "ingest": task_ingest, "views": task_views, "browser": task_browser}
    tasks[args[0]](json.loads(args[1]))


if __name__ == "__main__":
    main()
