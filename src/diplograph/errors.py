"""The exception hierarchy: one base class, one subclass per stage.

Only the CLI turns these into messages and exit codes; library code raises them with a message that says
what is wrong and how to put it right.

>>> issubclass(SourceError, DiplographError)
True
"""

from __future__ import annotations

__all__ = [
    "DiplographError",
    "DocumentError",
    "SourceError",
    "ExtractionError",
    "OntologyError",
    "ValidationError",
    "QueryError",
    "ExportError",
    "BusyError",
]


class DiplographError(Exception):
    """Base class of every error diplograph raises on purpose."""


class DocumentError(DiplographError):
    """A source document is missing, unreadable or not the text the offsets were taken from."""


class SourceError(DiplographError):
    """The curated sources (``graph/sources``) are malformed or inconsistent."""


class ExtractionError(DiplographError):
    """Facts could not be extracted from a document."""


class OntologyError(DiplographError):
    """The ontology, the shapes or the materialisation rules cannot be read or used."""


class ValidationError(DiplographError):
    """The graph violates the SHACL shapes."""


class QueryError(DiplographError):
    """A query is unknown, malformed, or given bad parameters."""


class ExportError(DiplographError):
    """The graph could not be written."""


class BusyError(DiplographError):
    """Another process is writing the same home (its store or graph) and did not finish in time."""
