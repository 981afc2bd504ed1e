"""The graph files work in other tools on their own: pyshacl's CLI with the shapes, and the JSON-LD
(named graphs kept, context inline) in pyoxigraph and rdflib without a document loader."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset


def _pyshacl() -> str | None:
    exe = Path(sys.executable).with_name("pyshacl")
    return str(exe) if exe.exists() else shutil.which("pyshacl")


@pytest.mark.skipif(_pyshacl() is None, reason="pyshacl's command is not installed")
def test_pyshacl_cli_validates_the_data_alone(settings):
    res = subprocess.run([_pyshacl(), "--allow-warnings", "-s", str(settings.shapes_file), str(settings.graph_dir / "diplograph.nq")],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
    assert "Conforms: True" in res.stdout


@pytest.mark.skipif(_pyshacl() is None, reason="pyshacl's command is not installed")
def test_the_sparql_constraints_fire_in_the_cli(settings, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("""
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<http://e/doc> a dg:SourceDocument ; dg:characterCount 10 .
<http://e/passage> a dg:Passage ; oa:hasSource <http://e/doc> ; oa:hasSelector <http://e/sel> .
<http://e/sel> a oa:TextPositionSelector ; oa:start 2 ; oa:end 500 .
""")
    shapes = settings.shapes_file.read_text()
    assert shapes.count("sh:prefixes") >= shapes.count("sh:sparql [")
    res = subprocess.run([_pyshacl(), "--allow-warnings", "-s", str(settings.shapes_file), "-e", str(settings.ontology_file), str(bad)],
                         capture_output=True, text=True, timeout=600)
    assert "Unknown namespace prefix" not in res.stdout + res.stderr
    assert res.returncode == 1 and "beyond the end of its document" in res.stdout, res.stdout[-2000:]


def test_jsonld_keeps_the_named_graphs_and_loads_without_a_callback(settings):
    path = settings.graph_dir / "diplograph.jsonld"
    doc = json.loads(path.read_text())
    assert isinstance(doc["@context"], dict), "the context is inline, not a relative file to fetch"
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.JSON_LD)
    nq = ox.Store()
    nq.load(path=str(settings.graph_dir / "diplograph.nq"), format=ox.RdfFormat.N_QUADS)
    assert set(store.named_graphs()) == set(nq.named_graphs()) and len(list(nq.named_graphs())) >= 3
    assert len(store) == len(nq)
    ds = Dataset()
    ds.parse(path, format="json-ld")
    assert sum(len(g) for g in ds.graphs()) == len(nq)
