"""Interactive network views of the graph: projection to networkx, self-contained HTML pages.

documents -> facts -> triples -> graph -> **views**: :mod:`.projection` turns the RDF graph into a
networkx graph whose edges carry the facts behind each relation; :mod:`.render` writes it as one HTML
file with every script and style inlined (vis-network from pyvis); :mod:`.timeline` writes the visits
per year; :mod:`.write` puts them together (``diplograph view`` and :func:`write_views`).
"""

from .facts import Fact, Source, collect_facts
from .projection import (
    RELATIONS,
    ViewError,
    cap,
    filter_relations,
    filter_years,
    induced,
    neighbourhood,
    project_graph,
    resolve_entity,
)

__all__ = [
    "Fact",
    "Source",
    "collect_facts",
    "RELATIONS",
    "ViewError",
    "cap",
    "filter_relations",
    "filter_years",
    "induced",
    "neighbourhood",
    "project_graph",
    "resolve_entity",
]
