"""Each SHACL constraint rejects a graph broken for it, and accepts the same graph unbroken.

Every case starts from the tiny Ruritania graph, adds what it needs in a valid form (checked to conform),
then breaks one thing and expects a violation from the named shape.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Callable

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, RDF, RDFS, XSD

from diplograph.dates import to_literal
from diplograph.namespace import DG, DGID, DOC, OA, SCHEMA
from diplograph.graph.validate import load_shapes, validate_graph

Mutation = Callable[[Graph], None]

VISIT = DGID["visit-2001-05-rassendyll"]
POSITION = DGID["position-rassendyll-president"]
MEMBERSHIP = DGID["membership-ruritania-league-of-seas"]
RUR, FRE, LEAGUE, PERSON = DGID.ruritania, DGID.freedonia, DGID["league-of-seas"], DGID["rudolf-rassendyll"]
DOC1 = DOC.doc1
PASSAGE = DGID["passage/doc1/27-97"]
SELECTOR = URIRef(str(PASSAGE) + "/selector")
X = DGID.x  # the node a case adds


def fact(g: Graph, cls: URIRef, node: URIRef = X) -> None:
    """Add a fact node of ``cls`` with the provenance every fact needs."""
    g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal("test fact", lang="en")))
    g.add((node, DCTERMS.source, DOC1))
    g.add((node, DG.evidence, PASSAGE))
    g.add((node, DG.confidence, Literal(Decimal("1.00"))))


def d(text: str) -> Literal:
    """A date literal typed by its precision."""
    return to_literal(text)


def entity(g: Graph, node: URIRef, cls: URIRef, label: str, **props: URIRef | Literal) -> None:
    g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(label)))
    for key, value in props.items():
        g.add((node, {"country": SCHEMA.containedInPlace}.get(key, DG[key] if key in DG.__annotations__ else SCHEMA[key]), value))


def setp(g: Graph, s: URIRef, p: URIRef, o: object) -> None:
    g.set((s, p, o if isinstance(o, (URIRef, Literal)) else Literal(o)))  # type: ignore[arg-type]


def nothing(g: Graph) -> None:
    return None


def add_city(g: Graph) -> None:
    entity(g, DGID.strelsau, DG.City, "Strelsau", country=RUR)


def add_embassy(g: Graph) -> None:
    entity(g, DGID.emb, DG.Embassy, "Embassy of Ruritania in Freedonia", sentBy=RUR, accreditedTo=FRE)


def add_summit(g: Graph) -> None:
    fact(g, DG.Summit)
    g.add((X, SCHEMA.name, Literal("Summit", lang="en")))
    g.add((X, SCHEMA.organizer, LEAGUE))
    g.add((X, SCHEMA.startDate, d("2001-06-01")))


def add_signing(g: Graph) -> None:
    entity(g, DGID.treaty, DG.Agreement, "Treaty")
    fact(g, DG.Signing)
    g.add((X, DG.instrument, DGID.treaty))
    g.add((X, DG.party, RUR))
    g.add((X, SCHEMA.startDate, d("2001-05-03")))


def add_relations(g: Graph) -> None:
    fact(g, DG.DiplomaticRelationsEstablishment)
    g.add((X, DG.party, RUR))
    g.add((X, DG.party, FRE))
    g.add((X, SCHEMA.startDate, d("1992")))


def add_recognition(g: Graph) -> None:
    fact(g, DG.Recognition)
    g.add((X, DG.recognizingState, RUR))
    g.add((X, DG.recognizedState, FRE))
    g.add((X, SCHEMA.startDate, d("1991-12-26")))


def add_twinning(g: Graph) -> None:
    add_city(g)
    entity(g, DGID.fredtown, DG.City, "Fredtown", country=FRE)
    fact(g, DG.Twinning)
    g.add((X, DG.party, DGID.strelsau))
    g.add((X, DG.party, DGID.fredtown))
    g.add((X, DG.attestedOn, Literal("2002", datatype=XSD.gYear)))


def add_trade(g: Graph) -> None:
    fact(g, DG.TradeTurnover)
    g.add((X, DG.party, RUR))
    g.add((X, DG.party, FRE))
    g.add((X, DG.referenceYear, Literal("2001", datatype=XSD.gYear)))
    g.add((X, SCHEMA.value, Literal(Decimal("1000"))))
    g.add((X, SCHEMA.currency, Literal("USD")))


def add_students(g: Graph) -> None:
    fact(g, DG.StudentCount)
    g.add((X, DG.originCountry, RUR))
    g.add((X, DG.hostCountry, FRE))
    g.add((X, SCHEMA.value, Literal(Decimal("12"))))


def add_award(g: Graph) -> None:
    entity(g, DGID.medal, DG.Award, "Medal", conferredBy=LEAGUE)
    fact(g, DG.AwardConferral)
    g.add((X, DG.recipient, PERSON))
    g.add((X, DG.award, DGID.medal))
    g.add((X, SCHEMA.startDate, d("2001-01-01")))


def add_partnership(g: Graph) -> None:
    fact(g, DG.Partnership)
    g.add((X, DG.party, RUR))
    g.add((X, DG.party, FRE))
    g.add((X, DG.partnershipLevel, DG.StrategicPartnership))
    g.add((X, SCHEMA.startDate, d("2001-05-03")))


def add_renaming(g: Graph) -> None:
    fact(g, DG.Renaming)
    g.add((X, DG.renamedOrganisation, LEAGUE))
    g.add((X, DG.oldName, Literal("Sea League")))
    g.add((X, DG.newName, Literal("League of Seas")))
    g.add((X, SCHEMA.startDate, d("2000")))


def add_group(g: Graph) -> None:
    entity(g, DGID.parl, DG.Parliament, "Ruritanian Diet")
    entity(g, DGID.grp, DG.ParliamentaryFriendshipGroup, "Friendship group", counterpartCountry=FRE)


def add_founding(g: Graph) -> None:
    add_group(g)
    fact(g, DG.Founding)
    g.add((X, DG.foundedBody, DGID.grp))
    g.add((X, DG.founder, DGID.parl))
    g.add((X, SCHEMA.startDate, d("2000-03-26")))


def add_opening(g: Graph) -> None:
    add_embassy(g)
    fact(g, DG.EmbassyOpening)
    g.add((X, DG.mission, DGID.emb))
    g.add((X, SCHEMA.startDate, d("2004-09")))


def add_meeting(g: Graph) -> None:
    fact(g, DG.Meeting)
    g.add((X, DG.participant, PERSON))
    g.add((X, SCHEMA.startDate, d("2001-05-03")))


def remove(s: URIRef, p: URIRef) -> Mutation:
    return lambda g: g.remove((s, p, None))


def put(s: URIRef, p: URIRef, o: object) -> Mutation:
    return lambda g: setp(g, s, p, o)


def add(s: URIRef, p: URIRef, o: URIRef | Literal) -> Mutation:
    return lambda g: g.add((s, p, o))


CASES: list[tuple[str, Mutation, Mutation, str]] = [
    # id, valid set-up, breakage, shape expected to report it
    ("country-iso-missing", nothing, remove(RUR, DG.iso3166Alpha3), "CountryShape"),
    ("country-iso-pattern", nothing, put(RUR, DG.iso3166Alpha3, "ru"), "CountryShape"),
    ("label-twice", nothing, add(PERSON, RDFS.label, Literal("Rudolf")), "LabelledShape"),
    ("sameas-not-wikidata", nothing, add(RUR, OWL.sameAs, URIRef("http://example.org/rur")), "LabelledShape"),
    ("nationality-not-country", nothing, put(PERSON, SCHEMA.nationality, LEAGUE), "PersonShape"),
    ("city-without-country", add_city, remove(DGID.strelsau, SCHEMA.containedInPlace), "CityShape"),
    ("group-without-counterpart", add_group, remove(DGID.grp, DG.counterpartCountry), "FriendshipGroupShape"),
    ("mission-without-sender", add_embassy, remove(DGID.emb, DG.sentBy), "MissionShape"),
    ("mission-accredited-to-org", add_embassy, put(DGID.emb, DG.accreditedTo, LEAGUE), "MissionShape"),
    ("document-kind", nothing, put(DOC1, DG.documentKind, DG.Visit), "SourceDocumentShape"),
    ("document-date-untyped", nothing, put(DOC1, DCTERMS.issued, "2002"), "SourceDocumentShape"),
    ("document-sha-short", nothing, put(DOC1, DG.sha256, Literal("abc", datatype=XSD.hexBinary)), "SourceDocumentShape"),
    ("passage-beyond-document", nothing, put(SELECTOR, OA.end, Literal(500, datatype=XSD.nonNegativeInteger)), "PassageShape"),
    ("passage-without-source", nothing, remove(PASSAGE, OA.hasSource), "PassageShape"),
    ("selector-start-after-end", nothing, put(SELECTOR, OA.start, Literal(99, datatype=XSD.nonNegativeInteger)), "SelectorShape"),
    ("fact-without-evidence", nothing, remove(VISIT, DG.evidence), "FactShape"),
    ("fact-without-source", nothing, remove(VISIT, DCTERMS.source), "FactShape"),
    ("confidence-above-one", nothing, put(VISIT, DG.confidence, Literal(Decimal("1.5"))), "FactShape"),
    ("inferred-without-rule", nothing, remove(VISIT, DG.inferredBy), "FactShape"),
    ("end-before-start", nothing, put(VISIT, SCHEMA.endDate, d("2001-05-01")), "TimedShape"),
    ("end-month-before-start", nothing, put(VISIT, SCHEMA.endDate, Literal("2001-04", datatype=XSD.gYearMonth)), "TimedShape"),
    ("end-without-start", nothing, remove(VISIT, SCHEMA.startDate), "TimedShape"),
    ("date-untyped", nothing, put(VISIT, SCHEMA.startDate, "2001-05-03"), "TimedShape"),
    ("visit-undated", nothing, lambda g: (g.remove((VISIT, SCHEMA.startDate, None)), g.remove((VISIT, SCHEMA.endDate, None))), "DatedEventShape"),
    ("status-timeless", nothing, remove(MEMBERSHIP, DG.attestedOn), "StatusTimeShape"),
    ("visit-to-own-country", nothing, put(VISIT, DG.hostCountry, RUR), "VisitShape"),
    ("visit-kind", nothing, put(VISIT, DG.visitKind, DG.Observer), "VisitShape"),
    ("visit-without-visitor", nothing, remove(VISIT, DG.visitor), "VisitShape"),
    ("visitor-not-person", nothing, put(VISIT, DG.visitor, RUR), "VisitShape"),
    ("membership-role", nothing, put(MEMBERSHIP, ORG.role, DG.President), "MembershipShape"),
    ("membership-of-person", nothing, put(MEMBERSHIP, ORG.member, PERSON), "MembershipShape"),
    ("ambassador-without-country", nothing, put(POSITION, ORG.role, DG.Ambassador), "PositionShape"),
    ("position-without-holder", nothing, remove(POSITION, ORG.member), "PositionShape"),
    ("summit-without-organiser", add_summit, remove(X, SCHEMA.organizer), "SummitShape"),
    ("signing-without-instrument", add_signing, remove(X, DG.instrument), "SigningShape"),
    ("relations-one-party", add_relations, lambda g: g.remove((X, DG.party, FRE)), "RelationsShape"),
    ("recognition-of-itself", add_recognition, put(X, DG.recognizedState, RUR), "RecognitionShape"),
    ("twinning-with-country", add_twinning, lambda g: (g.remove((X, DG.party, DGID.fredtown)), g.add((X, DG.party, FRE))), "TwinningShape"),
    ("trade-currency", add_trade, put(X, SCHEMA.currency, "usd"), "TradeTurnoverShape"),
    ("trade-without-year", add_trade, remove(X, DG.referenceYear), "TradeTurnoverShape"),
    ("figure-negative", add_students, put(X, SCHEMA.value, Literal(Decimal("-1"))), "FigureShape"),
    ("students-without-origin", add_students, remove(X, DG.originCountry), "StudentCountShape"),
    ("award-without-award", add_award, remove(X, DG.award), "AwardConferralShape"),
    ("partnership-one-party", add_partnership, lambda g: g.remove((X, DG.party, FRE)), "PartnershipShape"),
    ("renaming-without-new-name", add_renaming, remove(X, DG.newName), "RenamingShape"),
    ("founding-without-body", add_founding, remove(X, DG.foundedBody), "FoundingShape"),
    ("opening-without-mission", add_opening, remove(X, DG.mission), "EmbassyOpeningShape"),
    ("meeting-without-participant", add_meeting, remove(X, DG.participant), "MeetingShape"),
    ("visited-by-country", nothing, add(RUR, DG.visited, FRE), "PersonRelationsShape"),
    ("member-of-person", nothing, add(RUR, DG.memberOf, PERSON), "CountryRelationsShape"),
    ("sister-city-of-country", add_city, add(RUR, DG.sisterCityOf, DGID.strelsau), "CityRelationsShape"),
]


@pytest.fixture(scope="module")
def shapes(settings) -> Graph:
    return load_shapes(settings.shapes_file)


@pytest.mark.parametrize("setup, breakage, shape", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_constraint_rejects_broken_graph(mini_graph, shapes, setup, breakage, shape):
    setup(mini_graph)
    before = validate_graph(mini_graph, shapes)
    assert before.conforms, before.violations
    breakage(mini_graph)
    after = validate_graph(mini_graph, shapes)
    assert not after.conforms
    assert shape in {f.shape.split(":")[-1] for f in after.violations}, after.violations
    assert all(f.focus and f.message for f in after.violations)


def test_missing_summit_date_is_a_warning_not_a_violation(mini_graph, shapes):
    add_summit(mini_graph)
    mini_graph.remove((X, SCHEMA.startDate, None))
    report = validate_graph(mini_graph, shapes)
    assert report.conforms
    assert [w.shape for w in report.warnings] == ["dgsh:UndatedEventShape"]
