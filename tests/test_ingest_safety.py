"""An ingest that cannot clobber, on temporary homes: document ids that never collide, bad files refused
one by one (before they are read), one writer per home, graph files replaced together, YAML without
aliases, and what an ingest changed listed by document."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph import api
from diplograph.cli import main
from diplograph.graph.io import GRAPH_FILES
from diplograph.graph.lock import writer_lock
from diplograph.graph.publish import MANIFEST, check, publish, recover
from diplograph.graph.store import load_store, write_document
from diplograph.model import Document, Evidence, Fact
from diplograph.settings import Settings

CHILE = "President of Chile Ana Soto paid an official visit to Peru on 3-4 May 2021, the foreign ministry said.\n"
PERU = "President of Peru Luis Vega paid a state visit to Chile on 12 June 2022, the presidency reported.\n"


def _home(tmp_path: Path, settings: Settings, sources: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(settings.ontology_dir, home / "ontology")
    shutil.copytree(settings.queries_dir, home / "queries")
    shutil.copytree(sources, home / "graph" / "sources")
    return home


@pytest.fixture()
def home(tmp_path: Path, settings: Settings) -> Path:
    """A temporary home with the sample's curated sources."""
    return _home(tmp_path, settings, settings.sources_dir)


@pytest.fixture()
def mini_home(tmp_path: Path, settings: Settings, mini_sources: Path) -> Path:
    """A temporary home with the invented mini sources (fast builds)."""
    return _home(tmp_path, settings, mini_sources)


def _cli(home: Path, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, [args[0], "--home", str(home), *args[1:]])
    return r.exit_code, r.stdout, r.stderr


def _named_graphs(home: Path) -> set[str]:
    nq = (home / "graph" / "diplograph.nq").read_text(encoding="utf-8")
    return {line.rsplit(" ", 2)[-2].strip("<>").rsplit("/", 1)[-1] for line in nq.splitlines() if line}


def test_same_file_names_and_names_that_slug_alike_are_two_documents(mini_home: Path, tmp_path: Path) -> None:
    for folder, text in (("a", CHILE), ("b", PERU)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text(text, encoding="utf-8")
    (tmp_path / "report 1.txt").write_text(CHILE.replace("2021", "2019"), encoding="utf-8")
    (tmp_path / "report-1.txt").write_text(PERU.replace("2022", "2018"), encoding="utf-8")
    files = [tmp_path / "a" / "news.txt", tmp_path / "b" / "news.txt", tmp_path / "report 1.txt", tmp_path / "report-1.txt"]
    code, out, err = _cli(mini_home, "ingest", *map(str, files), "--published", "2023")
    assert code == 0, out + err
    assert out.count("is the id of another document (different text); stored as") == 2
    stored = {sd.document.id: sd for sd in load_store(mini_home / "graph" / "extracted")}
    assert len(stored) == 4 and {"news", "report-1"} <= set(stored)
    assert {sd.document.sha256 for sd in stored.values()} == {__import__("hashlib").sha256(p.read_bytes()).hexdigest() for p in files}
    assert set(stored) <= _named_graphs(mini_home)  # every document is in the graph, none replaced another
    # the same text again, under any name, is a no-op
    before = {p.name: p.read_bytes() for p in (mini_home / "graph").iterdir() if p.is_file()}
    (tmp_path / "copy.txt").write_bytes(files[1].read_bytes())
    code, out, err = _cli(mini_home, "ingest", str(files[0]), str(tmp_path / "copy.txt"), "--published", "2023")
    assert code == 0 and out.count("(unchanged)") == 2 and "the same text as document news-" in out
    assert {p.name: p.read_bytes() for p in (mini_home / "graph").iterdir() if p.is_file()} == before
    assert len(load_store(mini_home / "graph" / "extracted")) == 4


def test_a_file_named_like_a_curated_document_never_takes_its_id(home: Path, tmp_path: Path, settings: Settings) -> None:
    named = tmp_path / "001_be420f7cee92be96.txt"
    named.write_text(CHILE, encoding="utf-8")
    code, out, err = _cli(home, "ingest", str(named), "--published", "2022")
    assert code == 0, out + err
    assert "001_be420f7cee92be96 is the id of the curated document; stored as 001_be420f7cee92be96-" in out
    (sd,) = load_store(home / "graph" / "extracted")
    assert sd.document.id != "001_be420f7cee92be96" and all(e.doc == sd.document.id for f in sd.facts for e in f.evidence)
    curated = api.build(write=False, merge_extracted=False, settings=Settings(home=home)).dataset
    nq = (home / "graph" / "diplograph.nq").read_text(encoding="utf-8")
    curated_graph = "<https://w3id.org/diplograph/graph/001_be420f7cee92be96> ."
    assert sum(line.endswith(curated_graph) for line in nq.splitlines()) == len(curated.graph(
        __import__("diplograph.graph.triples", fromlist=["graph_iri"]).graph_iri("001_be420f7cee92be96")))

    if settings.corpus_dir.is_dir():  # the curated text itself is refused
        code, out, err = _cli(home, "ingest", str(settings.corpus_dir / "001_be420f7cee92be96.txt"), "--published", "2015")
        assert code == 1 and "the same text as the curated document 001_be420f7cee92be96" in err


def test_bad_files_each_get_a_message_and_the_batch_goes_on(mini_home: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(CHILE, encoding="utf-8")
    (docs / "bom.txt").write_bytes(b"\xef\xbb\xbf" + CHILE.encode("utf-8").replace(b"Peru", b"Per\xff"))
    huge = docs / "huge.txt"
    with huge.open("wb") as fh:  # 3 GB, sparse: refused by its size, never read
        fh.truncate(3 * 1024**3)
    (docs / "de.txt").write_text(
        "Der Präsident von Chile, Ana Soto, besuchte am 3. Mai 2021 Peru und traf dort den Außenminister. "
        "Beide Seiten unterzeichneten ein Abkommen über die Zusammenarbeit im Handel und in der Bildung.", encoding="utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    code, out, err = _cli(mini_home, "ingest", str(docs / "good.txt"), str(docs / "bom.txt"), str(huge), str(docs / "de.txt"),
                          "/dev/zero", str(fifo), "--published", "2022")
    assert time.monotonic() - started < 60  # the FIFO was not waited on, /dev/zero not read to the end
    assert code == 1 and "Traceback" not in err
    assert "bom.txt: starts with a UTF-8 byte-order mark, but byte" in err
    assert "huge.txt: 3,221,225,472 bytes is over the limit of 2,000,000" in err
    assert "de.txt: the text is in German" in err
    assert "/dev/zero: a device, not a regular file" in err
    assert "pipe.txt: a FIFO (named pipe), not a regular file" in err
    assert "1 of 6 file(s) ingested" in out
    assert [sd.document.id for sd in load_store(mini_home / "graph" / "extracted")] == ["good"]
    assert "good" in _named_graphs(mini_home)


def test_an_alias_bomb_in_the_curated_sources_or_the_store_is_refused(mini_home: Path) -> None:
    facts = mini_home / "graph" / "sources" / "facts" / "facts.yaml"
    lol = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f'{c}: &{c} [' + ",".join([f"*{p}"] * 9) + "]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("  evidence: [{doc: doc1, start: 98, end: 150}]",
                                  "  evidence: [{doc: doc1, start: 98, end: 150}]\n  note: {" + lol.replace("\n", ", ") + "}"), encoding="utf-8")
    code, out, err = _cli(mini_home, "build")
    assert code == 2 and "YAML aliases (*a) are not allowed here" in err and "facts.yaml" in err and "Traceback" not in err
    facts.write_text(text, encoding="utf-8")
    store = mini_home / "graph" / "extracted"
    store.mkdir(parents=True)
    (store / "bomb.yaml").write_text("document: &d {id: bomb}\nentities: [*d, *d]\nfacts: []\n", encoding="utf-8")
    code, out, err = _cli(mini_home, "build")
    assert code == 2 and "bomb.yaml: line 2: YAML aliases (*d) are not allowed here" in err


def test_diff_after_an_ingest_lists_exactly_that_documents_facts(home: Path, tmp_path: Path) -> None:
    code, out, err = _cli(home, "build")
    assert code == 0
    report = tmp_path / "kz-tr.txt"
    shutil.copy(Path(__file__).parent / "fixtures" / "news" / "kazakhstan-turkey-state-visit.txt", report)
    code, out, err = _cli(home, "ingest", str(report), "--published", "2024-10-11")
    assert code == 0, out + err
    (sd,) = load_store(home / "graph" / "extracted")
    assert f"{sd.document.id}: " in out and " added" in out  # ingest says what the document added

    code, out, err = _cli(home, "diff", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert list(data["documents"]) == [sd.document.id]
    changes = data["documents"][sd.document.id]
    merged_into = {c["fact"] for c in changes if c["change"] == "changed"}
    added = {c["fact"] for c in changes if c["change"] == "added"}
    assert all(c["change"] != "removed" for c in changes)
    built = api.build(write=False, settings=Settings(home=home))
    assert built.merge is not None
    assert added == set(built.merge.new)
    assert merged_into == set(built.merge.merged.values())  # facts the report adds a source to
    assert all(f"source added: {sd.document.id}" in c["details"] for c in changes if c["change"] == "changed")
    code, out, err = _cli(home, "diff", "--format", "markdown")
    assert code == 0 and out.startswith(f"## {sd.document.id}") and "| added |" in out
    code, out, err = _cli(home, "diff", str(home / "graph" / ".previous"), str(home / "graph"))
    assert code == 0 and f"{len(added)} added, {len(merged_into)} changed, 0 removed" in out


def _store_doc(home: Path) -> None:
    doc = Document("later", "later.txt", "1" * 64, 400, "A later report", "news", "2003")
    fact = Fact("visit-2003-rassendyll-later", "visit", (Evidence("later", 10, 60),),
                {"visitor": ("rudolf-rassendyll",), "visitor_country": "ruritania", "host": "freedonia"}, "2003-02", confidence=0.8)
    write_document(home / "graph" / "extracted", doc, {}, [fact])


def _bytes(folder: Path) -> dict[str, bytes]:
    return {n: (folder / n).read_bytes() for n in (*GRAPH_FILES, MANIFEST)}


def test_a_build_killed_at_random_points_leaves_one_build_never_a_mix(mini_home: Path, tmp_path: Path) -> None:
    s = Settings(home=mini_home)
    api.build(out_dir=tmp_path / "a", settings=s)
    _store_doc(mini_home)
    api.build(out_dir=tmp_path / "b", settings=s)
    states = {"a": _bytes(tmp_path / "a"), "b": _bytes(tmp_path / "b")}
    assert states["a"] != states["b"]
    graph = mini_home / "graph"
    api.build(settings=s)  # graph/ is at b, with the store
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "diplograph", "build", "--home", str(mini_home)], check=True, capture_output=True)
    duration = time.monotonic() - started
    rng = random.Random(11)
    killed = 0
    for trial in range(10):
        target = "a" if (graph / "extracted" / "later.yaml").exists() else "b"
        if target == "a":
            (graph / "extracted" / "later.yaml").unlink()
        else:
            _store_doc(mini_home)
        proc = subprocess.Popen([sys.executable, "-m", "diplograph", "build", "--home", str(mini_home)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.1) * duration)
        proc.send_signal(signal.SIGKILL)
        killed += proc.wait() == -signal.SIGKILL
        with writer_lock(graph):
            recover(graph)  # what the next writer does first
        now = _bytes(graph)
        assert now in (states["a"], states["b"]), f"trial {trial}: graph files of two builds mixed"
        assert check(graph) == []
    assert killed >= 3  # builds were killed on the way, not only after they finished


@pytest.mark.parametrize("crash_after", range(8))
def test_publishing_interrupted_at_each_step_is_completed_or_undone(tmp_path: Path, crash_after: int, monkeypatch: pytest.MonkeyPatch) -> None:
    old = {"x.ttl": "old x\n", "y.nq": "old y\n"}
    new = {"x.ttl": "new x\n", "y.nq": "new y\n"}
    publish(old, tmp_path)
    real_replace, real_rename = os.replace, os.rename
    calls = {"n": 0}

    def counting(fn):  # type: ignore[no-untyped-def]
        def wrapped(a, b):  # type: ignore[no-untyped-def]
            if calls["n"] == crash_after:
                raise KeyboardInterrupt  # the process dies here
            calls["n"] += 1
            return fn(a, b)
        return wrapped

    monkeypatch.setattr(os, "replace", counting(real_replace))
    monkeypatch.setattr(os, "rename", counting(real_rename))
    try:
        publish(new, tmp_path)
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    recover(tmp_path)
    now = {n: (tmp_path / n).read_text() for n in old}
    assert now in (old, new) and check(tmp_path) == []
    if calls["n"] >= 1:  # the staging folder was renamed to .swap: the new build was committed
        assert now == new and (tmp_path / ".previous" / "x.ttl").read_text() == "old x\n"


def test_concurrent_ingests_both_end_in_the_graph(mini_home: Path, tmp_path: Path) -> None:
    for rnd in range(2):
        a, b = tmp_path / f"chile-{rnd}.txt", tmp_path / f"peru-{rnd}.txt"
        a.write_text(CHILE.replace("2021", str(2010 + rnd)), encoding="utf-8")
        b.write_text(PERU.replace("2022", str(2015 + rnd)), encoding="utf-8")
        procs = [subprocess.Popen([sys.executable, "-m", "diplograph", "ingest", "--home", str(mini_home), str(p), "--published", "2023"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for p in (a, b)]
        outs = [p.communicate(timeout=300) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outs
        assert all("rebuilt the graph" in out for out, _ in outs)
        assert {f"chile-{rnd}", f"peru-{rnd}"} <= _named_graphs(mini_home), outs


def test_a_second_writer_waits_then_fails_clearly(mini_home: Path) -> None:
    with writer_lock(mini_home / "graph"):
        r = subprocess.run([sys.executable, "-m", "diplograph", "build", "--home", str(mini_home), "--wait", "1"],
                           capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "another diplograph ingest or build still holds" in r.stderr and "Traceback" not in r.stderr
    assert not (mini_home / "graph" / "diplograph.nq").exists()


@pytest.mark.parametrize("libyaml", [True, False])
def test_aliases_are_refused_with_and_without_libyaml(libyaml: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from diplograph.errors import SourceError
    from diplograph.graph import yamlsafe

    if not libyaml:
        monkeypatch.setattr(yamlsafe, "_C_LOADER", None)
    assert yamlsafe.load_yaml_text("- {id: a, note: &n plain}\n- {id: b}\n", name="ok.yaml") == [{"id": "a", "note": "plain"}, {"id": "b"}]
    with pytest.raises(SourceError, match=r"bomb.yaml: line 3: YAML aliases \(\*x\) are not allowed here"):
        yamlsafe.load_yaml_text("a: &x [1, 2]\nb: 3\nc: [*x, *x]\n", name="bomb.yaml")
