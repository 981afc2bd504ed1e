"""The source loader accepts the curated sources and rejects malformed ones with a useful message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from diplograph.errors import DocumentError, SourceError
from diplograph.graph.sources import check_corpus, load_sources, read_document_text


@pytest.fixture()
def sources_copy(tmp_path: Path, mini_sources: Path) -> Path:
    target = tmp_path / "sources"
    shutil.copytree(mini_sources, target)
    return target


def edit_fact(folder: Path, fact_type: str, **changes: object) -> None:
    """Change (or with None remove) fields of the first fact of a type in the copied sources."""
    path = folder / "facts" / "facts.yaml"
    facts = yaml.safe_load(path.read_text())
    index = next(i for i, f in enumerate(facts) if f["type"] == fact_type)
    for key, value in changes.items():
        if value is None:
            facts[index].pop(key, None)
        else:
            facts[index][key] = value
    path.write_text(yaml.safe_dump(facts))


def test_mini_sources_load(mini_sources):
    src = load_sources(mini_sources)
    assert [f.id for f in src.facts] == ["membership-ruritania-league-of-seas", "position-rassendyll-president", "visit-2001-05-rassendyll"]
    visit = next(f for f in src.facts if f.type == "visit")
    assert visit.start == "2001-05-03" and visit.end == "2001-05-04"
    assert visit.inferred == ("host",) and visit.inference == "bilateral-list"


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"kind": "secret"}, "'kind': 'secret' is not one of ['official', 'state', 'working']"),
        ({"host": "atlantis"}, "'host' refers to unknown entity 'atlantis'"),
        ({"host": "rudolf-rassendyll"}, "'host' must refer to a country, but 'rudolf-rassendyll' is a person"),
        ({"start": "2001-13-01"}, "month 13 is not 1-12"),
        ({"end": "2001-05-01"}, "end 2001-05-01 is before start 2001-05-03"),
        ({"start": None}, "'end' without 'start'"),
        ({"visitor_country": None}, "visit needs 'visitor_country'"),
        ({"colour": "red"}, "unknown key(s) ['colour']"),
        ({"evidence": [{"doc": "doc1", "start": 140, "end": 160}]}, "is not inside doc1 (length 151)"),
        ({"evidence": [{"doc": "doc9", "start": 1, "end": 2}]}, "unknown document 'doc9'"),
        ({"inference": "guess"}, "'inference' must be one of"),
        ({"inferred": ["colour"]}, "inferred field 'colour' is not a field of a visit"),
        ({"id": "Visit 1"}, "ids are lower-case slugs"),
        ({"capacity": "membership-ruritania-league-of-seas"}, "'capacity' must refer to a position"),
    ],
)
def test_bad_fact_is_reported_with_its_place(sources_copy, changes, message):
    edit_fact(sources_copy, "visit", **changes)
    with pytest.raises(SourceError) as exc:
        load_sources(sources_copy)
    assert message in str(exc.value)


def test_all_problems_reported_at_once(sources_copy):
    edit_fact(sources_copy, "membership", role="chair")
    edit_fact(sources_copy, "visit", kind="secret", host="atlantis")
    with pytest.raises(SourceError) as exc:
        load_sources(sources_copy)
    message = str(exc.value)
    assert message.startswith("2 problem(s)")
    assert "'role': 'chair' is not one of ['member', 'observer']" in message
    assert "'kind': 'secret' is not one of" in message


def test_invalid_yaml_is_a_source_error(sources_copy):
    (sources_copy / "entities.yaml").write_text("- {id: x, type: country\n")
    with pytest.raises(SourceError, match="not valid YAML"):
        load_sources(sources_copy)


def test_missing_folder(tmp_path):
    with pytest.raises(SourceError, match="not a folder"):
        load_sources(tmp_path / "nope")


def test_passages_fit_the_mini_corpus(mini_sources, mini_corpus):
    assert check_corpus(load_sources(mini_sources), mini_corpus) == []


def test_passage_not_naming_an_entity_is_reported(sources_copy, mini_corpus):
    edit_fact(sources_copy, "membership", evidence=[{"doc": "doc1", "start": 0, "end": 5}])  # "Rurit", names nothing
    problems = check_corpus(load_sources(sources_copy), mini_corpus)
    assert problems == ["fact membership-ruritania-league-of-seas: passage doc1:0-5 names none of ['league-of-seas', 'ruritania']"]


def test_changed_document_is_detected(tmp_path, mini_sources, mini_corpus):
    corpus = tmp_path / "corpus"
    shutil.copytree(mini_corpus, corpus)
    (corpus / "doc1.txt").write_text("something else entirely")
    src = load_sources(mini_sources)
    with pytest.raises(DocumentError, match="the text changed"):
        read_document_text(src.documents[0], corpus)


def test_document_path_cannot_escape_the_corpus(tmp_path, mini_sources, mini_corpus):
    docs = yaml.safe_load((mini_sources / "documents.yaml").read_text())
    docs[0]["file"] = "../../etc/passwd"
    folder = tmp_path / "s"
    shutil.copytree(mini_sources, folder)
    (folder / "documents.yaml").write_text(yaml.safe_dump(docs))
    with pytest.raises(DocumentError, match="outside the corpus folder"):
        read_document_text(load_sources(folder).documents[0], mini_corpus)
