"""Merge the extracted documents of the store into the curated sources: one fact per event.

Two facts from different documents that are the same event (:mod:`.identity`: same type, same defining
participants, compatible dates) become one fact that lists every supporting passage of every document;
otherwise both stay (a person visits a country many times). Curated facts are never merged with each
other; a curated fact keeps its id and its values, and takes the extracted passages. Facts that only
extracted documents state keep the id of the first document (in id order) and the most precise date.

For single-valued facts (:data:`.identity.SINGLE_VALUED`) another value from another document is a
contradiction: each claim stays a fact of its own documents, the preferred one is named (curated first,
then the most precise, then the one with most documents) and the contradiction is recorded
(:class:`~diplograph.model.Contradiction`), never resolved silently.

References between facts (a visit's ``capacity``, a partnership's ``established_by``) follow a fact into
the fact it merged into. An extracted fact that does not fit (an entity of the wrong type, a passage
outside its document) is left out with a :class:`~diplograph.model.Problem`, and references to it are
removed from the facts that stay.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any, Hashable, Mapping

from ..model import Contradiction, Document, Entity, Fact, Problem, Sources
from .identity import IDENTITY, OVERLAP_FIELDS, SINGLE_VALUED, about, anchors, claim_value, compatible, narrower, same_identity, span
from .facttypes import FACT_TYPES
from .sources import check_records
from .store import StoredDocument

__all__ = ["merge", "MergeReport", "preference"]

_DATE_FIELDS = frozenset({"date", "start", "end"})


@dataclass
class MergeReport:
    """What merging did, per extracted fact: kept as a new fact, merged into another, or left out."""

    #: extracted facts kept as facts of their own
    new: list[str] = field(default_factory=list)
    #: extracted fact id -> the fact it was merged into (curated or extracted)
    merged: dict[str, str] = field(default_factory=dict)
    #: single-valued facts that documents give different values for
    contradictions: list[Contradiction] = field(default_factory=list)
    #: facts left out, references removed, events that fit more than one fact
    problems: list[Problem] = field(default_factory=list)

    @property
    def kept(self) -> int:
        return len(self.new)

    @property
    def duplicates(self) -> int:
        return len(self.merged)


@dataclass
class _Group:
    fact: Fact
    curated: bool
    docs: set[str]


def preference(fact: Fact, curated: bool) -> tuple[Any, ...]:
    """Sort key of claims, preferred first: curated, then the most precise date, then most documents."""
    s = span(fact)
    width = (dt.date.fromisoformat(s[1]) - dt.date.fromisoformat(s[0])).days if s else 10**9
    return (not curated, width, -len(fact.docs()), fact.id)


def _claims_compatible(a: Fact, b: Fact) -> bool:
    if SINGLE_VALUED.get(a.type, ("date",)) == ("date",):
        return compatible(a, b)
    return claim_value(a) == claim_value(b)


def _absorb(g: _Group, f: Fact) -> Fact:
    """``g``'s fact with ``f``'s passages and (unless ``g`` is curated: curated values are never changed)
    what ``f`` adds: fields ``g`` lacks, more values of many-valued fields, a more precise date."""
    t = g.fact
    if g.curated:
        return replace(t, evidence=tuple(sorted(set(t.evidence) | set(f.evidence))))
    rtype = FACT_TYPES[t.type]
    values = dict(t.values)
    inferred = set(t.inferred)
    identity = set(IDENTITY.get(t.type, ())) - OVERLAP_FIELDS.get(t.type, frozenset())
    for fld in rtype.fields:
        name = fld.name
        if name not in f.values:
            continue
        if name not in values:
            if name not in f.inferred or not t.inferred or t.inference == f.inference:
                values[name] = f.values[name]
                if name in f.inferred:
                    inferred.add(name)
        elif fld.many and name not in identity:
            values[name] = tuple(sorted(set(values[name]) | set(f.values[name])))
    start, end, approximate = t.start, t.end, t.approximate
    inference = t.inference
    if narrower(f, t):
        start, end, approximate = f.start, f.end, f.approximate
        inferred -= _DATE_FIELDS
        f_date = set(f.inferred) & _DATE_FIELDS
        if f_date:  # an inferred date stays marked inferred (under the fact's rule when it has one)
            inferred |= f_date
            inference = inference or f.inference
    if not inferred:
        inference = None
    elif inference is None:
        inference = f.inference
    return replace(
        t,
        evidence=tuple(sorted(set(t.evidence) | set(f.evidence))),
        values=values,
        start=start,
        end=end,
        approximate=approximate,
        inferred=tuple(sorted(inferred)),
        inference=inference,
        confidence=max(t.confidence, f.confidence),
    )


def _remap(fact: Fact, ids: Mapping[str, str], known: set[str], problems: list[Problem]) -> Fact | None:
    """The fact with its references to merged facts redirected; references to facts left out are
    removed (or the fact, when the reference is required)."""
    values = dict(fact.values)
    changed = False
    for fld in FACT_TYPES[fact.type].fields:
        if fld.kind != "fact" or fld.name not in values:
            continue
        refs = values[fld.name] if fld.many else (values[fld.name],)
        new = tuple(dict.fromkeys(ids.get(r, r) for r in refs))
        kept = tuple(r for r in new if r in known)
        for r in new:
            if r not in known:
                problems.append(Problem("reference", fact.id, f"'{fld.name}' referred to {r}, which was left out; reference removed"))
        if not kept:
            if fld.required:
                problems.append(Problem("fact", fact.id, f"left out: its required '{fld.name}' was left out"))
                return None
            del values[fld.name]
            changed = True
        elif kept != tuple(refs):
            values[fld.name] = kept if fld.many else kept[0]
            changed = True
    return replace(fact, values=values) if changed else fact


def merge(curated: Sources | None, stored: list[StoredDocument]) -> tuple[Sources, MergeReport]:
    """Curated sources plus extracted documents, one fact per event (see the module docstring)."""
    report = MergeReport()
    cur = curated or Sources((), (), ())
    documents: dict[str, Document] = {d.id: d for d in cur.documents}
    entities: dict[str, Entity] = {e.id: e for e in cur.entities}
    usable: list[StoredDocument] = []
    for sd in sorted(stored, key=lambda s: s.document.id):
        if sd.document.id in documents:
            report.problems.append(Problem("document", sd.document.id, "an extracted document has the id of another document; left out (ingest it again)"))
            continue
        documents[sd.document.id] = sd.document
        usable.append(sd)
        for e in sd.entities:
            first = entities.setdefault(e.id, e)
            if first.type != e.type:
                report.problems.append(Problem("entity", e.id, f"{sd.document.id} gives a {e.type}, but it is a {first.type}; the {first.type} kept"))

    groups: list[_Group] = []
    index: dict[Hashable, list[int]] = {}

    def add(fact: Fact, is_curated: bool, docs: set[str]) -> None:
        groups.append(_Group(fact, is_curated, docs))
        for a in anchors(fact, entities):
            index.setdefault(a, []).append(len(groups) - 1)

    for f in cur.facts:
        add(f, True, set(f.docs()))
    ids: dict[str, str] = {}
    taken = {f.id for f in cur.facts}
    for sd in usable:
        doc = sd.document.id
        for f in sorted(sd.facts, key=lambda x: x.id):
            if f.id in taken:
                report.problems.append(Problem("fact", f.id, f"{doc}: id already used by another fact; left out"))
                continue
            taken.add(f.id)
            seen: set[int] = set()
            cands = []
            for a in anchors(f, entities):
                for i in index.get(a, ()):
                    if i not in seen and doc not in groups[i].docs and same_identity(groups[i].fact, f, entities):
                        seen.add(i)
                        cands.append(i)
            cands.sort()
            if f.type in SINGLE_VALUED:
                fits = sorted((i for i in cands if _claims_compatible(groups[i].fact, f)),
                              key=lambda i: preference(groups[i].fact, groups[i].curated))
            else:
                fits = [i for i in cands if compatible(groups[i].fact, f)]
                exact = [i for i in fits if span(groups[i].fact) == span(f)]
                if len(fits) > 1 and len(exact) != 1:
                    report.problems.append(Problem("ambiguous", f.id, f"{doc}: could be any of {', '.join(groups[i].fact.id for i in fits)}; kept apart"))
                    fits = []
                elif exact:
                    fits = exact
            if fits:
                g = groups[fits[0]]
                g.fact = _absorb(g, f)
                g.docs.add(doc)
                ids[f.id] = g.fact.id
                report.merged[f.id] = g.fact.id
            else:
                add(f, False, {doc})
                report.new.append(f.id)

    # references follow merged facts; facts that do not fit are left out, and references to them removed
    curated_ids = {f.id for f in cur.facts}
    facts = [g.fact for g in groups]
    while True:
        known = {f.id for f in facts}
        remapped: list[Fact] = []
        for f in facts:
            r = _remap(f, ids, known, report.problems)
            if r is not None:
                remapped.append(r)
        merged = Sources(tuple(sorted(documents.values(), key=lambda d: d.id)),
                         tuple(sorted(entities.values(), key=lambda e: e.id)),
                         tuple(sorted(remapped, key=lambda f: f.id)))
        bad = {p.id for p in check_records(merged) if p.kind == "fact" and p.id not in curated_ids}
        for p in check_records(merged):
            if p.id in bad:
                report.problems.append(p)
        if not bad:
            break
        facts = [f for f in remapped if f.id not in bad]
    kept_ids = {f.id for f in merged.facts}
    report.new = [i for i in report.new if i in kept_ids]
    report.contradictions = _contradictions(groups, kept_ids, entities, curated_ids)
    merged = replace(merged, contradictions=tuple(report.contradictions))
    return merged, report


def _contradictions(groups: list[_Group], kept: set[str], entities: Mapping[str, Entity], curated: set[str]) -> list[Contradiction]:
    """Single-valued facts of one identity with values that cannot all be true."""
    buckets: dict[Hashable, list[_Group]] = {}
    for g in groups:
        if g.fact.id in kept and g.fact.type in SINGLE_VALUED:
            for a in anchors(g.fact, entities):
                buckets.setdefault(a, []).append(g)
    out = []
    done: set[str] = set()
    for key in sorted(buckets, key=repr):
        live = buckets[key]
        for g in live:
            if g.fact.id in done:
                continue
            cluster = [h for h in live if h.fact.id not in done and same_identity(g.fact, h.fact, entities)]
            if len(cluster) < 2 or all(_claims_compatible(a.fact, b.fact) for a in cluster for b in cluster):
                continue
            done.update(h.fact.id for h in cluster)
            ranked = sorted(cluster, key=lambda h: preference(h.fact, h.curated))
            out.append(Contradiction(id=f"contradiction-{ranked[0].fact.id}", type=g.fact.type, contested=SINGLE_VALUED[g.fact.type][0],
                                     about=about(ranked[0].fact), claims=tuple(h.fact.id for h in ranked)))
    return sorted(out, key=lambda c: c.id)
