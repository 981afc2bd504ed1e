"""The facts behind each direct relation, with their dates and provenance, read from the graph.

A direct relation (``dg:visited``, ``dg:memberOf``, ...) is materialised from fact nodes by the rules in
``ontology/rules``; :mod:`.relations` reads those rules back as ``SELECT ?s ?o ?fact``. :func:`collect_facts`
runs them and returns, per ``(subject, relation, object)``, the facts that support it, each with its
class, dates and sources.

Dates are intervals: an event runs from its start to its end (or is a point); a status (membership,
position, partnership, ...) runs from its start, or from the date it is first attested
(``dg:attestedOn``, flagged ``attested``), to its end or stays open (``year_to`` is ``None``).

>>> from diplograph.settings import Settings
>>> from diplograph.graph.dataset import build_dataset
>>> from diplograph.graph.io import union_graph
>>> s = Settings.discover()
>>> g = union_graph(build_dataset(s, sources_dir=s.home / "tests/fixtures/mini/sources"))
>>> found = collect_facts(g, rules_dir=s.rules_dir)
>>> sorted({rel for _, rel, _ in found})
['holdsPositionIn', 'observerOf', 'visited']
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from ..namespace import DG, OA, SCHEMA
from .relations import RelationRule, load_relations, relation_rows

#: From this many triples, :func:`collect_facts` runs the rules on Oxigraph (copying the graph pays off).
OXIGRAPH_FROM = 200_000

__all__ = ["OXIGRAPH_FROM", "ShownFact", "Source", "collect_facts", "fact_kinds", "local_name", "year_of", "DocumentTexts", "iter_labels"]


def local_name(iri: Node) -> str:
    """The last segment of an IRI (after ``#`` or ``/``).

    >>> local_name(URIRef("https://w3id.org/diplograph/ontology#Visit"))
    'Visit'
    """
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def year_of(value: Node | None) -> int | None:
    """The year of an ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` literal (or a year number).

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
class ShownFact:
    """One fact node as a view shows it (not :class:`diplograph.model.Fact`, the curated record) behind a relation: its class, label, dates (an interval) and sources.

    ``kind`` is ``event`` (a point or a span), ``status`` (valid from ``start`` to ``end``, open when
    there is no end) or ``figure`` (a reported number for a year). ``attested`` says that ``start`` is the
    first date the status is attested on, not the date it began.
    """

    iri: str
    cls: str
    label: str
    start: str | None
    end: str | None
    year_from: int | None
    year_to: int | None
    event: bool
    sources: tuple[Source, ...]
    kind: str = "event"
    attested: bool = False
    #: ``""``, or ``"preferred"`` / ``"contested"`` when documents contradict each other on this fact
    #: (a ``dg:Contradiction`` names it as its preferred claim or another claim)
    contested: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.iri, "type": self.cls, "label": self.label, "start": self.start, "end": self.end,
                "yearFrom": self.year_from, "yearTo": self.year_to, "event": self.event, "kind": self.kind,
                "attested": self.attested, "contested": self.contested, "sources": [s.as_dict() for s in self.sources]}


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


def _first(g: Graph, s: Node, p: URIRef) -> Node | None:
    return next(iter(sorted(g.objects(s, p), key=str)), None)


def _label(g: Graph, node: Node) -> str:
    label = _first(g, node, RDFS.label)
    return str(label) if label is not None else local_name(node)


class _Sources:
    def __init__(self, g: Graph, texts: DocumentTexts) -> None:
        self.g, self.texts = g, texts
        self._docs: dict[Node, tuple[str, str, str | None]] = {}

    def _doc(self, doc: Node) -> tuple[str, str, str | None]:
        if doc not in self._docs:
            g = self.g
            title = _first(g, doc, DCTERMS.title) or _first(g, doc, RDFS.label)
            file = _first(g, doc, DCTERMS.identifier)
            sha = _first(g, doc, DG.sha256)
            self._docs[doc] = (str(title) if title is not None else local_name(doc), str(file) if file is not None else "",
                               str(sha) if sha is not None else None)
        return self._docs[doc]

    def source(self, doc: Node, start: int | None, end: int | None) -> Source:
        title, file, sha = self._doc(doc)
        text = None
        if start is not None and end is not None and file:
            full = self.texts.text(file, sha)
            if full is not None and 0 <= start <= end <= len(full):
                text = full[start:end]
        return Source(document=local_name(doc), title=title, file=file, start=start, end=end, text=text)

    def of(self, fact: Node) -> tuple[Source, ...]:
        g = self.g
        out: list[Source] = []
        cited: set[Node] = set()
        for passage in sorted(g.objects(fact, DG.evidence), key=str):
            doc = _first(g, passage, OA.hasSource)
            sel = _first(g, passage, OA.hasSelector)
            start = _first(g, sel, OA.start) if sel is not None else None
            end = _first(g, sel, OA.end) if sel is not None else None
            if doc is None:
                continue
            cited.add(doc)
            out.append(self.source(doc, int(str(start)) if start is not None else None, int(str(end)) if end is not None else None))
        for doc in sorted(g.objects(fact, DCTERMS.source), key=str):
            if doc not in cited:
                out.append(self.source(doc, None, None))
        return tuple(out)


def fact_kinds(g: Graph) -> dict[URIRef, str]:
    """Fact class -> ``event``, ``status`` or ``figure``, from the ontology's ``dg:Event``, ``dg:Status``, ``dg:Figure``."""
    kinds: dict[URIRef, str] = {}
    for top, kind in ((DG.Event, "event"), (DG.Status, "status"), (DG.Figure, "figure")):
        for cls in g.transitive_subjects(RDFS.subClassOf, top):
            if isinstance(cls, URIRef):
                kinds[cls] = kind
    return kinds


def _fact(g: Graph, node: Node, cls: URIRef, kind: str, sources: _Sources) -> ShownFact:
    start = _first(g, node, SCHEMA.startDate)
    end = _first(g, node, SCHEMA.endDate)
    attested = _first(g, node, DG.attestedOn) if start is None else None
    reference = _first(g, node, DG.referenceYear) if start is None and attested is None else None
    first = start if start is not None else (attested if attested is not None else reference)
    y_from = year_of(first)
    if end is not None:
        y_to = year_of(end)
    elif kind == "status" and y_from is not None:
        y_to = None  # still valid as far as the sources say
    else:
        y_to = y_from
    contested = ""
    if any(True for _ in g.subjects(DG.preferredClaim, node)):
        contested = "preferred"
    elif any(True for _ in g.subjects(DG.claim, node)):
        contested = "contested"
    return ShownFact(iri=str(node), cls=local_name(cls), label=_label(g, node),
                start=str(first) if first is not None else None, end=str(end) if end is not None else None,
                year_from=y_from, year_to=y_to, event=kind == "event", sources=sources.of(node),
                kind=kind, attested=attested is not None, contested=contested)


def collect_facts(
    g: Graph,
    *,
    rules_dir: Path | None = None,
    relations: Iterable[RelationRule] | None = None,
    corpus_dir: Path | None = None,
    engine: str = "auto",
) -> dict[tuple[str, str, str], list[ShownFact]]:
    """Map each ``(subject IRI, relation name, object IRI)`` to the facts that support it, sorted by date.

    The relations are those of ``relations``, or of the rules in ``rules_dir`` (see :func:`~.relations.load_relations`).
    ``engine`` runs the rules' SELECTs: ``rdflib`` on ``g`` itself, ``oxigraph`` on a copy of ``g`` in an
    in-memory Oxigraph store (at 10^6 triples 29 s with the copy instead of 78 s), ``auto`` (default) picks
    Oxigraph from :data:`OXIGRAPH_FROM` triples.
    """
    rules = tuple(relations) if relations is not None else load_relations(rules_dir or default_rules(), g)
    if engine == "auto":
        engine = "oxigraph" if len(g) >= OXIGRAPH_FROM else "rdflib"
    runner = None
    if engine == "oxigraph":
        from ..query.backends import OxigraphBackend

        runner = OxigraphBackend.from_graph(g)
    kinds = fact_kinds(g)
    sources = _Sources(g, DocumentTexts(corpus_dir))
    found: dict[tuple[str, str, str], list[ShownFact]] = defaultdict(list)
    made: dict[Node, ShownFact] = {}
    for rule in rules:
        for s, o, node in sorted(relation_rows(g, rule, engine=runner)):
            if node not in made:
                types = set(g.objects(node, RDF.type))
                cls = next((c for c in rule.classes if c in types), rule.classes[0])
                made[node] = _fact(g, node, cls, kinds.get(cls, "event"), sources)
            found[(str(s), rule.name, str(o))].append(made[node])
    for facts in found.values():
        facts.sort(key=lambda f: (f.start or "", f.iri))
    return dict(found)


def default_rules() -> Path:
    """The rules of the project checkout found from the current folder (when no ``rules_dir`` is given)."""
    from ..settings import Settings

    return Settings.discover().rules_dir


def iter_labels(g: Graph, node: Node) -> Iterable[str]:
    """The preferred and alternative labels of a node."""
    for p in (RDFS.label, SKOS.altLabel):
        for o in g.objects(node, p):
            if isinstance(o, Literal):
                yield str(o)
