"""Read a built graph back: a file of any RDF format, or the ``graph/`` folder (its TriG file).

>>> from diplograph.settings import Settings
>>> ds = load_dataset(Settings.discover().graph_dir)
>>> len(list(ds.graphs())) >= 3
True
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from rdflib import Dataset, Graph

from .errors import DocumentError, OntologyError

__all__ = ["load_dataset", "union_graph", "parse_turtle_file", "FORMATS", "guess_format"]

#: File extensions and the rdflib parser for each.
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


def guess_format(path: Path | str) -> str:
    """The rdflib format name for a file name, or an error listing the known extensions."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise DocumentError(f"{path}: unknown RDF file extension {suffix!r}; use one of {', '.join(sorted(FORMATS))}")
    return FORMATS[suffix]


def load_dataset(source: Path | str | IO[bytes], *, format: str | None = None) -> Dataset:
    """Load a graph file, or ``graph/diplograph.trig`` when given the folder.

    Named graphs are kept for TriG and N-Quads; triples of other formats go to the default graph.
    """
    if not isinstance(source, (str, Path)):
        ds = Dataset(default_union=True)
        ds.parse(source, format=format or "trig")
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
