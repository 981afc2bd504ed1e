"""Commands of the graph stage: ``build``, ``run``, ``validate``, ``stats``."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.table import Table

from .. import api
from ._common import EXIT_INVALID, console, handle_errors, home_option, settings_for

__all__ = ["COMMANDS", "echo_merge"]


@click.command()
@home_option
@click.option("--sources", "sources_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of curated sources. Default: graph/sources.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the graph files. Default: graph/.")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the source documents, to check passages against. Default: ../shared/corpus when present.")
@click.option("--no-corpus-check", is_flag=True, help="Do not check passages against the documents.")
@click.option("--extracted", "extracted_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of extracted documents to merge in (see ingest). Default: graph/extracted when present.")
@click.option("--no-extracted", is_flag=True, help="Build from the curated sources only.")
@handle_errors
def build(home: Path | None, sources_dir: Path | None, out_dir: Path | None, corpus_dir: Path | None, no_corpus_check: bool,
          extracted_dir: Path | None, no_extracted: bool) -> None:
    """Build the graph from the curated sources (and extracted documents) into Turtle, TriG, N-Quads and JSON-LD."""
    settings = settings_for(home)
    err = console(err=True)
    with err.status("building graph") as status:
        result = api.build(
            sources_dir=sources_dir,
            out_dir=out_dir,
            corpus_dir=corpus_dir,
            check_passages=not no_corpus_check,
            extracted_dir=extracted_dir,
            merge_extracted=not no_extracted,
            settings=settings,
            progress=lambda doc: status.update(f"building graph: {doc}"),
        )
    echo_merge(result)
    st = result.stats
    click.echo(
        f"built {st.triples} triples from {len(st.documents)} documents: {st.facts} facts, {st.classes.get('Visit', 0)} visits"
        + ("" if result.corpus_checked else " (passages not checked: corpus not found)")
    )
    for name, path in result.files.items():
        click.echo(f"  wrote {path}")


def echo_merge(result: api.BuildResult) -> None:
    """Say what merging the extracted documents did; disagreements with curated facts go to stderr."""
    m = result.merge
    if m is None:
        return
    for line in m.conflicts or []:
        click.echo(f"conflict: {line}", err=True)
    for line in m.dropped or []:
        click.echo(f"left out: {line}", err=True)
    click.echo(f"merged {result.extracted_dir}: {m.kept} extracted facts kept, {m.duplicates} already curated, "
               f"{len(m.conflicts or [])} disagreeing with curated facts (curated kept)")


@click.command()
@home_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"), show_default=True,
              help="Where to write the answers (OUT/answers) and the views (OUT/views).")
@handle_errors
def run(home: Path | None, out_dir: Path) -> None:
    """The main job on the bundled sample: build graph/, validate it, answer the named queries, write the views."""
    settings = settings_for(home)
    with console(err=True).status("building") as status:
        result = api.run(out_dir=out_dir, settings=settings, progress=lambda step: status.update(step))
    st = result.build.stats
    click.echo(f"graph: {st.triples} triples, {st.facts} facts ({st.classes.get('Visit', 0)} visits) from {len(st.documents)} documents, "
               f"dates {st.first_date} to {st.last_date}")
    for path in result.build.files.values():
        click.echo(f"  wrote {path}")
    click.echo(f"validation: {len(result.report.violations)} violation(s), {len(result.report.warnings)} warning(s)")
    for f in result.report.violations:
        click.echo(f"  {f.focus} {f.path}: {f.message}")
    click.echo(f"answers: {len(result.answers)} named queries in {out_dir / 'answers'}")
    for name, (rows, _) in result.answers.items():
        click.echo(f"  {name:<16} {rows:>4} rows")
    click.echo(f"views: {len(result.views)} pages in {out_dir / 'views'} (open {result.views['index']})")
    if not result.report.conforms:
        sys.exit(EXIT_INVALID)


@click.command()
@home_option
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option("--shapes", type=click.Path(dir_okay=False, path_type=Path), default=None, help="SHACL shapes. Default: ontology/shapes.ttl.")
@click.option("--warnings/--no-warnings", default=True, help="Also list warnings (they never fail validation).")
@handle_errors
def validate(home: Path | None, graph: Path | None, shapes: Path | None, warnings: bool) -> None:
    """Validate GRAPH (default graph/) against the SHACL shapes; exit 1 on any violation."""
    settings = settings_for(home)
    with console(err=True).status("validating"):
        report = api.validate(graph=graph, shapes=shapes, settings=settings)
    shown = report.findings if warnings else report.violations
    for f in shown:
        click.echo(f"{f.severity}: {f.focus}")
        click.echo(f"  path:    {f.path or '-'}")
        click.echo(f"  message: {f.message}")
        if f.value:
            click.echo(f"  value:   {f.value}")
        if f.shape:
            click.echo(f"  shape:   {f.shape}")
    click.echo(f"{len(report.violations)} violation(s), {len(report.warnings)} warning(s)")
    if not report.conforms:
        sys.exit(EXIT_INVALID)


@click.command()
@home_option
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@handle_errors
def stats(home: Path | None, graph: Path | None) -> None:
    """Counts per class and per relation, documents, and the date range of GRAPH (default graph/)."""
    st = api.stats(graph=graph, settings=settings_for(home))
    out = console()
    out.print(f"{st.triples} triples; dates from {st.first_date} to {st.last_date} ({st.dated_facts} dated facts)")
    for title, data in (("class", st.classes), ("relation", st.relations)):
        table = Table(title=f"per {title}")
        table.add_column(title)
        table.add_column("count", justify="right")
        for key, n in data.items():
            table.add_row(key, str(n))
        out.print(table)
    table = Table(title="documents")
    for col in ("document", "published", "facts", "title"):
        table.add_column(col, overflow="fold")
    for doc, title, published, facts in st.documents:
        table.add_row(doc, published, str(facts), title)
    out.print(table)



COMMANDS = (build, run, validate, stats)
