"""Building is deterministic, the committed graph/ is up to date, and every format round-trips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from diplograph.api import build
from diplograph.files import atomic_write
from diplograph.graph.io import GRAPH_FILES, write_graph_files
from diplograph.graph.io import load_dataset, union_graph
from diplograph.graph.triples import ENTITIES_GRAPH, ONTOLOGY_GRAPH, graph_iri


def build_in_subprocess(out: Path, seed: str) -> None:
    """Build in a fresh interpreter with a given hash seed, so set and dict orders differ between runs."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    code = "import sys; from diplograph.api import build; build(out_dir=sys.argv[1])"
    subprocess.run([sys.executable, "-c", code, str(out)], check=True, env=env)


def test_building_twice_is_byte_identical(tmp_path):
    build_in_subprocess(tmp_path / "a", "1")
    build_in_subprocess(tmp_path / "b", "2")
    for name in GRAPH_FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_committed_graph_is_up_to_date(tmp_path, settings):
    build(out_dir=tmp_path, settings=settings)
    stale = [name for name in GRAPH_FILES if (tmp_path / name).read_bytes() != (settings.graph_dir / name).read_bytes()]
    assert stale == [], f"graph/ is stale: run 'diplograph build' and commit {stale}"


def test_named_graphs_one_per_document_plus_ontology_entities_summary_and_order(sample_dataset, settings):
    from diplograph.graph.order import ORDER_GRAPH
    from diplograph.graph.sources import load_sources
    from diplograph.graph.triples import SUMMARY_GRAPH

    docs = load_sources(settings.sources_dir).documents
    names = {str(c.identifier) for c in sample_dataset.graphs() if len(c)}
    expected = {str(graph_iri(d.id)) for d in docs} | {str(ONTOLOGY_GRAPH), str(ENTITIES_GRAPH), str(SUMMARY_GRAPH), str(ORDER_GRAPH)}
    assert names == expected


@pytest.mark.parametrize("name", ["diplograph.trig", "diplograph.nq", "diplograph.jsonld"])
def test_quad_formats_round_trip(settings, sample_dataset, name):
    loaded = load_dataset(settings.graph_dir / name)
    for ctx in sample_dataset.graphs():
        if len(ctx):
            assert isomorphic(ctx, loaded.graph(ctx.identifier)), ctx.identifier


@pytest.mark.parametrize("name", ["diplograph.ttl"])
def test_triple_formats_round_trip(settings, sample_graph, name):
    g = Graph()
    g.parse(settings.graph_dir / name)
    assert isomorphic(g, sample_graph)


def test_failed_write_leaves_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "x.ttl"
    target.write_text("old")

    class Boom(Exception):
        pass

    def explode(*args, **kwargs):
        raise Boom

    monkeypatch.setattr(os, "replace", explode)
    with pytest.raises(Boom):
        atomic_write(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"]


def test_write_graph_files_mini(tmp_path, mini_dataset):
    files = write_graph_files(mini_dataset, tmp_path)
    assert sorted(files) == sorted(GRAPH_FILES)
    assert isomorphic(union_graph(load_dataset(tmp_path)), union_graph(mini_dataset))
    assert oct((tmp_path / "diplograph.ttl").stat().st_mode & 0o777) != "0o600"
