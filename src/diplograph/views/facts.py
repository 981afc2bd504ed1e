"""The facts behind each direct relation, with their dates and provenance, read from the graph.

A direct relation (``dg:visited``, ``dg:memberOf``, ...) is materialised from fact nodes by the rules in
``ontology/rules``. :data:`RELATION_PATTERNS` mirrors those rules: for each relation, the fact classes and
the property paths from the fact node to the relation's subject and object. :func:`collect_facts` walks
every fact node once and returns, per ``(subject, relation, object)``, the facts that support it.

>>> sorted(RELATION_PATTERNS)[:3]
['ambassadorTo', 'hasDiplomaticRelationsWith', 'hasEmbassyIn']
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from ..namespace import DG, OA, SCHEMA

__all__ = ["RELATION_PATTERNS", "EVENT_CLASSES", "Fact", "Source", "collect_facts", "local_name", "year_of", "DocumentTexts", "iter_labels"]

#: A path from a fact node: a tuple of predicates (empty: the fact node itself).
Path_ = tuple[URIRef, ...]

#: relation local name -> (fact classes, paths to the subject, paths to the object, required role or None)
RELATION_PATTERNS: dict[str, tuple[tuple[URIRef, ...], tuple[Path_, ...], tuple[Path_, ...], URIRef | None]] = {
    "visited": ((DG.Visit,), ((DG.visitor,),), ((DG.hostCountry,),), None),
    "met": ((DG.Meeting,), ((DG.participant,),), ((DG.participant,),), None),
    "signed": ((DG.Signing,), ((DG.party,), (DG.signatory,)), ((DG.instrument,),), None),
    "memberOf": ((DG.Membership,), ((ORG.member,),), ((ORG.organization,),), DG.FullMember),
    "observerOf": ((DG.Membership,), ((ORG.member,),), ((ORG.organization,),), DG.Observer),
    "ambassadorTo": ((DG.Position,), ((ORG.member,),), ((DG.accreditedTo,),), DG.Ambassador),
    "holdsPositionIn": ((DG.Position,), ((ORG.member,),), ((ORG.organization,),), None),
    "hasEmbassyIn": ((DG.EmbassyOpening, DG.MissionPresence), ((DG.mission, DG.sentBy),), ((DG.mission, DG.accreditedTo),), None),
    "recognized": ((DG.Recognition,), ((DG.recognizingState,),), ((DG.recognizedState,),), None),
    "hasDiplomaticRelationsWith": ((DG.DiplomaticRelationsEstablishment,), ((DG.party,),), ((DG.party,),), None),
    "strategicPartnerOf": ((DG.Partnership,), ((DG.party,),), ((DG.party,),), None),
    "sisterCityOf": ((DG.Twinning,), ((DG.party,),), ((DG.party,),), None),
    "tradePartnerOf": ((DG.TradeTurnover,), ((DG.party,),), ((DG.party,),), None),
    "receivedAward": ((DG.AwardConferral,), ((DG.recipient,),), ((DG.award,),), None),
    "hosted": ((DG.Summit, DG.Meeting), ((DG.hostCountry,),), ((),), None),
    "participatedIn": ((DG.Summit, DG.Meeting), ((DG.participant,),), ((),), None),
}

#: Fact classes that are events (a point or a span in time); the others are statuses or figures.
EVENT_CLASSES = frozenset(
    {DG.Visit, DG.Meeting, DG.Summit, DG.Signing, DG.Recognition, DG.DiplomaticRelationsEstablishment,
     DG.EmbassyOpening, DG.Founding, DG.Renaming, DG.AwardConferral}
)


def local_name(iri: Node) -> str:
    """The last segment of an IRI (after ``#`` or ``/``).

    >>> local_name(URIRef("https://w3id.org/diplograph/ontology#Visit"))
    'Visit'
    """
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def year_of(value: Node | None) -> int | None:
    """The year of an ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` literal.

    >>> year_of(Literal("2008-02", datatype=XSD.gYearMonth))
    2008
    """
    if value is None:
        return None
    text = str(value).lstrip("-")
    head = text.split("-", 1)[0]
    return int(head) if head.isdigit() else None


@dataclass(frozen=True)
class Source:
    """Where a fact is stated: the document and, for each passage, its code point offsets (and text)."""

    document: str
    title: str
    file: str
    start: int | None
    end: int | None
    text: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"document": self.document, "title": self.title, "file": self.file,
                "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Fact:
    """One fact node behind a relation: its class, label, dates and sources."""

    iri: str
    cls: str
    label: str
    start: str | None
    end: str | None
    year_from: int | None
    year_to: int | None
    event: bool
    sources: tuple[Source, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.iri, "type": self.cls, "label": self.label, "start": self.start, "end": self.end,
                "yearFrom": self.year_from, "yearTo": self.year_to, "event": self.event,
                "sources": [s.as_dict() for s in self.sources]}


class DocumentTexts:
    """Corpus documents read on demand, kept only when their SHA-256 matches the graph's ``dg:sha256``."""

    def __init__(self, corpus_dir: Path | None) -> None:
        self.corpus_dir = corpus_dir
        self._cache: dict[str, str | None] = {}

    def text(self, file: str, sha256: str | None) -> str | None:
        if self.corpus_dir is None or not file or sha256 is None:
            return None
        if file not in self._cache:
            path = (self.corpus_dir / file).resolve()
            text = None
            if path.parent == self.corpus_dir.resolve() and path.is_file():
                data = path.read_bytes()
                if hashlib.sha256(data).hexdigest() == sha256:
                    text = data.decode("utf-8")
            self._cache[file] = text
        return self._cache[file]


def _follow(g: Graph, start: Node, path: Path_) -> set[Node]:
    nodes = {start}
    for pred in path:
        nodes = {o for n in nodes for o in g.objects(n, pred)}
    return nodes


def _first(g: Graph, s: Node, p: URIRef) -> Node | None:
    return next(iter(sorted(g.objects(s, p), key=str)), None)


def _label(g: Graph, node: Node) -> str:
    label = _first(g, node, RDFS.label)
    return str(label) if label is not None else local_name(node)


def _sources(g: Graph, fact: Node, texts: DocumentTexts) -> tuple[Source, ...]:
    out: list[Source] = []
    passages = sorted(g.objects(fact, DG.evidence), key=str)
    cited: set[Node] = set()
    for passage in passages:
        doc = _first(g, passage, OA.hasSource)
        sel = _first(g, passage, OA.hasSelector)
        start = _first(g, sel, OA.start) if sel is not None else None
        end = _first(g, sel, OA.end) if sel is not None else None
        if doc is None:
            continue
        cited.add(doc)
        out.append(_source(g, doc, int(str(start)) if start is not None else None, int(str(end)) if end is not None else None, texts))
    for doc in sorted(g.objects(fact, DCTERMS.source), key=str):
        if doc not in cited:
            out.append(_source(g, doc, None, None, texts))
    return tuple(out)


def _source(g: Graph, doc: Node, start: int | None, end: int | None, texts: DocumentTexts) -> Source:
    title = _first(g, doc, DCTERMS.title) or _first(g, doc, RDFS.label)
    file = _first(g, doc, DCTERMS.identifier)
    sha = _first(g, doc, DG.sha256)
    text = None
    if start is not None and end is not None and file is not None:
        full = texts.text(str(file), str(sha) if sha is not None else None)
        if full is not None and 0 <= start <= end <= len(full):
            text = full[start:end]
    return Source(document=local_name(doc), title=str(title) if title is not None else local_name(doc),
                  file=str(file) if file is not None else "", start=start, end=end, text=text)


def _fact(g: Graph, node: Node, cls: URIRef, texts: DocumentTexts) -> Fact:
    start = _first(g, node, SCHEMA.startDate)
    end = _first(g, node, SCHEMA.endDate)
    attested = _first(g, node, DG.attestedOn)
    event = cls in EVENT_CLASSES
    y_from = year_of(start if start is not None else attested)
    y_to = year_of(end) if end is not None else (y_from if (event or start is None) else None)
    return Fact(iri=str(node), cls=local_name(cls), label=_label(g, node),
                start=str(start) if start is not None else (str(attested) if attested is not None else None),
                end=str(end) if end is not None else None, year_from=y_from, year_to=y_to, event=event,
                sources=_sources(g, node, texts))


def _fact_nodes(g: Graph) -> Iterator[tuple[Node, URIRef]]:
    classes = {c for spec in RELATION_PATTERNS.values() for c in spec[0]}
    for cls in sorted(classes):
        for node in sorted(g.subjects(RDF.type, cls), key=str):
            yield node, cls


def collect_facts(g: Graph, *, corpus_dir: Path | None = None) -> dict[tuple[str, str, str], list[Fact]]:
    """Map each ``(subject IRI, relation name, object IRI)`` to the facts that support it, sorted by date."""
    texts = DocumentTexts(corpus_dir)
    found: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    made: dict[Node, Fact] = {}
    for node, cls in _fact_nodes(g):
        role = set(g.objects(node, ORG.role))
        for relation, (classes, s_paths, o_paths, need_role) in RELATION_PATTERNS.items():
            if cls not in classes or (need_role is not None and need_role not in role):
                continue
            subjects = set().union(*(_follow(g, node, p) for p in s_paths))
            objects = set().union(*(_follow(g, node, p) for p in o_paths))
            for s in subjects:
                for o in objects:
                    if s == o:
                        continue
                    if node not in made:
                        made[node] = _fact(g, node, cls, texts)
                    found[(str(s), relation, str(o))].append(made[node])
    for facts in found.values():
        facts.sort(key=lambda f: (f.start or "", f.iri))
    return dict(found)


def iter_labels(g: Graph, node: Node) -> Iterable[str]:
    """The preferred and alternative labels of a node."""
    for p in (RDFS.label, SKOS.altLabel):
        for o in g.objects(node, p):
            if isinstance(o, Literal):
                yield str(o)
