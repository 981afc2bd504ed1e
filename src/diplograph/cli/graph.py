"""Commands of the graph stage: ``build``, ``run``, ``validate``, ``stats``, ``diff``, ``conflicts``."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click
from rich.table import Table

from .. import api
from ._common import EXIT_INVALID, console, handle_errors, home_option, settings_for

__all__ = ["COMMANDS", "echo_merge", "echo_changes", "wait_option"]


wait_option = click.option("--wait", type=float, default=600.0, show_default=True,
                           help="Seconds to wait for another ingest or build writing the same home, then fail.")


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
@wait_option
@handle_errors
def build(home: Path | None, sources_dir: Path | None, out_dir: Path | None, corpus_dir: Path | None, no_corpus_check: bool,
          extracted_dir: Path | None, no_extracted: bool, wait: float) -> None:
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
            wait=wait,
            notify=lambda msg: status.update(msg),
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
    """Say what merging the extracted documents did; facts left out and contradictions go to stderr."""
    m = result.merge
    if m is None:
        return
    for p in m.problems:
        click.echo(f"{'left out' if p.kind in ('fact', 'document') else 'note'}: {p}", err=True)
    for c in m.contradictions:
        click.echo(f"contradiction: documents disagree on the {c.contested} of {c.preferred} ({', '.join(c.claims[1:])} say otherwise); "
                   f"{c.preferred} preferred, all kept (diplograph conflicts lists them)", err=True)
    click.echo(f"merged {result.extracted_dir}: {len(m.new)} new facts, {len(m.merged)} merged into facts already known, "
               f"{len(m.contradictions)} contradiction(s)")


_MARK = {"added": "+", "removed": "-", "changed": "~"}


def echo_changes(changes: api.Diff | None) -> None:
    """What each document added, changed and removed (one block per document)."""
    if changes is None:
        return
    if not changes:
        click.echo("no fact added, removed or changed")
        return
    for doc, items in changes.by_document().items():
        counts = {k: sum(1 for c in items if c.kind == k) for k in ("added", "changed", "removed")}
        click.echo(f"{doc}: " + ", ".join(f"{n} {k}" for k, n in counts.items() if n))
        for c in items:
            click.echo(f"  {_MARK[c.kind]} {c.label} [{c.fact}]" + (f": {'; '.join(c.details)}" if c.details and c.kind == "changed" else ""))


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



@click.command()
@home_option
@click.argument("old", required=False, type=click.Path(exists=True, path_type=Path))
@click.argument("new", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "json"]), default="table", show_default=True)
@handle_errors
def diff(home: Path | None, old: Path | None, new: Path | None, fmt: str) -> None:
    """Facts added, removed and changed from the graph OLD to NEW (folders or files), grouped by document.
    Facts are matched by identity (type, participants, compatible dates), not by triples. Default: the
    graph before the last build (graph/.previous) and graph/ now."""
    result = api.diff(old, new, settings=settings_for(home))
    groups = result.by_document()
    if fmt == "json":
        click.echo(json.dumps({"counts": result.counts(), "documents": {d: [c.to_dict() for c in cs] for d, cs in groups.items()}},
                              indent=1, ensure_ascii=False))
        return
    if fmt == "markdown":
        lines = []
        for d, cs in groups.items():
            lines += [f"## {d}", "", "| change | fact | id | details |", "|---|---|---|---|"]
            lines += [f"| {c.kind} | {_md(c.label)} | {_md(c.fact)} | {_md('; '.join(c.details))} |" for c in cs]
            lines.append("")
        click.echo("\n".join(lines) if lines else "No fact added, removed or changed.")
        return
    out = console()
    for d, cs in groups.items():
        table = Table(title=d, title_justify="left")
        for col in ("change", "fact", "id", "details"):
            table.add_column(col, overflow="fold")
        for c in cs:
            table.add_row(c.kind, c.label, c.fact, "; ".join(c.details))
        out.print(table)
    counts = result.counts()
    click.echo(f"{counts['added']} added, {counts['changed']} changed, {counts['removed']} removed")


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


@click.command()
@home_option
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--subject", default=None, help="Only contradictions concerning this entity (slug such as hungary).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@handle_errors
def conflicts(home: Path | None, graph: Path | None, subject: str | None, fmt: str) -> None:
    """Contradictions between documents in GRAPH (default graph/): single-valued facts (a date relations
    were established, a trade figure for a year, ...) given different values, each value with its
    documents and passages, the preferred one first (named query 'conflicts')."""
    found = api.conflicts(graph=graph, subject=subject, settings=settings_for(home))
    if fmt == "json":
        click.echo(json.dumps([c.to_dict() for c in found], indent=1, ensure_ascii=False))
        return
    rows = [(c.entity, c.property, cl.value, "yes" if cl.preferred else "", "; ".join(cl.documents), "; ".join(cl.passages), cl.fact)
            for c in found for cl in c.claims]
    header = ("entity", "property", "value", "preferred", "documents", "passages", "fact")
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
        return
    out = console()
    for c in found:
        table = Table(title=f"{c.entity}: {c.property}", title_justify="left")
        for col in ("value", "preferred", "documents", "passages"):
            table.add_column(col, overflow="fold")
        for cl in c.claims:
            table.add_row(cl.value, "yes" if cl.preferred else "", "\n".join(cl.documents), "\n".join(cl.passages))
        out.print(table)
    click.echo(f"{len(found)} contradiction(s)" + ("; all claims are kept in the graph, the preferred one first" if found else ""))


COMMANDS = (build, run, validate, stats, diff, conflicts)
