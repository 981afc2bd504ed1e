"""The public API that the CLI mirrors: one function per command, same keyword names.

>>> result = build(write=False)          # build in memory, write nothing
>>> result.stats.classes["Visit"] > 40
True
>>> validate().conforms
True
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from rdflib import Dataset, Graph

from .errors import DocumentError, SourceError
from .extract import ingest as _extract
from .files import atomic_write
from .graph.dataset import dataset_from_sources, load_ontology
from .graph.io import load, union_graph, write_graph_files
from .graph.merge import MergeReport, merge
from .graph.sources import check_corpus, load_sources
from .graph.stats import Stats, graph_stats
from .graph.store import load_store
from .graph.validate import Report, load_shapes, validate_graph
from .query.backends import BACKENDS
from .query.entities import Entity
from .query.knowledge import KnowledgeGraph, find_entities, list_queries, run_query
from .query.params import parse_assignments
from .query.results import FORMATS as RESULT_FORMATS
from .query.results import format_result, to_csv, to_markdown
from .query.serve import ServeConfig, start_endpoint
from .query.entities import ENTITY_CLASSES as ENTITY_TYPES
from .settings import Settings
from .views import LEVELS, ViewError, write_view, write_views

__all__ = [
    "BuildResult", "RunResult", "IngestResult", "EvaluateResult", "build", "validate", "stats", "run",
    "answer_questions", "ingest", "remove", "evaluate",
    # the query and view stages, as the CLI uses them
    "KnowledgeGraph", "list_queries", "run_query", "parse_assignments", "format_result", "RESULT_FORMATS", "BACKENDS",
    "ServeConfig", "start_endpoint", "write_view", "write_views", "LEVELS", "ViewError", "Entity", "find_entities",
    "ENTITY_TYPES",
]


@dataclass
class BuildResult:
    """What :func:`build` made: the dataset, the files written (if any) and its statistics."""

    dataset: Dataset
    files: dict[str, Path]
    stats: Stats
    corpus_checked: bool
    #: what merging the extracted documents did (None when none were merged)
    merge: MergeReport | None = None
    extracted_dir: Path | None = None


def build(
    *,
    sources_dir: Path | str | None = None,
    out_dir: Path | str | None = None,
    write: bool = True,
    corpus_dir: Path | str | None = None,
    check_passages: bool = True,
    extracted_dir: Path | str | None = None,
    merge_extracted: bool = True,
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the graph from curated sources and write it to ``out_dir`` (default ``graph/``; ``write=False``:
    build in memory only).

    When the corpus is at hand (``corpus_dir``, default ``../shared/corpus``), every passage is first checked
    against the document text: same SHA-256, and the passage names an entity of its fact. A missing default
    corpus is skipped; a corpus given explicitly must exist; ``check_passages=False`` skips the check.

    The extracted documents of ``extracted_dir`` (default ``graph/extracted`` when present) are merged in,
    each in its own named graph (``merge_extracted=False``: curated sources only); see
    :func:`diplograph.graph.merge.merge` and ``BuildResult.merge``.
    """
    s = settings or Settings.discover()
    sources = load_sources(Path(sources_dir) if sources_dir is not None else s.sources_dir)
    corpus: Path | None = None
    if check_passages:
        if corpus_dir is None:
            corpus = s.corpus_dir if s.corpus_dir.is_dir() else None
        else:
            corpus = Path(corpus_dir)
            if not corpus.is_dir():
                raise DocumentError(f"{corpus}: corpus folder not found")
    if corpus is not None:
        problems = check_corpus(sources, corpus)
        if problems:
            raise SourceError(f"{len(problems)} passage(s) do not fit the corpus text:\n  " + "\n  ".join(problems[:30]))
    extracted: Path | None = None
    if merge_extracted:
        if extracted_dir is None:
            extracted = s.graph_dir / "extracted" if (s.graph_dir / "extracted").is_dir() else None
        else:
            extracted = Path(extracted_dir)
            if not extracted.is_dir():
                raise DocumentError(f"{extracted}: folder of extracted documents not found (ingest documents first, or pass --no-extracted)")
    report = None
    if extracted is not None:
        sources, report = merge(sources, load_store(extracted))
    ontology = load_ontology(s.ontology_file)
    ds = dataset_from_sources(sources, ontology, s.rules_dir, progress=progress)
    files: dict[str, Path] = {}
    if write:
        files = write_graph_files(ds, Path(out_dir) if out_dir is not None else s.graph_dir)
    return BuildResult(dataset=ds, files=files, stats=graph_stats(union_graph(ds)), corpus_checked=corpus is not None,
                       merge=report, extracted_dir=extracted)


def _dataset(graph: Path | str | Dataset | None, settings: Settings | None) -> Dataset:
    if isinstance(graph, Dataset):
        return graph
    return load(graph if graph is not None else (settings or Settings.discover()).graph_dir)


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
    """What the main job did: the build, its validation, the answered questions and the views written."""

    build: BuildResult
    report: Report
    answers: dict[str, tuple[int, Path]]
    views: dict[str, Path]


def answer_questions(graph: Graph, out_dir: Path | str, *, settings: Settings | None = None) -> dict[str, tuple[int, Path]]:
    """Run every named query with its defaults on ``graph``; write ``NAME.md`` (title, description,
    table) and ``NAME.csv`` (W3C SPARQL CSV) per query into ``out_dir``. Returns rows and path per name."""
    s = settings or Settings.discover()
    kg = KnowledgeGraph.load(graph, settings=s)
    out = Path(out_dir)
    answers: dict[str, tuple[int, Path]] = {}
    for name, nq in sorted(kg.catalog.items()):
        result = kg.run(nq)
        md = out / f"{name}.md"
        atomic_write(md, f"# {nq.title}\n\n{nq.description.strip()}\n\n{to_markdown(result)}\n")
        atomic_write(out / f"{name}.csv", to_csv(result))
        answers[name] = (len(result), md)
    return answers


def run(
    *,
    out_dir: Path | str = "out",
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
) -> RunResult:
    """The main job on the bundled sample: build ``graph/`` (checking passages), validate it, answer every
    named query into ``OUT/answers/`` and write the views into ``OUT/views/``."""
    s = settings or Settings.discover()
    out = Path(out_dir)
    result = build(settings=s, progress=progress)
    if progress:
        progress("validating")
    union = union_graph(result.dataset)
    report = validate(graph=result.dataset, settings=s)
    if progress:
        progress("answering the named queries")
    answers = answer_questions(union, out / "answers", settings=s)
    if progress:
        progress("writing views")
    views = write_views(out / "views", graph=union, settings=s)
    return RunResult(build=result, report=report, answers=answers, views=views)


IngestResult = _extract.IngestResult
EvaluateResult = _extract.EvaluateResult


def _store_dir(store: Path | str | None, s: Settings) -> Path:
    return Path(store) if store is not None else s.graph_dir / "extracted"


def ingest(
    paths: list[Path | str],
    *,
    published: str | None = None,
    dry_run: bool = False,
    store: Path | str | None = None,
    max_bytes: int | None = None,
    encoding: str | None = None,
    rebuild: bool = True,
    settings: Settings | None = None,
    progress: Callable[[Path], None] | None = None,
) -> tuple[IngestResult, BuildResult | None]:
    """Extract files (or folders of them) into the store of extracted documents (default
    ``graph/extracted``), then (``rebuild``) rebuild the graph with the store merged in.

    Returns the per-file results and the build (None on a dry run, with ``rebuild=False`` or when no
    file was ingested).
    """
    s = settings or Settings.discover()
    store_dir = _store_dir(store, s)
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    result = _extract.ingest(paths, store_dir=store_dir, entities_file=s.sources_dir / "entities.yaml", published=published,
                             dry_run=dry_run, encoding=encoding, progress=progress, **kwargs)
    built = None
    if rebuild and not dry_run and any(r.ok for r in result.files):
        built = build(extracted_dir=store_dir, settings=s)
    return result, built


def remove(
    doc_ids: list[str], *, store: Path | str | None = None, rebuild: bool = True, settings: Settings | None = None
) -> tuple[list[str], BuildResult | None]:
    """Remove documents (by id or file path) from the store and (``rebuild``) their facts from the graph."""
    s = settings or Settings.discover()
    store_dir = _store_dir(store, s)
    removed = _extract.remove(doc_ids, store_dir=store_dir)
    built = None
    if rebuild and removed:
        built = build(extracted_dir=store_dir if store_dir.is_dir() else None, merge_extracted=store_dir.is_dir(), settings=s)
    return removed, built


def evaluate(
    docs: list[Path | str] | None = None,
    *,
    corpus_dir: Path | str | None = None,
    gold_dir: Path | str | None = None,
    settings: Settings | None = None,
) -> EvaluateResult:
    """Score extraction against curated facts: P/R/F1 per relation type.

    Default: the sample corpus (``../shared/corpus``) against ``graph/sources``. For another corpus pass its
    folder and a gold folder in the curated sources format (e.g. ``tests/devgold``). The extractor knows
    only the published graph's entities (``graph/sources/entities.yaml``).
    """
    s = settings or Settings.discover()
    return _extract.evaluate(
        docs,
        gold_dir=Path(gold_dir) if gold_dir is not None else s.sources_dir,
        corpus_dir=Path(corpus_dir) if corpus_dir is not None else s.corpus_dir,
        entities_file=s.sources_dir / "entities.yaml",
    )
