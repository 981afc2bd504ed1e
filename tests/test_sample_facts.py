"""Specific facts of the sample corpus, asked of the built graph in SPARQL, and the passages behind them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from diplograph.graph.sources import check_corpus, load_sources

PREFIXES = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX dgid: <https://w3id.org/diplograph/id/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def ask(graph, query: str) -> bool:
    return bool(graph.query(PREFIXES + query).askAnswer)


def rows(graph, query: str) -> list[tuple]:
    return [tuple(r) for r in graph.query(PREFIXES + query)]


def test_hungary_is_observer_and_azerbaijan_member_of_the_ots(sample_graph):
    assert ask(sample_graph, """ASK {
        ?m a dg:Membership ; org:member dgid:hungary ; org:organization ?ots ; org:role dg:Observer .
        ?ots rdfs:label "Organization of Turkic States" .
        dgid:hungary dg:observerOf ?ots . dgid:azerbaijan dg:memberOf ?ots .
        FILTER NOT EXISTS { dgid:hungary dg:memberOf ?ots }
    }""")


def test_ots_former_names_are_one_organisation_with_its_renaming(sample_graph):
    found = rows(sample_graph, """SELECT ?alt WHERE { ?ots rdfs:label "Organization of Turkic States" ; skos:altLabel ?alt }""")
    alts = {str(a[0]) for a in found}
    assert "Turkic Council" in alts
    assert any(a.lower().startswith("cooperation council of turkic") for a in alts)
    assert ask(sample_graph, """ASK { ?r a dg:Renaming ; dg:renamedOrganisation ?ots ; dg:newName "Organization of Turkic States" .
                                     ?ots rdfs:label "Organization of Turkic States" }""")


def test_strategic_partnership_declaration_of_2014_11_11(sample_graph):
    found = rows(sample_graph, """SELECT DISTINCT ?signing ?doc WHERE {
        ?signing a dg:Signing ; schema:startDate "2014-11-11"^^xsd:date ; dg:instrument ?i ;
                 dg:party dgid:azerbaijan , dgid:hungary ; dcterms:source ?doc .
        ?i rdfs:label ?title . FILTER (CONTAINS(LCASE(?title), "strategic partnership"))
    }""")
    signings = {r[0] for r in found}
    assert len(signings) == 1, "one signing event, supported by several documents"
    assert len({r[1] for r in found}) >= 3
    assert ask(sample_graph, "ASK { dgid:azerbaijan dg:strategicPartnerOf dgid:hungary . dgid:hungary dg:strategicPartnerOf dgid:azerbaijan }")


def test_ilham_aliyev_official_visit_of_18_19_february_2008(sample_graph):
    found = rows(sample_graph, """SELECT ?v ?host WHERE {
        ?v a dg:Visit ; dg:visitor ?p ; dg:hostCountry ?host ; dg:visitKind dg:OfficialVisit ;
           schema:startDate "2008-02-18"^^xsd:date ; schema:endDate "2008-02-19"^^xsd:date .
        ?p rdfs:label "Ilham Aliyev" .
    }""")
    assert len(found) == 1
    assert found[0][1] == URIRef("https://w3id.org/diplograph/id/hungary")


def test_zsolt_cutora_ambassador_of_hungary_to_azerbaijan_since_2010_12_14(sample_graph):
    assert ask(sample_graph, """ASK {
        ?pos a dg:Position ; org:member ?p ; org:role dg:Ambassador ; org:organization dgid:hungary ;
             dg:accreditedTo dgid:azerbaijan ; schema:startDate "2010-12-14"^^xsd:date .
        ?p rdfs:label "Zsolt Cutora" ; dg:ambassadorTo dgid:azerbaijan .
    }""")


def test_gyongyos_and_shusha_are_sister_cities(sample_graph):
    assert ask(sample_graph, """ASK {
        ?a rdfs:label "Gyöngyös" . ?b rdfs:label "Shusha" .
        ?a dg:sisterCityOf ?b . ?b dg:sisterCityOf ?a .
        ?t a dg:Twinning ; dg:party ?a , ?b .
    }""")


def test_trade_turnover_35_1_million_usd_in_2021(sample_graph):
    found = rows(sample_graph, """SELECT ?value ?currency WHERE {
        ?t a dg:TradeTurnover ; dg:party dgid:azerbaijan , dgid:hungary ; dg:referenceYear "2021"^^xsd:gYear ;
           schema:value ?value ; schema:currency ?currency .
    }""")
    assert [(r[0].toPython(), str(r[1])) for r in found] == [(Decimal("35100000"), "USD")]


def test_recognition_and_diplomatic_relations(sample_graph):
    assert ask(sample_graph, """ASK {
        ?r a dg:Recognition ; dg:recognizingState dgid:hungary ; dg:recognizedState dgid:azerbaijan ; schema:startDate "1991-12-26"^^xsd:date .
        ?e a dg:DiplomaticRelationsEstablishment ; dg:party dgid:hungary , dgid:azerbaijan ; schema:startDate "1992-11-27"^^xsd:date .
        dgid:hungary dg:recognized dgid:azerbaijan ; dg:hasDiplomaticRelationsWith dgid:azerbaijan .
    }""")


def test_embassies(sample_graph):
    assert ask(sample_graph, """ASK {
        ?o a dg:EmbassyOpening ; dg:mission ?m ; schema:startDate "2004-09"^^xsd:gYearMonth .
        ?m dg:sentBy dgid:azerbaijan ; dg:accreditedTo dgid:hungary .
        dgid:azerbaijan dg:hasEmbassyIn dgid:hungary . dgid:hungary dg:hasEmbassyIn dgid:azerbaijan .
    }""")


def test_spelling_variants_resolve_to_one_person(sample_graph):
    for label, variants in (("Péter Szijjártó", {"Peter Siyarto", "Peter Sijjarto"}), ("Viktor Orbán", {"Viktor Orban"})):
        found = rows(sample_graph, f"""SELECT ?alt WHERE {{ ?p a dg:Person ; rdfs:label "{label}" ; skos:altLabel ?alt }}""")
        assert variants <= {str(r[0]) for r in found}, label
        assert len(rows(sample_graph, f'SELECT ?p WHERE {{ ?p a dg:Person ; rdfs:label "{label}" }}')) == 1


def test_over_40_dated_visits_and_all_five_documents_cited(sample_graph):
    visits = rows(sample_graph, "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?v a dg:Visit ; schema:startDate ?d }")
    assert int(visits[0][0]) > 40
    docs = rows(sample_graph, "SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?f dcterms:source ?doc . ?doc a dg:SourceDocument }")
    assert int(docs[0][0]) == 5


def test_inferred_visit_direction_is_marked(sample_graph):
    found = rows(sample_graph, """SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE {
        ?v a dg:Visit ; dg:inferredBy dg:BilateralListRule ; dg:inferredProperty dg:hostCountry }""")
    assert int(found[0][0]) > 20


def test_every_fact_has_a_passage_inside_its_document(sample_graph):
    bad = rows(sample_graph, """SELECT ?f WHERE {
        ?f dg:evidence ?p . ?p oa:hasSource ?doc ; oa:hasSelector ?s . ?s oa:end ?end . ?doc dg:characterCount ?len .
        FILTER (?end > ?len) }""")
    assert bad == []
    unsupported = rows(sample_graph, """SELECT ?f WHERE { ?f a ?c . ?c rdfs:subClassOf* dg:Fact . FILTER NOT EXISTS { ?f dg:evidence ?p } }""")
    assert unsupported == []


def test_every_passage_names_the_subject_or_object_of_its_fact(settings, corpus_dir):
    assert check_corpus(load_sources(settings.sources_dir), corpus_dir) == []


def test_sample_graph_validates(sample_graph, settings):
    from diplograph.graph.validate import load_shapes, validate_graph

    report = validate_graph(sample_graph, load_shapes(settings.shapes_file))
    assert report.violations == []
