"""The client of `--endpoint`: GET for short queries and form POST for long ones, ASK in every store's
shape, and errors that tell a timeout from a refused connection from an HTTP error."""

from __future__ import annotations

import json
import socket
import threading
import urllib.parse

import pytest
from click.testing import CliRunner

from listener import Recorder

from diplograph.cli import main
from diplograph.errors import QueryError
from diplograph.query.backends import RemoteBackend
from diplograph.query.knowledge import KnowledgeGraph


def test_short_queries_are_sent_with_get_long_ones_as_a_form():
    with Recorder() as listener:
        kg = KnowledgeGraph.remote(listener.url)
        kg.run("SELECT ?s WHERE { ?s ?p ?o }")
        long = "SELECT ?s WHERE { ?s ?p ?o " + " ".join(f"OPTIONAL {{ ?s <http://e/p{i}> ?o{i} }}" for i in range(100)) + " }"
        kg.run(long)
    first, second = listener.requests
    assert first["method"] == "GET" and urllib.parse.parse_qs(urllib.parse.urlsplit(first["path"]).query)["query"] == ["SELECT ?s WHERE { ?s ?p ?o }"]
    assert second["method"] == "POST" and second["headers"]["Content-Type"].startswith("application/x-www-form-urlencoded")
    assert urllib.parse.parse_qs(second["body"].decode())["query"] == [long]


@pytest.mark.parametrize("answer, expected", [
    ({"head": {}, "boolean": True}, True),
    ({"head": {}, "boolean": False}, False),
    ({"head": {"vars": ["__ask_retval"]}, "results": {"bindings": [{"__ask_retval": {"type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "1"}}]}}, True),
    ({"head": {"vars": ["__ask_retval"]}, "results": {"bindings": [{"__ask_retval": {"type": "literal", "value": "0"}}]}}, False),
    ({"head": {"vars": ["__ask_retval"]}, "results": {"bindings": []}}, False),
])
def test_ask_is_read_in_every_stores_shape(answer, expected):
    with Recorder(lambda h, b: (200, "application/sparql-results+json", json.dumps(answer).encode())) as listener:
        result = KnowledgeGraph.remote(listener.url).run("ASK { ?s ?p ?o }")
    assert result.form == "ASK" and result.boolean is expected


def test_a_refused_connection_says_so():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: connections are refused
        with pytest.raises(QueryError, match="connection refused"):
            KnowledgeGraph.remote(f"http://127.0.0.1:{port}/sparql").run("ASK {}")


def test_a_timeout_says_so():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(8)  # accepts, never answers
        port = s.getsockname()[1]
        with pytest.raises(QueryError, match="did not answer within 1 s"):
            KnowledgeGraph.remote(f"http://127.0.0.1:{port}/sparql", timeout=1).run("ASK {}")


def test_an_http_error_says_so():
    with Recorder(lambda h, b: (500, "text/plain", b"the store broke")) as listener:
        with pytest.raises(QueryError, match="HTTP 500.*the store broke"):
            KnowledgeGraph.remote(listener.url).run("ASK {}")


def test_the_cli_reports_a_refused_connection_without_traceback():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        res = CliRunner().invoke(main, ["query", "--sparql", "ASK {}", "--endpoint", f"http://127.0.0.1:{port}/sparql"])
    assert res.exit_code == 2 and "connection refused" in res.output and "Traceback" not in res.output
