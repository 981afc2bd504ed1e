"""`diplograph serve`: a read-only SPARQL 1.1 Protocol endpoint that stops slow queries and refuses updates."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from diplograph.query.knowledge import KnowledgeGraph
from diplograph.query.serve import ServeConfig, serve_in_thread, start_endpoint

pytestmark = pytest.mark.endpoint

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def endpoint(sample_dataset, tmp_path_factory):
    graph = tmp_path_factory.mktemp("served") / "diplograph.trig"
    sample_dataset.serialize(graph, format="trig")
    server, ep = start_endpoint(graph, port=0, config=ServeConfig(timeout=1.0, max_rows=500, workers=2), quiet=True)
    serve_in_thread(server)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        ep.close()


def request(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data.encode() if data is not None else None, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.headers.get("Content-Type"), resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type"), exc.read().decode()


def test_binds_to_loopback_by_default(endpoint):
    assert endpoint.startswith("http://127.0.0.1:")


def test_get_and_post_queries_answer_sparql_json(endpoint):
    q = "ASK { ?s a <https://w3id.org/diplograph/ontology#Visit> }"
    status, ctype, body = request(f"{endpoint}/query?query={urllib.parse.quote(q)}")
    assert (status, ctype, json.loads(body)) == (200, "application/sparql-results+json", {"head": {}, "boolean": True})
    status, _, body = request(f"{endpoint}/sparql", urllib.parse.urlencode({"query": "SELECT ?x WHERE { BIND(1 AS ?x) }"}),
                              {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert (status, body) == (200, "x\r\n1\r\n")


def test_named_queries_through_the_endpoint_match_rdflib(endpoint, sample_dataset):
    remote = KnowledgeGraph.remote(endpoint + "/query")
    local = KnowledgeGraph.load(sample_dataset)
    for name, params in [("memberships", {}), ("ambassadors", {"country": "hungary"}), ("visits", {"from": "2010"}), ("connections", {})]:
        assert remote.query(name, params).rows == local.query(name, params).rows, name


@pytest.mark.parametrize("data, headers, url", [
    ("INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }", {"Content-Type": "application/sparql-update"}, "/query"),
    ("update=" + urllib.parse.quote("DROP ALL"), {"Content-Type": "application/x-www-form-urlencoded"}, "/query"),
    ("DROP ALL", {"Content-Type": "application/sparql-query"}, "/query"),
    ("DELETE WHERE { ?s ?p ?o }", {"Content-Type": "application/sparql-query"}, "/sparql"),
])
def test_updates_are_refused(endpoint, data, headers, url):
    status, _, body = request(endpoint + url, data, headers)
    assert status == 403 and ("read-only" in body or "update" in body)
    status, _, body = request(f"{endpoint}/query?query={urllib.parse.quote('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')}")
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 1000


def test_writes_by_other_methods_are_refused(endpoint):
    assert request(endpoint + "/query", "<a:a> <a:b> <a:c> .", {"Content-Type": "text/turtle"}, method="PUT")[0] == 405


def test_a_slow_query_is_stopped_at_its_timeout_and_the_server_keeps_answering(endpoint):
    started = time.monotonic()
    status, _, body = request(endpoint + "/query", SLOW, {"Content-Type": "application/sparql-query"})
    elapsed = time.monotonic() - started
    assert status == 503 and "1 s limit" in body
    assert 0.9 < elapsed < 5
    status, _, _ = request(endpoint + "/query", "ASK {}", {"Content-Type": "application/sparql-query"})
    assert status == 200


def test_large_answers_are_refused_not_cut(endpoint):
    status, _, body = request(endpoint + "/query", "SELECT * WHERE { ?s ?p ?o }", {"Content-Type": "application/sparql-query"})
    assert status == 400 and "more than 500 rows" in body and "LIMIT" in body
    status, _, body = request(endpoint + "/query", "SELECT * WHERE { ?s ?p ?o } LIMIT 500", {"Content-Type": "application/sparql-query"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 500


def test_syntax_errors_and_construct(endpoint):
    status, _, body = request(endpoint + "/query", "SELECT * WHERE { ?s ?p }", {"Content-Type": "application/sparql-query"})
    assert status == 400 and "syntax" in body.lower()
    status, ctype, body = request(endpoint + "/query", "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 3",
                                  {"Content-Type": "application/sparql-query", "Accept": "application/n-triples"})
    assert status == 200 and ctype == "application/n-triples" and len(body.strip().splitlines()) == 3
