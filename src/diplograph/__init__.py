"""diplograph: a knowledge graph of diplomatic relations with a SPARQL query layer.

The pipeline follows the data: documents -> facts -> triples -> graph -> queries / views / exports.

>>> from diplograph import build, validate
>>> result = build(write=False)
>>> validate(graph=result.dataset).conforms
True
"""

from .api import BuildResult, build, stats, validate
from .errors import (
    DiplographError,
    DocumentError,
    ExportError,
    ExtractionError,
    OntologyError,
    QueryError,
    SourceError,
    ValidationError,
)
from .query.knowledge import KnowledgeGraph
from .namespace import DG
from .settings import Settings

__all__ = [
    "BuildResult",
    "build",
    "stats",
    "validate",
    "DG",
    "KnowledgeGraph",
    "Settings",
    "DiplographError",
    "DocumentError",
    "ExportError",
    "ExtractionError",
    "OntologyError",
    "QueryError",
    "SourceError",
    "ValidationError",
]

__version__ = "0.1.0"
