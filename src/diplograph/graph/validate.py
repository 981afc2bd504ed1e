"""Validate a graph against ``ontology/shapes.ttl`` with pyshacl and report violations for a person.

>>> from rdflib import Graph
>>> report = validate_graph(Graph(), Graph())
>>> report.conforms, report.violations
(True, [])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from .io import parse_turtle_file

__all__ = ["Finding", "Report", "validate_graph", "load_shapes"]


@dataclass(frozen=True, order=True)
class Finding:
    """One validation result: where (focus node, path), what (message) and how bad (severity)."""

    severity: str
    focus: str
    path: str
    message: str
    value: str = ""
    shape: str = ""


@dataclass
class Report:
    """All findings; the graph conforms when there is no violation (warnings are reported, not failed)."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Warning"]

    @property
    def conforms(self) -> bool:
        return not self.violations


def load_shapes(path: Path | str) -> Graph:
    """Parse the SHACL shapes file; raise :class:`OntologyError` if it is missing or broken."""
    return parse_turtle_file(path, what="shapes")


def _short(graph: Graph, node: object) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # pragma: no cover - rdflib cannot shorten some IRIs
            return str(node)
    if isinstance(node, Literal):
        return repr(str(node)) if node.datatype is None else f"{node}^^{graph.namespace_manager.normalizeUri(node.datatype)}"
    return str(node)


def _shape_name(shapes: Graph, shape: Any) -> str:
    """The name of the node shape a result comes from (property shapes are blank nodes inside one)."""
    for _ in range(3):
        if isinstance(shape, URIRef) or shape is None:
            break
        parent = next(shapes.subjects(SH.property, shape), None) or next(shapes.subjects(SH.sparql, shape), None)
        if parent is None:
            break
        shape = parent
    return _short(shapes, shape) if isinstance(shape, URIRef) else ""


def validate_graph(data: Graph, shapes: Graph) -> Report:
    """Validate ``data`` (which should include the ontology, for the class hierarchy) against ``shapes``."""
    _, results, _ = shacl_validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True, abort_on_first=False
    )
    findings = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        sev = results.value(r, SH.resultSeverity)
        findings.append(
            Finding(
                severity=str(sev).rsplit("#", 1)[-1] if sev else "Violation",
                focus=_short(data, results.value(r, SH.focusNode)),
                path=_short(data, results.value(r, SH.resultPath)),
                message=str(results.value(r, SH.resultMessage) or ""),
                value=_short(data, results.value(r, SH.value)),
                shape=_shape_name(shapes, results.value(r, SH.sourceShape)),
            )
        )
    return Report(sorted(set(findings)))
