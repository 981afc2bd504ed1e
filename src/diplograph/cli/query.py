"""The query commands: ``diplograph queries``, ``diplograph query`` and ``diplograph serve``.

Thin adapters over :mod:`diplograph.query.knowledge` and :mod:`diplograph.query.serve`; registered in :mod:`diplograph.cli`.
"""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import click

from ..api import BACKENDS, RESULT_FORMATS as FORMATS, ServeConfig, format_result, list_queries, parse_assignments, run_query, start_endpoint
from ..errors import DiplographError
from ._common import handle_errors, home_option, settings_for as _settings

__all__ = ["queries", "query", "serve", "QueryCommand", "COMMANDS"]


@click.command()
@home_option
@click.option("--long", "long_", is_flag=True, help="Also show each query's description and parameters.")
@handle_errors
def queries(home: Path | None, long_: bool) -> None:
    """List the named queries (queries/*.rq) with their titles."""
    found = list_queries(settings=_settings(home))
    width = max((len(q.name) for q in found), default=0)
    for q in found:
        click.echo(f"{q.name:<{width}}  {q.title}")
        if long_:
            click.echo(f"{'':<{width}}  {q.description}")
            for p in q.params.values():
                default = f" (default {p.default})" if p.default is not None else ""
                click.echo(f"{'':<{width}}    --param {p.name}=<{p.type}>{default}  {p.description}")


#: options of ``query`` that take a value (so that ``query --format csv visits --help`` finds ``visits``)
_VALUED = {"--sparql", "--param", "-p", "--format", "-f", "--graph", "--backend", "--endpoint", "--home", "--width",
           "--limit", "--page", "--allow-service"}


class QueryCommand(click.Command):
    """``query NAME --help`` also lists NAME's parameters, with their types, defaults and descriptions."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if any(a in ("--help", "-h") for a in args):
            skip = False
            for a in args:
                if skip:
                    skip = False
                elif a in _VALUED:
                    skip = True
                elif not a.startswith("-"):
                    ctx.meta["diplograph.query"] = a
                    break
        return super().parse_args(ctx, args)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        name = ctx.meta.get("diplograph.query")
        if not name:
            return
        try:
            nq = {q.name: q for q in list_queries(settings=_settings(ctx.params.get("home")))}.get(name)
        except DiplographError:  # help must print even when the checkout or the queries cannot be read
            nq = None
        if nq is None:
            return
        with formatter.section(f"Parameters of {name} ({nq.title})"):
            rows = [(f"--param {p.name}=<{p.type}>", (p.description or "") + (f" (default {p.default})" if p.default is not None else "")
                     + (" Required." if p.required else "")) for p in nq.params.values()]
            formatter.write_dl(rows or [("(none)", "this query takes no parameters")])


@click.command(cls=QueryCommand)
@home_option
@click.argument("query", required=False)
@click.option("--sparql", default=None, help="Run this SPARQL text instead of a named query.")
@click.option("--param", "-p", "param", multiple=True, metavar="KEY=VALUE", help="A query parameter; repeat for more.")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output: a table, W3C SPARQL results as csv, tsv or json, or a markdown table.")
@click.option("--graph", type=click.Path(path_type=Path), default=None, help="Graph file or folder. Default: graph/.")
@click.option("--backend", type=click.Choice(BACKENDS), default="oxigraph", show_default=True,
              help="The embedded engine: Oxigraph (fast, see BENCHMARKS.md) or rdflib (the reference).")
@click.option("--endpoint", default=None, metavar="URL", help="Ask this SPARQL 1.1 endpoint instead (e.g. http://127.0.0.1:7878/query).")
@click.option("--allow-service", "allow_service", multiple=True, metavar="URL_PREFIX",
              help="Let SERVICE call endpoints whose IRI starts with this prefix (repeatable). Default: SERVICE is refused.")
@click.option("--iris", is_flag=True, help="Table format: also show the columns of IRIs (left out by default; csv/tsv/json/markdown keep them).")
@click.option("--width", type=click.IntRange(min=40), default=None, help="Table format: the width to fit. Default: the terminal's.")
@click.option("--limit", "limit", type=int, default=None, metavar="N",
              help="Print the answer in pages of N rows (stderr says whether more rows follow). Default: the whole answer.")
@click.option("--page", "page", type=int, default=1, show_default=True, metavar="K", help="Which page to print (with --limit).")
@handle_errors
def query(home: Path | None, query: str | None, sparql: str | None, param: tuple[str, ...], fmt: str,
          graph: Path | None, backend: str, endpoint: str | None, allow_service: tuple[str, ...], iris: bool,
          width: int | None, limit: int | None, page: int) -> None:
    """Run QUERY (a name from 'diplograph queries' or a .rq file) or --sparql TEXT and print the answer.

    An entity parameter takes a slug (hungary), a label (Hungary) or any alternative label (OTS,
    Turkic Council), in any case, with or without accents; 'diplograph query NAME --help' lists NAME's parameters.
    """
    result = run_query(query, sparql=sparql, params=parse_assignments(param), graph=graph, backend=backend,
                       endpoint=endpoint, settings=_settings(home), allow_service=allow_service, page_size=limit, page=page)
    click.echo(format_result(result, fmt, iris=iris, width=width), nl=False)
    if result.page is not None:
        click.echo(result.page.describe(), err=True)
    if result.note:
        click.echo(result.note, err=True)


@click.command()
@home_option
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback only by default).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--timeout", default=10.0, show_default=True, type=float, help="Seconds a query may run before it is stopped.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1), help="Largest answer, in rows or triples.")
@click.option("--max-bytes", default=16_000_000, show_default=True, type=click.IntRange(1), help="Largest answer, in bytes.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="Queries answered at the same time.")
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Keep the Oxigraph store in this folder. Default: a temporary folder removed on exit.")
@click.option("--views", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Serve this folder of HTML views at /views/ and link it from the editor. Default: out/views when it exists.")
@click.option("--allow-service", "allow_service", multiple=True, metavar="URL_PREFIX",
              help="Let SERVICE call endpoints whose IRI starts with this prefix (repeatable). Default: SERVICE is refused (403).")
@click.option("--cors", is_flag=True, help="Allow cross-origin requests (for YASGUI served from another site).")
@handle_errors
def serve(home: Path | None, graph: Path | None, host: str, port: int, timeout: float, max_rows: int, max_bytes: int,
          workers: int, store: Path | None, views: Path | None, allow_service: tuple[str, ...], cors: bool) -> None:
    """Serve GRAPH (default graph/) as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/query, with a query editor at /."""
    config = ServeConfig(timeout=timeout, max_rows=max_rows, max_bytes=max_bytes, workers=workers, cors=cors,
                         allow_service=tuple(allow_service))
    server, endpoint = start_endpoint(graph, host=host, port=port, config=config, store=store, views=views, settings=_settings(home))
    bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
    click.echo(f"serving http://{bound_host}:{bound_port}/query (read-only; {timeout:g} s per query, at most {max_rows} rows "
               f"and {max_bytes} bytes), query editor at http://{bound_host}:{bound_port}/; Ctrl-C to stop", err=True)
    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        endpoint.close()


COMMANDS = (queries, query, serve)
