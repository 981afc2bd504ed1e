"""Summary figures of a graph: instances per class, triples per direct relation, documents, dates covered.

>>> from rdflib import Graph
>>> graph_stats(Graph()).triples
0
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from ..namespace import DG

__all__ = ["Stats", "graph_stats"]

_CLASS_COUNTS = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?class . FILTER (STRSTARTS(STR(?class), STR(dg:)))
  FILTER NOT EXISTS { ?class rdfs:subClassOf skos:Concept }
} GROUP BY ?class ORDER BY ?class
"""

_DATES = """
PREFIX schema: <https://schema.org/>
SELECT (MIN(STR(?d)) AS ?first) (MAX(STR(?d)) AS ?last) (COUNT(DISTINCT ?e) AS ?dated) WHERE {
  ?e schema:startDate|schema:endDate ?d .
}
"""

_FACTS = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a ?c . ?c rdfs:subClassOf* dg:Fact . }
"""

_DOCS = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?doc ?title (STR(?issued) AS ?published) (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
  ?doc a dg:SourceDocument ; dcterms:title ?title ; dcterms:issued ?issued .
  OPTIONAL { ?fact dcterms:source ?doc }
} GROUP BY ?doc ?title ?issued ORDER BY ?doc
"""


@dataclass
class Stats:
    """What :func:`graph_stats` counts."""

    triples: int = 0
    classes: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    documents: list[tuple[str, str, str, int]] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None
    dated_facts: int = 0
    facts: int = 0


def _int(value: Any) -> int:
    return int(value.toPython()) if value is not None else 0


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1]


def graph_stats(graph: Graph) -> Stats:
    """Count what the graph holds (class and relation names are local names of the dg: namespace)."""
    stats = Stats(triples=len(graph))
    row: Any
    for row in graph.query(_CLASS_COUNTS):
        stats.classes[_local(row[0])] = _int(row[1])
    relations = sorted(r for r in set(graph.subjects(RDFS.subPropertyOf, DG.directRelation)) if isinstance(r, URIRef))
    for rel in relations:
        stats.relations[_local(rel)] = sum(1 for _ in graph.triples((None, rel, None)))
    for row in graph.query(_DOCS):
        doc, title, published, facts = row
        stats.documents.append((str(doc).rsplit("/", 1)[-1], str(title), str(published), _int(facts)))
    for row in graph.query(_FACTS):
        stats.facts = _int(row[0])
    for row in graph.query(_DATES):
        first, last, dated = row
        stats.first_date = str(first) if first is not None else None
        stats.last_date = str(last) if last is not None else None
        stats.dated_facts = _int(dated)
    return stats
