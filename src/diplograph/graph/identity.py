"""When two facts are the same event: identity fields per fact type, compatible dates, single values.

Two facts are the same event (or status, or figure) when they have the same type, the same defining
participants (:data:`IDENTITY`, from each type's declaration in :mod:`.facttypes`) and compatible dates: equal, one a coarser precision of the other, or
overlapping ranges. A fact with no date is compatible with any date. Some facts can hold only one value
for their identity (:data:`SINGLE_VALUED`: relations are established once, an organisation is founded
once, a trade figure is one number per year); for them another, incompatible value is a contradiction,
not another event.

>>> from diplograph.model import Evidence, Fact
>>> a = Fact("a", "visit", (), {"visitor": ("orban",), "host": "kazakhstan"}, start="2019-04")
>>> b = Fact("b", "visit", (), {"visitor": ("orban",), "host": "kazakhstan"}, start="2019-04-02")
>>> c = Fact("c", "visit", (), {"visitor": ("orban",), "host": "kazakhstan"}, start="2015-10")
>>> same_identity(a, b, {}), compatible(a, b), compatible(a, c)
(True, True, False)
"""

from __future__ import annotations

import re
from typing import Any, Hashable, Mapping

from .. import dates
from ..model import Entity, Fact
from .facttypes import FACT_KINDS, FactKind

__all__ = [
    "IDENTITY",
    "OVERLAP_FIELDS",
    "SINGLE_VALUED",
    "anchors",
    "same_identity",
    "compatible",
    "span",
    "narrower",
    "claim_value",
    "about",
]

#: the fields that name the participants defining a fact of each type (``FactKind.identity``)
IDENTITY: dict[str, tuple[str, ...]] = {name: kind.identity for name, kind in FACT_KINDS.items()}

#: many-valued identity fields where sharing one value is enough (a report names only the head of a
#: delegation); other many-valued fields must hold the same set
OVERLAP_FIELDS: dict[str, frozenset[str]] = {"visit": frozenset({"visitor"})}


def _value_fields(kind: FactKind) -> tuple[str, ...]:
    """The fields a single-valued fact's one value is in: a figure's numbers and units, else its dates."""
    if kind.record.temporal == "figure":
        return tuple(f.name for f in kind.record.fields if f.name not in kind.identity and f.kind in ("decimal", "integer", "text"))
    return ("date",)


#: single-valued fact types (``FactKind.single_valued``) and the fields their one value is in ("date": the
#: start and end dates); another value from another document is a contradiction
SINGLE_VALUED: dict[str, tuple[str, ...]] = {name: _value_fields(kind) for name, kind in FACT_KINDS.items() if kind.single_valued}

_MISSIONS = ("embassy", "representation-office")
_INSTRUMENTS = ("agreement", "declaration")
_STOP = {"the", "of", "a", "an", "and", "on", "in", "for", "between", "to", "at", "with"}


def _entity_key(value: Any, entities: Mapping[str, Entity]) -> Hashable:
    """What an entity reference stands for: an embassy by its sender and receiver (two documents may
    name one embassy differently), an instrument by its title, anything else by its id."""
    e = entities.get(str(value))
    if e is not None and e.type in _MISSIONS:
        return ("mission", e.type, str(e.values.get("sent_by")), str(e.values.get("accredited_to")))
    if e is not None and e.type in _INSTRUMENTS:
        return ("instrument", " ".join(re.findall(r"\w+", e.label.casefold())))
    return str(value)


def _field_key(fact: Fact, name: str, entities: Mapping[str, Entity]) -> Any:
    v = fact.values.get(name)
    if isinstance(v, tuple):
        return frozenset(_entity_key(x, entities) for x in v)
    if name in ("old_name", "new_name", "name"):
        return " ".join(re.findall(r"\w+", str(v).casefold())) if v is not None else None
    return _entity_key(v, entities) if v is not None else None


def anchors(fact: Fact, entities: Mapping[str, Entity]) -> list[Hashable]:
    """Hashable keys of which two facts of the same identity share at least one (an index for
    :func:`same_identity`)."""
    names = IDENTITY.get(fact.type, ())
    overlap = OVERLAP_FIELDS.get(fact.type, frozenset())
    fixed = tuple(_field_key(fact, n, entities) for n in names if n not in overlap)
    out: list[Hashable] = []
    for n in names:
        if n in overlap:
            out.extend((fact.type, fixed, n, x) for x in sorted(map(str, _field_key(fact, n, entities) or ())))
    return out or [(fact.type, fixed)]


def _names_agree(a: Any, b: Any) -> bool:
    """Two names of one meeting, as two documents word them: most of the shorter name's words recur."""
    if a is None or b is None:
        return True
    wa = set(re.findall(r"\w+", str(a).casefold())) - _STOP
    wb = set(re.findall(r"\w+", str(b).casefold())) - _STOP
    if not wa or not wb:
        return True
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def same_identity(a: Fact, b: Fact, entities: Mapping[str, Entity]) -> bool:
    """Same type and the same defining participants (dates are not compared here)."""
    if a.type != b.type or a.type not in IDENTITY:
        return a.type == b.type and a.id == b.id
    overlap = OVERLAP_FIELDS.get(a.type, frozenset())
    for n in IDENTITY[a.type]:
        ka, kb = _field_key(a, n, entities), _field_key(b, n, entities)
        if n in overlap:
            if not (set(ka or ()) & set(kb or ())):
                return False
        elif ka != kb:
            return False
    if a.type == "meeting":  # two named meetings of the same parties on one day: a commission and a forum
        return _names_agree(a.values.get("name"), b.values.get("name"))
    return True


def span(fact: Fact) -> tuple[str, str] | None:
    """The first and last day a fact's dates cover (``None`` when it has no date)."""
    if not fact.start:
        return None
    return dates.bounds(fact.start)[0], dates.bounds(fact.end or fact.start)[1]


def compatible(a: Fact, b: Fact) -> bool:
    """Dates that can be of one event: equal, one a coarser precision of the other, overlapping ranges,
    or one of them not given."""
    sa, sb = span(a), span(b)
    if sa is None or sb is None:
        return True
    return sa[0] <= sb[1] and sb[0] <= sa[1]


def narrower(a: Fact, b: Fact) -> bool:
    """Whether ``a``'s dates say more than ``b``'s: a shorter span inside it (or ``b`` has none)."""
    sa, sb = span(a), span(b)
    if sa is None:
        return False
    if sb is None:
        return True
    inside = sb[0] <= sa[0] and sa[1] <= sb[1]
    return inside and sa != sb


def claim_value(fact: Fact) -> tuple[Any, ...]:
    """The single value a fact states for its identity (its dates, or its figure)."""
    names = SINGLE_VALUED.get(fact.type, ())
    return tuple((fact.start, fact.end) if n == "date" else fact.values.get(n) for n in names)


def about(fact: Fact) -> tuple[str, ...]:
    """The entities a contradiction about this fact concerns (its identity fields' entity ids)."""
    out: list[str] = []
    for n in IDENTITY.get(fact.type, ()):
        v = fact.values.get(n)
        if v is None or n in ("year", "role", "level", "old_name", "new_name"):
            continue
        out.extend(str(x) for x in (v if isinstance(v, tuple) else (v,)))
    return tuple(dict.fromkeys(out))
