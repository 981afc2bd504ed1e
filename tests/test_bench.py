"""The benchmark suite's smoke test: the smallest size end to end with tiny budgets (no timing assertions)."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench/ lives at the repo root, beside src/

from bench.__main__ import main  # noqa: E402
from bench.generate import generate_file, write_nquads  # noqa: E402
from bench.texts import news_text  # noqa: E402
from diplograph.query.knowledge import KnowledgeGraph  # noqa: E402


@pytest.fixture(scope="module")
def small_graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "graph.nq"
    shape = generate_file(path, 10_000, seed=0)
    return path, shape


def test_generator_is_deterministic():
    a, b, c = io.StringIO(), io.StringIO(), io.StringIO()
    write_nquads(a, 10_000, seed=0)
    write_nquads(b, 10_000, seed=0)
    write_nquads(c, 10_000, seed=1)
    digest = lambda s: hashlib.sha256(s.getvalue().encode()).hexdigest()  # noqa: E731
    assert digest(a) == digest(b)
    assert digest(a) != digest(c)


def test_generated_graph_has_the_shape_of_graph_dir(small_graph):
    path, shape = small_graph
    assert shape.triples >= 10_000
    assert set(shape.facts) >= {"visit", "position", "ambassador", "membership", "signing", "meeting", "summit", "trade",
                                "award", "recognition", "relations", "embassy", "partnership", "twinning"}
    kg = KnowledgeGraph.load(path, backend="oxigraph")
    for name in kg.catalog:
        if name == "conflicts":  # like graph/, the generated graph has no contradictions (tested in test_ingest_graph)
            continue
        assert len(kg.run(name)) > 0, f"named query {name!r} returns no rows on the generated graph"
    # mixed date precision, as in graph/
    years = kg.run("SELECT DISTINCT (DATATYPE(?d) AS ?t) WHERE { ?v a <https://w3id.org/diplograph/ontology#Visit> ; "
                   "<https://schema.org/startDate> ?d }")
    assert len(years) == 3


def test_generated_graph_answers_alike_on_rdflib(small_graph):
    path, _ = small_graph
    rd, ox = KnowledgeGraph.load(path), KnowledgeGraph.load(path, backend="oxigraph")
    for name in ("visits", "memberships", "visits-per-year"):
        assert rd.run(name).rows == ox.run(name).rows, name


def test_generated_summary_is_what_the_summary_rules_count(settings):
    from rdflib import Dataset

    from diplograph.graph.rules import SUMMARY_RULES, apply_summary_rules, load_rules

    buf = io.StringIO()
    write_nquads(buf, 5_000, seed=2)
    summary = "<https://w3id.org/diplograph/graph/summary> .\n"
    lines = buf.getvalue().splitlines(keepends=True)
    generated = {line for line in lines if line.endswith(summary)}
    ds = Dataset(default_union=True)
    ds.parse(data="".join(line for line in lines if not line.endswith(summary)), format="nquads")
    counted = {f"{s.n3()} {p.n3()} {o.n3()} {summary}" for s, p, o in apply_summary_rules(load_rules(settings.rules_dir / SUMMARY_RULES), ds)}
    assert len(generated) > 100 and generated == counted


def test_news_texts_are_2_to_5_kb():
    sizes = [len(news_text(i, seed=0).encode()) for i in range(20)]
    assert min(sizes) >= 2000 and max(sizes) <= 5200
    assert news_text(3, seed=0) == news_text(3, seed=0)


def test_smoke_run_writes_the_report(tmp_path):
    out = tmp_path / "BENCHMARKS.md"
    code = main(["--sizes", "1e4", "--budget", "2", "--reps", "1", "--load-budget", "60", "--stages", "load,queries,ingest",
                 "--ingest-docs", "3", "--out", str(out)])
    assert code == 0
    text = out.read_text()
    assert "## Load throughput" in text and "## Query latency" in text and "## Goals" in text
    results = json.loads(out.with_suffix(".json").read_text())
    size = results["sizes"]["10000"]
    assert size["oxigraph"]["load"]["status"] == "ok"
    assert set(size["oxigraph"]["jobs"]) >= {"visits", "raw:visits"}
    assert results["ingest"]["status"] == "ok"


def test_answer_digest_tells_rows_from_order():
    from rdflib import Literal, URIRef

    from bench.jobs import answer_digest
    from diplograph.query.results import Result

    a, b, c = URIRef("https://example.org/a"), URIRef("https://example.org/b"), Literal(3)
    rows = [{"x": a, "n": c}, {"x": b, "n": None}]
    same = answer_digest(Result("SELECT", ["x", "n"], rows))
    swapped = answer_digest(Result("SELECT", ["x", "n"], rows[::-1]))
    other = answer_digest(Result("SELECT", ["x", "n"], [rows[0], {"x": b, "n": Literal(4)}]))
    assert same["rows"] == 2 and same["digest"] == swapped["digest"] and same["order_digest"] != swapped["order_digest"]
    assert other["digest"] != same["digest"]


def test_graph_cache_is_reused(tmp_path):
    from bench.run import graph_file

    cache = tmp_path / "cache"
    path, info, kept = graph_file(10_000, seed=0, cache=cache, work=tmp_path)
    again, info2, kept2 = graph_file(10_000, seed=0, cache=cache, work=tmp_path)
    assert kept and kept2 and again == path and path.parent == cache and path.name.startswith("graph-10000-seed0-")
    assert "cached" not in info and info2["cached"] == str(path) and info2["triples"] == info["triples"]
    assert sorted(p.name for p in cache.iterdir()) == [path.with_suffix(".json").name, path.name]  # no partial file left


@pytest.mark.endpoint
@pytest.mark.skipif(shutil.which("virtuoso-t") is None, reason="Debian virtuoso-opensource is not installed (.ci/run installs it)")
def test_virtuoso_comparison_gives_the_embedded_rows(tmp_path):
    """`python -m bench.serving` at a tiny size: the interactive jobs on embedded Oxigraph and on Virtuoso, same rows."""
    from bench.run import query_jobs, query_names
    from bench.serving import main as serving_main

    out = tmp_path / "BENCHMARKS.md"
    cache = tmp_path / "cache"
    code = serving_main(["--skip-load", "--virtuoso-sizes", "1e4", "--budget", "5", "--reps", "1", "--virtuoso-memory-mb", "300",
                         "--whole-max", "1e4", "--graph-cache", str(cache), "--out", str(out)])
    assert code == 0
    res = json.loads((tmp_path / "BENCHMARKS-serving.json").read_text())["virtuoso"]["10000"]
    jobs = query_jobs(query_names(), raw=False, whole=True)
    assert res["jobs"] == jobs and any(j.startswith("selpage:") for j in jobs) and "visits" in jobs
    assert res["virtuoso_load_s"] > 0 and res["embedded"]["load"]["status"] == "ok"
    emb, virt = res["embedded"]["jobs"], res["virtuoso"]["jobs"]
    for job in jobs:
        assert emb[job]["status"] == virt[job]["status"] == "ok", (job, emb[job], virt[job])
        assert res["same"][job] == "yes", (job, emb[job], virt[job])
        assert virt[job]["digest"] == emb[job]["digest"] and virt[job]["rows"] == emb[job]["rows"]
    # the first page of an unfiltered query with more than a page of rows is read through graph:order on Virtuoso too:
    # it states the whole answer's total, as the embedded page does
    assert virt["page:visits"]["rows"] == 50 and virt["page:visits"]["total"] == emb["visits"]["rows"] == emb["page:visits"]["total"]
    assert list(cache.glob("graph-10000-seed0-*.nq"))  # the graph is kept for the next run
    text = out.read_text()
    assert "#### 10^4 triples" in text and "| page: visits | 50 | yes |" in text and "embedded / Virtuoso" in text


def test_spread_times_every_selective_query_over_a_sample_of_entities(tmp_path):
    from bench.run import SELECTIVE
    from bench.spread import BEGIN, END
    from bench.spread import main as spread_main

    out = tmp_path / "BENCHMARKS.md"
    out.write_text("# Benchmarks\n\nkept text\n")
    assert spread_main(["--size", "1e4", "--entities", "3", "--reps", "1", "--out", str(out)]) == 0
    text = out.read_text()
    assert "kept text" in text and text.count(BEGIN) == 1 and text.count(END) == 1
    res = json.loads((tmp_path / "BENCHMARKS-spread.json").read_text())
    assert set(res["queries"]) == set(SELECTIVE)
    for job, q in res["queries"].items():
        assert len(q["runs"]) == 3 and all(r["ms"] > 0 for r in q["runs"]), job
        assert f"| {job.split('@')[0]} ({q['param']}) | " in text
    assert not list(tmp_path.glob("graph-*.nq"))  # the generated graph is removed when not cached
    # running again replaces the section instead of adding one
    assert spread_main(["--size", "1e4", "--entities", "2", "--reps", "1", "--out", str(out)]) == 0
    assert out.read_text().count(BEGIN) == 1
