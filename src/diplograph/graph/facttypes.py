"""What identifies a fact of each type: the keys it is compared on (scoring, merging).

A fact is reduced to keys ``(relation, subject, object, date)``; a visit with two visitors gives two
keys, a meeting one key per pair of participants. Events compare their date as written; statuses
(membership, position, mission, twinning) compare without a date.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any, Iterable, Mapping

from ..model import Entity, Fact
from ..names import slug

__all__ = ["Key", "fact_keys", "relation_of"]

Key = tuple[str, str, str, "str | None"]


def relation_of(fact: Fact) -> str:
    """The relation type a fact is scored under (membership splits into member / observer)."""
    if fact.type == "membership":
        return "observer" if fact.values.get("role") == "observer" else "membership"
    if fact.type == "position" and fact.values.get("role") == "ambassador":
        return "ambassador"
    if fact.type in ("mission", "embassy-opening"):
        return "embassy"
    return fact.type


def _label(entities: Mapping[str, Entity], eid: Any) -> str:
    e = entities.get(str(eid))
    return slug(e.label) if e is not None and e.type in ("city", "award", "agreement", "declaration") else str(eid)


def _pair(values: Iterable[Any]) -> str:
    return "+".join(sorted(str(v) for v in values))


def fact_keys(f: Fact, entities: Mapping[str, Entity]) -> list[Key]:
    v = f.values
    date = f.start
    rel = relation_of(f)
    t = f.type
    if t == "visit":
        return [(rel, str(p), str(v.get("host")), date) for p in v.get("visitor", ())]
    if t == "meeting":
        parts = sorted(str(p) for p in v.get("participants", ()))
        return [(rel, a, b, date) for a, b in combinations(parts, 2)]
    if t in ("signing", "relations-established"):
        return [(rel, _pair(v.get("parties", ())), "", date)]
    if t == "partnership":
        return [(rel, _pair(v.get("parties", ())), str(v.get("level")), date)]
    if t == "recognition":
        return [(rel, str(v.get("recognizer")), str(v.get("recognized")), date)]
    if t == "membership":
        return [(rel, str(v.get("member")), str(v.get("organisation")), None)]
    if t == "position":
        return [(rel, str(v.get("person")), f"{v.get('role')}:{v.get('organisation')}", None)]
    if t in ("mission", "embassy-opening"):
        emb = entities.get(str(v.get("embassy")))
        sent = emb.values.get("sent_by") if emb else v.get("embassy")
        acc = emb.values.get("accredited_to") if emb else ""
        return [(rel, f"{t}:{sent}", str(acc), date if t == "embassy-opening" else None)]
    if t == "twinning":
        return [(rel, _pair(_label(entities, c) for c in v.get("cities", ())), "", None)]
    if t == "trade-turnover":
        return [(rel, _pair(v.get("parties", ())), str(v.get("amount")), str(v.get("year")))]
    if t == "award":
        return [(rel, str(v.get("recipient")), _label(entities, v.get("award")), date)]
    if t == "summit":
        return [(rel, str(v.get("organiser")), str(v.get("host", "")), date)]
    if t == "student-count":
        return [(rel, str(v.get("origin")), str(v.get("host")), str(v.get("year", "")))]
    if t == "founding":
        return [(rel, str(v.get("body")), "", date)]
    if t == "renaming":
        return [(rel, str(v.get("organisation")), "", date)]
    return [(rel, f.id, "", date)]
