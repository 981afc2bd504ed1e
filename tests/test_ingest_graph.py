"""End to end: a news report about two other countries, ingested into a copy of the project, is in the
built graph with its passages, and ingesting it again changes no byte of the graph files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from diplograph.cli import main
from diplograph.query.knowledge import KnowledgeGraph
from diplograph.namespace import DG
from diplograph.settings import Settings
from diplograph.graph.triples import graph_iri

REPORT = Path(__file__).parent / "fixtures" / "news" / "kazakhstan-turkey-state-visit.txt"
GRAPH_FILES = ("diplograph.ttl", "diplograph.trig", "diplograph.nq", "diplograph.jsonld")


@pytest.fixture()
def home(tmp_path: Path, settings: Settings) -> Path:
    """A copy of the project's ontology, queries and curated sources, with no graph built yet."""
    home = tmp_path / "home"
    shutil.copytree(settings.ontology_dir, home / "ontology")
    shutil.copytree(settings.queries_dir, home / "queries")
    shutil.copytree(settings.sources_dir, home / "graph" / "sources")
    return home


def _ingest(home: Path, *args: str) -> str:
    r = CliRunner().invoke(main, ["ingest", "--home", str(home), *args])
    assert r.exit_code == 0, r.output
    return r.output


def _graph_bytes(home: Path) -> dict[str, bytes]:
    return {name: (home / "graph" / name).read_bytes() for name in GRAPH_FILES}


def test_state_visit_report_is_queryable_with_its_passages(home: Path) -> None:
    out = _ingest(home, str(REPORT), "--published", "2024-10-11")
    assert "rebuilt the graph" in out and (home / "graph" / "extracted" / "kazakhstan-turkey-state-visit.yaml").is_file()
    text = REPORT.read_text(encoding="utf-8")
    kg = KnowledgeGraph.load(settings=Settings(home=home))

    visits = [r for r in kg.query("visits", country="kazakhstan").to_dicts() if r["start"] and str(r["start"]).startswith("2024")]
    assert [(r["visitor"], r["host"], str(r["start"]), str(r["end"]), r["kind"]) for r in visits] == [
        ("Nurlan Abenov", "Türkiye", "2024-10-10", "2024-10-11", "state visit")]
    agreements = [r for r in kg.query("agreements", country="turkiye").to_dicts() if str(r["date"]).startswith("2024")]
    assert [(r["instrument"], str(r["date"])) for r in agreements] == [("Agreement on the development of the Middle Corridor", "2024-10-10")]
    meetings = [r for r in kg.query("meetings").to_dicts() if str(r.get("date") or r.get("start")).startswith("2024-10-10")]
    assert len(meetings) == 1

    visit_id = str(visits[0]["visit"]).rsplit("/", 1)[-1]
    (prov,) = kg.query("provenance", subject=visit_id).to_dicts()
    assert prov["document"] == "kazakhstan-turkey-state-visit"
    assert text[int(prov["start"]) : int(prov["end"])].startswith("President of Kazakhstan Nurlan Abenov paid a state visit to Turkey")


def test_ingesting_twice_changes_no_byte_and_remove_takes_the_facts_out(home: Path) -> None:
    _ingest(home, str(REPORT), "--published", "2024-10-11")
    first = _graph_bytes(home)
    out = _ingest(home, str(REPORT), "--published", "2024-10-11")
    assert "unchanged" in out and _graph_bytes(home) == first

    _ingest(home, "--remove", "kazakhstan-turkey-state-visit")
    assert b"kazakhstan-turkey-state-visit" not in (home / "graph" / "diplograph.nq").read_bytes()
    assert b"kazakhstan-turkey-state-visit" in first["diplograph.nq"]


def test_build_merges_the_store_and_can_leave_it_out(home: Path) -> None:
    _ingest(home, str(REPORT), "--published", "2024-10-11", "--no-build")
    assert not (home / "graph" / "diplograph.nq").exists()
    r = CliRunner().invoke(main, ["build", "--home", str(home)])
    assert r.exit_code == 0, r.output + r.stderr
    assert "merged" in r.output and "new facts" in r.output
    ds = Dataset()
    ds.parse(home / "graph" / "diplograph.trig", format="trig")
    named = {str(g.identifier) for g in ds.graphs()}
    assert str(graph_iri("kazakhstan-turkey-state-visit")) in named  # its own named graph, beside the curated ones
    assert str(graph_iri("004_ab6a69727df88358")) in named
    r = CliRunner().invoke(main, ["build", "--home", str(home), "--no-extracted"])
    assert r.exit_code == 0 and "kazakhstan-turkey-state-visit" not in (home / "graph" / "diplograph.trig").read_text(encoding="utf-8")
    r = CliRunner().invoke(main, ["build", "--home", str(home), "--extracted", str(home / "nowhere")])
    assert r.exit_code == 2 and "not found" in r.stderr and "Traceback" not in r.stderr


def test_a_contradiction_is_kept_recorded_and_listed_by_conflicts(home: Path, tmp_path: Path) -> None:
    doc = tmp_path / "embassy-note.txt"
    text = "The ministry recalled that the Hungarian embassy in Baku was set up on 5 March 2010.\n"
    doc.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", "--home", str(home), str(doc), "--published", "2015"])
    assert r.exit_code == 0, r.output
    assert "contradiction:" in r.stderr and "embassy-opening-2009-01-12-hungary-in-azerbaijan preferred" in r.stderr
    nq = (home / "graph" / "diplograph.nq").read_text(encoding="utf-8")
    assert "2010-03-05" in nq and "2009-01-12" in nq  # both claims kept, each in its own document's graph

    r = CliRunner().invoke(main, ["conflicts", "--home", str(home), "--format", "json"])
    assert r.exit_code == 0, r.output
    (conflict,) = json.loads(r.output)
    assert conflict["property"] == "startDate" and "Hungary" in conflict["entity"] and "Azerbaijan" in conflict["entity"]
    preferred, other = conflict["claims"]
    assert preferred["preferred"] and preferred["value"] == "2009-01-12"
    assert preferred["documents"] == ["001_be420f7cee92be96", "002_3f7202940e0854aa"]
    assert not other["preferred"] and other["value"] == "2010-03-05" and other["documents"] == ["embassy-note"]
    (passage,) = other["passages"]
    start, end = (int(x) for x in passage.split(":")[1].split("-"))
    assert "5 March 2010" in text[start:end]

    r = CliRunner().invoke(main, ["conflicts", "--home", str(home), "--format", "csv"])
    assert r.exit_code == 0 and r.output.splitlines()[0] == "entity,property,value,preferred,documents,passages,fact"
    assert len(r.output.splitlines()) == 3 and "embassy-note" in r.output.splitlines()[2]
    r = CliRunner().invoke(main, ["conflicts", "--home", str(home)])
    assert r.exit_code == 0 and "1 contradiction(s)" in r.output and "2010-03-05" in r.output
    # the named query gives the same rows on every backend
    answers = [KnowledgeGraph.load(settings=Settings(home=home), backend=b).query("conflicts").to_dicts() for b in ("rdflib", "oxigraph")]
    assert len(answers[0]) == 2 and [{k: str(v) for k, v in r.items()} for r in answers[0]] == [{k: str(v) for k, v in r.items()} for r in answers[1]]


@pytest.mark.parametrize("kind", ["press-release", "other"])
def test_every_document_kind_of_a_catalog_validates(home: Path, tmp_path: Path, kind: str) -> None:
    """A press release or a joint statement (kinds a catalog may give) is a document the shapes accept."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "statement.txt").write_text(
        "LIMA, 4 March 2024 - The Foreign Minister of Peru, Rosa Quispe, paid an official visit to Uruguay "
        "on 3 March 2024 and met the Foreign Minister of Uruguay, Diego Ferreira, in Montevideo.\n", encoding="utf-8")
    (folder / "catalog.json").write_text(json.dumps(
        [{"file": "statement.txt", "title": "Statement of the ministry", "kind": kind, "published": "2024-03-04"}]), encoding="utf-8")
    _ingest(home, str(folder / "statement.txt"))
    ds = Dataset()
    ds.parse(home / "graph" / "diplograph.nq", format="nquads")
    kinds = {str(k) for _, _, k, _ in ds.quads((None, DG.documentKind, None, None))}
    assert any(k.endswith("PressRelease" if kind == "press-release" else "OtherDocument") for k in kinds)
    r = CliRunner().invoke(main, ["validate", "--home", str(home)])
    assert r.exit_code == 0, r.output
