"""The fact-type table (graph/facttypes.py) is the one declaration every stage reads; these tests keep it,
the ontology, the shapes, the rules, the curators' README and the README's checklist in step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph
from rdflib.namespace import SH

from diplograph.graph.facttypes import FACT_KINDS, fact_keys, identity_of
from diplograph.graph.triples import fact_label
from diplograph.model import Fact
from diplograph.settings import Settings

GENERIC_RULES = {"attested-on.rq"}  # rules over every status, not one fact type


def _sample_values(name: str) -> dict[str, object]:
    values: dict[str, object] = {}
    for f in FACT_KINDS[name].record.fields:
        if f.kind == "concept":
            from diplograph.graph.mapping import CONCEPTS

            values[f.name] = next(iter(CONCEPTS[f.concepts]))
        elif f.kind in ("decimal", "integer"):
            values[f.name] = 1200
        elif f.kind == "year":
            values[f.name] = "2020"
        elif f.kind == "bool":
            values[f.name] = True
        else:
            values[f.name] = ("x-1", "x-2") if f.many else f"{f.name}-x"
    return values


def test_curators_readme_documents_every_fact_type(settings: Settings) -> None:
    readme = (settings.sources_dir / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Fact types"):]
    documented = set(re.findall(r"^\| `([a-z-]+)` \|", table, flags=re.M))
    assert documented == set(FACT_KINDS)


def test_every_fact_class_is_in_the_ontology_and_has_a_shape(settings: Settings) -> None:
    onto = Graph().parse(settings.ontology_file)
    shapes = Graph().parse(settings.shapes_file)
    targeted = set(shapes.objects(None, SH.targetClass))
    for name, kind in FACT_KINDS.items():
        cls = kind.record.cls
        assert (cls, RDF.type, OWL.Class) in onto, name
        # the class or one of its superclasses is a shape's target
        supers = {cls} | set(onto.transitive_objects(cls, __import__("rdflib").RDFS.subClassOf))
        assert supers & targeted, name


def test_rules_named_by_the_table_exist_and_every_rule_is_claimed(settings: Settings) -> None:
    files = {p.name for p in settings.rules_dir.glob("*.rq")}
    claimed = {r for k in FACT_KINDS.values() for r in k.rules}
    assert claimed <= files, claimed - files
    assert files - claimed == GENERIC_RULES


@pytest.mark.parametrize("name", sorted(FACT_KINDS))
def test_every_type_has_a_label_keys_and_an_identity(name: str) -> None:
    kind = FACT_KINDS[name]
    fact = Fact(f"{name}-1", name, (), _sample_values(name), start="2020-05-04")
    label = fact_label(fact, {})
    assert label and label[0].isupper() and "?" not in label, label
    assert label.endswith("2020-05-04") == kind.dated_label
    keys = fact_keys(fact, {})
    assert keys and all(k[0] == kind.relation_of(fact) for k in keys)
    ident = identity_of(fact)
    assert ident[0] == name and len(ident) == 1 + len(kind.identity)
    assert all(field in {f.name for f in kind.record.fields} for field in kind.identity)
    assert kind.ref in {f.name for f in kind.record.fields}


def test_readme_checklist_names_real_places(settings: Settings) -> None:
    readme = (settings.home / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### How to add a fact type"):]
    section = section[: section.index("\n## ")] if "\n## " in section else section
    paths = re.findall(r"`((?:src|ontology|graph|tests|queries)/[^`]+)`", section)
    assert len(paths) >= 5
    for p in paths:
        assert (settings.home / p.split("::")[0]).exists(), p
    assert "FACT_KINDS" in section
