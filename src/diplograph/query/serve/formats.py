"""Content negotiation and the answer formats of the endpoint.

Results (SELECT, ASK): SPARQL JSON, XML, CSV and TSV. Graphs (CONSTRUCT, DESCRIBE): Turtle with the
project's prefixes, N-Triples, JSON-LD and RDF/XML. ``Accept`` is read with its ``q`` values; nothing
acceptable gives ``None`` (the caller answers 406).

>>> choose("application/sparql-results+xml;q=0.9, text/csv", "SELECT")
'text/csv'
>>> choose("text/html", "SELECT") is None
True
>>> choose("", "CONSTRUCT")
'text/turtle'
>>> choose("application/*", "SELECT")
'application/sparql-results+json'
"""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, Literal, URIRef

from ..results import Result, term_from_json, to_csv, to_tsv

__all__ = ["RESULT_TYPES", "GRAPH_TYPES", "parse_accept", "choose", "acceptable_for_any", "render", "to_xml", "result_from_json"]

#: Media types of results, the first the default.
RESULT_TYPES = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values")
#: Media types of graphs, the first the default.
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")
#: Other names clients send for the same formats.
ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples",
    "application/x-turtle": "text/turtle",
    "application/json+ld": "application/ld+json",
}
_RDF_ALIASES = {"application/xml": "application/rdf+xml", "text/xml": "application/rdf+xml", "application/json": "application/ld+json"}


def parse_accept(header: str) -> list[tuple[str, float]]:
    """``(media type, q)`` pairs of an Accept header, best first (ties in the header's order)."""
    items = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        mime = fields[0].lower()
        if not mime:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        items.append((mime, q, i))
    items.sort(key=lambda t: (-t[1], t[2]))
    return [(m, q) for m, q, _ in items if q > 0]


def choose(accept: str, form: str) -> str | None:
    """The media type to answer ``form`` with, or ``None`` when the client accepts none we give."""
    offered = GRAPH_TYPES if form in ("CONSTRUCT", "DESCRIBE") else RESULT_TYPES
    aliases = {**ALIASES, **_RDF_ALIASES} if form in ("CONSTRUCT", "DESCRIBE") else ALIASES
    wanted = parse_accept(accept) if accept.strip() else [("*/*", 1.0)]
    for mime, _ in wanted:
        mime = aliases.get(mime, mime)
        if mime in offered:
            return mime
        if mime == "*/*":
            return offered[0]
        if mime.endswith("/*"):
            major = mime[:-1]
            for candidate in offered:
                if candidate.startswith(major):
                    return candidate
    return None


def acceptable_for_any(accept: str) -> bool:
    """Whether some query form could be answered in a format the client accepts."""
    return any(choose(accept, form) for form in ("SELECT", "CONSTRUCT"))


def result_from_json(body: str) -> Result:
    """A :class:`Result` back from SPARQL JSON."""
    data = json.loads(body)
    if "boolean" in data:
        return Result(form="ASK", boolean=bool(data["boolean"]))
    names = data["head"]["vars"]
    rows = [{n: (term_from_json(b[n]) if n in b else None) for n in names} for b in data["results"]["bindings"]]
    return Result(form="SELECT", vars=names, rows=rows)


def _xml_term(term: Any) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    assert isinstance(term, Literal)
    attrs = ""
    if term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype is not None:
        attrs = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attrs}>{escape(str(term))}</literal>"


def to_xml(result: Result) -> str:
    """SPARQL 1.1 Query Results XML."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.form == "ASK":
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.vars) + "</head>")
    out.append("<results>")
    for row in result.rows:
        cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in row.items() if t is not None)
        out.append(f"<result>{cells}</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def render(answer: dict[str, Any], mime: str) -> str:
    """The worker's answer (SPARQL JSON, or N-Triples for a graph) in ``mime``."""
    if mime in GRAPH_TYPES:
        if mime == "application/n-triples":
            return str(answer["body"])
        from ...graph.io import serialize_turtle  # the project's prefixes

        g = Graph()
        g.parse(data=answer["body"], format="nt")
        if mime == "text/turtle":
            return serialize_turtle(g)
        from ...namespace import PREFIXES

        if mime == "application/ld+json":
            return g.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns, override=True, replace=True)
        return g.serialize(format="xml")
    if mime == "application/sparql-results+json":
        return str(answer["body"])
    result = result_from_json(answer["body"])
    if mime == "application/sparql-results+xml":
        return to_xml(result)
    if mime == "text/csv":
        return to_csv(result)
    return to_tsv(result)
