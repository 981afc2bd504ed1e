"""What a query reaches beyond the graph, read from its parse tree: ``SERVICE`` calls and dataset clauses.

A query that names a ``SERVICE`` would make the engine (rdflib, Oxigraph, or ``diplograph serve`` on
behalf of any client) open a connection or a file: a request forgery and a port scanner. Every backend
checks the parsed query first and refuses it, unless the endpoint IRI starts with a prefix the user
allowed (``--allow-service URL_PREFIX``). ``SERVICE ?var`` cannot be checked and is always refused.
``FROM`` / ``FROM NAMED`` only ever select named graphs already in the dataset: no backend loads a URL.

The parser (rdflib's) decides, not keywords: ``PREFIX add: <...>`` is a prefix, a ``SERVICE`` inside a
comment or a string is text, and one nested in ``FILTER EXISTS`` or a sub-select is found.

>>> shape = analyse('PREFIX add: <http://e/> SELECT * WHERE { ?s add:p ?o } # SERVICE <http://x/>')
>>> shape.form, shape.services
('SELECT', ())
>>> shape = analyse('ASK { FILTER EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }')
>>> shape.services
('http://127.0.0.1:9/sparql',)
>>> check_federation(shape, ())  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
FederationError: SERVICE <http://127.0.0.1:9/sparql> is refused ...
>>> check_federation(shape, ("http://127.0.0.1:9/",))
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

from ..errors import QueryError

__all__ = ["QueryShape", "FederationError", "UpdateRefused", "analyse", "check_federation"]

#: Query forms by the name of rdflib's parse-tree node.
_FORMS = {"SelectQuery": "SELECT", "ConstructQuery": "CONSTRUCT", "AskQuery": "ASK", "DescribeQuery": "DESCRIBE"}


class FederationError(QueryError):
    """The query would contact another service (``SERVICE``) that the user did not allow."""


class UpdateRefused(QueryError):
    """The text is a SPARQL update, and only queries are run."""


@dataclass(frozen=True)
class QueryShape:
    """What the parser found: the form, the ``SERVICE`` endpoints (``None`` for a variable), the dataset clauses."""

    form: str
    services: tuple[str | None, ...] = ()
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    uses_graph: bool = False

    @property
    def needs_dataset(self) -> bool:
        """True when the query selects or ranges over named graphs (``GRAPH``, ``FROM``, ``FROM NAMED``)."""
        return self.uses_graph or bool(self.default_graphs or self.named_graphs)


def _walk(node: Any, prologue: Any, services: list[str | None], flags: dict[str, bool]) -> None:
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import URIRef

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name == "ServiceGraphPattern":
                term = prologue.absolutize(item["term"]) if "term" in item else None  # prefixed names, BASE
                services.append(str(term) if isinstance(term, URIRef) else None)
            elif item.name == "GraphGraphPattern":
                flags["graph"] = True
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


def _syntax_message(exc: Exception, text: str, source: str) -> str:
    lineno = getattr(exc, "lineno", 0)
    col = getattr(exc, "col", 0)
    msg = getattr(exc, "msg", str(exc))
    lines = text.splitlines()
    line = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
    return (f"{source}: SPARQL syntax error at line {lineno}, column {col}: {msg}. "
            f"The line reads: {line.strip()!r}. Check the brackets, the dots between patterns and the prefixes.")


@lru_cache(maxsize=1024)
def _analyse_cached(text: str) -> QueryShape:
    return _analyse(text, "query")


def _analyse(text: str, source: str) -> QueryShape:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translatePrologue
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except ParseException as exc:
        try:
            parseUpdate(text)
        except Exception:
            raise QueryError(_syntax_message(exc, text, source)) from None
        raise UpdateRefused(f"{source}: this is a SPARQL update; only queries (SELECT, CONSTRUCT, ASK, DESCRIBE) are run") from None
    except Exception as exc:  # rdflib raises e.g. on undeclared prefixes
        raise QueryError(f"{source}: invalid SPARQL: {exc}") from None
    query = tree[1]
    services: list[str | None] = []
    flags = {"graph": False}
    try:
        prologue = translatePrologue(tree[0], None)
        _walk(tree, prologue, services, flags)
    except Exception as exc:  # rdflib raises a bare Exception for an undeclared prefix
        raise QueryError(f"{source}: invalid SPARQL: {exc}") from None
    default: list[str] = []
    named: list[str] = []
    for clause in (query["datasetClause"] if "datasetClause" in query else []):
        keys = set(clause.keys())
        if "default" in keys:
            default.append(str(prologue.absolutize(clause["default"])))
        if "named" in keys:
            named.append(str(prologue.absolutize(clause["named"])))
    return QueryShape(form=_FORMS[query.name], services=tuple(services), default_graphs=tuple(default),
                      named_graphs=tuple(named), uses_graph=flags["graph"])


def analyse(text: str, *, source: str = "query") -> QueryShape:
    """Parse ``text`` (once per text) and say what it is; :class:`QueryError` with line and column if it is
    not a query, :class:`UpdateRefused` if it is an update (``source`` names the query in the message)."""
    try:
        return _analyse_cached(text)
    except QueryError:
        if source == "query":
            raise
        _analyse(text, source)  # the same error, naming the source
        raise


def _allowed(service: str, prefix: str) -> bool:
    """``service`` starts with ``prefix``; a prefix that names only a host (and port) must be followed by ``/``,
    so that ``http://127.0.0.1:9`` allows neither ``http://127.0.0.1:99/`` nor ``http://127.0.0.1:9.evil/``.

    >>> _allowed("http://127.0.0.1:99/sparql", "http://127.0.0.1:9"), _allowed("http://127.0.0.1:9/sparql", "http://127.0.0.1:9")
    (False, True)
    """
    if not prefix:
        return False
    scheme, sep, rest = prefix.partition("://")
    if sep and "/" not in rest:
        return service == prefix or service.startswith(prefix + "/")
    return service.startswith(prefix)


def check_federation(shape: QueryShape, allow: Sequence[str] | Iterable[str] = ()) -> None:
    """Raise :class:`FederationError` unless every ``SERVICE`` of the query starts with an allowed prefix."""
    prefixes = tuple(allow)
    for service in shape.services:
        if service is None:
            raise FederationError("SERVICE with a variable endpoint is refused: the endpoint cannot be checked "
                                  "before the query runs; name it, and allow it with --allow-service URL_PREFIX")
        if not any(_allowed(service, p) for p in prefixes):
            raise FederationError(f"SERVICE <{service}> is refused: this query would make diplograph contact another "
                                  f"service; if you trust it, pass --allow-service {service}")
