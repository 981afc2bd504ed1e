"""Stage 6: the unit the relation rules read (:class:`Clause`), what they find (:class:`Candidate`), and the
readings they share: the date of a trigger word, whether an event word states something that happened, the
persons and countries a clause names.

A candidate is a plain dict in the curated source format, without id and evidence (see :mod:`.facts`).

>>> ASIDE.search("Ruiz, a former minister who took office in May, visited Lima") is not None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .gazetteer import Mention
from .modality import after_publication, modality
from .temporal import DateMention

__all__ = [
    "ASIDE", "DATELINE_DATE", "Candidate", "Clause", "countries_in", "distinct_persons", "first_date", "first_real", "happened",
    "near_date", "planned_date",
]


@dataclass
class Clause:
    """One sentence or list item with everything found in it."""

    text: str
    start: int
    kind: str
    section: tuple[str, ...]
    mentions: list[Mention]
    dates: list[DateMention]
    main_countries: tuple[str, ...] = ()
    bilateral: bool = False
    #: the document's publication date (relative, its own precision), for leads and "currently"
    published: DateMention | None = None
    #: the first sentence of the document's body: a news lead reports an event of the day of publication
    lead: bool = False
    #: what earlier clauses of the document left for later ones (e.g. the organisation of a summit)
    memory: dict[str, str] = field(default_factory=dict)

    def of_type(self, *types: str) -> list[Mention]:
        return [m for m in self.mentions if m.type in types]


@dataclass
class Candidate:
    """A fact found by a pattern: its type, fields, dates, confidence and new entities it needs."""

    type: str
    values: dict[str, Any]
    date: DateMention | None = None
    confidence: float = 0.7
    inferred: tuple[str, ...] = ()
    inference: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    approximate: bool = False


#: a news dateline with the report's day: "RAROTONGA, Cook Islands, Nov 10 AAP -", "PHNOM PENH, Nov. 13 (Xinhua) --"
DATELINE_DATE = re.compile(r"\s*[A-Z][A-Z .'’-]{2,40},\s+(?:[A-Z][\w .'’-]{2,40},\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\(?[A-Z][\w]*\)?)?\s*[-–—]+\s")

#: a building or venue, never a person: "Lingkana Palace", "Grand Hotel", "State House"
_PLACE_NAME = re.compile(r"\b(?:Palace|Hotel|House|Hall|Castle|Centre|Center|Airport|Square|Stadium|Mansion|Residence|Fortress|Pavilion)$")


def countries_in(clause: Clause, after: int | None = None, before: int | None = None) -> list[str]:
    """The countries the clause names (between clause positions ``after`` and ``before`` when given), each once,
    in order; not a currency ("US$") nor a city."""
    out: list[str] = []
    for m in clause.mentions:
        if after is not None and m.start < after or before is not None and m.start >= before:
            continue
        c = m.entity if m.type == "country" else None
        if c and clause.text[m.end - clause.start : m.end - clause.start + 1] == "$":
            c = None  # "US$2.5 billion": a currency, not the country
        if m.type == "city" and m.kind in ("capital", "name"):
            c = None
        if c and c not in out:
            out.append(c)
    return out


#: an aside whose dates are not the event's: "X, who will retire in 2024, visited"
ASIDE = re.compile(r",\s+(?:who|which|whose|an?\s+(?:former|retired|veteran|one-time|longtime|long-time)\b)[^,;]*,")  # ", a former minister who took office in May,"


def near_date(clause: Clause, pos: int) -> DateMention | None:
    """The date expression nearest to the trigger at clause position ``pos``."""
    best: tuple[int, DateMention] | None = None
    t = clause.text
    asides = [(m.start(), m.end()) for m in ASIDE.finditer(t) if not m.start() <= pos < m.end()]
    same = [d for d in clause.dates if not any(a <= d.pos < b for a, b in asides)]
    for d in same or clause.dates:
        gap = d.pos - pos if d.pos >= pos else pos - d.endpos
        if best is None or gap < best[0]:
            best = (gap, d)
    return best[1] if best else None


def happened(clause: Clause, m: re.Match[str] | None) -> re.Match[str] | None:
    """``m`` if the event word it matched states something that happened (not planned, not denied)."""
    return m if m is not None and modality(clause.text, m.start(), m.end()) is None else None


def first_real(pattern: re.Pattern[str], clause: Clause) -> re.Match[str] | None:
    """The first match of ``pattern`` in the clause that states an event that happened."""
    m = pattern.search(clause.text)
    if m is None or happened(clause, m):
        return m
    return next((x for x in pattern.finditer(clause.text, m.end()) if happened(clause, x)), None)


def planned_date(clause: Clause, d: DateMention | None) -> bool:
    """Whether ``d`` lies after the publication of the document: an event announced, not one that happened."""
    return d is not None and clause.published is not None and after_publication(d.start, clause.published.start)


def first_date(clause: Clause) -> DateMention | None:
    """The clause's first date expression, if any."""
    return clause.dates[0] if clause.dates else None


def distinct_persons(clause: Clause) -> list[Mention]:
    """Each person once, at their first mention, with the richest description any mention gave (title, country)."""
    first: dict[str, Mention] = {}
    best: dict[str, Mention] = {}
    places = {m.entity for m in clause.of_type("person") if _PLACE_NAME.search(clause.text[m.start - clause.start : m.end - clause.start])}
    for m in clause.of_type("person"):
        if m.entity in places:
            continue  # "at Lingkana Palace, where he ...": a building named like a person is a place
        first.setdefault(m.entity, m)
        if len(m.info) > len(best.get(m.entity, m).info) or m.entity not in best:
            best[m.entity] = m
    return [Mention(m.start, m.end, m.entity, m.type, best[e].kind, best[e].info) for e, m in first.items()]
