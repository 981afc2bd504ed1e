"""Entity parameters take what people type (slug, label, alternative label, any case, no accents needed);
an unknown one is an error with the close matches; `diplograph entities` finds slugs; answers fit their reader."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.errors import QueryError
from diplograph.query.knowledge import KnowledgeGraph

ID = "https://w3id.org/diplograph/id/"


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result


@pytest.fixture(scope="module")
def kg(sample_graph, settings):
    return KnowledgeGraph.load(sample_graph, settings=settings)


def members(result) -> set[tuple[str, str]]:
    return {(r["member"], r["role"]) for r in result.to_dicts()}


@pytest.mark.parametrize("value", ["organization-of-turkic-states", "Organization of Turkic States", "OTS", "ots",
                                   "Turkic Council", "turkic-council", "dgid:organization-of-turkic-states"])
def test_label_and_alias_parameters_in_python(kg, value):
    assert members(kg.query("memberships", org=value)) == {("Azerbaijan", "member"), ("Kazakhstan", "member"), ("Hungary", "observer")}


def test_accents_and_case_are_ignored(kg):
    by_slug = kg.query("people", country="hungary").to_dicts()
    assert kg.query("people", country="HUNGARY").to_dicts() == by_slug
    assert kg.resolve_entity("Péter Szijjártó") == kg.resolve_entity("peter szijjarto") == kg.resolve_entity("peter-szijjarto")


def test_an_unknown_entity_is_an_error_with_close_matches_not_an_empty_answer(kg):
    with pytest.raises(QueryError, match="did you mean hungary"):
        kg.query("visits", country="hungry")
    with pytest.raises(QueryError, match="no entity 'xyzzy'"):
        kg.query("visits", country="xyzzy")


def test_a_fact_id_is_taken_as_it_is(kg):
    assert len(kg.query("provenance", subject="visit-2008-02-18-ilham-aliyev")) >= 1


@pytest.mark.parametrize("param, expected", [
    ("org=OTS", "Kazakhstan"), ("org=Turkic Council", "Kazakhstan"), ("org=turkic-council", "Kazakhstan"),
    ("country=Hungary", "Viktor Orbán"), ("country=kazakhstan", "Viktor Orbán"),
])
def test_cli_takes_labels_and_aliases(param, expected):
    query = "memberships" if param.startswith("org") else "visits"
    result = run("query", query, "--param", param, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and any(expected in row.values() for row in rows)


def test_cli_did_you_mean(tmp_path):
    result = run("query", "visits", "--param", "country=hungry")
    assert result.exit_code == 2
    assert "did you mean hungary?" in result.output and "Traceback" not in result.output
    result = run("view", "--focus", "Hungry", "-o", str(tmp_path / "v.html"))
    assert result.exit_code == 2 and "did you mean hungary?" in result.output


def test_entities_command_finds_slugs():
    result = run("entities", "szijj")
    assert result.exit_code == 0, result.output
    assert "peter-szijjarto" in result.output and "Person" in result.output and "Péter Szijjártó" in result.output
    result = run("entities", "turkic council", "--format", "tsv")
    slug, cls, label, alt = result.output.splitlines()[0].split("\t")
    assert (slug, cls, label) == ("organization-of-turkic-states", "IntergovernmentalOrganisation", "Organization of Turkic States")
    assert "OTS" in alt.split("; ")
    countries = run("entities", "--type", "Country", "--format", "tsv").output.splitlines()
    assert [line.split("\t")[0] for line in countries] == ["azerbaijan", "hungary", "kazakhstan", "kyrgyzstan"]
    assert run("entities", "--type", "Planet").exit_code == 2
    missing = run("entities", "qqqqqq")
    assert missing.exit_code == 2 and "no entity matches" in missing.output


def test_query_help_lists_that_querys_parameters():
    result = run("query", "visits", "--help")
    assert result.exit_code == 0
    assert "Parameters of visits" in result.output
    for name in ("country=<entity>", "from=<date>", "to=<date>"):
        assert name in result.output
    assert "Parameters of" not in run("query", "--help").output


def test_tables_fit_the_width_and_hide_iris():
    result = run("query", "visits", "--width", "80")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "https://" not in result.output and "IRI columns left out: visit" in result.output
    shown = run("query", "visits", "--width", "250", "--iris")
    assert "https://w3id.org/diplograph/id/visit-" in shown.output


def test_dataframe_has_plain_values_and_parsable_dates(kg):
    pd = pytest.importorskip("pandas")
    df = kg.query("visits").to_dataframe()
    assert str(df["start"].dtype).startswith("datetime64")
    assert set(df["start_precision"].dropna()) <= {"day", "month", "year"} and "month" in set(df["start_precision"])
    assert pd.to_datetime(df["start"]).min().year >= 1990
    assert all(isinstance(v, str) for v in df["visitor"])


def test_notebook_html_is_escaped_and_readable(kg):
    html = kg.query("visits", country="kazakhstan")._repr_html_()
    assert html.startswith("<table>") and "Viktor Orbán" in html and "https://" not in html
