"""Second round of general recognition rules (issue 10), written for the misses of the invented set
(tests/heldout) as categories of phrasing: each rule is tested on invented sentences about other
countries than the set's, with sentences that must not give a fact (planned, denied, hypothetical)."""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.extract.pipeline import Extractor
from diplograph.extract.temporal import find_dates


def facts(ex: Extractor, text: str, ftype: str, published: str = "2023-05-04") -> list[dict[str, Any]]:
    res = ex.extract(text, doc_id="t", published=published)
    return [{**f.values, "start": f.start} for f in res.facts if f.type == ftype]


def visits(ex: Extractor, text: str, published: str = "2023-05-04") -> set[tuple[str, str, str, str | None]]:
    return {(v, f["visitor_country"], f["host"], f["start"]) for f in facts(ex, text, "visit", published) for v in f["visitor"]}


def meetings(ex: Extractor, text: str, published: str = "2023-05-04") -> set[tuple[tuple[str, ...], str | None]]:
    return {(tuple(sorted(f["participants"])), f["start"]) for f in facts(ex, text, "meeting", published)}


def positions(ex: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {(f["person"], f["role"], f["organisation"]) for f in facts(ex, text, "position")}


# -- names with lower-case particles -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Jordanian Foreign Minister Nasser bin Khalid al-Rashid arrived.", ("nasser-bin-khalid-al-rashid", "minister", "jordan")),
        ("Belgian Prime Minister Pieter van den Berg arrived.", ("pieter-van-den-berg", "prime-minister", "belgium")),
        ("Joana da Silva, the Foreign Minister of Portugal, arrived.", ("joana-da-silva", "minister", "portugal")),
    ],
)
def test_names_with_particles(ex: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(ex, text)


def test_a_particle_word_alone_is_no_name(ex: Extractor) -> None:
    got = positions(ex, "Peruvian President Ana Ruiz met de facto authorities.")
    assert got == {("ana-ruiz", "president", "peru")}


def test_the_appositive_name_before_its_title_is_its_holder(ex: Extractor) -> None:
    text = ("At the invitation of His Excellency Omar Haddad, President of the Republic of Tunisia, His Highness Sheikh "
            "Nasser bin Khalid, Emir of the State of Kuwait, paid a state visit to Tunisia on 2 May 2023.")
    got = positions(ex, text)
    assert ("omar-haddad", "president", "tunisia") in got
    assert ("nasser-bin-khalid", "official", "kuwait") in got
    assert visits(ex, text) == {("nasser-bin-khalid", "kuwait", "tunisia", "2023-05-02")}


# -- lists of visits under "From X to Y:" ----------------------------------------------------------
_VISIT_LIST = """Ghana–Mexico relations

High-level visits
From Ghana to Mexico:
2008: President John Kufuor (state visit)
12–14 May 2019: Vice-President Kwame Asante

From Mexico to Ghana:
2015: Foreign Minister Rosa Mendez

Agreements
The two countries signed a cultural agreement in 1975.
"""


def test_a_list_of_visits_by_direction(ex: Extractor) -> None:
    got = visits(ex, _VISIT_LIST, "2024")
    assert got == {("john-kufuor", "ghana", "mexico", "2008"), ("kwame-asante", "ghana", "mexico", "2019-05-12"),
                   ("rosa-mendez", "mexico", "ghana", "2015")}
    assert ("john-kufuor", "president", "ghana") in positions(ex, _VISIT_LIST)


def test_dated_lines_after_the_list_are_no_visits(ex: Extractor) -> None:
    text = "From Ghana to Mexico:\n2008: President John Kufuor\n\nEconomy\n2010: Minister Ama Owusu opened a trade fair in Accra."
    assert {v[0] for v in visits(ex, text, "2024")} == {"john-kufuor"}


# -- lists of instruments, each with its date --------------------------------------------------------
def test_each_instrument_of_a_list_with_its_own_year(ex: Extractor) -> None:
    text = ("Agreements signed between Peru and Ghana include an Agreement on Trade (1985), a Convention for the Avoidance "
            "of Double Taxation (2014) and a Treaty on Extradition in 2016.")
    got = {(f["start"], f["instrument"].split("-peru")[0].split("-ghana")[0]) for f in facts(ex, text, "signing", "2024")}
    assert {d for d, _ in got} == {"1985", "2014", "2016"}


def test_a_list_of_instruments_planned_is_no_signing(ex: Extractor) -> None:
    text = "Peru and Ghana will sign an Agreement on Trade (2025) and a Treaty on Extradition (2026)."
    assert facts(ex, text, "signing", "2024-01-10") == []


def test_documents_listed_after_a_signed_on_sentence(ex: Extractor) -> None:
    text = ("Joint statement of Peru and Ghana\n\nPeru and Ghana reaffirmed the friendship between Peru and Ghana. In the presence of the two presidents, the following documents were signed on "
            "3 May 2023:\n- Agreement on Air Services;\n- Memorandum of Understanding on Tourism.\n\nThe sides discussed trade.")
    got = facts(ex, text, "signing")
    assert len(got) == 2 and {f["start"] for f in got} == {"2023-05-03"}
    assert all(f["parties"] == ("ghana", "peru") for f in got)


# -- plural references, pronouns, receptions, courtesy calls ----------------------------------------
def test_the_two_leaders_are_the_last_two_named(ex: Extractor) -> None:
    text = ("Peruvian President Ana Ruiz arrived in Accra on 2 May 2023 at the invitation of Ghanaian President Kofi Mensah. "
            "On 3 May 2023, the two leaders held official talks at Jubilee House.")
    assert (("ana-ruiz", "kofi-mensah"), "2023-05-03") in meetings(ex, text)


def test_the_two_leaders_without_two_named_is_nobody(ex: Extractor) -> None:
    assert meetings(ex, "On 3 May 2023, the two leaders held official talks in Lima.") == set()


def test_an_opening_phrase_keeps_its_talks(ex: Extractor) -> None:
    text = ("Peruvian President Ana Ruiz met Ghanaian President Kofi Mensah in Accra on 3 May 2023. Following talks between "
            "the two leaders, Peruvian Foreign Minister Luis Vega and his Ghanaian counterpart Ama Owusu signed an agreement on trade.")
    parts = {p for p, _ in meetings(ex, text)}
    assert ("ana-ruiz", "kofi-mensah") in parts
    assert not any("luis-vega" in p for p in parts)


def test_received_a_visitor_who_is_on_a_visit(ex: Extractor) -> None:
    text = ("The Minister of Foreign Affairs of Peru, Luis Vega, today received the Minister of Foreign Affairs of Ghana, "
            "Ama Owusu, who is on an official visit to Peru from 3 to 5 May.")
    assert visits(ex, text) == {("ama-owusu", "ghana", "peru", "2023-05-03")}
    assert (("ama-owusu", "luis-vega"), "2023-05-04") in meetings(ex, text)


def test_a_pronoun_after_an_opening_phrase(ex: Extractor) -> None:
    text = ("Peruvian Foreign Minister Luis Vega arrived in Ghana on 2 May 2023. "
            "On Wednesday, he was received by Ghanaian President Kofi Mensah.")
    assert (("kofi-mensah", "luis-vega"), "2023-05-03") in meetings(ex, text)


def test_courtesy_call(ex: Extractor) -> None:
    text = "Peruvian Foreign Minister Luis Vega paid a courtesy call on Ghanaian President Kofi Mensah on 3 May 2023."
    assert meetings(ex, text) == {(("kofi-mensah", "luis-vega"), "2023-05-03")}


def test_a_planned_courtesy_call_is_no_meeting(ex: Extractor) -> None:
    text = "Peruvian Foreign Minister Luis Vega will pay a courtesy call on Ghanaian President Kofi Mensah on 3 June 2023."
    assert meetings(ex, text) == set()


def test_visits_in_two_years(ex: Extractor) -> None:
    text = "Peruvian President Ana Ruiz visited Ghana in 2015 and again in October 2019."
    assert visits(ex, text) == {("ana-ruiz", "peru", "ghana", "2015"), ("ana-ruiz", "peru", "ghana", "2019-10")}


# -- statuses ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Peru and Ghana are both members of the United Nations.", {("peru", "united-nations"), ("ghana", "united-nations")}),
        ("Myanmar, which remains a member of the United Nations, was absent.", {("myanmar", "united-nations")}),
    ],
)
def test_membership_phrasings(ex: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    got = {(f["member"], f["organisation"]) for f in facts(ex, text, "membership") if f["role"] == "member"}
    assert expected <= got


def test_membership_hoped_for_is_none(ex: Extractor) -> None:
    assert facts(ex, "Ghana hopes to become a member of the Pacific Alliance.", "membership") == []


def test_to_establish_diplomatic_relations(ex: Extractor) -> None:
    text = "Peru was the first country in South America to establish diplomatic relations with Ghana, on 25 March 1961."
    got = {(f["parties"], f["start"]) for f in facts(ex, text, "relations-established")}
    assert got == {(("ghana", "peru"), "1961-03-25")}


def test_agreeing_to_establish_relations_is_no_fact(ex: Extractor) -> None:
    assert facts(ex, "Peru and Ghana agreed to establish diplomatic relations in 2024.", "relations-established", "2023-05-04") == []


# -- trade ---------------------------------------------------------------------------------------------
def test_a_trade_target_is_no_figure(ex: Extractor) -> None:
    text = "Trade between Peru and Ghana stood at $2.5 billion in 2022, and the two sides set a target of $10 billion."
    assert {f["amount"] for f in facts(ex, text, "trade-turnover")} == {2500000000}


# -- dates ---------------------------------------------------------------------------------------------
def test_last_weekday_and_last_month() -> None:
    assert [d.start for d in find_dates("They met last Thursday.", "2025-04-24")] == ["2025-04-17"]
    assert [d.start for d in find_dates("They met on Thursday.", "2025-04-24")] == ["2025-04-24"]
    assert [d.start for d in find_dates("I was in Lima last October.", "2025-02-10")] == ["2024-10"]
    assert [d.start for d in find_dates("She took office in October and arrived.", "2025-04-09")] == ["2024-10"]
    assert [d.start for d in find_dates("She will travel in October.", "2025-04-09")] == ["2025-10"]


# -- summits -------------------------------------------------------------------------------------------
def summits(ex: Extractor, text: str, published: str) -> set[tuple[str, str | None, str | None]]:
    return {(f["organiser"], f.get("host"), f["start"]) for f in facts(ex, text, "summit", published)}


def test_a_summit_held_here_is_at_the_dateline(ex: Extractor) -> None:
    text = ("NAIROBI, May 6 (Reuters) -- The 5th African Union Summit opened here on Thursday. "
            "Leaders said the African Union summit held from May 4 to 6 agreed a budget.")
    got = summits(ex, text, "2023-05-06")
    assert ("african-union", "kenya", "2023-05-04") in got
    assert all(h == "kenya" for _, h, _ in got)


def test_a_summit_that_concluded_is_not_dated_by_its_end(ex: Extractor) -> None:
    text = "LIMA, May 6 (Reuters) -- The African Union summits concluded on Saturday."
    assert summits(ex, text, "2023-05-06") == set()


def test_summits_in_general_are_no_event(ex: Extractor) -> None:
    text = "In 2022 Peru was allowed to attend all African Union meetings, including summits."
    assert summits(ex, text, "2023-05-06") == set()


# -- twinning --------------------------------------------------------------------------------------------
def twins(ex: Extractor, text: str) -> set[tuple[str, ...]]:
    return {f["cities"] for f in facts(ex, text, "twinning")}


def test_twinned_with_each_city_after_with(ex: Extractor) -> None:
    text = "The city of Mombasa has been twinned with Seattle since 1981, while Nairobi already has a twinning link with Denver."
    assert twins(ex, text) == {("mombasa", "seattle"), ("denver", "nairobi")}


def test_the_cities_of_a_and_b_signed_a_twinning_agreement(ex: Extractor) -> None:
    assert twins(ex, "The cities of Mombasa and Seattle on Tuesday signed a twinning agreement.") == {("mombasa", "seattle")}


def test_a_planned_twinning_is_none(ex: Extractor) -> None:
    assert twins(ex, "Mombasa hopes to be twinned with Seattle next year.") == set()


# -- missions --------------------------------------------------------------------------------------------
def test_represented_through_its_embassy_in_a_third_country(ex: Extractor) -> None:
    got = {(f["embassy"]) for f in facts(ex, "Ghana is represented in Peru through its embassy in Brasilia.", "mission")}
    assert got == {"embassy-of-ghana-in-brazil"}


def test_a_planned_embassy_is_no_mission(ex: Extractor) -> None:
    assert facts(ex, "Ghana plans to be represented in Peru by its embassy in Brasilia.", "mission") == []


# -- posts in bodies -------------------------------------------------------------------------------------
def test_a_body_post_whose_country_comes_later(ex: Extractor) -> None:
    text = ("Speaker of the National Assembly Professor Kofi Mensah arrived in Lima on 3 May 2023. "
            "The Ghanaian speaker met Peruvian President Ana Ruiz on 4 May 2023.")
    got = {(f["person"], f["role"], f["organisation"], f.get("title")) for f in facts(ex, text, "position")}
    assert ("kofi-mensah", "speaker", "national-assembly-of-ghana", "Speaker of the National Assembly") in got
    assert not any(o == "ghana" for p, _, o, _ in got if p == "kofi-mensah")


def test_a_counterpart_post_is_not_repeated_for_the_country(ex: Extractor) -> None:
    text = ("Peruvian Foreign Minister Luis Vega met the Speaker of the Parliament of Ghana, Kofi Mensah, on 3 May 2023. "
            "Speaker Ana Ruiz and her Ghanaian counterpart Kofi Mensah then spoke.")
    got = {(f["person"], f["organisation"]) for f in facts(ex, text, "position") if f["person"] == "kofi-mensah"}
    assert got == {("kofi-mensah", "parliament-of-ghana")}


# -- visits told in an aside, abbreviated country names -----------------------------------------------
def test_a_visit_told_in_an_aside(ex: Extractor) -> None:
    text = "Ghanaian Speaker Kofi Mensah, who last visited Lima in 2019, thanked Peru for its support."
    assert visits(ex, text) == {("kofi-mensah", "ghana", "peru", "2019")}


def test_an_arrival_that_morning_is_of_the_sentence_day(ex: Extractor) -> None:
    text = "On Saturday, U.S. President Ana Ruiz, who arrived in Accra that morning, attended the summit."
    assert visits(ex, text, "2023-05-07") == {("ana-ruiz", "united-states", "ghana", "2023-05-06")}
    assert ("ana-ruiz", "president", "united-states") in positions(ex, text)


def test_a_visit_planned_in_an_aside_is_none(ex: Extractor) -> None:
    text = "Ghanaian Speaker Kofi Mensah, who will visit Lima in 2024, thanked Peru for its support."
    assert visits(ex, text) == set()


def test_a_lone_visitor_named_by_surname_in_a_two_country_text(ex: Extractor) -> None:
    text = ("Ghana opens embassy in Lima\n\nForeign Minister Kofi Mensah opened the embassy of Ghana in Lima on Wednesday, "
            "the first Ghanaian mission in Peru. Mensah has been on a working visit to Peru since Tuesday.")
    assert ("kofi-mensah", "ghana", "peru", "2023-05-02") in visits(ex, text, "2023-05-04")
    assert ("kofi-mensah", "minister", "peru") not in positions(ex, text)


def test_a_national_reference_to_a_named_holder_gives_no_one_else_that_country(ex: Extractor) -> None:
    text = ("Foreign Minister Ana Ruiz today received Ghanaian Foreign Minister Kofi Mensah in Lima. "
            "The Ghanaian minister later met President Luis Vega.")
    got = positions(ex, text)
    assert ("kofi-mensah", "minister", "ghana") in got
    assert ("ana-ruiz", "minister", "ghana") not in got


def test_the_one_who_receives_a_visitor_of_one_side_is_of_the_other(ex: Extractor) -> None:
    text = ("Ghana opens embassy in Lima\n\nGhanaian Foreign Minister Kofi Mensah opened Ghana's embassy in Peru on Monday, "
            "the first Ghanaian mission in Peru. On Wednesday, he was received by President Luis Vega at the palace.")
    assert ("luis-vega", "president", "peru") in positions(ex, text)


def test_a_meeting_of_two_unplaced_persons_places_neither(ex: Extractor) -> None:
    text = "Ghana and Peru\n\nGhana and Peru are partners. President Luis Vega met President Ana Ruiz on 2 May 2023."
    got = positions(ex, text)
    assert not any(p in ("luis-vega", "ana-ruiz") for p, _, _ in got)


# -- days told relative to a visit or to talks -------------------------------------------------------
def test_the_first_day_of_the_visit_and_a_signing_after_it(ex: Extractor) -> None:
    text = ("Ghana and Peru sign memorandum\n\nGhanaian Foreign Minister Kofi Mensah paid a working visit to Peru from 2 to 4 May 2023. On the first day of the "
            "visit, he met Peru's Cabinet Secretary for Foreign and Diaspora Affairs Luis Vega, and the two signed a "
            "memorandum of understanding on bilateral political consultations.")
    assert (("kofi-mensah", "luis-vega"), "2023-05-02") in meetings(ex, text)
    assert ("luis-vega", "minister", "peru") in positions(ex, text)
    assert {(f["parties"], f["start"]) for f in facts(ex, text, "signing")} == {(("ghana", "peru"), "2023-05-02")}
    assert facts(ex, text, "meeting") and all("name" not in f for f in facts(ex, text, "meeting"))  # no "consultations" meeting


def test_signed_following_the_talks_takes_the_day_of_the_report(ex: Extractor) -> None:
    text = ("Peruvian Foreign Minister Luis Vega today received Ghanaian Foreign Minister Kofi Mensah in Lima. "
            "Following the talks, the ministers signed an Agreement on Cooperation in Agriculture between Peru and Ghana.")
    assert {(f["parties"], f["start"]) for f in facts(ex, text, "signing")} == {(("ghana", "peru"), "2023-05-04")}


def test_a_signing_planned_after_the_talks_is_none(ex: Extractor) -> None:
    text = ("Peruvian Foreign Minister Luis Vega today received Ghanaian Foreign Minister Kofi Mensah in Lima. "
            "Following the talks, the ministers are expected to sign an Agreement on Cooperation between Peru and Ghana.")
    assert facts(ex, text, "signing") == []


def test_a_date_without_year_takes_the_year_the_sentence_gave() -> None:
    got = [(d.start, d.relative) for d in find_dates("a state visit from 24 to 28 October 2023, during which he met her on 25 October", "2025-04-24")]
    assert got == [("2023-10-24", False), ("2023-10-25", False)]


def test_a_two_letter_surname_only_for_a_person_named_in_full(ex: Extractor) -> None:
    named = "Taiwanese Foreign Minister Joseph Wu arrived in Lima on 2 May 2023. Wu met Peruvian President Ana Ruiz on 3 May 2023."
    assert (("ana-ruiz", "joseph-wu"), "2023-05-03") in meetings(ex, named)
    assert meetings(ex, "Wu met Peruvian President Ana Ruiz on 3 May 2023.") == set()


def test_a_country_name_before_an_appositive_title_is_no_person(ex: Extractor) -> None:
    text = ("Peruvian President Ana Ruiz received the ambassadors. Speaking of relations with the United Arab Emirates, "
            "the head of state recalled his state visit to Abu Dhabi in March 2019.")
    got = positions(ex, text)
    assert not any("emirates" in p for p, _, _ in got)
    assert ("ana-ruiz", "peru", "united-arab-emirates", "2019-03") in visits(ex, text)


def test_the_one_who_accompanied_takes_no_part(ex: Extractor) -> None:
    text = ("Ghanaian Foreign Minister Kofi Mensah arrived in Lima on 2 May 2023. The Ghanaian minister, who was accompanied "
            "by the Ambassador of Ghana to Peru, Ama Owusu, later paid a courtesy call on President Ana Ruiz on 3 May 2023.")
    assert meetings(ex, text) == {(("ana-ruiz", "kofi-mensah"), "2023-05-03")}
    assert ("ama-owusu", "ambassador", "ghana") in positions(ex, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ghana joined, whereas Peru, under President Ana Ruiz, declined the invitation.", {("ana-ruiz", "president", "peru")}),
        ("Peru, led by Prime Minister Luis Vega, voted against.", {("luis-vega", "prime-minister", "peru")}),
        ("Peru signed it under pressure from President Ana Ruiz.", set()),
    ],
)
def test_a_country_under_its_leader(ex: Extractor, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert positions(ex, text) == expected


def test_an_accession_and_a_declaration_of_a_summit(ex: Extractor) -> None:
    acc = "On 10 November 2022 Ghana signed the Treaty of Amity and Cooperation in Southeast Asia, becoming the latest country to accede."
    assert {f["parties"] for f in facts(ex, acc, "signing", "2022-11-13")} == {("ghana",)}
    summit = ("The African Union summit was held in Accra on 10 November 2022. "
              "On 11 November 2022, the leaders signed the Accra Declaration on Youth.")
    assert {(f["parties"], f["start"]) for f in facts(ex, summit, "signing", "2022-11-13")} == {(("african-union",), "2022-11-11")}


def test_one_country_signing_without_accession_is_none(ex: Extractor) -> None:
    text = "On 10 November 2022 Ghana signed the Treaty of Amity and Cooperation."
    assert facts(ex, text, "signing", "2022-11-13") == []


def test_a_trip_to_a_city_for_a_summit(ex: Extractor) -> None:
    text = "In October 2022, Peruvian President Ana Ruiz travelled to Addis Ababa for the African Union Summit."
    assert summits(ex, text, "2023-05-06") == {("african-union", "ethiopia", "2022-10")}
    planned = "Peruvian President Ana Ruiz will travel to Addis Ababa for the African Union Summit in October 2023."
    assert summits(ex, planned, "2023-05-06") == set()


def test_honorifics_before_an_appositive_name_are_not_part_of_it() -> None:
    from diplograph.extract import extract_text

    text = ("ABU DHABI, 4 March 2024 - The President received the credentials of H.E. Tumelo Mokoena, "
            "Ambassador of South Africa to the UAE, and H.E. Dr. Amara Sesay, Ambassador of Sierra Leone.")
    persons = sorted(f.values["person"] for f in extract_text(text, published="2024-03-04").facts if f.type == "position")
    assert persons == ["amara-sesay", "tumelo-mokoena"]
