"""The closed diplograph ontology namespace, kept in sync with ``ontology/diplograph.ttl`` by a test.

A misspelt term is an error, not a silently new IRI:

>>> DG.Visit
rdflib.term.URIRef('https://w3id.org/diplograph/ontology#Visit')
>>> DG.Vistit  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
AttributeError: term not defined
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["DG", "DGID", "DOC", "GRAPH", "OA", "ONTOLOGY_IRI", "SCHEMA", "PREFIXES"]

ONTOLOGY_IRI = URIRef("https://w3id.org/diplograph/ontology")


class DG(DefinedNamespace):
    """Terms of the diplograph ontology."""

    _fail = True
    _NS = Namespace("https://w3id.org/diplograph/ontology#")

    Actor: URIRef
    Agreement: URIRef
    Ambassador: URIRef
    Analysis: URIRef
    Association: URIRef
    Award: URIRef
    AwardConferral: URIRef
    BilateralListRule: URIRef
    Chair: URIRef
    City: URIRef
    ContextRule: URIRef
    Contradiction: URIRef
    Country: URIRef
    Declaration: URIRef
    DeputyMinister: URIRef
    DeputySpeaker: URIRef
    DeputyStateSecretary: URIRef
    DiplomaticMission: URIRef
    DiplomaticRelationsEstablishment: URIRef
    DocumentKind: URIRef
    DocumentKinds: URIRef
    Embassy: URIRef
    EmbassyOpening: URIRef
    Encyclopedia: URIRef
    EnhancedStrategicPartnership: URIRef
    Event: URIRef
    ExternalKnowledgeRule: URIRef
    Fact: URIRef
    Figure: URIRef
    Founding: URIRef
    FullMember: URIRef
    GovernmentBody: URIRef
    Head: URIRef
    InferenceRule: URIRef
    InferenceRules: URIRef
    Instrument: URIRef
    IntergovernmentalOrganisation: URIRef
    Meeting: URIRef
    Membership: URIRef
    Minister: URIRef
    Ministry: URIRef
    MissionPresence: URIRef
    News: URIRef
    Observer: URIRef
    Official: URIRef
    OfficialVisit: URIRef
    OtherDocument: URIRef
    Parliament: URIRef
    ParliamentaryFriendshipGroup: URIRef
    Partnership: URIRef
    PartnershipLevel: URIRef
    PartnershipLevels: URIRef
    Passage: URIRef
    Person: URIRef
    Position: URIRef
    President: URIRef
    PressRelease: URIRef
    PrimeMinister: URIRef
    QueryOrder: URIRef
    Recognition: URIRef
    RelativeDateRule: URIRef
    Renaming: URIRef
    RepresentationOffice: URIRef
    Role: URIRef
    Roles: URIRef
    Signing: URIRef
    SourceDocument: URIRef
    Speaker: URIRef
    StateMinister: URIRef
    StateSecretary: URIRef
    StateVisit: URIRef
    Status: URIRef
    StrategicPartnership: URIRef
    StudentCount: URIRef
    Summit: URIRef
    Tally: URIRef
    TradeTurnover: URIRef
    Twinning: URIRef
    Visit: URIRef
    VisitKind: URIRef
    VisitKinds: URIRef
    WorkingVisit: URIRef
    accreditedTo: URIRef
    ambassadorTo: URIRef
    approximate: URIRef
    attestedOn: URIRef
    award: URIRef
    bucketSize: URIRef
    characterCount: URIRef
    claim: URIRef
    concerns: URIRef
    conferredBy: URIRef
    confidence: URIRef
    contestedProperty: URIRef
    count: URIRef
    counterpartCountry: URIRef
    counts: URIRef
    demonym: URIRef
    destination: URIRef
    directRelation: URIRef
    documentKind: URIRef
    establishedBy: URIRef
    evidence: URIRef
    firstRow: URIRef
    foundedBody: URIRef
    founder: URIRef
    hasDiplomaticRelationsWith: URIRef
    hasEmbassyIn: URIRef
    holdsPositionIn: URIRef
    hostCountry: URIRef
    hosted: URIRef
    inCapacity: URIRef
    inferredBy: URIRef
    inferredProperty: URIRef
    informal: URIRef
    instrument: URIRef
    iso3166Alpha3: URIRef
    memberOf: URIRef
    met: URIRef
    mission: URIRef
    name: URIRef
    newName: URIRef
    observerOf: URIRef
    oldName: URIRef
    orderBucket: URIRef
    orderOf: URIRef
    orderParameter: URIRef
    orderValue: URIRef
    originCountry: URIRef
    participant: URIRef
    participantName: URIRef
    participatedIn: URIRef
    partnershipLevel: URIRef
    party: URIRef
    partyName: URIRef
    preferredClaim: URIRef
    proposedBy: URIRef
    purpose: URIRef
    queryDigest: URIRef
    receivedAward: URIRef
    recipient: URIRef
    recognized: URIRef
    recognizedState: URIRef
    recognizingState: URIRef
    referenceYear: URIRef
    renamedOrganisation: URIRef
    rows: URIRef
    sentBy: URIRef
    sha256: URIRef
    signatory: URIRef
    signed: URIRef
    sisterCityOf: URIRef
    strategicPartnerOf: URIRef
    tallyObject: URIRef
    tallyObjectName: URIRef
    tallySubject: URIRef
    tallySubjectName: URIRef
    title: URIRef
    tradePartnerOf: URIRef
    visitKind: URIRef
    visited: URIRef
    visitor: URIRef
    visitorCountry: URIRef
    year: URIRef


#: Entities and facts: ``https://w3id.org/diplograph/id/{id}``.
DGID = Namespace("https://w3id.org/diplograph/id/")
#: Source documents: ``https://w3id.org/diplograph/doc/{document id}``.
DOC = Namespace("https://w3id.org/diplograph/doc/")
#: Named graphs: one per source document, plus ``ontology`` and ``entities``.
GRAPH = Namespace("https://w3id.org/diplograph/graph/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

#: Prefixes bound in every serialisation, in this order.
PREFIXES: dict[str, str] = {
    "dg": str(DG._NS),
    "dgid": str(DGID),
    "doc": str(DOC),
    "graph": str(GRAPH),
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "oa": str(OA),
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": str(SCHEMA),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
