"""``diplograph view``: an interactive network page of the graph, a neighbourhood or a query result.

A thin adapter over :func:`diplograph.views.write_view`.
"""

from __future__ import annotations

import time
from pathlib import Path

import click

from ..api import LEVELS, parse_assignments, write_view
from ._common import handle_errors, home_option, settings_for as _settings

__all__ = ["view", "COMMANDS"]


@click.command()
@home_option
@click.option("-o", "--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML page to write; the timeline of visits goes beside it as NAME.timeline.html.")
@click.option("--graph", type=click.Path(path_type=Path), default=None, help="Graph file or folder. Default: graph/.")
@click.option("--query", default=None, help="Draw the entities of a named query's result (see 'diplograph queries').")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A parameter of --query (repeatable).")
@click.option("--focus", default=None, help="Only this entity (slug, label or alternative label) and its neighbourhood.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=0), help="Relations away from --focus.")
@click.option("--relations", default=None, metavar="R,...",
              help="Only these relations, comma-separated: the relations of ontology/rules (visited, signed, memberOf, ...).")
@click.option("--from", "year_from", type=int, default=None, metavar="YEAR", help="Only facts dated in or after YEAR.")
@click.option("--to", "year_to", type=int, default=None, metavar="YEAR", help="Only facts dated in or before YEAR.")
@click.option("--level", type=click.Choice(LEVELS), default="country", show_default=True,
              help="country: countries and organisations, with persons, places and events folded in (a click opens them); "
                   "entity: every person, place and event as its own node.")
@click.option("--no-timeline", is_flag=True, help="Do not write the timeline page.")
@handle_errors
def view(home: Path | None, out: Path, graph: Path | None, query: str | None, params: tuple[str, ...], focus: str | None,
         depth: int, relations: str | None, year_from: int | None, year_to: int | None, level: str, no_timeline: bool) -> None:
    """Write an interactive network page (one self-contained HTML file that opens offline)."""
    started = time.perf_counter()
    result = write_view(
        out,
        timeline=not no_timeline,
        graph=graph,
        query=query,
        params=parse_assignments(params),
        focus=focus,
        depth=depth,
        relations=relations.split(",") if relations else None,
        year_from=year_from,
        year_to=year_to,
        level=level,
        settings=_settings(home),
    )
    what = (f"{result.nodes} countries and organisations, {result.edges} lines" if level == "country"
            else f"{result.nodes} entities, {result.edges} relations")
    click.echo(f"wrote {result.path}: {what} ({time.perf_counter() - started:.1f} s)")
    if result.timeline_path:
        click.echo(f"wrote {result.timeline_path}")
    if result.notice:
        click.echo(f"note: {result.notice}", err=True)


COMMANDS = (view,)
