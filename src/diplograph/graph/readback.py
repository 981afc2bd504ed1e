"""Read the records back from a built graph: documents, entities and facts with their passages.

The inverse of :mod:`.triples` for what comparing two builds needs (``diplograph diff``): each fact with
its type, fields, dates and the passages of every document that supports it, whatever folder or file the
graph came from.

>>> from diplograph.model import Document, Entity, Evidence, Fact, Sources
>>> from diplograph.graph.triples import document_triples, entity_triples, fact_triples, graph_iri
>>> from rdflib import Dataset
>>> ds = Dataset(default_union=True)
>>> doc = Document("d1", "d1.txt", "0" * 64, 100, "t", "news", "2020")
>>> g = ds.graph(graph_iri("d1"))
>>> for t in [*document_triples(doc), *fact_triples(Fact("v", "visit", (Evidence("d1", 1, 9),), {"visitor": ("a",), "visitor_country": "x", "host": "y"}, "2020-01-02"), "d1", {})]:
...     _ = g.add(t)
>>> (f,) = sources_from_dataset(ds).facts
>>> f.id, f.type, f.values["visitor"], f.start, f.evidence
('v', 'visit', ('a',), '2020-01-02', (Evidence(doc='d1', start=1, end=9),))
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from ..model import Document, Entity, Evidence, Fact, Sources
from ..namespace import DG, DGID, DOC, SCHEMA
from .facttypes import FACT_TYPES
from .mapping import CONCEPTS, ENTITY_TYPES, Field, RecordType

__all__ = ["sources_from_dataset"]

_FACT_CLASSES = {t.cls: t for t in FACT_TYPES.values()}
_ENTITY_CLASSES = {t.cls: t for t in ENTITY_TYPES.values()}
_PASSAGE = str(DGID) + "passage/"


def _local(term: Any, ns: str = str(DGID)) -> str:
    text = str(term)
    return text[len(ns):] if text.startswith(ns) else text


def _value(f: Field, term: Any) -> Any:
    if f.kind in ("entity", "fact"):
        return _local(term)
    if f.kind == "concept":
        for key, iri in CONCEPTS[f.concepts].items():
            if iri == term:
                return key
        return str(term)
    if isinstance(term, Literal):
        if f.kind == "decimal":
            d = Decimal(str(term))
            return int(d) if d == d.to_integral_value() else float(d)
        if f.kind == "integer":
            return int(str(term))
        if f.kind == "bool":
            return term.toPython() is True or str(term) == "true"
        return str(term)
    return str(term)


def _fields(graph: Any, subject: Any, rtype: RecordType) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in rtype.fields:
        terms = sorted(graph.objects(subject, f.predicate), key=str)
        if not terms:
            continue
        items = [_value(f, t) for t in terms]
        values[f.name] = tuple(items) if f.many else items[0]
    return values


def _passage(term: Any) -> Evidence | None:
    text = str(term)
    if not text.startswith(_PASSAGE):
        return None
    doc, _, offsets = text[len(_PASSAGE):].rpartition("/")
    start, _, end = offsets.partition("-")
    try:
        return Evidence(doc, int(start), int(end))
    except ValueError:
        return None


def sources_from_dataset(ds: Dataset) -> Sources:
    """The documents, entities and facts of a built graph (contradictions are not read back)."""
    documents: dict[str, Document] = {}
    entities: dict[str, Entity] = {}
    facts: dict[str, Fact] = {}
    for s in set(ds.subjects(RDF.type, DG.SourceDocument)):
        doc_id = _local(s, str(DOC))
        documents[doc_id] = Document(
            id=doc_id, file=str(ds.value(s, DCTERMS.identifier) or ""), sha256=str(ds.value(s, DG.sha256) or ""),
            length=int(str(ds.value(s, DG.characterCount) or 0)), title=str(ds.value(s, DCTERMS.title) or ""),
            kind="news", published=str(ds.value(s, DCTERMS.issued) or ""),
        )
    for cls, rtype in _ENTITY_CLASSES.items():
        for s in set(ds.subjects(RDF.type, cls)):
            eid = _local(s)
            if eid in entities:
                continue
            label = ds.value(s, RDFS.label)
            alt = tuple(sorted(str(a) for a in ds.objects(s, SKOS.altLabel)))
            entities[eid] = Entity(eid, rtype.name, str(label or eid), alt, None, _fields(ds, s, rtype))
    for cls, rtype in _FACT_CLASSES.items():
        for s in sorted(set(ds.subjects(RDF.type, cls)), key=str):
            fid = _local(s)
            evidence = tuple(sorted({e for p in ds.objects(s, DG.evidence) if (e := _passage(p)) is not None}))
            start = ds.value(s, SCHEMA.startDate)
            end = ds.value(s, SCHEMA.endDate)
            confidence = ds.value(s, DG.confidence)
            facts[fid] = Fact(
                id=fid, type=rtype.name, evidence=evidence, values=_fields(ds, s, rtype),
                start=str(start) if start is not None else None, end=str(end) if end is not None else None,
                approximate=(s, DG.approximate, Literal(True)) in ds,
                confidence=float(str(confidence)) if confidence is not None else 1.0,
            )
    return Sources(
        documents=tuple(sorted(documents.values(), key=lambda d: d.id)),
        entities=tuple(sorted(entities.values(), key=lambda e: e.id)),
        facts=tuple(sorted(facts.values(), key=lambda f: f.id)),
    )
