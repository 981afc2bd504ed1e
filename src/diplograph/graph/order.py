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

import yaml
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF

from ..namespace import DG, DGID, GRAPH
from .triples import Triple

__all__ = ["ORDER_GRAPH", "BUCKET_SIZE", "OrderSpec", "order_specs", "with_key", "compute_orders", "rdflib_select",
           "order_iri", "bucket_iri", "entity_order_iri", "query_digest", "text_for"]

#: The named graph of the orders.
ORDER_GRAPH = GRAPH["order"]
#: Rows per bucket: a page of 50 rows reads two buckets at most (three when a key's rows straddle a bucket's start).
BUCKET_SIZE = 50

#: A function that runs a SELECT: its variables and its rows (terms in the variables' order; None when unbound).
Select = Callable[[str], tuple[list[str], Iterable[Sequence[Hashable]]]]

_ORDER_LINE = re.compile(r"^#\+\s*order:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:#.*)?$", re.M)
_WHEN = re.compile(r"^([ \t]*)#\?([A-Za-z_][A-Za-z0-9_]*)[ \t](.*)$", re.M)
_WHERE = re.compile(r"^[ \t]*WHERE[ \t]*\{", re.M)
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


def entity_order_iri(name: str, param: str, entity: URIRef) -> URIRef:
    """The order of query ``name``'s answer for one entity given as parameter ``param``."""
    return DGID[f"order/{name}/{param}/{hashlib.sha256(str(entity).encode('utf-8')).hexdigest()[:16]}"]


def text_for(text: str, given: set[str]) -> str:
    """``text`` with the ``#?name ...`` lines of the ``given`` parameters taken in (as the query layer does)."""
    return _WHEN.sub(lambda m: m.group(1) + m.group(3) if m.group(2) in given else m.group(0), text)


def _entity_params(text: str) -> list[str]:
    """The parameters of type ``entity`` declared in the query's ``#+ params:`` header."""
    header = "\n".join(line[2:].removeprefix(" ") for line in text.splitlines() if line.startswith("#+"))
    try:
        meta = yaml.safe_load(header) or {}
    except yaml.YAMLError:
        return []
    params = meta.get("params") if isinstance(meta, dict) else None
    if not isinstance(params, dict):
        return []
    return sorted(str(n) for n, d in params.items() if isinstance(d, dict) and d.get("type") == "entity")


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


def _runs(spec: OrderSpec, select: Select) -> tuple[list[tuple[Hashable, int]], str | None]:
    """The keys of the unfiltered answer in order, each with its number of rows (next to each other)."""
    text, added = with_key(spec.text, spec.key)
    names, found = select(text)
    rows = [tuple(r) for r in found]
    k = names.index(spec.key)
    if added:
        _, plain = select(spec.text)
        if [r[:k] + r[k + 1:] for r in rows] != [tuple(r) for r in plain]:
            return [], f"a row of {spec.name} belongs to more than one {spec.key} (or the order is not total)"
    runs: list[tuple[Hashable, int]] = []
    seen: set[Hashable] = set()
    for row in rows:
        key = row[k]
        if key is None or isinstance(key, Literal) or not (isinstance(key, URIRef) or hasattr(key, "value") and not hasattr(key, "datatype")):
            return [], f"a row of {spec.name} has no {spec.key} IRI"
        if runs and runs[-1][0] == key:
            runs[-1] = (key, runs[-1][1] + 1)
            continue
        if key in seen:
            return [], f"the rows of one {spec.key} of {spec.name} are not next to each other in its order"
        seen.add(key)
        runs.append((key, 1))
    return runs, None


def _bucketed(spec: OrderSpec, node: URIRef, runs: list[tuple[Hashable, int]], bucket_size: int) -> list[Triple]:
    """The triples of one order: its node, each key's bucket, each bucket's first row."""
    total = sum(n for _, n in runs)
    triples: list[Triple] = [
        (node, RDF.type, DG.QueryOrder),
        (node, DG.orderOf, Literal(spec.name)),
        (node, DG.queryDigest, Literal(spec.digest)),
        (node, DG.rows, Literal(total)),
        (node, DG.bucketSize, Literal(bucket_size)),
    ]
    starts: dict[int, int] = {}
    at = 0
    for key, n in runs:
        bucket = at // bucket_size
        starts.setdefault(bucket, at)
        triples.append((_iri(key), DG.orderBucket, URIRef(f"{node}/{bucket}")))
        at += n
    for bucket, first in starts.items():
        triples.append((URIRef(f"{node}/{bucket}"), DG.firstRow, Literal(first)))
    return triples


def _entity_orders(spec: OrderSpec, select: Select, runs: list[tuple[Hashable, int]], bucket_size: int,
                   check: int | None) -> tuple[list[Triple], dict[str, str]]:
    """For each entity parameter of the query, the order of each entity's answer: the unfiltered order restricted
    to the keys the parameter's ``#?`` line relates to the entity. Checked against the filtered query itself for
    every entity (``check=None``) or for the ``check`` entities with the most rows."""
    triples: list[Triple] = []
    skipped: dict[str, str] = {}
    length = dict(runs)
    for param in _entity_params(spec.text):
        pattern = " ".join(m.group(3) for m in _WHEN.finditer(spec.text) if m.group(2) == param)
        if not re.search(rf"\?{re.escape(spec.key)}\b", pattern):
            continue
        prefixes = "\n".join(line for line in spec.text.splitlines() if line.upper().startswith("PREFIX"))
        _, pairs = select(f"{prefixes}\nSELECT DISTINCT ?{spec.key} ?{param} WHERE {{ {pattern} }}")
        of: dict[Hashable, set[Hashable]] = {}
        for key, value in pairs:
            if key in length and value is not None:
                of.setdefault(key, set()).add(value)
        answers: dict[Hashable, list[tuple[Hashable, int]]] = {}
        for key, n in runs:
            for value in of.get(key, ()):
                answers.setdefault(value, []).append((key, n))
        if any(max((n for _, n in a), default=0) > bucket_size for a in answers.values()):
            skipped[f"{spec.name}/{param}"] = "a key has more rows than a bucket"
            continue
        if not _agrees(spec, select, param, answers, runs, check):
            skipped[f"{spec.name}/{param}"] = f"its answer for one {param} is not the unfiltered answer restricted to it"
            continue
        for value, answer in answers.items():
            node = entity_order_iri(spec.name, param, _iri(value))
            triples += _bucketed(spec, node, answer, bucket_size)
            triples += [(node, DG.orderParameter, Literal(param)), (node, DG.orderValue, _iri(value))]
    return triples, skipped


def _agrees(spec: OrderSpec, select: Select, param: str, answers: dict[Hashable, list[tuple[Hashable, int]]],
            runs: list[tuple[Hashable, int]], check: int | None) -> bool:
    """Whether the filtered query answers, for the entities checked, the keys of their order (in order, same rows)."""
    chosen = sorted(answers, key=lambda v: (-sum(n for _, n in answers[v]), str(v)))
    if check is not None:
        chosen = chosen[:check]
    text, _ = with_key(text_for(spec.text, {param}), spec.key)
    brace = _WHERE.search(text)
    if brace is None:
        return False
    for value in chosen:
        bound = text[:brace.end()] + f" VALUES ?{param} {{ {_iri(value).n3()} }}\n" + text[brace.end():]
        names, rows = select(bound)
        k = names.index(spec.key)
        keys: list[tuple[Hashable, int]] = []
        for row in rows:
            key = row[k]
            if keys and keys[-1][0] == key:
                keys[-1] = (key, keys[-1][1] + 1)
            else:
                keys.append((key, 1))
        if keys != answers[value]:
            return False
    return True


def _iri(key: Hashable) -> URIRef:
    """A key as an rdflib IRI (an rdflib term, or any engine's named node with a ``value``)."""
    if isinstance(key, URIRef):
        return key
    value = getattr(key, "value", None)
    if isinstance(value, str):
        return URIRef(value)
    raise ValueError(f"an order key must be an IRI, not {key!r}")


def compute_orders(select: Select, queries_dir: Path | str, *, bucket_size: int = BUCKET_SIZE,
                   skipped: dict[str, str] | None = None, entities: bool = True, check: int | None = None) -> list[Triple]:
    """The order triples of every query of ``queries_dir`` with an ``#+ order:`` line, sorted; with ``entities``,
    the order of each entity's answer too (checked against the filtered query for every entity, or for the
    ``check`` entities with most rows). What is left out goes into ``skipped`` (name -> why)."""
    out: set[Triple] = set()
    for spec in order_specs(queries_dir):
        runs, why = _runs(spec, select)
        if why is None and runs and max(n for _, n in runs) > bucket_size:
            why = f"a {spec.key} of {spec.name} has more rows than a bucket"
        if why is not None:
            if skipped is not None:
                skipped[spec.name] = why
            continue
        out.update(_bucketed(spec, order_iri(spec.name), runs, bucket_size))
        if entities:
            triples, left = _entity_orders(spec, select, runs, bucket_size, check)
            out.update(triples)
            if skipped is not None:
                skipped.update(left)
    return sorted(out)


def rdflib_select(dataset: Dataset) -> Select:
    """A :data:`Select` over an rdflib dataset (its default graph the union of its graphs)."""

    def run(text: str) -> tuple[list[str], list[tuple[Hashable, ...]]]:
        res = dataset.query(text)
        names = [str(v) for v in (res.vars or [])]
        return names, [tuple(row) for row in res]  # type: ignore[arg-type]

    return run
