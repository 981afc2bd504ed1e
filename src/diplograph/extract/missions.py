"""Stage 6: embassies and consulates: one opened (a dated fact), one that exists ("X has an embassy in Y", "the
Embassy of X in Y", "X is represented in Y through its embassy in Z"), embassies in each other's capitals.

>>> _OPENED.search("the embassy was inaugurated in 2009") is not None
True
"""

from __future__ import annotations

import re
from typing import Any

from .clause import Candidate, Clause, countries_in, planned_date
from .gazetteer import slug
from .modality import modality
from .triggers import PATTERNS

__all__ = ["embassy_parties", "find_missions"]

_I = re.IGNORECASE

_RECIPROCAL = re.compile(r"\b(?:have|maintain|opened|established)\s+(?:resident\s+)?embassies\s+in\s+(?:each\s+other['’]?s?|one\s+another['’]s|the\s+other['’]s|their\s+respective|both)\s+capitals?\b", re.I)
_OPENED = re.compile(r"\b(?:opened|opening|re-?opened|re-?opening|re-?opens|established|inaugurated|opens|set\s+up|start(?:ed|ing)\s+(?:its\s+)?operations|began\s+(?:its\s+)?(?:work|operations))\b", re.I)


def _named_embassy(clause: Clause, start: int, end: int) -> bool:
    """An embassy named by its sender and its place: "the Saudi Embassy in Lima", "Chile's embassy in Quito" (it exists)."""
    t = clause.text
    if not re.match(r"\s+in\s+[A-Z]", t[end:]):
        return False
    return any(m.type == "country" and re.fullmatch(r"(?:['’]s)?\s+", t[m.end - clause.start : start]) for m in clause.mentions)


def embassy_parties(clause: Clause, pos: int, country_of: Any) -> tuple[str | None, str | None, str | None]:
    """Sender and host of an embassy named around ``pos``: "X has an embassy in Y", "the X embassy in Y",
    "Embassy of X in Y"."""
    rel = clause.start
    t = clause.text
    ms = [m for m in clause.mentions if m.type in ("country", "city")]
    after = [m for m in ms if m.start > pos]
    before = [m for m in ms if m.end <= pos]
    sender = host = city = None
    of = re.match(r"embass(?:y|ies)\s+of\s+(?:the\s+)?", t[pos - rel :], _I)
    if of and after:
        sender = country_of(after[0].entity)
        rest = [m for m in after[1:]]
        if rest:
            host = country_of(rest[0].entity)
            city = rest[0].entity if rest[0].type == "city" else None
    else:
        if before:
            sender = country_of(before[-1].entity)
        in_m = re.search(r"\b(?:in|to)\b", t[pos - rel : pos - rel + 40])
        if in_m and after:
            host = country_of(after[0].entity)
            city = after[0].entity if after[0].type == "city" else None
        if host is None:
            opened_in = [m for m in after if re.search(r"\bin\s*$", t[: m.start - rel])]
            if opened_in:
                host = country_of(opened_in[0].entity)
        if sender is not None and sender == host:  # "... mission in Chile, opening an embassy in Santiago": the one before
            sender = next((c for c in (country_of(m.entity) for m in reversed(before)) if c and c != host), sender)
    return sender, host, city


def find_missions(clause: Clause, country_of: Any) -> list[Candidate]:
    """The embassy openings and missions of one clause (``country_of`` maps an entity id to its country id)."""
    t = clause.text
    out: list[Candidate] = []
    rel = clause.start

    # embassies: each mention reads its own stretch of the sentence ("X's embassy ... in 2009, while the
    # embassy of Y was opened ... in 2004")
    ems = list(PATTERNS["embassy"].finditer(t))
    for i, em in enumerate(ems):
        lo = ems[i - 1].end() if i else 0
        hi = ems[i + 1].start() if i + 1 < len(ems) else len(t)
        part = t[lo:hi]
        sender, host, city = embassy_parties(clause, rel + em.start(), country_of)
        rep_from = max(lo, em.start() - 100)
        rep = re.search(r"\b(?:is|are)\s+represented\s+(?:in\s+[^.;]{0,40}?\s+)?(?:by|through|via|from)\s+(?:its|their)\s+$", t[rep_from : em.start()], _I)
        if rep is not None:
            # "Namibia is represented in Finland through its embassy in Stockholm": the subject sends the embassy
            # (from the sentence's start, past an aside: "Peru, which has no embassy in Nairobi, is represented in Kenya by its
            # embassy in Addis Ababa"; never a country inside "represented in X")
            subj = [c for c in clause.of_type("country") if c.end - rel <= rep_from + rep.start()
                    and re.fullmatch(r"(?:\s*,[^,;]*,)?\s*", t[c.end - rel : rep_from + rep.start()])]
            subj = subj or [c for c in clause.of_type("country") if lo <= c.start - rel < rep_from + rep.start()][:1]
            if subj:
                sender = subj[0].entity
        if sender and host and sender != host:
            consulate = em.group().lower().startswith(("consulate", "honorary"))
            if consulate:
                kind = "Honorary consulate general" if "honorary" in em.group().lower() else "Consulate general" if "general" in em.group().lower() else "Consulate"
                where = city or host
                eid = f"{slug(kind)}-of-{sender}-in-{where}"
                ent = {"id": eid, "type": "embassy", "label": f"{kind} of {{{sender}}} in {{{where}}}", "sent_by": sender, "accredited_to": host}
            else:
                eid = f"embassy-of-{sender}-in-{host}"
                ent = {"id": eid, "type": "embassy", "label": f"Embassy of {{{sender}}} in {{{host}}}", "sent_by": sender, "accredited_to": host}
            if city:
                ent["location"] = city
            opened = _OPENED.search(part)
            if opened is None and i and re.fullmatch(r"[^.;]*?\band\s+(?:of\s+)?(?:the\s+)?(?:[A-Z][\w'’]*\s+)?", t[ems[i - 1].end() : em.start()]):
                # "the opening of the Embassy of A in X in 2013 and of the Embassy of B in Y in 2015": one opening word, two embassies
                opened = re.search(r"\bopening(?=\s+of\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+)?$)", t[: ems[i - 1].start()], _I)
            edate = next((d for d in clause.dates if em.start() <= d.pos < hi), None) or next((d for d in reversed(clause.dates) if lo <= d.pos < em.start()), None)
            if modality(t, em.start(), em.end()) == "negated" or (opened and modality(t, opened.start(), opened.end()) is not None):
                continue
            if opened and edate and not planned_date(clause, edate):
                out.append(Candidate("embassy-opening", {"embassy": eid}, edate, 0.75, entities=[ent]))
            elif opened or re.search(r"\b(?:ha(?:s|ve)|maintains?|operates?|runs?)\s+(?:an?\s+|its\s+)?(?:(?:resident|permanent|full|diplomatic)\s+)?(?:embass|consulat|diplomatic\s+mission)",
                                     part, _I) or (
                    (rp := re.search(r"\brepresented\b[^.;]{0,60}?\b(?:by|through|via|from)\s+(?:its|their)\s+(?:embass|consulat)", part, _I)) is not None
                    and modality(t, lo + rp.start()) is None) or re.match(
                    r"embassy\s+of\b", t[em.start():], _I) and t[em.start()].isupper() or _named_embassy(clause, em.start(), em.end()):
                # an opening said without a date, "X has an embassy in Y", "the Embassy of X in Y": the mission exists
                if not (opened and modality(t, opened.start()) is not None):
                    out.append(Candidate("mission", {"embassy": eid}, None, 0.7, entities=[ent]))
    # "both countries have embassies in each other's capitals"
    if _RECIPROCAL.search(t) and modality(t, _RECIPROCAL.search(t).start()) is None:  # type: ignore[union-attr]
        pair = countries_in(clause)
        if len(pair) != 2 and len(clause.main_countries) == 2:
            pair = list(clause.main_countries)
        if len(pair) == 2:
            for a, b in (pair, pair[::-1]):
                eid = f"embassy-of-{a}-in-{b}"
                ent = {"id": eid, "type": "embassy", "label": f"Embassy of {{{a}}} in {{{b}}}", "sent_by": a, "accredited_to": b}
                out.append(Candidate("mission", {"embassy": eid}, None, 0.75, entities=[ent]))
    return out
