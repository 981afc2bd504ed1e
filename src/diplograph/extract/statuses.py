"""Stage 6d: statuses said in passing: an organisation's representation office, a membership named as a
possessive ("Poland's NATO membership"), a partnership named by its adjectives ("the Chilean-Peruvian
strategic partnership").

These have no date of their own: a membership or partnership status without ``start`` (merged by
:mod:`.consolidate` into a dated retelling of the same document, if there is one), a mission.

>>> OFFICE.search("ASEAN opened a liaison office in Geneva") is not None
True
"""

from __future__ import annotations

import re
from typing import Any, Callable

from .memberships import find_memberships, remember_body
from .modality import modality
from .clause import Candidate, Clause
from .missions import embassy_parties
from .temporal import DateMention

__all__ = ["OFFICE", "POSSESSIVE_MEMBERSHIP", "PARTNERSHIP_OF", "find_statuses"]

_I = re.IGNORECASE
OFFICE = re.compile(r"\b(?:representation|representative|liaison|regional)\s+office\b", _I)
_HAS_OFFICE = re.compile(r"\b(?:has|have|had|established|opened|set\s+up|maintains?|runs?)\b", _I)
POSSESSIVE_MEMBERSHIP = re.compile(r"['’]s\s+(?:full\s+)?")
_NOT_MEMBER = re.compile(r"^\s*(?:bid|application|aspirations?|talks|negotiations|candidacy|prospects?|ambitions?|hopes?|path|process|question|referendum)\b", _I)
STRATEGIC = re.compile(r"\bstrategic\s+(?:partner(?:ship)?s?|level|alliance)\b", _I)
PARTNERSHIP_OF = re.compile(
    r"\b(?P<a>[A-Z][\w]+)[-–](?P<b>[A-Z][\w]+)\s+(?P<level>(?:enhanced|expanded|comprehensive)\s+)?strategic\s+partnership\b"
)


def _offices(clause: Clause, country_of: Callable[[str], str | None]) -> list[Candidate]:
    t = clause.text
    rel = clause.start
    om = OFFICE.search(t)
    if om is None or not _HAS_OFFICE.search(t[: om.start()]) or clause.dates:
        return []  # a dated opening is an event; this reads only "X has / has set up an office in Y"
    orgs = [o for o in clause.of_type("organisation") if o.end - rel <= om.start()]
    places = [m for m in clause.mentions if m.type in ("city", "country") and m.start - rel >= om.end()]
    if not orgs or not places or not re.fullmatch(r"\s+in\s+(?:the\s+)?", t[om.end() : places[0].start - rel]):
        return []
    org, place = orgs[-1], places[0]
    host = country_of(place.entity)
    if host is None:
        return []
    where = place.entity if place.type == "city" else host
    oid = f"{org.entity}-representation-office-in-{where}"
    ent: dict[str, Any] = {"id": oid, "type": "representation-office", "label": f"Representation office of {{{org.entity}}} in {{{where}}}",
                           "sent_by": org.entity, "accredited_to": host}
    if place.type == "city":
        ent["location"] = place.entity
    return [Candidate("mission", {"embassy": oid}, None, 0.7, entities=[ent])]


def _possessive_memberships(clause: Clause) -> list[Candidate]:
    t = clause.text
    rel = clause.start
    out = []
    for m in re.finditer(r"\bmembership\b", t, _I):
        if _NOT_MEMBER.search(t[m.end() :]):
            continue
        orgs = [o for o in clause.of_type("organisation") if o.end - rel <= m.start() and re.fullmatch(r"\s*", t[o.end - rel : m.start()])]
        if not orgs:
            continue
        org = orgs[-1]
        owner = [c for c in clause.of_type("country") if c.kind != "demonym" and c.end <= org.start
                 and POSSESSIVE_MEMBERSHIP.fullmatch(t[c.end - rel : org.start - rel])]
        if owner:
            out.append(Candidate("membership", {"member": owner[-1].entity, "organisation": org.entity, "role": "member"}, None, 0.65))
    # "Chile's membership in the OAS and APEC"
    for m in re.finditer(r"['’]s\s+(?:full\s+)?membership\s+(?:in|of)\s+(?:the\s+)?", t, _I):
        owner = [c for c in clause.of_type("country") if c.kind != "demonym" and c.end - rel == m.start()]
        if not owner or modality(t, m.start(), m.end()) is not None:
            continue
        pos = m.end()
        for o in clause.of_type("organisation"):
            if o.start - rel == pos:
                out.append(Candidate("membership", {"member": owner[0].entity, "organisation": o.entity, "role": "member"}, None, 0.65))
                nxt = re.match(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", t[o.end - rel :])
                pos = o.end - rel + nxt.end() if nxt else -1
    return out


def _named_partnerships(clause: Clause) -> list[Candidate]:
    t = clause.text
    rel = clause.start
    out = []
    for m in PARTNERSHIP_OF.finditer(t):
        parties = sorted({c.entity for c in clause.of_type("country") if m.start() <= c.start - rel < m.end("b")})
        if len(parties) != 2:
            continue
        level = "enhanced-strategic" if m.group("level") else "strategic"
        out.append(Candidate("partnership", {"parties": tuple(parties), "level": level}, None, 0.6))
    return out


def _partnerships_in_passing(clause: Clause) -> list[Candidate]:
    """"the strategic partnership between Kenya and Ethiopia", "Peru is our strategic partner": a status without
    a date, of the two countries the clause names (or the two a bilateral text is about)."""
    t = clause.text
    m = STRATEGIC.search(t)
    if m is None or PARTNERSHIP_OF.search(t) or modality(t, m.start(), m.end()) is not None:
        return []
    if re.search(r"\b(?:from|beyond)\s+(?:a\s+|the\s+)?(?:comprehensive\s+)?strategic\s+partnership\s+to\b", t, _I):
        return []  # "upgraded from a strategic partnership to a full alliance": the status ended
    if re.search(r"\b(?:Treaty|Agreement|Declaration|Statement|Memorandum|Charter|Protocol)\s+(?:on|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", t[: m.start()], _I) and re.search(r"\bsign", t, _I):
        return []  # "signed the Treaty on Comprehensive Strategic Partnership": the signing tells it, with its day
    parties = sorted(dict.fromkeys(c.entity for c in clause.of_type("country") if c.kind != "capital"))
    if len(parties) != 2:
        # one side named, the other the text's ("Peru is our strategic partner" in a text about Chile and Peru); with
        # neither named, "the strategic partnership" may be anyone's unless the clause says whose ("the two countries")
        both = re.search(r"\b(?:two|both)\s+(?:countries|nations|states|sides)\b|\bbilateral\b|\brelations\b|\bour\s+(?:two\s+)?countries\b", t, _I)
        if len(parties) > 1 or not parties and not both or len(clause.main_countries) != 2 or any(p not in clause.main_countries for p in parties):
            return []
        parties = sorted(clause.main_countries)
    # the level of the partnership named, not of one aimed at later in the sentence ("... and elevate it to an expanded one")
    level = "enhanced-strategic" if re.search(r"(?:enhanced|expanded)\s+$", t[max(0, m.start() - 12) : m.start()], _I) else "strategic"
    # "the strategic partnership created in 2009", "established a strategic partnership in 2009": the day it began
    since = _CREATED.match(t, m.end())
    start = next((d for d in clause.dates if since is not None and d.pos == since.end() and not d.relative), None)
    if start is None and re.search(r"\b(?:established|created|launched|forged|formed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", t[: m.start()], _I):
        start = next((d for d in clause.dates if re.fullmatch(r"\s+(?:in|on)\s+", t[m.end() : d.pos]) and not d.relative), None)
    if start is not None and clause.published is not None and start.start > clause.published.start:
        start = None
    return [Candidate("partnership", {"parties": tuple(parties), "level": level}, start, 0.55)]


#: a partnership's beginning told after it: "created in 2009", "established on 4 May 2015"
_CREATED = re.compile(r"(?:\s+(?:between|of|with)\s+[\w\s'’-]{1,60}?)?\s*,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:created|established|launched|forged|formed|set\s+up|agreed)\s+(?:in|on)\s+", _I)


#: a city's twins listed after it: "is also twinned with A, B and C", "sister cities include A, B", "maintains sister city relations with"
_TWIN_LIST = re.compile(r"['’]s\s+(?:sister[-\s]cities|twin\s+(?:towns|cities))\s+(?:include|are|comprise)\b|\b(?:twinned|sister[-\s]city\s+(?:relations|ties|links?|agreements?|relationships?))\s+with\b", _I)


#: between two twins: "Leeds in England (since 1999), Kumasi"
_TWIN_GAP = re.compile(r"\s*(?:in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4}\s*)?(?:\([^()]{0,30}\)\s*)?(?:,|and|,\s*and)?\s*(?:with\s+)?(?:the\s+)?(?:in\s+(?:the\s+)?)?")


_TWIN_END = re.compile(r"[.;]|\s[-–—]\s|,\s+(?:while|but|whereas)\b|\b(?:while|whereas)\b")


def _twin_lists(clause: Clause, country_of: Callable[[str], str | None]) -> list[Candidate]:
    """Each city of a list of twins, paired with the city the list is of (the one named just before the words)."""
    t, rel = clause.text, clause.start
    out: list[Candidate] = []
    for m in _TWIN_LIST.finditer(t):
        if modality(t, m.start(), m.end()) is not None:
            continue
        before = [c for c in clause.of_type("city") if c.end - rel <= m.start()]
        if not before or not re.fullmatch(r"(?:\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|already\s+)?|\s+(?:also\s+|already\s+)?(?:maintains|has)\s+)?", t[before[-1].end - rel : m.start()]):
            continue
        subject = before[-1].entity
        end = _TWIN_END.search(t, m.end())
        stop = end.start() if end else len(t)
        at = m.end()
        for c in [x for x in clause.mentions if x.type in ("city", "country") and m.end() <= x.start - rel < stop]:
            gap = t[at : c.start - rel]
            # items: "A", "A in Germany (since 2000)", separated by commas and "and"
            if not _TWIN_GAP.fullmatch(gap):
                break
            at = c.end - rel
            if c.type == "country":
                continue  # "Bremen in Germany": the twin's country
            if c.entity != subject and country_of(subject) and country_of(c.entity):
                out.append(Candidate("twinning", {"cities": tuple(sorted((subject, c.entity)))}, None, 0.65))
    return out


#: "established formal diplomatic relations in 1968": relations with an adjective the plain pattern does not take
_FORMAL_RELATIONS = re.compile(r"\bestablish(?:ed|ing)\s+(?:formal|full|official|full-fledged|full\s+diplomatic\s+and\s+consular)\s+(?:diplomatic\s+)?(?:relations|ties)\b", _I)
#: "would mark the 44th anniversary of their diplomatic relations in May": the month the anniversary falls in
_ANNIVERSARY_IN = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+|their\s+|our\s+)?(?:bilateral\s+)?diplomatic\s+(?:relations|ties)\s+"
                            r"(?:in|on)\s+(?:(?P<day>\d{1,2})\s+)?(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)")
_MONTHS = "january february march april may june july august september october november december".split()
#: "Peru has had an embassy in Lima since 2013": a mission that began then
_HAS_HAD = re.compile(r"\b(?:has|have)\s+had\s+(?:an?\s+|its\s+)?(?:resident\s+)?(?P<kind>[Ee]mbassy|[Cc]onsulate)\s+in\s+", _I)


def _pair(clause: Clause, before: int) -> list[str]:
    """The two countries named before ``before`` (relative), else the two the text is about."""
    named = list(dict.fromkeys(c.entity for c in clause.of_type("country") if c.kind not in ("demonym", "capital") and c.end - clause.start <= before))
    if len(named) == 2:
        return sorted(named)
    return sorted(clause.main_countries) if not named and len(clause.main_countries) == 2 else []


def _relations(clause: Clause) -> list[Candidate]:
    t = clause.text
    out: list[Candidate] = []
    m = _FORMAL_RELATIONS.search(t)
    if m is not None and modality(t, m.start(), m.end()) is None:
        parties = _pair(clause, m.start())
        date = next((d for d in clause.dates if 0 <= d.pos - m.end() <= 8 and not d.relative and re.fullmatch(r"\s+(?:in|on)\s+", t[m.end() : d.pos])), None)
        if len(parties) == 2 and date is not None:
            out.append(Candidate("relations-established", {"parties": tuple(parties)}, date, 0.75))
    a = _ANNIVERSARY_IN.search(t)
    if a is not None and clause.published is not None and len(clause.published.start) >= 7:
        parties = _pair(clause, a.start())
        pub_y, pub_m = int(clause.published.start[:4]), int(clause.published.start[5:7])
        month = _MONTHS.index(a.group("month").lower()) + 1
        # an anniversary still to come ("would mark ... in May") falls in the next such month, one told as past in the last
        ahead = re.search(r"\b(?:will|would|is\s+to|are\s+to|to)\s+(?:mark|celebrate|commemorate)\s+(?:the\s+)?$", t[: a.start()], _I)
        year = pub_y + (1 if month < pub_m else 0) if ahead else pub_y - (1 if month > pub_m else 0)
        if len(parties) == 2:
            iso = f"{year - int(a.group('n')):04d}-{month:02d}"
            date = DateMention(a.start(), a.end(), iso, None, "month", relative=True)
            out.append(Candidate("relations-established", {"parties": tuple(parties)}, date, 0.6))
    return out


def _missions_since(clause: Clause, country_of: Callable[[str], str | None]) -> list[Candidate]:
    t, rel = clause.text, clause.start
    out: list[Candidate] = []
    for m in _HAS_HAD.finditer(t):
        if modality(t, m.start(), m.end()) is not None:
            continue
        sender, host, city = embassy_parties(clause, rel + m.start("kind"), country_of)
        subj = [c for c in clause.of_type("country") if c.kind != "demonym" and c.end - rel <= m.start() and re.fullmatch(r"\s*", t[c.end - rel : m.start()])]
        sender = subj[-1].entity if subj else None  # the subject right before "has had", never another country of the sentence
        if sender is None or host is None or sender == host:
            continue
        consulate = m.group("kind").lower() == "consulate"
        where = (city or host) if consulate else host
        kind = "Consulate" if consulate else "Embassy"
        eid = f"{kind.lower()}-of-{sender}-in-{where}"
        ent: dict[str, Any] = {"id": eid, "type": "embassy", "label": f"{kind} of {{{sender}}} in {{{where}}}", "sent_by": sender, "accredited_to": host}
        if city:
            ent["location"] = city
        out.append(Candidate("mission", {"embassy": eid}, None, 0.7, entities=[ent]))
    return out


def find_statuses(clause: Clause, country_of: Callable[[str], str | None]) -> list[Candidate]:
    """Representation offices, memberships and partnerships of one clause."""
    found = (_offices(clause, country_of) + _possessive_memberships(clause) + _named_partnerships(clause)
             + _partnerships_in_passing(clause) + find_memberships(clause, country_of) + _twin_lists(clause, country_of)
             + _relations(clause) + _missions_since(clause, country_of))
    remember_body(clause)
    return found
