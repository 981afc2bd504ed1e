"""The ontology parses, documents every term, and stays in sync with the code and the rules."""

from __future__ import annotations

import re

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from diplograph.graph.dataset import load_ontology
from diplograph.graph.facttypes import FACT_TYPES
from diplograph.graph.mapping import CONCEPTS, DOCUMENT_KINDS, ENTITY_TYPES, INFERENCE_RULES
from diplograph.namespace import DG
from diplograph.graph.rules import load_rules

NS = str(DG._NS)


def dg_terms(g: Graph) -> set[str]:
    return {str(s)[len(NS):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_ontology_parses_with_version_iri(settings):
    g = load_ontology(settings.ontology_file)
    onto = URIRef("https://w3id.org/diplograph/ontology")
    assert (onto, RDF.type, OWL.Ontology) in g
    version = g.value(onto, OWL.versionIRI)
    assert version is not None and str(version).startswith(str(onto) + "/")


def test_every_term_has_label_and_comment(settings):
    g = load_ontology(settings.ontology_file)
    missing = [t for t in sorted(dg_terms(g)) if g.value(DG._NS[t], RDFS.label) is None or g.value(DG._NS[t], RDFS.comment) is None]
    assert missing == []


def test_code_namespace_matches_ontology(settings):
    g = load_ontology(settings.ontology_file)
    declared = set(DG.__annotations__)
    assert declared == dg_terms(g)


def test_mapping_uses_declared_terms_and_classes(settings):
    g = load_ontology(settings.ontology_file)
    classes = set(g.subjects(RDF.type, OWL.Class))
    for rtype in (*ENTITY_TYPES.values(), *FACT_TYPES.values()):
        assert rtype.cls in classes, rtype.name
        for f in rtype.fields:
            if str(f.predicate).startswith(NS):
                assert (f.predicate, RDF.type, None) in g, f.predicate
    for table in (*CONCEPTS.values(), DOCUMENT_KINDS, INFERENCE_RULES):
        for iri in table.values():
            if str(iri).startswith(NS):
                assert (iri, RDF.type, OWL.NamedIndividual) in g, iri


def test_every_direct_relation_has_a_rule_and_rules_only_make_them(settings):
    g = load_ontology(settings.ontology_file)
    direct = {str(p) for p in g.subjects(RDFS.subPropertyOf, DG.directRelation)}
    produced: set[str] = set()
    for rule in load_rules(settings.rules_dir):
        template = rule.text.split("WHERE", 1)[0].split("CONSTRUCT", 1)[1]
        for local in re.findall(r"dg:(\w+)", template):
            produced.add(NS + local)
    assert direct <= produced, sorted(direct - produced)
    assert produced <= direct | {str(DG.attestedOn)}, sorted(produced - direct)


def test_symmetric_relations_are_materialised_both_ways(sample_graph):
    g = sample_graph
    for prop in g.subjects(RDF.type, OWL.SymmetricProperty):
        for s, o in g.subject_objects(prop):
            assert (o, prop, s) in g, (s, prop, o)
