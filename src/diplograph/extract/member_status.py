"""Stage 6: membership and observer status told with the status word: "Chile and Peru are members of APEC",
"a member of the UN, the OSCE and the OIC", "Mongolia has observer status in the SCO", and the items of a
list that opens "Other memberships include:". Not "membership talks", "hopes to become a member".

For the other ways a membership is told see :mod:`.memberships` and :mod:`.statuses`.

>>> _NOT_STATUS.search(" talks with the bloc") is not None
True
"""

from __future__ import annotations

import re

from .clause import Candidate, Clause
from .memberships import bodies_from
from .modality import modality
from .temporal import DateMention
from .triggers import PATTERNS

__all__ = ["SUMMIT_WORD", "find_member_status"]

_I = re.IGNORECASE

#: words after a status word that make it no status: "membership talks", "member of the delegation"
_NOT_STATUS = re.compile(r"^\s*(?:bid|application|applications|talks|negotiations|candidacy|prospects?|aspirations?|of\s+(?:the|a|his|her)\s+delegation)\b", re.I)
_LISTED = re.compile(r"\b(?:are|were|have\s+been|became|joined|all)\b", re.I)
SUMMIT_WORD = re.compile(r"\bsummit\b", re.I)
#: between two bodies of a membership list, one the gazetteer does not know: "), the Forum for East Asia–Latin
#: America Cooperation (FEALAC) and the "
_UNKNOWN_ITEM = re.compile(r"\)?\s*,\s*(?:the\s+)?[A-Z][\w'’–-]*(?:\s+(?:[A-Z][\w'’–-]*|of|for|and|the|on))*?\s+[A-Z][\w'’–-]*(?:\s*\([A-Z][\w-]{1,10}\))?\s*(?:,|,?\s*and)\s*(?:of\s+)?(?:the\s+)?")
#: between two bodies of a membership list: "..., the OSCE and of the OIC", or an item the gazetteer does not know
_BODY_GAP = re.compile(r"(?:\)?\s*(?:,|and|,\s*and|as\s+well\s+as)\s*(?:of\s+)?(?:the\s+)?)|(?:" + _UNKNOWN_ITEM.pattern + ")")


#: a line that opens a list of a country's memberships
_MEMBER_LIST = re.compile(r"\bmemberships?\s+(?:include|includes|are|comprise)\s*:\s*$|\bis\s+(?:also\s+)?a\s+member\s+of\s+the\s+following\b[^:]*:\s*$", _I)
#: a list item that is no membership
_NOT_LISTED_MEMBER = re.compile(r"\b(?:observer|applied|applicant|candidate|suspended|withdr[ae]w|left|partner|guest)\b", _I)


#: a country's standing observer status, told without its body: "which has held observer status", "also an observer"
_HELD_OBSERVER = re.compile(r",\s+(?:which|that)\s+(?:has\s+held|holds|has\s+had|has)\s+observer\s+status\b|,\s+also\s+an\s+observer\b", _I)


def find_member_status(clause: Clause) -> tuple[list[Candidate], bool]:
    """The memberships and observer statuses of one clause, and whether the clause tells nothing else (a
    membership list's heading or item)."""
    t = clause.text
    out: list[Candidate] = []
    rel = clause.start

    # "Other memberships include:" and its list items: memberships of the country a membership was told of last
    if _MEMBER_LIST.search(t):
        if clause.memory.get("member-subject"):
            clause.memory["member-list"] = clause.memory["member-subject"]
        return out, True
    if clause.memory.get("member-list"):
        if clause.kind != "item":
            clause.memory.pop("member-list")
        else:
            lead = re.match(r"\s*(?:[-•*]\s*)?(?:the\s+)?", t)
            org = next((o for o in clause.of_type("organisation") if lead is not None and o.start - rel == lead.end()), None)
            if org is not None and not _NOT_LISTED_MEMBER.search(t) and modality(t, org.start - rel, org.end - rel) is None:
                out.append(Candidate("membership", {"member": clause.memory["member-list"], "organisation": org.entity, "role": "member"},
                                     None, 0.65, ("member",), "context"))
            return out, True

    # membership and observer status
    taken_orgs: set[tuple[str, str]] = set()
    for key, role in (("observer", "observer"), ("member", "member")):
        for m in PATTERNS[key].finditer(t):
            if key == "member" and re.search(r"observer", t[max(0, m.start() - 25) : m.end() + 40], _I):
                continue
            if modality(t, m.start(), m.end()) is not None or _NOT_STATUS.search(t[m.end() : m.end() + 25]):
                continue  # "hopes to become a member", "is not a member", "membership talks"
            pos = rel + m.start()
            orgs = clause.of_type("organisation")
            orgs_after = [o for o in orgs if o.start >= pos]
            orgs_before = [o for o in orgs if o.start < pos]
            org = orgs_after[0] if orgs_after and orgs_after[0].start - pos < 60 else None
            if org is None and orgs_before:
                last = orgs_before[-1]
                # "in which ... observer", "joined the OTS as an observer", "admitted to the SCO as an observer"
                if re.search(r"\bin which\b|\bwhere\b|\bwhose\b", t, _I) or re.match(
                        r"\s+(?:status\s+)?(?:in|of|to)\s+the\s+(?:bloc|organi[sz]ation|grouping|group|alliance|union|community|forum)\b", t[m.end():], _I) or (
                        key == "observer" and re.fullmatch(r"\s+(?:in\s+\d{4}\s+)?as\s+(?:an?\s+)?", t[last.end - rel : m.start()])):
                    org = last
            org_ids: list[str] = []
            date_from_summit = None
            if org is None:
                # a status decided at the summit the document speaks of: "at the summit, X was granted observer status"
                summit_org = clause.memory.get("summit-organiser")
                if summit_org and re.search(r"\b(?:granted|admitted|accepted|received|obtained|became|joined|approved)\b", t, _I) and (
                        SUMMIT_WORD.search(t) or clause.memory.get("summit-sentence") == "previous"):
                    org_ids = [summit_org]
                    date_from_summit = clause.memory.get("summit-date")
                elif summit_org and key == "observer" and _HELD_OBSERVER.search(t, max(0, m.start() - 40), m.end() + 1):
                    # a summit report's "Mongolia, which has held observer status since 2004": of the summit's body
                    org_ids = [summit_org]
            else:
                # "a member of the UN, the OSCE, the OIC and TURKSOY": every organisation of the list
                org_ids = bodies_from(clause, org, _BODY_GAP)
            if not org_ids:
                continue
            members = [c for c in clause.mentions if c.type == "country" and c.start < pos and c.kind != "demonym"]
            clause_start = max((rel + x.end() for x in re.finditer(r",\s*(?:while|whereas|in which|and)\b|;|\bwhile\b|\bwhereas\b", t) if rel + x.end() <= pos), default=rel)
            members = [c for c in members if c.start >= clause_start]
            ids: list[str] = []
            if members:
                if re.search(r"\bboth\b|\band\b", t[members[0].start - rel : m.start()], _I) and len(members) > 1 and not re.search(r",", t[members[0].start - rel : m.start()]):
                    ids = [c.entity for c in members]
                elif len(members) > 1 and re.fullmatch(r"(?:[\s,]*(?:and\s+)?(?:the\s+)?[\w\s-]*?)*", t[members[0].start - rel : m.start()]) and _LISTED.search(t[members[-1].end - rel : m.start()]):
                    ids = [c.entity for c in members]  # "Chile, Peru and Colombia are members"
                else:
                    ids = [members[-1].entity]
            elif re.search(r"\b(?:both|the\s+two)\s+(?:countries|states|nations|sides)\b", t[: m.start()], _I) and len(clause.main_countries) == 2:
                ids = list(clause.main_countries)
            elif re.search(r"\bboth\s+(?:were|are|became|have\s+been|remain)\b", t[clause_start - rel : m.start()], _I):
                # "Mexico and Ecuador established relations in 1837, and both were among the founding members of"
                coord = [c for c in clause.mentions if c.type == "country" and c.kind != "demonym" and c.start < clause_start]
                if len(coord) == 2 and re.fullmatch(r"\s+and\s+(?:the\s+)?", t[coord[0].end - rel : coord[1].start - rel]):
                    ids = [c.entity for c in coord]
            if not ids:
                continue
            start = None
            for d in clause.dates:
                if abs(d.pos + rel - pos) < 60:
                    start = d
            if start is None and date_from_summit:
                start = DateMention(0, 0, date_from_summit, None, {10: "day", 7: "month"}.get(len(date_from_summit), "year"))
            for cid in ids:
                for oid in org_ids:
                    if (cid, oid) in taken_orgs:
                        continue
                    taken_orgs.add((cid, oid))
                    out.append(Candidate("membership", {"member": cid, "organisation": oid, "role": role}, start, 0.75))
                    if len(ids) == 1:
                        clause.memory["member-subject"] = cid
    return out, False
