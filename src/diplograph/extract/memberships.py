"""Stage 6e: memberships told in the ways news and encyclopedias write them, beyond "X is a member of Y".

- a body and its members: "the ARF brings together 27 participants, including China, Peru and Chile",
  "BIMSTEC, which groups A, B and C", "the 27-member forum includes", "comprising", "whose members are",
  "the seven-member bloc (A, B, C)";
- founders: "Mercosur was created in 1991, when A, B and C signed the Treaty of ...", "was established on
  6 June 1997 through the X Declaration, signed by A, B and C", "A and B, founding members of X together
  with C in 1972";
- a country's own status: "became the 31st member of X", "has been a member of X since 1955", "X, a member
  of Y and Z", "of which it is a founding member since 1975", "left X in December 2000" (a membership that
  ended), "rejoined the bloc in 2023", "was admitted as an observer to X", "granted observer status";
- the body told before: "Myanmar joined in December 1997", "Nepal and Bhutan became members in 2004",
  "Sweden joined as the 32nd member" take the one organisation the sentence or the one before named.

Each rule reads the clause around its trigger only, so "and is expected to become the 11th member" after
an admission does not undo it, and "is not a member", "hopes to join", "applied to join" give nothing.

>>> bool(COMPOSED.search("which groups"))
True
"""

from __future__ import annotations

import re
from typing import Any, Callable

from .gazetteer import Mention
from .modality import modality
from .clause import Candidate, Clause
from .temporal import DateMention

__all__ = ["COMPOSED", "bodies_from", "find_memberships"]

_I = re.IGNORECASE
#: a body's make-up, the body before it: "brings together 27 participants, including", "groups", "comprising"
COMPOSED = re.compile(
    r"\b(?:brings?\s+together|bringing\s+together|groups|grouping|comprises|comprising|consists\s+of|consisting\s+of|is\s+made\s+up\s+of"
    r"|includes|including|(?:whose|its|['’]s)\s+(?:full\s+|current\s+|founding\s+)?(?:members|member\s+states|participants)\s+(?:are|include|were))\b", _I)
#: what may stand between the body and its make-up: an acronym, an aside, "which", "now"
_BODY_GAP = re.compile(r"(?:\s*\([^()]{0,90}\))?(?:\s+(?:forum|bloc|grouping|group|organi[sz]ation|alliance|union|community))?(?:\s*,[^,;()]{0,60},)?\s*,?\s*(?:(?:which|that)\s+)?(?:now\s+|currently\s+|today\s+)?")
#: "the 27-member ARF", "the seven-member bloc (A, B, C)"
_N_MEMBER = re.compile(r"\b(?:\d+|[a-z]+)[-\s](?:member|nation|country|state)\s+(?:bloc|grouping|group|organi[sz]ation|alliance|union|community|forum|body)\s*\(", _I)
#: what may stand before a list's first country: "27 participants, including the ten ASEAN member states,"
_LIST_LEAD = re.compile(r"[\s:(]*(?:(?:\d+|[a-z]+)\s+(?:participants|members|countries|states|nations|economies|parties)\s*,?\s*)?(?:(?:including|namely|such\s+as)\s+)?(?:the\s+)?")
#: before the first country: the lead, then perhaps a description ("the ten ASEAN member states,")
_FIRST_GAP = re.compile(_LIST_LEAD.pattern + r"(?:(?:[\w'’-]+\s+){0,5}(?:states|members|countries|nations)\s*,\s*(?:the\s+)?)?", _I)
#: between two bodies of a list: "NATO, the EU and of the OSCE"
_BODY_SEP = re.compile(r"\)?\s*(?:,|and|,\s*and)\s*(?:of\s+)?(?:the\s+)?")
#: between two items of a list
_SEP = re.compile(r"\s*(?:,|and|,\s*and|as\s+well\s+as|&)\s*(?:the\s+)?")
#: a short item the gazetteer does not know, or a description ("the ten ASEAN member states")
_OTHER_ITEM = re.compile(r"\s*(?:,\s*|,?\s*and\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,5}(?:states|members|countries|nations|[A-Z][\w'’-]+)\s*(?:,\s*|,?\s*and\s+)(?:the\s+)?")
#: founding: "was created on 26 March 1991", "established in 1997"
_FOUNDED = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:formally\s+|officially\s+)?(?:created|founded|established|formed|set\s+up|launched)\b", _I)
#: the founders after a founding: "when A, B and C signed", "signed by A, B and C", "by A and B"
_FOUNDERS_BY = re.compile(r"\b(?:signed|founded|created|established)\s+by\s+(?:the\s+)?|\bby\s+(?:the\s+)?(?=[A-Z])|\bwhen\s+(?:the\s+)?(?=[A-Z])")
#: a country's own step: "became the 31st member of", "has been a member of ... since", "rejoined", "left"
_BECAME = re.compile(r"\b(?:became|becomes|become|becoming)\s+(?:the\s+)?(?:\w+(?:st|nd|rd|th)|first|second|third|newest|latest)\s+(?:full\s+)?member(?:\s+(?:state|country))?\s+of\s+(?:the\s+)?", _I)
_HAS_BEEN = re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?been\s+(?:a\s+|an\s+)?(?:full\s+|founding\s+)?members?\s+of\s+(?:the\s+)?", _I)
_APPOSITIVE = re.compile(r",\s+(?:itself\s+|also\s+)?(?:a|an|the)\s+(?:full\s+|founding\s+)?member\s+of\s+(?:the\s+)?", _I)
_FOUNDING_OF = re.compile(r",?\s+(?:both\s+|all\s+)?(?:the\s+)?(?:founding|original)\s+members\s+of\s+(?:the\s+)?", _I)
_OF_WHICH = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,\s+of\s+which\s+(?:it|they)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:a\s+|an\s+)?(?:full\s+|founding\s+)?members?\b", _I)
_JOINED = re.compile(r"\bjoined\s+(?:the\s+)?", _I)
_LEFT = re.compile(r"\b(?:left|withdrew\s+from|quit|exited)\s+(?:the\s+)?", _I)
_REJOINED = re.compile(r"\b(?:rejoined|re-joined|returned\s+to)\s+(?:the\s+)?", _I)
_THE_BODY = re.compile(r"(?:bloc|organi[sz]ation|grouping|group|alliance|union|community|forum|association)\b", _I)
#: an observer admitted: "was admitted as an observer to X", "granted observer status in X"
_OBSERVER = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:admitted|accepted|granted|given|accorded)\s+(?:as\s+)?(?:an?\s+)?observer(?:\s+status)?\s+(?:to|in|at|of|by)\s+(?:the\s+)?", _I)
#: "joined" or "became members" with no body after it: the body told before
_JOINED_BARE = re.compile(r"\b(?:joined|became\s+(?:a\s+)?(?:full\s+)?members?)(?=\s+(?:in|on)\s+(?:\d|[A-Z])|\s+as\s+(?:the|its)\s+\w+\s+member\b|\s*[,.;]|\s+but\b)", _I)
#: words by which a clause refers to the body told before
_BODY_TOLD_BEFORE = re.compile(r"\b(?:joined|members?|bloc|organi[sz]ation|grouping|group|alliance|union|community|forum|association)\b", _I)
#: the end of the clause a list may fill
_LIST_END = re.compile(r"[.;]|\)|\s[-–—]\s|,\s+(?:which|who|while|but|and\s+(?:is|are|was|were|has|have))\b")


#: where a coordinated clause of its own begins after a trigger: "... in 2022 and is expected to become ..."
_NEXT_CLAUSE = re.compile(r"[.;]|\s+(?:and|but)\s+(?:is|are|was|were|will|would|has|have|had|hopes?|plans?|could|may|might)\b|,\s+(?:and|but|while)\b", _I)


def _happened(t: str, start: int, end: int) -> bool:
    """Whether the status word at ``t[start:end]`` is stated as a fact, reading its own clause only."""
    cut = _NEXT_CLAUSE.search(t, end)
    return modality(t[: cut.start() if cut else len(t)], start, end) is None


def _countries(clause: Clause) -> list[Mention]:
    return [c for c in clause.of_type("country") if c.kind not in ("demonym", "capital")]


def _list_after(clause: Clause, pos: int, stop: int | None = None) -> list[str]:
    """The countries of a list that starts at ``pos`` (relative): "China, the United States and Peru";
    bodies and short unknown items keep the list running, anything else ends it."""
    t, rel = clause.text, clause.start
    end = stop if stop is not None else len(t)
    m = _LIST_END.search(t, pos)
    if m is not None and m.start() < end:
        end = m.start()
    items = [x for x in clause.mentions if x.type in ("country", "organisation") and pos <= x.start - rel and x.end - rel <= end
             and not (x.type == "organisation" and re.match(r"\s+member", t[x.end - rel :]))]  # "the ten ASEAN member states"
    out: list[str] = []
    at = pos
    first = True
    for x in items:
        gap = t[at : x.start - rel]
        ok = _FIRST_GAP.fullmatch(gap) if first else (
            _SEP.fullmatch(gap) or _OTHER_ITEM.fullmatch(gap))
        if not ok:
            break
        first = False
        if x.type == "country" and x.kind not in ("demonym", "capital") and x.entity not in out:
            out.append(x.entity)
        at = x.end - rel
    return out if len(out) >= 1 else []


def _list_before(clause: Clause, pos: int) -> list[str]:
    """The countries of a list that ends at ``pos`` (relative): "Senegal and Mauritania" before ", founding members"."""
    t, rel = clause.text, clause.start
    items = [x for x in _countries(clause) if x.end - rel <= pos]
    out: list[str] = []
    at = pos
    for x in reversed(items):
        gap = t[x.end - rel : at]
        if not (re.fullmatch(r"\s*", gap) if not out else _SEP.fullmatch(gap)):
            break
        out.insert(0, x.entity)
        at = x.start - rel
    return out


def _date_after(clause: Clause, pos: int, span: int = 40) -> DateMention | None:
    """The first absolute date within ``span`` characters after ``pos`` introduced by in/on/since."""
    for d in clause.dates:
        if 0 <= d.pos - pos <= span and not d.relative and re.search(r"\b(?:in|on|since|from)\s+$", clause.text[max(0, d.pos - 8) : d.pos]):
            if clause.published is not None and d.start and d.start > clause.published.start:
                return None
            return d
    return None


def _org_at(clause: Clause, pos: int) -> Mention | None:
    return next((o for o in clause.of_type("organisation") if o.start - clause.start == pos), None)


def bodies_from(clause: Clause, first: Mention, gap: re.Pattern[str]) -> list[str]:
    """The bodies of a list that starts with ``first``: "NATO, the EU and the OSCE"; ``gap`` is what may stand
    between two of them. An acronym in brackets right after a body is the same body ("the Asia-Pacific Economic
    Cooperation (APEC)")."""
    t, rel = clause.text, clause.start
    out = [first.entity]
    at = first.end - rel
    for o in [x for x in clause.of_type("organisation") if x.start > first.start]:
        between = t[at : o.start - rel]
        if o.entity == out[-1] and re.fullmatch(r"\s*\(", between):
            at = o.end - rel
            continue
        if not gap.fullmatch(between):
            break
        if o.entity not in out:
            out.append(o.entity)
        at = o.end - rel
    return out


def _orgs_from(clause: Clause, pos: int) -> list[str]:
    """The bodies of a list that starts at ``pos``: "NATO, the EU and the OSCE"."""
    org = _org_at(clause, pos)
    return [] if org is None else bodies_from(clause, org, _BODY_SEP)


def _body_before(clause: Clause, pos: int) -> str | None:
    """The organisation named last before ``pos`` in the clause, else the one the text told of before."""
    before = [o for o in clause.of_type("organisation") if o.end - clause.start <= pos]
    if before:
        return before[-1].entity
    return clause.memory.get("status-org")


def _end(d: DateMention | None) -> DateMention | None:
    """A date as the end of a status (the status began before it)."""
    return None if d is None else DateMention(d.pos, d.endpos, None, d.end or d.start, d.precision, d.relative, d.approximate)  # type: ignore[arg-type]


def _cands(members: list[str], orgs: list[str], date: DateMention | None, conf: float, role: str = "member",
           inferred: tuple[str, ...] = (), inference: str | None = None) -> list[Candidate]:
    return [Candidate("membership", {"member": c, "organisation": o, "role": role}, date, conf, inferred, inference)
            for c in members for o in orgs]


def _composed(clause: Clause) -> list[Candidate]:
    t, rel = clause.text, clause.start
    out: list[Candidate] = []
    for m in COMPOSED.finditer(t):
        if not _happened(t, m.start(), m.end()):
            continue
        orgs = [o for o in clause.of_type("organisation") if o.end - rel <= m.start() and _BODY_GAP.fullmatch(t[o.end - rel : m.start()])]
        if not orgs:
            continue
        # a body's acronym in brackets is the same body: take the first mention of the run
        org = orgs[0] if len({o.entity for o in orgs}) == 1 else orgs[-1]
        if re.search(r"\b(?:agreement|treaty|declaration|summit|meeting|session|talks|delegation)\b", t[org.end - rel : m.start()], _I):
            continue
        members = _list_after(clause, m.end())
        if len(members) >= 2:
            out += _cands(members, [org.entity], None, 0.65)
    for m in _N_MEMBER.finditer(t):
        org_id = _body_before(clause, m.start())
        members = _list_after(clause, m.end())
        if org_id and len(members) >= 2 and _happened(t, m.start(), m.end()):
            out += _cands(members, [org_id], None, 0.6, "member", ("organisation",), "context")
    return out


def _founders(clause: Clause) -> list[Candidate]:
    t, rel = clause.text, clause.start
    out: list[Candidate] = []
    for m in _FOUNDED.finditer(t):
        orgs = [o for o in clause.of_type("organisation") if o.end - rel <= m.start()]
        if not orgs or not _happened(t, m.start(), m.end()):
            continue
        first = orgs[0]
        if not re.fullmatch(r"(?:\s*\([^()]{0,120}\))?\s*(?:,[^,;]{0,60},\s*)?\s*", t[first.end - rel : m.start()]) and not (
                len({o.entity for o in orgs}) == 1 and re.fullmatch(r"\s*\(\s*(?:the\s+)?", t[orgs[0].end - rel : orgs[-1].start - rel] if len(orgs) > 1 else "")):
            continue
        # the body must open the sentence's subject: "Mercosur was created", "BIMSTEC (the Bay of ...) was established"
        if re.search(r"[A-Za-z]", t[: first.start - rel]) and not re.fullmatch(r"\s*(?:The\s+)?", t[: first.start - rel]):
            continue
        tail_end = _LIST_END.search(t, m.end())
        window = t[m.end() : tail_end.start() if tail_end else len(t)]
        by = next((b for b in _FOUNDERS_BY.finditer(window)), None)
        if by is None:
            continue
        # "when A, B and C signed the Treaty of ...": the list must be followed by a founding verb
        pos = m.end() + by.end()
        members = _list_after(clause, pos)
        if by.group().lstrip().lower().startswith("when") and not re.search(
                r"^[^.;]{0,90}?\b(?:signed|founded|created|established|set\s+up|launched)\b", t[pos:], _I):
            continue
        if len(members) >= 2:
            date = _date_after(clause, m.end(), 30)
            out += _cands(members, [first.entity], date, 0.65)
    return out


def _own_status(clause: Clause, country_of: Callable[[str], str | None]) -> list[Candidate]:
    t, rel = clause.text, clause.start
    out: list[Candidate] = []
    for rx, role, kind in ((_BECAME, "member", "start"), (_HAS_BEEN, "member", "since"), (_APPOSITIVE, "member", None),
                           (_JOINED, "member", "start"), (_LEFT, "member", "end"), (_REJOINED, "member", "start"), (_OBSERVER, "observer", "start")):
        for m in rx.finditer(t):
            if not _happened(t, m.start(), m.end()):
                continue
            if role == "member" and re.search(r"\bobserver|\bpartner|\bassociate", t[m.end() : m.end() + 60], _I):
                continue  # "joined the SCO as an observer", "a member of ... as a dialogue partner"
            orgs = _orgs_from(clause, m.end())
            if not orgs and rx in (_REJOINED, _LEFT) and _THE_BODY.match(t, m.end()):
                body = _body_before(clause, m.start())  # "rejoined the bloc": the body told before
                orgs = [body] if body else []
            if not orgs:
                continue
            members = _list_before(clause, m.start())
            if not members:
                # "X, a member of" / "Egypt has been" / "Finland became": the subject right before, possibly past an aside
                # (a capital stands for its state as a subject: "Pyongyang, which joined the forum in 2000")
                subj = [c for c in clause.mentions if (c.type == "country" and c.kind != "demonym" or c.kind == "capital") and c.end - rel <= m.start() and re.fullmatch(
                    r"(?:\s*,[^,;]{0,60},)?\s*|\s*,\s+which\s+(?:later\s+|also\s+)?", t[c.end - rel : m.start()])]
                members = [subj[-1].entity if subj[-1].type == "country" else country_of(subj[-1].entity) or ""] if subj else []
                members = [x for x in members if x]
            if not members and rx is _REJOINED:
                # "Kenya left the IGAD in 2003 and rejoined the bloc in 2009": the one country the clause is about
                told = {c.entity for c in _countries(clause) if c.end - rel <= m.start()}
                members = list(told) if len(told) == 1 else []
            if not members:
                continue
            named = [o.end - rel for o in clause.of_type("organisation") if o.entity in orgs and o.start - rel >= m.end()]
            org_end = max(named) if named else (_THE_BODY.match(t, m.end()) or m).end()
            date = _date_after(clause, org_end, 25)
            if kind == "since" and date is not None and not re.search(r"since\s+$", t[max(0, date.pos - 7) : date.pos]):
                date = None
            if kind == "end":
                date = _end(date)
            out += _cands(members, orgs, date, 0.7, role)
    return out


def _founding_members(clause: Clause) -> list[Candidate]:
    """"A and B, founding members of X (ACR) together with C in 1972"; "X, of which it is a founding member since 1975"."""
    t, rel = clause.text, clause.start
    out: list[Candidate] = []
    for c in _countries(clause):
        m = _FOUNDING_OF.match(t, c.end - rel)
        if m is None:
            continue
        orgs = _orgs_from(clause, m.end())
        members = _list_before(clause, c.end - rel)
        if not orgs or not members:
            continue
        org_end = max(o.end for o in clause.of_type("organisation") if o.entity in orgs) - rel
        tw = re.match(r"\)?(?:\s*\([^()]{1,20}\))?\s*,?\s+(?:together\s+)?with\s+(?:the\s+)?", t[org_end:])
        if tw is not None:
            more = _list_after(clause, org_end + tw.end())
            members += [x for x in more if x not in members]
            org_end += tw.end()
        out += _cands(members, orgs, _date_after(clause, org_end, 40), 0.7)
    for o in clause.of_type("organisation"):
        m = _OF_WHICH.match(t, o.end - rel)
        if m is None or not _happened(t, m.start(), m.end()):
            continue
        since_stop = max((x.end() for x in re.finditer(r"[.;]\s", t[: o.start - rel])), default=0)
        subj = [c for c in _countries(clause) if c.end <= o.start and c.start - rel >= since_stop]
        if len({c.entity for c in subj}) == 1:
            since = re.match(r"\s+since\s+", t[m.end():])
            date = _date_after(clause, m.end(), 12) if since else None
            out += _cands([subj[-1].entity], [o.entity], date, 0.65)
    return out


def _joined_bare(clause: Clause) -> list[Candidate]:
    """"Myanmar joined in December 1997", "Nepal and Bhutan became members in 2004": the body told before."""
    t, rel = clause.text, clause.start
    out: list[Candidate] = []
    for m in _JOINED_BARE.finditer(t):
        if not _happened(t, m.start(), m.end()):
            continue
        org = _body_before(clause, m.start())
        members = _list_before(clause, m.start())
        if not org or not members:
            continue
        date = _date_after(clause, m.end(), 45)
        out += _cands(members, [org], date, 0.6, "member", ("organisation",), "context")
        # "Venezuela joined in 2012 but was suspended in 2016"
        sus = re.match(r"[^.;]{0,40}?\bbut\s+(?:was\s+)?(?:suspended|expelled|left|withdrew)\b", t[m.end():], _I)
        if sus is not None and date is not None:
            end = _date_after(clause, m.end() + sus.end(), 20)
            if end is not None:
                out = out[: -len(members)] + [Candidate(c.type, c.values, DateMention(date.pos, date.endpos, date.start, end.start, date.precision),
                                                        c.confidence, c.inferred, c.inference) for c in out[-len(members):]]
    return out


def find_memberships(clause: Clause, country_of: Callable[[str], str | None]) -> list[Candidate]:
    """Memberships and observer statuses of one clause, in the phrasings above."""
    if not any(m.type == "organisation" for m in clause.mentions) and not (clause.memory.get("status-org") and _BODY_TOLD_BEFORE.search(clause.text)):
        return []  # every rule needs a body: named here, or told before ("X joined in 1997", "rejoined the bloc")
    if not clause.of_type("country") and not any(m.kind == "capital" for m in clause.mentions):
        return []
    found = _composed(clause) + _founders(clause) + _own_status(clause, country_of) + _founding_members(clause) + _joined_bare(clause)
    # keep one candidate per (member, body, role): the dated one
    best: dict[tuple[Any, ...], Candidate] = {}
    for c in found:
        key = (c.values["member"], c.values["organisation"], c.values["role"], c.date.end if c.date is not None and c.date.start is None else None)
        if key not in best or best[key].date is None and c.date is not None:
            best[key] = c
    return list(best.values())


def remember_body(clause: Clause) -> None:
    """The organisation a later "X joined in 1997" refers to: the one body the clause named, if only one."""
    ids = {o.entity for o in clause.of_type("organisation")}
    if len(ids) == 1:
        clause.memory["status-org"] = next(iter(ids))
    elif ids:
        clause.memory.pop("status-org", None)
