"""Merge the store of extracted documents into the curated sources.

Curated facts win; an extracted fact that states a curated one is a duplicate; one that disagrees is
reported and left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Fact, Sources
from .facttypes import fact_keys
from .sources import check_records
from .store import StoredDocument

__all__ = ["merge", "MergeReport"]


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
