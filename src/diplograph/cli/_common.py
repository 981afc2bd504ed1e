"""What every command module shares: error handling, the ``--home`` option, consoles.

Command modules import this module and :mod:`diplograph.api`, nothing else of the package but errors and
settings.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any, Callable, TypeVar

import click
from rich.console import Console

from ..errors import DiplographError
from ..settings import Settings

__all__ = ["handle_errors", "home_option", "settings_for", "console", "EXIT_ERROR", "EXIT_INVALID"]

F = TypeVar("F", bound=Callable[..., Any])

EXIT_ERROR = 2
EXIT_INVALID = 1


def console(err: bool = False) -> Console:
    return Console(stderr=err, highlight=False, soft_wrap=True)


def handle_errors(func: F) -> F:
    """Turn diplograph errors into a message on stderr and exit code 2, without a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DiplographError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


def settings_for(home: Path | None) -> Settings:
    return Settings(home=home.resolve()) if home else Settings.discover()


home_option: Callable[[F], F] = click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The diplograph checkout (holding ontology/, queries/, graph/). Default: found from the current folder.",
)


