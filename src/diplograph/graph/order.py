"""The stable order of the paged named queries, computed once when the graph is built (``graph:order``).

An engine answers ``ORDER BY ... LIMIT 50`` by sorting every match first, so the first page of an unfiltered
query costs what the whole answer costs. Here each named query with an ``#+ order: KEY`` header line is run once,
unfiltered, over the built graph; ``KEY`` is the variable each row is about (the fact, person or tally). The
answer, in its order, is cut into buckets of :data:`BUCKET_SIZE` rows: every key gets
``dg:orderBucket`` the bucket its first row falls in, every bucket its ``dg:firstRow``, and the query a
:class:`dg:QueryOrder` node with its number of rows and the digest of its text. A page is then the rows of the
keys of one or two buckets (an indexed lookup of the bucket IRIs), sorted, and cut at the offset the buckets
give (:mod:`diplograph.query.paging`).

A query gets an order only when its rows can be found again that way: each key's rows are next to each other
in the order (at most one bucket long), and, when the key is not a column of the answer, adding it as one
changes no row. Otherwise the query is left out and its pages are cut by the engine, as before.

The same function serves the build (rdflib, :func:`rdflib_select`) and the benchmark's generated graphs
(Oxigraph): it only needs a function that runs a SELECT and answers its variables and rows.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Hashable, Iterable, Sequence

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF

from ..namespace import DG, DGID, GRAPH
from .triples import Triple

__all__ = ["ORDER_GRAPH", "BUCKET_SIZE", "OrderSpec", "order_specs", "with_key", "compute_orders", "rdflib_select",
           "order_iri", "bucket_iri", "query_digest"]

#: The named graph of the orders.
ORDER_GRAPH = GRAPH["order"]
#: Rows per bucket: a page of 50 rows reads two buckets at most (three when a key's rows straddle a bucket's start).
BUCKET_SIZE = 50

#: A function that runs a SELECT: its variables and its rows (terms in the variables' order; None when unbound).
Select = Callable[[str], tuple[list[str], Iterable[Sequence[Hashable]]]]

_ORDER_LINE = re.compile(r"^#\+\s*order:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:#.*)?$", re.M)
_SELECT = re.compile(r"^([ \t]*SELECT[ \t]+(?:(?:DISTINCT|REDUCED)[ \t]+)?)(.*?)\bWHERE\b", re.M | re.S | re.I)


@dataclass(frozen=True)
class OrderSpec:
    """A named query to order: its name, key variable, text and the digest of its text."""

    name: str
    key: str
    text: str

    @property
    def digest(self) -> str:
        return query_digest(self.text)


def query_digest(text: str) -> str:
    """The SHA-256 of a query's text (an order is used only for the text it was computed from)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def order_iri(name: str) -> URIRef:
    return DGID[f"order/{name}"]


def bucket_iri(name: str, bucket: int) -> URIRef:
    return DGID[f"order/{name}/{bucket}"]


def order_specs(queries_dir: Path | str) -> list[OrderSpec]:
    """The queries of ``queries_dir`` with an ``#+ order: KEY`` line, sorted by name."""
    out = []
    for path in sorted(Path(queries_dir).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        m = _ORDER_LINE.search(text)
        if m:
            out.append(OrderSpec(path.stem, m.group(1), text))
    return out


def with_key(text: str, key: str) -> tuple[str, bool]:
    """``text`` with ``?key`` added to the top-level projection when it is not there; and whether it was added."""
    m = _SELECT.search(text)
    if m is None:
        raise ValueError("no top-level SELECT ... WHERE")
    if re.search(rf"(?<!AS )\?{re.escape(key)}\b", m.group(2)):
        return text, False
    return text[: m.end(1)] + f"?{key} " + text[m.end(1):], True


def _order_of(spec: OrderSpec, select: Select, bucket_size: int) -> tuple[list[Triple], str | None]:
    text, added = with_key(spec.text, spec.key)
    names, found = select(text)
    rows = [tuple(r) for r in found]
    k = names.index(spec.key)
    if added:
        _, plain = select(spec.text)
        if [r[:k] + r[k + 1:] for r in rows] != [tuple(r) for r in plain]:
            return [], f"a row of {spec.name} belongs to more than one {spec.key} (or the order is not total)"
    first: dict[Hashable, int] = {}
    length: dict[Hashable, int] = {}
    previous: Hashable = object()
    for i, row in enumerate(rows):
        key = row[k]
        if key is None or isinstance(key, Literal) or not (isinstance(key, URIRef) or hasattr(key, "value") and not hasattr(key, "datatype")):
            return [], f"a row of {spec.name} has no {spec.key} IRI"
        if key != previous:
            if key in first:
                return [], f"the rows of one {spec.key} of {spec.name} are not next to each other in its order"
            first[key] = i
        length[key] = length.get(key, 0) + 1
        previous = key
    if length and max(length.values()) > bucket_size:
        return [], f"a {spec.key} of {spec.name} has more rows than a bucket"
    node = order_iri(spec.name)
    triples: list[Triple] = [
        (node, RDF.type, DG.QueryOrder),
        (node, DG.orderOf, Literal(spec.name)),
        (node, DG.queryDigest, Literal(spec.digest)),
        (node, DG.rows, Literal(len(rows))),
        (node, DG.bucketSize, Literal(bucket_size)),
    ]
    starts: dict[int, int] = {}
    for key, at in first.items():
        bucket = at // bucket_size
        starts[bucket] = min(starts.get(bucket, at), at)
        triples.append((_iri(key), DG.orderBucket, bucket_iri(spec.name, bucket)))
    for bucket, at in starts.items():
        triples.append((bucket_iri(spec.name, bucket), DG.firstRow, Literal(at)))
    return triples, None


def _iri(key: Hashable) -> URIRef:
    """A key as an rdflib IRI (an rdflib term, or any engine's named node with a ``value``)."""
    if isinstance(key, URIRef):
        return key
    value = getattr(key, "value", None)
    if isinstance(value, str):
        return URIRef(value)
    raise ValueError(f"an order key must be an IRI, not {key!r}")


def compute_orders(select: Select, queries_dir: Path | str, *, bucket_size: int = BUCKET_SIZE,
                   skipped: dict[str, str] | None = None) -> list[Triple]:
    """The order triples of every query of ``queries_dir`` with an ``#+ order:`` line, sorted; the queries left
    out go into ``skipped`` (name -> why)."""
    out: set[Triple] = set()
    for spec in order_specs(queries_dir):
        triples, why = _order_of(spec, select, bucket_size)
        if why is not None:
            if skipped is not None:
                skipped[spec.name] = why
            continue
        out.update(triples)
    return sorted(out)


def rdflib_select(dataset: Dataset) -> Select:
    """A :data:`Select` over an rdflib dataset (its default graph the union of its graphs)."""

    def run(text: str) -> tuple[list[str], list[tuple[Hashable, ...]]]:
        res = dataset.query(text)
        names = [str(v) for v in (res.vars or [])]
        return names, [tuple(row) for row in res]  # type: ignore[arg-type]

    return run
