"""One declaration per fact type: everything a stage needs to know about it.

Each :class:`FactKind` holds the type's record (its class and YAML fields, see :mod:`.mapping`), the
template of its English label, the keys it is scored and compared on, the fields that make two facts of
the type the same event or status (``identity``), the field that names it in ids (``ref``), whether it is
single-valued (one true value per identity: a second date is a contradiction), and the rules in
``ontology/rules/`` that materialise its direct relations. The loader, the triples, the extractor, the
scorer and the merge all read this table: adding a fact type is one entry here plus its tests (README,
"How to add a fact type").

A fact is reduced to keys ``(relation, subject, object, date)``; a visit with two visitors gives two keys, a
meeting one key per pair of participants. Events compare their date as written; statuses (membership,
position, mission, twinning) compare without a date.

>>> f = Fact("v", "visit", (), {"visitor": ("a",), "host": "h", "kind": "official"}, start="2008-02-18")
>>> fact_keys(f, {})
[('visit', 'a', 'h', '2008-02-18')]
>>> FACT_KINDS["visit"].identity
('visitor', 'host')
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any, Callable, Iterable, Mapping

from ..model import Entity, Fact
from ..names import slug
from rdflib.namespace import ORG

from ..namespace import DG, SCHEMA
from .mapping import (
    ACTOR_TYPES,
    BODY_TYPES,
    CITY,
    COUNTRY,
    INSTRUMENT_TYPES,
    MISSION_TYPES,
    ORGANISATION,
    PERSON,
    STATES_AND_ORGS,
    Field,
    RecordType,
)

__all__ = ["Key", "FactKind", "FACT_KINDS", "FACT_TYPES", "fact_keys", "relation_of", "identity_of"]

Key = tuple[str, str, str, "str | None"]

#: ``label(values, name)`` where ``name(field)`` gives the readable names of the entities of a field
Label = Callable[[Mapping[str, Any], Callable[[str], str]], str]


class KeyContext:
    """What a key template may use: the fact's relation and entity lookups."""

    def __init__(self, fact: Fact, entities: Mapping[str, Entity], rel: str) -> None:
        self.fact, self.entities, self.rel = fact, entities, rel

    @staticmethod
    def pair(values: Iterable[Any]) -> str:
        return "+".join(sorted(str(v) for v in values))

    def label(self, eid: Any) -> str:
        """Cities, awards and instruments compare by their label's slug (ids of these vary between curators)."""
        e = self.entities.get(str(eid))
        return slug(e.label) if e is not None and e.type in ("city", "award", "agreement", "declaration") else str(eid)

    def _mission(self, f: Fact) -> Entity | None:
        return self.entities.get(str(f.values.get("embassy")))

    def sent_by(self, f: Fact) -> str:
        emb = self._mission(f)
        return str(emb.values.get("sent_by") if emb else f.values.get("embassy"))

    def accredited_to(self, f: Fact) -> str:
        emb = self._mission(f)
        return str(emb.values.get("accredited_to")) if emb else ""


@dataclass(frozen=True)
class FactKind:
    """Everything about one fact type."""

    record: RecordType
    #: the English label of a fact (without its date)
    label: Label
    #: the keys a fact is scored on
    keys: Callable[[Fact, KeyContext], list[Key]]
    #: the fields that make two facts of this type the same event or status (with compatible dates)
    identity: tuple[str, ...]
    #: the field whose first entity names the fact in generated ids
    ref: str
    #: the files of ``ontology/rules/`` that materialise this type's direct relations
    rules: tuple[str, ...] = ()
    #: the relation a fact is scored under: a name, or a function of the fact (membership: member / observer)
    relation: str | Callable[[Fact], str] | None = None
    #: whether the label ends with the fact's date
    dated_label: bool = True
    #: one true value per identity (a date of founding, a year's figure): different values contradict
    single_valued: bool = False

    @property
    def name(self) -> str:
        return self.record.name

    def relation_of(self, fact: Fact) -> str:
        if self.relation is None:
            return self.name
        return self.relation if isinstance(self.relation, str) else self.relation(fact)


_KINDS = (
    FactKind(
        RecordType(
                "visit",
                DG.Visit,
                (
                    Field("visitor", DG.visitor, "entity", required=True, many=True, targets=PERSON),
                    Field("capacity", DG.inCapacity, "fact", many=True, targets=("position",)),
                    Field("visitor_country", DG.visitorCountry, "entity", required=True, targets=COUNTRY),
                    Field("host", DG.hostCountry, "entity", required=True, targets=COUNTRY),
                    Field("destination", DG.destination, "entity", targets=CITY),
                    Field("kind", DG.visitKind, "concept", concepts="visit-kind"),
                    Field("purpose", DG.purpose, "lang"),
                ),
                temporal="event",
            ),
        label=lambda v, n: f"{v['kind']} visit of {n('visitor')} to {n('host')}" if "kind" in v else f"visit of {n('visitor')} to {n('host')}",
        keys=lambda f, k: [(k.rel, str(p), str(f.values.get("host")), f.start) for p in f.values.get("visitor", ())],
        identity=("visitor", "host"),
        ref="visitor",
        rules=("visited.rq",),
    ),
    FactKind(
        RecordType(
                "meeting",
                DG.Meeting,
                (
                    Field("participants", DG.participant, "entity", required=True, many=True, targets=ACTOR_TYPES),
                    Field("capacity", DG.inCapacity, "fact", many=True, targets=("position",)),
                    Field("name", SCHEMA.name, "lang"),
                    Field("host", DG.hostCountry, "entity", targets=COUNTRY),
                    Field("location", SCHEMA.location, "entity", targets=CITY),
                    Field("purpose", DG.purpose, "lang"),
                ),
                temporal="event",
            ),
        label=lambda v, n: str(v["name"]) if "name" in v else f"meeting of {n('participants')}",
        keys=lambda f, k: [(k.rel, a, b, f.start) for a, b in combinations(sorted(str(p) for p in f.values.get("participants", ())), 2)],
        identity=("participants",),
        ref="participants",
        rules=("met.rq",),
    ),
    FactKind(
        RecordType(
                "summit",
                DG.Summit,
                (
                    Field("name", SCHEMA.name, "lang", required=True),
                    Field("organiser", SCHEMA.organizer, "entity", required=True, targets=ORGANISATION),
                    Field("host", DG.hostCountry, "entity", targets=COUNTRY),
                    Field("location", SCHEMA.location, "entity", targets=CITY),
                    Field("participants", DG.participant, "entity", many=True, targets=ACTOR_TYPES),
                    Field("informal", DG.informal, "bool"),
                    Field("online", SCHEMA.eventAttendanceMode, "concept", concepts="attendance"),
                    Field("proposed_by", DG.proposedBy, "entity", targets=ACTOR_TYPES),
                ),
                temporal="event",
                dated=False,
            ),
        label=lambda v, n: str(v["name"]),
        keys=lambda f, k: [(k.rel, str(f.values.get("organiser")), str(f.values.get("host", "")), f.start)],
        identity=("organiser", "host"),
        ref="organiser",
        rules=("hosted.rq", "participated-in.rq"),
    ),
    FactKind(
        RecordType(
                "signing",
                DG.Signing,
                (
                    Field("instrument", DG.instrument, "entity", required=True, targets=INSTRUMENT_TYPES),
                    Field("parties", DG.party, "entity", required=True, many=True, targets=STATES_AND_ORGS),
                    Field("signatories", DG.signatory, "entity", many=True, targets=PERSON),
                    Field("location", SCHEMA.location, "entity", targets=CITY),
                ),
                temporal="event",
            ),
        label=lambda v, n: f"signing of {n('instrument')}",
        keys=lambda f, k: [(k.rel, k.pair(f.values.get("parties", ())), "", f.start)],
        identity=("instrument",),
        ref="parties",
        rules=("signed.rq",),
    ),
    FactKind(
        RecordType(
                "recognition",
                DG.Recognition,
                (
                    Field("recognizer", DG.recognizingState, "entity", required=True, targets=COUNTRY),
                    Field("recognized", DG.recognizedState, "entity", required=True, targets=COUNTRY),
                ),
                temporal="event",
            ),
        label=lambda v, n: f"recognition of {n('recognized')} by {n('recognizer')}",
        keys=lambda f, k: [(k.rel, str(f.values.get("recognizer")), str(f.values.get("recognized")), f.start)],
        identity=("recognizer", "recognized"),
        ref="recognizer",
        rules=("recognized.rq",),
        single_valued=True,
    ),
    FactKind(
        RecordType(
                "relations-established",
                DG.DiplomaticRelationsEstablishment,
                (Field("parties", DG.party, "entity", required=True, many=True, targets=COUNTRY),),
                temporal="event",
            ),
        label=lambda v, n: f"diplomatic relations established between {n('parties')}",
        keys=lambda f, k: [(k.rel, k.pair(f.values.get("parties", ())), "", f.start)],
        identity=("parties",),
        ref="parties",
        rules=("diplomatic-relations.rq",),
        single_valued=True,
    ),
    FactKind(
        RecordType(
                "embassy-opening",
                DG.EmbassyOpening,
                (Field("embassy", DG.mission, "entity", required=True, targets=MISSION_TYPES),),
                temporal="event",
            ),
        label=lambda v, n: f"opening of {n('embassy')}",
        keys=lambda f, k: [(k.rel, f"embassy-opening:{k.sent_by(f)}", k.accredited_to(f), f.start)],
        identity=("embassy",),
        ref="embassy",
        rules=("has-embassy-in.rq",),
        relation="embassy",
        single_valued=True,
    ),
    FactKind(
        RecordType(
                "founding",
                DG.Founding,
                (
                    Field("body", DG.foundedBody, "entity", required=True, targets=(*BODY_TYPES, "association")),
                    Field("founder", DG.founder, "entity", targets=ACTOR_TYPES),
                ),
                temporal="event",
            ),
        label=lambda v, n: f"founding of {n('body')}",
        keys=lambda f, k: [(k.rel, str(f.values.get("body")), "", f.start)],
        identity=("body",),
        ref="body",
        rules=(),
        single_valued=True,
    ),
    FactKind(
        RecordType(
                "renaming",
                DG.Renaming,
                (
                    Field("organisation", DG.renamedOrganisation, "entity", required=True, targets=ORGANISATION),
                    Field("old_name", DG.oldName, "text", required=True),
                    Field("new_name", DG.newName, "text", required=True),
                ),
                temporal="event",
            ),
        label=lambda v, n: f"renaming of {v['old_name']} to {v['new_name']}",
        keys=lambda f, k: [(k.rel, str(f.values.get("organisation")), "", f.start)],
        identity=("organisation", "old_name", "new_name"),
        ref="organisation",
        rules=(),
        single_valued=True,
    ),
    FactKind(
        RecordType(
                "award",
                DG.AwardConferral,
                (
                    Field("recipient", DG.recipient, "entity", required=True, targets=ACTOR_TYPES),
                    Field("award", DG.award, "entity", required=True, targets=("award",)),
                ),
                temporal="event",
                dated=False,
            ),
        label=lambda v, n: f"{n('award')} conferred on {n('recipient')}",
        keys=lambda f, k: [(k.rel, str(f.values.get("recipient")), k.label(f.values.get("award")), f.start)],
        identity=("recipient", "award"),
        ref="recipient",
        rules=("received-award.rq",),
    ),
    FactKind(
        RecordType(
                "membership",
                DG.Membership,
                (
                    Field("member", ORG.member, "entity", required=True, targets=COUNTRY),
                    Field("organisation", ORG.organization, "entity", required=True, targets=ORGANISATION),
                    Field("role", ORG.role, "concept", required=True, concepts="membership-role"),
                ),
                temporal="status",
            ),
        label=lambda v, n: f"{n('member')} {v['role']} of {n('organisation')}",
        keys=lambda f, k: [(k.rel, str(f.values.get("member")), str(f.values.get("organisation")), None)],
        identity=("member", "organisation", "role"),
        ref="member",
        rules=("member-of.rq", "observer-of.rq"),
        relation=lambda f: "observer" if f.values.get("role") == "observer" else "membership",
        single_valued=True,  # a membership begins once: another start date contradicts
    ),
    FactKind(
        RecordType(
                "position",
                DG.Position,
                (
                    Field("person", ORG.member, "entity", required=True, targets=PERSON),
                    Field("role", ORG.role, "concept", required=True, concepts="position-role"),
                    Field("organisation", ORG.organization, "entity", required=True, targets=(*STATES_AND_ORGS, *BODY_TYPES)),
                    Field("accredited_to", DG.accreditedTo, "entity", targets=COUNTRY),
                    Field("title", DG.title, "lang"),
                ),
                temporal="status",
            ),
        label=lambda v, n: f"{n('person')}, {v.get('title') or str(v['role']).replace('-', ' ')}",
        keys=lambda f, k: [(k.rel, str(f.values.get("person")), f"{f.values.get('role')}:{f.values.get('organisation')}", None)],
        identity=("person", "role", "organisation"),
        ref="person",
        rules=("ambassador-to.rq", "holds-position-in.rq"),
        relation=lambda f: "ambassador" if f.values.get("role") == "ambassador" else "position",
    ),
    FactKind(
        RecordType(
                "mission",
                DG.MissionPresence,
                (Field("embassy", DG.mission, "entity", required=True, targets=MISSION_TYPES),),
                temporal="status",
            ),
        label=lambda v, n: f"{n('embassy')} (in existence)",
        keys=lambda f, k: [(k.rel, f"mission:{k.sent_by(f)}", k.accredited_to(f), None)],
        identity=("embassy",),
        ref="embassy",
        rules=("has-embassy-in.rq",),
        relation="embassy",
    ),
    FactKind(
        RecordType(
                "partnership",
                DG.Partnership,
                (
                    Field("parties", DG.party, "entity", required=True, many=True, targets=COUNTRY),
                    Field("level", DG.partnershipLevel, "concept", required=True, concepts="partnership-level"),
                    Field("established_by", DG.establishedBy, "fact", targets=("signing",)),
                ),
                temporal="status",
            ),
        label=lambda v, n: f"{str(v['level']).replace('-', ' ')} partnership of {n('parties')}",
        keys=lambda f, k: [(k.rel, k.pair(f.values.get("parties", ())), str(f.values.get("level")), f.start)],
        identity=("parties", "level"),
        ref="parties",
        rules=("strategic-partner-of.rq",),
    ),
    FactKind(
        RecordType(
                "twinning",
                DG.Twinning,
                (Field("cities", DG.party, "entity", required=True, many=True, targets=CITY),),
                temporal="status",
            ),
        label=lambda v, n: f"twinning of {n('cities')}",
        keys=lambda f, k: [(k.rel, k.pair(k.label(c) for c in f.values.get("cities", ())), "", None)],
        identity=("cities",),
        ref="cities",
        rules=("sister-city-of.rq",),
    ),
    FactKind(
        RecordType(
                "trade-turnover",
                DG.TradeTurnover,
                (
                    Field("parties", DG.party, "entity", required=True, many=True, targets=COUNTRY),
                    Field("year", DG.referenceYear, "year", required=True),
                    Field("amount", SCHEMA.value, "decimal", required=True),
                    Field("currency", SCHEMA.currency, "text", required=True),
                ),
                temporal="figure",
            ),
        label=lambda v, n: f"trade turnover between {n('parties')} in {v['year']}: {v['amount']:,} {v['currency']}",
        keys=lambda f, k: [(k.rel, k.pair(f.values.get("parties", ())), str(f.values.get("amount")), str(f.values.get("year")))],
        identity=("parties", "year"),
        ref="parties",
        rules=("trade-partner-of.rq",),
        dated_label=False,
        single_valued=True,
    ),
    FactKind(
        RecordType(
                "student-count",
                DG.StudentCount,
                (
                    Field("origin", DG.originCountry, "entity", required=True, targets=COUNTRY),
                    Field("host", DG.hostCountry, "entity", required=True, targets=COUNTRY),
                    Field("count", SCHEMA.value, "decimal", required=True),
                    Field("year", DG.referenceYear, "year"),
                ),
                temporal="figure",
            ),
        label=lambda v, n: f"students from {n('origin')} in {n('host')}" + (f" in {v['year']}" if "year" in v else "") + f": {v['count']:,}",
        keys=lambda f, k: [(k.rel, str(f.values.get("origin")), str(f.values.get("host")), str(f.values.get("year", "")))],
        identity=("origin", "host", "year"),
        ref="origin",
        rules=(),
        dated_label=False,
        single_valued=True,
    ),
)

FACT_KINDS: dict[str, FactKind] = {k.name: k for k in _KINDS}
#: The record (class and fields) of each fact type.
FACT_TYPES: dict[str, RecordType] = {k.name: k.record for k in _KINDS}


def relation_of(fact: Fact) -> str:
    """The relation type a fact is scored under (membership splits into member / observer)."""
    return FACT_KINDS[fact.type].relation_of(fact)


def fact_keys(f: Fact, entities: Mapping[str, Entity]) -> list[Key]:
    """The keys a fact is scored on (see the module's docstring)."""
    kind = FACT_KINDS.get(f.type)
    if kind is None:
        return [(f.type, f.id, "", f.start)]
    return kind.keys(f, KeyContext(f, entities, kind.relation_of(f)))


def identity_of(f: Fact) -> tuple[Any, ...]:
    """The type and the identity fields' values of a fact (lists compared as sets)."""
    kind = FACT_KINDS[f.type]
    out: list[Any] = [f.type]
    for name in kind.identity:
        v = f.values.get(name)
        out.append(tuple(sorted(str(x) for x in v)) if isinstance(v, (tuple, list)) else v)
    return tuple(out)
