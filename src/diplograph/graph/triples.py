"""Turn documents, entities and facts into triples, following the table in :mod:`.mapping`.

IRIs are made from ids, never from labels, and no blank nodes are used, so the same sources always give
the same triples.

>>> entity_iri("hungary")
rdflib.term.URIRef('https://w3id.org/diplograph/id/hungary')
>>> passage_iri(Evidence("001_x", 10, 20))
rdflib.term.URIRef('https://w3id.org/diplograph/id/passage/001_x/10-20')
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator, Mapping

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from .. import dates
from .facttypes import FACT_KINDS, FACT_TYPES
from .mapping import CONCEPTS, DOCUMENT_KINDS, ENTITY_TYPES, INFERENCE_RULES, Field
from ..model import Document, Entity, Evidence, Fact
from ..namespace import DG, DGID, DOC, GRAPH, OA, SCHEMA

__all__ = [
    "Triple",
    "entity_iri",
    "fact_iri",
    "document_iri",
    "graph_iri",
    "passage_iri",
    "document_triples",
    "entity_triples",
    "fact_triples",
    "passage_triples",
    "fact_label",
    "decimal_literal",
    "ENTITIES_GRAPH",
    "ONTOLOGY_GRAPH",
    "SUMMARY_GRAPH",
]

Triple = tuple[URIRef, URIRef, URIRef | Literal]

ENTITIES_GRAPH = GRAPH["entities"]
ONTOLOGY_GRAPH = GRAPH["ontology"]
#: Names and tallies counted once over the whole graph by the rules in ``ontology/rules/summary``.
SUMMARY_GRAPH = GRAPH["summary"]
WIKIDATA = "http://www.wikidata.org/entity/"


def entity_iri(entity_id: str) -> URIRef:
    return DGID[entity_id]


def fact_iri(fact_id: str) -> URIRef:
    return DGID[fact_id]


def document_iri(doc_id: str) -> URIRef:
    return DOC[doc_id]


def graph_iri(doc_id: str) -> URIRef:
    """The named graph holding what one document says."""
    return GRAPH[doc_id]


def passage_iri(evidence: Evidence) -> URIRef:
    return DGID[f"passage/{evidence.doc}/{evidence.start}-{evidence.end}"]


def decimal_literal(value: object) -> Literal:
    """An ``xsd:decimal`` literal whose lexical form always has a decimal point, as Turtle writes it,
    so that every serialisation round-trips to the same term.

    >>> decimal_literal(35100000)
    rdflib.term.Literal('35100000.0', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    """
    text = format(Decimal(str(value)), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def _value_terms(f: Field, value: Any) -> Iterator[URIRef | Literal]:
    items = value if f.many else (value,)
    for item in items:
        if f.kind == "entity":
            yield entity_iri(str(item))
        elif f.kind == "fact":
            yield fact_iri(str(item))
        elif f.kind == "concept":
            yield CONCEPTS[f.concepts][item]
        elif f.kind == "lang":
            yield Literal(str(item), lang="en")
        elif f.kind == "text":
            yield Literal(str(item))
        elif f.kind == "bool":
            yield Literal(bool(item))
        elif f.kind == "decimal":
            yield decimal_literal(item)
        elif f.kind == "integer":
            yield Literal(int(item), datatype=XSD.integer)
        elif f.kind == "year":
            yield dates.to_literal(str(item))
        else:  # pragma: no cover - the mapping only uses the kinds above
            raise ValueError(f.kind)


def _record_triples(subject: URIRef, fields: tuple[Field, ...], values: Mapping[str, object]) -> Iterator[Triple]:
    for f in fields:
        if f.name in values:
            for term in _value_terms(f, values[f.name]):
                yield subject, f.predicate, term


def entity_triples(entity: Entity) -> Iterator[Triple]:
    s = entity_iri(entity.id)
    rtype = ENTITY_TYPES[entity.type]
    yield s, RDF.type, rtype.cls
    yield s, RDFS.label, Literal(entity.label)
    for alt in entity.alt_labels:
        yield s, SKOS.altLabel, Literal(alt)
    if entity.wikidata:
        yield s, OWL.sameAs, URIRef(WIKIDATA + entity.wikidata)
    yield from _record_triples(s, rtype.fields, entity.values)


def document_triples(doc: Document) -> Iterator[Triple]:
    s = document_iri(doc.id)
    yield s, RDF.type, DG.SourceDocument
    yield s, DCTERMS.identifier, Literal(doc.file)
    yield s, DCTERMS.title, Literal(doc.title, lang=doc.language)
    yield s, RDFS.label, Literal(doc.title, lang=doc.language)
    yield s, DG.documentKind, DOCUMENT_KINDS[doc.kind]
    yield s, DCTERMS.issued, dates.to_literal(doc.published)
    yield s, DCTERMS.language, Literal(doc.language, datatype=XSD.language)
    yield s, DG.characterCount, Literal(doc.length, datatype=XSD.nonNegativeInteger)
    yield s, DG.sha256, Literal(doc.sha256, datatype=XSD.hexBinary)
    if doc.published_note:
        yield s, SKOS.editorialNote, Literal(doc.published_note, lang="en")


def passage_triples(evidence: Evidence) -> Iterator[Triple]:
    p = passage_iri(evidence)
    sel = URIRef(f"{p}/selector")
    yield p, RDF.type, DG.Passage
    yield p, OA.hasSource, document_iri(evidence.doc)
    yield p, OA.hasSelector, sel
    yield p, RDFS.label, Literal(f"{evidence.doc} characters {evidence.start}-{evidence.end}")
    yield sel, RDF.type, OA.TextPositionSelector
    yield sel, OA.start, Literal(evidence.start, datatype=XSD.nonNegativeInteger)
    yield sel, OA.end, Literal(evidence.end, datatype=XSD.nonNegativeInteger)


def fact_triples(fact: Fact, doc_id: str, labels: Mapping[str, str]) -> Iterator[Triple]:
    """The triples of a fact as one document supports it: its own fields plus that document's passages."""
    s = fact_iri(fact.id)
    rtype = FACT_TYPES[fact.type]
    yield s, RDF.type, rtype.cls
    yield s, RDFS.label, Literal(fact_label(fact, labels), lang="en")
    yield from _record_triples(s, rtype.fields, fact.values)
    if fact.start:
        yield s, SCHEMA.startDate, dates.to_literal(fact.start)
    if fact.end:
        yield s, SCHEMA.endDate, dates.to_literal(fact.end)
    yield s, DCTERMS.source, document_iri(doc_id)
    for ev in fact.evidence:
        if ev.doc == doc_id:
            yield s, DG.evidence, passage_iri(ev)
            yield from passage_triples(ev)
    if fact.inferred:
        assert fact.inference is not None  # checked by the loader
        yield s, DG.inferredBy, INFERENCE_RULES[fact.inference]
        for name in fact.inferred:
            yield s, DG.inferredProperty, _inferred_predicate(fact, name)
    if fact.approximate:
        yield s, DG.approximate, Literal(True)
    if fact.note:
        yield s, SKOS.note, Literal(fact.note, lang="en")
    yield s, DG.confidence, decimal_literal(Decimal(str(fact.confidence)).quantize(Decimal("0.01")))


def _inferred_predicate(fact: Fact, name: str) -> URIRef:
    if name in ("date", "start"):
        return SCHEMA.startDate
    if name == "end":
        return SCHEMA.endDate
    return FACT_TYPES[fact.type].field(name).predicate


def _names(values: object, labels: Mapping[str, str]) -> str:
    items = values if isinstance(values, tuple) else (values,)
    names = [labels.get(str(i), str(i)) for i in items]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _span(fact: Fact) -> str:
    if not fact.start:
        return ""
    return f", {fact.start}" + (f" to {fact.end}" if fact.end and fact.end != fact.start else "")


def fact_label(fact: Fact, labels: Mapping[str, str]) -> str:
    """A readable English label for a fact, made from the labels of what it names.

    >>> f = Fact("v", "visit", (), {"visitor": ("a",), "host": "h", "kind": "official"}, start="2008-02-18")
    >>> fact_label(f, {"a": "Ilham Aliyev", "h": "Hungary"})
    'Official visit of Ilham Aliyev to Hungary, 2008-02-18'
    """
    kind = FACT_KINDS[fact.type]
    v = fact.values
    text = kind.label(v, lambda key: _names(v[key], labels) if key in v else "?")
    return text[0].upper() + text[1:] + (_span(fact) if kind.dated_label else "")
