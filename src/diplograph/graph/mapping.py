"""The declarative mapping from the curated source format to the ontology.

Tables say, for each entity type of ``graph/sources``, which class it becomes and which YAML field
becomes which property with which kind of value (the fact types' records live with the rest of their
declaration in :mod:`diplograph.graph.facttypes`, built from :class:`RecordType` and :class:`Field` here).
The loader checks the sources against them and the RDF writer follows them, so the format, the checks and
the triples cannot drift apart.

>>> ENTITY_TYPES["city"].field("country").predicate
rdflib.term.URIRef('https://schema.org/containedInPlace')
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

