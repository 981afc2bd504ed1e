"""`diplograph serve`: the SPARQL 1.1 Protocol on waitress, bounded requests, a worker pool that heals,
every result and graph format, the service description, the editor, and no SERVICE unless allowed."""

from __future__ import annotations

import json
import os
import signal
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.dom.minidom

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from listener import Recorder

from diplograph.query.knowledge import KnowledgeGraph
from diplograph.query.serve import ServeConfig, serve_in_thread, start_endpoint

pytestmark = pytest.mark.endpoint

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
VISIT = "https://w3id.org/diplograph/ontology#Visit"
SD = "http://www.w3.org/ns/sparql-service-description#"


def _start(graph, views=None, **config):
    server, ep = start_endpoint(graph, port=0, config=ServeConfig(**config), views=views, quiet=True)
    serve_in_thread(server)
    return server, ep, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def graph_file(sample_dataset, tmp_path_factory):
    graph = tmp_path_factory.mktemp("served") / "diplograph.trig"
    sample_dataset.serialize(graph, format="trig")
    return graph


@pytest.fixture(scope="module")
def served(graph_file, tmp_path_factory):
    views = tmp_path_factory.mktemp("views")
    (views / "index.html").write_text("<!DOCTYPE html><title>views</title><p>the network view</p>")
    server, ep, url = _start(graph_file, views=views, timeout=1.0, max_rows=500, max_bytes=200_000, workers=2, idle_timeout=2)
    try:
        yield url, ep
    finally:
        server.shutdown()
        ep.close()


@pytest.fixture(scope="module")
def endpoint(served):
    return served[0]


def request(url, data=None, headers=None, method=None):
    body = data.encode() if isinstance(data, str) else data
    req = urllib.request.Request(url, data=body, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.headers.get("Content-Type"), resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type"), exc.read().decode()


def get(endpoint, query, accept=None, path="/query"):
    return request(f"{endpoint}{path}?query={urllib.parse.quote(query)}", headers={"Accept": accept} if accept else {})


def raw(endpoint, data: bytes, wait=10.0) -> bytes:
    port = int(endpoint.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(data)
        out = b""
        while True:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                return out + b"<timeout>"
            except ConnectionResetError:
                return out + b"<reset>"
            if not chunk:
                return out
            out += chunk


def test_binds_to_loopback_by_default(endpoint):
    assert endpoint.startswith("http://127.0.0.1:")


def test_get_and_post_queries_answer_sparql_json(endpoint):
    status, ctype, body = get(endpoint, f"ASK {{ ?s a <{VISIT}> }}")
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
    ("PREFIX add: <http://e/> INSERT DATA { add:a add:b add:c }", {"Content-Type": "application/sparql-query"}, "/query"),
])
def test_updates_are_refused(endpoint, data, headers, url):
    status, _, body = request(endpoint + url, data, headers)
    assert status == 403 and ("read-only" in body or "update" in body)
    status, _, body = get(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 1000


def test_query_form_comes_from_the_parser(endpoint):
    status, _, body = get(endpoint, "PREFIX add: <http://e/> PREFIX drop: <http://f/> SELECT ?x WHERE { BIND(add:x AS ?x) }", "text/csv")
    assert (status, body) == (200, "x\r\nhttp://e/x\r\n")


def test_writes_by_other_methods_are_refused(endpoint):
    assert request(endpoint + "/query", "<a:a> <a:b> <a:c> .", {"Content-Type": "text/turtle"}, method="PUT")[0] == 405
    assert request(endpoint + "/query", None, method="DELETE")[0] == 405


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


def test_a_huge_row_is_refused_by_bytes(endpoint):
    # one row of ~1 MB: within --max-rows, beyond --max-bytes (200 kB here)
    text = 'SELECT ?big WHERE { BIND(CONCAT(' + ", ".join(['"' + "x" * 1000 + '"'] * 10) + ') AS ?a) ' \
           'BIND(CONCAT(?a, ?a, ?a, ?a, ?a, ?a, ?a, ?a, ?a, ?a) AS ?b) BIND(CONCAT(?b, ?b, ?b, ?b, ?b, ?b, ?b, ?b, ?b, ?b) AS ?big) }'
    status, _, body = request(endpoint + "/query", text, {"Content-Type": "application/sparql-query"})
    assert status == 400 and "200000 bytes" in body


def test_syntax_errors_and_construct(endpoint):
    status, _, body = request(endpoint + "/query", "SELECT * WHERE { ?s ?p }", {"Content-Type": "application/sparql-query"})
    assert status == 400 and "syntax" in body.lower()
    status, ctype, body = request(endpoint + "/query", "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 3",
                                  {"Content-Type": "application/sparql-query", "Accept": "application/n-triples"})
    assert status == 200 and ctype == "application/n-triples" and len(body.strip().splitlines()) == 3


# --- formats and negotiation ---------------------------------------------------------------------------

SELECT = f"SELECT ?v ?label WHERE {{ ?v a <{VISIT}> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }} ORDER BY ?v LIMIT 3"
CONSTRUCT = f"CONSTRUCT {{ ?v a <{VISIT}> }} WHERE {{ ?v a <{VISIT}> }} ORDER BY ?v LIMIT 4"


@pytest.mark.parametrize("accept, ctype", [
    ("application/sparql-results+xml", "application/sparql-results+xml; charset=utf-8"),
    ("application/xml", "application/sparql-results+xml; charset=utf-8"),
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("text/csv", "text/csv; charset=utf-8"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
    ("text/html;q=0.9, application/sparql-results+xml", "application/sparql-results+xml; charset=utf-8"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_in_every_results_format(endpoint, accept, ctype):
    status, got, body = get(endpoint, SELECT, accept)
    assert (status, got) == (200, ctype)
    if "xml" in ctype:
        doc = xml.dom.minidom.parseString(body)
        assert len(doc.getElementsByTagName("result")) == 3
        assert [v.getAttribute("name") for v in doc.getElementsByTagName("variable")] == ["v", "label"]
    elif "json" in ctype:
        assert len(json.loads(body)["results"]["bindings"]) == 3
    else:
        assert len(body.strip().splitlines()) == 4


def test_ask_as_xml(endpoint):
    status, _, body = get(endpoint, f"ASK {{ ?s a <{VISIT}> }}", "application/sparql-results+xml")
    assert status == 200 and xml.dom.minidom.parseString(body).getElementsByTagName("boolean")[0].firstChild.data == "true"


@pytest.mark.parametrize("accept, fmt", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
])
def test_construct_in_every_graph_format(endpoint, accept, fmt):
    status, ctype, body = get(endpoint, CONSTRUCT, accept)
    assert status == 200 and ctype.startswith(accept)
    g = Graph().parse(data=body, format=fmt)
    assert len(g) == 4 and all(o == URIRef(VISIT) for o in g.objects(None, RDF.type))


def test_turtle_uses_the_project_prefixes(endpoint):
    _, _, body = get(endpoint, CONSTRUCT, "text/turtle")
    assert "@prefix dg: <https://w3id.org/diplograph/ontology#>" in body and "ns1:" not in body and "dg:Visit" in body


@pytest.mark.parametrize("query, accept", [(SELECT, "image/png"), (CONSTRUCT, "text/csv"), (SELECT, "text/turtle")])
def test_what_we_cannot_give_is_406(endpoint, query, accept):
    status, _, body = get(endpoint, query, accept)
    assert status == 406 and ("results are given as" in body or "graphs are given as" in body)


def test_service_description_at_get_query(endpoint):
    status, ctype, body = request(endpoint + "/query")
    assert status == 200 and ctype.startswith("text/turtle")
    g = Graph().parse(data=body, format="turtle")
    service = next(g.subjects(RDF.type, URIRef(SD + "Service")))
    assert (service, URIRef(SD + "endpoint"), URIRef(endpoint + "/query")) in g
    assert (service, URIRef(SD + "supportedLanguage"), URIRef(SD + "SPARQL11Query")) in g
    assert len(list(g.objects(None, URIRef(SD + "name")))) >= 3  # the named graphs
    status, ctype, body = request(endpoint + "/query", headers={"Accept": "application/rdf+xml"})
    assert status == 200 and len(Graph().parse(data=body, format="xml")) == len(g)


# --- protocol edge cases --------------------------------------------------------------------------------

def test_duplicated_query_parameter_is_400(endpoint):
    q = urllib.parse.quote("ASK {}")
    status, _, body = request(f"{endpoint}/query?query={q}&query={q}")
    assert status == 400 and "2 'query' parameters" in body
    status, _, _ = request(f"{endpoint}/query?query={q}", f"query={q}", {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400
    status, _, _ = request(f"{endpoint}/query?query={q}", "ASK {}", {"Content-Type": "application/sparql-query"})
    assert status == 400


def test_invalid_utf8_is_400(endpoint):
    status, _, body = request(f"{endpoint}/query?query=ASK%20%7B%7D%FF")
    assert status == 400 and "UTF-8" in body
    status, _, body = request(f"{endpoint}/query", b"ASK { FILTER(\"\xff\" = \"a\") }", {"Content-Type": "application/sparql-query"})
    assert status == 400 and "UTF-8" in body
    status, _, body = request(f"{endpoint}/query", b"query=ASK%7B%7D%C3", {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400 and "UTF-8" in body


def test_unicode_queries_work(endpoint):
    status, _, body = get(endpoint, 'SELECT ?x WHERE { BIND("Türkiye – Қазақстан" AS ?x) }', "text/csv")
    assert (status, body) == (200, "x\r\nTürkiye – Қазақстан\r\n")


@pytest.mark.parametrize("length", [b"-1", b"abc", b"1e3", b"+5"])
def test_bad_content_length_is_400(endpoint, length):
    reply = raw(endpoint, b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: " + length + b"\r\n\r\nASK {}")
    assert reply.startswith(b"HTTP/1.1 400"), reply[:200]


def test_bodies_and_headers_are_bounded(endpoint):
    reply = raw(endpoint, b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 200000000\r\n\r\nASK {}")
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    chunked = b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n"
    reply = raw(endpoint, chunked + (b"40000\r\n" + b"#" * 0x40000 + b"\r\n") * 5)  # 1.3 MB in chunks, never ended
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    reply = raw(endpoint, b"GET /query HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 40_000 + b"\r\n\r\n")
    assert b" 431 " in reply[:20], reply[:200]


def test_idle_connections_are_closed(endpoint):
    started = time.monotonic()
    reply = raw(endpoint, b"GET /query HTTP/1.1\r\nHost: x\r\n", wait=30)  # headers never finished
    assert reply == b"" and time.monotonic() - started < 15


def test_head_answers_like_get_without_a_body(endpoint):
    q = urllib.parse.quote(SELECT)
    reply = raw(endpoint, f"HEAD /query?query={q} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    head, _, rest = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") and rest == b""
    status, _, body = get(endpoint, SELECT)
    assert f"Content-Length: {len(body.encode())}".encode() in head
    reply = raw(endpoint, b"HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 200") and reply.endswith(b"\r\n\r\n")


def test_many_connections_at_once_are_not_reset(endpoint):
    socks = []
    try:
        port = int(endpoint.rsplit(":", 1)[1])
        for _ in range(100):
            socks.append(socket.create_connection(("127.0.0.1", port), timeout=20))
        q = urllib.parse.quote("ASK {}")
        for s in socks:
            s.sendall(f"GET /query?query={q} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        replies = []
        for s in socks:
            data = b""
            while chunk := s.recv(65536):
                data += chunk
            replies.append(data)
        assert all(r.startswith(b"HTTP/1.1 200") for r in replies)
    finally:
        for s in socks:
            s.close()


def test_a_killed_worker_is_replaced_without_failing_a_request(served):
    url, ep = served
    before = ep.pool.pids()
    for pid in before:
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    for _ in range(4):
        status, _, body = get(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert status == 200, body
    after = ep.pool.pids()
    assert len(after) == len(before) and not set(after) & set(before)


# --- federation -----------------------------------------------------------------------------------------

def test_service_is_refused_and_the_listener_never_contacted(endpoint):
    with Recorder() as listener:
        for q in (f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
                  f"ASK {{ FILTER NOT EXISTS {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }} }}"):
            status, _, body = get(endpoint, q)
            assert status == 403 and "SERVICE" in body
        assert listener.requests == []


def test_allowed_service_is_contacted(graph_file):
    with Recorder() as listener:
        server, ep, url = _start(graph_file, workers=1, allow_service=(listener.prefix,))
        try:
            status, _, body = get(url, f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}", "text/csv")
            assert status == 200 and "from-the-listener" in body
            assert len(listener.requests) == 1
            status, _, _ = get(url, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
            assert status == 403
        finally:
            server.shutdown()
            ep.close()


# --- SPARQLWrapper with its defaults --------------------------------------------------------------------

def test_sparqlwrapper_defaults_get_xml_and_a_graph(endpoint):
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper(endpoint + "/query")
    client.setQuery(SELECT)
    doc = client.query().convert()
    assert isinstance(doc, xml.dom.minidom.Document) and len(doc.getElementsByTagName("result")) == 3
    client.setQuery(CONSTRUCT)
    g = client.query().convert()
    assert isinstance(g, Graph) and len(g) == 4


# --- editor and views -----------------------------------------------------------------------------------

def test_editor_page_and_its_files_are_served_from_here(endpoint):
    status, ctype, body = request(endpoint + "/")
    assert status == 200 and ctype.startswith("text/html")
    assert 'src="static/yasgui.min.js"' in body and "http://" not in body.split("<script type=\"application/json\"")[0].replace("http://www.w3.org", "")
    config = json.loads(body.split('id="dg-config">')[1].split("</script>")[0])
    assert {e["name"] for e in config["examples"]} >= {"visits", "memberships"}
    assert "PREFIX dg: <https://w3id.org/diplograph/ontology#>" in config["start"]
    for name in ("yasgui.min.js", "yasgui.min.css", "editor.js"):
        status, _, text = request(f"{endpoint}/static/{name}")
        assert status == 200 and len(text) > 100
    assert request(f"{endpoint}/static/../server.py")[0] == 404


def test_views_are_served_without_path_escapes(endpoint):
    status, ctype, body = request(endpoint + "/views/index.html")
    assert status == 200 and "the network view" in body
    for path in ("/views/../../etc/passwd", "/views/%2e%2e/%2e%2e/etc/passwd", "/views/.hidden", "/views//etc/passwd"):
        assert raw(endpoint, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()).startswith(b"HTTP/1.1 404"), path


def test_dataset_clauses_and_protocol_graphs_never_load_a_url(endpoint):
    with Recorder() as listener:
        status, _, body = get(endpoint, f"SELECT (COUNT(*) AS ?n) FROM <{listener.url}> WHERE {{ ?s ?p ?o }}", "text/csv")
        assert (status, body) == (200, "n\r\n0\r\n")
        q = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        status, _, body = request(f"{endpoint}/query?query={q}&default-graph-uri={urllib.parse.quote(listener.url)}", headers={"Accept": "text/csv"})
        assert (status, body) == (200, "n\r\n0\r\n")
        assert listener.requests == []
    status, _, body = request(f"{endpoint}/query?query={q}&default-graph-uri={urllib.parse.quote('https://w3id.org/diplograph/graph/ontology')}",
                              headers={"Accept": "text/csv"})
    assert status == 200 and 0 < int(body.split()[1]) < 3000
