"""CLI commands of the extraction stage: ``diplograph ingest`` and ``diplograph evaluate``.

Thin adapters over :mod:`diplograph.extract.ingest`: parse options, call, format.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from .. import api
from ._common import handle_errors, home_option, settings_for
from .graph import echo_changes, echo_merge, wait_option

__all__ = ["ingest", "evaluate", "COMMANDS"]


@click.command()
@home_option
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD, YYYY-MM or YYYY) to resolve relative dates. Default: catalog.json beside the file.")
@click.option("--dry-run", is_flag=True, help="Extract and report, write nothing.")
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=None, help="Folder of extracted documents. Default: graph/extracted.")
@click.option("--remove", "remove_", is_flag=True, help="Remove the documents (ids or paths) from the store instead.")
@click.option("--encoding", default=None, help="Decode the files with this encoding instead of guessing.")
@click.option("--max-bytes", type=int, default=2_000_000, show_default=True, help="Refuse files larger than this.")
@click.option("--verbose", "-v", is_flag=True, help="List the facts found per file.")
@click.option("--no-build", is_flag=True, help="Only write the store; do not rebuild the graph (run diplograph build later).")
@wait_option
@handle_errors
def ingest(home: Path | None, paths: tuple[Path, ...], published: str | None, dry_run: bool, store: Path | None,
           remove_: bool, encoding: str | None, max_bytes: int, verbose: bool, no_build: bool, wait: float) -> None:
    """Extract facts from text, Markdown or HTML files (or folders) into the store of extracted documents,
    then rebuild the graph with them."""
    settings = settings_for(home)
    if remove_:
        removed, built = api.remove([str(p) for p in paths], store=store, rebuild=not no_build, settings=settings,
                                    wait=wait, notify=lambda msg: click.echo(msg, err=True))
        click.echo(f"removed {len(removed)} document(s): {', '.join(removed) or '-'}" + (" and rebuilt the graph" if removed and not no_build else ""))
        if built is not None:
            echo_changes(built.changes)
        if len(removed) != len(paths):
            click.echo(f"not in the store: {len(paths) - len(removed)} of the given documents (give ids, file names or paths)", err=True)
        sys.exit(0 if len(removed) == len(paths) else 1)
    console = Console(stderr=True, highlight=False)
    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                  console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("", total=None)
        result, built = api.ingest(list(paths), published=published, dry_run=dry_run, store=store, settings=settings,
                                   max_bytes=max_bytes, encoding=encoding, rebuild=not no_build, wait=wait,
                                   notify=lambda msg: console.print(msg),
                                   progress=lambda p: bar.update(task, advance=1, description=p.name))
    for f in result.files:
        if f.ok:
            state = "dry run" if dry_run else ("written" if f.changed else "unchanged")
            click.echo(f"ok    {f.path}: {f.facts} facts as document {f.doc_id} ({state})")
            for w in f.warnings:
                click.echo(f"      warning: {w}")
            if verbose:
                for line in f.listing:
                    click.echo(f"      {line}")
        else:
            click.echo(f"FAIL  {f.message}", err=True)
    n_fail = len(result.failed)
    click.echo(f"{len(result.files) - n_fail} of {len(result.files)} file(s) ingested into {result.store}" + (" (dry run)" if dry_run else "")
               + (f"; {n_fail} failed" if n_fail else ""))
    if built is not None:
        echo_merge(built)
        echo_changes(built.changes)
        click.echo(f"rebuilt the graph: {built.stats.triples} triples, {len(built.files)} files written")
    if n_fail or not result.files:
        sys.exit(1)


@click.command()
@home_option
@click.argument("docs", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the documents to extract. Default: ../shared/corpus (the sample).")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Curated facts to score against, in the graph/sources format (e.g. tests/devgold). Default: graph/sources.")
@click.option("--list/--no-list", "show_list", default=True, help="List misses and false positives.")
@handle_errors
def evaluate(home: Path | None, docs: tuple[Path, ...], corpus_dir: Path | None, gold_dir: Path | None, show_list: bool) -> None:
    """Score extraction against curated facts (default: ../shared/corpus against graph/sources): P/R/F1 per relation type."""
    result = api.evaluate(list(docs) or None, corpus_dir=corpus_dir, gold_dir=gold_dir, settings=settings_for(home))
    console = Console(highlight=False, soft_wrap=True)
    table = Table(title=f"extraction vs curated facts ({len(result.documents)} documents)")
    for col in ("relation", "gold", "found", "correct", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "relation" else "right")
    for rel, s in result.scores.items():
        table.add_row(rel, str(s.tp + s.fn), str(s.tp + s.fp), str(s.tp), f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}")
    console.print(table)
    if show_list:
        for rel, s in result.scores.items():
            if rel == "overall":
                continue
            for k in s.misses:
                click.echo(f"miss            {' | '.join(str(x) for x in k)}")
            for k in s.false_positives:
                click.echo(f"false positive  {' | '.join(str(x) for x in k)}")


COMMANDS = (ingest, evaluate)
