"""Align extracted entities with a gold's entities, so a correct extraction with another id still counts.

The extractor makes ids from names ("gabriel-ortiz"); curators choose theirs ("gabriel-ortiz-chile").
An extracted entity stands for a gold entity when their ids are equal, or else when
- countries: their ISO 3166-1 alpha-3 codes are equal;
- persons: a label of each has the same tokens, or the same surname key (:func:`.namekey.name_key`) with
  no contradicting given name or initial, and that gold person is the only one who fits;
- anything else: a label of each has the same accent-folded tokens, and one gold entity of the type has it.

>>> from diplograph.model import Entity
>>> gold = [Entity("gabriel-ortiz-chile", "person", "Gabriel Ortiz Soto", ("Gabriel Ortiz",)), Entity("peru", "country", "Peru", values={"iso3": "PER"})]
>>> pred = [Entity("gabriel-ortiz", "person", "Gabriel Ortiz"), Entity("republic-of-peru", "country", "Republic of Peru", values={"iso3": "PER"})]
>>> sorted(align(pred, gold).items())
[('gabriel-ortiz', 'gabriel-ortiz-chile'), ('republic-of-peru', 'peru')]
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable, Mapping

from ..model import Entity, Fact
from .gazetteer import tokens
from .namekey import initial, name_key

__all__ = ["align", "remap_fact", "remap_entity"]


def _person_fits(label_tokens: tuple[str, ...], gold: Entity) -> bool:
    for g in gold.labels:
        gt = tokens(g)
        if not gt or name_key(gt[-1]) != name_key(label_tokens[-1]):
            continue
        given, theirs = label_tokens[:-1], gt[:-1]
        if not given or not theirs:
            return True
        if all(any((initial(a) == initial(b)) if (len(a) == 1 or len(b) == 1) else name_key(a) == name_key(b) for b in theirs) for a in given):
            return True
        if name_key("".join(given)) == name_key("".join(theirs)):
            return True
    return False


def align(predicted: Iterable[Entity], gold: Iterable[Entity]) -> dict[str, str]:
    """Extracted entity id -> gold entity id, for the extracted entities that stand for a gold one."""
    gold = list(gold)
    gold_ids = {g.id for g in gold}
    by_iso = {str(g.values.get("iso3")): g.id for g in gold if g.type == "country" and g.values.get("iso3")}
    by_label: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for g in gold:
        for label in g.labels:
            by_label.setdefault((g.type, tokens(label)), set()).add(g.id)
    persons = [g for g in gold if g.type == "person"]
    out: dict[str, str] = {}
    for p in predicted:
        if p.id in gold_ids:
            continue
        if p.type == "country" and str(p.values.get("iso3")) in by_iso:
            out[p.id] = by_iso[str(p.values["iso3"])]
            continue
        hits: set[str] = set()
        for label in p.labels:
            hits |= by_label.get((p.type, tokens(label)), set())
        if not hits and p.type == "person":
            lt = tokens(p.label)
            if lt:
                hits = {g.id for g in persons if _person_fits(lt, g)}
        if len(hits) == 1:
            out[p.id] = next(iter(hits))
    return out


def _map(value: Any, mapping: Mapping[str, str]) -> Any:
    if isinstance(value, (tuple, list)):
        return tuple(mapping.get(str(v), v) for v in value)
    return mapping.get(str(value), value) if isinstance(value, str) else value


def remap_fact(fact: Fact, mapping: Mapping[str, str]) -> Fact:
    """``fact`` with the entity ids of its values replaced by their gold ids."""
    if not mapping:
        return fact
    return replace(fact, values={k: _map(v, mapping) for k, v in fact.values.items()})


def remap_entity(entity: Entity, mapping: Mapping[str, str]) -> Entity:
    """``entity`` with the ids it refers to (``sent_by``, ``country``, ...) replaced by their gold ids."""
    if not mapping:
        return entity
    return replace(entity, values={k: _map(v, mapping) for k, v in entity.values.items()})
