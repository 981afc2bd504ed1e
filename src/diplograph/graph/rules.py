"""Materialise the direct relations from fact nodes with the SPARQL CONSTRUCT rules in ``ontology/rules``.

The rules are the single definition of what ``dg:visited``, ``dg:memberOf`` and the other shortcuts mean;
nothing else writes those triples.

>>> from diplograph.settings import Settings
>>> rules = load_rules(Settings.discover().rules_dir)
>>> "visited" in [r.name for r in rules]
True
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from rdflib import Dataset, Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from ..errors import OntologyError
from .triples import Triple

__all__ = ["Rule", "load_rules", "apply_rules", "SUMMARY_RULES", "apply_summary_rules"]

#: The subfolder of the rules folder whose rules run once over the whole dataset (names and tallies).
SUMMARY_RULES = "summary"


@dataclass(frozen=True)
class Rule:
    """One CONSTRUCT rule: its file name (without ``.rq``), its text and the parsed query."""

    name: str
    text: str
    query: Query


def load_rules(rules_dir: Path | str, *, required: bool = True) -> tuple[Rule, ...]:
    """Parse every ``*.rq`` file of the folder, sorted by name; each must be a CONSTRUCT query."""
    folder = Path(rules_dir)
    files = sorted(folder.glob("*.rq"))
    if not files and required:
        raise OntologyError(f"{folder}: no *.rq rule files; the direct relations cannot be materialised")
    rules = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        try:
            query = prepareQuery(text)
        except Exception as exc:  # rdflib raises pyparsing errors of several kinds
            raise OntologyError(f"{path}: not valid SPARQL: {exc}") from None
        if query.algebra.name != "ConstructQuery":
            raise OntologyError(f"{path}: a rule must be a CONSTRUCT query, found {query.algebra.name}")
        rules.append(Rule(path.stem, text, query))
    return tuple(rules)


def apply_rules(rules: Iterable[Rule], *graphs: Graph) -> list[Triple]:
    """Run the rules over the union of ``graphs``; return the new triples, sorted, without repeats."""
    union = Graph()
    for g in graphs:
        for t in g:
            union.add(t)
    out: set[Triple] = set()
    for rule in rules:
        for row in union.query(rule.query):
            triple: Any = row
            if triple not in union:
                out.add(triple)
    return sorted(out)


def apply_summary_rules(rules: Iterable[Rule], dataset: Dataset) -> list[Triple]:
    """Run the summary rules once over the whole dataset (its default graph is the union; ``GRAPH ?g``
    sees each document); return their triples, sorted, without repeats."""
    out: set[Triple] = set()
    for rule in rules:
        for row in dataset.query(rule.query):
            triple: Any = row
            out.add(triple)
    return sorted(out)
