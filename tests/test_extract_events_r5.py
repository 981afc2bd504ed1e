"""Events round 5 (issue 10): rules for phrasings the third invented set showed missing or misread, each tested
on invented sentences about other countries, with sentences that must give no fact."""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.extract.pipeline import Extractor


def facts(ex: Extractor, text: str, ftype: str, published: str = "2023-05-04") -> list[dict[str, Any]]:
    res = ex.extract(text, doc_id="t", published=published)
    return [{**f.values, "start": f.start, "end": f.end} for f in res.facts if f.type == ftype]


def pairs(ex: Extractor, text: str) -> set[tuple[str, ...]]:
    return {tuple(f["participants"]) for f in facts(ex, text, "meeting")}


# -- meetings: a gathering's host, an airport welcome, a spokesman, a building ---------------------------
@pytest.mark.parametrize("text", [
    "The summit, hosted by Ghanaian President Kofi Mensah, was attended by Senegalese President Amadou Diallo and "
    "Malian President Ibrahim Keita on 2 May 2023.",
    "Ghanaian President Kofi Mensah hosted the regional summit attended by Senegalese President Amadou Diallo and "
    "Malian President Ibrahim Keita on 2 May 2023.",
    "Ghanaian President Kofi Mensah hosted a gala dinner for Senegalese President Amadou Diallo and Malian President "
    "Ibrahim Keita on 2 May 2023.",
])
def test_hosting_a_gathering_is_no_meeting(ex: Extractor, text: str) -> None:
    assert pairs(ex, text) == set()


def test_hosting_a_person_is_still_a_meeting(ex: Extractor) -> None:
    text = "Ghanaian President Kofi Mensah hosted Senegalese President Amadou Diallo in Accra on 2 May 2023."
    assert pairs(ex, text) == {("amadou-diallo", "kofi-mensah")}


def test_an_airport_welcome_is_no_meeting(ex: Extractor) -> None:
    text = ("Senegalese President Amadou Diallo arrived in Accra on 2 May 2023 and was received at Kotoka airport by "
            "Ghanaian Vice President Ama Boateng.")
    assert pairs(ex, text) == set()
    assert [(f["visitor"], f["host"]) for f in facts(ex, text, "visit")] == [(("amadou-diallo",), "ghana")]


def test_a_spokesman_who_reports_the_meeting_took_no_part(ex: Extractor) -> None:
    text = ("Ghanaian President Kofi Mensah received Senegalese Foreign Minister Awa Ndiaye in Accra on 2 May 2023, "
            "presidential spokesman Yaw Owusu said in a statement.")
    assert pairs(ex, text) == {("awa-ndiaye", "kofi-mensah")}


def test_a_palace_is_no_participant(ex: Extractor) -> None:
    text = ("Senegalese President Amadou Diallo called on the King at Osu Palace on 2 May 2023, where he also met the "
            "former King, Kwame Asante.")
    assert pairs(ex, text) == {("amadou-diallo", "kwame-asante")}


@pytest.mark.parametrize("text, met", [
    ("Senegalese President Amadou Diallo called on Ghanaian President Kofi Mensah in Accra on 2 May 2023.", True),
    ("Senegalese President Amadou Diallo called on Ghanaian President Kofi Mensah to release the detainees on 2 May 2023.", False),
])
def test_called_on(ex: Extractor, text: str, met: bool) -> None:
    assert pairs(ex, text) == ({("amadou-diallo", "kofi-mensah")} if met else set())


# -- a multilateral body's session is no meeting of two countries; "due to" is a plan ---------------------
@pytest.mark.parametrize("text", [
    "Ghana and Senegal took part in the 40th session of the Council of the African Union, held in Accra on 2 May 2023.",
    "Ghana and Senegal took part in the 40th session of the Pan-African Parliament's council, held in Accra on 2 May 2023."
    " It was the 40th session of the Economic Community of West African States Council.",
])
def test_a_session_of_an_organisation_is_no_bilateral_meeting(ex: Extractor, text: str) -> None:
    assert facts(ex, text, "meeting") == []


def test_a_joint_commission_session_is_still_a_meeting(ex: Extractor) -> None:
    text = "The 5th session of the Ghana-Senegal joint commission was held in Accra on 2 May 2023."
    assert [f["participants"] for f in facts(ex, text, "meeting")] == [("ghana", "senegal")]


def test_a_session_they_are_due_to_attend_is_planned(ex: Extractor) -> None:
    text = "Ghana and Senegal are due to take part in the 5th session of the joint commission, held in Accra on 9 May 2023."
    assert facts(ex, text, "meeting") == []


# -- visits: an arrival and its visit word are one visit; "since 1990" dates none; "landed in" ------------
def test_arrival_on_a_state_visit_with_an_airport_welcome(ex: Extractor) -> None:
    text = ("ACCRA, May 4 (Reuters) - Senegalese President Amadou Diallo arrived here on Thursday on a two-day state visit "
            "to Ghana and was received at the airport by Ghanaian President Kofi Mensah.")
    got = facts(ex, text, "visit")
    assert [(f["visitor"], f["host"], f["start"], f.get("kind")) for f in got] == [(("amadou-diallo",), "ghana", "2023-05-04", "state")]
    assert pairs(ex, text) == set()


def test_the_first_visit_since_a_year_is_not_dated_by_that_year(ex: Extractor) -> None:
    text = ("Senegalese President Amadou Diallo arrived in Accra on Tuesday for a four-day official visit, the first by a "
            "Senegalese head of state to Ghana since 1998.")
    assert [(f["host"], f["start"]) for f in facts(ex, text, "visit")] == [("ghana", "2023-05-02")]


def test_on_a_visit_since_a_weekday_began_that_day(ex: Extractor) -> None:
    text = "Senegalese Foreign Minister Awa Ndiaye has been on a working visit to Ghana since Tuesday."
    assert [(f["host"], f["start"]) for f in facts(ex, text, "visit")] == [("ghana", "2023-05-02")]


@pytest.mark.parametrize("text, n", [
    ("Senegalese President Amadou Diallo landed in Accra on Tuesday.", 1),
    ("Senegalese President Amadou Diallo will land in Accra on Tuesday.", 0),
    ("Senegalese President Amadou Diallo has not landed in Accra since Tuesday.", 0),
])
def test_landed_in(ex: Extractor, text: str, n: int) -> None:
    assert len(facts(ex, text, "visit")) == n


def test_an_arrival_told_in_an_aside_on_a_weekday(ex: Extractor) -> None:
    text = ("Senegalese Foreign Minister Awa Ndiaye is in Ghana.\n\n"
            "Ndiaye, who arrived in Accra on Tuesday evening on a two-day visit, handed President Kofi Mensah a letter.")
    assert [(f["visitor"], f["host"], f["start"]) for f in facts(ex, text, "visit")] == [(("awa-ndiaye",), "ghana", "2023-05-02")]


# -- a summit "in <city> hosted by", a possessor, companions and pairwise talks --------------------------
def test_a_summit_in_a_city_hosted_by_is_no_meeting(ex: Extractor) -> None:
    text = ("Senegal joined the bloc on 2 May 2023 at a summit in Accra hosted by Ghanaian President Kofi Mensah that "
            "Malian President Ibrahim Keita chose not to attend.")
    assert pairs(ex, text) == set()


def test_a_person_named_for_their_envoy_took_no_part(ex: Extractor) -> None:
    text = ("Senegalese Foreign Minister Awa Ndiaye travelled to Accra on 2 May 2023 with Ghanaian President Kofi Mensah's "
            "special envoy and met Ghanaian Foreign Minister Yaw Owusu.")
    assert pairs(ex, text) == {("awa-ndiaye", "yaw-owusu")}


def test_a_companion_of_the_visitor_visited_too_and_each_held_talks(ex: Extractor) -> None:
    text = ("On 2 May 2023 Senegalese President Amadou Diallo visited Accra together with Malian President Ibrahim Keita; "
            "both held talks with Ghanaian President Kofi Mensah.")
    got = {(f["visitor"], f["visitor_country"], f["host"]) for f in facts(ex, text, "visit")}
    assert got == {(("amadou-diallo",), "senegal", "ghana"), (("ibrahim-keita",), "mali", "ghana")}
    assert pairs(ex, text) == {("amadou-diallo", "kofi-mensah"), ("ibrahim-keita", "kofi-mensah")}


def test_a_host_named_with_the_visit_is_no_companion(ex: Extractor) -> None:
    text = "On 2 May 2023 Senegalese President Amadou Diallo visited Accra and held talks with Ghanaian President Kofi Mensah."
    got = {(f["visitor"], f["host"]) for f in facts(ex, text, "visit")}
    assert got == {(("amadou-diallo",), "ghana")}


def test_two_who_met_each_other_are_one_meeting(ex: Extractor) -> None:
    text = "Senegalese President Amadou Diallo and Ghanaian President Kofi Mensah met in Accra on 2 May 2023."
    assert pairs(ex, text) == {("amadou-diallo", "kofi-mensah")}


def test_an_account_reaches_the_day_of_a_visit(ex: Extractor) -> None:
    text = ("Ghana–Senegal relations\n\nGhana and Senegal established diplomatic relations in 1960.\n\n"
            "Senegalese President Amadou Diallo paid an official visit to Accra on 5 April 2019. "
            "He was received by Ghanaian President Kofi Mensah.")
    assert [(f["participants"], f["start"]) for f in facts(ex, text, "meeting", published="2024")] == [(("amadou-diallo", "kofi-mensah"), "2019-04-05")]


# -- summits: a status's body, the place a "where" follows, the lead's dateline, a retelling -------------
def summits(ex: Extractor, text: str, published: str = "2023-05-06") -> set[tuple[Any, ...]]:
    return {(f["organiser"], f.get("host"), f["start"]) for f in facts(ex, text, "summit", published)}


def test_a_summit_at_which_a_status_was_gained_is_the_bodys(ex: Extractor) -> None:
    text = "Senegal became a full member of ECOWAS on Friday, at a summit in Accra attended by West African leaders."
    assert summits(ex, text) == {("ecowas", "ghana", "2023-05-05")}


def test_a_summit_named_with_another_body_is_not_given_to_it(ex: Extractor) -> None:
    text = "Senegal, a member of ECOWAS, sent its foreign minister to a summit in Accra on Friday."
    assert all(org != "ecowas" for org, _, _ in summits(ex, text))


def test_a_summit_in_the_place_a_where_clause_follows(ex: Extractor) -> None:
    text = ("Senegalese President Amadou Diallo is in Ghana.\n\n"
            "He came from Abuja, where on Thursday he addressed a summit of ECOWAS as a guest.")
    assert summits(ex, text) == {("ecowas", "nigeria", "2023-05-04")}


LEAD = ("ACCRA, Ghana (AP) — West African leaders gathered Friday in the coastal nation of Ghana for the 48th summit "
        "of the Economic Community of West African States.\n\n")


def test_a_lead_that_gathers_leaders_in_its_dateline_place(ex: Extractor) -> None:
    assert summits(ex, LEAD) == {("ecowas", "ghana", "2023-05-05")}


def test_a_retelling_of_the_summit_is_the_same_summit(ex: Extractor) -> None:
    text = LEAD + ("Senegalese President Amadou Diallo, who arrived in Accra on Thursday, met Malian President Ibrahim "
                   "Keita on the sidelines of the summit.\n\nThe ECOWAS summit ended with a declaration.")
    assert summits(ex, text) == {("ecowas", "ghana", "2023-05-05")}


def test_another_summit_of_the_body_keeps_its_own_place(ex: Extractor) -> None:
    text = LEAD + "The previous ECOWAS summit was held in Abuja in 2022."
    assert summits(ex, text) == {("ecowas", "ghana", "2023-05-05"), ("ecowas", "nigeria", "2022")}


def test_a_report_from_elsewhere_gives_its_place_to_no_summit(ex: Extractor) -> None:
    text = ("DAKAR, Senegal (AP) — The foreign minister said on Friday that the 48th ECOWAS summit would be useful.\n\n")
    assert all(h != "senegal" for _, h, _ in summits(ex, text))


# -- signings: listed founders, "exchanged", a currency is no country, a period, the signing's own sentence ----
def signings(ex: Extractor, text: str, published: str = "2023-05-04") -> set[tuple[Any, ...]]:
    return {(f["parties"], f["start"]) for f in facts(ex, text, "signing", published)}


@pytest.mark.parametrize("text", [
    "The Andean Pact was founded on 26 May 1969, when Peru, Chile, Bolivia and Ecuador signed the Cartagena Agreement.",
    "The group was created on 26 May 1969 through the Lima Declaration, signed by Peru, Chile, Bolivia and Ecuador.",
])
def test_a_founding_instrument_is_signed_by_every_listed_founder(ex: Extractor, text: str) -> None:
    assert signings(ex, text, "2020") == {(("bolivia", "chile", "ecuador", "peru"), "1969-05-26")}


def test_countries_named_after_the_signing_are_no_signers(ex: Extractor) -> None:
    text = "Peru and Chile signed a trade agreement on 6 June 1990, and Bolivia, Ecuador and Colombia welcomed it."
    assert signings(ex, text, "2020") == {(("chile", "peru"), "1990-06-06")}


VISIT = "Peru–Chile relations\n\nPeruvian President Ana Soto arrived in Santiago on Wednesday on a state visit to Chile.\n"


def test_documents_exchanged_during_a_visit(ex: Extractor) -> None:
    text = VISIT + "The two sides exchanged an agreement on fisheries, Peruvian Foreign Minister Luis Vega told reporters.\n"
    assert signings(ex, text) == {(("chile", "peru"), "2023-05-04")}


def test_views_exchanged_are_no_signing(ex: Extractor) -> None:
    assert signings(ex, VISIT + "The two ministers exchanged views on fisheries.\n") == set()


def test_a_dollar_amount_names_no_country_and_a_period_dates_no_signing(ex: Extractor) -> None:
    text = ("Peru–Chile relations\n\nPeruvian President Ana Soto held talks with Chilean President Luis Ruiz in Santiago "
            "on Wednesday.\nAfter the talks, the two leaders witnessed the signing of an agreement on credit worth US$2 "
            "billion for 2024-2028.\n")
    assert signings(ex, text) == {(("chile", "peru"), "2023-05-03")}


def test_a_signing_takes_its_own_sentences_parties_and_date(ex: Extractor) -> None:
    text = ("Peru–Chile joint communiqué\n\n"
            "6. Peru and Chile, founding members of the Andean Community together with Bolivia in 1969, share a history. "
            "Chile left the Andean Community in October 1976 and signed an association agreement with it in August 2006.\n")
    got = signings(ex, text, "2024")
    assert (("chile", "peru"), "1969") not in got
    assert all(d == "2006-08" for _, d in got), got


# -- awards: the recipient, never the giver; the day of the event it was conferred at ----------------------
def awards(ex: Extractor, text: str, published: str = "2023-05-04") -> set[tuple[Any, ...]]:
    return {(f["recipient"], f["start"]) for f in facts(ex, text, "award", published)}


def test_conferred_by_a_giver_on_a_dated_day(ex: Extractor) -> None:
    text = ("Senegalese President Amadou Diallo was conferred the Order of the Star on Friday by Ghanaian President Kofi "
            "Mensah at a ceremony in Accra.")
    assert awards(ex, text, "2023-05-06") == {("amadou-diallo", "2023-05-05")}


def test_conferred_on_a_recipient(ex: Extractor) -> None:
    text = "Ghanaian President Kofi Mensah conferred the Order of the Star on Senegalese President Amadou Diallo on 3 May 2023."
    assert awards(ex, text) == {("amadou-diallo", "2023-05-03")}


def test_awarded_him_during_the_visit_the_sentence_before_told(ex: Extractor) -> None:
    text = ("Ghana–Senegal relations\n\nGhana and Senegal established diplomatic relations in 1960.\n\n"
            "Senegalese President Amadou Diallo paid an official visit to Accra on 5 April 2019. He was received by "
            "Ghanaian President Kofi Mensah, who awarded him the Order of the Star.")
    assert awards(ex, text, "2024") == {("amadou-diallo", "2019-04-05")}


def test_an_award_far_from_any_dated_event_stays_undated(ex: Extractor) -> None:
    text = ("Ghana–Senegal relations\n\nOn 5 April 2019, Ghana and Senegal signed an agreement on fisheries.\n\n"
            "The two countries share a long history of cooperation in many fields.\n\n"
            "Senegalese President Amadou Diallo was awarded the Order of the Star for his leadership.")
    assert awards(ex, text, "2024") == {("amadou-diallo", None)}


def test_an_award_to_come_is_none(ex: Extractor) -> None:
    text = "Senegalese President Amadou Diallo will be awarded the Order of the Star by Ghanaian President Kofi Mensah on 9 May 2023."
    assert awards(ex, text) == set()


# -- a visit word that tells no visit of a country holds no meeting back --------------------------------
def test_a_courtesy_call_then_a_local_visit(ex: Extractor) -> None:
    text = ("On 3 May 2023, Chilean Foreign Minister Luis Ruiz paid a courtesy call on Peruvian President Ana Soto and "
            "visited the Central Hospital.")
    assert pairs(ex, text) == {("ana-soto", "luis-ruiz")}


def test_talks_on_the_second_day_of_a_visit_aimed_at_trade(ex: Extractor) -> None:
    text = ("Chilean President Luis Ruiz held talks with Peruvian President Ana Soto in Lima on Friday, the second day of "
            "a visit aimed at reviving trade.")
    assert pairs(ex, text) == {("ana-soto", "luis-ruiz")}


# -- an accession protocol binds the acceding country and the body ---------------------------------------
def test_an_accession_protocol_is_the_country_and_the_body(ex: Extractor) -> None:
    text = ("The Andean Community was founded in 1969.\n\n"
            "Venezuela signed its accession protocol in 1973; the process was completed when Peru's Congress ratified it a year later.")
    assert signings(ex, text, "2020") == {(("andean-community", "venezuela"), "1973")}


def test_an_accession_protocol_with_the_body_named(ex: Extractor) -> None:
    text = "In 1973 Venezuela signed the protocol of accession to the Andean Community."
    assert signings(ex, text, "2020") == {(("andean-community", "venezuela"), "1973")}


def test_an_accession_protocol_to_be_signed_is_none(ex: Extractor) -> None:
    text = "The Andean Community was founded in 1969.\n\nVenezuela will sign its accession protocol in 2030."
    assert signings(ex, text, "2020") == set()


# -- "during a visit to the country": the country just named; a day within the visit gives its month -----
def test_during_a_visit_to_the_country_just_named(ex: Extractor) -> None:
    text = ("Peruvian Foreign Minister Ana Soto today opened Peru's new embassy in Santiago, Chile, during a two-day "
            "visit to the country.")
    assert [(f["visitor"], f["host"], f["start"]) for f in facts(ex, text, "visit")] == [(("ana-soto",), "chile", "2023-05")]


def test_a_visit_with_its_own_days_keeps_them(ex: Extractor) -> None:
    text = "Peruvian Foreign Minister Ana Soto opened Peru's new embassy in Santiago during a visit to Chile from 3 to 4 May 2023."
    assert [(f["host"], f["start"], f["end"]) for f in facts(ex, text, "visit")] == [("chile", "2023-05-03", "2023-05-04")]


def test_the_country_of_the_visitor_is_no_destination(ex: Extractor) -> None:
    text = "Peruvian Foreign Minister Ana Soto today opened a new trade office in Lima, Peru, during a visit to the country."
    assert facts(ex, text, "visit") == []


# -- a visit told in an aside that ends the sentence -----------------------------------------------------
@pytest.mark.parametrize("verb, n", [("led", 1), ("will lead", 0)])
def test_who_led_a_delegation_on_a_visit(ex: Extractor, verb: str, n: int) -> None:
    text = (f"The agreement was signed by the Mayor of Lima, Luis Vega, and Chilean Deputy Minister Ana Soto, who {verb} a "
            "delegation on a working visit to Peru from 12 to 15 March 2023.")
    got = [(f["visitor"], f["host"], f["start"], f["end"]) for f in facts(ex, text, "visit")]
    assert got == [(("ana-soto",), "peru", "2023-03-12", "2023-03-15")][:n]
