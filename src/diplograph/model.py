"""Plain records for documents, entities and facts: what the sources (or the extractor) say, before RDF.

>>> Evidence(doc="d1", start=0, end=5).end
5
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

__all__ = ["Evidence", "Document", "Entity", "Fact", "Contradiction", "Problem", "Sources"]


@dataclass(frozen=True, order=True)
class Evidence:
    """A passage of a document: code point offsets, ``start`` inclusive, ``end`` exclusive."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A source document's metadata (never its text)."""

    id: str
    file: str
    sha256: str
    length: int
    title: str
    kind: str
    published: str
    language: str = "en"
    published_note: str = ""


@dataclass(frozen=True)
class Entity:
    """An actor, place, instrument or award, with its type-specific ``values`` (see :mod:`.mapping`)."""

    id: str
    type: str
    label: str
    alt_labels: tuple[str, ...] = ()
    wikidata: str | None = None
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.label, *self.alt_labels)


@dataclass(frozen=True)
class Fact:
    """An event, status or figure with its evidence; ``values`` holds the type's fields (see :mod:`.mapping`)."""

    id: str
    type: str
    evidence: tuple[Evidence, ...]
    values: Mapping[str, Any] = field(default_factory=dict)
    start: str | None = None
    end: str | None = None
    inferred: tuple[str, ...] = ()
    inference: str | None = None
    approximate: bool = False
    note: str | None = None
    confidence: float = 1.0

    def docs(self) -> tuple[str, ...]:
        """The ids of the documents that support the fact, sorted, without repeats."""
        return tuple(sorted({e.doc for e in self.evidence}))


@dataclass(frozen=True)
class Contradiction:
    """Documents giving different values for a fact that holds one value (see :mod:`.graph.identity`).

    ``claims`` are the ids of the facts stating each value, the preferred one first; ``contested`` names
    the field they disagree on (``date``, ``amount``, ``count``); ``about`` the entities concerned.
    """

    id: str
    type: str
    contested: str
    about: tuple[str, ...]
    claims: tuple[str, ...]

    @property
    def preferred(self) -> str:
        return self.claims[0]


@dataclass(frozen=True, order=True)
class Problem:
    """Something wrong with a record: its kind (``fact``, ``entity``, ``document``, ``reference``,
    ``ambiguous``), its id and a message saying what and how to put it right.

    >>> str(Problem("fact", "visit-x", "'host' refers to unknown entity 'y'"))
    "fact visit-x: 'host' refers to unknown entity 'y'"
    """

    kind: str
    id: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind} {self.id}: {self.message}"


@dataclass(frozen=True)
class Sources:
    """Everything the graph is built from (``contradictions`` are found by merging documents)."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    contradictions: tuple[Contradiction, ...] = ()

    def entity(self, entity_id: str) -> Entity:
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)
