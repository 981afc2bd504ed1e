"""Finding entities by what people type: a slug, the label or any alternative label, in any case, with or without accents.

An :class:`EntityIndex` holds the named entities of a graph (IRI, slug, class, labels). :meth:`~EntityIndex.resolve`
gives the one entity a text names, or raises an error that lists the close matches ("did you mean hungary?");
:meth:`~EntityIndex.search` lists the entities whose names contain a text. The query layer builds the index
with :data:`ENTITIES_QUERY` from any backend, the views from their network.

>>> idx = EntityIndex([Entity("https://w3id.org/diplograph/id/hungary", "hungary", "Country", "Hungary", ("Magyarország",))])
>>> idx.resolve("HUNGARY").slug, idx.resolve("magyarorszag").slug
('hungary', 'hungary')
>>> idx.resolve("hungry")
Traceback (most recent call last):
...
diplograph.errors.QueryError: no entity 'hungry' in the graph; did you mean hungary? Find slugs with: diplograph entities TEXT
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..errors import DiplographError, QueryError
from ..names import fold as _fold_chars

__all__ = ["Entity", "EntityIndex", "fold", "ENTITIES_QUERY", "ENTITY_CLASSES"]

#: The classes whose instances are entities one asks about (not facts, passages or documents).
ENTITY_CLASSES: tuple[str, ...] = (
    "Country", "IntergovernmentalOrganisation", "Person", "City", "GovernmentBody", "Parliament", "Ministry",
    "ParliamentaryFriendshipGroup", "DiplomaticMission", "Embassy", "RepresentationOffice", "Instrument",
    "Agreement", "Declaration", "Award", "Summit", "Meeting",
)

#: Every entity with its class and labels; one row per (entity, class, label kind, label).
ENTITIES_QUERY = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity ?class ?label ?alt WHERE {
  VALUES ?class { %s }
  ?entity a ?class .
  { ?entity rdfs:label ?label } UNION { ?entity skos:altLabel ?alt }
}""" % " ".join(f"dg:{c}" for c in ENTITY_CLASSES)


def fold(text: str) -> str:
    """A name as compared: accents removed, case folded, any run of other characters one space.

    >>> fold("  Péter_Szijjártó "), fold("turkic-council")
    ('peter szijjarto', 'turkic council')
    """
    return re.sub(r"[^0-9a-z]+", " ", _fold_chars(text).casefold()).strip()


@dataclass(frozen=True)
class Entity:
    """A named entity: IRI, slug (the IRI's last part), most specific class, label and alternative labels."""

    iri: str
    slug: str
    cls: str
    label: str
    alt: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.slug, self.label, *self.alt)


class EntityIndex:
    """Entities by folded slug, label and alternative label."""

    def __init__(self, entities: Iterable[Entity], *, error: type[DiplographError] = QueryError) -> None:
        self.entities: list[Entity] = sorted(entities, key=lambda e: e.slug)
        self.error = error
        self._by_iri = {e.iri: e for e in self.entities}
        self._by_name: dict[str, list[Entity]] = {}
        for e in self.entities:
            for name in dict.fromkeys(fold(n) for n in e.names):
                if name:
                    self._by_name.setdefault(name, []).append(e)

    def __len__(self) -> int:
        return len(self.entities)

    def get(self, iri: str) -> Entity | None:
        return self._by_iri.get(iri)

    def lookup(self, text: str) -> list[Entity]:
        """The entities an exact name denotes (IRI, ``dgid:`` slug, slug, label, alternative label)."""
        raw = text.strip()
        if raw in self._by_iri:
            return [self._by_iri[raw]]
        key = fold(raw.removeprefix("dgid:"))
        exact = [e for e in self._by_name.get(key, []) if fold(e.slug) == key]
        return exact or list(self._by_name.get(key, []))

    def close_matches(self, text: str, *, n: int = 5) -> list[Entity]:
        """Entities whose names are near ``text`` (edit distance) or contain it."""
        key = fold(text.removeprefix("dgid:"))
        if not key:
            return []
        near = difflib.get_close_matches(key, list(self._by_name), n=n * 2, cutoff=0.6)
        near += [name for name in self._by_name if len(key) >= 3 and key in name and name not in near]
        out: list[Entity] = []
        for name in near:
            for e in self._by_name[name]:
                if e not in out:
                    out.append(e)
        return out[:n]

    def resolve(self, text: str, *, what: str = "entity", example: str | None = None) -> Entity:
        """The one entity ``text`` names; an error with the close matches when it names none or several."""
        found = self.lookup(text)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise self.error(f"{text!r} names {len(found)} entities; use a slug: "
                             + ", ".join(f"{e.slug} ({e.cls} {e.label})" for e in found))
        close = self.close_matches(text)
        hint = (f"; did you mean {_show(close[0])}?" + (f" (also close: {', '.join(_show(e) for e in close[1:])})" if close[1:] else "")) if close else ""
        tail = " Find slugs with: diplograph entities TEXT" if close else (
            f". Give a slug{' such as ' + example if example else ''}, a label or an alternative label; list them with: diplograph entities")
        raise self.error(f"no {what} {text!r} in the graph{hint}{tail}")

    def search(self, text: str = "", *, cls: str | Sequence[str] | None = None) -> list[Entity]:
        """Entities whose slug or a label contains ``text`` (folded), then close matches; of class ``cls`` if given."""
        classes = {fold(c) for c in ([cls] if isinstance(cls, str) else (cls or []))}
        pool = [e for e in self.entities if not classes or fold(e.cls) in classes]
        key = fold(text)
        if not key:
            return pool
        hits = [e for e in pool if any(key in fold(n) for n in e.names)]
        if hits:
            rank = {c: i for i, c in enumerate(ENTITY_CLASSES)}

            def order(e: Entity) -> tuple[int, int, int, str]:
                names = [fold(n) for n in e.names]
                return (0 if key in names else 1, 0 if any(n.startswith(key) for n in names) else 1, rank.get(e.cls, 99), e.slug)

            return sorted(hits, key=order)
        return [e for e in self.close_matches(text, n=10) if e in pool]


def _show(e: Entity) -> str:
    return f"{e.slug} ({e.label})" if fold(e.label) != fold(e.slug) else e.slug
