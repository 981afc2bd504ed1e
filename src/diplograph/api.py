"""The public API that the CLI mirrors: one function per command, same keyword names.

>>> result = build(out_dir=None)          # build in memory, write nothing
>>> result.stats.classes["Visit"] > 40
True
>>> validate().conforms
True
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from rdflib import Dataset

from .build import dataset_from_sources, load_ontology
from .errors import DocumentError, SourceError
from .export import write_graph_files
from .loading import load_dataset, union_graph
from .settings import Settings
from .sources import check_corpus, load_sources
from .stats import Stats, graph_stats
from .validate import Report, load_shapes, validate_graph

__all__ = ["BuildResult", "RunResult", "build", "validate", "stats", "run"]


@dataclass
class BuildResult:
    """What :func:`build` made: the dataset, the files written (if any) and its statistics."""

    dataset: Dataset
    files: dict[str, Path]
    stats: Stats
    corpus_checked: bool


def build(
    *,
    sources_dir: Path | str | None = None,
    out_dir: Path | str | None = "default",
    corpus_dir: Path | str | None = "default",
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the graph from curated sources and write it to ``out_dir`` (``None``: write nothing).

    When the corpus is at hand (default ``../shared/corpus``), every passage is first checked against the
    document text: same SHA-256, and the passage names an entity of its fact. A missing default corpus is
    skipped; a corpus given explicitly must exist.
    """
    s = settings or Settings.discover()
    sources = load_sources(Path(sources_dir) if sources_dir else s.sources_dir)
    corpus: Path | None
    if corpus_dir == "default":
        corpus = s.corpus_dir if s.corpus_dir.is_dir() else None
    else:
        corpus = Path(corpus_dir) if corpus_dir else None
        if corpus is not None and not corpus.is_dir():
            raise DocumentError(f"{corpus}: corpus folder not found")
    if corpus is not None:
        problems = check_corpus(sources, corpus)
        if problems:
            raise SourceError(f"{len(problems)} passage(s) do not fit the corpus text:\n  " + "\n  ".join(problems[:30]))
    ontology = load_ontology(s.ontology_file)
    ds = dataset_from_sources(sources, ontology, s.rules_dir, progress=progress)
    files = {}
    if out_dir is not None:
        files = write_graph_files(ds, s.graph_dir if out_dir == "default" else Path(out_dir))
    return BuildResult(dataset=ds, files=files, stats=graph_stats(union_graph(ds)), corpus_checked=corpus is not None)


def _dataset(graph: Path | str | Dataset | None, settings: Settings | None) -> Dataset:
    if isinstance(graph, Dataset):
        return graph
    return load_dataset(graph if graph is not None else (settings or Settings.discover()).graph_dir)


def validate(*, graph: Path | str | Dataset | None = None, shapes: Path | str | None = None, settings: Settings | None = None) -> Report:
    """Validate the built graph (default ``graph/``) against the SHACL shapes (default ``ontology/shapes.ttl``)."""
    s = settings or Settings.discover()
    data = union_graph(_dataset(graph, s))
    return validate_graph(data, load_shapes(shapes or s.shapes_file))


def stats(*, graph: Path | str | Dataset | None = None, settings: Settings | None = None) -> Stats:
    """Counts per class and relation, documents and dates covered, of the built graph (default ``graph/``)."""
    return graph_stats(union_graph(_dataset(graph, settings)))


@dataclass
class RunResult:
    """What the main job did: the build and the validation report of the built graph."""

    build: BuildResult
    report: Report


def run(*, settings: Settings | None = None, progress: Callable[[str], None] | None = None) -> RunResult:
    """The main job on the bundled sample: build ``graph/`` (checking passages), then validate it."""
    s = settings or Settings.discover()
    result = build(settings=s, progress=progress)
    if progress:
        progress("validating")
    report = validate(graph=result.dataset, settings=s)
    return RunResult(build=result, report=report)
