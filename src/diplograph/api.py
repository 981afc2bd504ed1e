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

from rdflib import Dataset, Graph

from .build import dataset_from_sources, load_ontology
from .errors import DocumentError, SourceError
from .export import atomic_write, write_graph_files
from .extract.store import MergeReport, load_store, merge
from .knowledge import KnowledgeGraph
from .results import to_csv, to_markdown
from .loading import load_dataset, union_graph
from .settings import Settings
from .sources import check_corpus, load_sources
from .stats import Stats, graph_stats
from .validate import Report, load_shapes, validate_graph
from .views import write_views

__all__ = ["BuildResult", "RunResult", "build", "validate", "stats", "run", "answer_questions"]


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
    out_dir: Path | str | None = "default",
    corpus_dir: Path | str | None = "default",
    extracted_dir: Path | str | None = "default",
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the graph from curated sources and write it to ``out_dir`` (``None``: write nothing).

    When the corpus is at hand (default ``../shared/corpus``), every passage is first checked against the
    document text: same SHA-256, and the passage names an entity of its fact. A missing default corpus is
    skipped; a corpus given explicitly must exist.

    The extracted documents of ``extracted_dir`` (default ``graph/extracted`` when present; ``None``: none)
    are merged in, each in its own named graph; curated facts win where they disagree
    (see :func:`diplograph.extract.store.merge` and ``BuildResult.merge``).
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
    extracted: Path | None
    if extracted_dir == "default":
        extracted = s.graph_dir / "extracted" if (s.graph_dir / "extracted").is_dir() else None
    else:
        extracted = Path(extracted_dir) if extracted_dir else None
        if extracted is not None and not extracted.is_dir():
            raise DocumentError(f"{extracted}: folder of extracted documents not found (ingest documents first, or pass --no-extracted)")
    report = None
    if extracted is not None:
        sources, report = merge(sources, load_store(extracted))
    ontology = load_ontology(s.ontology_file)
    ds = dataset_from_sources(sources, ontology, s.rules_dir, progress=progress)
    files = {}
    if out_dir is not None:
        files = write_graph_files(ds, s.graph_dir if out_dir == "default" else Path(out_dir))
    return BuildResult(dataset=ds, files=files, stats=graph_stats(union_graph(ds)), corpus_checked=corpus is not None,
                       merge=report, extracted_dir=extracted)


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
