"""The direct relations the views draw, read from the materialisation rules in ``ontology/rules/*.rq``.

Each rule is a ``CONSTRUCT { ?s dg:relation ?o } WHERE { ... }`` over fact nodes. The views need the other
way round too: which fact nodes support a relation between two entities. :func:`load_relations` turns
each rule into a ``SELECT ?s ?o ?fact`` over the same ``WHERE`` clause (the fact is the variable the rule
types with ``a dg:Class``), so the rules stay the one definition of what a relation means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Protocol

from rdflib import Graph, URIRef, Variable
from rdflib.namespace import RDF, RDFS
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from ..errors import OntologyError
from ..namespace import DG

__all__ = ["RelationRule", "RuleEngine", "COUNTRY_LABELS", "load_relations", "relation_rows"]

#: The name an analyst reads for a relation at the country level (others use the ontology's label).
COUNTRY_LABELS: dict[str, str] = {
    "visited": "visits", "signed": "agreements", "memberOf": "member of", "observerOf": "observer of",
    "hasEmbassyIn": "embassy in", "strategicPartnerOf": "partnership", "ambassadorTo": "ambassadors to",
    "hasDiplomaticRelationsWith": "diplomatic relations", "met": "meetings", "participatedIn": "summits and meetings in",
    "hosted": "hosted", "recognized": "recognized", "sisterCityOf": "sister cities", "tradePartnerOf": "trade",
    "receivedAward": "awards from", "holdsPositionIn": "posts in",
}

_TEMPLATE = re.compile(r"CONSTRUCT\s*\{[^{}]*\}", re.I)


@dataclass(frozen=True)
class RelationRule:
    """A direct relation as one rule defines it: its name, predicate, fact classes and a SELECT of its facts."""

    name: str
    predicate: URIRef
    classes: tuple[URIRef, ...]
    comment: str
    file: Path
    select: Query
    #: the SELECT as text (for another engine) and its three columns: subject, object, fact
    select_text: str = ""
    columns: tuple[str, str, str] = ("s", "o", "fact")


def _typed_vars(node: Any, out: dict[Variable, set[URIRef]]) -> None:
    if isinstance(node, dict) or hasattr(node, "items"):
        for key, value in node.items():
            if key == "triples" and isinstance(value, list):
                for s, p, o in value:
                    if isinstance(s, Variable) and p == RDF.type and isinstance(o, URIRef):
                        out.setdefault(s, set()).add(o)
            else:
                _typed_vars(value, out)
    elif isinstance(node, (list, tuple)):
        for item in node:
            _typed_vars(item, out)


def _rule(path: Path) -> RelationRule | None:
    text = path.read_text(encoding="utf-8")
    try:
        construct = prepareQuery(text)
    except Exception as exc:  # rdflib raises pyparsing errors of several kinds
        raise OntologyError(f"{path}: not valid SPARQL: {exc}") from None
    template = list(getattr(construct.algebra, "template", None) or [])
    if len(template) != 1:
        return None
    s, p, o = template[0]
    if not (isinstance(s, Variable) and isinstance(p, URIRef) and isinstance(o, Variable)):
        return None
    typed: dict[Variable, set[URIRef]] = {}
    _typed_vars(construct.algebra.p, typed)
    if not typed:
        return None
    # the fact node: the typed variable that is not an end of the relation, else the typed end (hosted: ?event)
    fact = next((v for v in sorted(typed) if v not in (s, o)), None) or sorted(typed)[0]
    head = f"SELECT DISTINCT ?{s} ?{o} ?{fact}" if fact not in (s, o) else f"SELECT DISTINCT ?{s} ?{o} (?{fact} AS ?fact__)"
    select_text, n = _TEMPLATE.subn(head, text, count=1)
    if n != 1:
        return None
    select = prepareQuery(select_text)
    comment = " ".join(line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#"))
    name = str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    columns = (str(s), str(o), str(fact) if fact not in (s, o) else "fact__")
    return RelationRule(name=name, predicate=p, classes=tuple(sorted(typed[fact])), comment=comment, file=path, select=select,
                        select_text=select_text, columns=columns)


def load_relations(rules_dir: Path | str, ontology: Graph | None = None) -> tuple[RelationRule, ...]:
    """The rules of ``rules_dir`` that relate two entities through a typed fact node, sorted by relation name.

    When ``ontology`` declares sub-properties of ``dg:directRelation``, only those are kept (``dg:attestedOn``, a
    date, is not a relation); otherwise rows whose object is not an IRI are dropped when the rule is run.
    """
    folder = Path(rules_dir)
    files = sorted(folder.glob("*.rq"))
    if not files:
        raise OntologyError(f"{folder}: no *.rq rule files; the views cannot tell what a relation means")
    out = [r for r in (_rule(f) for f in files) if r is not None]
    direct = set(ontology.subjects(RDFS.subPropertyOf, DG.directRelation)) if ontology is not None else set()
    if direct:
        out = [r for r in out if r.predicate in direct]
    return tuple(sorted(out, key=lambda r: r.name))


class RuleEngine(Protocol):
    """Anything that runs SELECT text and answers rows of variable -> term (the query backends do)."""

    def execute(self, text: str, bindings: Mapping[str, Node], *, form: str | None = None) -> Any: ...


def relation_rows(g: Graph, rule: RelationRule, *, engine: RuleEngine | None = None) -> Iterator[tuple[URIRef, URIRef, URIRef]]:
    """``(subject, object, fact)`` for every fact behind ``rule``'s relation in ``g`` (IRIs only, no self-loops).

    With ``engine`` (a query backend holding the same graph, such as Oxigraph), the rule's SELECT runs there;
    the rows are the same (tested), only faster on large graphs.
    """
    if engine is not None:
        a, b, c = rule.columns
        rows: Iterable[tuple[Any, Any, Any]] = ((r.get(a), r.get(b), r.get(c)) for r in engine.execute(rule.select_text, {}, form="SELECT").rows)
    else:
        rows = (tuple(row) for row in g.query(rule.select))  # type: ignore[arg-type, misc]
    for s, o, fact in rows:
        if isinstance(s, URIRef) and isinstance(o, URIRef) and isinstance(fact, URIRef) and s != o:
            yield s, o, fact
