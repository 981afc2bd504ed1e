"""Every named query through `--endpoint` against real stores gives the embedded answer: Virtuoso 7
(Debian `virtuoso-opensource`, bulk-loaded on loopback) and the README's `oxigraph serve-read-only` recipe."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench/ lives at the repo root, beside src/

from bench.virtuoso import binaries, running_virtuoso  # noqa: E402
from diplograph.cli import main  # noqa: E402
from diplograph.query.knowledge import KnowledgeGraph  # noqa: E402

pytestmark = pytest.mark.endpoint


def canonical(result):
    if result.form == "ASK":
        return result.boolean
    if result.graph is not None:
        return sorted(str(t) for t in result.graph)
    return sorted(tuple((v, "" if r.get(v) is None else r[v].n3()) for v in result.vars) for r in result.rows)


@pytest.fixture(scope="module")
def embedded(settings):
    return KnowledgeGraph.load(settings.graph_dir, backend="oxigraph", settings=settings)


def check_every_named_query(endpoint, embedded, settings):
    remote = KnowledgeGraph.remote(endpoint, settings=settings)
    checked = 0
    for name in sorted(embedded.catalog):
        want = embedded.run(name)
        got = remote.run(name)
        assert got.vars == want.vars, name
        assert canonical(got) == canonical(want), name
        # the sample never contradicts itself: conflicts is compared on a contradiction in test_ingest_graph
        assert len(want) > 0 or name == "conflicts", name
        checked += 1
    assert checked >= 10
    visit = "ASK { ?v a <https://w3id.org/diplograph/ontology#Visit> }"
    assert remote.run(visit).boolean is True
    assert remote.run("ASK { ?v a <https://w3id.org/diplograph/ontology#NoSuchClass> }").boolean is False
    construct = ("CONSTRUCT { ?v a <https://w3id.org/diplograph/ontology#Visit> ; <https://schema.org/startDate> ?d } "
                 "WHERE { ?v a <https://w3id.org/diplograph/ontology#Visit> ; <https://schema.org/startDate> ?d }")
    assert canonical(remote.run(construct)) == canonical(embedded.run(construct)) and len(embedded.run(construct)) > 50


@pytest.mark.skipif(binaries() is None, reason="Debian virtuoso-opensource is not installed (.ci/run installs it)")
def test_virtuoso_answers_every_named_query_like_the_embedded_store(settings, embedded, tmp_path):
    with running_virtuoso(workdir=tmp_path) as virtuoso:
        virtuoso.load(settings.graph_dir / "diplograph.nq")
        check_every_named_query(virtuoso.endpoint, embedded, settings)
        res = CliRunner().invoke(main, ["query", "visits", "--endpoint", virtuoso.endpoint, "--format", "csv", "--home", str(settings.home)])
        assert res.exit_code == 0 and res.output.count("\n") == len(embedded.run("visits")) + 1, res.output[-500:]


def _oxigraph() -> str | None:
    exe = Path(sys.executable).with_name("oxigraph")
    return str(exe) if exe.exists() else shutil.which("oxigraph")


@pytest.mark.skipif(_oxigraph() is None, reason="the oxigraph CLI (pip install oxigraph) is not installed")
def test_readme_oxigraph_recipe(settings, embedded, tmp_path):
    readme = (settings.home / "README.md").read_text()
    assert "oxigraph load --location store --file graph/diplograph.nq" in readme
    assert "oxigraph serve-read-only --location store --union-default-graph" in readme
    binary = _oxigraph()
    store = tmp_path / "store"
    subprocess.run([binary, "load", "--location", str(store), "--file", str(settings.graph_dir / "diplograph.nq")], check=True,
                   capture_output=True, timeout=300)
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([binary, "serve-read-only", "--location", str(store), "--union-default-graph", "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/query"
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        check_every_named_query(url, embedded, settings)
    finally:
        proc.terminate()
        proc.wait(20)
