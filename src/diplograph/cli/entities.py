"""``diplograph entities``: find an entity's slug from any of its names.

A thin adapter over :func:`diplograph.api.find_entities`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..api import ENTITY_TYPES, find_entities
from ..errors import QueryError
from ._common import handle_errors, home_option, settings_for as _settings

__all__ = ["entities", "COMMANDS"]


@click.command()
@home_option
@click.argument("text", required=False, default="")
@click.option("--type", "type_", default=None, metavar="CLASS",
              help=f"Only entities of this class: {', '.join(ENTITY_TYPES)}.")
@click.option("--graph", type=click.Path(path_type=Path), default=None, help="Graph file or folder. Default: graph/.")
@click.option("--endpoint", default=None, metavar="URL", help="Ask this SPARQL 1.1 endpoint instead.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "tsv"]), default="table", show_default=True,
              help="A table as wide as the terminal, or tab-separated lines (slug, type, label, other labels).")
@handle_errors
def entities(home: Path | None, text: str, type_: str | None, graph: Path | None, endpoint: str | None, fmt: str) -> None:
    """Find entities whose slug, label or alternative label contains TEXT (case and accents ignored).

    Prints each one's slug, type and labels. The slug is what an entity parameter of 'diplograph query' and
    'diplograph view --focus' take (a label or an alternative label works too). Without TEXT, lists them all.
    """
    found = find_entities(text, type=type_, graph=graph, endpoint=endpoint, settings=_settings(home))
    if not found:
        raise QueryError(f"no entity matches {text!r}" + (f" among type {type_}" if type_ else "")
                         + "; try a shorter text, or none to list them all")
    if fmt == "tsv":
        for e in found:
            click.echo("\t".join((e.slug, e.cls, e.label, "; ".join(e.alt))))
        return
    table = Table()
    for col in ("slug", "type", "label", "also"):
        table.add_column(col, overflow="fold")
    for e in found:
        table.add_row(e.slug, e.cls, e.label, "; ".join(e.alt))
    Console(width=shutil.get_terminal_size((120, 24)).columns, highlight=False).print(table)
    click.echo(f"{len(found)} entit{'y' if len(found) == 1 else 'ies'}")


COMMANDS = (entities,)
