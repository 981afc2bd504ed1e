"""Read and write graphs: ``load(source)`` and ``dump(dataset, target)``, symmetric, any RDF format.

Both accept a path or a binary file object and guess the format from the file extension (``format=``
overrides it). ``write_graph_files`` writes ``graph/`` in every format through :func:`dump`:

- ``diplograph.ttl``: Turtle, the union of all graphs (ontology included);
- ``diplograph.trig`` and ``diplograph.nq``: one named graph per source document, plus ``ontology`` and
  ``entities``;
- ``diplograph.jsonld``: JSON-LD, one ``@graph`` per named graph, its context inline (also in ``context.jsonld``).

Every serialisation is sorted so that building twice gives the same bytes, and every file is written to a
temporary file and renamed into place, so a failure never leaves a half-written graph.

>>> import io
>>> ds = load(io.BytesIO(b"<urn:a> <urn:b> <urn:c> <urn:g> ."), format="nquads")
>>> buf = io.BytesIO(); dump(ds, buf, format="nquads"); print(buf.getvalue().decode(), end="")
<urn:a> <urn:b> <urn:c> <urn:g> .
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from rdflib import Dataset, Graph

from ..errors import DocumentError, ExportError, OntologyError
from ..files import atomic_write
from .publish import publish
from ..namespace import PREFIXES

__all__ = [
    "load", "dump", "load_dataset", "union_graph", "parse_turtle_file", "guess_format", "FORMATS",
    "write_graph_files", "serialize_turtle", "serialize_trig", "serialize_nquads", "serialize_jsonld",
    "jsonld_context", "GRAPH_FILES",
]

#: File extensions and the format name of each (rdflib's names).
FORMATS = {
    ".trig": "trig",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}

GRAPH_FILES = ("diplograph.ttl", "diplograph.trig", "diplograph.nq", "diplograph.jsonld", "context.jsonld")

Source = Path | str | IO[bytes]


def guess_format(path: Path | str) -> str:
    """The format name for a file name, or an error listing the known extensions.

    >>> guess_format("graph/diplograph.nq")
    'nquads'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise DocumentError(f"{path}: unknown RDF file extension {suffix!r}; use one of {', '.join(sorted(FORMATS))}")
    return FORMATS[suffix]


def load(source: Source, *, format: str | None = None) -> Dataset:
    """Load a graph file (or ``graph/diplograph.trig`` when given the ``graph/`` folder) into a dataset.

    Named graphs are kept for TriG and N-Quads; triples of other formats go to the default graph. A file
    object needs ``format`` unless it is TriG.
    """
    if not isinstance(source, (str, Path)):
        ds = Dataset(default_union=True)
        try:
            ds.parse(source, format=format or "trig")
        except Exception as exc:  # parser-specific errors
            raise DocumentError(f"cannot parse the stream as {format or 'trig'}: {exc}") from None
        return ds
    path = Path(source)
    if path.is_dir():
        path = path / "diplograph.trig"
    if not path.is_file():
        raise DocumentError(f"{path}: no such graph file; run 'diplograph build' first, or pass a .trig/.nq/.ttl/.jsonld file")
    fmt = format or guess_format(path)
    ds = Dataset(default_union=True)
    try:
        ds.parse(path, format=fmt)
    except Exception as exc:  # parser-specific errors
        raise DocumentError(f"{path}: cannot parse as {fmt}: {exc}") from None
    return ds


#: The older name of :func:`load`.
load_dataset = load


def _serialize(ds: Dataset | Graph, fmt: str) -> str:
    if fmt == "trig":
        return serialize_trig(_as_dataset(ds))
    if fmt == "nquads":
        return serialize_nquads(_as_dataset(ds))
    if fmt == "json-ld":
        return serialize_jsonld(_as_dataset(ds))
    if fmt == "turtle":
        return serialize_turtle(_union(ds) if isinstance(ds, Dataset) else ds)
    graph = _union(ds) if isinstance(ds, Dataset) else ds
    return graph.serialize(format=fmt)


def _as_dataset(g: Dataset | Graph) -> Dataset:
    if isinstance(g, Dataset):
        return g
    raise ExportError("this format keeps named graphs: pass a Dataset, or write Turtle/N-Triples for a single graph")


def dump(dataset: Dataset | Graph, target: Source, *, format: str | None = None) -> None:
    """Write a dataset (or a graph) to a path or a binary file object, deterministically.

    The format comes from ``format`` or the file extension (see :data:`FORMATS`); a path is written
    atomically. TriG, N-Quads and JSON-LD keep the named graphs; Turtle and N-Triples write their union.
    """
    if isinstance(target, (str, Path)):
        fmt = format or guess_format(target)
    elif format is None:
        raise ExportError("dump to a file object needs format=, one of " + ", ".join(sorted(set(FORMATS.values()))))
    else:
        fmt = format
    if fmt not in set(FORMATS.values()):
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(sorted(set(FORMATS.values())))}")
    text = _serialize(dataset, fmt)
    if isinstance(target, (str, Path)):
        try:
            atomic_write(Path(target), text)
        except OSError as exc:
            raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
    else:
        target.write(text.encode("utf-8"))


def union_graph(ds: Dataset) -> Graph:
    """All triples of all graphs of the dataset in one graph, with the dataset's prefixes."""
    g = Graph(bind_namespaces="none")
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def parse_turtle_file(path: Path | str, *, what: str) -> Graph:
    """Parse one of the project's own Turtle files (ontology, shapes); errors name ``what`` was being read."""
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except FileNotFoundError:
        raise OntologyError(f"{path}: {what} file not found") from None
    except Exception as exc:  # rdflib raises parser-specific errors
        raise OntologyError(f"{path}: cannot parse the {what}: {exc}") from None
    return g


def _bound_graph() -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def _union(ds: Dataset) -> Graph:  # the project prefixes, not the dataset's
    g = _bound_graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _prefix_lines(turtle: str) -> tuple[list[str], list[str]]:
    prefixes: list[str] = []
    body: list[str] = []
    for line in turtle.splitlines():
        (prefixes if line.startswith("@prefix") else body).append(line)
    return prefixes, body


def serialize_turtle(graph: Graph) -> str:
    """Turtle with the project's prefixes; rdflib sorts subjects, predicates and objects."""
    g = _bound_graph()
    for t in graph:
        g.add(t)
    return g.serialize(format="turtle")


def serialize_trig(ds: Dataset) -> str:
    """TriG with the named graphs in IRI order; the default graph is left empty."""
    prefixes: set[str] = set()
    blocks = []
    for ctx in sorted((c for c in ds.graphs() if len(c)), key=lambda c: str(c.identifier)):
        if str(ctx.identifier) == "urn:x-rdflib:default":
            raise ExportError("triples in the default graph: every triple must belong to a named graph")
        p, body = _prefix_lines(serialize_turtle(ctx))
        prefixes.update(p)
        lines = [f"    {line}" if line else "" for line in body]
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        blocks.append(f"<{ctx.identifier}> {{\n" + "\n".join(lines) + "\n}\n")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)


def serialize_nquads(ds: Dataset) -> str:
    """N-Quads, one line per quad, sorted."""
    lines = set()
    for ctx in ds.graphs():
        if not len(ctx):
            continue
        text = ctx.serialize(format="nt", encoding="utf-8").decode("utf-8")
        for line in text.splitlines():
            if line.strip():
                assert line.endswith(" .")
                lines.add(f"{line[:-2]} <{ctx.identifier}> .")
    return "\n".join(sorted(lines)) + "\n"


def jsonld_context() -> dict[str, object]:
    """The JSON-LD context: the project's prefixes."""
    return {"@context": {prefix: ns for prefix, ns in PREFIXES.items()}}


def _jsonld_nodes(graph: Graph, ctx: dict[str, object]) -> list[dict[str, object]]:
    data = json.loads(graph.serialize(format="json-ld", context=ctx, auto_compact=True))
    nodes: list[dict[str, object]] = data.get("@graph", [data] if "@id" in data else [])
    for node in nodes:
        node.pop("@context", None)
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    nodes.sort(key=lambda n: str(n.get("@id", "")))
    return nodes


def serialize_jsonld(ds: Dataset) -> str:
    """JSON-LD of the dataset: one ``@graph`` per named graph (in IRI order), nodes sorted by ``@id``.

    Compacted with :func:`jsonld_context`, written inline so that any JSON-LD processor reads the file alone,
    with no document loader (``context.jsonld`` holds the same context for other documents).
    """
    ctx = jsonld_context()["@context"]
    assert isinstance(ctx, dict)
    graphs = []
    for named in sorted((c for c in ds.graphs() if len(c)), key=lambda c: str(c.identifier)):
        if str(named.identifier) == "urn:x-rdflib:default":
            raise ExportError("triples in the default graph: every triple must belong to a named graph")
        g = _bound_graph()
        for t in named:
            g.add(t)
        graphs.append({"@id": str(named.identifier), "@graph": _jsonld_nodes(g, ctx)})
    doc = {"@context": ctx, "@graph": graphs}
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_graph_files(ds: Dataset, out_dir: Path | str) -> dict[str, Path]:
    """Serialise the dataset into ``out_dir`` in every format, with a manifest; all texts are made first,
    then the files of this build replace the old ones together (:func:`.publish.publish`: never a mix of
    two builds, and the previous build is kept in ``.previous/``)."""
    texts = {name: _serialize(ds, guess_format(name)) for name in GRAPH_FILES if name != "context.jsonld"}
    texts["context.jsonld"] = json.dumps(jsonld_context(), indent=1, sort_keys=True) + "\n"
    return publish(texts, out_dir)
