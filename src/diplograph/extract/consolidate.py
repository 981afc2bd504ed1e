"""Stage 7b: one event, one fact: within a document, an event told twice with dates of different
precision ("three visits ... in 2010, 2012 and 2016" and later "on 13 September 2010") is one fact with
the precise date and both passages.

An event with a coarser (or no) date is merged into the single event of the same type and the same core
fields whose date refines it; when two events refine it, it is left alone (it cannot say which).

>>> from diplograph.model import Evidence, Fact
>>> a = Fact("v1", "visit", (Evidence("d", 0, 9),), {"visitor": ("x",), "host": "peru"}, "2010")
>>> b = Fact("v2", "visit", (Evidence("d", 20, 29),), {"visitor": ("x",), "host": "peru"}, "2010-09-13")
>>> [(f.id, f.start, len(f.evidence)) for f in consolidate([a, b])]
[('v2', '2010-09-13', 2)]
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ..graph.facttypes import identity_of
from ..model import Fact

__all__ = ["consolidate"]

def _core(f: Fact) -> tuple[Any, ...] | None:
    """What makes two facts of a document the same event or status (the type's identity fields); a named
    meeting is its own event."""
    if f.type == "meeting" and "name" in f.values:
        return None
    if f.type == "summit":  # an online summit is another event than the year's summit held in the country that chaired it
        return (*identity_of(f), bool(f.values.get("online")))
    return identity_of(f)


def _refines(fine: str | None, coarse: str | None) -> bool:
    if fine is None:
        return False
    return coarse is None or (len(fine) > len(coarse) and fine.startswith(coarse))


def consolidate(facts: list[Fact]) -> list[Fact]:
    """``facts`` (of one document) with each coarser retelling merged into the event it refines."""
    by_core: dict[tuple[Any, ...], list[Fact]] = {}
    for f in facts:
        key = _core(f)
        if key is not None:
            by_core.setdefault(key, []).append(f)
    merged: dict[str, Fact] = {f.id: f for f in facts}
    for group in by_core.values():
        for coarse in sorted(group, key=lambda f: len(f.start or "")):
            finer = [f for f in group if f.id in merged and f is not coarse and _refines(f.start, coarse.start)]
            if len(finer) != 1 or coarse.id not in merged:
                continue
            target = merged[finer[0].id]
            merged[target.id] = replace(target, evidence=tuple(sorted(set(target.evidence) | set(coarse.evidence))))
            del merged[coarse.id]
    return sorted(_one_trip(_within(list(merged.values()))), key=lambda f: f.id)


def _within(facts: list[Fact]) -> list[Fact]:
    """A summit told by one of its days ("became a member on Thursday at the bloc's summit") and again with its days
    ("on July 3-4") is one summit: the day merges into the span that holds it."""
    spans = [f for f in facts if f.type == "summit" and f.start and f.end and len(f.start) == 10]
    gone: dict[str, Fact] = {}
    for f in facts:
        if f.type != "summit" or f.end or not f.start or len(f.start) != 10 or f in spans:
            continue
        holders = [g for g in spans if _core(g) == _core(f) and str(g.start) <= f.start <= str(g.end)]
        if len(holders) == 1:
            gone[f.id] = holders[0]
    if not gone:
        return facts
    out = []
    for f in facts:
        if f.id in gone:
            continue
        extra = [x for x, holder in gone.items() if holder.id == f.id]
        if extra:
            ev = set(f.evidence) | {e for x in facts if x.id in extra for e in x.evidence}
            f = replace(f, evidence=tuple(sorted(ev)))
        out.append(f)
    return out


#: days apart within which two visits of the same visitors to the same host are one trip
TRIP_DAYS = 7


def _one_trip(facts: list[Fact]) -> list[Fact]:
    """A visit told as begun ("arrived in Beijing on Sunday") and again as under way ("who is on a state visit
    to China", dated by the day of the talks) is one visit: the earliest day is its start."""
    visits: dict[tuple[Any, ...], list[Fact]] = {}
    for f in facts:
        if f.type == "visit" and f.start and len(f.start) == 10:
            visits.setdefault((tuple(sorted(f.values.get("visitor", ()))), f.values.get("host")), []).append(f)
    gone: set[str] = set()
    kept: dict[str, Fact] = {}
    for group in visits.values():
        group.sort(key=lambda f: (f.start or "", f.id))
        first = group[0]
        for later in group[1:]:
            if (date.fromisoformat(str(later.start)) - date.fromisoformat(str(first.start))).days <= TRIP_DAYS and not later.end:
                first = replace(first, evidence=tuple(sorted(set(first.evidence) | set(later.evidence))),
                                values={**later.values, **first.values})
                gone.add(later.id)
            else:
                kept[first.id] = first
                first = later
        kept[first.id] = first
    return [kept.get(f.id, f) for f in facts if f.id not in gone]
