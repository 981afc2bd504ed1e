"""Read and check the curated sources in ``graph/sources`` (YAML, see its README).

Every problem is reported with its file and record, and all problems are collected before raising, so a
curator fixes them in one pass.

>>> from diplograph.settings import Settings
>>> src = load_sources(Settings.discover().sources_dir)
>>> len(src.documents)
5
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, Iterable

from .. import dates
from ..errors import DocumentError, SourceError
from .yamlsafe import load_yaml_file
from .facttypes import FACT_TYPES
from .mapping import COMMON_FACT_KEYS, CONCEPTS, DOCUMENT_KINDS, ENTITY_TYPES, INFERENCE_RULES, RecordType
from ..model import Document, Entity, Evidence, Fact, Problem, Sources

__all__ = ["load_sources", "check_records", "check_corpus", "read_document_text", "ID_PATTERN"]

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DOC_ID_PATTERN = re.compile(r"^[A-Za-z0-9_.-]+$")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_ENTITY_KEYS = ("id", "type", "label", "alt_labels", "wikidata")
_DOCUMENT_KEYS = ("id", "file", "sha256", "length", "title", "kind", "published", "published_note", "language")


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")

    def raise_if_any(self, what: str) -> None:
        if self.items:
            shown = "\n  ".join(self.items[:50])
            more = f"\n  ... and {len(self.items) - 50} more" if len(self.items) > 50 else ""
            raise SourceError(f"{len(self.items)} problem(s) in {what}:\n  {shown}{more}")


def _read_yaml_list(path: Path) -> list[Any]:
    try:
        data = load_yaml_file(path)
    except FileNotFoundError:
        raise SourceError(f"{path}: missing; the sources folder needs documents.yaml, entities.yaml and facts/*.yaml") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise SourceError(f"{path}: expected a list of records at the top level, found {type(data).__name__}")
    return data


def _where(path: Path, index: int, record: Any) -> str:
    rid = record.get("id") if isinstance(record, dict) else None
    return f"{path.name}[{index}]" + (f" ({rid})" if rid else "")


def _unknown_keys(record: dict[str, Any], allowed: Iterable[str]) -> list[str]:
    allowed_set = set(allowed)
    return sorted(k for k in record if k not in allowed_set)


def _read_documents(path: Path, problems: _Problems) -> list[Document]:
    docs = []
    for i, rec in enumerate(_read_yaml_list(path)):
        where = _where(path, i, rec)
        if not isinstance(rec, dict):
            problems.add(where, "expected a mapping")
            continue
        bad = _unknown_keys(rec, _DOCUMENT_KEYS)
        if bad:
            problems.add(where, f"unknown key(s) {bad}; valid keys: {list(_DOCUMENT_KEYS)}")
        missing = [k for k in ("id", "file", "sha256", "length", "title", "kind", "published") if k not in rec]
        if missing:
            problems.add(where, f"missing {missing}")
            continue
        if not _DOC_ID_PATTERN.match(str(rec["id"])):
            problems.add(where, "document id may hold only letters, digits, '_', '.' and '-'")
        if rec["kind"] not in DOCUMENT_KINDS:
            problems.add(where, f"kind {rec['kind']!r} is not one of {sorted(DOCUMENT_KINDS)}")
        if not isinstance(rec["length"], int) or rec["length"] <= 0:
            problems.add(where, "length must be a positive integer (code points)")
        if not re.fullmatch(r"[0-9a-f]{64}", str(rec["sha256"])):
            problems.add(where, "sha256 must be 64 lower-case hex digits")
        try:
            published = dates.normalise(rec["published"])
        except ValueError as exc:
            problems.add(where, f"published: {exc}")
            continue
        docs.append(
            Document(
                id=str(rec["id"]),
                file=str(rec["file"]),
                sha256=str(rec["sha256"]),
                length=int(rec["length"]),
                title=str(rec["title"]),
                kind=str(rec["kind"]),
                published=published,
                language=str(rec.get("language", "en")),
                published_note=str(rec.get("published_note", "")),
            )
        )
    return docs


def _check_fields(record: dict[str, Any], rtype: RecordType, where: str, problems: _Problems) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in rtype.fields:
        if f.name not in record or record[f.name] is None:
            if f.required:
                problems.add(where, f"{rtype.name} needs '{f.name}'")
            continue
        raw = record[f.name]
        items = raw if isinstance(raw, list) else [raw]
        if not f.many and isinstance(raw, list):
            problems.add(where, f"'{f.name}' takes one value, not a list")
            continue
        if f.kind in ("entity", "fact"):
            if not all(isinstance(x, str) for x in items):
                problems.add(where, f"'{f.name}' must hold id(s) (strings)")
                continue
        elif f.kind == "concept":
            table = CONCEPTS[f.concepts]
            if raw not in table:
                problems.add(where, f"'{f.name}': {raw!r} is not one of {sorted(map(str, table))}")
                continue
        elif f.kind in ("decimal", "integer"):
            if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                problems.add(where, f"'{f.name}' must be a number")
                continue
        elif f.kind == "bool":
            if not isinstance(raw, bool):
                problems.add(where, f"'{f.name}' must be true or false")
                continue
        elif f.kind == "year":
            try:
                raw = dates.normalise(raw)
                if dates.precision(raw) != "year":
                    raise ValueError("a year (YYYY) is needed")
            except ValueError as exc:
                problems.add(where, f"'{f.name}': {exc}")
                continue
        elif not isinstance(raw, str) or not raw.strip():
            problems.add(where, f"'{f.name}' must be non-empty text")
            continue
        values[f.name] = tuple(items) if f.many else raw
    return values


def _read_entities(path: Path, problems: _Problems) -> list[Entity]:
    entities = []
    for i, rec in enumerate(_read_yaml_list(path)):
        where = _where(path, i, rec)
        if not isinstance(rec, dict):
            problems.add(where, "expected a mapping")
            continue
        rtype = ENTITY_TYPES.get(rec.get("type", ""))
        if rtype is None:
            problems.add(where, f"type {rec.get('type')!r} is not one of {sorted(ENTITY_TYPES)}")
            continue
        bad = _unknown_keys(rec, (*_ENTITY_KEYS, *(f.name for f in rtype.fields)))
        if bad:
            problems.add(where, f"unknown key(s) {bad} for a {rtype.name}; valid: {[*_ENTITY_KEYS, *(f.name for f in rtype.fields)]}")
        if not isinstance(rec.get("label"), str) or not rec["label"].strip():
            problems.add(where, "needs a non-empty 'label'")
            continue
        alt = rec.get("alt_labels") or []
        if not isinstance(alt, list) or not all(isinstance(a, str) and a.strip() for a in alt):
            problems.add(where, "'alt_labels' must be a list of non-empty strings")
            alt = []
        wikidata = rec.get("wikidata")
        if wikidata is not None and not (isinstance(wikidata, str) and _WIKIDATA.match(wikidata)):
            problems.add(where, f"wikidata {wikidata!r} must look like Q123")
            wikidata = None
        values = _check_fields(rec, rtype, where, problems)
        entities.append(
            Entity(
                id=str(rec.get("id")),
                type=rtype.name,
                label=rec["label"].strip(),
                alt_labels=tuple(dict.fromkeys(a.strip() for a in alt if a.strip() != rec["label"].strip())),
                wikidata=wikidata,
                values=values,
            )
        )
    return entities


def _read_evidence(raw: Any, where: str, problems: _Problems) -> tuple[Evidence, ...]:
    if not isinstance(raw, list) or not raw:
        problems.add(where, "needs 'evidence': a non-empty list of {doc, start, end}")
        return ()
    out = []
    for j, ev in enumerate(raw):
        if not (isinstance(ev, dict) and set(ev) == {"doc", "start", "end"}):
            problems.add(where, f"evidence[{j}] must have exactly the keys doc, start, end")
            continue
        if not all(isinstance(ev[k], int) and not isinstance(ev[k], bool) for k in ("start", "end")):
            problems.add(where, f"evidence[{j}]: start and end must be integers")
            continue
        out.append(Evidence(doc=str(ev["doc"]), start=ev["start"], end=ev["end"]))
    return tuple(sorted(set(out)))


def _read_facts(path: Path, problems: _Problems) -> list[Fact]:
    facts = []
    for i, rec in enumerate(_read_yaml_list(path)):
        where = _where(path, i, rec)
        if not isinstance(rec, dict):
            problems.add(where, "expected a mapping")
            continue
        rtype = FACT_TYPES.get(rec.get("type", ""))
        if rtype is None:
            problems.add(where, f"type {rec.get('type')!r} is not one of {sorted(FACT_TYPES)}")
            continue
        allowed = (*COMMON_FACT_KEYS, *(f.name for f in rtype.fields))
        bad = _unknown_keys(rec, allowed)
        if bad:
            problems.add(where, f"unknown key(s) {bad} for a {rtype.name}; valid: {list(allowed)}")
        values = _check_fields(rec, rtype, where, problems)
        start = end = None
        try:
            if "date" in rec and ("start" in rec or "end" in rec):
                raise ValueError("give either 'date' or 'start'/'end', not both")
            if rtype.temporal == "figure" and any(k in rec for k in ("date", "start", "end")):
                raise ValueError("a figure is dated by its 'year', not by date/start/end")
            if rtype.temporal == "status" and "date" in rec:
                raise ValueError("a status has 'start'/'end', not 'date'")
            raw_start = rec.get("date", rec.get("start"))
            start = dates.normalise(raw_start) if raw_start is not None else None
            end = dates.normalise(rec["end"]) if rec.get("end") is not None else None
            if end is not None and start is None and rtype.temporal == "event":
                raise ValueError("'end' without 'start'")
            if start and end and dates.bounds(end)[1] < dates.bounds(start)[0]:
                raise ValueError(f"end {end} is before start {start}")
            if rtype.temporal == "event" and rtype.dated and start is None:
                raise ValueError(f"a {rtype.name} needs a 'date' (or 'start')")
        except ValueError as exc:
            problems.add(where, str(exc))
        inferred = rec.get("inferred") or []
        if not isinstance(inferred, list) or not all(isinstance(x, str) for x in inferred):
            problems.add(where, "'inferred' must be a list of field names")
            inferred = []
        field_names = {f.name for f in rtype.fields} | {"date", "start", "end"}
        for name in inferred:
            if name not in field_names:
                problems.add(where, f"inferred field {name!r} is not a field of a {rtype.name}: {sorted(field_names)}")
        inference = rec.get("inference")
        if inferred and inference not in INFERENCE_RULES:
            problems.add(where, f"'inference' must be one of {sorted(INFERENCE_RULES)} when 'inferred' is given")
        if inference is not None and not inferred:
            problems.add(where, "'inference' given without 'inferred' fields")
        approximate = rec.get("approximate", False)
        if not isinstance(approximate, bool):
            problems.add(where, "'approximate' must be true or false")
            approximate = False
        note = rec.get("note")
        facts.append(
            Fact(
                id=str(rec.get("id")),
                type=rtype.name,
                evidence=_read_evidence(rec.get("evidence"), where, problems),
                values=values,
                start=start,
                end=end,
                inferred=tuple(sorted(set(inferred))),
                inference=inference if inferred else None,
                approximate=approximate,
                note=str(note) if note else None,
            )
        )
    return facts


def check_records(sources: Sources) -> list[Problem]:
    """Cross-record checks: unique ids, references to existing records of the right type, offsets in range.

    Each problem is a :class:`~diplograph.model.Problem` naming the record (``kind`` ``entity``, ``fact``
    or ``document``, and its id), so callers act on records, never on message text.
    """
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for kind, records in (("entity", sources.entities), ("fact", sources.facts)):
        for r in records:
            if not ID_PATTERN.match(r.id):
                problems.append(Problem(kind, r.id, "ids are lower-case slugs such as 'ilham-aliyev'"))
            if r.id in seen:
                problems.append(Problem(kind, r.id, f"id already used by a {seen[r.id]}"))
            seen[r.id] = r.type
    doc_ids = [d.id for d in sources.documents]
    for doc_id in sorted({d for d in doc_ids if doc_ids.count(d) > 1}):
        problems.append(Problem("document", doc_id, "repeated document id"))
    docs = {d.id: d for d in sources.documents}
    entity_types = {e.id: e.type for e in sources.entities}
    fact_types = {f.id: f.type for f in sources.facts}

    def check_refs(kind: str, owner: str, rtype: RecordType, values: Any) -> None:
        for f in rtype.fields:
            if f.kind not in ("entity", "fact") or f.name not in values:
                continue
            refs = values[f.name] if f.many else (values[f.name],)
            table = entity_types if f.kind == "entity" else fact_types
            for ref in refs:
                if ref not in table:
                    problems.append(Problem(kind, owner, f"'{f.name}' refers to unknown {f.kind} {ref!r}"))
                elif f.targets and table[ref] not in f.targets:
                    problems.append(Problem(kind, owner, f"'{f.name}' must refer to a {' or '.join(f.targets)}, but {ref!r} is a {table[ref]}"))

    for e in sources.entities:
        check_refs("entity", e.id, ENTITY_TYPES[e.type], e.values)
    for fact in sources.facts:
        check_refs("fact", fact.id, FACT_TYPES[fact.type], fact.values)
        for ev in fact.evidence:
            doc = docs.get(ev.doc)
            if doc is None:
                problems.append(Problem("fact", fact.id, f"evidence names unknown document {ev.doc!r}; known: {sorted(docs)}"))
            elif not 0 <= ev.start < ev.end <= doc.length:
                problems.append(Problem("fact", fact.id, f"passage {ev.start}-{ev.end} is not inside {ev.doc} (length {doc.length})"))
    return problems


def load_sources(path: Path | str) -> Sources:
    """Load and check ``documents.yaml``, ``entities.yaml`` and ``facts/*.yaml`` from a sources folder."""
    root = Path(path)
    if not root.is_dir():
        raise SourceError(f"{root}: not a folder; pass the sources folder (default graph/sources)")
    problems = _Problems()
    documents = _read_documents(root / "documents.yaml", problems)
    entities = _read_entities(root / "entities.yaml", problems)
    facts: list[Fact] = []
    fact_files = sorted((root / "facts").glob("*.yaml"))
    if not fact_files:
        problems.add(str(root / "facts"), "no *.yaml fact files")
    for fact_file in fact_files:
        facts.extend(_read_facts(fact_file, problems))
    problems.raise_if_any(str(root))
    sources = Sources(
        documents=tuple(sorted(documents, key=lambda d: d.id)),
        entities=tuple(sorted(entities, key=lambda e: e.id)),
        facts=tuple(sorted(facts, key=lambda f: f.id)),
    )
    for p in check_records(sources):
        problems.add(str(root), str(p))
    problems.raise_if_any(str(root))
    return sources


def read_document_text(document: Document, corpus_dir: Path | str) -> str:
    """Read a source document's text and check it is the exact text its offsets were taken from."""
    corpus = Path(corpus_dir).resolve()
    path = (corpus / document.file).resolve()
    if not path.is_relative_to(corpus):
        raise DocumentError(f"document {document.id}: file {document.file!r} points outside the corpus folder {corpus}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"document {document.id}: cannot read {path}: {exc.strerror}") from None
    digest = hashlib.sha256(data).hexdigest()
    if digest != document.sha256:
        raise DocumentError(
            f"document {document.id}: {path} has SHA-256 {digest[:12]}..., the sources expect {document.sha256[:12]}...; "
            "the text changed, so the passage offsets no longer fit: re-curate the offsets and update documents.yaml"
        )
    return data.decode("utf-8")


def check_corpus(sources: Sources, corpus_dir: Path | str) -> list[str]:
    """Check each passage against the document text: the text there names an entity of the fact.

    Returns problems as strings (empty when all passages fit). Documents that cannot be read raise
    :class:`DocumentError`.
    """
    texts = {d.id: read_document_text(d, corpus_dir) for d in sources.documents}
    problems = []
    entities = {e.id: e for e in sources.entities}
    for d in sources.documents:
        if len(texts[d.id]) != d.length:
            problems.append(f"document {d.id}: length is {len(texts[d.id])}, documents.yaml says {d.length}")
    for fact in sources.facts:
        refs = _entity_refs(fact)
        # an entity is also named through what defines it: an embassy through its sending country
        named = [*refs, *(n for ref in refs if ref in entities for n in _entity_links(entities[ref]))]
        labels = [label.casefold() for ref in named if ref in entities for label in entities[ref].labels]
        for ev in fact.evidence:
            passage = texts[ev.doc][ev.start : ev.end].casefold()
            if not any(label in passage for label in labels):
                problems.append(f"fact {fact.id}: passage {ev.doc}:{ev.start}-{ev.end} names none of {sorted(refs)}")
    return problems


def _entity_refs(fact: Fact) -> list[str]:
    rtype = FACT_TYPES[fact.type]
    refs: list[str] = []
    for f in rtype.fields:
        if f.kind == "entity" and f.name in fact.values:
            v = fact.values[f.name]
            refs.extend(v if f.many else (v,))
    return refs


def _entity_links(entity: Entity) -> list[str]:
    """The entities an entity's own fields point to (an embassy's sender, receiver and city)."""
    links: list[str] = []
    for f in ENTITY_TYPES[entity.type].fields:
        if f.kind == "entity" and f.name in entity.values:
            v = entity.values[f.name]
            links.extend(v if f.many else (v,))
    return links
