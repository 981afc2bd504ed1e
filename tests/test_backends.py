"""Every named query gives the same answer on rdflib, embedded Oxigraph and a real `oxigraph serve` endpoint."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from diplograph.query.catalog import load_catalog
from diplograph.query.knowledge import KnowledgeGraph
from diplograph.graph.io import load_dataset

#: parameters that exercise every optional filter, besides each query's defaults
WITH_PARAMS = [
    ("visits", {"country": "kazakhstan"}),
    ("visits", {"from": "2010", "to": "2012-06"}),
    ("visits-per-year", {"country": "azerbaijan"}),
    ("memberships", {"org": "organization-of-turkic-states"}),
    ("memberships", {"country": "hungary"}),
    ("agreements", {"country": "azerbaijan"}),
    ("ambassadors", {"country": "hungary"}),
    ("milestones", {"country": "kazakhstan"}),
    ("people", {"country": "azerbaijan"}),
    ("meetings", {"participant": "peter-szijjarto"}),
    ("summits", {"host": "azerbaijan"}),
    ("awards", {"recipient": "viktor-orban"}),
    ("sister-cities", {"country": "hungary"}),
    ("trade", {"country": "hungary"}),
    ("provenance", {"subject": "hungary"}),
    ("connections", {"source": "ilham-aliyev", "target": "kazakhstan", "limit": 3}),
    ("visits", {"person": "viktor-orban"}),
    ("ambassadors", {"person": "zsolt-cutora"}),
    ("summits", {"org": "organization-of-turkic-states"}),
    ("summits", {"participant": "viktor-orban"}),
    ("facts-per-year", {"country": "hungary"}),
    ("relation-counts", {"country": "azerbaijan"}),
]


def comparable(result):
    rows = sorted(tuple(sorted((k, "" if v is None else v.n3()) for k, v in row.items())) for row in result.rows)
    return result.vars, rows


def cases(settings):
    return [(name, {}) for name in load_catalog(settings.queries_dir)] + WITH_PARAMS


@pytest.fixture(scope="module")
def graph_dir(settings) -> Path:
    if not (settings.graph_dir / "diplograph.trig").is_file():
        pytest.skip("graph/ is not built; run 'diplograph build'")
    return settings.graph_dir


@pytest.fixture(scope="module")
def reference(graph_dir) -> KnowledgeGraph:
    return KnowledgeGraph.load(load_dataset(graph_dir), backend="rdflib")


def test_embedded_oxigraph_matches_rdflib(settings, graph_dir, reference, tmp_path):
    in_memory = KnowledgeGraph.load(graph_dir, backend="oxigraph")
    from_rdflib = KnowledgeGraph.load(load_dataset(graph_dir), backend="oxigraph")
    persistent = KnowledgeGraph.load(graph_dir, backend="oxigraph", location=tmp_path / "store")
    del persistent
    reopened = KnowledgeGraph.load(backend="oxigraph", location=tmp_path / "store")
    for name, params in cases(settings):
        expected = comparable(reference.query(name, params))
        # the sample documents never contradict each other: conflicts is compared on a contradiction in test_ingest_graph
        assert expected[1] or name in ("connections", "conflicts"), f"{name} {params} answers nothing"
        for kg in (in_memory, from_rdflib, reopened):
            assert comparable(kg.query(name, params)) == expected, (name, params)


def test_rows_print_identically(graph_dir, reference):
    from diplograph.query.results import to_csv

    oxigraph = KnowledgeGraph.load(graph_dir, backend="oxigraph")
    for name in ("memberships", "agreements", "milestones", "people", "visits"):
        assert to_csv(oxigraph.query(name)) == to_csv(reference.query(name)), name


# --- a real Oxigraph server ----------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph_binary() -> str:
    exe = Path(sys.executable).with_name("oxigraph")
    found = str(exe) if exe.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    return found


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"oxigraph exited with {proc.returncode}")
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.1)
    raise RuntimeError(f"oxigraph did not answer at {url} within {seconds} s")


def gsp_post(url: str, path: Path, content_type: str) -> None:
    req = urllib.request.Request(url, data=path.read_bytes(), method="POST", headers={"Content-Type": content_type})
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert resp.status in (200, 201, 204)


@pytest.fixture(scope="module")
def oxigraph_server(graph_dir, tmp_path_factory):
    """`oxigraph serve` on 127.0.0.1 and a free port, loaded with graph/ through the Graph Store Protocol."""
    binary = oxigraph_binary()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxstore")), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_up(url, proc)
        # the named graphs, then (as our embedded stores do) the set union in the default graph
        gsp_post(f"{url}/store", graph_dir / "diplograph.trig", "application/trig")
        gsp_post(f"{url}/store?default", graph_dir / "diplograph.ttl", "text/turtle")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@pytest.mark.endpoint
def test_remote_oxigraph_server_matches_rdflib(settings, reference, oxigraph_server):
    remote = KnowledgeGraph.remote(oxigraph_server + "/query", timeout=30)
    for name, params in cases(settings):
        assert comparable(remote.query(name, params)) == comparable(reference.query(name, params)), (name, params)


@pytest.mark.endpoint
def test_remote_injection_is_inert(oxigraph_server):
    remote = KnowledgeGraph.remote(oxigraph_server + "/query", timeout=30)
    before = len(remote.query("people"))
    from diplograph.query.catalog import parse_query

    q = parse_query("#+ params:\n#+   name: {type: string}\nSELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?name }")
    for evil in ['" . } DROP ALL #', "x' } #", "a>b", "line\nbreak", '"""']:
        assert remote.query(q, name=evil).rows == []
    assert len(remote.query(q, name="Hungary")) == 1
    assert len(remote.query("people")) == before


@pytest.mark.endpoint
def test_cli_against_the_endpoint_prints_the_same_rows(graph_dir, oxigraph_server):
    from click.testing import CliRunner

    from diplograph.cli import main

    local = CliRunner().invoke(main, ["query", "ambassadors", "--graph", str(graph_dir), "-f", "csv"])
    remote = CliRunner().invoke(main, ["query", "ambassadors", "--endpoint", oxigraph_server + "/query", "-f", "csv"])
    assert remote.exit_code == 0, remote.output
    assert remote.output == local.output
    down = CliRunner().invoke(main, ["query", "ambassadors", "--endpoint", f"http://127.0.0.1:{free_port()}/query"])
    assert down.exit_code == 2 and "connection refused" in down.output


# --- pages read from the build's order (graph:order) ---------------------------------------------------

def ordered_queries(settings) -> list[str]:
    return [name for name, nq in load_catalog(settings.queries_dir).items() if nq.order]


#: entity parameters whose answers are paged from the order of each entity's answer
ENTITY_PAGES = [("visits", {"country": "hungary"}), ("visits", {"person": "ilham-aliyev"}), ("agreements", {"country": "azerbaijan"}),
                ("meetings", {"participant": "hungary"}), ("people", {"country": "azerbaijan"}), ("milestones", {"country": "hungary"}),
                ("visits-per-year", {"country": "azerbaijan"}), ("relation-counts", {"country": "hungary"}),
                ("memberships", {"org": "organization-of-turkic-states"}), ("facts-per-year", {"country": "hungary"})]


def assert_pages_are_slices(kg: KnowledgeGraph, name: str, size: int, params: dict | None = None) -> None:
    """Every page of ``size`` rows is the slice of the whole answer, in order, and states the total."""
    whole = kg.query(name, params or {}).rows
    got, number = [], 1
    while True:
        page = kg.query(name, params or {}, page_size=size, page=number)
        assert page.page is not None and page.page.total == len(whole), (name, size, number, page.page)
        assert page.rows == whole[(number - 1) * size:number * size], (name, size, number)
        got += page.rows
        if not page.page.more:
            break
        number += 1
    assert got == whole and kg.query(name, params or {}, page_size=size, page=number + 1).rows == []


def test_pages_from_the_order_are_slices_of_the_whole_answer(settings, graph_dir, reference):
    names = ordered_queries(settings)
    assert len(names) >= 14
    embedded = KnowledgeGraph.load(graph_dir, backend="oxigraph")
    for kg in (reference, embedded):
        for name in names:
            for size in (1, 7, 50):
                assert_pages_are_slices(kg, name, size)
        for name, params in ENTITY_PAGES:
            assert len(kg.query(name, params)) > 1, (name, params)
            for size in (1, 3):
                assert_pages_are_slices(kg, name, size, params)


@pytest.mark.endpoint
def test_remote_pages_from_the_order_are_slices_of_the_whole_answer(settings, oxigraph_server):
    remote = KnowledgeGraph.remote(oxigraph_server + "/query", timeout=30)
    for name in ordered_queries(settings):
        for size in (1, 7, 50):
            assert_pages_are_slices(remote, name, size)
    for name, params in ENTITY_PAGES:
        assert_pages_are_slices(remote, name, 3, params)
