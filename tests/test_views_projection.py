"""The projection of the graph to networkx, its filters, and the CLI's errors (no browser needed)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.views import (
    ViewError, cap, filter_relations, filter_years, neighbourhood, project_graph, resolve_entity, write_view, write_views,
)
from diplograph.views.render import render_network, safe_json

ID = "https://w3id.org/diplograph/id/"


@pytest.fixture()
def mini_net(mini_graph, mini_corpus):
    return project_graph(mini_graph, corpus_dir=mini_corpus)


def test_nodes_have_class_label_and_degree(mini_net):
    assert mini_net.nodes[ID + "rudolf-rassendyll"]["cls"] == "Person"
    assert mini_net.nodes[ID + "rudolf-rassendyll"]["alt"] == ["R. Rassendyll"]
    assert mini_net.nodes[ID + "league-of-seas"]["cls"] == "IntergovernmentalOrganisation"
    assert mini_net.nodes[ID + "ruritania"]["degree"] == 2
    assert set(k for _, _, k in mini_net.edges(keys=True)) == {"visited", "holdsPositionIn", "observerOf"}


def test_edges_carry_facts_with_provenance_and_passage_text(mini_net, mini_corpus):
    (fact,) = mini_net.edges[ID + "rudolf-rassendyll", ID + "freedonia", "visited"]["facts"]
    assert (fact.cls, fact.start, fact.end, fact.year_from, fact.year_to) == ("Visit", "2001-05-03", "2001-05-04", 2001, 2001)
    (src,) = fact.sources
    assert (src.document, src.file, src.start, src.end) == ("doc1", "doc1.txt", 27, 97)
    assert src.text == (mini_corpus / "doc1.txt").read_text(encoding="utf-8")[27:97]


def test_passage_text_only_when_the_document_matches(mini_graph, tmp_path):
    (tmp_path / "doc1.txt").write_text("something else entirely", encoding="utf-8")
    net = project_graph(mini_graph, corpus_dir=tmp_path)
    (fact,) = net.edges[ID + "rudolf-rassendyll", ID + "freedonia", "visited"]["facts"]
    assert fact.sources[0].text is None and fact.sources[0].start == 27


def test_resolve_by_slug_label_and_alt_label(mini_net):
    assert resolve_entity(mini_net, "freedonia") == ID + "freedonia"
    assert resolve_entity(mini_net, "Rudolf Rassendyll") == ID + "rudolf-rassendyll"
    assert resolve_entity(mini_net, "r. rassendyll") == ID + "rudolf-rassendyll"
    with pytest.raises(ViewError, match="did you mean ruritania"):
        resolve_entity(mini_net, "Ruritanya")


def test_neighbourhood_depth(mini_net):
    assert set(neighbourhood(mini_net, "freedonia", depth=0)) == {ID + "freedonia"}
    assert set(neighbourhood(mini_net, "freedonia", depth=1)) == {ID + "freedonia", ID + "rudolf-rassendyll"}
    assert len(neighbourhood(mini_net, "freedonia", depth=3)) == 4


def test_relation_filter_and_its_error(mini_net):
    only = filter_relations(mini_net, ["visited"])
    assert [k for _, _, k in only.edges(keys=True)] == ["visited"]
    assert ID + "league-of-seas" not in only
    with pytest.raises(ViewError, match="use one or more of: .*visited"):
        filter_relations(mini_net, ["friends"])
    assert [k for _, _, k in filter_relations(mini_net, ["visits"]).edges(keys=True)] == ["visited"]  # the map's name for it


def test_year_filter(mini_net):
    assert [k for _, _, k in filter_years(mini_net, 2001, 2001).edges(keys=True)].count("visited") == 1
    assert "visited" not in [k for _, _, k in filter_years(mini_net, 2002, 2010).edges(keys=True)]
    with pytest.raises(ViewError, match="after"):
        filter_years(mini_net, 2010, 2000)


def test_cap_says_what_was_left_out(mini_net):
    small, notice = cap(mini_net, max_nodes=2, max_edges=10)
    assert small.number_of_nodes() <= 2 and notice and "showing" in notice
    assert cap(mini_net)[1] is None


def test_json_is_escaped_for_script_elements():
    text = safe_json({"label": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text


def test_page_is_self_contained(mini_net):
    html = render_network(mini_net, title="t")
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=[\"']?https?:", html, re.I)
    assert not re.search(r"@import|url\([\"']?https?:", html, re.I)


def test_write_views_writes_index_countries_and_timeline(mini_dataset, settings, tmp_path):
    files = write_views(tmp_path, graph=mini_dataset, settings=settings, corpus_dir=None)
    assert set(files) == {"index", "timeline", "entities", "country-freedonia", "country-ruritania",
                          "country-freedonia.timeline", "country-ruritania.timeline"}
    assert all(p.is_file() and p.stat().st_size > 1000 for p in files.values())
    assert not list(tmp_path.glob(".*.tmp"))


def test_write_view_rejects_non_html(mini_dataset, settings, tmp_path):
    with pytest.raises(ViewError, match=r"\.html"):
        write_view(tmp_path / "x.png", graph=mini_dataset, settings=settings)


@pytest.mark.parametrize("args, message", [
    (["--focus", "Freedonya"], "did you mean freedonia"),
    (["--relations", "visited,friends"], "use one or more of:"),
    (["--param", "x=1"], "--query"),
])
def test_cli_errors_exit_2_without_traceback(tmp_path, args, message):
    graph = tmp_path / "g"
    runner = CliRunner()
    built = runner.invoke(main, ["build", "--sources", "tests/fixtures/mini/sources", "--no-corpus-check", "--out", str(graph)])
    assert built.exit_code == 0, built.output
    result = runner.invoke(main, ["view", "--graph", str(graph), *args, "-o", str(tmp_path / "v.html")])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_cli_writes_the_page(tmp_path):
    runner = CliRunner()
    runner.invoke(main, ["build", "--sources", "tests/fixtures/mini/sources", "--no-corpus-check", "--out", str(tmp_path / "g")])
    result = runner.invoke(main, ["view", "--graph", str(tmp_path / "g"), "--focus", "Ruritania", "--level", "entity", "-o", str(tmp_path / "v.html")])
    assert result.exit_code == 0, result.output
    assert "3 entities" in result.output
    assert (tmp_path / "v.html").is_file() and (tmp_path / "v.timeline.html").is_file()


def test_every_materialised_relation_is_an_edge_with_its_facts(sample_graph):
    """The views read the relations from ontology/rules/*.rq: every triple the rules materialised is an edge with facts."""
    from rdflib import URIRef

    net = project_graph(sample_graph)
    relations = {k for _, _, k in net.edges(keys=True)}
    assert len(relations) == 16
    dg = "https://w3id.org/diplograph/ontology#"
    materialised = {(str(s), name, str(o)) for name in relations for s, o in sample_graph.subject_objects(URIRef(dg + name))}
    assert materialised == {(u, k, v) for u, v, k in net.edges(keys=True)}
    assert all(d["facts"] for _, _, d in net.edges(data=True))


def test_a_new_rule_is_a_new_relation_of_the_views(sample_graph, settings, tmp_path):
    """Nothing in the views names the relations: a rule added to the rules folder is drawn with its facts."""
    import shutil

    from rdflib import Graph, URIRef
    from rdflib.namespace import RDFS

    dg = "https://w3id.org/diplograph/ontology#"
    rules = tmp_path / "rules"
    shutil.copytree(settings.rules_dir, rules)
    (rules / "hosted-by.rq").write_text(
        "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
        "CONSTRUCT { ?event dg:hostedBy ?country } WHERE { ?event a dg:Summit ; dg:hostCountry ?country . }\n", encoding="utf-8")
    (rules / "visited.rq").unlink()
    g = Graph()
    g += sample_graph
    g.add((URIRef(dg + "hostedBy"), RDFS.subPropertyOf, URIRef(dg + "directRelation")))  # as the ontology would declare it
    net = project_graph(g, rules_dir=rules)
    kinds = {k for _, _, k in net.edges(keys=True)}
    assert "hostedBy" in kinds and "visited" not in kinds
    (facts,) = [d["facts"] for u, v, k, d in net.edges(keys=True, data=True) if k == "hostedBy" and v == ID + "kyrgyzstan"][:1]
    assert facts and facts[0].cls == "Summit"


def test_statuses_are_intervals_and_events_points(sample_graph):
    net = project_graph(sample_graph)
    (membership,) = net.edges[ID + "azerbaijan", ID + "organization-of-turkic-states", "memberOf"]["facts"]
    assert (membership.kind, membership.attested, membership.year_from, membership.year_to) == ("status", True, 2015, None)
    assert filter_years(net, 2020, 2025).has_edge(ID + "azerbaijan", ID + "organization-of-turkic-states", "memberOf")
    visit = net.edges[ID + "ilham-aliyev", ID + "hungary", "visited"]["facts"][0]
    assert visit.kind == "event" and visit.year_to == visit.year_from


def test_country_level_folds_persons_into_their_country(sample_graph):
    from diplograph.views import country_network

    net = project_graph(sample_graph)
    top = country_network(net, sample_graph)
    assert {d["cls"] for _, d in top.nodes(data=True)} == {"Country", "IntergovernmentalOrganisation"}
    assert ID + "ilham-aliyev" in top.nodes[ID + "azerbaijan"]["members"]
    cities = [n for n, d in net.nodes(data=True) if d["cls"] == "City"]
    assert cities and all(len(top.graph["homes"][c]) == 1 and top.nodes[top.graph["homes"][c][0]]["cls"] == "Country" for c in cities)
    out = top.edges[ID + "hungary", ID + "azerbaijan", "visited"]
    back = top.edges[ID + "azerbaijan", ID + "hungary", "visited"]
    assert not out["both"] and len(out["facts"]) > 5 and len(back["facts"]) > 5
    assert not {f.iri for f in out["facts"]} & {f.iri for f in back["facts"]}
    # every visit between the two, each once, by the visit's own visitor country
    entity_visits = {f.iri for u, v, k, d in net.edges(keys=True, data=True) if k == "visited" and v in (ID + "hungary", ID + "azerbaijan")
                     for f in d["facts"]}
    assert {f.iri for f in out["facts"]} | {f.iri for f in back["facts"]} <= entity_visits
    (agreements,) = [d for u, v, k, d in top.edges(keys=True, data=True) if k == "signed" and {u, v} == {ID + "hungary", ID + "azerbaijan"}]
    assert agreements["both"] and len(agreements["facts"]) >= 5


def test_rules_give_the_same_facts_on_rdflib_and_oxigraph(sample_graph, settings):
    """Large graphs run the rules' SELECTs on Oxigraph; the facts behind every relation are the same."""
    from diplograph.views.facts import collect_facts

    on_rdflib = collect_facts(sample_graph, rules_dir=settings.rules_dir, engine="rdflib")
    on_oxigraph = collect_facts(sample_graph, rules_dir=settings.rules_dir, engine="oxigraph")
    assert len(on_rdflib) > 100
    assert {k: [f.iri for f in v] for k, v in on_rdflib.items()} == {k: [f.iri for f in v] for k, v in on_oxigraph.items()}


def test_a_query_view_draws_the_countries_of_its_entities(sample_graph, settings):
    """Orbán's visit to Kazakhstan: the country map shows Hungary too, with the visit's line (and takes a label)."""
    from diplograph.views import make_view

    view = make_view(graph=sample_graph, query="visits", params={"country": "Kazakhstan"}, settings=settings, corpus_dir=None)
    assert set(view.net.nodes) == {ID + "hungary", ID + "kazakhstan"}
    (facts,) = [d["facts"] for u, v, k, d in view.net.edges(keys=True, data=True) if (u, v, k) == (ID + "hungary", ID + "kazakhstan", "visited")]
    assert [f.iri for f in facts] == [ID + "visit-2019-04-viktor-orban"]


def test_contested_facts_are_marked_in_the_page(mini_graph, settings, tmp_path):
    """A fact that a dg:Contradiction names is marked: the preferred claim, and the other claims."""
    import json

    from rdflib import BNode, URIRef

    from diplograph.namespace import DG, DGID
    from diplograph.views import collect_facts, write_view

    membership = DGID["membership-ruritania-league-of-seas"]
    rival = URIRef(str(membership) + "-other")
    for p, o in list(mini_graph.predicate_objects(membership)):
        mini_graph.add((rival, p, o))
    c = BNode()
    mini_graph.add((c, DG.claim, membership))
    mini_graph.add((c, DG.claim, rival))
    mini_graph.add((c, DG.preferredClaim, membership))
    marks = {f.iri: f.contested for facts in collect_facts(mini_graph, rules_dir=settings.rules_dir).values() for f in facts}
    assert marks[str(membership)] == "preferred" and marks[str(rival)] == "contested"
    assert marks[str(DGID["visit-2001-05-rassendyll"])] == ""
    out = tmp_path / "v.html"
    write_view(out, graph=mini_graph, settings=settings, level="entity")
    html = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script[^>]*id="view-data"[^>]*>(.*?)</script>', html, re.S).group(1))
    contested = {f["id"]: f.get("contested") for f in data["facts"]}
    assert contested["membership-ruritania-league-of-seas"] == "preferred"
    assert "contested" not in next(f for f in data["facts"] if f["id"] == "visit-2001-05-rassendyll")
