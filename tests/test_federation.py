"""No federation unless asked: SERVICE is refused by every backend and by `serve`, found in the parsed query.

A real listener on loopback records every contact: by default it gets none; with --allow-service it does.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from listener import Recorder

from diplograph.cli import main
from diplograph.errors import QueryError
from diplograph.query.federation import FederationError, analyse
from diplograph.query.knowledge import KnowledgeGraph


def service_query(url: str) -> str:
    return f"SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"


@pytest.fixture(scope="module")
def graphs(sample_dataset):
    return {"rdflib": KnowledgeGraph.load(sample_dataset, backend="rdflib"),
            "oxigraph": KnowledgeGraph.load(sample_dataset, backend="oxigraph")}


HIDDEN = [
    "SELECT ?s WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} LIMIT 1",
    "SELECT ?s WHERE {{ {{ SELECT ?s WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }} }}",
    "PREFIX remote: <{prefix}> SELECT ?s WHERE {{ SERVICE remote:sparql {{ ?s ?p ?o }} }}",
    "BASE <{prefix}> SELECT ?s WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("template", HIDDEN)
def test_service_is_refused_and_never_contacted(graphs, backend, template):
    with Recorder() as listener:
        text = template.format(url=listener.url, prefix=listener.prefix)
        with pytest.raises(FederationError, match="SERVICE .* refused"):
            graphs[backend].run(text)
        assert listener.requests == []


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_service_variable_and_files_are_refused(graphs, backend):
    for text in ("SELECT * WHERE { BIND(<file:///etc/passwd> AS ?x) SERVICE ?x { ?s ?p ?o } }",
                 "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }"):
        with pytest.raises(FederationError):
            graphs[backend].run(text)


def test_a_service_in_text_is_no_service():
    shape = analyse('PREFIX add: <http://e/> SELECT ?s WHERE { ?s add:p "SERVICE <http://127.0.0.1:1/>" } # SERVICE <http://x/>')
    assert shape.form == "SELECT" and shape.services == ()


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_allowed_service_is_contacted(sample_dataset, backend):
    with Recorder() as listener:
        kg = KnowledgeGraph.load(sample_dataset, backend=backend, allow_service=[listener.prefix])
        result = kg.run(service_query(listener.url))
        assert len(listener.requests) >= 1
        assert [str(r["s"]) for r in result.rows] == ["http://example.org/from-the-listener"]
        # another prefix is still refused
        other = KnowledgeGraph.load(sample_dataset, backend=backend, allow_service=["http://127.0.0.1:1/"])
        count = len(listener.requests)
        with pytest.raises(FederationError):
            other.run(service_query(listener.url))
        assert len(listener.requests) == count


def test_cli_refuses_service_from_a_file_and_allows_it_on_request(tmp_path, sample_dataset):
    graph = tmp_path / "g.trig"
    sample_dataset.serialize(graph, format="trig")
    with Recorder() as listener:
        rq = tmp_path / "remote.rq"
        rq.write_text("#+ title: Remote\n#+ description: rows of another endpoint\n" + service_query(listener.url))
        for backend in ("rdflib", "oxigraph"):
            res = CliRunner().invoke(main, ["query", str(rq), "--graph", str(graph), "--backend", backend])
            assert res.exit_code == 2 and "SERVICE" in res.output and "--allow-service" in res.output, res.output
        assert listener.requests == []
        res = CliRunner().invoke(main, ["query", str(rq), "--graph", str(graph), "--allow-service", listener.prefix, "--format", "csv"])
        assert res.exit_code == 0, res.output
        assert "from-the-listener" in res.output and len(listener.requests) == 1


def test_rdflib_from_and_from_named_give_oxigraph_rows(graphs):
    g = "https://w3id.org/diplograph/graph/"
    names = [str(r["g"]) for r in graphs["oxigraph"].run("SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g").rows]
    doc = next(n for n in names if "/doc/" in n or "document" in n or n.startswith(g)) if names else None
    assert doc, names
    queries = [
        f"SELECT (COUNT(*) AS ?n) FROM <{doc}> WHERE {{ ?s ?p ?o }}",
        f"SELECT ?g (COUNT(*) AS ?n) FROM NAMED <{doc}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
        "SELECT (COUNT(*) AS ?n) FROM <http://127.0.0.1:1/not-in-the-dataset> WHERE { ?s ?p ?o }",
    ]
    for text in queries:
        a, b = graphs["rdflib"].run(text), graphs["oxigraph"].run(text)
        assert a.rows == b.rows, text
    assert int(graphs["rdflib"].run(queries[0]).rows[0]["n"]) < int(graphs["rdflib"].run("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0]["n"])


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_dataset_clauses_never_load_a_url(graphs, backend):
    with Recorder() as listener:
        for text in (f"SELECT (COUNT(*) AS ?n) FROM <{listener.url}> WHERE {{ ?s ?p ?o }}",
                     f"SELECT (COUNT(*) AS ?n) FROM NAMED <{listener.url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
                     "SELECT (COUNT(*) AS ?n) FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"):
            assert int(graphs[backend].run(text).rows[0]["n"]) == 0, text
        assert listener.requests == []
