"""Typed query parameters: from the user's text (or Python value) to an RDF term, never to query text.

A parameter is declared in a query's ``#+ params:`` metadata with a type from :data:`TYPES`. Values are
checked here and become rdflib terms; the backends bind the terms (``initBindings``, ``substitutions``
or a ``VALUES`` block written with :meth:`~rdflib.term.Node.n3`), so a value can never change the
shape of the query.

>>> to_term(ParamSpec("country", "entity"), "hungary")
rdflib.term.URIRef('https://w3id.org/diplograph/id/hungary')
>>> to_term(ParamSpec("from", "date"), "2010-12")
rdflib.term.Literal('2010-12', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth'))
>>> to_term(ParamSpec("n", "integer"), "x")
Traceback (most recent call last):
...
diplograph.errors.QueryError: parameter 'n' must be an integer (a whole number such as 10), not 'x'
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any, Mapping

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ..errors import QueryError

__all__ = ["ParamSpec", "TYPES", "ENTITY_BASE", "to_term", "bind_params", "parse_assignments"]

#: The base of entity and fact IRIs; an ``entity`` parameter takes a slug under it.
ENTITY_BASE = "https://w3id.org/diplograph/id/"

#: Parameter types and what each accepts.
TYPES: dict[str, str] = {
    "entity": "an entity or fact slug such as hungary (or dgid:hungary, or its full IRI)",
    "iri": "an absolute IRI such as https://w3id.org/diplograph/id/hungary",
    "string": "any text",
    "date": "a date of any precision: YYYY, YYYY-MM or YYYY-MM-DD",
    "year": "a year: YYYY",
    "integer": "a whole number such as 10",
    "decimal": "a number such as 2.5",
    "boolean": "true or false",
}

_SLUG = re.compile(r"^[a-z0-9]+(?:[-/][a-z0-9]+)*$")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class ParamSpec:
    """A declared parameter: its name (the SPARQL variable), type, default, and what it means."""

    name: str
    type: str
    default: Any = None
    description: str = ""
    required: bool = False


def _fail(spec: ParamSpec, value: Any) -> QueryError:
    article = "an" if spec.type[0] in "aeiou" else "a"
    return QueryError(f"parameter {spec.name!r} must be {article} {spec.type} ({TYPES[spec.type]}), not {value!r}")


def _iri(spec: ParamSpec, value: str) -> URIRef:
    if not _IRI.match(value):
        raise _fail(spec, value)
    return URIRef(value)


def to_term(spec: ParamSpec, value: Any) -> Node:
    """The RDF term for ``value`` as a parameter of type ``spec.type``; :class:`QueryError` if ill-typed."""
    if isinstance(value, Node):
        return value
    kind = spec.type
    text = str(value).strip() if not isinstance(value, bool) else str(value).lower()
    if kind == "entity":
        if text.startswith("dgid:"):
            text = text[5:]
        if _SLUG.match(text):
            return URIRef(ENTITY_BASE + text)
        return _iri(spec, text)
    if kind == "iri":
        return _iri(spec, text)
    if kind == "string":
        return Literal(str(value))
    if kind in ("date", "year"):
        if isinstance(value, _dt.date):
            text = value.isoformat()
        m = _DATE.match(text)
        if not m or (kind == "year" and m.group(2)):
            raise _fail(spec, value)
        year, month, day = m.groups()
        try:
            _dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            raise _fail(spec, value) from None
        datatype = XSD.date if day else XSD.gYearMonth if month else XSD.gYear
        return Literal(text, datatype=datatype)
    if kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return Literal(value)
        if not re.fullmatch(r"[+-]?\d+", text):
            raise _fail(spec, value)
        return Literal(int(text))
    if kind == "decimal":
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            raise _fail(spec, value)
        return Literal(text, datatype=XSD.decimal)
    if kind == "boolean":
        if text not in ("true", "false"):
            raise _fail(spec, value)
        return Literal(text == "true")
    raise QueryError(f"parameter {spec.name!r} has unknown type {kind!r}; use one of {', '.join(TYPES)}")


def bind_params(specs: Mapping[str, ParamSpec], given: Mapping[str, Any], *, query: str = "query") -> dict[str, Node]:
    """Check ``given`` against the declared ``specs`` and apply defaults: variable name -> term.

    Unknown names and missing required values raise :class:`QueryError` listing the valid parameters.
    Parameters left unset and without default stay unbound (their optional filters then let all rows pass).
    """
    unknown = sorted(set(given) - set(specs))
    if unknown:
        valid = ", ".join(f"{s.name} ({s.type})" for s in specs.values()) or "none"
        raise QueryError(f"{query} has no parameter {', '.join(map(repr, unknown))}; its parameters are: {valid}")
    bound: dict[str, Node] = {}
    for name, spec in specs.items():
        value = given.get(name, spec.default)
        if value is None or value == "":
            if spec.required:
                raise QueryError(f"{query} needs parameter {name!r} ({spec.type}: {TYPES[spec.type]}); pass it as --param {name}=VALUE")
            continue
        bound[name] = to_term(spec, value)
    return bound


def parse_assignments(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``["key=value", ...]`` from the command line as a dict; a pair without ``=`` is an error."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param takes key=value (for example --param country=hungary), not {pair!r}")
        out[key.strip()] = value
    return out
