"""Pages of an unfiltered named query read from the order the build computed (:mod:`diplograph.graph.order`).

An engine answers ``ORDER BY ... LIMIT n OFFSET k`` by sorting every match first. When the graph holds the
order of a query (``graph:order``: each key's bucket, each bucket's first row, the query's number of rows and
the digest of its text), page ``K`` of ``N`` rows is read instead from the one to three buckets that hold rows
``(K-1)·N`` to ``K·N-1``: the query runs with ``VALUES ?_orderBucket { ... } ?KEY dg:orderBucket ?_orderBucket``
at the start of its ``WHERE`` group (an indexed lookup of the bucket IRIs), the engine sorts those rows in the
query's own order, and the page is cut at the offset the first bucket gives. Every page states the total.

The order is used only when it was computed from the same query text (its digest) and the rows found agree
with it; otherwise :func:`page_from_order` answers ``None`` and the caller cuts the page with ``LIMIT``/``OFFSET``.
"""

from __future__ import annotations

import re

from ..graph.order import bucket_iri, order_iri, query_digest
from .backends import Backend
from .catalog import NamedQuery
from .results import Page, Result
from .sparql import inject_block

__all__ = ["page_from_order"]

_DG = "https://w3id.org/diplograph/ontology#"
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")  # a catalogue name: it goes into the order's IRIs


def _order_meta(backend: Backend, name: str) -> tuple[int, int, str] | None:
    text = (f"SELECT ?rows ?size ?digest WHERE {{ {order_iri(name).n3()} <{_DG}rows> ?rows ; "
            f"<{_DG}bucketSize> ?size ; <{_DG}queryDigest> ?digest }}")
    rows = backend.execute(text, {}, form="SELECT").rows
    if len(rows) != 1:
        return None
    try:
        return int(str(rows[0]["rows"])), int(str(rows[0]["size"])), str(rows[0]["digest"])
    except (TypeError, ValueError):
        return None


def _first_rows(backend: Backend, name: str, buckets: range) -> dict[int, int]:
    iris = " ".join(bucket_iri(name, b).n3() for b in buckets)
    text = f"SELECT ?bucket ?first WHERE {{ VALUES ?bucket {{ {iris} }} ?bucket <{_DG}firstRow> ?first }}"
    out = {}
    for row in backend.execute(text, {}, form="SELECT").rows:
        out[int(str(row["bucket"]).rsplit("/", 1)[-1])] = int(str(row["first"]))
    return out


def page_from_order(backend: Backend, nq: NamedQuery, text: str, page_size: int, page: int) -> Result | None:
    """Page ``page`` of ``page_size`` rows of the unfiltered query ``nq`` (its SPARQL ``text``) from the graph's
    order, or ``None`` when the graph has no usable order for it."""
    if nq.order is None or nq.form != "SELECT" or not _NAME.match(nq.name):
        return None
    meta = _order_meta(backend, nq.name)
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
        starts = _first_rows(backend, nq.name, range(max(0, first - 1), last + 1))
        start = first if starts.get(first, offset + 1) <= offset else first - 1
        if start not in starts or starts[start] > offset:
            return None
        buckets = list(range(start, last + 1))
        skip = offset - starts[start]
    block = (" VALUES ?_orderBucket { " + " ".join(bucket_iri(nq.name, b).n3() for b in buckets) + " }\n"
             f" ?{nq.order} <{_DG}orderBucket> ?_orderBucket .\n")
    result = backend.execute(inject_block(text, block), {}, form="SELECT")
    if len(result.rows) < skip + (end - offset):
        return None  # the graph changed since its order was computed: let the engine cut the page
    result.rows = result.rows[skip:skip + max(0, end - offset)]
    result.page = Page(page, page_size, offset + 1, len(result.rows), offset + len(result.rows) < total, total)
    return result
