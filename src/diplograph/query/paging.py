"""Pages of an unfiltered named query read from the order the build computed (:mod:`diplograph.graph.order`).

An engine answers ``ORDER BY ... LIMIT n OFFSET k`` by sorting every match first. When the graph holds the
order of a query (``graph:order``: each key's bucket, each bucket's first row, the query's number of rows and
the digest of its text; the same for the answer of each entity given as the query's parameter), page ``K`` of ``N`` rows is read instead from the one to three buckets that hold rows
``(K-1)·N`` to ``K·N-1``: the query runs with ``VALUES ?_orderBucket { ... } ?KEY dg:orderBucket ?_orderBucket``
at the start of its ``WHERE`` group (an indexed lookup of the bucket IRIs), the engine sorts those rows in the
query's own order, and the page is cut at the offset the first bucket gives. Every page states the total.

The order is used only when it was computed from the same query text (its digest) and the rows found agree
with it; otherwise :func:`page_from_order` answers ``None`` and the caller cuts the page with ``LIMIT``/``OFFSET``.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.term import Node

from ..graph.order import entity_order_iri, order_iri, query_digest
from .backends import Backend
from .catalog import NamedQuery
from .results import Page, Result
from .sparql import inject_block

__all__ = ["page_from_order"]

_DG = "https://w3id.org/diplograph/ontology#"
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")  # a catalogue name: it goes into the order's IRIs


def _order_meta(backend: Backend, node: URIRef) -> tuple[int, int, str] | None:
    text = (f"SELECT ?rows ?size ?digest WHERE {{ {node.n3()} <{_DG}rows> ?rows ; "
            f"<{_DG}bucketSize> ?size ; <{_DG}queryDigest> ?digest }}")
    rows = backend.execute(text, {}, form="SELECT").rows
    if len(rows) != 1:
        return None
    try:
        return int(str(rows[0]["rows"])), int(str(rows[0]["size"])), str(rows[0]["digest"])
    except (TypeError, ValueError):
        return None


def _bucket(node: URIRef, number: int) -> URIRef:
    return URIRef(f"{node}/{number}")


def _first_rows(backend: Backend, node: URIRef, buckets: range) -> dict[int, int]:
    iris = " ".join(_bucket(node, b).n3() for b in buckets)
    text = f"SELECT ?bucket ?first WHERE {{ VALUES ?bucket {{ {iris} }} ?bucket <{_DG}firstRow> ?first }}"
    out = {}
    for row in backend.execute(text, {}, form="SELECT").rows:
        out[int(str(row["bucket"]).rsplit("/", 1)[-1])] = int(str(row["first"]))
    return out


def page_from_order(backend: Backend, nq: NamedQuery, page_size: int, page: int,
                    given: dict[str, Node] | None = None) -> Result | None:
    """Page ``page`` of ``page_size`` rows of the query ``nq`` from the graph's order: of the unfiltered answer
    when no parameter was ``given``, of the entity's answer when one entity parameter was (its buckets hold only
    the keys of that entity, so the unfiltered text restricted to them is the entity's answer: the build checked
    it); ``None`` when the graph has no usable order for it."""
    if nq.order is None or nq.form != "SELECT" or not _NAME.match(nq.name):
        return None
    if not given:
        node = order_iri(nq.name)
    elif len(given) == 1:
        param, value = next(iter(given.items()))
        spec = nq.params.get(param)
        if spec is None or spec.type != "entity" or not isinstance(value, URIRef):
            return None
        node = entity_order_iri(nq.name, param, value)
    else:
        return None
    meta = _order_meta(backend, node)
    if meta is None:
        return None
    total, size, digest = meta
    if digest != query_digest(nq.text) or size < 1:
        return None
    offset = (page - 1) * page_size
    end = min(offset + page_size, total)
    buckets = [-1]  # past the last row: a bucket no key is in (the engine still names the columns)
    skip = 0
    if offset < total:
        first, last = offset // size, (end - 1) // size
        starts = _first_rows(backend, node, range(max(0, first - 1), last + 1))
        start = first if starts.get(first, offset + 1) <= offset else first - 1
        if start not in starts or starts[start] > offset:
            return None
        buckets = list(range(start, last + 1))
        skip = offset - starts[start]
    block = (" VALUES ?_orderBucket { " + " ".join(_bucket(node, b).n3() for b in buckets) + " }\n"
             f" ?{nq.order} <{_DG}orderBucket> ?_orderBucket .\n")
    result = backend.execute(inject_block(nq.text, block), {}, form="SELECT")
    if len(result.rows) < skip + (end - offset):
        return None  # the graph changed since its order was computed: let the engine cut the page
    result.rows = result.rows[skip:skip + max(0, end - offset)]
    result.page = Page(page, page_size, offset + 1, len(result.rows), offset + len(result.rows) < total, total)
    return result
