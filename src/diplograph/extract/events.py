"""Stage 6b: gatherings and institutions: meetings of joint bodies, summits of organisations, the founding
of bodies (friendship and working groups) and student figures.

Like :mod:`.triggers`, each kind has a predicate dictionary; an event takes the date nearest to its
trigger word, and a summit whose organisation is not named in the sentence takes the organisation of
the last summit the document spoke of (section context, kept in ``clause.memory``).

>>> SUMMIT.search("the third ASEAN summits were held") is not None
True
"""

from __future__ import annotations

import re
from typing import Any, Callable

from .bodies import BODY_KINDS, find_known
from .gazetteer import Gazetteer, Mention, slug
from .modality import after_publication, modality
from .clause import Candidate, Clause, near_date
from .temporal import DateMention

__all__ = ["BODY_MEETING", "SUMMIT", "FOUNDING", "STUDENTS", "date_summits", "find_events", "summit_label", "summit_ordinal"]

_I = re.IGNORECASE
#: a session of a joint body, or consultations between two governments
BODY_MEETING = re.compile(
    r"\b(?:(?:[\w-]+\s+){0,2}(?:meeting|session|sitting)s?\s+of\s+the\s+(?:[\w-]+\s+){0,4}?"
    r"(?:commission|committee|council|working\s+group|task\s+force)"
    r"|(?:political|bilateral|inter-?ministerial|inter-?governmental|foreign\s+ministry|diplomatic)\s+consultations"
    r"|rounds?\s+of\s+(?:political\s+)?(?:consultations|negotiations))\b",
    _I,
)
_HAPPENED = re.compile(r"\b(?:held|took\s+place|convened|met|sidelines\s+of|was\s+chaired|co-?chaired|opened)\b", _I)
_NOT_YET = re.compile(r"\b(?:next|upcoming|forthcoming|future|planned|will|shall|to\s+be\s+held|preparing|prepare|due\s+to|set\s+to|scheduled\s+to|expected\s+to)\b[^.;]{0,40}$", _I)
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to)\s+(?:be\s+)?(?:held|take\s+place|convene)\b", _I)
SUMMIT = re.compile(
    r"\bsummits?\b|\binformal\s+meeting\b|\b(?:ordinary|extraordinary)\s+sessions?\s+of\s+the\s+assembly\b"
    r"|\b(?:meeting\s+of\s+the\s+)?council\s+of\s+(?:the\s+)?heads\s+of\s+state\b"
    r"|\b(?:economic\s+)?leaders['’]\s+(?:meeting|summit)\b",
    _I,
)
_SUMMIT_OF = re.compile(r"^\s*(?:\([^()]{0,20}\)\s*)?of\s+(?:the\s+)?(?:heads\s+of\s+state\s+(?:and\s+government\s+)?of\s+(?:the\s+)?(?:member\s+states\s+of\s+(?:the\s+)?)?)?$", _I)
_ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINAL = re.compile(
    r"\b(?:(?P<num>\d{1,3})(?:st|nd|rd|th)|(?P<word>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")"
    r"|(?P<roman>[IVXL]{1,6}))\b(?P<rest>(?:[\s-]+(?:[A-Z][\w-]*|informal|extraordinary|ordinary|jubilee|anniversary|annual|regular))*)\s*$",
    _I,
)
#: a summit held online
_ONLINE = re.compile(r"\bonline\b|\bvideo\s*(?:-\s*)?conference\b|\bvideo\s+link\b|\bvirtual(?:ly)?\b", _I)
#: a participant of a summit: "Ruiz attended the summit", "took part in", "the leaders of A, B and C"
_ATTEND = re.compile(r"\b(?:attended|attending|attends|took\s+part|taking\s+part|takes\s+part|participated|participating|participates|joined|was\s+represented|were\s+represented)\b", _I)
_LEADERS_OF = re.compile(r"\b(?:leaders|heads\s+of\s+state(?:\s+and\s+government)?|presidents|delegations)\s+of\b", _I)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


def _ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def summit_ordinal(before: str) -> int | None:
    """The number of a summit from the words before its name ("the 8th", "the eighth OTS", "XI").

    >>> summit_ordinal("the Eighth informal"), summit_ordinal("at the 36th Ordinary"), summit_ordinal("the annual")
    (8, 36, None)
    """
    m = _ORDINAL.search(before)
    if m is None:
        return None
    if m.group("num"):
        return int(m.group("num"))
    if m.group("word"):
        return _ORDINALS[m.group("word").lower()] or None
    roman = m.group("roman")
    if roman and roman.isupper() and roman not in ("I",):
        return _roman(roman)
    return None


FOUNDING = re.compile(r"\b(?:established|founded|set\s+up|created|formed|inaugurated|launched)\b", _I)
_GROUP = re.compile(
    r"(?:(?P<pair>[A-Z][\w]+[-–][A-Z][\w]+)\s+)?(?:inter-?parliamentary\s+|parliamentary\s+)?(?:friendship|working)\s+group"
    r"(?:\s+(?:on|for)\s+(?P<pair2>[A-Z][\w]+[-–][A-Z][\w]+)\s+[\w\s-]*?relations)?",
    _I,
)
STUDENTS = re.compile(
    r"(?P<approx>\b(?:about|some|around|nearly|almost|over|more\s+than|approximately|roughly)\s+)?"
    r"\b(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?P<from>students?\s+from)\s+|(?=[A-Z]))",
)
_STUDY = re.compile(r"\b(?:stud(?:y|ies|ying|ied)|students|enrolled|pupils|scholarship\s+holders)\b\s*(?:at|in|of|are)?", _I)
_NOW = re.compile(r"\b(?:currently|now|at\s+present|presently|today|this\s+year|this\s+academic\s+year)\b", _I)


def _two_parties(clause: Clause) -> list[str]:
    parties = list(dict.fromkeys(m.entity for m in clause.mentions if m.type == "country"))
    if len(parties) < 2 and len(clause.main_countries) == 2:
        parties = list(clause.main_countries)
    return sorted(parties[:2]) if len(parties) >= 2 else []


def _body_meetings(clause: Clause, country_of: Callable[[str], str | None]) -> list[Candidate]:
    t = clause.text
    out: list[Candidate] = []
    for m in BODY_MEETING.finditer(t):
        if re.search(r"\b(?:agreement|memorandum|protocol|treaty|accord|programme|plan)\b[^.;,]{0,60}$", t[: m.start()], _I):
            continue  # "a memorandum on bilateral political consultations": an instrument's subject, not a meeting
        if _NOT_YET.search(t[: m.start()]) or re.search(r"\b(?:next|upcoming|forthcoming)\b", m.group(), _I) or _FUTURE.search(t) or not _HAPPENED.search(t):
            continue
        rel = clause.start
        if any(o.start - rel < m.end() <= o.end - rel + 1 or re.fullmatch(r"\s+of\s+(?:the\s+)?", t[m.end() : o.start - rel])
               for o in clause.of_type("organisation")):
            continue  # "the 76th Session of the Nordic Council": a multilateral body's gathering, no two countries' meeting
        parties = _two_parties(clause)
        date = near_date(clause, m.start())
        if not parties or date is None:
            continue
        values: dict[str, Any] = {"participants": tuple(parties), "name": _cap(re.sub(r"^(?:the|a|an)\s+", "", m.group(), flags=_I))}
        city = next((c for c in clause.of_type("city") if country_of(c.entity) in parties), None)
        if city is not None:
            values["location"] = city.entity
            values["host"] = country_of(city.entity)
        out.append(Candidate("meeting", values, date, 0.65))
    return out


def _cap(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return s[:1].upper() + s[1:]


def _summit_organiser(clause: Clause, pos: int, end: int) -> str | None:
    """The organisation a summit belongs to: named right after "summit of" or right before "summit"."""
    rel = clause.start
    t = clause.text
    for o in clause.of_type("organisation"):
        if o.start - rel >= end and _SUMMIT_OF.search(t[end : o.start - rel]):
            return o.entity
        if o.end - rel <= pos and re.fullmatch(r"\s*(?:\([\w\s-]+\)\s*)?(?:[\w-]+\s+){0,2}", t[o.end - rel : pos]):
            return o.entity
    if re.search(r"\b(?:the|its)\s+(?:bloc|organi[sz]ation|group(?:ing)?|alliance|union|community|forum)['’]s\s+(?:[\w-]+\s+){0,2}$|\bits\s+(?:[\w-]+\s+){0,2}$", t[:pos], _I):
        # "Leaders of Mercosur gathered ... for the bloc's annual summit": the one organisation the sentence named before
        before = [o for o in clause.of_type("organisation") if o.end - rel <= pos]
        if len({o.entity for o in before}) == 1:
            return before[0].entity
    if re.search(r"\b(?:member|members|membership|observer|accession|joined|admitted)\b[^.;]*\bat\s+(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}$", t[:pos], _I):
        # "Bolivia became a full member of Mercosur on Monday, at a summit in Asuncion": the status's body held it
        before = [o for o in clause.of_type("organisation") if o.end - rel <= pos]
        if len({o.entity for o in before}) == 1:
            return before[0].entity
    return None


def _summits(clause: Clause, g: Gazetteer, country_of: Callable[[str], str | None]) -> list[Candidate]:
    t = clause.text
    rel = clause.start
    su = SUMMIT.search(t)
    if su is None:
        return []
    is_meeting = su.group().lower().startswith("informal meeting")
    organiser = _summit_organiser(clause, su.start(), su.end())
    from_context = organiser is None
    if organiser is None:
        organiser = clause.memory.get("summit-organiser")
    elif not is_meeting:
        clause.memory["summit-organiser"] = organiser
    if organiser is None or (is_meeting and len(clause.of_type("person")) >= 2):
        return []
    _remember_schedule(clause, su, organiser)
    if modality(t, su.start(), su.end()) is not None:
        return []  # "the next summit will be held in ...", "the summit was postponed"
    general = su.group().lower().endswith("s") or re.match(r"\s+(?:plenar\w+|meetings|sessions|events)\b", t[su.end() :], _I) is not None
    if general and re.search(r"\b(?:including|such\s+as|all|any|future|regular|attend(?:ing)?|previous|past|earlier|recent|successive|several|many|other|at\s+two)\s+(?:[\w.-]+\s+){0,2}$", t[max(0, su.start() - 40) : su.start()], _I):
        return []  # "allowed to attend all ASEAN meetings, including summits": summits in general, no event
    hosts: list[str] = []
    last_end: int | None = None
    cities: dict[str, str] = {}
    online = bool(_ONLINE.search(t))
    # an online summit is held by the country that chaired it ("a virtual summit chaired by India"); a summit held
    # in a place is the place's, whoever chaired it
    host_cue = r"(?:\bin|\bat|\bhosted\s+by|\bchaired\s+by|—|–|\()" if online else r"(?:\bin|\bat|\bhosted\s+by|—|–|\()"
    for m in clause.mentions:
        if m.type not in ("country", "city"):
            continue
        if m.start - rel < su.end():
            # "the Samarkand summit", "the Shusha informal summit"
            if m.type == "city" and re.fullmatch(r"\s*(?:[a-z-]+\s+){0,2}", t[m.end - rel : su.start()]) and not hosts:
                host = country_of(m.entity)
                if host:
                    hosts.append(host)
                    cities[host] = m.entity
            continue
        gap = t[su.end() : m.start - rel]
        if not hosts or last_end is None:
            # the first place: "summit (of the X) (was held) in Y", "summit hosted by Y", "summits ... —in Y"
            # ... or a list entry's aside "(APEC summit, Lima)"
            aside = re.fullmatch(r",\s*", gap) is not None and t[m.end - rel : m.end - rel + 1] == ")"
            if not aside and (len(gap) > 120 or _LEADERS_OF.search(gap) or _ATTEND.search(gap) or not re.search(
                    host_cue + r"\s*(?:the\s+)?(?:city\s+of\s+)?$", gap)):
                continue
        elif not re.fullmatch(r"\s*(?:,|and|,\s*and|—|–)\s*(?:the\s+|in\s+)?", t[last_end : m.start - rel]):
            break
        last_end = m.end - rel
        host = country_of(m.entity)
        if m.type == "city" and host:
            cities.setdefault(host, m.entity)
        if host and host not in hosts:
            hosts.append(host)
    if not hosts:  # "travelled to Riyadh for the first ASEAN-GCC Summit": the place the trip went to
        for m in clause.mentions:
            if (m.type in ("city", "country") and m.end - rel <= su.start() and re.fullmatch(
                    r"(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{1,4}(?:,?\s+\d{4})?)?"  # "came to Bangkok in November 2022 for the"
                    r"\s+(?:for|to\s+attend|to\s+take\s+part\s+in)\s+(?:the\s+)?(?:[\w().'’-]+\s+){0,5}", t[m.end - rel : su.start()]) and re.search(
                    r"\b(?:to|in)\s+(?:the\s+(?:[\w-]+\s+){0,3}(?:nation|country|state|kingdom|republic|city|capital)\s+of\s+)?$", t[: m.start - rel])
                    and modality(t, su.start(), su.end()) is None):
                host = m.entity if m.type == "country" else country_of(m.entity)
                if host:
                    hosts = [host]
                    if m.type == "city":
                        cities[host] = m.entity
    if not hosts:  # "He came from Georgetown, where on Wednesday he addressed a summit of ...": the place the clause follows
        wh = re.search(r",\s+where\s+(?:[\w'’-]+\s+){0,8}$", t[: su.start()])
        spot = next((m for m in clause.of_type("city", "country") if wh is not None and m.end - rel == wh.start()), None)
        host = (spot.entity if spot.type == "country" else country_of(spot.entity)) if spot is not None else None
        if spot is not None and host:
            hosts = [host]
            if spot.type == "city":
                cities[host] = spot.entity
    visit_host = None
    if not hosts:  # "paid a state visit to Peru from 2 to 4 May and attended the APEC summit": held where the visit went
        visit_host = _visit_host(clause, su, country_of)
        if visit_host is not None:
            hosts = [visit_host]
    if not hosts:  # "Peru hosted the APEC summit in 2016"
        hm = re.search(r"\b(?:hosted|hosts|chaired|chairs)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}$", t[: su.start()], _I)
        subj = [c for c in clause.of_type("country", "city") if hm and c.end - rel <= hm.start() and re.fullmatch(r"\s*", t[c.end - rel : hm.start()])
                and (c.type == "country" or not re.match(r"chair", hm.group(), _I))]  # "Asuncion hosted the summit"; a city chairs nothing
        if subj:
            where = subj[-1]
            host = where.entity if where.type == "country" else country_of(where.entity)
            if host:
                hosts = [host]
                if where.type == "city":
                    cities[host] = where.entity
    inferred_host = False
    gathered_here = clause.lead and re.search(r"\b(?:gathered|convened|met|opened|began|kicked\s+off)\s+(?:[\w-]+\s+){0,2}in\s+(?:the\s+)?[^;]{0,90}$", t[: su.start()], _I)
    if not hosts and clause.memory.get("dateline") and (re.search(r"\bhere\b", t[su.end() : su.end() + 60], _I) or clause.memory.get("summit-host-from") == organiser
                                                        or gathered_here):
        # ... or "KINGSTOWN (AP) — Leaders gathered Friday in the island nation for the summit": the lead's place
        # "The 40th ASEAN Summit concluded here": the place of the report's dateline; later sentences about the
        # summits of the same organisation keep it
        host = country_of(clause.memory["dateline"])
        if host:
            hosts, inferred_host = [host], True
            cities[host] = clause.memory["dateline"]
            clause.memory["summit-host-from"] = organiser
    if not su.group().lower().endswith("s"):
        hosts = hosts[:1]
    date = next((d for d in clause.dates if d.pos >= su.start()), None) or near_date(clause, su.start())
    told_day, told_host, told_place = (clause.memory.get(f"summit-day:{organiser}") or "||").split("|")
    if told_day and ordinal_free(t, su) and (from_context and re.search(r"\bthe\s+$", t[max(0, su.start() - 5) : su.start()], _I) or date is None) and (
            not hosts or hosts == [told_host]):
        # "on the sidelines of the summit" in a sentence about the day before, "The CELAC summit ended with": the summit
        # the report told, its day and place
        date = DateMention(0, 0, told_day, None, "day", relative=True)
        if told_host and not hosts:
            hosts = [told_host]
            if told_place:
                cities[told_host] = told_place
    if date is None and hosts and clause.lead and not re.search(r"[.!?][\"'”’)]*\s*$", t) and clause.published is not None and clause.published.precision == "day" and re.search(
            r"\b(?:chairs|opens|hosts|attends|addresses)\b", t[: su.start()], _I) and not re.search(
            r"\b(?:to|will|next|upcoming|ahead|prepares?|plans?|for)\b", t[: su.start()], _I):
        # "Amir chairs 45th GCC Summit in Kuwait": a news headline in the present tells the day it reports
        date = clause.published
    if date is not None and re.search(r"\b(?:concluded|closed|ended|wrapped\s+up)\b[^.;]{0,40}$", t[: date.pos], _I) and date.end is None:
        return []  # "concluded on Sunday": the day it ended, not the day it began
    if date is None and not hosts:
        return []
    if date is not None and clause.published is not None and after_publication(date.start, clause.published.start):
        return []
    # a summit attended during a visit takes the visit's dates: it lies within them, its own day is not told
    within_visit = visit_host is not None and date is not None and date.end is not None and date.pos < su.start()
    participants = _summit_participants(clause, su)
    out = []
    ordinal = summit_ordinal(t[max(0, su.start() - 60) : su.start()]) if not su.group().lower().endswith("s") else None
    for host in list[str | None](hosts) or [None]:
        values: dict[str, Any] = {"organiser": organiser}
        place = cities.get(host) if host else None
        values["name"] = _summit_label(g, su.group(), organiser, ordinal, place or host, bool(re.search(r"\binformal\b", t, _I)))
        if host:
            values["host"] = host
            if place:
                values["location"] = place
        if participants:
            values["participants"] = participants
        if re.search(r"\binformal\b", t, _I):
            values["informal"] = True
        if online:
            values["online"] = True
        if from_context or inferred_host or visit_host:  # the organisation of the last summit told, the dateline's place, the visit's host
            fields = (("organiser", from_context), ("host", inferred_host or visit_host is not None), ("start", within_visit))
            out.append(Candidate("summit", values, date, 0.6, tuple(x for x, on in fields if on), "context", approximate=within_visit))
        else:
            out.append(Candidate("summit", values, date, 0.65))
    if out and date is not None:
        clause.memory["summit-date"] = date.start
        if not from_context and date.precision == "day" and len(hosts) <= 1:
            clause.memory.setdefault(f"summit-day:{organiser}", f"{date.start}|{hosts[0] if hosts else ''}|{cities.get(hosts[0], '') if hosts else ''}")
    return out


def ordinal_free(t: str, su: re.Match[str]) -> bool:
    """Whether the summit word has no ordinal before it ("the summit", not "the 8th summit")."""
    return summit_ordinal(t[max(0, su.start() - 60) : su.start()]) is None


#: a visit to a country told before a summit the visitor attended: "paid a state visit to Peru ... and attended the"
_VISIT_TO = re.compile(r"\bvisit\s+to\s+(?:the\s+)?$", _I)


def _visit_host(clause: Clause, su: re.Match[str], country_of: Callable[[str], str | None]) -> str | None:
    """The country of a visit during which the sentence's summit was attended ("paid a state visit to Peru from 2
    to 4 May and attended the APEC summit"), or None."""
    t = clause.text
    rel = clause.start
    for m in clause.of_type("country", "city"):
        if m.end - rel > su.start() or not _VISIT_TO.search(t[: m.start - rel]):
            continue
        between = t[m.end - rel : su.start()]
        if _ATTEND.search(between) and not re.search(r"[;.]|\b(?:before|after|then|later)\b", between, _I) and modality(t, su.start(), su.end()) is None:
            return m.entity if m.type == "country" else country_of(m.entity)
    return None


#: a summit's date told as scheduled: "the summit set for March 4 and 5", "scheduled for 4-5 May"
_SCHEDULED = re.compile(r"\b(?:set|scheduled|slated|planned|due)\s+(?:for|on|to\s+(?:be\s+held|take\s+place)\s+on)\s+$|\b(?:to\s+be|will\s+be)\s+held\s+on\s+$", _I)
#: how long after the publication a report's own summit may be scheduled (a report on a summit about to open)
SCHEDULE_DAYS = 14


def _remember_schedule(clause: Clause, su: re.Match[str], organiser: str) -> None:
    """Note the day a report gives for the summit it covers ("during the summit set for March 4 and 5"), for an
    undated mention of the same summit (see :func:`date_summits`); never the next or another summit's day."""
    t = clause.text
    if re.search(r"\b(?:next|following|future|another|later)\s+(?:[\w-]+\s+){0,2}$", t[max(0, su.start() - 40) : su.start()], _I):
        return
    if NEGATIVE.search(t):
        return
    for d in clause.dates:
        if d.pos < su.end() or d.precision != "day" or not _SCHEDULED.search(t[su.end() : d.pos]) or d.pos - su.end() > 40:
            continue
        pub = clause.published
        if pub is None or pub.precision != "day":
            return
        from datetime import date as _date

        gap = (_date.fromisoformat(d.start) - _date.fromisoformat(pub.start)).days
        if 0 <= gap <= SCHEDULE_DAYS:
            key = f"summit-scheduled:{organiser}"
            value = f"{d.start}|{d.end or ''}"
            clause.memory[key] = value if clause.memory.get(key, value) == value else "ambiguous"
        return


NEGATIVE = re.compile(r"\b(?:postponed|cancel(?:l)?ed|called\s+off|put\s+off|delayed|not\s+take\s+place)\b", _I)


def date_summits(candidates: list[Candidate], memory: dict[str, str]) -> None:
    """Give an undated summit of a report the day the report scheduled for it in another sentence (one day only)."""
    done: set[tuple[str, str]] = set()
    for cand in candidates:
        if cand.type != "summit" or cand.date is not None:
            continue
        key = (str(cand.values.get("organiser")), str(cand.values.get("host", "")))
        day = memory.get(f"summit-scheduled:{key[0]}")
        if key in done:
            continue  # a retelling of the same summit: consolidation merges it into the dated one
        done.add(key)
        if not day or day == "ambiguous":
            continue
        start, end = day.split("|")
        cand.date = DateMention(0, 0, start, end or None, "day", relative=True)
        cand.inferred = tuple(dict.fromkeys([*cand.inferred, "start", *(("end",) if end else ())]))
        cand.inference = "context"


def _summit_participants(clause: Clause, su: re.Match[str]) -> tuple[str, ...]:
    """Who took part: persons (or countries) that "attended" or "took part in" the summit, or whose
    leaders the sentence lists."""
    t = clause.text
    rel = clause.start
    out: list[str] = []
    att = _ATTEND.search(t)
    if att and modality(t, att.start(), att.end()) is None:
        for p in clause.of_type("person"):
            if p.start - rel < su.start():
                out.append(p.entity)
    lo = _LEADERS_OF.search(t)
    if lo:
        for c in clause.of_type("country"):
            if c.start - rel >= lo.end() and re.fullmatch(r"[\s,]*(?:and\s+)?(?:the\s+)?(?:[\w\s,]*?)", t[lo.end() : c.start - rel]) and c.start - rel - lo.end() < 200:
                out.append(c.entity)
    return tuple(sorted(dict.fromkeys(out)))


def summit_label(org_label: str, kind: str, ordinal: int | None, place: str | None, informal: bool) -> str:
    """A summit's name a reader understands: "8th Summit of the Organization of Turkic States, Istanbul".

    >>> summit_label("Organization of Turkic States", "summit", 8, "Istanbul", False)
    '8th Summit of the Organization of Turkic States, Istanbul'
    >>> summit_label("ASEAN", "summit", None, None, True)
    'Informal ASEAN Summit'
    """
    k = kind.lower()
    noun = "Summit" if "summit" in k or "informal meeting" in k else ("Ordinary Session of the Assembly" if "session" in k else "Council of Heads of State")
    lead = " ".join(x for x in (_ordinal_text(ordinal) if ordinal else "", "Informal" if informal else "") if x)
    if org_label.isupper() or (len(org_label.split()) == 1 and noun == "Summit"):
        name = f"{org_label} {noun}"
    else:
        name = f"{noun} of the {org_label}" if not org_label.lower().startswith("the ") else f"{noun} of {org_label}"
    if lead:
        name = f"{lead} {name}"
    if place:
        name += f", {place}"
    return name


def _summit_label(g: Gazetteer, kind: str, organiser: str, ordinal: int | None, place: str | None, informal: bool) -> str:
    org = g.entities.get(organiser)
    where = g.entities.get(place) if place else None
    return summit_label(org.label if org else organiser, kind, ordinal, where.label if where else None, informal)


def _foundings(clause: Clause, g: Gazetteer, country_of: Callable[[str], str | None]) -> list[Candidate]:
    t = clause.text
    fm = FOUNDING.search(t)
    if fm is None or re.search(r"\b(?:embass(?:y|ies)|diplomatic\s+relations|office)\b", t, _I):
        return []
    gm = _GROUP.search(t)
    date = near_date(clause, fm.start())
    if gm is None or date is None:
        return []
    name = re.sub(r"\s+", " ", gm.group()).strip()
    pair = gm.group("pair") or gm.group("pair2")
    parliament = None
    for etype, pattern, _roles, _head in BODY_KINDS:
        if etype == "parliament":
            pm = pattern.search(t)
            if pm:
                parliament = pm
    home = None
    if parliament is not None:
        near = [m for m in clause.mentions if m.type == "country" and abs(m.start - clause.start - parliament.start()) < 30]
        home = near[0].entity if near else None
    known = find_known(g, "friendship-group", name, home)
    entities: list[dict[str, Any]] = []
    if known is not None:
        body = known.id
    else:
        in_pair = [m.entity for m in clause.mentions if m.type == "country" and pair and gm.start() <= m.start - clause.start < gm.end()]
        if len(in_pair) < 2:
            return []
        of = home if home in in_pair else in_pair[0]
        counterpart = next(c for c in in_pair if c != of)
        label = _cap(name)
        body = slug(f"{of} {counterpart} {'working' if 'working' in name.lower() else 'friendship'} group")
        entities.append({"id": body, "type": "friendship-group", "label": label, "of": of, "counterpart": counterpart})
    values: dict[str, Any] = {"body": body}
    if parliament is not None and parliament.start() < fm.start() and home:
        from .bodies import post_body

        pb = post_body(parliament.group(), "speaker", home, g)
        if pb is not None:
            values["founder"] = pb.id
            if pb.entity:
                entities.append(pb.entity)
            if entities and entities[0]["type"] == "friendship-group":
                entities[0]["part_of"] = pb.id
    return [Candidate("founding", values, date, 0.7, entities=entities)]


def _student_counts(clause: Clause) -> list[Candidate]:
    t = clause.text
    rel = clause.start
    out: list[Candidate] = []
    for m in STUDENTS.finditer(t):
        if _NOT_YET.search(t[: m.start()]):
            continue  # "will admit 200 students": a plan, not a count
        countries = [c for c in clause.mentions if c.type == "country"]
        origin: Mention | None = next((c for c in countries if 0 <= c.start - rel - m.end() < 3), None)
        if origin is None:
            continue
        study = _STUDY.search(t, origin.end - rel)
        if study is None or study.start() - (origin.end - rel) > 40:
            continue
        host = next((c for c in countries if c.start - rel >= study.start() and c.entity != origin.entity), None)
        if host is None or host.start - rel - study.end() > 40:
            continue
        values: dict[str, Any] = {"origin": origin.entity, "host": host.entity, "count": int(m.group("num").replace(",", ""))}
        year = next((d for d in clause.dates if d.precision == "year" and not d.relative), None)
        cand = Candidate("student-count", values, None, 0.7, approximate=bool(m.group("approx")))
        if year is not None:
            values["year"] = year.start
        elif _NOW.search(t) and clause.published is not None:
            values["year"] = clause.published.start[:4]
            cand.inferred, cand.inference = ("year",), "relative-date"
        out.append(cand)
    return out


_MEETING_WORD = re.compile(r"\bmeeting\b|\btalks\b", _I)
_PAST_HELD = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?held\b|\btook\s+place\b|\bheld\s+(?:talks|a\s+meeting|consultations)\b|\bmet\b", _I)
_PERFECT = re.compile(r"\b(?:has|have)\s+been\s+held\b|\b(?:has|have)\s+(?:met|held)\b", _I)


def _group_meetings(clause: Clause, g: Gazetteer) -> list[Candidate]:
    """A meeting of parliamentary groups: "meeting between the working group on Chile-Peru relations and the
    Peru-Chile friendship group has been held"; each group is named by its pair of countries."""
    t = clause.text
    mw = _MEETING_WORD.search(t)
    if mw is None or modality(t, mw.start(), mw.end()) is not None:
        return []
    groups: list[dict[str, Any]] = []
    for gm in _GROUP.finditer(t):
        pair = gm.group("pair") or gm.group("pair2")
        if not pair:
            continue
        names = re.split(r"[-–]", pair)
        ids = []
        for name in names:
            hit = next((m.entity for m in clause.of_type("country") if clause.text[m.start - clause.start : m.end - clause.start] == name), None)
            if hit is None:
                break
            ids.append(hit)
        if len(ids) != 2:
            continue
        kind = "working" if "working" in gm.group().lower() else "friendship"
        gid = f"{ids[0]}-{ids[1]}-{kind}-group"
        groups.append({"id": gid, "type": "friendship-group", "label": _cap(re.sub(r"\s+", " ", gm.group())), "of": ids[0], "counterpart": ids[1]})
    if len(groups) < 2:
        return []
    date = near_date(clause, mw.start())
    inferred: tuple[str, ...] = ()
    if date is None and clause.published is not None and _PERFECT.search(t):
        date = DateMention(0, 0, clause.published.start[:7], None, "month", relative=True)  # "has been held": just now
        inferred = ("start",)
    if date is None and _PAST_HELD.search(t):
        # "a meeting ... was held / took place": a news report's undated event is of the day its lead or its narrative told
        day = clause.memory.get("narrative-day") or clause.memory.get("news-day") or (
            clause.published.start if clause.lead and clause.published is not None and clause.published.precision == "day" else None)
        if day:
            date = DateMention(0, 0, day, None, {10: "day", 7: "month"}.get(len(day), "year"), relative=True)
            inferred = ("start",)
    if date is None:
        return []
    clause.memory["frame"] = "meeting"
    return [Candidate("meeting", {"participants": tuple(x["id"] for x in groups)}, date, 0.6, inferred, "relative-date" if inferred else None,
                      entities=groups)]


#: a joint body of two countries: "the Hungarian-Kyrgyz Development Fund", "a Bi-National Commission"
_JOINT_BODY = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’]*[-–][A-Z][\w'’]*\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Commission|Council|Fund|Committee|Forum|Board))\b"
)
_BODY_NOUN = re.compile(r"Commission|Council|Fund|Committee|Forum|Board")
_JOINT_FOUNDED = re.compile(
    r"\b(?:established|set\s+up|created|formed|launched|founded|inaugurated|launch\s+of|establishment\s+of|creation\s+of)\s+(?:the\s+|a\s+|an\s+)?$", _I)
_INAUGURAL = re.compile(r"^\s*(?:held\s+its\s+(?:inaugural|first|founding)\s+(?:meeting|session)|(?:was\s+)?(?:formed|established|launched|founded)\b)", _I)


def _joint_foundings(clause: Clause) -> list[Candidate]:
    """The founding of a joint body: "established a Bi-National Commission", "today's launch of the Chilean-Peruvian
    Development Fund", "the Chile-Peru Council held its inaugural meeting on Tuesday"."""
    t = clause.text
    out: list[Candidate] = []
    if not _BODY_NOUN.search(t):
        return out
    for m in _JOINT_BODY.finditer(t):
        name = re.sub(r"\s+", " ", m.group("name")).strip()
        if len(name.split()) < 2 or re.match(r"(?:The|A|An|Security|European|State)\b", name):
            continue
        before, after = t[max(0, m.start() - 40) : m.start()], t[m.end() : m.end() + 60]
        if not (_JOINT_FOUNDED.search(before) or _INAUGURAL.match(after)):
            continue
        if modality(t, m.start(), m.end()) is not None:
            continue
        date = near_date(clause, m.start())
        inferred: tuple[str, ...] = ()
        if date is None and clause.published is not None and re.search(r"\btoday['’]?s?\b", t, _I) and len(clause.published.start) == 10:
            date, inferred = clause.published, ("start",)
        if date is None:
            continue
        ent: dict[str, Any] = {"id": slug(name), "type": "government-body", "label": name}
        out.append(Candidate("founding", {"body": ent["id"]}, date, 0.6, inferred, "relative-date" if inferred else None, entities=[ent]))
    return out


def find_events(clause: Clause, gazetteer: Gazetteer, country_of: Callable[[str], str | None]) -> list[Candidate]:
    """Meetings of joint bodies and groups, summits, foundings and student figures in one clause."""
    return (_body_meetings(clause, country_of) + _group_meetings(clause, gazetteer) + _summits(clause, gazetteer, country_of)
            + _foundings(clause, gazetteer, country_of) + _joint_foundings(clause) + _student_counts(clause))
