"""The command line: each command runs, writes what it says, and fails with a message, not a traceback."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from diplograph.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_build_validate_stats_on_mini(tmp_path, mini_sources, mini_corpus):
    out = tmp_path / "g"
    result = run("build", "--sources", str(mini_sources), "--out", str(out), "--corpus", str(mini_corpus))
    assert result.exit_code == 0, result.output
    assert "from 1 documents: 3 facts, 1 visits" in result.output
    assert (out / "diplograph.trig").is_file()
    result = run("validate", str(out))
    assert result.exit_code == 0
    assert "0 violation(s)" in result.output
    result = run("stats", str(out))
    assert result.exit_code == 0
    assert "dates from 2001-05-03 to 2001-05-04" in result.output


def test_validate_fails_with_exit_1_and_lists_the_violation(tmp_path, mini_dataset):
    from diplograph.graph.io import write_graph_files
    from diplograph.namespace import DGID, DG

    g = mini_dataset.graph(next(c.identifier for c in mini_dataset.graphs() if str(c.identifier).endswith("/doc1")))
    g.remove((DGID["visit-2001-05-rassendyll"], DG.visitor, None))
    write_graph_files(mini_dataset, tmp_path)
    result = CliRunner().invoke(main, ["validate", str(tmp_path)], terminal_width=200)
    assert result.exit_code == 1
    assert "dgid:visit-2001-05-rassendyll" in result.output
    assert "dg:visitor" in result.output
    assert "1 violation(s)" in result.output


def test_missing_graph_is_a_message_not_a_traceback(tmp_path):
    result = CliRunner().invoke(main, ["stats", str(tmp_path / "missing.ttl")])
    assert result.exit_code == 2
    assert "error:" in result.output and "no such graph file" in result.output
    assert "Traceback" not in result.output


def test_unknown_format_lists_valid_extensions(tmp_path):
    path = tmp_path / "graph.xyz"
    path.write_text("x")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2
    assert "unknown RDF file extension '.xyz'" in result.output and ".trig" in result.output


def test_broken_sources_exit_2(tmp_path):
    (tmp_path / "documents.yaml").write_text("[]")
    result = CliRunner().invoke(main, ["build", "--sources", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "missing" in result.output
    assert not (tmp_path / "o").exists()


def test_every_command_has_help():
    for name, command in main.commands.items():
        assert command.help, name
        assert run(name, "--help").exit_code == 0
