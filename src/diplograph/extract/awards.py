"""Stage 6: awards conferred on persons ("X was awarded the Order of Y", "conferred the Grand Cross of Z on
X"): the recipients, never the one by whom it was given; undated, the day of the event told just before.

>>> _AWARD_NAME.search("awarded the Order of Friendship").group(1)
'Order of Friendship'
"""

from __future__ import annotations

import re

from .clause import Candidate, Clause
from .gazetteer import Mention, slug
from .modality import modality
from .temporal import DateMention
from .triggers import PATTERNS

__all__ = ["find_awards"]

_I = re.IGNORECASE

_AWARD_NAME = re.compile(r"\b(?:the\s+)?((?:Supreme\s+|Grand\s+|Golden\s+)?(?:Order|Medal|Prize|Cross|Star)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of|the|and)?\s*[A-Z][\w'-]*)*)")


def find_awards(clause: Clause, persons: list[Mention], date: DateMention | None) -> list[Candidate]:
    """The awards of one clause (``persons``: those the meeting rules left; ``date``: the date the earlier rules
    settled on)."""
    t = clause.text
    out: list[Candidate] = []
    rel = clause.start

    # awards
    am = PATTERNS["award"].search(t)
    if am:
        award_name = _AWARD_NAME.search(t, am.start())
        # who received it: the subject of "was conferred", the one "on"/"upon" whom it was conferred, the object of "awarded
        # X the Order", "him" after "Y, who awarded"; never the one "by" whom it was given
        givers = {p.entity for p in persons if re.search(r"\bby\s+(?:[\w'’.-]+\s+){0,4}$", t[am.end() : max(am.end(), p.start - rel)])}
        if re.search(r"\b(?:was|were|been|being|is|are)\s+(?:also\s+)?$", t[: am.start()], _I):
            recipients = [p for p in persons if p.end - rel <= am.start()]
        else:
            recipients = [p for p in persons if p.start - rel >= am.end()]
            on = [p for p in recipients if re.search(r"\b(?:on|upon)\s+(?:[\w'’.-]+\s+){0,4}$", t[am.end() : p.start - rel])]
            recipients = on or recipients
            if not recipients and re.match(r"\s+(?:him|her)\b", t[am.end() :]):
                who = re.search(r",\s+who\s+(?:also\s+)?$", t[: am.start()])
                subject = [p for p in persons if who is not None and p.end - rel <= who.start()]
                recipients = [p for p in persons if subject and p.entity != subject[-1].entity][:1]
        recipients = [p for p in recipients if p.entity not in givers]
        adate = date
        inferred_a: tuple[str, ...] = ()
        day_before = clause.memory.get("event-day") if 0 <= rel - int(clause.memory.get("event-day-end", "-99")) <= 3 else None
        if adate is None and (day_before or clause.memory.get("news-day")):
            # conferred during the event the sentence before told ("X paid a visit to Y on 5 May. He was received by Z, who
            # awarded him ..."), or on the day a news report covers
            a_day = day_before or clause.memory["news-day"]
            adate = DateMention(0, 0, a_day, None, {10: "day", 7: "month"}.get(len(a_day), "year"), relative=True)
            inferred_a = ("start",)
        if award_name and recipients and modality(t, am.start(), am.end()) is None:
            aid = slug(award_name.group(1))
            ent = {"id": aid, "type": "award", "label": award_name.group(1)}
            for p in recipients:
                out.append(Candidate("award", {"recipient": p.entity, "award": aid}, adate, 0.7 if not inferred_a else 0.6,
                                     inferred_a, "context" if inferred_a else None, entities=[ent]))
    return out
