"""The SPARQL 1.1 Service Description of the endpoint, answered at ``GET /query`` with no query.

>>> text = service_description("http://127.0.0.1:7878/query", "text/turtle", ["https://w3id.org/diplograph/graph/ontology"])
>>> "sd:UnionDefaultGraph" in text and "sd:SPARQL11Query" in text
True
"""

from __future__ import annotations

import re

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

__all__ = ["service_description", "SD"]

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
_FORMATS = Namespace("http://www.w3.org/ns/formats/")
#: The result and graph formats, by their W3C format IRIs.
_FORMAT_IRIS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML")
_SAFE_URL = re.compile(r"^https?://[A-Za-z0-9.\-\[\]:]+(/[A-Za-z0-9._~/\-]*)?$")


def service_description(endpoint: str, mime: str, named_graphs: list[str]) -> str:
    """The description in ``mime`` (Turtle, N-Triples, JSON-LD or RDF/XML)."""
    if not _SAFE_URL.match(endpoint):  # the Host header is the client's word: never echo odd text
        endpoint = "http://127.0.0.1/query"
    g = Graph(bind_namespaces="none")
    g.bind("sd", SD)
    g.bind("format", _FORMATS)
    service = BNode("service")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, URIRef(endpoint)))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in _FORMAT_IRIS:
        g.add((service, SD.resultFormat, _FORMATS[name]))
    dataset = BNode("dataset")
    default = BNode("default")
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    g.add((default, URIRef("http://purl.org/dc/terms/description"),
           Literal("The union of the named graphs, each triple once: ask it without FROM or GRAPH.", lang="en")))
    for i, iri in enumerate(sorted(named_graphs)):
        named = BNode(f"g{i}")
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, URIRef(iri)))
    fmt = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld", "application/rdf+xml": "xml"}[mime]
    return g.serialize(format=fmt)
