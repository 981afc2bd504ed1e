"""The issue's cases end to end: news ingested into a copy of the sample keeps every event (another visit
of the same person to the same country, a summit of another year) and two reports of one visit give one
visit with a passage from each, as the named queries show."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.query.knowledge import KnowledgeGraph
from diplograph.settings import Settings

FIXTURE = Path(__file__).parent / "fixtures" / "news" / "kazakhstan-turkey-state-visit.txt"
ORBAN = ("Prime Minister of Hungary Viktor Orbán paid an official visit to Kazakhstan on 2-3 October 2015, the government press office said.\n\n"
         "The summit of the Organization of Turkic States was held in Astana, Kazakhstan on 3 November 2022.\n")
SECOND = "ISTANBUL, 12 October 2024 - President of Kazakhstan Nurlan Abenov paid a state visit to Turkey on 10-11 October 2024, local media reported.\n"


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> KnowledgeGraph:
    tmp = tmp_path_factory.mktemp("merge")
    home = tmp / "home"
    shutil.copytree(settings.ontology_dir, home / "ontology")
    shutil.copytree(settings.queries_dir, home / "queries")
    shutil.copytree(settings.sources_dir, home / "graph" / "sources")
    (tmp / "orban.txt").write_text(ORBAN, encoding="utf-8")
    (tmp / "second.txt").write_text(SECOND, encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", "--home", str(home), str(tmp / "orban.txt"), str(tmp / "second.txt"), str(FIXTURE),
                                  "--published", "2024-10-12"])
    assert r.exit_code == 0, r.output + r.stderr
    return KnowledgeGraph.load(settings=Settings(home=home))


def test_another_visit_of_the_same_person_to_the_same_country_survives(kg: KnowledgeGraph) -> None:
    rows = [r for r in kg.query("visits", country="kazakhstan").to_dicts() if r["visitor"] == "Viktor Orbán"]
    assert sorted(str(r["start"]) for r in rows) == ["2015-10-02", "2019-04"]


def test_a_summit_of_another_year_survives(kg: KnowledgeGraph) -> None:
    rows = kg.query("summits").to_dicts()
    dates = sorted(str(r.get("start") or r.get("date") or "") for r in rows)
    assert "2022-11-03" in dates and len(rows) == 6  # the five curated summits and the new one


def test_two_reports_of_one_visit_are_one_visit_with_two_passages(kg: KnowledgeGraph) -> None:
    visits = [r for r in kg.query("visits", country="turkiye").to_dicts() if r["visitor"] == "Nurlan Abenov"]
    assert len(visits) == 1
    fact = str(visits[0]["visit"]).rsplit("/", 1)[-1]
    prov = kg.query("provenance", subject=fact).to_dicts()
    by_doc = {r["document"]: (int(r["start"]), int(r["end"])) for r in prov if r["fact"] == visits[0]["visit"]}
    assert set(by_doc) == {"kazakhstan-turkey-state-visit", "second"}
    start, end = by_doc["second"]
    assert SECOND[start:end].startswith("President of Kazakhstan Nurlan Abenov paid a state visit")
    start, end = by_doc["kazakhstan-turkey-state-visit"]
    assert "state visit to Turkey" in FIXTURE.read_text(encoding="utf-8")[start:end]
