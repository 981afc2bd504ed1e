"""Stage 6: the relations one clause tells, rule by rule: the document context a clause leaves for later ones,
then :mod:`.visits`, :mod:`.meetings`, :mod:`.signings`, :mod:`.member_status`, :mod:`.missions`,
:mod:`.recognition`, :mod:`.twinnings`, :mod:`.trade` and :mod:`.awards`, in this order (a rule may end the
clause: a list of visits or of signed documents tells nothing else).

Each rule is a predicate pattern (:mod:`.triggers`) over one sentence or list item; when it fires, the
arguments are taken from the mentions around it (see :mod:`.clause`).

>>> from .clause import Clause
>>> find_relations(Clause("No event here.", 0, "sentence", (), [], []), lambda e: None)
[]
"""

from __future__ import annotations

import re
from typing import Any

from .awards import find_awards
from .clause import DATELINE_DATE, Candidate, Clause, distinct_persons, first_date
from .meetings import find_meetings
from .member_status import find_member_status
from .missions import find_missions
from .recognition import find_recognition, find_relations_established
from .signings import AFTER_TALKS, find_signings
from .temporal import DateMention
from .trade import find_trade
from .twinnings import find_twinnings
from .visits import find_visits

__all__ = ["find_relations"]

_I = re.IGNORECASE

#: a day told relative to a visit: "On the first day of the visit", "On the opening day of his visit"
_FIRST_DAY = re.compile(r"\s*On\s+the\s+(?:first|opening)\s+day\s+of\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?visit\b", _I)


def find_relations(clause: Clause, country_of: Any) -> list[Candidate]:
    """All candidates of one clause; ``country_of`` maps an entity id to its country id. The day of the last
    event told (and of the last talks) is kept for "On the same day" and "Following the talks" later."""
    dl = DATELINE_DATE.match(clause.text)
    if dl is not None and any(d.pos >= dl.end() for d in clause.dates):
        # "LIMA, May 3 (Wire) -- ... held talks on Tuesday": the dateline's day is the report's, the event has its own
        clause.dates[:] = [d for d in clause.dates if d.pos >= dl.end()]
    out = _find_relations(clause, country_of)
    orgs = clause.of_type("organisation")
    if orgs:
        clause.memory["last-org"] = orgs[-1].entity  # the body "its accession protocol" in a later sentence joins
    if clause.memory.get("talks-day") and not clause.dates and AFTER_TALKS.search(clause.text):
        clause.memory["event-day"] = clause.memory["talks-day"]  # "Following the talks, ...": back to the talks' day
    for c in out:
        if c.type in ("visit", "meeting", "signing") and c.date is not None and c.date.precision == "day":
            clause.memory["event-day"] = c.date.start
            clause.memory["event-day-end"] = str(clause.start + len(clause.text))
            if c.type == "visit" and not c.date.relative and not clause.memory.get("news-day") and not clause.lead:
                # an account that is no news report: "X paid a visit to Warsaw on 5 April 2023. He was received by Y" —
                # the story has reached the visit's day
                clause.memory["narrative-day"] = c.date.start
            if c.type == "meeting":
                clause.memory["talks-day"] = c.date.start
    return out


def _find_relations(clause: Clause, country_of: Any) -> list[Candidate]:
    """Read the document context the clause gives later ones, then run the rules in order; the persons the meeting
    rules leave and the date the signing rules settle on are those the later rules read."""
    t = clause.text
    out: list[Candidate] = []
    rel = clause.start
    persons = distinct_persons(clause)
    date = first_date(clause)

    # "On the first day of the visit, he met ...": the day the last visit the text told began
    fd = _FIRST_DAY.match(t)
    if fd is not None and clause.memory.get("visit-start") and not any(d.pos < fd.end() for d in clause.dates):
        day = clause.memory["visit-start"]
        clause.dates.insert(0, DateMention(fd.start(), fd.end(), day, None, {10: "day", 7: "month"}.get(len(day), "year"), relative=True))
        date = first_date(clause)

    # a news narrative's day: "On May 4, a formal reception ..." (a sentence that opens with its day)
    opening = next((d for d in clause.dates if d.pos <= 4 and d.precision == "day"), None)
    if opening is not None and re.match(r"\s*(?:On\s+)?$", t[: opening.pos]):
        clause.memory["narrative-day"] = opening.start

    # a news dateline: "PHNOM PENH, Nov. 13 (Xinhua) -- ...": the place the report is written from ("here")
    dl = re.match(r"\s*([A-Z][A-Z .'’-]{2,40}),\s", t)
    if dl is not None and not clause.memory.get("dateline"):
        dl_city = next((c for c in clause.of_type("city") if c.start - rel == dl.start(1)), None)
        if dl_city is not None:
            clause.memory["dateline"] = dl_city.entity

    # where the text last said people came or gathered ("have come to Addis Ababa", "gathered in Astana")
    for cm in clause.of_type("city"):
        if re.search(r"\b(?:come|came|arrived|gathered|convened?|converged?|assembled|held)\s+(?:[\w-]+\s+){0,3}(?:in|to|at)\s+$", t[: cm.start - rel], _I):
            clause.memory["place"] = cm.entity

    visits = find_visits(clause, persons, country_of)
    out.extend(visits.found)
    if visits.final:
        return out
    if out and clause.kind == "item":
        return out  # a visit item says nothing else

    found, persons = find_meetings(clause, persons, visits)
    out.extend(found)
    if clause.lead and clause.published is not None and len(clause.published.start) == 10 and any(c.type in ("visit", "meeting") for c in out):
        clause.memory.setdefault("news-day", clause.published.start)

    found, date, final = find_signings(clause, date, country_of)
    out.extend(found)
    if final:
        return out

    found, final = find_member_status(clause)
    out.extend(found)
    if final:
        return out

    out.extend(find_missions(clause, country_of))
    out.extend(find_recognition(clause, date))
    out.extend(find_relations_established(clause))
    out.extend(find_twinnings(clause, country_of))
    out.extend(find_trade(clause))
    out.extend(find_awards(clause, persons, date))
    return out
