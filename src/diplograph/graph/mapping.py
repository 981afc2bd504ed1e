"""The declarative mapping from the curated source format to the ontology.

One table says, for each entity type and fact type of ``graph/sources``, which class it becomes and
which YAML field becomes which property with which kind of value. The loader checks the sources against
it and the RDF writer follows it, so the format, the checks and the triples cannot drift apart.

>>> FACT_TYPES["visit"].cls
rdflib.term.URIRef('https://w3id.org/diplograph/ontology#Visit')
>>> FACT_TYPES["visit"].field("host").predicate
rdflib.term.URIRef('https://w3id.org/diplograph/ontology#hostCountry')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal as TypingLiteral

from rdflib import URIRef
from rdflib.namespace import DCTERMS, ORG

from ..namespace import DG, SCHEMA

__all__ = [
    "Field",
    "RecordType",
    "ENTITY_TYPES",
    "FACT_TYPES",
    "CONCEPTS",
    "INFERENCE_RULES",
    "DOCUMENT_KINDS",
    "ACTOR_TYPES",
    "BODY_TYPES",
    "MISSION_TYPES",
    "INSTRUMENT_TYPES",
    "COMMON_FACT_KEYS",
]

Kind = TypingLiteral["entity", "fact", "text", "lang", "bool", "decimal", "integer", "year", "concept"]


@dataclass(frozen=True)
class Field:
    """One YAML field of an entity or fact type and the property it becomes."""

    name: str
    predicate: URIRef
    kind: Kind
    required: bool = False
    many: bool = False
    #: entity types an ``entity`` field may point to, fact types a ``fact`` field may point to
    targets: tuple[str, ...] = ()
    #: for ``concept`` fields: the name of the table in :data:`CONCEPTS`
    concepts: str = ""


@dataclass(frozen=True)
class RecordType:
    """An entity type or fact type: its class and its fields."""

    name: str
    cls: URIRef
    fields: tuple[Field, ...] = ()
    #: for facts: "event" (``date`` or ``start``/``end``), "status" (optional ``start``/``end``) or "figure"
    temporal: str = ""
    #: for events: whether a date is required
    dated: bool = True

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


COUNTRY = ("country",)
ORGANISATION = ("organisation",)
PERSON = ("person",)
CITY = ("city",)
BODY_TYPES = ("parliament", "ministry", "government-body", "friendship-group")
MISSION_TYPES = ("embassy", "representation-office")
INSTRUMENT_TYPES = ("agreement", "declaration")
ACTOR_TYPES = ("country", "organisation", "person", *BODY_TYPES, *MISSION_TYPES, "association")
STATES_AND_ORGS = ("country", "organisation")

CONCEPTS: dict[str, dict[object, URIRef]] = {
    "visit-kind": {"official": DG.OfficialVisit, "working": DG.WorkingVisit, "state": DG.StateVisit},
    "membership-role": {"member": DG.FullMember, "observer": DG.Observer},
    "position-role": {
        "president": DG.President,
        "prime-minister": DG.PrimeMinister,
        "minister": DG.Minister,
        "deputy-minister": DG.DeputyMinister,
        "state-minister": DG.StateMinister,
        "state-secretary": DG.StateSecretary,
        "deputy-state-secretary": DG.DeputyStateSecretary,
        "ambassador": DG.Ambassador,
        "speaker": DG.Speaker,
        "deputy-speaker": DG.DeputySpeaker,
        "chair": DG.Chair,
        "head": DG.Head,
        "official": DG.Official,
    },
    "partnership-level": {"strategic": DG.StrategicPartnership, "enhanced-strategic": DG.EnhancedStrategicPartnership},
    "attendance": {True: SCHEMA.OnlineEventAttendanceMode, False: SCHEMA.OfflineEventAttendanceMode},
}

INFERENCE_RULES: dict[str, URIRef] = {
    "bilateral-list": DG.BilateralListRule,
    "context": DG.ContextRule,
    "relative-date": DG.RelativeDateRule,
    "external-knowledge": DG.ExternalKnowledgeRule,
}

DOCUMENT_KINDS: dict[str, URIRef] = {
    "news": DG.News, "encyclopedia": DG.Encyclopedia, "analysis": DG.Analysis,
    "press-release": DG.PressRelease, "other": DG.OtherDocument,
}

#: Keys every fact may carry besides its type's fields.
COMMON_FACT_KEYS = ("id", "type", "evidence", "inferred", "inference", "approximate", "note", "date", "start", "end")

_BODY_FIELDS = (
    Field("of", ORG.subOrganizationOf, "entity", targets=STATES_AND_ORGS),
    Field("part_of", ORG.subOrganizationOf, "entity", targets=BODY_TYPES),
)
_MISSION_FIELDS = (
    Field("sent_by", DG.sentBy, "entity", required=True, targets=STATES_AND_ORGS),
    Field("accredited_to", DG.accreditedTo, "entity", required=True, targets=COUNTRY),
    Field("location", SCHEMA.location, "entity", targets=CITY),
)

ENTITY_TYPES: dict[str, RecordType] = {
    t.name: t
    for t in (
        RecordType(
            "country",
            DG.Country,
            (Field("iso3", DG.iso3166Alpha3, "text", required=True), Field("demonym", DG.demonym, "lang")),
        ),
        RecordType("organisation", DG.IntergovernmentalOrganisation),
        RecordType("person", DG.Person, (Field("nationality", SCHEMA.nationality, "entity", targets=COUNTRY),)),
        RecordType("city", DG.City, (Field("country", SCHEMA.containedInPlace, "entity", required=True, targets=COUNTRY),)),
        RecordType("parliament", DG.Parliament, _BODY_FIELDS),
        RecordType("ministry", DG.Ministry, _BODY_FIELDS),
        RecordType("government-body", DG.GovernmentBody, _BODY_FIELDS),
        RecordType(
            "friendship-group",
            DG.ParliamentaryFriendshipGroup,
            (*_BODY_FIELDS, Field("counterpart", DG.counterpartCountry, "entity", required=True, targets=COUNTRY)),
        ),
        RecordType("association", DG.Association),
        RecordType("embassy", DG.Embassy, _MISSION_FIELDS),
        RecordType("representation-office", DG.RepresentationOffice, _MISSION_FIELDS),
        RecordType("agreement", DG.Agreement, (Field("topic", DCTERMS.subject, "lang"),)),
        RecordType("declaration", DG.Declaration, (Field("topic", DCTERMS.subject, "lang"),)),
        RecordType("award", DG.Award, (Field("conferred_by", DG.conferredBy, "entity", targets=STATES_AND_ORGS),)),
    )
}

FACT_TYPES: dict[str, RecordType] = {
    t.name: t
    for t in (
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
        RecordType(
            "recognition",
            DG.Recognition,
            (
                Field("recognizer", DG.recognizingState, "entity", required=True, targets=COUNTRY),
                Field("recognized", DG.recognizedState, "entity", required=True, targets=COUNTRY),
            ),
            temporal="event",
        ),
        RecordType(
            "relations-established",
            DG.DiplomaticRelationsEstablishment,
            (Field("parties", DG.party, "entity", required=True, many=True, targets=COUNTRY),),
            temporal="event",
        ),
        RecordType(
            "embassy-opening",
            DG.EmbassyOpening,
            (Field("embassy", DG.mission, "entity", required=True, targets=MISSION_TYPES),),
            temporal="event",
        ),
        RecordType(
            "founding",
            DG.Founding,
            (
                Field("body", DG.foundedBody, "entity", required=True, targets=(*BODY_TYPES, "association")),
                Field("founder", DG.founder, "entity", targets=ACTOR_TYPES),
            ),
            temporal="event",
        ),
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
        RecordType(
            "mission",
            DG.MissionPresence,
            (Field("embassy", DG.mission, "entity", required=True, targets=MISSION_TYPES),),
            temporal="status",
        ),
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
        RecordType(
            "twinning",
            DG.Twinning,
            (Field("cities", DG.party, "entity", required=True, many=True, targets=CITY),),
            temporal="status",
        ),
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
    )
}
