"""`diplograph evaluate` on the sample corpus and on the development corpus (each skipped without its
texts): the scores actually reached, kept as floors a little under them so a change that loses recall
or precision fails. The floors are regression guards, not goals."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.api import evaluate
from diplograph.cli import main
from diplograph.settings import Settings

#: the relation types the issue calls core
CORE = ("visit", "meeting", "signing", "membership", "observer", "ambassador", "position", "summit",
        "relations-established", "embassy")

#: development corpus (tests/devgold): per-type F1 floors, a little under what the extractor reaches
DEV_FLOORS = {
    "overall": 0.84,
    "visit": 0.83,
    "meeting": 0.84,
    "signing": 0.78,
    "membership": 0.88,
    "observer": 0.9,
    "ambassador": 0.9,
    "position": 0.89,
    "relations-established": 0.9,
    "embassy": 0.78,
    "summit": 0.6,
    "partnership": 0.8,
    "recognition": 0.75,
    "trade-turnover": 0.9,
    "twinning": 0.9,
}


@pytest.fixture(scope="module")
def dev_corpus(settings: Settings) -> Path:
    path = settings.home.parent / "shared" / "devcorpus"
    if not path.is_dir():
        pytest.skip(f"the development corpus is not at {path}")
    return path


def test_scores_on_the_sample(corpus_dir: Path, settings: Settings) -> None:
    result = evaluate(settings=settings)
    overall = result.scores["overall"]
    assert overall.precision >= 0.9
    assert overall.f1 >= 0.93  # the target is 0.90
    for rel, s in result.scores.items():
        if rel == "renaming":
            # the sample's curated renaming is external knowledge (its passages only name the organisation): no
            # text states it, and the extractor injects no fact that its passage does not state
            continue
        assert s.f1 >= 0.6, rel  # the floor for every relation type
    for rel in ("visit", "signing", "relations-established", "recognition", "trade-turnover", "twinning", "summit", "meeting"):
        assert result.scores[rel].f1 >= 0.9, rel


def test_scores_on_the_development_corpus(dev_corpus: Path, settings: Settings) -> None:
    gold = settings.home / "tests" / "devgold"
    result = evaluate(corpus_dir=dev_corpus, gold_dir=gold, settings=settings)
    assert len(result.documents) == 20
    got = {rel: round(s.f1, 3) for rel, s in result.scores.items()}
    low = {rel: (got.get(rel, 0.0), floor) for rel, floor in DEV_FLOORS.items() if got.get(rel, 0.0) < floor}
    assert not low, f"F1 under the floor (got, floor): {low}"
    assert result.scores["overall"].precision >= 0.95


#: invented set (tests/heldout, texts in the repository): per-type F1 floors, a little under what the extractor reaches
HELDOUT_FLOORS = {
    "overall": 0.81,
    "visit": 0.9,
    "meeting": 0.38,
    "signing": 0.9,
    "membership": 0.85,
    "observer": 0.95,
    "position": 0.92,
    "ambassador": 0.95,
    "embassy": 0.88,
    "relations-established": 0.95,
    "trade-turnover": 0.95,
    "twinning": 0.95,
    "summit": 0.7,
    "recognition": 0.95,
}


def test_scores_on_the_invented_set(settings: Settings) -> None:
    """The invented set was written without seeing the extractor: a floor on it guards generality, not fit."""
    heldout = settings.home / "tests" / "heldout"
    result = evaluate(corpus_dir=heldout / "texts", gold_dir=heldout / "gold", settings=settings)
    assert len(result.documents) == 12
    got = {rel: round(s.f1, 3) for rel, s in result.scores.items()}
    low = {rel: (got.get(rel, 0.0), floor) for rel, floor in HELDOUT_FLOORS.items() if got.get(rel, 0.0) < floor}
    assert not low, f"F1 under the floor (got, floor): {low}"
    assert result.scores["overall"].precision >= 0.93


#: later invented sets (tests/heldout2, tests/heldout3), each written blind and then tuned on in one round: floors on
#: overall F1 and precision, a little under what the extractor reaches, so that no later round trades them away
LATER_SETS = {"heldout2": (12, 0.82, 0.93), "heldout3": (15, 0.81, 0.96)}


@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_scores_on_the_later_invented_sets(name: str, settings: Settings) -> None:
    documents, f1_floor, precision_floor = LATER_SETS[name]
    folder = settings.home / "tests" / name
    result = evaluate(corpus_dir=folder / "texts", gold_dir=folder / "gold", settings=settings)
    assert len(result.documents) == documents
    overall = result.scores["overall"]
    assert overall.f1 >= f1_floor and overall.precision >= precision_floor, (overall.f1, overall.precision)

def test_evaluate_command(corpus_dir: Path) -> None:
    r = CliRunner().invoke(main, ["evaluate", "--no-list"])
    assert r.exit_code == 0, r.output
    assert "overall" in r.output and "precision" in r.output


def test_evaluate_command_on_another_corpus(dev_corpus: Path, settings: Settings) -> None:
    r = CliRunner().invoke(main, ["evaluate", "--corpus", str(dev_corpus), "--gold", str(settings.home / "tests" / "devgold")])
    assert r.exit_code == 0, r.output
    assert "(20 documents)" in r.output and "miss " in r.output


def test_evaluate_aligns_ids_through_labels(tmp_path: Path, settings: Settings) -> None:
    """A gold with its own ids for the same persons and countries scores as the sample's own gold."""
    import shutil

    import yaml

    gold = tmp_path / "gold"
    shutil.copytree(settings.sources_dir, gold)
    ents = yaml.safe_load((gold / "entities.yaml").read_text(encoding="utf-8"))
    renamed = {e["id"]: f"x-{e['id']}" for e in ents if e["type"] in ("person", "country")}
    assert len(renamed) > 20
    for f in [gold / "entities.yaml", *sorted((gold / "facts").glob("*.yaml"))]:
        f.write_text(_rename(f.read_text(encoding="utf-8"), renamed), encoding="utf-8")
    base = evaluate(settings=settings).scores["overall"]
    other = evaluate(gold_dir=gold, settings=settings).scores["overall"]
    assert base.tp > 100 and other.tp >= base.tp - 2 and other.f1 >= base.f1 - 0.02


def _rename(text: str, renamed: dict[str, str]) -> str:
    import re

    return re.sub(r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(renamed, key=len, reverse=True)) + r")(?![\w-])",
                  lambda m: renamed[m.group(1)], text)
