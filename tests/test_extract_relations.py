"""Every relation pattern on invented news and encyclopedia sentences about other countries."""

from __future__ import annotations

import pytest

from diplograph.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.create()


def facts(extractor: Extractor, text: str, ftype: str, published: str = "2022-05-14") -> list:
    res = extractor.extract(text, doc_id="t", published=published)
    return [f for f in res.facts if f.type == ftype]


def test_visit_with_kind_and_range(extractor: Extractor) -> None:
    (f,) = facts(extractor, "Turkish President Recep Erdogan paid a state visit to Kazakhstan on 12-13 May 2022.", "visit")
    assert (f.values["visitor"], f.values["visitor_country"], f.values["host"], f.values["kind"]) == (("recep-erdogan",), "turkiye", "kazakhstan", "state")
    assert (f.start, f.end) == ("2022-05-12", "2022-05-13") and 0 < f.confidence < 1


def test_visit_in_a_bilateral_list_is_inferred(extractor: Extractor) -> None:
    text = "= Chile–Peru relations =\n== High-level visits ==\n- 4–5 March 1999 - President of Peru Alan Ruiz's working visit\n"
    (f,) = facts(extractor, text, "visit")
    assert f.values["host"] == "chile" and f.inferred == ("host",) and f.inference == "bilateral-list"
    assert text[f.evidence[0].start : f.evidence[0].end].startswith("4–5 March 1999")


def test_meeting_with_relative_date(extractor: Extractor) -> None:
    text = "Head of State Nursultan Abenov met with Minister of Foreign Affairs of Turkey Mevlut Kaya, the press office said on Tuesday."
    (f,) = facts(extractor, text, "meeting", published="2021-04-08")
    assert f.values["participants"] == ("mevlut-kaya", "nursultan-abenov") and f.start == "2021-04-06"
    assert f.inference == "relative-date"


def test_signing_and_partnership(extractor: Extractor) -> None:
    text = 'On 12 May 2022 Kazakhstan and Turkey signed a "Joint Declaration on Enhanced Strategic Partnership".'
    (s,) = facts(extractor, text, "signing")
    (p,) = facts(extractor, text, "partnership")
    assert s.values["parties"] == ("kazakhstan", "turkiye") and s.start == "2022-05-12"
    assert p.values["level"] == "enhanced-strategic" and p.values["established_by"] == s.id


def test_membership_and_observer(extractor: Extractor) -> None:
    text = "Both Chile and Peru are full members of the Pacific Alliance, while Costa Rica has observer status in the Pacific Alliance."
    got = sorted((f.values["member"], f.values["role"]) for f in facts(extractor, text, "membership"))
    assert got == [("chile", "member"), ("costa-rica", "observer"), ("peru", "member")]


def test_ambassador_position(extractor: Extractor) -> None:
    (f,) = facts(extractor, "Kazakh Ambassador to Turkey Erlan Sadykov presented his credentials.", "position")
    assert (f.values["role"], f.values["organisation"], f.values["accredited_to"]) == ("ambassador", "kazakhstan", "turkiye")


def test_embassy_presence_and_opening(extractor: Extractor) -> None:
    (m,) = facts(extractor, "Chile has an embassy in Lima.", "mission")
    assert m.values["embassy"] == "embassy-of-chile-in-peru"
    (o,) = facts(extractor, "The Embassy of Peru in Chile was opened in March 1994.", "embassy-opening")
    assert o.values["embassy"] == "embassy-of-peru-in-chile" and o.start == "1994-03"


def test_recognition_and_relations(extractor: Extractor) -> None:
    text = "Turkey recognized Kazakhstan on 16 December 1991. Diplomatic relations between Kazakhstan and Turkey were established on 2 March 1992."
    (r,) = facts(extractor, text, "recognition")
    (d,) = facts(extractor, text, "relations-established")
    assert (r.values["recognizer"], r.values["recognized"], r.start) == ("turkiye", "kazakhstan", "1991-12-16")
    assert d.start == "1992-03-02"


def test_sister_cities(extractor: Extractor) -> None:
    (f,) = facts(extractor, "== Sister cities ==\n- Arequipa, Peru - Valparaíso, Chile\n", "twinning")
    assert f.values["cities"] == ("arequipa", "valparaiso")


def test_trade_turnover(extractor: Extractor) -> None:
    (f,) = facts(extractor, "Trade turnover between Chile and Peru totaled $4.2 billion in 2020.", "trade-turnover")
    assert (f.values["amount"], f.values["currency"], f.values["year"]) == (4200000000, "USD", "2020")


def test_award(extractor: Extractor) -> None:
    (f,) = facts(extractor, "In 2019 President of Kenya Daniel Otieno was awarded the Order of the Golden Heart.", "award")
    assert f.values["recipient"] == "daniel-otieno" and f.values["award"] == "order-of-the-golden-heart"


def test_summit_hosted(extractor: Extractor) -> None:
    (f,) = facts(extractor, "The African Union summit was held on 9-10 February 2020 in Ethiopia.", "summit")
    assert (f.values["organiser"], f.values.get("host"), f.start) == ("african-union", "ethiopia", "2020-02-09")


def test_no_facts_from_chatter(extractor: Extractor) -> None:
    assert extractor.extract("The weather in Lima was pleasant and the markets were busy.", doc_id="t").facts == []
