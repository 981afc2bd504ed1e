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
from .graph.diff import Diff, diff_sources
from .graph.lock import DEFAULT_TIMEOUT, writer_lock
from .graph.merge import MergeReport, merge
from .graph.publish import previous_dir
from .graph.readback import sources_from_dataset
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
from .model import Sources
from .query.entities import ENTITY_CLASSES as ENTITY_TYPES
from .settings import Settings
from .views import LEVELS, ViewError, write_view, write_views

__all__ = [
    "BuildResult", "RunResult", "IngestResult", "EvaluateResult", "build", "validate", "stats", "run",
    "answer_questions", "ingest", "remove", "evaluate", "diff", "conflicts", "Conflict", "Claim", "Diff",
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
    #: the records the graph was built from (curated and extracted, merged)
    sources: Sources | None = None
    #: for the build of an ingest or a removal: the facts it added, removed and changed
    changes: Diff | None = None


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
    wait: float = DEFAULT_TIMEOUT,
    notify: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the graph from curated sources and write it to ``out_dir`` (default ``graph/``; ``write=False``:
    build in memory only).

    Writing holds the home's writer lock (:func:`diplograph.graph.lock.writer_lock`: a second ``build`` or
    ``ingest`` waits up to ``wait`` seconds, telling ``notify``), and the files of the build replace the old
    ones together (:mod:`diplograph.graph.publish`).

    When the corpus is at hand (``corpus_dir``, default ``../shared/corpus``), every passage is first checked
    against the document text: same SHA-256, and the passage names an entity of its fact. A missing default
    corpus is skipped; a corpus given explicitly must exist; ``check_passages=False`` skips the check.

    The extracted documents of ``extracted_dir`` (default ``graph/extracted`` when present) are merged in,
    each in its own named graph (``merge_extracted=False``: curated sources only); see
    :func:`diplograph.graph.merge.merge` and ``BuildResult.merge``.
    """
    s = settings or Settings.discover()
    if write:
        with writer_lock(s.graph_dir, timeout=wait, notify=notify):
            return _build(sources_dir, out_dir, write, corpus_dir, check_passages, extracted_dir, merge_extracted, s, progress)
    return _build(sources_dir, out_dir, write, corpus_dir, check_passages, extracted_dir, merge_extracted, s, progress)


def _build(sources_dir: Path | str | None, out_dir: Path | str | None, write: bool, corpus_dir: Path | str | None, check_passages: bool,
           extracted_dir: Path | str | None, merge_extracted: bool, s: Settings, progress: Callable[[str], None] | None) -> BuildResult:
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
    ds = dataset_from_sources(sources, ontology, s.rules_dir, progress=progress, queries_dir=s.queries_dir)
    files: dict[str, Path] = {}
    if write:
        files = write_graph_files(ds, Path(out_dir) if out_dir is not None else s.graph_dir)
    return BuildResult(dataset=ds, files=files, stats=graph_stats(union_graph(ds)), corpus_checked=corpus is not None,
                       merge=report, extracted_dir=extracted, sources=sources)


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


def _curated(s: Settings) -> Sources:
    return load_sources(s.sources_dir)


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
    wait: float = DEFAULT_TIMEOUT,
    notify: Callable[[str], None] | None = None,
) -> tuple[IngestResult, BuildResult | None]:
    """Extract files (or folders of them) into the store of extracted documents (default
    ``graph/extracted``), then (``rebuild``) rebuild the graph with the store merged in.

    The store and the graph are written under the home's writer lock (a second ingest or build waits up
    to ``wait`` seconds), so nothing one ingest wrote is missing from the graph another one builds.
    Returns the per-file results and the build (None on a dry run, with ``rebuild=False`` or when no
    file was ingested); the build's ``changes`` list what the new documents added and changed.
    """
    s = settings or Settings.discover()
    store_dir = _store_dir(store, s)
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    curated = _curated(s)
    shas = {d.id: d.sha256 for d in curated.documents}
    if dry_run:
        return _extract.ingest(paths, store_dir=store_dir, entities_file=s.sources_dir / "entities.yaml", curated=shas,
                               published=published, dry_run=True, encoding=encoding, progress=progress, **kwargs), None
    with writer_lock(s.graph_dir, timeout=wait, notify=notify):
        before = load_store(store_dir) if rebuild else []
        result = _extract.ingest(paths, store_dir=store_dir, entities_file=s.sources_dir / "entities.yaml", curated=shas,
                                 published=published, dry_run=False, encoding=encoding, progress=progress, **kwargs)
        built = None
        if rebuild and any(r.ok for r in result.files):
            built = build(extracted_dir=store_dir, settings=s)
            built.changes = diff_sources(merge(curated, before)[0], built.sources or curated)
    return result, built


def remove(
    doc_ids: list[str], *, store: Path | str | None = None, rebuild: bool = True, settings: Settings | None = None,
    wait: float = DEFAULT_TIMEOUT, notify: Callable[[str], None] | None = None,
) -> tuple[list[str], BuildResult | None]:
    """Remove documents (by id, file path or file name) from the store and (``rebuild``) their facts from
    the graph, under the writer lock."""
    s = settings or Settings.discover()
    store_dir = _store_dir(store, s)
    with writer_lock(s.graph_dir, timeout=wait, notify=notify):
        before = load_store(store_dir) if rebuild else []
        removed = _extract.remove(doc_ids, store_dir=store_dir)
        built = None
        if rebuild and removed:
            curated = _curated(s)
            built = build(extracted_dir=store_dir if store_dir.is_dir() else None, merge_extracted=store_dir.is_dir(), settings=s)
            built.changes = diff_sources(merge(curated, before)[0], built.sources or curated)
    return removed, built


def diff(old: Path | str | None = None, new: Path | str | None = None, *, settings: Settings | None = None) -> Diff:
    """The facts added, removed and changed between two built graphs (folders or files), compared by
    fact identity (:mod:`diplograph.graph.diff`). Default: the graph before the last build
    (``graph/.previous``) and the graph now (``graph/``)."""
    s = settings or Settings.discover()
    new_path = Path(new) if new is not None else s.graph_dir
    if old is not None:
        old_path = Path(old)
    else:
        folder = new_path if new_path.is_dir() else s.graph_dir
        old_path = previous_dir(folder)
        if not (old_path / "diplograph.trig").is_file():
            raise DocumentError(f"{old_path}: no earlier build is kept here (it is kept from the second build on); pass OLD and NEW")
    return diff_sources(sources_from_dataset(_graph_files(old_path)), sources_from_dataset(_graph_files(new_path)))


def _graph_files(path: Path) -> Dataset:
    if path.is_dir() and (path / "diplograph.nq").is_file():
        return load(path / "diplograph.nq")
    return load(path)


@dataclass(frozen=True)
class Claim:
    """One value of a contradiction, with the documents and passages that state it."""

    value: str
    preferred: bool
    documents: tuple[str, ...]
    passages: tuple[str, ...]
    fact: str


@dataclass(frozen=True)
class Conflict:
    """Documents that disagree on a single-valued fact: the entities it concerns, the property, the claims
    (the preferred one first)."""

    id: str
    entity: str
    property: str
    claims: tuple[Claim, ...]

    def to_dict(self) -> dict[str, object]:
        return {"contradiction": self.id, "entity": self.entity, "property": self.property,
                "claims": [{"value": c.value, "preferred": c.preferred, "documents": list(c.documents),
                            "passages": list(c.passages), "fact": c.fact} for c in self.claims]}


def conflicts(*, graph: Path | str | Graph | None = None, subject: str | None = None, settings: Settings | None = None) -> list[Conflict]:
    """The contradictions recorded in the built graph (default ``graph/``), as the named query
    ``conflicts`` answers them (``subject``: only those concerning this entity)."""
    s = settings or Settings.discover()
    kg = KnowledgeGraph.load(graph, settings=s)
    rows = kg.query("conflicts", params={"subject": subject} if subject else None).to_dicts()
    out: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        out.setdefault(str(row["contradiction"]), []).append(row)

    def split(value: object) -> tuple[str, ...]:
        return tuple(x for x in str(value or "").split("; ") if x)

    result = []
    for cid, group in out.items():
        claims = tuple(Claim(str(r["value"]), str(r["preferred"]).lower() in ("true", "1"), split(r["documents"]), split(r["passages"]),
                             str(r["claim"]).rsplit("/", 1)[-1]) for r in group)
        claims = tuple(sorted(claims, key=lambda c: (not c.preferred, c.value, c.fact)))
        result.append(Conflict(cid.rsplit("/", 1)[-1], str(group[0]["entity"]), str(group[0]["property"]), claims))
    return sorted(result, key=lambda c: (c.entity, c.property, c.id))


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
