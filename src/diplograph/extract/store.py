"""The store of extracted documents: one YAML file per document, in the curated source format.

``<store>/<doc-id>.yaml`` holds ``document`` (the record of ``documents.yaml``), ``entities`` and
``facts``. Writing is atomic and deterministic (re-ingesting the same text gives the same bytes);
removing a document is deleting its file. :func:`merge` combines the curated sources with the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import ExtractionError
from ..export import atomic_write
from ..mapping import ENTITY_TYPES, FACT_TYPES
from ..model import Document, Entity, Evidence, Fact, Sources
from ..sources import check_records
from .evaluate import fact_keys

__all__ = ["StoredDocument", "dump_document", "write_document", "load_store", "remove_document", "merge", "MergeReport"]


@dataclass(frozen=True)
class StoredDocument:
    """One extracted document: its record, the entities it needs and its facts."""

    document: Document
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]


def _fact_record(f: Fact) -> dict[str, Any]:
    rec: dict[str, Any] = {"id": f.id, "type": f.type}
    for fld in FACT_TYPES[f.type].fields:
        if fld.name in f.values:
            v = f.values[fld.name]
            rec[fld.name] = list(v) if isinstance(v, tuple) else v
    temporal = FACT_TYPES[f.type].temporal
    if f.start and temporal == "event" and not f.end:
        rec["date"] = f.start
    elif f.start:
        rec["start"] = f.start
        if f.end:
            rec["end"] = f.end
    if f.inferred:
        rec["inferred"] = list(f.inferred)
        rec["inference"] = f.inference
    if f.approximate:
        rec["approximate"] = True
    rec["confidence"] = f.confidence
    rec["evidence"] = [{"doc": e.doc, "start": e.start, "end": e.end} for e in f.evidence]
    return rec


def dump_document(document: Document, entities: dict[str, dict[str, Any]], facts: list[Fact]) -> str:
    """The YAML text of one extracted document (deterministic)."""
    doc = {k: v for k, v in document.__dict__.items() if v not in ("", None)}
    data = {
        "document": doc,
        "entities": [entities[k] for k in sorted(entities)],
        "facts": [_fact_record(f) for f in sorted(facts, key=lambda f: f.id)],
    }
    # libyaml's emitter when present (several times faster); a store is always written by one of them
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=120)


def write_document(store: Path, document: Document, entities: dict[str, dict[str, Any]], facts: list[Fact]) -> Path:
    path = Path(store) / f"{document.id}.yaml"
    atomic_write(path, dump_document(document, entities, facts))
    return path


def remove_document(store: Path, doc_id: str) -> bool:
    path = Path(store) / f"{doc_id}.yaml"
    if path.is_file():
        path.unlink()
        return True
    return False


def _entity(rec: dict[str, Any]) -> Entity:
    rtype = ENTITY_TYPES[rec["type"]]
    values = {f.name: rec[f.name] for f in rtype.fields if f.name in rec}
    return Entity(id=rec["id"], type=rec["type"], label=rec["label"], alt_labels=tuple(rec.get("alt_labels") or ()), values=values)


def _fact(rec: dict[str, Any]) -> Fact:
    rtype = FACT_TYPES[rec["type"]]
    values = {f.name: (tuple(rec[f.name]) if f.many else rec[f.name]) for f in rtype.fields if f.name in rec}
    return Fact(
        id=rec["id"],
        type=rec["type"],
        evidence=tuple(Evidence(**e) for e in rec["evidence"]),
        values=values,
        start=rec.get("date", rec.get("start")),
        end=rec.get("end"),
        inferred=tuple(rec.get("inferred") or ()),
        inference=rec.get("inference"),
        approximate=bool(rec.get("approximate", False)),
        confidence=float(rec.get("confidence", 1.0)),
    )


def load_store(store: Path | str) -> list[StoredDocument]:
    """Every extracted document of a store folder (none if the folder does not exist)."""
    out = []
    root = Path(store)
    for path in sorted(root.glob("*.yaml")) if root.is_dir() else []:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            document = Document(**data["document"])
            entities = tuple(_entity(e) for e in data.get("entities") or ())
            facts = tuple(_fact(f) for f in data.get("facts") or ())
        except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
            raise ExtractionError(f"{path}: not a readable extracted document ({exc}); delete it and ingest the document again") from None
        out.append(StoredDocument(document, entities, facts))
    return out


@dataclass
class MergeReport:
    """What merging did: facts kept, facts the curated sources already hold, and disagreements."""

    kept: int = 0
    duplicates: int = 0
    conflicts: list[str] | None = None
    dropped: list[str] | None = None


def _agrees(date: str | None, curated: set[str | None]) -> bool:
    """A date agrees with curated ones it equals, or that it only states less or more precisely
    ("2010" and "2010-09-13"): that is the same event, not a disagreement."""
    if date in curated:
        return True
    return date is not None and any(c is not None and (c.startswith(date) or date.startswith(c)) for c in curated)


def merge(curated: Sources | None, stored: list[StoredDocument]) -> tuple[Sources, MergeReport]:
    """Curated sources plus extracted documents. Curated records win: an extracted fact that says the
    same as a curated one (its date equal, or the same date at another precision) is dropped as a
    duplicate; one that disagrees with it (same relation and subject and object, another date) is
    dropped and reported."""
    conflicts: list[str] = []
    report = MergeReport(conflicts=conflicts, dropped=[])
    cur = curated or Sources((), (), ())
    entities = {e.id: e for e in cur.entities}
    documents = {d.id: d for d in cur.documents}
    cur_entities = dict(entities)
    curated_keys: dict[tuple[str, ...], set[str | None]] = {}
    for f in cur.facts:
        for key in fact_keys(f, cur_entities):
            curated_keys.setdefault(key[:3], set()).add(key[3])
    facts = {f.id: f for f in cur.facts}
    for sd in stored:
        documents.setdefault(sd.document.id, sd.document)
        for e in sd.entities:
            entities.setdefault(e.id, e)
    all_entities = dict(entities)
    for sd in stored:
        for f in sd.facts:
            keys = fact_keys(f, all_entities)
            known = [curated_keys.get(k[:3]) for k in keys]
            if keys and all(k is not None and _agrees(key[3], k) for k, key in zip(known, keys)):
                report.duplicates += 1
                continue
            clash = [key for k, key in zip(known, keys) if k is not None and not _agrees(key[3], k)]
            if clash:
                conflicts.append(f"{f.id} ({sd.document.id}): curated facts give {sorted(map(str, known[0] or []))} for {clash[0][:3]}, extracted {clash[0][3]}; curated kept")
                continue
            facts.setdefault(f.id, f)
    merged = Sources(
        documents=tuple(sorted(documents.values(), key=lambda d: d.id)),
        entities=tuple(sorted(entities.values(), key=lambda e: e.id)),
        facts=tuple(sorted(facts.values(), key=lambda f: f.id)),
    )
    problems = check_records(merged)
    if problems:  # an extracted fact that does not fit the entities is left out, never half-built
        bad = {p.split()[1].rstrip(":") for p in problems if p.startswith("fact ")}
        curated_ids = {f.id for f in cur.facts}
        report.dropped = sorted(problems)
        merged = Sources(merged.documents, merged.entities, tuple(f for f in merged.facts if f.id not in bad or f.id in curated_ids))
    report.kept = len([f for f in merged.facts if f.confidence < 1.0])
    return merged, report
