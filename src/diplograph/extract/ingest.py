"""The extraction stage's entry points behind ``diplograph ingest`` and ``diplograph evaluate``.

``ingest`` reads files (or folders of them), extracts each, writes each document's YAML into the store
atomically, and reports per file; one bad file never stops the batch. ``evaluate`` extracts the curated
documents and scores the result against the curated facts. Rebuilding the graph afterwards is the API's
job (:func:`diplograph.api.ingest`), not this module's.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

from .. import dates as iso_dates
from ..errors import DiplographError, DocumentError, ExtractionError
from ..model import Document
from .align import align, remap_entity, remap_fact
from .evaluate import Key, Score, fact_keys, score
from .language import check_english
from .normalise import MAX_BYTES, normalise_bytes, read_document_bytes
from .pipeline import Extractor
from ..graph.mapping import DOCUMENT_KINDS
from ..graph.sources import load_sources
from ..graph.store import entity_from_record, remove_document, store_index, write_document

__all__ = ["FileResult", "IngestResult", "ingest", "remove", "evaluate", "EvaluateResult", "document_id", "assign_id", "SUFFIXES"]

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")


@dataclass
class FileResult:
    path: Path
    doc_id: str
    ok: bool
    facts: int = 0
    message: str = ""
    changed: bool = False
    warnings: list[str] = field(default_factory=list)
    #: one line per fact: type, date, id and the passage's offsets
    listing: list[str] = field(default_factory=list)


@dataclass
class IngestResult:
    files: list[FileResult]
    store: Path

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if not f.ok]


def document_id(path: Path) -> str:
    """A document id from a file name: its stem, with anything but letters, digits, ``_.-`` made ``-``."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-.") or "document"


def assign_id(path: Path, sha256: str, taken: Mapping[str, str], curated: Mapping[str, str]) -> tuple[str, str]:
    """The id a document gets in the store, and a note when it is not the file name's.

    ``taken`` and ``curated`` map the ids of the stored and of the curated documents to the SHA-256 of
    their text. The same text keeps the id it has (re-ingesting it replaces its own record); another text
    never takes a used id, so ``a/news.txt`` and ``b/news.txt`` (or ``report 1.txt`` and ``report-1.txt``)
    are two documents, and a file named like a curated document is stored under another id.
    Text that *is* a curated document is refused (:class:`~diplograph.errors.DocumentError`).

    >>> assign_id(Path("b/news.txt"), "ab12cd34" + "0" * 56, {"news": "f" * 64}, {})
    ('news-ab12cd34', 'news is the id of another document (different text); stored as news-ab12cd34')
    >>> assign_id(Path("copy.txt"), "f" * 64, {"news": "f" * 64}, {})
    ('news', 'the same text as document news, ingested before: its record is refreshed')
    """
    for cid, csha in sorted(curated.items()):
        if csha == sha256:
            raise DocumentError(f"{path}: the same text as the curated document {cid}; its facts are curated already, nothing to ingest")
    base = document_id(path)
    same = sorted(i for i, s in taken.items() if s == sha256)
    if same:
        note = "" if same[0] == base else f"the same text as document {same[0]}, ingested before: its record is refreshed"
        return same[0], note
    if base not in taken and base not in curated:
        return base, ""
    for n in (8, 16, 64):
        alt = f"{base}-{sha256[:n]}"
        if alt not in taken and alt not in curated:
            break
    who = "the curated document" if base in curated else "another document (different text)"
    return alt, f"{base} is the id of {who}; stored as {alt}"


def _expand(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


def _catalog(path: Path) -> dict[str, object]:
    cat = path.parent / "catalog.json"
    if not cat.is_file():
        return {}
    try:
        for rec in json.loads(cat.read_text(encoding="utf-8")):
            if rec.get("file") == path.name:
                return dict(rec)
    except (ValueError, AttributeError, TypeError):
        return {}
    return {}


def extract_file(extractor: Extractor, path: Path, *, published: str | None = None, max_bytes: int = MAX_BYTES, encoding: str | None = None,
                 doc_id: str | None = None, data: bytes | None = None, file_name: str | None = None) -> tuple[Document, dict, list, list[str]]:
    """Read (unless ``data`` is given) and extract one file; return its document record, entities, facts
    and warnings. The document id is ``doc_id`` (default: from the file name), its recorded file name
    ``file_name`` (default: the path's)."""
    if data is None:
        data = read_document_bytes(path, max_bytes=max_bytes)
    norm = normalise_bytes(data, name=str(path), encoding=encoding, max_bytes=max_bytes)
    check_english(norm.text, str(path))
    warnings = [f"encoding guessed as {norm.encoding}; pass --encoding if that is wrong"] if norm.guessed_encoding else []
    cat = _catalog(path)
    pub = published or (str(cat["published"]) if cat.get("published") else None)
    if pub is not None:
        try:
            pub = iso_dates.normalise(pub)
        except ValueError as exc:
            raise DocumentError(f"{path}: publication date: {exc}") from None
    else:
        warnings.append("no publication date (pass --published): relative dates left out")
    doc_id = doc_id or document_id(path)
    title = str(cat.get("title") or next((ln.strip(" =#") for ln in norm.text.splitlines() if ln.strip()), path.stem))[:200]
    kind = str(cat.get("kind") or "news")
    document = Document(
        id=doc_id, file=file_name or path.name, sha256=hashlib.sha256(data).hexdigest(), length=len(norm.original),
        title=title, kind=kind if kind in DOCUMENT_KINDS else "news",
        published=pub or "1900", language="en",
        published_note="" if pub else "unknown: no publication date was given",
    )
    result = extractor.extract(norm, doc_id=doc_id, published=pub, title=title)
    return document, result.entities, result.facts, warnings


def ingest(
    paths: list[Path | str],
    *,
    store_dir: Path,
    entities_file: Path | None = None,
    curated: Mapping[str, str] | None = None,
    published: str | None = None,
    dry_run: bool = False,
    max_bytes: int = MAX_BYTES,
    encoding: str | None = None,
    progress: Callable[[Path], None] | None = None,
) -> IngestResult:
    """Extract each file and write it into the store ``store_dir``. ``entities_file`` (the curated
    ``entities.yaml``) tells the extractor the known entities; ``curated`` maps the curated documents'
    ids to their SHA-256 (their ids are never taken, their texts never ingested).

    Ids never collide (:func:`assign_id`): the same text keeps its id and re-ingesting it rewrites the
    same bytes (a no-op); another text with the same file name gets another id. Each file is read safely
    (:func:`~diplograph.extract.normalise.read_document_bytes`); a bad file gets its own message and the
    batch goes on."""
    extractor = Extractor.create(entities_file if entities_file is not None and entities_file.is_file() else None)
    reserved = dict(curated or {})
    index = store_index(store_dir)
    taken = {i: sha for i, (sha, _) in index.items()}
    files = {i: name for i, (_, name) in index.items()}
    results = []
    for path in _expand([Path(p) for p in paths]):
        if progress:
            progress(path)
        doc_id = document_id(path)
        try:
            data = read_document_bytes(path, max_bytes=max_bytes)
            sha = hashlib.sha256(data).hexdigest()
            doc_id, note = assign_id(path, sha, taken, reserved)
            document, entities, facts, warnings = extract_file(extractor, path, published=published, max_bytes=max_bytes, encoding=encoding,
                                                               doc_id=doc_id, data=data, file_name=files.get(doc_id))
            if note:
                warnings.insert(0, note)
            changed = True
            if not dry_run:
                target = store_dir / f"{doc_id}.yaml"
                before = target.read_bytes() if target.is_file() else None
                write_document(store_dir, document, entities, facts)
                changed = before != target.read_bytes()
            taken[doc_id] = sha
            files.setdefault(doc_id, path.name)
            listing = [f"{f.type:<22} {f.start or '-':<10} {f.id}  [{', '.join(f'{e.start}-{e.end}' for e in f.evidence)}]" for f in facts]
            results.append(FileResult(path, doc_id, True, len(facts), "", changed, warnings, listing))
        except DiplographError as exc:
            results.append(FileResult(path, doc_id, False, message=str(exc)))
        except UnicodeError as exc:  # a decoder's error that slipped through: still one message for this file
            results.append(FileResult(path, doc_id, False, message=f"{path}: cannot decode: {exc}"))
        except OSError as exc:
            results.append(FileResult(path, doc_id, False, message=f"{path}: cannot write the store: {exc.strerror or exc}"))
    return IngestResult(results, store_dir)


def remove(doc_ids: list[str], *, store_dir: Path) -> list[str]:
    """Remove documents from the store: by id, by the path of the file ingested (found by its text), or
    by its file name; return the ids that were there."""
    index = {i: sha for i, (sha, _) in store_index(store_dir).items()}
    removed = []
    for x in doc_ids:
        path = Path(x)
        found: str | None = x if x in index else None
        if found is None and path.is_file():
            try:
                sha = hashlib.sha256(read_document_bytes(path)).hexdigest()
                found = next((i for i, s in sorted(index.items()) if s == sha), None)
            except DocumentError:
                found = None
        if found is None and document_id(path) in index:
            found = document_id(path)
        if found is not None and remove_document(store_dir, found):
            removed.append(found)
            index.pop(found, None)
    return removed


@dataclass
class EvaluateResult:
    scores: dict[str, Score]
    documents: list[str]


def evaluate(
    docs: list[Path | str] | None = None,
    *,
    gold_dir: Path,
    corpus_dir: Path,
    entities_file: Path | None = None,
) -> EvaluateResult:
    """Extract documents (default: every document of the gold's ``documents.yaml`` found in ``corpus_dir``)
    and score them against the gold facts of ``gold_dir`` (a folder in the curated sources format).

    The extractor knows the entities of ``entities_file`` (the published graph's ``entities.yaml``), never
    the gold's own: a development gold must not teach the extractor its answers."""
    sources = load_sources(gold_dir)
    files = _expand([Path(p) for p in docs]) if docs else ([corpus_dir / d.file for d in sources.documents] if corpus_dir.is_dir() else [])
    if not files:
        raise DocumentError(f"no documents to evaluate: pass them, or put the corpus at {corpus_dir}")
    by_file = {d.file: d for d in sources.documents}
    entities = {e.id: e for e in sources.entities}
    extractor = Extractor.create(entities_file if entities_file is not None and entities_file.is_file() else None)
    gold: set[Key] = set()
    predicted: set[Key] = set()
    used = []
    for path in files:
        doc = by_file.get(path.name)
        if doc is None:
            raise DocumentError(f"{path}: not a curated document; evaluate needs documents listed in {gold_dir / 'documents.yaml'} ({sorted(by_file)})")
        if not path.is_file():
            raise DocumentError(f"{path}: document not found")
        used.append(doc.id)
        norm = normalise_bytes(path.read_bytes(), name=str(path))
        result = extractor.extract(norm, doc_id=doc.id, published=doc.published, title=doc.title)
        # an extracted entity with another id than the gold's counts as the gold's when its labels say so
        extracted = [entity_from_record(rec) for rec in result.entities.values()]
        mapping = align(extracted, sources.entities)
        ents = dict(entities)
        for e in extracted:
            ents.setdefault(mapping.get(e.id, e.id), remap_entity(e, mapping))
        for f in result.facts:
            predicted.update((doc.id, *k) for k in fact_keys(remap_fact(f, mapping), ents))  # type: ignore[misc]
        for f in sources.facts:
            if doc.id in f.docs():
                gold.update((doc.id, *k) for k in fact_keys(f, entities))  # type: ignore[misc]
    scores = score({(k[1], k[0], *k[2:]) for k in gold}, {(k[1], k[0], *k[2:]) for k in predicted})
    return EvaluateResult(scores, used)
