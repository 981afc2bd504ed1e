"""Where queries run: rdflib in memory (the reference), Oxigraph embedded, or a remote SPARQL 1.1 endpoint.

All three take the query text and the parameter bindings apart and answer a :class:`~diplograph.query.results.Result`
of rdflib terms, so their answers compare equal. Values are never pasted into the text as strings: rdflib gets
``initBindings``, Oxigraph ``substitutions`` (for the projected variables; SEP-0007 allows no others,
which then go in a ``VALUES`` block as for a remote endpoint), a remote endpoint a ``VALUES`` block written term by
term (:func:`diplograph.query.sparql.inject_values`). A named query may ask for some parameters as constants
(``inline:`` in its header, :func:`diplograph.query.sparql.inline_terms`), written by
:meth:`~rdflib.term.Node.n3` in place of the variable's tokens before any backend sees the text. The default graph is the union of all named graphs everywhere.

No backend contacts anything the user did not allow: every query is parsed first and a ``SERVICE`` is refused
unless its endpoint starts with one of ``allow_service``'s prefixes (:mod:`diplograph.query.federation`).
``FROM`` / ``FROM NAMED`` select named graphs of the dataset and never load a URL (rdflib's loading of
unknown graphs is switched off here).

>>> from rdflib import Graph, URIRef, Literal
>>> g = Graph(); _ = g.add((URIRef("http://e/a"), URIRef("http://e/p"), Literal("x")))
>>> q = "SELECT ?s WHERE { ?s ?p ?o }"
>>> RdflibBackend(g).execute(q, {}).rows == OxigraphBackend.from_graph(g).execute(q, {}).rows
True
"""

from __future__ import annotations

import http.client
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Mapping, Protocol, Sequence

import pyoxigraph as ox
import rdflib.plugins.sparql
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.term import Node

from ..errors import QueryError
from ..graph.io import union_graph
from .results import Result, normalise, term_from_json
from .federation import analyse, check_federation
from .sparql import inject_values
from .tsv import read_tsv

__all__ = ["Backend", "RdflibBackend", "OxigraphBackend", "RemoteBackend", "BACKENDS", "to_ox", "from_ox", "ask_answer"]

# rdflib would fetch the IRI of a FROM / FROM NAMED graph that the dataset lacks from the web (or a file):
# an unknown graph is an empty one, as in Oxigraph
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

#: Backend names accepted by :meth:`diplograph.KnowledgeGraph.load` and ``--backend``.
BACKENDS = ("rdflib", "oxigraph")


class Backend(Protocol):
    name: str

    def execute(self, text: str, bindings: Mapping[str, Node], *, form: str | None = None) -> Result: ...


class RdflibBackend:
    """rdflib's SPARQL engine over one graph (for a dataset, the union of its graphs).

    With ``dataset`` (the named graphs the union was made of), ``GRAPH``, ``FROM`` and ``FROM NAMED`` range over
    those named graphs, as in Oxigraph; without it they are refused with a message.
    """

    name = "rdflib"

    def __init__(self, graph: Graph, *, dataset: Dataset | None = None, allow_service: Sequence[str] = ()) -> None:
        self.graph = graph
        self.dataset = dataset if dataset is not None else (graph if isinstance(graph, Dataset) else None)
        self.allow_service = tuple(allow_service)

    def execute(self, text: str, bindings: Mapping[str, Node], *, form: str | None = None) -> Result:
        shape = analyse(text)
        check_federation(shape, self.allow_service)
        form = form or shape.form
        target: Graph = self.graph
        if shape.needs_dataset:
            if self.dataset is None:
                raise QueryError("GRAPH, FROM and FROM NAMED need the named graphs, and this rdflib graph has none: "
                                 "load a dataset (graph/, a .trig or .nq file), or use --backend oxigraph")
            target = self.dataset
        try:
            res = target.query(text, initBindings={Variable(k): v for k, v in bindings.items()})  # type: ignore[misc]
        except Exception as exc:  # rdflib raises many kinds of errors while evaluating
            raise QueryError(f"rdflib could not run the query: {exc}") from None
        if form == "ASK":
            return Result(form=form, boolean=bool(res.askAnswer))
        if form in ("CONSTRUCT", "DESCRIBE"):
            g = Graph()
            for t in res:
                g.add(t)  # type: ignore[arg-type]
            return Result(form=form, graph=g)
        names = [str(v) for v in (res.vars or [])]
        rows = [{n: normalise(row[i]) for i, n in enumerate(names)} for row in res]  # type: ignore[index]
        return Result(form=form, vars=names, rows=rows)


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    raise QueryError(f"cannot bind {term!r}: only IRIs, blank nodes and literals can be parameters")


_XSD_STRING = str(XSD.string)


def from_ox(term: object) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:  # the commonest case, and what normalise() would make of it
            return Literal(term.value)
        return normalise(Literal(term.value, datatype=URIRef(datatype)))
    raise QueryError(f"unsupported term in Oxigraph's answer: {term!r}")


class OxigraphBackend:
    """Oxigraph embedded: a :class:`pyoxigraph.Store` in memory or in a persistent directory.

    A store made here holds each named graph and, in its default graph, the set union of all triples:
    Oxigraph's own union default graph is a bag (a triple stated in two documents counts twice), which
    would give other answers than rdflib's.
    """

    name = "oxigraph"

    def __init__(self, store: ox.Store, *, union: bool = False, allow_service: Sequence[str] = ()) -> None:
        self.store = store
        self.union = union
        self.allow_service = tuple(allow_service)

    @classmethod
    def from_graph(cls, graph: Graph, *, location: Path | str | None = None) -> "OxigraphBackend":
        """A store holding ``graph``'s triples (a Dataset keeps its named graphs)."""
        store = ox.Store(str(location)) if location else ox.Store()
        if location:
            store.clear()
        if isinstance(graph, Dataset):
            store.bulk_load(graph.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
            graph = union_graph(graph)
        store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        return cls(store)

    @classmethod
    def from_file(cls, path: Path | str, *, location: Path | str | None = None) -> "OxigraphBackend":
        """A store loaded straight from a TriG, N-Quads, Turtle or N-Triples file (much faster than rdflib).

        Nothing is copied after the bulk load: the store is queried with the union of its graphs as default
        graph (``use_default_graph_as_union``). That union is a bag (a triple stated in two documents is
        there twice), so the named queries use ``DISTINCT`` / ``COUNT(DISTINCT ...)`` throughout, and the
        parity tests check every one against rdflib's set union. Copying the set union into the default graph
        (``INSERT ... WHERE { GRAPH ?g ... }``) cost 30 % of the load at 10^7 triples (see BENCHMARKS.md).
        """
        p = Path(path)
        formats = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES}
        if p.suffix not in formats:
            raise QueryError(f"{p}: Oxigraph loads {', '.join(formats)} files")
        if not p.is_file():
            raise QueryError(f"{p}: no such graph file; run 'diplograph build' first")
        store = ox.Store(str(location)) if location else ox.Store()
        if location:
            store.clear()
        try:
            store.bulk_load(path=str(p), format=formats[p.suffix])
        except (SyntaxError, ValueError) as exc:
            raise QueryError(f"{p}: cannot parse the graph: {exc}") from None
        return cls(store, union=True)

    @classmethod
    def open(cls, location: Path | str, *, union: bool = False) -> "OxigraphBackend":
        """An existing persistent store, read-only; ``union``: query the union of its named graphs."""
        if not Path(location).is_dir():
            raise QueryError(f"{location}: no Oxigraph store there")
        return cls(ox.Store.read_only(str(location)), union=union)

    def execute(self, text: str, bindings: Mapping[str, Node], *, form: str | None = None) -> Result:
        shape = analyse(text)
        check_federation(shape, self.allow_service)
        form = form or shape.form
        subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
        try:
            try:
                res = self.store.query(text, use_default_graph_as_union=self.union, substitutions=subs or None)
            except RuntimeError as exc:
                if "projection" not in str(exc):
                    raise QueryError(f"Oxigraph could not run the query: {exc}") from None
                res = self.store.query(inject_values(text, bindings), use_default_graph_as_union=self.union)
        except SyntaxError as exc:
            raise QueryError(f"Oxigraph cannot parse the query: {exc}") from None
        except OSError as exc:
            raise QueryError(f"Oxigraph could not run the query: {exc}") from None
        if isinstance(res, ox.QueryBoolean):
            return Result(form="ASK", boolean=bool(res))
        if isinstance(res, ox.QueryTriples):
            g = Graph()
            for t in res:
                g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))  # type: ignore[arg-type]
            return Result(form=form, graph=g)
        names = [v.value for v in res.variables]
        # serialised by Oxigraph and split here: a tenth of the cost of a Python object per cell (see .tsv)
        tsv_names, rows = read_tsv(res.serialize(format=ox.QueryResultsFormat.TSV) or b"", normalise)
        if tsv_names != names:
            raise QueryError(f"Oxigraph's answer names the variables {tsv_names}, not {names}")
        return Result(form=form, vars=names, rows=rows)


class RemoteBackend:
    """Any SPARQL 1.1 Protocol endpoint over HTTP (urllib); parameters travel in a ``VALUES`` block.

    A short query goes as ``GET ?query=`` (cacheable, and what every store answers), a long one as a form
    ``POST`` (``application/x-www-form-urlencoded``: Virtuoso 7 never answers a ``POST`` of
    ``application/sparql-query``). ASK is read in every store's shape: ``{"boolean": ...}``, or a one-row
    answer such as Virtuoso's ``__ASK_RETVAL``. Errors tell a timeout from a refused connection from an
    HTTP error.
    """

    name = "remote"

    #: Longest URL sent with GET; longer queries are POSTed as a form.
    MAX_GET_URL = 2000

    def __init__(self, url: str, *, timeout: float = 60.0, allow_service: Sequence[str] = ()) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise QueryError(f"endpoint {url!r} is not an http(s) URL, e.g. http://127.0.0.1:7878/query")
        self.url = url
        self.timeout = timeout
        self.allow_service = tuple(allow_service)

    def request(self, text: str, accept: str) -> urllib.request.Request:
        """The HTTP request for ``text``: GET when the URL stays short, else a form POST."""
        encoded = urllib.parse.urlencode({"query": text})
        sep = "&" if urllib.parse.urlsplit(self.url).query else "?"
        headers = {"Accept": accept, "User-Agent": "diplograph"}
        if len(self.url) + 1 + len(encoded) <= self.MAX_GET_URL:
            return urllib.request.Request(self.url + sep + encoded, headers=headers, method="GET")
        headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
        return urllib.request.Request(self.url, data=encoded.encode("ascii"), headers=headers, method="POST")

    def _send(self, text: str, accept: str) -> bytes:
        req = self.request(text, accept)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return bytes(resp.read())
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip()
            raise QueryError(f"the endpoint {self.url} answered HTTP {exc.code} ({exc.reason}): {body[:500]}") from None
        except (TimeoutError, socket.timeout):
            raise QueryError(f"the endpoint {self.url} did not answer within {self.timeout:g} s (timeout); "
                             f"the query may be too slow for it, or the server is stuck") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise QueryError(f"the endpoint {self.url} did not answer within {self.timeout:g} s (timeout); "
                                 f"the query may be too slow for it, or the server is stuck") from None
            if isinstance(reason, ConnectionRefusedError):
                raise QueryError(f"cannot connect to {self.url}: connection refused; is the server running on that port?") from None
            if isinstance(reason, socket.gaierror):
                raise QueryError(f"cannot resolve the host of {self.url}: {reason.strerror}") from None
            raise QueryError(f"cannot reach the endpoint {self.url}: {reason}") from None
        except (ConnectionError, http.client.HTTPException) as exc:
            raise QueryError(f"the connection to {self.url} broke: {exc or type(exc).__name__}") from None

    def execute(self, text: str, bindings: Mapping[str, Node], *, form: str | None = None) -> Result:
        shape = analyse(text)
        check_federation(shape, self.allow_service)
        form = form or shape.form
        text = inject_values(text, bindings)
        if form in ("CONSTRUCT", "DESCRIBE"):
            body = self._send(text, "application/n-triples, text/plain;q=0.9")
            g = Graph()
            try:
                g.parse(data=body.decode("utf-8"), format="nt")
            except Exception as exc:  # rdflib's parser errors
                raise QueryError(f"the endpoint {self.url} did not answer N-Triples: {exc}") from None
            return Result(form=form, graph=g)
        body = self._send(text, "application/sparql-results+json")
        try:
            data = json.loads(body)
        except ValueError:
            raise QueryError(f"the endpoint {self.url} did not answer SPARQL JSON results: {body[:200]!r}") from None
        if form == "ASK":
            return Result(form="ASK", boolean=ask_answer(data))
        if not isinstance(data, dict) or "results" not in data:
            raise QueryError(f"the endpoint {self.url} answered no result rows for a {form}: {body[:200]!r}")
        names = list(data.get("head", {}).get("vars", []))
        rows = [{n: (term_from_json(b[n]) if n in b else None) for n in names} for b in data["results"]["bindings"]]
        return Result(form=form, vars=names, rows=rows)


_TRUE = {"true", "1"}
_FALSE = {"false", "0"}


def ask_answer(data: object) -> bool:
    """The boolean of an ASK answer in JSON, whatever the store's shape.

    >>> ask_answer({"head": {}, "boolean": True})
    True
    >>> ask_answer({"head": {"vars": ["__ask_retval"]}, "results": {"bindings": [{"__ask_retval": {"type": "literal", "value": "1"}}]}})
    True
    >>> ask_answer({"head": {"vars": ["__ask_retval"]}, "results": {"bindings": [{"__ask_retval": {"type": "literal", "value": "0"}}]}})
    False
    """
    if isinstance(data, dict) and isinstance(data.get("boolean"), bool):
        return bool(data["boolean"])
    if isinstance(data, dict) and isinstance(data.get("boolean"), str) and data["boolean"].lower() in _TRUE | _FALSE:
        return data["boolean"].lower() in _TRUE
    try:
        bindings = data["results"]["bindings"]  # type: ignore[index]
    except (KeyError, TypeError):
        raise QueryError(f"cannot read an ASK answer from {str(data)[:200]!r}") from None
    if not bindings:
        return False
    if len(bindings) == 1 and len(bindings[0]) == 1:
        value = str(next(iter(bindings[0].values())).get("value", "")).strip().lower()
        if value in _TRUE | _FALSE:
            return value in _TRUE
    raise QueryError(f"cannot read an ASK answer from {str(data)[:200]!r}")
