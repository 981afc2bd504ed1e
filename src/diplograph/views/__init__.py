"""Interactive network views of the graph: projection to networkx, self-contained HTML pages.

documents -> facts -> triples -> graph -> **views**: :mod:`.relations` reads what each relation means from
the rules in ``ontology/rules``; :mod:`.facts` finds the facts behind each relation (dates as intervals,
sources); :mod:`.projection` turns the RDF graph into a networkx graph of entities whose edges carry those
facts; :mod:`.countries` folds it into countries and organisations; :mod:`.render` writes one HTML file with
every script and style inlined (vis-network from pyvis); :mod:`.timeline` writes the visits per year (or a
country's, by direction); :mod:`.write` puts them together (``diplograph view`` and :func:`write_views`).
"""

from .facts import ShownFact, Source, collect_facts
from .countries import country_network, homes
from .projection import (
    ViewError,
    cap,
    filter_relations,
    filter_years,
    induced,
    neighbourhood,
    project_graph,
    resolve_entity,
)
from .render import render_network
from .timeline import render_timeline
from .write import LEVELS, View, ViewResult, make_network, make_view, project_rows, write_view, write_views

__all__ = [
    "LEVELS",
    "View",
    "make_view",
    "ViewResult",
    "make_network",
    "project_rows",
    "render_network",
    "render_timeline",
    "write_view",
    "write_views",
    "ShownFact",
    "Source",
    "collect_facts",
    "country_network",
    "homes",
    "ViewError",
    "cap",
    "filter_relations",
    "filter_years",
    "induced",
    "neighbourhood",
    "project_graph",
    "resolve_entity",
]
