"""Precision round (round 6): categories of error that recur across sets. A person must look like a person;
events keep the precision their date is told with; a trade figure belongs to its own year and to the pair it
names. Each rule is tested on invented sentences about other countries, with sentences that must give nothing
(or nothing wrong)."""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.extract.personhood import looks_like_person
from diplograph.extract.pipeline import Extractor


def facts(ex: Extractor, text: str, ftype: str, published: str = "2024-05-04") -> list[dict[str, Any]]:
    res = ex.extract(text, doc_id="t", published=published)
    return [{**f.values, "start": f.start, "date": f.start} for f in res.facts if f.type == ftype]


def persons(ex: Extractor, text: str) -> set[str]:
    return {str(f["person"]) for f in facts(ex, text, "position")}


# -- a person must look like a person ------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["Ana Ruiz", "Rama", "Xi", "Xi Jinping", "Theresa May", "Kofi Mensah", "Wong"])
def test_real_names_look_like_persons(name: str) -> None:
    assert looks_like_person(name)


@pytest.mark.parametrize("name", ["House", "Ruler", "Europe", "Permanent Representative", "International", "Mineral",
                                  "South America", "Assembly Hall"])
def test_words_places_and_titles_are_no_persons(name: str) -> None:
    assert not looks_like_person(name)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chilean Foreign Minister Ana Ruiz arrived in Lima on Monday.", "ana-ruiz"),
        ("Albanian Prime Minister Rama received the delegation.", "rama"),
        ("Peruvian President Kofi Mensah opened the session.", "kofi-mensah"),
    ],
)
def test_short_real_names_still_found(ex: Extractor, text: str, expected: str) -> None:
    assert expected in persons(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Uruguayan Minister for Europe attended the forum in Montevideo.",
        "Ghana's Permanent Representative to the African Union chaired the session.",
        "The Speaker of the Paraguayan House opened the sitting on Tuesday.",
        "The Ruler of Ajman received the Bolivian delegation.",
    ],
)
def test_titles_before_common_words_make_no_person(ex: Extractor, text: str) -> None:
    found = persons(ex, text)
    assert not ({"europe", "permanent-representative", "house", "ruler"} & found), found
    assert not any(f for f in facts(ex, text, "meeting") if {"europe", "house", "ruler"} & set(map(str, f.get("participants", ()))))


# -- an event keeps the precision its date is told with ------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("* 1998 – Prime Minister Ana Ruiz of Chile visited Peru in October.", "1998-10"),
        ("2006 – Ecuadorian President Luis Mora paid a state visit to Uruguay in March.", "2006-03"),
        ("In 2001, Bolivian President Marta Ayala visited Paraguay on 14 May.", "2001-05-14"),
    ],
)
def test_a_leading_year_gives_the_month_its_year(ex: Extractor, text: str, expected: str) -> None:
    dates = {str(f.get("date") or f.get("start_date") or "") for f in facts(ex, text, "visit")}
    assert expected in dates, dates


def test_a_leading_year_alone_stays_a_year(ex: Extractor) -> None:
    dates = {str(f.get("date") or "") for f in facts(ex, "1999 – Chilean President Ana Ruiz visited Peru.", "visit")}
    assert dates == {"1999"}


def test_a_year_inside_the_sentence_does_not_frame_a_later_month(ex: Extractor) -> None:
    from diplograph.extract.temporal import find_dates

    d = find_dates("The treaty of 1998 was recalled when she visited Peru in October.", "2024-05-04")
    assert [x.start for x in d if x.precision == "month"] == ["2023-10"]


# -- trade figures: each its own year, and the pair the sentence names --------------------------------------
def trades(ex: Extractor, text: str) -> set[tuple[tuple[str, ...], str, int]]:
    return {(tuple(f["parties"]), str(f["year"]), int(f["amount"])) for f in facts(ex, text, "trade-turnover")}


def test_a_year_earlier_is_the_year_before(ex: Extractor) -> None:
    got = trades(ex, "Trade between Ecuador and Uruguay reached $3.1 billion in 2022, up from $2.4 billion a year earlier.")
    assert got == {(("ecuador", "uruguay"), "2022", 3_100_000_000), (("ecuador", "uruguay"), "2021", 2_400_000_000)}


def test_the_previous_year_is_the_year_before(ex: Extractor) -> None:
    got = trades(ex, "Bilateral trade between Ghana and Togo stood at $900 million in 2020, against $700 million the previous year.")
    assert (("ghana", "togo"), "2019", 700_000_000) in got and (("ghana", "togo"), "2020", 900_000_000) in got


def test_a_stated_year_still_wins(ex: Extractor) -> None:
    got = trades(ex, "Trade between Ghana and Togo rose to $900 million in 2021 from $700 million in 2019.")
    assert got == {(("ghana", "togo"), "2021", 900_000_000), (("ghana", "togo"), "2019", 700_000_000)}


def test_a_third_country_after_the_figure_is_no_party(ex: Extractor) -> None:
    got = trades(ex, "Total trade between Ghana and Togo amounted to $900 million in 2021, making Togo "
                     "Ghana's second-largest trading partner after Nigeria.")
    assert got == {(("ghana", "togo"), "2021", 900_000_000)}


def test_a_city_state_is_a_country(ex: Extractor) -> None:
    got = trades(ex, "Trade between Luxembourg and Chile reached $400 million in 2022.")
    assert got == {(("chile", "luxembourg"), "2022", 400_000_000)}


# -- visits: the host is never the visitor -------------------------------------------------------------------
def visits(ex: Extractor, text: str) -> set[tuple[tuple[str, ...], str]]:
    return {(tuple(f["visitor"]), str(f["host"])) for f in facts(ex, text, "visit")}


def test_two_titled_names_keep_their_own_titles(ex: Extractor) -> None:
    text = ("At the invitation of the President of Ghana, Kofi Mensah, the President of Togo, Faure Adjavon, "
            "made an official visit to Accra on 12 March 2024.")
    found = {(f["person"], f["organisation"]) for f in facts(ex, text, "position")}
    assert ("kofi-mensah", "ghana") in found and ("faure-adjavon", "togo") in found and ("kofi-mensah", "togo") not in found
    assert visits(ex, text) == {(("faure-adjavon",), "ghana")}


def test_a_list_of_names_with_titles_after_still_pairs(ex: Extractor) -> None:
    text = "His Excellency Kofi Mensah, President of Ghana, His Excellency Faure Adjavon, President of Togo, attended the forum."
    found = {(f["person"], f["organisation"]) for f in facts(ex, text, "position")}
    assert found == {("kofi-mensah", "ghana"), ("faure-adjavon", "togo")}


def test_who_is_paying_a_visit_names_the_visitor(ex: Extractor) -> None:
    text = ("The Speaker of the Parliament of Ghana, Kofi Mensah, received yesterday in his office the President of the "
            "National Assembly of Togo, Yawa Djigbodi, who is paying an official visit to Accra from 2 to 4 May.")
    assert visits(ex, text) == {(("yawa-djigbodi",), "ghana")}


def test_the_receiver_is_no_visitor_when_the_visitor_is_unnamed(ex: Extractor) -> None:
    text = ("The Speaker of the Parliament of Ghana, Kofi Mensah, received yesterday the Togolese speaker, "
            "who is paying an official visit to Accra from 2 to 4 May.")
    assert not any("kofi-mensah" in v for v, _ in visits(ex, text))


def test_last_month_is_dated_from_the_publication_not_the_sentence(ex: Extractor) -> None:
    from diplograph.extract.temporal import find_dates

    d = find_dates("She has led Peru since January 2022, and both attended the Andean summit in Lima last December.", "2025-03-14")
    assert [x.start for x in d] == ["2022-01", "2024-12"]


# -- summits: one event, in the place it was held -------------------------------------------------------------
def test_a_building_named_like_a_town_is_no_place(ex: Extractor) -> None:
    assert not [m for m in ex.gazetteer.find("The minister was received at Bayan Palace on Monday.") if m.type == "city"]
    assert [m.entity for m in ex.gazetteer.find("The minister was received at Bayan on Monday.") if m.type == "city"] == ["bayan"]


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia's bid for membership, raised again at previous summits of the Andean Community, was not on the agenda in 2023.",
        "The issue has come up at past Andean Community summits since 2015.",
    ],
)
def test_previous_summits_are_no_summit(ex: Extractor, text: str) -> None:
    assert facts(ex, text, "summit") == []


def test_a_dated_summit_is_still_found(ex: Extractor) -> None:
    got = facts(ex, "The 12th summit of the Andean Community was held in Quito on 3 May 2023.", "summit")
    assert [(f["organiser"], f.get("host"), f["date"]) for f in got] == [("andean-community", "ecuador", "2023-05-03")]


# -- meetings: the sender of a message took no part ------------------------------------------------------------
def meetings(ex: Extractor, text: str) -> set[tuple[str, ...]]:
    return {tuple(f["participants"]) for f in facts(ex, text, "meeting")}


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday Prime Minister Kofi Mensah of Ghana received the Togolese foreign minister, who conveyed a message "
        "from President Faure Adjavon.",
        "Ghanaian President Kofi Mensah received the envoy, who handed over greetings from President Faure Adjavon of Togo.",
    ],
)
def test_the_sender_of_a_message_is_no_participant(ex: Extractor, text: str) -> None:
    assert not any("faure-adjavon" in m for m in meetings(ex, text))


def test_on_behalf_of_keeps_the_one_met(ex: Extractor) -> None:
    text = "Ghanaian President Kofi Mensah met Togolese Foreign Minister Ama Dzifa on behalf of President Faure Adjavon on Thursday."
    assert meetings(ex, text) == {("ama-dzifa", "kofi-mensah")}


def test_a_plain_meeting_still_holds(ex: Extractor) -> None:
    assert meetings(ex, "Ghanaian President Kofi Mensah met Togolese President Faure Adjavon on Thursday.") == {("faure-adjavon", "kofi-mensah")}


# -- a signing is not dated by an aside -------------------------------------------------------------------------
def test_a_date_inside_an_aside_does_not_date_the_signing(ex: Extractor) -> None:
    text = ("Relations between the neighbours, which came close to war over the river in 1969, rest on the Treaty of "
            "Friendship that Ecuador and Peru signed in Brasilia in 1998.")
    assert [(f["parties"], f["date"]) for f in facts(ex, text, "signing")] == [(("ecuador", "peru"), "1998")]


def test_a_signing_without_an_aside_keeps_its_date(ex: Extractor) -> None:
    text = "In 1998 Ecuador and Peru signed the Treaty of Friendship, which ended the dispute."
    assert [f["date"] for f in facts(ex, text, "signing")] == ["1998"]


@pytest.mark.parametrize(
    "text",
    [
        "1. At the invitation of the President of the Republic of Ghana, Kofi Atta Mensah Boateng, the President of the "
        "Togolese Republic, Faure Essozimna Adjavon, made an official visit to the city of Accra on 12 and 13 March 2024, "
        "on the occasion of the Ghana–Togo Joint Commission.",
        "At the invitation of President Kofi Mensah of Ghana, Togolese President Faure Adjavon paid an official visit to Ghana on 12 March 2024.",
    ],
)
def test_the_one_who_invited_is_the_host(ex: Extractor, text: str) -> None:
    got = visits(ex, text)
    assert got and all(v == ("faure-adjavon",) or v == ("faure-essozimna-adjavon",) for v, _ in got), got
    assert {h for _, h in got} == {"ghana"}


# -- a portfolio's first word is no name ---------------------------------------------------------------------------
def test_a_portfolio_word_is_no_name(ex: Extractor) -> None:
    text = "On Tuesday the Peruvian mayor paid a courtesy call on the Ghanaian Minister of Urban and Rural Development, Ama Dzifa."
    found = persons(ex, text)
    assert "urban" not in found and "ama-dzifa" in found



_PAIR = "Ghana and Togo are neighbours. Ghana and Togo trade a lot. Togo and Ghana signed many accords in 1990.\n\n"
_TITLE = "Q&A with the Ghanaian minister on relations with Togo"


def test_a_counterpart_in_their_own_capital_is_no_visitor(ex: Extractor) -> None:
    text = _PAIR + ("A: I travelled to Lomé on Wednesday for the session of the Joint Commission, which I co-chaired "
                    "with my Togolese counterpart, Yawa Djigbodi.")
    got = ex.extract(text, doc_id="t", published="2024-05-04", title=_TITLE)
    assert not [f for f in got.facts if f.type == "visit" and f.values["visitor"] == ("yawa-djigbodi",)]


def test_a_traveller_to_another_capital_still_visits(ex: Extractor) -> None:
    text = _PAIR + "Togolese Foreign Minister Yawa Djigbodi travelled to Accra on 3 May 2023 for the Joint Commission."
    got = ex.extract(text, doc_id="t", published="2024-05-04", title=_TITLE)
    assert [(f.values["visitor"], f.values["host"]) for f in got.facts if f.type == "visit"] == [(("yawa-djigbodi",), "ghana")]


def test_a_trip_spoken_about_is_not_dated_by_the_talk(ex: Extractor) -> None:
    assert visits(ex, "Ghanaian Foreign Minister Ama Dzifa spoke to reporters in Accra on Monday about her trip to Togo.") == set()


def test_a_trip_spoken_about_keeps_its_own_date(ex: Extractor) -> None:
    got = facts(ex, "Ghanaian Foreign Minister Ama Dzifa spoke to reporters on Monday about her trip to Togo on 3 May 2024.", "visit")
    assert [(f["visitor"], f["host"], f["date"]) for f in got] == [(("ama-dzifa",), "togo", "2024-05-03")]


def test_a_plain_visit_on_monday_holds(ex: Extractor) -> None:
    assert visits(ex, "Ghanaian Foreign Minister Ama Dzifa visited Togo on Monday.") == {(("ama-dzifa",), "togo")}


# -- a summit in a news headline in the present is of the day it reports ----------------------------------------
def _summit_dates(ex: Extractor, headline: str) -> list[Any]:
    text = headline + "\n\nQUITO, May 4 (AP) -- The President of Ecuador opened the meeting on Saturday."
    return [f["date"] for f in facts(ex, text, "summit")]


def test_a_present_tense_headline_dates_its_summit(ex: Extractor) -> None:
    assert _summit_dates(ex, "President chairs 12th Andean Community Summit in Quito") == ["2024-05-04"]


@pytest.mark.parametrize("headline", ["President to chair 12th Andean Community Summit in Quito",
                                      "Leaders convene in Quito for 12th Andean Community Summit"])
def test_a_headline_about_a_coming_summit_gives_it_no_day(ex: Extractor, headline: str) -> None:
    assert "2024-05-04" not in _summit_dates(ex, headline)



def test_an_honorific_names_a_person_even_when_a_word(ex: Extractor) -> None:
    assert meetings(ex, "Ghanaian President Kofi Mensah met Mr. Brown on 3 May 2024.") == {("brown", "kofi-mensah")}
