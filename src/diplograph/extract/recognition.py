"""Stage 6: how two countries came to deal with each other: one recognised the other ("Chile recognised Peru
in 1821"), or they established diplomatic relations (dated, or counted back from an anniversary: "the 30th
anniversary of diplomatic relations").

>>> _count("thirtieth"), _count("25"), _count("many")
(30, 25, None)
"""

from __future__ import annotations

import re

from .clause import Candidate, Clause, countries_in, first_real
from .temporal import DateMention
from .triggers import PATTERNS

__all__ = ["find_recognition", "find_relations_established"]

_I = re.IGNORECASE

_OTHER_EVENT = re.compile(r"\b(?:recogni[sz]|independen|visit|sign|opened|joined)", re.I)
_ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3}|[a-z]+)(?:st|nd|rd|th)?\s+anniversary\b|\b(?P<n2>\d{1,3})\s+years\s+(?:since|of)\b", re.I)
_COUNT_WORDS = {"first": 1, "fifth": 5, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30,
                "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "hundredth": 100, "centenary": 100}


def _count(word: str | None) -> int | None:
    if not word:
        return None
    return int(word) if word.isdigit() else _COUNT_WORDS.get(word.lower())


def find_recognition(clause: Clause, date: DateMention | None) -> list[Candidate]:
    """The recognition one clause tells, at ``date`` (the date the earlier rules settled on)."""
    out: list[Candidate] = []
    rel = clause.start

    # recognition
    rm = first_real(PATTERNS["recognition"], clause)
    if rm and date:
        recognizers = countries_in(clause, before=rel + rm.start())
        recognized = [c for c in countries_in(clause, after=rel + rm.end()) if c not in recognizers[-1:]]
        if recognizers and recognized:
            out.append(Candidate("recognition", {"recognizer": recognizers[-1], "recognized": recognized[0]}, date, 0.8))
    return out


def find_relations_established(clause: Clause) -> list[Candidate]:
    """The establishment of diplomatic relations one clause tells."""
    t = clause.text
    out: list[Candidate] = []

    # diplomatic relations established
    dm = first_real(PATTERNS["relations-established"], clause)
    if dm:
        parties = countries_in(clause)
        if len(parties) < 2 and len(clause.main_countries) == 2:
            parties = list(clause.main_countries)
        rd = next((x for x in clause.dates if x.pos >= dm.start() and not x.relative), None)
        if rd is None and re.match(r"\s+(?:on\s+)?(?:the\s+same|that\s+(?:same\s+)?)\s+day\b", t[dm.end() :], _I):
            # "... gained independence on 21 March 1990, and the two countries established diplomatic relations on the same day"
            rd = next((x for x in reversed(clause.dates) if x.pos < dm.start() and not x.relative and x.precision == "day"), None)
        if rd is None:  # a date before the words, unless it is another event's ("recognised ... in 1991, ... establishing relations")
            rd = next((x for x in reversed(clause.dates) if x.pos < dm.start() and not _OTHER_EVENT.search(t[max(0, x.pos - 80) : dm.start()])), None)
        inferred_date = False
        ann = _ANNIVERSARY.search(t[max(0, dm.start() - 40) : dm.start() + 12])
        n = _count(ann.group("n") or ann.group("n2")) if ann else None
        right_after = rd is not None and re.fullmatch(r"\s*(?:on|in)\s+", t[dm.end() : rd.pos]) is not None
        if n and not right_after:
            # "30 years since relations were established": counted back from the day of
            # publication ("today") or its year; with another date in the sentence it cannot say which
            rd = None
            explicit = any(not x.relative for x in clause.dates)
            if clause.published is not None and not explicit:
                pub = clause.published.start
                is_day = len(pub) == 10 and bool(re.search(r"\btoday\b|\bthis\s+day\b", t, _I))
                rd = DateMention(0, 0, f"{int(pub[:4]) - n:04d}" + (pub[4:] if is_day else ""), None, "day" if is_day else "year", relative=True)
                inferred_date = True
        if len(parties) >= 2 and rd:
            out.append(Candidate("relations-established", {"parties": tuple(sorted(parties[:2]))}, rd, 0.8 if not inferred_date else 0.6))
    return out
