"""The named queries answer the competency questions on the sample graph; their metadata is checked hard."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from diplograph.query.catalog import load_catalog, load_query_file, parse_query
from diplograph.cli import main
from diplograph.errors import QueryError
from diplograph.query.knowledge import KnowledgeGraph

REQUIRED = {
    "visits", "visits-per-year", "memberships", "agreements", "ambassadors", "milestones", "people",
    "meetings", "summits", "awards", "sister-cities", "trade", "provenance", "connections",
    "facts-per-year", "relation-counts",
}
ID = "https://w3id.org/diplograph/id/"


@pytest.fixture(scope="module")
def kg(sample_dataset) -> KnowledgeGraph:
    return KnowledgeGraph.load(sample_dataset)


def rows(kg, name, *cols, **params):
    return [tuple(r[c] for c in cols) for r in kg.query(name, params).to_dicts()]


def test_catalog_has_every_competency_question(settings):
    catalog = load_catalog(settings.queries_dir)
    assert REQUIRED <= set(catalog)
    for q in catalog.values():
        assert q.title and q.description and q.tags, q.name
        assert q.form == "SELECT"


def test_memberships_exact(kg):
    assert rows(kg, "memberships", "organisation", "member", "role", "attested", org="organization-of-turkic-states") == [
        ("Organization of Turkic States", "Azerbaijan", "member", "2015"),
        ("Organization of Turkic States", "Kazakhstan", "member", "2021-04-08"),
        ("Organization of Turkic States", "Hungary", "observer", "2015"),
    ]
    assert ("European Union", "Hungary", "member") in rows(kg, "memberships", "organisation", "member", "role")
    assert len(kg.query("memberships")) == 6


def test_ambassadors_exact(kg):
    assert rows(kg, "ambassadors", "ambassador", "sendingCountry", "receivingCountry", "since") == [
        ("Vilayat Guliyev", "Azerbaijan", "Hungary", None),
        ("Zsolt Cutora", "Hungary", "Azerbaijan", "2010-12-14"),
        ("Tamás József Torma", "Hungary", "Azerbaijan", "2022"),
    ]


def test_awards_and_sister_cities_and_trade_exact(kg):
    assert rows(kg, "awards", "award", "conferredBy", "recipientName") == [
        ("Supreme Order of the Turkic World", "Organization of Turkic States", "Ilham Aliyev"),
        ("Supreme Order of the Turkic World", "Organization of Turkic States", "Viktor Orbán"),
    ]
    assert rows(kg, "sister-cities", "city", "cityCountry", "sisterCity", "sisterCountry") == [
        ("Aghdam", "Azerbaijan", "Tiszavasvári", "Hungary"),
        ("Gyöngyös", "Hungary", "Shusha", "Azerbaijan"),
    ]
    from decimal import Decimal

    assert rows(kg, "trade", "year", "parties", "value", "currency", "approximate") == [
        ("2021", "Azerbaijan; Hungary", Decimal("35100000"), "USD", False)
    ]


def test_visits_counts_order_and_filters(kg):
    result = kg.query("visits")
    assert len({r["visit"] for r in result}) > 40
    starts = [s for s in result.column("start") if s]
    assert starts == sorted(starts)
    heydar = next(r for r in result.to_dicts() if r["visit"] == ID + "visit-1994-12-04-heydar-aliyev")
    assert heydar == {
        "start": "1994-12-04", "end": "1994-12-05", "visitor": "Heydar Aliyev", "visitorCountry": "Azerbaijan",
        "office": "President of Azerbaijan", "host": "Hungary", "kind": "working visit", "visit": heydar["visit"],
    }
    kaz = kg.query("visits", country="kazakhstan").to_dicts()
    assert kaz and all("Kazakhstan" in (r["visitorCountry"], r["host"]) for r in kaz)
    window = kg.query("visits", {"from": "2010", "to": "2012"}).column("start")
    assert window and all("2010" <= s[:4] <= "2012" for s in window)
    # a year-precision 'to' includes the whole year; a day-precision 'from' compares day by day
    assert all(s >= "2010-09-13" for s in kg.query("visits", {"from": "2010-09-13"}).column("start"))


def test_visits_per_year_adds_up(kg):
    per_year = kg.query("visits-per-year").to_dicts()
    dated = {r["visit"] for r in kg.query("visits").to_dicts() if r["start"]}
    assert sum(r["visits"] for r in per_year) >= len(dated)
    assert {"year": "1994", "visitorCountry": "Azerbaijan", "hostCountry": "Hungary", "visits": 1} in per_year


def test_agreements_milestones_meetings_summits_people(kg):
    agreements = kg.query("agreements").to_dicts()
    assert len(agreements) == 8
    assert {"declaration", "agreement"} == {r["kind"] for r in agreements}
    assert all(r["parties"] == "Azerbaijan; Hungary" for r in agreements)
    milestones = rows(kg, "milestones", "date", "kind")
    assert ("1991-12-26", "recognition") in milestones and ("1992-11-27", "diplomatic relations") in milestones
    assert [k for _, k in rows(kg, "milestones", "date", "kind", country="kazakhstan")] == ["partnership", "embassy opened"]
    assert ("2021-04-06", "Kassym-Jomart Tokayev; Péter Szijjártó") in rows(kg, "meetings", "date", "participants")
    assert rows(kg, "summits", "date", "end", "hostCountry", host="hungary") == [("2025-05-20", "2025-05-21", "Hungary")]
    people = kg.query("people").to_dicts()
    assert len(people) == 40
    # five visits each, counting the undated ones the 2025 speech counts (Aliyev twice, Orbán's fourth to Azerbaijan)
    assert {(p["name"], p["visits"]) for p in people[:2]} == {("Ilham Aliyev", 5), ("Viktor Orbán", 5)}


def test_provenance_gives_passages_with_offsets(kg):
    assert rows(kg, "provenance", "document", "start", "end", "fact") == [
        ("001_be420f7cee92be96", 689, 765, ID + "position-zsolt-cutora-ambassador")
    ]
    fact = kg.query("provenance", subject="visit-1994-12-04-heydar-aliyev").to_dicts()
    assert [(r["document"], r["start"], r["end"]) for r in fact] == [("001_be420f7cee92be96", 1156, 1229)]


def test_connections_shortest_paths(kg):
    result = kg.connections("kazakhstan", "azerbaijan")
    rows = result.to_dicts()
    assert {r["hop"] for r in rows} == {1, 2}  # every shortest path has two hops, one row per hop
    assert all(len([r for r in rows if r["path"] == n]) == 2 for n in {r["path"] for r in rows})
    # in path order: each path leaves Kazakhstan and its second hop ends in Azerbaijan, labels given
    for n in {r["path"] for r in rows}:
        first, second = [r for r in rows if r["path"] == n]
        assert first["subject"] == ID + "kazakhstan" and first["subjectLabel"] == "Kazakhstan"
        assert first["object"] == second["subject"] and second["object"] == ID + "azerbaijan"
        assert second["objectLabel"] == "Azerbaijan"
    via_ots = [r for r in rows if ID + "organization-of-turkic-states" in (r["subject"], r["object"])]
    assert [(r["hop"], r["relation"]) for r in via_ots] == [(1, "memberOf"), (2, "^memberOf")]  # ^: read backwards
    with pytest.raises(QueryError, match="no entity 'no-such-entity'"):  # an error, never an empty answer
        kg.connections("kazakhstan", "no-such-entity")


def test_connections_are_bounded_in_depth_and_time(kg):
    assert len(kg.connections("kazakhstan", "azerbaijan", depth=1)) == 0  # no direct relation
    assert len(kg.connections("kazakhstan", "azerbaijan", depth=2)) > 0
    stopped = kg.connections("kazakhstan", "azerbaijan", seconds=0)
    assert len(stopped) == 0 and "stopped after 0 s" in stopped.note


def test_a_group_visit_is_one_row_with_its_visitors_joined(kg):
    rows = [r for r in kg.query("visits").to_dicts() if r["visit"] == ID + "visit-2013-04-07-zsuzsanna-nemeth-delegation"]
    assert len(rows) == 1
    assert len(rows[0]["visitor"].split("; ")) == 4 and "Zsuzsanna Németh" in rows[0]["visitor"]


def test_selective_parameters_start_the_query(kg):
    nq = kg.resolve("visits")
    assert "#?country" in nq.text and "{ ?visit dg:visitorCountry ?country }" not in nq.text.replace("#?country {", "")
    assert "  { ?visit dg:visitorCountry ?country } UNION" in nq.text_for({"country"})
    assert nq.text_for(set()) == nq.text
    person = kg.query("visits", person="heydar-aliyev").to_dicts()
    assert person and all("Heydar Aliyev" in r["visitor"] for r in person)


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("ordered", [True, False])
def test_pages_add_up_to_the_answer_and_say_what_follows(sample_dataset, backend, ordered):
    from diplograph.graph.order import ORDER_GRAPH

    data = sample_dataset
    if not ordered:  # no order in the graph: the engine cuts the pages (LIMIT size+1 OFFSET ...)
        data = Dataset(default_union=True)
        for quad in sample_dataset.quads((None, None, None, None)):
            if quad[3] != ORDER_GRAPH:
                data.add(quad)
    kg = KnowledgeGraph.load(data, backend=backend)
    whole = kg.query("visits").rows
    pages, number = [], 1
    while True:
        page = kg.query("visits", page_size=20, page=number)
        assert page.page is not None and page.page.number == number and page.page.first == 20 * (number - 1) + 1
        pages.append(page)
        if not page.page.more:
            break
        # from the build's order, every page states the total; without it, the last one does
        assert len(page) == 20 and page.page.total == (len(whole) if ordered else None)
        assert "more rows follow (--page" in page.page.describe()
        number += 1
    assert [r for p in pages for r in p.rows] == whole
    assert pages[-1].page.total == len(whole) and f"of {len(whole)}" in pages[-1].page.describe()
    beyond = kg.query("visits", page_size=20, page=number + 1)
    assert len(beyond) == 0 and not beyond.page.more
    with pytest.raises(QueryError, match="numbered from 1"):
        kg.query("visits", page_size=20, page=0)


def test_inlined_parameters_are_escaped_constants_and_answer_alike(kg):
    from diplograph.query.sparql import inline_terms

    nq = kg.resolve("provenance")
    assert nq.inline == ("subject",)
    from rdflib import URIRef

    text, rest = inline_terms(nq.text, {"subject": URIRef(ID + "hungary")})
    assert "?subject" not in text.split("WHERE", 1)[1] and f"<{ID}hungary>" in text and rest == {}
    # a variable assigned, projected or listed in VALUES is never replaced
    from rdflib import Literal
    q = 'SELECT ?x WHERE { VALUES ?y { 1 } ?s ?p ?x . BIND(?s AS ?z) FILTER(?x != "?x") }'
    out, kept = inline_terms(q, {"x": Literal('a"b'), "y": Literal(2), "s": Literal(3)})
    assert set(kept) == {"x", "y"} and 'FILTER(?x != "?x")' in out and "BIND(\"3\"^^<http://www.w3.org/2001/XMLSchema#integer> AS ?z)" in out


def test_no_named_query_is_capped(settings):
    for nq in load_catalog(settings.queries_dir).values():
        assert not re.search(r"\bLIMIT\s+\d+\s*$", nq.text.strip()), nq.name


def test_tallies_equal_counting(kg):
    counted = kg.query("""
        PREFIX dg: <https://w3id.org/diplograph/ontology#> PREFIX schema: <https://schema.org/>
        SELECT ?year ?visitorCountry ?hostCountry (COUNT(DISTINCT ?visit) AS ?visits) WHERE {
          ?visit a dg:Visit ; schema:startDate ?start ; dg:visitorCountry ?vc ; dg:hostCountry ?hc .
          ?vc dg:name ?visitorCountry . ?hc dg:name ?hostCountry . BIND(SUBSTR(STR(?start), 1, 4) AS ?year)
        } GROUP BY ?year ?visitorCountry ?hostCountry""").to_dicts()
    tallied = kg.query("visits-per-year").to_dicts()
    key = lambda r: (r["year"], r["visitorCountry"], r["hostCountry"])  # noqa: E731
    assert sorted(tallied, key=key) == sorted(counted, key=key) and len(tallied) > 20
    facts = kg.query("""
        PREFIX dg: <https://w3id.org/diplograph/ontology#> PREFIX schema: <https://schema.org/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?countryName ?kind ?year (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
          ?fact a ?class ; schema:startDate ?start ; ?p ?c . ?class rdfs:subClassOf+ dg:Fact . ?c a dg:Country ; dg:name ?countryName .
          BIND(STRAFTER(STR(?class), "#") AS ?kind) BIND(SUBSTR(STR(?start), 1, 4) AS ?year)
        } GROUP BY ?countryName ?kind ?year""").to_dicts()
    key = lambda r: (r["countryName"], r["kind"], r["year"])  # noqa: E731
    assert sorted(kg.query("facts-per-year").to_dicts(), key=key) == sorted(facts, key=key)
    hungary = {(r["kind"], r["year"]): r["facts"] for r in kg.query("facts-per-year", country="hungary").to_dicts()}
    assert hungary == {(r["kind"], r["year"]): r["facts"] for r in facts if r["countryName"] == "Hungary"}


def test_relation_counts_are_documents_per_relation(sample_dataset, kg):
    from rdflib import URIRef

    rows = kg.query("relation-counts", country="kazakhstan").to_dicts()
    assert rows and all(ID + "kazakhstan" in (r["subject"], r["object"]) for r in rows)
    for r in rows:
        triple = (URIRef(r["subject"]), URIRef("https://w3id.org/diplograph/ontology#" + r["relation"]), URIRef(r["object"]))
        graphs = {g for *_, g in sample_dataset.quads(triple)}
        assert r["documents"] == len(graphs), r


# --- metadata is checked hard -------------------------------------------------------------------------

GOOD = "#+ title: T\n#+ description: D\n#+ params:\n#+   x: {type: string}\nSELECT ?s WHERE { ?s ?p ?x }\n"


@pytest.mark.parametrize("text, message", [
    ("#+ description: D\nSELECT * WHERE { ?s ?p ?o }\n", "needs a 'title'"),
    ("#+ title: T\n#+ description: D\n#+ sumary: x\nSELECT * WHERE { ?s ?p ?o }\n", "unknown metadata key"),
    ("#+ title: T\n#+ description: D\n#+ params:\n#+   x: {type: colour}\nSELECT * WHERE { ?s ?p ?x }\n", "unknown type 'colour'"),
    ("#+ title: T\n#+ description: D\n#+ params:\n#+   y: {type: string}\nSELECT * WHERE { ?s ?p ?o }\n", "never uses"),
    ("#+ title: T\n#+ description: D\n#+ params:\n#+   x: {type: date, default: soon}\nSELECT * WHERE { ?s ?p ?x }\n", "default"),
    ("#+ title: [unclosed\nSELECT * WHERE { ?s ?p ?o }\n", "not valid YAML"),
    ("#+ title: T\n#+ description: D\nSELECT * WHERE { ?s ?p ?o \n", "line 4"),
])
def test_invalid_metadata_is_a_hard_error(tmp_path: Path, text, message):
    f = tmp_path / "bad.rq"
    f.write_text(text)
    with pytest.raises(QueryError, match=message):
        load_query_file(f)
    (tmp_path / "good.rq").write_text(GOOD)
    assert load_query_file(tmp_path / "good.rq").params["x"].type == "string"


def test_syntax_error_names_line_and_column():
    with pytest.raises(QueryError, match=r"line 2, column \d+"):
        parse_query("SELECT ?s\nWHERE { ?s ?p }")


# --- the CLI --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def graph_file(tmp_path_factory, sample_dataset) -> Path:
    out = tmp_path_factory.mktemp("graph") / "diplograph.trig"
    sample_dataset.serialize(out, format="trig")
    return out


def invoke(*args):
    return CliRunner().invoke(main, list(args))


def test_cli_lists_queries():
    result = invoke("queries")
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.output.splitlines()]
    assert REQUIRED <= set(names)
    assert "Visits per year" in result.output


def test_cli_every_listed_query_runs(graph_file):
    for name in REQUIRED:
        result = invoke("query", name, "--graph", str(graph_file), "--format", "csv", "--backend", "oxigraph")
        assert result.exit_code == 0, (name, result.output)
        assert len(result.output.splitlines()) >= 2, name


def test_cli_formats(graph_file):
    out = invoke("query", "memberships", "--graph", str(graph_file), "-p", "org=organization-of-turkic-states", "-f", "json").output
    data = json.loads(out)
    assert data["head"]["vars"] == ["organisation", "member", "role", "since", "attested", "membership"]
    assert {"type": "literal", "value": "observer"} in [b["role"] for b in data["results"]["bindings"]]
    tsv = invoke("query", "trade", "--graph", str(graph_file), "-f", "tsv").output.splitlines()
    assert tsv[0].split("\t")[:3] == ["?year", "?parties", "?value"]
    assert '"35100000"^^<http://www.w3.org/2001/XMLSchema#decimal>' in tsv[1]
    md = invoke("query", "awards", "--graph", str(graph_file), "-f", "markdown").output.splitlines()
    assert md[0].startswith("| date | award |") and md[1].startswith("|---|")
    table = invoke("query", "ambassadors", "--graph", str(graph_file)).output
    assert "Zsolt Cutora" in table and "3 row(s)" in table
    sparql = invoke("query", "--graph", str(graph_file), "--backend", "oxigraph", "-f", "csv",
                    "--sparql", "ASK { ?s a <https://w3id.org/diplograph/ontology#Visit> }")
    assert sparql.output.split() == ["boolean", "true"]


@pytest.mark.parametrize("args, message", [
    (["query", "no-such-query"], "no query named 'no-such-query'; the named queries are: agreements"),
    (["query", "visits", "-p", "colour=red"], "has no parameter 'colour'; its parameters are: country (entity)"),
    (["query", "visits", "-p", "from=last week"], "parameter 'from' must be a date"),
    (["query", "visits", "-p", "from"], "--param takes key=value"),
    (["query", "--sparql", "SELECT ?s WHERE { ?s ?p }"], "line 1, column"),
    (["query", "--sparql", "DELETE WHERE { ?s ?p ?o }"], "SPARQL update"),
    (["query", "visits", "--endpoint", "ftp://x"], "not an http(s) URL"),
])
def test_cli_errors_are_one_paragraph_exit_2(graph_file, args, message):
    result = CliRunner().invoke(main, [*args, "--graph", str(graph_file)])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_every_declared_prefix_is_used(settings) -> None:
    """A named query declares the prefixes it uses and no others (its parameter lines count as use)."""
    import re

    for path in sorted(settings.queries_dir.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        body = re.sub(r"^PREFIX.*$", "", text, flags=re.M)
        unused = [p for p in re.findall(r"^PREFIX\s+(\w*):", text, flags=re.M) if not re.search(rf"(?<!\w){p}:", body)]
        assert not unused, f"{path.name}: unused prefixes {unused}"
