"""Build the knowledge graph: sources -> named graphs -> materialised direct relations.

>>> from diplograph.settings import Settings
>>> ds = build_dataset(Settings.discover())
>>> len(ds.graph(ONTOLOGY_GRAPH)) > 100
True
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from rdflib import Dataset, Graph

from .io import parse_turtle_file
from ..model import Sources
from ..namespace import PREFIXES
from .rules import SUMMARY_RULES, apply_rules, apply_summary_rules, load_rules
from ..settings import Settings
from .contradictions import CONTRADICTIONS_GRAPH, contradiction_triples
from .order import ORDER_GRAPH, compute_orders, rdflib_select
from .sources import load_sources
from .triples import (
    ENTITIES_GRAPH,
    ONTOLOGY_GRAPH,
    SUMMARY_GRAPH,
    document_triples,
    entity_triples,
    fact_triples,
    graph_iri,
)

__all__ = ["build_dataset", "dataset_from_sources", "load_ontology", "new_dataset"]

Progress = Callable[[str], None]


def new_dataset() -> Dataset:
    """An empty dataset with the project's prefixes bound (and only those)."""
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds


def load_ontology(path: Path | str) -> Graph:
    """Parse the ontology Turtle file; raise :class:`OntologyError` with the parser's message if it is broken."""
    return parse_turtle_file(path, what="ontology")


def dataset_from_sources(sources: Sources, ontology: Graph, rules_dir: Path, progress: Progress | None = None, *,
                         queries_dir: Path | None = None) -> Dataset:
    """Assemble the dataset: the ontology graph, the entities graph, one graph per document and (when
    documents disagree) ``graph:contradictions``.

    Facts go into the graph of every document that supports them, each with that document's passages;
    the direct relations are materialised into each document graph by the rules; names and tallies
    (``ontology/rules/summary``) are counted once over all of them into ``graph:summary``; with ``queries_dir``,
    the stable order of its paged queries goes into ``graph:order`` (:mod:`diplograph.graph.order`).
    """
    rules = load_rules(rules_dir)
    ds = new_dataset()
    onto = ds.graph(ONTOLOGY_GRAPH)
    for t in ontology:
        onto.add(t)
    entities = ds.graph(ENTITIES_GRAPH)
    for entity in sources.entities:
        for t in entity_triples(entity):
            entities.add(t)
    labels = {e.id: e.label for e in sources.entities}
    for doc in sources.documents:
        if progress:
            progress(doc.id)
        g = ds.graph(graph_iri(doc.id))
        for t in document_triples(doc):
            g.add(t)
        for fact in sources.facts:
            if doc.id in fact.docs():
                for t in fact_triples(fact, doc.id, labels):
                    g.add(t)
        for t in apply_rules(rules, g, entities):
            g.add(t)
    if sources.contradictions:
        facts = {f.id: f for f in sources.facts}
        contested = ds.graph(CONTRADICTIONS_GRAPH)
        for c in sources.contradictions:
            for t in contradiction_triples(c, facts, labels):
                contested.add(t)
    # names and tallies, counted once over everything (ontology/rules/summary)
    summary = ds.graph(SUMMARY_GRAPH)
    for t in apply_summary_rules(load_rules(Path(rules_dir) / SUMMARY_RULES, required=False), ds):
        summary.add(t)
    if queries_dir is not None:
        order = ds.graph(ORDER_GRAPH)
        for t in compute_orders(rdflib_select(ds), queries_dir):
            order.add(t)
    return ds


def build_dataset(settings: Settings, *, sources_dir: Path | None = None, progress: Progress | None = None) -> Dataset:
    """Load the curated sources and the ontology of a checkout and build the dataset."""
    sources = load_sources(sources_dir or settings.sources_dir)
    ontology = load_ontology(settings.ontology_file)
    return dataset_from_sources(sources, ontology, settings.rules_dir, progress=progress, queries_dir=settings.queries_dir)
