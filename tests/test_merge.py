"""Merging extracted documents into the curated sources: event identity, references, contradictions.

Each test merges hand-made extracted documents into the invented curated sources of tests/fixtures/mini
and checks the merged records (and, where it says so, the graph built from them).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from diplograph.graph.dataset import dataset_from_sources, load_ontology
from diplograph.graph.io import union_graph
from diplograph.graph.merge import merge
from diplograph.graph.sources import check_records, load_sources
from diplograph.graph.store import StoredDocument
from diplograph.model import Document, Entity, Evidence, Fact, Problem, Sources
from diplograph.namespace import DG, DGID
from diplograph.settings import Settings

VISITOR = {"visitor": ("rudolf-rassendyll",), "visitor_country": "ruritania", "host": "freedonia"}


@pytest.fixture()
def curated(mini_sources: Path) -> Sources:
    return load_sources(mini_sources)


def _doc(doc_id: str, *facts: Fact, entities: tuple[Entity, ...] = ()) -> StoredDocument:
    return StoredDocument(Document(doc_id, f"{doc_id}.txt", "0" * 64, 500, doc_id, "news", "2010"), entities, facts)


def _fact(fid: str, ftype: str, doc: str, values: dict, start: str | None = None, end: str | None = None, at: int = 0) -> Fact:
    return Fact(fid, ftype, (Evidence(doc, at, at + 20),), values, start=start, end=end, confidence=0.8)


def test_two_visits_of_one_person_to_one_country_at_different_dates_both_survive(curated: Sources) -> None:
    earlier = _fact("visit-1999-rassendyll-a1", "visit", "news-a", VISITOR, "1999-10")
    merged, report = merge(curated, [_doc("news-a", earlier)])
    visits = sorted((f.id, f.start) for f in merged.facts if f.type == "visit")
    assert visits == [("visit-1999-rassendyll-a1", "1999-10"), ("visit-2001-05-rassendyll", "2001-05-03")]
    assert report.new == ["visit-1999-rassendyll-a1"] and report.merged == {} and report.contradictions == []


def test_the_same_visit_at_another_precision_joins_the_curated_fact(curated: Sources) -> None:
    coarse = _fact("visit-2001-rassendyll-b1", "visit", "news-b", VISITOR, "2001", at=40)
    merged, report = merge(curated, [_doc("news-b", coarse)])
    (visit,) = [f for f in merged.facts if f.type == "visit"]
    assert visit.id == "visit-2001-05-rassendyll" and visit.start == "2001-05-03"  # curated id and date kept
    assert visit.docs() == ("doc1", "news-b") and Evidence("news-b", 40, 60) in visit.evidence
    assert report.merged == {"visit-2001-rassendyll-b1": "visit-2001-05-rassendyll"}


def test_two_reports_of_one_visit_become_one_fact_with_both_passages(curated: Sources) -> None:
    values = {**VISITOR, "host": "ruritania", "visitor": ("groucho",), "visitor_country": "freedonia"}
    groucho = Entity("groucho", "person", "Rufus T. Firefly")
    a = _fact("visit-2003-04-02-groucho-aaaaaa", "visit", "news-a", values, "2003-04-02", "2003-04-03", at=5)
    b = _fact("visit-2003-04-groucho-bbbbbb", "visit", "news-b", values, "2003-04", at=70)
    merged, report = merge(curated, [_doc("news-b", b, entities=(groucho,)), _doc("news-a", a, entities=(groucho,))])
    (visit,) = [f for f in merged.facts if f.type == "visit" and f.values["visitor"] == ("groucho",)]
    assert visit.evidence == (Evidence("news-a", 5, 25), Evidence("news-b", 70, 90))
    assert (visit.start, visit.end) == ("2003-04-02", "2003-04-03")  # the most precise date
    assert visit.id == "visit-2003-04-02-groucho-aaaaaa"  # the first document in id order gives the id
    assert report.merged == {"visit-2003-04-groucho-bbbbbb": visit.id}
    # built: one visit node, supported by both documents, each in its own named graph
    ds = dataset_from_sources(merged, load_ontology(Settings.discover().ontology_file), Settings.discover().rules_dir)
    g = union_graph(ds)
    node = DGID[visit.id]
    assert {str(o).rsplit("/", 1)[-1] for o in g.objects(node, URIRef("http://purl.org/dc/terms/source"))} == {"news-a", "news-b"}
    assert len(list(g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), DG.Visit))) == 2


def test_overlapping_ranges_are_one_event_but_disjoint_ones_are_two(curated: Sources) -> None:
    summit = {"name": "Seas summit", "organiser": "league-of-seas", "host": "freedonia"}
    a = _fact("summit-a", "summit", "news-a", summit, "2004-06-01", "2004-06-03")
    b = _fact("summit-b", "summit", "news-b", {**summit, "name": "Summit of the League of Seas"}, "2004-06-03", "2004-06-04")
    c = _fact("summit-c", "summit", "news-c", summit, "2005-06-02")
    merged, report = merge(curated, [_doc("news-a", a), _doc("news-b", b), _doc("news-c", c)])
    assert sorted(f.id for f in merged.facts if f.type == "summit") == ["summit-a", "summit-c"]
    assert report.merged == {"summit-b": "summit-a"}


def test_references_follow_a_fact_into_the_fact_it_merged_into(curated: Sources) -> None:
    # the extracted position duplicates the curated one; the extracted visit (another date) points at it
    position = _fact("position-rassendyll-president-x1", "position", "news-a",
                     {"person": "rudolf-rassendyll", "role": "president", "organisation": "ruritania"})
    visit = _fact("visit-2002-rassendyll-x2", "visit", "news-a", {**VISITOR, "capacity": ("position-rassendyll-president-x1",)}, "2002-02")
    meeting = _fact("meeting-2002-x3", "meeting", "news-a",
                    {"participants": ("rudolf-rassendyll", "groucho"), "capacity": ("position-rassendyll-president-x1",)}, "2002-02-03")
    groucho = Entity("groucho", "person", "Rufus T. Firefly")
    merged, report = merge(curated, [_doc("news-a", position, visit, meeting, entities=(groucho,))])
    facts = {f.id: f for f in merged.facts}
    assert "position-rassendyll-president-x1" not in facts
    assert report.merged["position-rassendyll-president-x1"] == "position-rassendyll-president"
    assert facts["visit-2002-rassendyll-x2"].values["capacity"] == ("position-rassendyll-president",)
    assert facts["meeting-2002-x3"].values["capacity"] == ("position-rassendyll-president",)
    assert check_records(merged) == []


def test_a_fact_that_does_not_fit_is_left_out_and_references_to_it_removed(curated: Sources) -> None:
    bad_position = _fact("position-x-bad", "position", "news-a", {"person": "nobody-known", "role": "president", "organisation": "ruritania"})
    visit = _fact("visit-2002-rassendyll-x2", "visit", "news-a", {**VISITOR, "capacity": ("position-x-bad",)}, "2002-02")
    merged, report = merge(curated, [_doc("news-a", bad_position, visit)])
    facts = {f.id: f for f in merged.facts}
    assert "position-x-bad" not in facts and "capacity" not in facts["visit-2002-rassendyll-x2"].values
    assert Problem("fact", "position-x-bad", "'person' refers to unknown entity 'nobody-known'") in report.problems
    assert any(p.kind == "reference" and p.id == "visit-2002-rassendyll-x2" for p in report.problems)


def test_a_contradiction_keeps_both_claims_and_prefers_the_curated_one(curated: Sources) -> None:
    base = _fact("membership-a", "membership", "news-a", {"member": "ruritania", "organisation": "league-of-seas", "role": "observer"})
    with_start = replace(curated, facts=tuple(replace(f, start="1999") if f.type == "membership" else f for f in curated.facts))
    claim = replace(base, start="2001-03")
    agrees = replace(base, id="membership-b", evidence=(Evidence("news-b", 0, 9),), start="1999-07")
    merged, report = merge(with_start, [_doc("news-a", claim), _doc("news-b", agrees)])
    (c,) = report.contradictions
    assert c.claims == ("membership-ruritania-league-of-seas", "membership-a") and c.contested == "date"
    assert c.about == ("ruritania", "league-of-seas")
    assert report.merged == {"membership-b": "membership-ruritania-league-of-seas"}  # 1999-07 fits 1999
    assert {f.id for f in merged.facts if f.type == "membership"} == {"membership-ruritania-league-of-seas", "membership-a"}
    assert merged.contradictions == (c,)
    ds = dataset_from_sources(merged, load_ontology(Settings.discover().ontology_file), Settings.discover().rules_dir)
    g = union_graph(ds)
    node = DGID[c.id]
    assert (node, DG.preferredClaim, DGID["membership-ruritania-league-of-seas"]) in g
    assert {str(o).rsplit("/", 1)[-1] for o in g.objects(node, DG.claim)} == set(c.claims)


def test_figures_disagree_on_their_value_and_the_most_supported_is_preferred(curated: Sources) -> None:
    trade = {"parties": ("freedonia", "ruritania"), "year": "2003", "currency": "USD"}
    a = _fact("trade-a", "trade-turnover", "news-a", {**trade, "amount": 100})
    b = _fact("trade-b", "trade-turnover", "news-b", {**trade, "amount": 120})
    c = _fact("trade-c", "trade-turnover", "news-c", {**trade, "amount": 120})
    merged, report = merge(curated, [_doc("news-a", a), _doc("news-b", b), _doc("news-c", c)])
    (con,) = report.contradictions
    assert con.claims == ("trade-b", "trade-a") and con.contested == "amount"
    trade_b = next(f for f in merged.facts if f.id == "trade-b")
    assert trade_b.docs() == ("news-b", "news-c")


def test_merging_is_deterministic_and_order_free(curated: Sources) -> None:
    values = {**VISITOR, "visitor": ("rudolf-rassendyll",)}
    docs = [_doc(f"news-{i}", _fact(f"visit-x{i}", "visit", f"news-{i}", values, f"199{i}")) for i in range(4)]
    one, _ = merge(curated, docs)
    two, _ = merge(curated, list(reversed(docs)))
    assert one == two


def test_a_fact_that_could_be_two_events_is_kept_apart(curated: Sources) -> None:
    values = {**VISITOR}
    a = _fact("visit-a", "visit", "news-a", values, "2006-03-01")
    b = _fact("visit-b", "visit", "news-b", values, "2006-03-20")
    vague = _fact("visit-c", "visit", "news-c", values, "2006-03")
    merged, report = merge(curated, [_doc("news-a", a), _doc("news-b", b), _doc("news-c", vague)])
    assert {"visit-a", "visit-b", "visit-c"} <= {f.id for f in merged.facts}
    assert any(p.kind == "ambiguous" and p.id == "visit-c" for p in report.problems)


def test_a_second_report_adds_what_the_first_left_out_but_curated_values_never_change(curated: Sources) -> None:
    values = {**VISITOR, "host": "ruritania", "visitor": ("groucho",), "visitor_country": "freedonia"}
    groucho = Entity("groucho", "person", "Rufus T. Firefly")
    a = _fact("visit-a", "visit", "news-a", values, "2003-04-02")
    b = _fact("visit-b", "visit", "news-b", {**values, "kind": "state", "purpose": "trade talks"}, "2003-04-02")
    c = _fact("visit-c", "visit", "news-c", {**VISITOR, "kind": "working", "purpose": "a summit"}, "2001-05")
    merged, report = merge(curated, [_doc("news-a", a, entities=(groucho,)), _doc("news-b", b, entities=(groucho,)), _doc("news-c", c)])
    facts = {f.id: f for f in merged.facts}
    assert (facts["visit-a"].values["kind"], facts["visit-a"].values["purpose"]) == ("state", "trade talks")
    curated_visit = facts["visit-2001-05-rassendyll"]
    assert curated_visit.values == next(f for f in curated.facts if f.id == curated_visit.id).values  # still "official", no purpose
    assert curated_visit.docs() == ("doc1", "news-c")
