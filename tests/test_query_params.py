"""Parameters are typed and bound as terms: hostile values neither break a query nor change its shape."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from diplograph.query.backends import OxigraphBackend, RdflibBackend
from diplograph.query.catalog import parse_query
from diplograph.errors import QueryError
from diplograph.query.knowledge import KnowledgeGraph
from diplograph.query.params import ParamSpec, bind_params, to_term
from diplograph.query.sparql import check_syntax, inject_values

HOSTILE = [
    '" . } DROP ALL #',
    "x' } ; DELETE WHERE { ?s ?p ?o } #",
    "a > b",
    "<http://evil/>",
    "line\nbreak\r\n",
    '"""',
    "'''",
    "\\",
    "}",
    "?s ?p ?o",
    "\u202e unicode \U0001f600",
]

LABEL_QUERY = parse_query(
    "#+ params:\n#+   name: {type: string}\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "SELECT ?thing WHERE { ?thing rdfs:label ?name }\n"
)


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    for i, label in enumerate(["Hungary", *HOSTILE]):
        g.add((URIRef(f"http://example.org/thing/{i}"), RDFS.label, Literal(label)))
    return g


@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def kg(request, graph) -> KnowledgeGraph:
    backend = RdflibBackend(graph) if request.param == "rdflib" else OxigraphBackend.from_graph(graph)
    return KnowledgeGraph(backend)


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_match_only_themselves(kg, graph, value):
    before = len(graph)
    rows = kg.query(LABEL_QUERY, name=value).to_dicts()
    assert rows == [{"thing": f"http://example.org/thing/{1 + HOSTILE.index(value)}"}]
    assert kg.query(LABEL_QUERY, name=value + " (not there)").rows == []
    assert len(graph) == before


def test_binding_works_at_all(kg):
    assert kg.query(LABEL_QUERY, name="Hungary").to_dicts() == [{"thing": "http://example.org/thing/0"}]


@pytest.mark.parametrize("value", HOSTILE)
def test_values_block_keeps_the_query_shape(value):
    text = "SELECT ?s WHERE { ?s ?p ?name . FILTER(?s != ?p) }"
    injected = inject_values(text, {"name": Literal(value)})
    assert check_syntax(injected) == "SELECT"
    # the value is one literal inside one VALUES row; what follows is the original group untouched
    assert injected.endswith(" ?s ?p ?name . FILTER(?s != ?p) }")
    from rdflib.plugins.sparql import prepareQuery

    algebra = prepareQuery(injected).algebra
    assert Literal(value) in [t for row in _values(algebra) for t in row.values()]


def _values(node):
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == "values":
            yield from node.res
        for v in node.values():
            yield from _values(v)
    elif isinstance(node, (list, tuple)):
        for v in node:
            yield from _values(v)


def test_values_go_into_the_where_group_not_the_construct_template():
    text = "CONSTRUCT { ?s <http://e/p> ?x } WHERE { ?s ?q ?x }"
    assert inject_values(text, {"x": Literal(1)}).startswith("CONSTRUCT { ?s <http://e/p> ?x } WHERE { VALUES (?x)")
    tricky = 'PREFIX e: <http://e/x#> # a { in a comment\nSELECT ?s WHERE { ?s e:p "{" }'
    out = inject_values(tricky, {"s": URIRef("http://e/a")})
    assert 'WHERE { VALUES (?s) { (<http://e/a>) }' in out and check_syntax(out) == "SELECT"


@pytest.mark.parametrize("kind, value", [
    ("entity", "hungary> } DROP ALL #"),
    ("entity", "Hungary"),
    ("iri", "http://e/a b"),
    ("iri", "http://e/a>"),
    ("iri", "not an iri"),
    ("date", "2010-02-30"),
    ("date", "yesterday"),
    ("year", "2010-01"),
    ("integer", "10; DROP"),
    ("decimal", "1e"),
    ("boolean", "yes"),
])
def test_ill_typed_values_are_refused_with_the_valid_form(kind, value):
    with pytest.raises(QueryError, match=rf"must be an? {kind} \("):
        to_term(ParamSpec("p", kind), value)


def test_typed_terms():
    assert to_term(ParamSpec("p", "entity"), "dgid:hungary") == URIRef("https://w3id.org/diplograph/id/hungary")
    assert to_term(ParamSpec("p", "date"), "2010") == Literal("2010", datatype=XSD.gYear)
    assert to_term(ParamSpec("p", "date"), "2010-12-14") == Literal("2010-12-14", datatype=XSD.date)
    assert to_term(ParamSpec("p", "integer"), "7") == Literal(7)
    assert to_term(ParamSpec("p", "boolean"), "true") == Literal(True)


def test_unknown_and_missing_parameters():
    specs = {"a": ParamSpec("a", "string"), "b": ParamSpec("b", "integer", required=True)}
    with pytest.raises(QueryError, match=r"has no parameter 'c'; its parameters are: a \(string\), b \(integer\)"):
        bind_params(specs, {"b": 1, "c": 2})
    with pytest.raises(QueryError, match="needs parameter 'b'"):
        bind_params(specs, {})
    assert bind_params(specs, {"b": "3"}) == {"b": Literal(3)}
