"""The ``diplograph`` command: a thin layer over :mod:`diplograph.api`.

Each command parses its options, calls the API function with the same keyword names and formats the
result. Errors of the package become a one-paragraph message and exit code 2 (1 for a failed validation).
"""

from __future__ import annotations

import click

from . import entities, extract, graph, query, view

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diplograph")
def main() -> None:
    """diplograph: a knowledge graph of diplomatic relations, built from documents, queried with SPARQL."""


for _module in (graph, query, entities, view, extract):
    for _command in _module.COMMANDS:
        main.add_command(_command)
