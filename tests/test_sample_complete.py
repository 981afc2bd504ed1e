"""Every diplomatic event the sample documents state is in the graph (issue 11, item 5), including those
counted without a date, business forums, commission sessions, associations founded and attendance at
international events: asked of the built sample graph in SPARQL."""

from __future__ import annotations

PREFIXES = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX dgid: <https://w3id.org/diplograph/id/>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX doc: <https://w3id.org/diplograph/doc/>
"""


def _rows(graph, query: str) -> list[tuple[str, ...]]:
    return sorted(tuple(str(x) for x in r) for r in graph.query(PREFIXES + query))


def test_visits_counted_without_a_date_are_visits_with_an_approximate_interval(sample_graph):
    rows = _rows(sample_graph, """SELECT ?v ?who ?host ?start ?end WHERE {
        ?v a dg:Visit ; dg:visitor ?who ; dg:hostCountry ?host ; schema:startDate ?start ; schema:endDate ?end ;
           dg:approximate true ; dcterms:source doc:000_ba422ca60c363852 . }""")
    people = [(r[1].rsplit("/", 1)[-1], r[2].rsplit("/", 1)[-1], r[3], r[4]) for r in rows]
    assert people == [("ilham-aliyev", "hungary", "2023-01", "2025-10")] * 2 + [("viktor-orban", "azerbaijan", "2023-01", "2025-10")]
    # Orbán's fourth visit to Azerbaijan: three dated ones before it
    assert len(_rows(sample_graph, """SELECT ?v WHERE { ?v a dg:Visit ; dg:visitor dgid:viktor-orban ; dg:hostCountry dgid:azerbaijan }""")) == 4


def test_business_forums_and_commission_sessions_are_meetings(sample_graph):
    rows = _rows(sample_graph, """SELECT ?name ?date WHERE {
        ?m a dg:Meeting ; schema:name ?name ; schema:startDate ?date ; schema:location dgid:budapest ;
           dg:participant dgid:azerbaijan, dgid:hungary . }""")
    names = {(n.split(" (")[0], d) for n, d in rows}
    assert {("Azerbaijan–Hungary business forum", "2025-09"), ("Azerbaijani–Hungarian business forum", "2014-11"),
            ("11th meeting of the Azerbaijan–Hungary Joint Economic Commission", "2025-09"),
            ("Meeting of the Azerbaijan–Hungary intergovernmental commission on economic cooperation", "2012")} <= names


def test_an_association_founded_and_attendance_at_an_international_event(sample_graph):
    assert _rows(sample_graph, """SELECT ?date WHERE {
        ?f a dg:Founding ; dg:foundedBody ?b ; schema:startDate ?date . ?b a dg:Association . }""") == [("2012-12-06",)]
    assert _rows(sample_graph, """SELECT ?start WHERE {
        ?m a dg:Meeting ; schema:name ?n ; dg:participant dgid:zsuzsanna-nemeth ; schema:startDate ?start .
        FILTER(CONTAINS(?n, "World Economic Forum")) }""") == [("2013-04-07",)]
