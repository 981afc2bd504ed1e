"""Write the dataset to ``graph/`` in four formats, deterministically and atomically.

- ``diplograph.ttl``: Turtle, the union of all graphs (ontology included);
- ``diplograph.trig`` and ``diplograph.nq``: one named graph per source document, plus ``ontology`` and
  ``entities``;
- ``diplograph.jsonld`` with its context in ``context.jsonld``.

Every file is sorted so that building twice gives the same bytes, and each is written to a temporary file
and renamed into place, so a failure never leaves a half-written graph.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .errors import ExportError
from .namespace import PREFIXES

__all__ = ["write_graph_files", "serialize_turtle", "serialize_trig", "serialize_nquads", "serialize_jsonld", "jsonld_context", "GRAPH_FILES", "atomic_write"]

GRAPH_FILES = ("diplograph.ttl", "diplograph.trig", "diplograph.nq", "diplograph.jsonld", "context.jsonld")


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


def serialize_jsonld(ds: Dataset) -> str:
    """JSON-LD of the union graph, compacted with :func:`jsonld_context`, nodes sorted by ``@id``."""
    g = _union(ds)
    ctx = jsonld_context()["@context"]
    data = json.loads(g.serialize(format="json-ld", context=ctx, auto_compact=True))
    nodes = data.get("@graph", [data] if "@id" in data else [])
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    nodes.sort(key=lambda n: str(n.get("@id", "")))
    doc = {"@context": "context.jsonld", "@graph": nodes}
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, text: str) -> None:
    """Write text to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_graph_files(ds: Dataset, out_dir: Path | str) -> dict[str, Path]:
    """Serialise the dataset into ``out_dir``; all files are produced before any is replaced."""
    out = Path(out_dir)
    try:
        texts = {
            "diplograph.ttl": serialize_turtle(_union(ds)),
            "diplograph.trig": serialize_trig(ds),
            "diplograph.nq": serialize_nquads(ds),
            "diplograph.jsonld": serialize_jsonld(ds),
            "context.jsonld": json.dumps(jsonld_context(), indent=1, sort_keys=True) + "\n",
        }
        written = {}
        for name in GRAPH_FILES:
            atomic_write(out / name, texts[name])
            written[name] = out / name
    except OSError as exc:
        raise ExportError(f"cannot write the graph to {out}: {exc.strerror or exc}") from None
    return written
