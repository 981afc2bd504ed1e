"""The store of extracted documents: one YAML file per document, in the curated source format.

``<store>/<doc-id>.yaml`` holds ``document`` (the record of ``documents.yaml``), ``entities`` and
``facts``. Writing is atomic and deterministic (re-ingesting the same text gives the same bytes);
removing a document is deleting its file. :func:`diplograph.graph.merge.merge` combines the curated sources with the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import ExtractionError
from ..files import atomic_write
from .facttypes import FACT_TYPES
from .mapping import ENTITY_TYPES
from ..model import Document, Entity, Evidence, Fact, Sources
from .yamlsafe import load_yaml_file, load_yaml_text

__all__ = ["StoredDocument", "dump_document", "write_document", "load_store", "remove_document", "store_index", "entity_from_record"]


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


def store_index(store: Path | str) -> dict[str, tuple[str, str]]:
    """Document id -> (SHA-256 of the text, file name), for every document of a store (read from each
    file's head, not the whole file)."""
    out: dict[str, tuple[str, str]] = {}
    root = Path(store)
    for path in sorted(root.glob("*.yaml")) if root.is_dir() else []:
        head: list[str] = []
        try:
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("entities:") or line.startswith("facts:") or len(head) > 40:
                        break
                    head.append(line)
            data = load_yaml_text("".join(head), name=str(path), error=ExtractionError)
            out[str(data["document"]["id"])] = (str(data["document"]["sha256"]), str(data["document"].get("file", "")))
        except (OSError, UnicodeDecodeError, KeyError, TypeError, ExtractionError):
            out[path.stem] = ("", "")
    return out


def remove_document(store: Path, doc_id: str) -> bool:
    path = Path(store) / f"{doc_id}.yaml"
    if path.is_file():
        path.unlink()
        return True
    return False


def entity_from_record(rec: dict[str, Any]) -> Entity:
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
            data = load_yaml_file(path, error=ExtractionError)
            document = Document(**data["document"])
            entities = tuple(entity_from_record(e) for e in data.get("entities") or ())
            facts = tuple(_fact(f) for f in data.get("facts") or ())
        except (KeyError, TypeError, ValueError) as exc:
            raise ExtractionError(f"{path}: not a readable extracted document ({exc}); delete it and ingest the document again") from None
        out.append(StoredDocument(document, entities, facts))
    return out
