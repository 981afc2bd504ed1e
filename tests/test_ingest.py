"""`diplograph ingest`: idempotence, replacement, removal, bad input, merging with curated facts."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from diplograph.cli import main
from dataclasses import replace

from diplograph.graph.merge import merge
from diplograph.graph.store import StoredDocument, load_store
from diplograph.model import Evidence, Fact
from diplograph.graph.sources import load_sources

NEWS = ("Turkish President Recep Erdogan paid a state visit to Kazakhstan on 12-13 May 2022. "
        'On 12 May 2022 Kazakhstan and Turkey signed a "Joint Declaration on Enhanced Strategic Partnership".\n')


def run(*args: str) -> tuple[int, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.output


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    doc = tmp_path / "kz-tr.txt"
    doc.write_text(NEWS, encoding="utf-8")
    store = tmp_path / "store"
    code, out = run("ingest", str(doc), "--published", "2022-05-14", "--store", str(store), "--no-build")
    assert code == 0, out
    first = (store / "kz-tr.yaml").read_bytes()
    code, out = run("ingest", str(doc), "--published", "2022-05-14", "--store", str(store), "--no-build")
    assert code == 0 and "unchanged" in out
    assert (store / "kz-tr.yaml").read_bytes() == first
    (sd,) = load_store(store)
    visit = next(f for f in sd.facts if f.type == "visit")
    ev = visit.evidence[0]
    assert NEWS[ev.start : ev.end].startswith("Turkish President") and visit.values["host"] == "kazakhstan"
    assert {f.type for f in sd.facts} >= {"visit", "signing", "partnership", "position"}


def test_a_changed_text_is_another_document_and_remove_removes(tmp_path: Path) -> None:
    doc = tmp_path / "kz-tr.txt"
    store = tmp_path / "store"
    doc.write_text(NEWS, encoding="utf-8")
    run("ingest", str(doc), "--published", "2022-05-14", "--store", str(store), "--no-build")
    doc.write_text("Chile has an embassy in Lima.\n", encoding="utf-8")
    code, out = run("ingest", str(doc), "--published", "2022-05-14", "--store", str(store), "--no-build")
    assert code == 0 and "kz-tr is the id of another document (different text); stored as kz-tr-" in out
    docs = {sd.document.id: sd for sd in load_store(store)}  # the first is never replaced by a different text
    (second_id,) = set(docs) - {"kz-tr"}
    assert "visit" in {f.type for f in docs["kz-tr"].facts}
    assert second_id.startswith("kz-tr-") and [f.type for f in docs[second_id].facts] == ["mission"]
    code, out = run("ingest", "--remove", "kz-tr", str(doc), "--store", str(store), "--no-build")  # by id, and by path
    assert code == 0 and load_store(store) == [], out


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(NEWS, encoding="utf-8")
    code, out = run("ingest", str(doc), "--dry-run", "--store", str(tmp_path / "store"), "--no-build")
    assert code == 0 and not (tmp_path / "store").exists()
    code, out = run("ingest", str(doc), "--dry-run", "-v", "--published", "2022-05-14")
    assert code == 0 and "visit                  2022-05-12 visit-2022-05-12-recep-erdogan" in out and "[0-" in out


def test_bad_input_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "big.txt").write_bytes(b"Chile and Peru. " * 700_000)
    (tmp_path / "latin.txt").write_bytes("Chile has an embassy in Bogotá, Colombia.\n".encode("cp1252"))
    (tmp_path / "es.txt").write_text("El presidente de Chile visitó Perú y se reunió con los ministros de la región para hablar de comercio "
                                     "y de cooperación entre los dos países vecinos durante una semana muy intensa de trabajo.", encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><script>alert('Peru')</script><p>Chile has an embassy in Lima.</p></html>", encoding="utf-8")
    store = tmp_path / "store"
    code, out = run("ingest", str(tmp_path), "--published", "2020", "--store", str(store), "--no-build")
    assert code == 1
    assert "empty" in out and "binary" in out and "over the limit" in out and "English" in out
    assert "guessed as cp1252" in out and "2 of 6 file(s) ingested" in out
    assert sorted(p.name for p in store.glob("*")) == ["latin.yaml", "page.yaml"]
    assert not list(store.glob(".*tmp"))


def test_merge_curated_wins(mini_sources: Path) -> None:
    curated = load_sources(mini_sources)
    doc = curated.documents[0]
    same = Fact("x-same", "membership", (Evidence("new", 0, 5),), {"member": "ruritania", "organisation": "league-of-seas", "role": "observer"}, confidence=0.7)
    other = Fact("x-other", "visit", (Evidence("new", 0, 5),), {"visitor": ("rudolf-rassendyll",), "visitor_country": "ruritania", "host": "freedonia"}, start="2001-06", confidence=0.7)
    new = Fact("x-new", "membership", (Evidence("new", 0, 5),), {"member": "freedonia", "organisation": "league-of-seas", "role": "member"}, confidence=0.7)
    stored = StoredDocument(replace(doc, id="new", file="new.txt"), (), (same, other, new))
    merged, report = merge(curated, [stored])
    ids = {f.id for f in merged.facts}
    assert "x-new" in ids and "x-same" not in ids
    assert "x-other" in ids  # a visit in another month is another visit, not a disagreement
    assert report.duplicates == 1 and report.contradictions == []
    membership = next(f for f in merged.facts if f.id == "membership-ruritania-league-of-seas")
    assert membership.docs() == ("doc1", "new") and membership.confidence == 1.0


def test_merge_takes_another_precision_of_a_curated_date_as_a_duplicate(mini_sources: Path) -> None:
    curated = load_sources(mini_sources)
    doc = curated.documents[0]
    visit = next(f for f in curated.facts if f.type == "visit")
    coarse = Fact("x-coarse", "visit", (Evidence("new", 0, 5),), dict(visit.values), start=(visit.start or "")[:4], confidence=0.7)
    merged, report = merge(curated, [StoredDocument(replace(doc, id="new", file="new.txt"), (), (coarse,))])
    assert "x-coarse" not in {f.id for f in merged.facts}
    assert report.duplicates == 1 and report.contradictions == []
