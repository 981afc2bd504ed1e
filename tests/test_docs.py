"""The README stays true: two quickstart commands, every command in the CLI reference, CI runs the README's tests."""

from __future__ import annotations

import re
import subprocess

from diplograph.cli import main


def readme(settings) -> str:
    return (settings.home / "README.md").read_text(encoding="utf-8")


def quickstart(settings) -> list[str]:
    text = readme(settings).split("<!-- quickstart -->", 1)[1]
    block = text.split("```", 2)[1]
    return [line for line in block.splitlines()[1:] if line.strip()]


def test_quickstart_has_exactly_two_commands(settings):
    commands = quickstart(settings)
    assert len(commands) == 2
    assert "diplograph run" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command(settings):
    script = (settings.home / ".ci" / "run").read_text()
    assert "<!-- quickstart -->" in script  # it extracts the command rather than repeating it
    extracted = subprocess.run(
        ["bash", "-c", r"""awk '/<!-- quickstart -->/{f=1;next} f&&/^```/{n++; next} f&&n==1&&NF{print}' README.md | sed -n 2p"""],
        cwd=settings.home, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert extracted == quickstart(settings)[1]


def test_every_command_is_in_the_cli_reference(settings):
    text = readme(settings)
    for name in main.commands:
        assert re.search(rf"`diplograph {re.escape(name)}\b", text), f"'diplograph {name}' is missing from README's CLI reference"
