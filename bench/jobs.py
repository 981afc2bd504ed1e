"""One query job of the benchmark, on any :class:`~diplograph.query.knowledge.KnowledgeGraph`: what it runs,
how its answer is compared across stores, and how it is labelled in the report.

A job is a string (see :func:`bench.run.query_jobs`): ``NAME`` (the whole unfiltered answer with the default
parameters), ``sel:NAME`` (the whole answer for the selective parameter of :data:`bench.run.SELECTIVE`),
``selpage:NAME`` (the first page of that answer), ``page:NAME`` (the first page of the unfiltered answer) or
``raw:NAME`` (the unfiltered query straight on the pyoxigraph store, no layer). The embedded store, ``oxigraph
serve`` and Virtuoso run the same jobs through this module (the worker of :mod:`bench.worker` calls it), so a
page is read through the graph's ``graph:order`` on every store, as the query layer does.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Callable

__all__ = ["job_call", "answer_digest", "job_label", "job_sort_key"]


def _raw_runner(kg: Any, name: str) -> Callable[[], int]:
    """The named query with its default parameters straight on the pyoxigraph store: no conversion, no post-processing."""
    import pyoxigraph as ox

    from diplograph.query.backends import to_ox
    from diplograph.query.params import bind_params
    from diplograph.query.sparql import inject_values

    nq = kg.resolve(name)
    bindings = bind_params(nq.params, {})
    if nq.paths:
        bindings = {k: v for k, v in bindings.items() if k not in nq.paths.values()}
    store = kg.backend.store
    union = bool(getattr(kg.backend, "union", False))
    text = nq.text_for(set(bindings))
    subs = {ox.Variable(k): to_ox(v) for k, v in bindings.items()} or None
    try:
        store.query(text, substitutions=subs, use_default_graph_as_union=union)
    except RuntimeError:
        text, subs = inject_values(text, bindings), None

    def run() -> int:
        res = store.query(text, substitutions=subs, use_default_graph_as_union=union)
        names = [v for v in res.variables]
        return len([[sol[v] for v in names] for sol in res])

    return run


def job_call(kg: Any, job: str) -> Callable[[], Any]:
    """A function running ``job`` once on ``kg``: its :class:`~diplograph.query.results.Result` (a ``raw:`` job
    gives the number of rows only)."""
    from .run import PAGE_SIZE, SELECTIVE

    kind, _, name = job.rpartition(":")
    query = name.split("@")[0]
    if kind == "raw":
        return _raw_runner(kg, name)
    if kind == "page":  # the first page of the unfiltered answer
        return lambda: kg.run(query, page_size=PAGE_SIZE)
    if kind == "selpage":  # the first page of the answer for one selective parameter
        return lambda: kg.run(query, SELECTIVE[name], page_size=PAGE_SIZE)
    if kind == "sel":  # the whole answer for one selective parameter
        return lambda: kg.run(query, SELECTIVE[name])
    if kind:
        raise ValueError(f"unknown kind of job {job!r}")
    return lambda: kg.run(query)


def _cell(value: Any) -> str:
    return "" if value is None else value.n3()


def answer_digest(result: Any) -> dict[str, Any]:
    """What two stores' answers to one job are compared by: the rows, a digest of the rows as a sorted list
    (the same answer) and one of the rows in their order (the same order: what a page shows); for a page, the
    total it states."""
    if isinstance(result, int):
        return {"rows": result}
    if result.form == "ASK":
        rows: list[Any] = [bool(result.boolean)]
    elif result.graph is not None:
        rows = [" ".join(t.n3() for t in triple) for triple in result.graph]
    else:
        rows = [[_cell(r.get(v)) for v in result.vars] for r in result.rows]

    def digest(x: Any) -> str:
        return hashlib.sha256(json.dumps([list(result.vars), x], ensure_ascii=False).encode()).hexdigest()[:16]

    out = {"rows": len(result), "digest": digest(sorted(rows, key=json.dumps)), "order_digest": digest(rows)}
    if result.page is not None:  # a page read from the graph's order states the total; one cut by LIMIT only when it is the last
        out["total"] = result.page.total
    return out


def job_label(job: str) -> str:
    """The job as the report shows it: ``sel: visits country=kazakhstan``, ``page: visits``, ``whole: visits``."""
    from .run import SELECTIVE

    kind, _, q = job.rpartition(":")
    sel = q.split("@")[0] + " " + ", ".join(f"{k}={v}" for k, v in SELECTIVE.get(q, {}).items())
    return {"sel": f"sel: {sel}", "selpage": f"selpage: {sel}", "page": f"page: {q}", "raw": f"raw: {q}"}.get(kind, f"whole: {q}")


def job_sort_key(job: str) -> tuple[str, int, str]:
    """The order of the report's rows: by query, then its selective answer, its first page, the unfiltered page, the whole."""
    kind, _, q = job.rpartition(":")
    return q.split("@")[0], {"sel": 0, "selpage": 1, "page": 2}.get(kind, 3), job
