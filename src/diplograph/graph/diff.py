"""What changed between two builds, fact by fact: added, removed and changed facts, grouped by document.

Facts are compared by identity, not by triples: a fact of the old build and one of the new are the same
fact when they have the same id, or else the same type, the same defining participants and compatible
dates (:mod:`.identity`). So a report that adds a passage to a known visit shows as a change of that
visit (a source added), not as a removed and an added fact.

>>> from diplograph.model import Evidence, Fact, Sources
>>> v = Fact("v", "visit", (Evidence("d1", 0, 9),), {"visitor": ("a",), "host": "b"}, "2010")
>>> w = Fact("w", "visit", (Evidence("d1", 0, 9), Evidence("d2", 5, 9)), {"visitor": ("a",), "host": "b"}, "2010-09-13")
>>> d = diff_sources(Sources((), (), (v,)), Sources((), (), (w,)))
>>> [(c.kind, c.fact, c.documents, c.details) for c in d.changes]
[('changed', 'w', ('d2',), ('id v -> w', 'date 2010 -> 2010-09-13', 'source added: d2'))]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Fact, Sources
from .identity import SINGLE_VALUED, claim_value, compatible, same_identity, span
from .triples import fact_label

__all__ = ["Change", "Diff", "diff_sources"]


@dataclass(frozen=True)
class Change:
    """One fact added, removed or changed; ``documents`` are the documents the change is listed under."""

    kind: str
    fact: str
    type: str
    label: str
    documents: tuple[str, ...]
    details: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"change": self.kind, "fact": self.fact, "type": self.type, "label": self.label,
                "documents": list(self.documents), "details": list(self.details)}


@dataclass
class Diff:
    """The changes between two builds, in a stable order."""

    changes: list[Change] = field(default_factory=list)

    def by_document(self) -> dict[str, list[Change]]:
        """Changes grouped by document (a change that concerns two documents is listed under both)."""
        out: dict[str, list[Change]] = {}
        for c in self.changes:
            for d in c.documents or ("(no document)",):
                out.setdefault(d, []).append(c)
        return dict(sorted(out.items()))

    def counts(self) -> dict[str, int]:
        out = {"added": 0, "removed": 0, "changed": 0}
        for c in self.changes:
            out[c.kind] += 1
        return out

    def __bool__(self) -> bool:
        return bool(self.changes)


def _dates(f: Fact) -> str:
    if not f.start:
        return "-"
    return f.start if not f.end or f.end == f.start else f"{f.start}/{f.end}"


def _show(v: Any) -> str:
    return ", ".join(map(str, v)) if isinstance(v, tuple) else str(v)


def _details(old: Fact, new: Fact) -> tuple[list[str], set[str]]:
    """What differs, and the documents whose support changed."""
    out = []
    if old.id != new.id:
        out.append(f"id {old.id} -> {new.id}")
    if _dates(old) != _dates(new):
        out.append(f"date {_dates(old)} -> {_dates(new)}")
    for name in sorted(set(old.values) | set(new.values)):
        a, b = old.values.get(name), new.values.get(name)
        if a != b:
            out.append(f"{name} {_show(a) if a is not None else '-'} -> {_show(b) if b is not None else '-'}")
    od, nd = set(old.docs()), set(new.docs())
    out += [f"source added: {d}" for d in sorted(nd - od)]
    out += [f"source removed: {d}" for d in sorted(od - nd)]
    moved = {e.doc for e in set(old.evidence) ^ set(new.evidence)} & od & nd
    out += [f"passages changed: {d}" for d in sorted(moved)]
    if old.approximate != new.approximate:
        out.append(f"approximate {old.approximate} -> {new.approximate}")
    return out, (nd ^ od) | moved


def _matches(a: Fact, b: Fact, entities: dict[str, Any]) -> bool:
    if not same_identity(a, b, entities):
        return False
    if a.type in SINGLE_VALUED and SINGLE_VALUED[a.type] != ("date",):
        return claim_value(a) == claim_value(b)
    return compatible(a, b)


def diff_sources(old: Sources, new: Sources) -> Diff:
    """The facts added, removed and changed from ``old`` to ``new`` (see the module docstring)."""
    labels = {e.id: e.label for e in (*old.entities, *new.entities)}
    entities = {e.id: e for e in (*old.entities, *new.entities)}
    old_by_id = {f.id: f for f in old.facts}
    new_by_id = {f.id: f for f in new.facts}
    pairs: list[tuple[Fact, Fact]] = [(old_by_id[i], new_by_id[i]) for i in sorted(old_by_id.keys() & new_by_id.keys())]
    old_left = [old_by_id[i] for i in sorted(old_by_id.keys() - new_by_id.keys())]
    new_left = [new_by_id[i] for i in sorted(new_by_id.keys() - old_by_id.keys())]
    unmatched_new = []
    for n in new_left:
        cands = [o for o in old_left if _matches(o, n, entities)]
        exact = [o for o in cands if span(o) == span(n)]
        pick = exact[0] if exact else cands[0] if len(cands) == 1 else None
        if pick is None:
            unmatched_new.append(n)
        else:
            old_left.remove(pick)
            pairs.append((pick, n))
    changes = []
    for o, n in pairs:
        details, docs = _details(o, n)
        if details:
            changes.append(Change("changed", n.id, n.type, fact_label(n, labels), tuple(sorted(docs or n.docs())), tuple(details)))
    for n in unmatched_new:
        changes.append(Change("added", n.id, n.type, fact_label(n, labels), n.docs(), (f"date {_dates(n)}",) if n.start else ()))
    for o in old_left:
        changes.append(Change("removed", o.id, o.type, fact_label(o, labels), o.docs(), ()))
    order = {"added": 0, "changed": 1, "removed": 2}
    changes.sort(key=lambda c: (c.documents, order[c.kind], c.type, c.fact))
    return Diff(changes)
