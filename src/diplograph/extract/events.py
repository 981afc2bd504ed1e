"""Stage 6b: gatherings and institutions: meetings of joint bodies, summits of organisations, the founding
of bodies (friendship and working groups) and student figures.

Like :mod:`.relations`, each kind has a predicate dictionary; an event takes the date nearest to its
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
from .relations import Candidate, Clause, near_date

__all__ = ["BODY_MEETING", "SUMMIT", "FOUNDING", "STUDENTS", "find_events"]

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
_NOT_YET = re.compile(r"\b(?:next|upcoming|forthcoming|future|planned|will|shall|to\s+be\s+held|preparing|prepare)\b[^.;]{0,40}$", _I)
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to)\s+(?:be\s+)?(?:held|take\s+place|convene)\b", _I)
SUMMIT = re.compile(r"\bsummits?\b|\binformal\s+meeting\b", _I)
_SUMMIT_OF = re.compile(r"\s*(?:summits?|informal\s+meeting)\s+of\s+(?:the\s+)?(?:heads\s+of\s+state\s+of\s+(?:the\s+)?)?$", _I)
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
        if _NOT_YET.search(t[: m.start()]) or re.search(r"\b(?:next|upcoming|forthcoming)\b", m.group(), _I) or _FUTURE.search(t) or not _HAPPENED.search(t):
            continue
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
        if o.start - rel >= end and _SUMMIT_OF.search(t[pos : o.start - rel]) and o.start - rel - end < 45:
            return o.entity
        if o.end - rel <= pos and re.fullmatch(r"\s*(?:\([\w\s-]+\)\s*)?(?:\w+\s+)?", t[o.end - rel : pos]):
            return o.entity
    return None


def _summits(clause: Clause, country_of: Callable[[str], str | None]) -> list[Candidate]:
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
    hosts: list[str] = []
    location = None
    for m in clause.mentions:
        if m.start - rel < su.end() or m.type not in ("country", "city"):
            continue
        if not re.search(r"\b(?:in|and|,|—|–)\s*(?:the\s+)?$", t[su.end() : m.start - rel]):
            continue
        if m.type == "city":
            location = location or m.entity
        host = country_of(m.entity)
        if host and host not in hosts:
            hosts.append(host)
    if not su.group().lower().endswith("s"):
        hosts = hosts[:1]
    date = next((d for d in clause.dates if d.pos >= su.start()), None) or near_date(clause, su.start())
    if date is None and not hosts:
        return []
    out = []
    for host in list[str | None](hosts) or [None]:
        values: dict[str, Any] = {"name": _summit_name(t, su), "organiser": organiser}
        if host:
            values["host"] = host
            if location and country_of(location) == host:
                values["location"] = location
        if re.search(r"\binformal\b", t, _I):
            values["informal"] = True
        if re.search(r"\bonline\b|\bvideo\s*conference\b|\bvirtual(?:ly)?\b", t, _I):
            values["online"] = True
        if from_context:  # the organisation of the last summit the document spoke of
            out.append(Candidate("summit", values, date, 0.6, ("organiser",), "context"))
        else:
            out.append(Candidate("summit", values, date, 0.65))
    return out


def _summit_name(t: str, su: re.Match[str]) -> str:
    words = t[max(0, su.start() - 40) : su.end()].split()
    return _cap(" ".join(w for w in words[-3:] if w[:1].isalpha()).strip(" ,")) or "Summit"


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


def find_events(clause: Clause, gazetteer: Gazetteer, country_of: Callable[[str], str | None]) -> list[Candidate]:
    """Meetings of joint bodies, summits, foundings and student figures in one clause."""
    return _body_meetings(clause, country_of) + _summits(clause, country_of) + _foundings(clause, gazetteer, country_of) + _student_counts(clause)
