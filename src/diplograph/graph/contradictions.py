"""Contradictions as RDF: which facts disagree on which property, and which claim is preferred.

Each claim stays a fact in the named graph of each document that states it; the contradiction itself
goes into ``graph:contradictions``::

    dgid:contradiction-relations-1992-... a dg:Contradiction ;
        rdfs:label "Sources disagree on the date: Diplomatic relations established between ..."@en ;
        dg:contestedProperty schema:startDate ;
        dg:concerns dgid:azerbaijan, dgid:hungary ;
        dg:claim dgid:relations-1992-..., dgid:relations-established-1993-... ;
        dg:preferredClaim dgid:relations-1992-... .

>>> from diplograph.model import Contradiction, Fact
>>> c = Contradiction("contradiction-a", "founding", "date", ("club",), ("a", "b"))
>>> facts = {"a": Fact("a", "founding", (), {"body": "club"}, "2001")}
>>> sorted(str(p).rsplit("#", 1)[-1] for _, p, _ in contradiction_triples(c, facts, {"club": "The Club"}))
['claim', 'claim', 'concerns', 'contestedProperty', 'label', 'preferredClaim', 'type']
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Mapping

from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from ..model import Contradiction, Fact
from ..namespace import DG, GRAPH, SCHEMA
from .triples import Triple, entity_iri, fact_iri, fact_label

__all__ = ["CONTRADICTIONS_GRAPH", "PROPERTIES", "contradiction_triples"]

#: the named graph of the contradictions found by merging
CONTRADICTIONS_GRAPH = GRAPH["contradictions"]

#: the property each contested field is stated with
PROPERTIES = {"date": SCHEMA.startDate, "amount": SCHEMA.value, "count": SCHEMA.value, "currency": SCHEMA.currency}


def contradiction_triples(c: Contradiction, facts: Mapping[str, Fact], labels: Mapping[str, str]) -> Iterator[Triple]:
    """The triples of one contradiction (its claims' own triples are in their documents' graphs)."""
    s = fact_iri(c.id)
    yield s, RDF.type, DG.Contradiction
    preferred = facts.get(c.preferred)
    what = fact_label(replace(preferred, start=None, end=None), labels) if preferred is not None else c.type
    yield s, RDFS.label, Literal(f"Sources disagree on the {c.contested}: {what}", lang="en")
    yield s, DG.contestedProperty, PROPERTIES[c.contested]
    for e in c.about:
        yield s, DG.concerns, entity_iri(e)
    for claim in c.claims:
        yield s, DG.claim, fact_iri(claim)
    yield s, DG.preferredClaim, fact_iri(c.preferred)
