"""The order computed at build time (graph:order) and the pages read from it (diplograph.query.paging)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef

from diplograph.graph.order import ORDER_GRAPH, compute_orders, order_iri, rdflib_select, with_key
from diplograph.namespace import DG
from diplograph.query.knowledge import KnowledgeGraph

EX = "http://example.org/"


def reordered(dataset: Dataset, queries_dir: Path, bucket_size: int) -> Dataset:
    """A copy of ``dataset`` whose order has buckets of ``bucket_size`` rows."""
    out = Dataset(default_union=True)
    for quad in dataset.quads((None, None, None, None)):
        if quad[3] != ORDER_GRAPH:
            out.add(quad)
    skipped: dict[str, str] = {}
    for t in compute_orders(rdflib_select(out), queries_dir, bucket_size=bucket_size, skipped=skipped):
        out.add((*t, ORDER_GRAPH))
    assert skipped == {}
    return out


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_pages_straddling_small_buckets_are_slices(sample_dataset, settings, backend):
    """Buckets of 3 rows: pages start and end inside buckets, and a key's rows may start in the bucket before."""
    kg = KnowledgeGraph.load(reordered(sample_dataset, settings.queries_dir, 3), backend=backend)
    for name, nq in kg.catalog.items():
        if not nq.order:
            continue
        whole = kg.query(name).rows
        for size in (1, 2, 4, 5):
            for number in range(1, len(whole) // size + 3):
                page = kg.query(name, page_size=size, page=number)
                assert page.rows == whole[(number - 1) * size:number * size], (name, size, number)
                assert page.page.total == len(whole) and page.page.more == (number * size < len(whole))


def test_a_changed_query_does_not_use_the_order(sample_dataset, settings, tmp_path):
    """The order holds the digest of the text it was computed from; another text gets engine-cut pages."""
    for path in settings.queries_dir.glob("*.rq"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    visits = tmp_path / "visits.rq"
    visits.write_text(visits.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    kg = KnowledgeGraph.load(sample_dataset, queries_dir=tmp_path)
    whole = kg.query("visits").rows
    first = kg.query("visits", page_size=10)
    assert first.rows == whole[:10] and first.page.more and first.page.total is None  # LIMIT 11 OFFSET 0
    assert kg.query("ambassadors", page_size=1).page.total == len(kg.query("ambassadors"))  # unchanged: from the order


def test_an_order_is_left_out_when_rows_cannot_be_found_again(tmp_path):
    """Rows of one key apart in the order, or a row shared by two keys, give no order (the engine cuts pages)."""
    ds = Dataset(default_union=True)
    g = ds.graph(URIRef(EX + "g"))
    for fact, value in (("a", "1"), ("a", "3"), ("b", "2"), ("c", "2")):
        g.add((URIRef(EX + fact), URIRef(EX + "v"), Literal(value)))
    (tmp_path / "apart.rq").write_text("#+ order: f\nSELECT ?v ?f WHERE { ?f <http://example.org/v> ?v }\nORDER BY ?v ?f\n")
    (tmp_path / "shared.rq").write_text("#+ order: f\nSELECT DISTINCT ?v WHERE { ?f <http://example.org/v> ?v }\nORDER BY ?v\n")
    (tmp_path / "fine.rq").write_text("#+ order: f\nSELECT ?f (MIN(?v) AS ?m) WHERE { ?f <http://example.org/v> ?v }\nGROUP BY ?f\nORDER BY ?m ?f\n")
    skipped: dict[str, str] = {}
    triples = compute_orders(rdflib_select(ds), tmp_path, bucket_size=2, skipped=skipped)
    assert set(skipped) == {"apart", "shared"}
    assert "next to each other" in skipped["apart"] and "more than one f" in skipped["shared"]
    assert (order_iri("fine"), DG.rows, Literal(3)) in triples
    buckets = {str(s).rsplit("/", 1)[-1]: str(o).rsplit("/", 1)[-1] for s, p, o in triples if p == DG.orderBucket}
    assert buckets == {"a": "0", "b": "0", "c": "1"}  # rows a(1) b(2) | c(2)


def test_with_key_adds_the_key_to_the_projection_once():
    text = "SELECT DISTINCT ?x ?y WHERE { ?k ?p ?x }"
    assert with_key(text, "k") == ("SELECT DISTINCT ?k ?x ?y WHERE { ?k ?p ?x }", True)
    assert with_key(text, "x") == (text, False)
    assert with_key("SELECT (COUNT(?k) AS ?n) WHERE { ?k ?p ?o }", "n")[1] is True


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_pages_of_one_entity_from_its_order(sample_dataset, settings, backend):
    """Buckets of 3 rows per entity: every page of an entity's answer is the slice of that answer and states its total;
    two parameters at once get engine-cut pages."""
    kg = KnowledgeGraph.load(reordered(sample_dataset, settings.queries_dir, 3), backend=backend)
    checked = 0
    for name, params in [("visits", {"country": "hungary"}), ("visits", {"person": "ilham-aliyev"}), ("people", {"country": "azerbaijan"}),
                         ("milestones", {"country": "hungary"}), ("agreements", {"country": "hungary"})]:
        whole = kg.query(name, params).rows
        assert len(whole) > 2, (name, params)
        for size in (1, 2, 4):
            for number in range(1, len(whole) // size + 3):
                page = kg.query(name, params, page_size=size, page=number)
                assert page.rows == whole[(number - 1) * size:number * size], (name, params, size, number)
                assert page.page.total == len(whole)
                checked += 1
    assert checked > 50
    both = kg.query("visits", {"country": "hungary", "person": "ilham-aliyev"}, page_size=1)
    assert both.page.total is None or not both.page.more
