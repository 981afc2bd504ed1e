"""Events told in the ways news writes them (issue 10, events round): summits dated in another sentence or
held during a visit, meetings told in the passive or by their taking place, visits told as arrivals, trips
and possessives, and the online summit's chair. Each rule is tested on invented sentences about countries
outside the corpora, with sentences that must give no fact (announced, planned, negated, near misses)."""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.extract.pipeline import Extractor
from diplograph.extract.temporal import find_dates


def facts(ex: Extractor, text: str, ftype: str, published: str = "2023-05-04") -> list[dict[str, Any]]:
    res = ex.extract(text, doc_id="t", published=published)
    return [{**f.values, "start": f.start, "end": f.end, "inferred": f.inferred} for f in res.facts if f.type == ftype]


# -- dates: "Feb 18 and 19" is a range of two days -------------------------------------------------------
def test_month_day_and_day_is_a_range() -> None:
    (d,) = find_dates("during the meeting set for Mar 8 and 9.", "2023-03-01")
    assert (d.start, d.end, d.precision) == ("2023-03-08", "2023-03-09", "day")


@pytest.mark.parametrize("text", ["On March 3 and 4 people were hurt.", "On June 5 and 12 more were held."])
def test_a_day_and_a_count_is_no_range(text: str) -> None:
    assert all(d.end is None for d in find_dates(text, "2023-03-01"))


# -- a summit dated in another sentence of the report -------------------------------------------------
REPORT = ("West African leaders convene in Accra for the 48th ECOWAS Summit\n\n"
          "Heads of state of the Economic Community of West African States have gathered in Accra.\n"
          "The leaders will discuss trade and security during the summit{sched}.\n")


def test_summit_takes_the_day_scheduled_in_another_sentence(ex: Extractor) -> None:
    got = facts(ex, REPORT.format(sched=" set for May 6 and 7"), "summit")
    assert [(f["organiser"], f.get("host"), f["start"], f["end"]) for f in got] == [("ecowas", "ghana", "2023-05-06", "2023-05-07")]
    assert "start" in got[0]["inferred"]


@pytest.mark.parametrize("sched", [
    "",  # no day told
    " set for August 6 and 7",  # months after the report: not the summit it covers
])
def test_summit_without_its_own_day_stays_undated(ex: Extractor, sched: str) -> None:
    got = facts(ex, REPORT.format(sched=sched), "summit")
    assert all(f["start"] is None for f in got), got


def test_the_next_summit_gives_no_day(ex: Extractor) -> None:
    text = REPORT.format(sched="") + "The next ECOWAS summit is set for May 9 and 10 in Lomé.\n"
    assert all(f["start"] is None for f in facts(ex, text, "summit"))


def test_a_postponed_summit_gives_no_day(ex: Extractor) -> None:
    text = REPORT.format(sched=" set for May 6 and 7, which was postponed")
    assert all(f["start"] is None for f in facts(ex, text, "summit"))


# -- a summit attended during a visit is held where the visit went --------------------------------------
def test_summit_attended_during_a_visit_takes_the_visits_host(ex: Extractor) -> None:
    text = ("At the invitation of President Kofi Mensah of Ghana, President Amadou Diallo of Senegal paid a state visit to Ghana "
            "from 2 to 4 May 2023 and attended the 48th Summit of the Economic Community of West African States.")
    (s,) = facts(ex, text, "summit")
    assert (s["organiser"], s["host"], s["start"], s["end"]) == ("ecowas", "ghana", "2023-05-02", "2023-05-04")
    assert "host" in s["inferred"]


def test_summit_after_a_visit_elsewhere_takes_no_host_from_it(ex: Extractor) -> None:
    text = ("President Amadou Diallo of Senegal paid a state visit to Ghana from 2 to 4 May 2023, then travelled on "
            "and attended the 48th Summit of the Economic Community of West African States.")
    assert all(f.get("host") != "ghana" for f in facts(ex, text, "summit"))


def test_attending_a_bodys_meeting_is_no_meeting_of_the_persons(ex: Extractor) -> None:
    """The inviter and the visitor of "attended the 12th meeting of the Authority ... and an ECOWAS+ meeting" did not
    meet by that sentence."""
    text = ("At the invitation of President Kofi Mensah of Ghana, President Amadou Diallo of Senegal was in Ghana on a state visit "
            "from 2 to 4 May 2023 and attended the 12th meeting of the Authority of Heads of State of the Economic Community of "
            "West African States (ECOWAS) and an ECOWAS+ meeting.")
    assert facts(ex, text, "meeting") == []
    assert [f["host"] for f in facts(ex, text, "visit")] == ["ghana"]


# -- an online summit is hosted by the country that chaired it (graph/sources/README.md) ------------------
def test_online_summit_chaired_by_a_country_is_its_host(ex: Extractor) -> None:
    (s,) = facts(ex, "Peru joined in 2022 at an Andean Community virtual summit chaired by Chile.", "summit")
    assert (s["organiser"], s["host"], s.get("online"), "location" in s) == ("andean-community", "chile", True, False)


def test_the_chair_of_a_summit_held_in_a_place_is_no_host(ex: Extractor) -> None:
    (s,) = facts(ex, "Bolivia joined the bloc in 2022 at a Mercosur summit in Asuncion chaired by Uruguay.", "summit")
    assert s["host"] == "paraguay" and not s.get("online")


def test_chaired_by_without_online_gives_no_host(ex: Extractor) -> None:
    got = facts(ex, "Bolivia joined the bloc in 2022 at a Mercosur summit chaired by Uruguay.", "summit")
    assert all(f.get("host") != "uruguay" for f in got), got


# -- meetings told in the ways news writes them ----------------------------------------------------------
def pairs(got: list[dict[str, Any]]) -> set[tuple[tuple[str, ...], str]]:
    return {(tuple(f["participants"]), f["start"]) for f in got}


def test_talks_with_a_guest_who_is_on_a_visit(ex: Extractor) -> None:
    text = "Chilean President Ana Soto held talks with Peruvian President Carlos Vega, who is on a state visit to Chile, in Santiago on 2 May 2023."
    assert pairs(facts(ex, text, "meeting")) == {(("ana-soto", "carlos-vega"), "2023-05-02")}
    assert [f["host"] for f in facts(ex, text, "visit")] == ["chile"]


def test_received_by_two_hosts_is_a_meeting_with_each(ex: Extractor) -> None:
    text = "Chilean Minister Ana Soto was received by Peruvian President Carlos Vega and Peruvian Foreign Minister Luis Diaz on 3 May 2023."
    assert pairs(facts(ex, text, "meeting")) == {(("ana-soto", "carlos-vega"), "2023-05-03"), (("ana-soto", "luis-diaz"), "2023-05-03")}


def test_a_delegation_received_by_two_hosts_is_no_meeting_of_the_hosts(ex: Extractor) -> None:
    text = "Members of the Chilean delegation were received by Peruvian President Carlos Vega and Peruvian Foreign Minister Luis Diaz on 3 May 2023."
    assert facts(ex, text, "meeting") == []


@pytest.mark.parametrize("text", [
    "A meeting between Chilean President Ana Soto and Peruvian President Carlos Vega is to be held in Lima on 10 May 2023.",
    "A meeting between Chilean President Ana Soto and Peruvian President Carlos Vega is due to take place in Lima next week.",
    "Chilean President Ana Soto will hold talks with Peruvian President Carlos Vega in Lima on 10 May 2023.",
    "Chilean President Ana Soto and Peruvian President Carlos Vega did not meet in Lima on 3 May 2023.",
])
def test_meetings_planned_or_denied_are_no_facts(ex: Extractor, text: str) -> None:
    assert facts(ex, text, "meeting") == []


def test_on_the_same_day_is_the_day_of_the_event_told_before(ex: Extractor) -> None:
    text = ("Chilean President Ana Soto and Peruvian President Carlos Vega held talks in Lima on 2 May 2023.\n"
            "On 30 April in Quito, Vega and Ecuadorian President Luis Ruiz had signed a treaty on fisheries between Peru and Ecuador.\n"
            "Following the talks in Lima, the two presidents signed a joint statement on trade.\n"
            "On the same day, Vega also met with Peruvian Foreign Minister Luis Diaz.")
    got = pairs(facts(ex, text, "meeting"))
    assert (("carlos-vega", "luis-diaz"), "2023-05-02") in got, got


@pytest.mark.parametrize("verb", ["was held", "took place"])
def test_group_meeting_was_held_takes_the_reports_day(ex: Extractor, verb: str) -> None:
    text = f"A meeting between the Chile-Peru friendship group and the Peru-Chile working group {verb} in Lima."
    (m,) = facts(ex, text, "meeting")
    assert m["start"] == "2023-05-04" and "start" in m["inferred"]


@pytest.mark.parametrize("verb", ["will take place", "is planned", "is to be held"])
def test_group_meeting_to_come_is_no_fact(ex: Extractor, verb: str) -> None:
    assert facts(ex, f"A meeting between the Chile-Peru friendship group and the Peru-Chile working group {verb} in Lima.", "meeting") == []


# -- visits told as trips, flights, legs of a tour and lists under a heading -----------------------------
def visits(ex: Extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(f["visitor"][0], f["host"], f["start"]) for f in facts(ex, text, "visit")}


LIST = ("Chile–Peru relations\n\nHigh-level visits\nPresidential visits from Chile to Peru\n"
        " - 2005: President Ana Soto (APEC summit, Lima)\n - 2012: President Luis Ruiz (state visit)\n"
        "Presidential visits from Peru to Chile\n - November 2008: President Carlos Vega\n"
        " - 2010: President Jorge Diaz (APEC summit, Tokyo)\n\nTrade\nIn 2023, Chile and Peru traded goods.\n")


def test_visits_listed_under_a_heading_without_colon(ex: Extractor) -> None:
    got = visits(ex, LIST)
    assert {("ana-soto", "peru", "2005"), ("luis-ruiz", "peru", "2012"), ("carlos-vega", "chile", "2008-11")} <= got, got


def test_a_list_item_held_elsewhere_is_no_visit_of_the_list(ex: Extractor) -> None:
    assert not any(v == "jorge-diaz" for v, _h, _d in visits(ex, LIST))


def test_visit_told_in_a_where_clause_of_its_place(ex: Extractor) -> None:
    text = "Chilean President Ana Soto came from Quito, where she had paid a state visit on April 28-29."
    assert visits(ex, text) == {("ana-soto", "ecuador", "2023-04-28")}


def test_a_where_clause_without_a_visit_gives_none(ex: Extractor) -> None:
    assert visits(ex, "Chilean President Ana Soto returned to Santiago, where she had chaired a cabinet meeting on 1 May.") == set()


@pytest.mark.parametrize("text,expected", [
    ("On Thursday Chilean President Ana Soto flew to Lima.", {("ana-soto", "peru", "2023-05-04")}),
    ("The trip began Wednesday in Peru, where Chilean President Ana Soto attended a forum in Lima.", {("ana-soto", "peru", "2023-05-03")}),
])
def test_flights_and_the_first_leg_of_a_trip_are_visits(ex: Extractor, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert visits(ex, text) == expected


@pytest.mark.parametrize("text", [
    "Chilean President Ana Soto will fly to Lima on 10 May 2023.",
    "Chilean President Ana Soto is expected to fly to Lima on Friday.",
    "The tour began in 2019 in Peru.",
])
def test_planned_flights_and_trips_without_a_traveller_are_no_visits(ex: Extractor, text: str) -> None:
    assert visits(ex, text) == set()


# -- signings listed in a preamble, and the partnership a listed treaty established ----------------------
PREAMBLE = ("The Republic of Ghana and the Republic of Senegal,\n\n"
            "- recalling the Treaty of Dakar of May 3, 1961 and the other instruments concluded between the two countries,\n\n"
            "- guided by the 'Friendship Treaty of Ghana and Senegal' signed on March 12, 1995, the "
            "'Cultural Cooperation Protocol of Ghana and Senegal' and the 'Treaty on Strategic Partnership and "
            "Defence between Ghana and Senegal' signed on August 16, 2010,\n")


def test_treaty_on_strategic_partnership_signed_on_a_day_establishes_it(ex: Extractor) -> None:
    (p,) = facts(ex, PREAMBLE, "partnership", published="2021-06-16")
    assert (p["parties"], p["level"], p["start"]) == (("ghana", "senegal"), "strategic", "2010-08-16")
    assert p["established_by"]


def test_the_instrument_of_a_listed_date_is_the_last_one_before_it(ex: Extractor) -> None:
    res = ex.extract(PREAMBLE, doc_id="t", published="2021-06-16")
    by_day = {f.start: res.entities[f.values["instrument"]]["label"] for f in res.facts if f.type == "signing"}
    assert by_day["2010-08-16"].startswith("Treaty on Strategic Partnership"), by_day
    assert by_day["1995-03-12"].startswith("Friendship Treaty"), by_day


def test_documents_signed_in_general_are_no_signing(ex: Extractor) -> None:
    text = "Ghana and Senegal reaffirmed their adherence to all the agreements signed between the two countries, in Accra on 2 May 2021."
    assert facts(ex, text, "signing", published="2021-06-16") == []


# -- a leaders' meeting is a summit; summits in general are none -----------------------------------------
def test_leaders_meeting_is_a_summit_where_the_trip_went(ex: Extractor) -> None:
    text = "Chilean President Ana Soto came to Lima in November 2022 for the APEC Economic Leaders' Meeting."
    assert [(s["organiser"], s["host"], s["start"]) for s in facts(ex, text, "summit")] == [("apec", "peru", "2022-11")]


def test_summit_plenaries_in_general_are_no_summit(ex: Extractor) -> None:
    text = ("PHNOM PENH, Nov. 13 (Xinhua) -- The Mercosur summit concluded here on Sunday.\n"
            "In a statement issued on Friday, the leaders said Chile would be allowed to attend all Mercosur meetings, including summit plenaries.")
    assert all(s["start"] != "2022-11-11" for s in facts(ex, text, "summit", published="2022-11-13"))


# -- a signing a news report tells without its own date: the day of the talks told ------------------------
NEWS = ("LIMA, May 3 (Wire) -- Chilean President Ana Soto held talks with Peruvian President Carlos Vega in Lima on Tuesday.\n"
        "{signing}\n")


@pytest.mark.parametrize("signing", [
    "The Agreement on Fisheries between Chile and Peru was signed by Chilean Foreign Minister Luis Ruiz and Peruvian Foreign Minister Jorge Diaz.",
    "The two leaders witnessed the exchange of 11 agreements, including a Chile-Peru memorandum of understanding on mining.",
])
def test_signing_in_a_news_report_takes_the_talks_day(ex: Extractor, signing: str) -> None:
    got = facts(ex, NEWS.format(signing=signing), "signing", published="2023-05-03")
    assert [(f["parties"], f["start"]) for f in got] == [(("chile", "peru"), "2023-05-02")]


@pytest.mark.parametrize("signing", [
    "The Agreement on Fisheries between Chile and Peru had been signed by their foreign ministers.",
    "The two leaders will witness the signing of an agreement on mining between Chile and Peru.",
    "The Agreement on Fisheries between Chile and Peru is to be signed by the foreign ministers.",
])
def test_signings_earlier_or_planned_take_no_day(ex: Extractor, signing: str) -> None:
    assert facts(ex, NEWS.format(signing=signing), "signing", published="2023-05-03") == []


def test_a_signing_without_talks_told_takes_no_day(ex: Extractor) -> None:
    text = "Chile–Peru relations\n\nThe Agreement on Fisheries between Chile and Peru was signed by their foreign ministers."
    assert facts(ex, text, "signing", published="2023-05-03") == []


def test_the_datelines_day_is_the_reports_not_the_events(ex: Extractor) -> None:
    got = facts(ex, NEWS.format(signing=""), "meeting", published="2023-05-03")
    assert [f["start"] for f in got] == ["2023-05-02"]


def test_a_dateline_alone_still_dates_the_lead(ex: Extractor) -> None:
    text = "LIMA, May 3 (Wire) -- Chilean President Ana Soto held talks with Peruvian President Carlos Vega in Lima.\n"
    assert [f["start"] for f in facts(ex, text, "meeting", published="2023-05-03")] == ["2023-05-03"]


def test_arrived_in_a_city_from_another_country(ex: Extractor) -> None:
    text = "Chilean President Ana Soto arrived in Lima late Friday from Quito, the capital of neighbouring Ecuador, on 3 May 2023."
    assert visits(ex, text) == {("ana-soto", "peru", "2023-05-03")}


def test_the_destination_is_a_city_of_the_host(ex: Extractor) -> None:
    (v,) = facts(ex, "The trip began on 3 May 2023 in Peru, where Chilean President Ana Soto attended the Forest Forum in Cusco.", "visit")
    assert (v["host"], v.get("destination")) == ("peru", "cusco")


def test_relations_established_on_the_same_day_as_another_event(ex: Extractor) -> None:
    text = ("Chile was among the first countries to recognise Peru when it gained independence on 21 March 1990, "
            "and the two countries established diplomatic relations on the same day.")
    assert [(f["parties"], f["start"]) for f in facts(ex, text, "relations-established")] == [(("chile", "peru"), "1990-03-21")]


def test_relations_after_another_event_without_same_day_stay_undated(ex: Extractor) -> None:
    text = "Chile recognised Peru when it gained independence on 21 March 1990, and the two countries later established diplomatic relations."
    assert facts(ex, text, "relations-established") == []


# -- a delegation's visit, and who led it -------------------------------------------------------------------
DELEGATION = ("A meeting of the Chile-Peru parliamentary group with a delegation of Peruvian deputies, which is on a visit "
              "to Santiago, has been held in the Chilean Senate.\n\n{led}\n")


def test_the_leader_of_a_visiting_delegation_visited(ex: Extractor) -> None:
    text = DELEGATION.format(led="The delegation was led by the Deputy Speaker of the Peruvian Congress Carlos Vega.")
    assert visits(ex, text) == {("carlos-vega", "chile", "2023-05")}


@pytest.mark.parametrize("led", [
    "The delegation will be led by the Deputy Speaker of the Peruvian Congress Carlos Vega.",
    "The Chilean side was represented by the Speaker of the Chilean Senate Ana Soto.",
])
def test_no_visit_for_a_future_leader_or_the_hosts(ex: Extractor, led: str) -> None:
    assert visits(ex, DELEGATION.format(led=led)) == set()


def test_a_delegation_that_will_visit_gives_no_visit(ex: Extractor) -> None:
    text = ("A delegation of the Peru-Chile friendship group will be on a visit to Santiago next month.\n\n"
            "The delegation was led by the Deputy Speaker of the Peruvian Congress Carlos Vega.\n")
    assert visits(ex, text) == set()


@pytest.mark.parametrize("text", [
    "State visits from Peru to Chile: President Luis Ruiz (2007), President Carlos Vega (2012).",
    "Presidential visits from Peru to Chile: President Luis Ruiz in 2007 and President Carlos Vega in 2012.",
    "Chile–Peru relations\n\nHigh-level visits\nState visits from Peru to Chile\n2007: President Luis Ruiz\n2012: President Carlos Vega\n"
    "2014: President Jorge Diaz (summit, Tokyo)\n\nTrade\nIn 2023, Chile and Peru traded goods.",
])
def test_visits_from_x_to_y_each_visitor_with_their_own_year(ex: Extractor, text: str) -> None:
    assert visits(ex, text) == {("luis-ruiz", "chile", "2007"), ("carlos-vega", "chile", "2012")}


def test_visits_from_x_to_y_without_a_name_give_none(ex: Extractor) -> None:
    assert visits(ex, "State visits from Peru to Chile: none since 2007.") == set()


def test_a_signed_treatys_title_gives_one_partnership_with_its_day(ex: Extractor) -> None:
    text = "On 3 May 2023 in Accra, Ghana and Senegal signed the Treaty on Comprehensive Strategic Partnership between Ghana and Senegal."
    got = facts(ex, text, "partnership")
    assert [(f["parties"], f["start"]) for f in got] == [(("ghana", "senegal"), "2023-05-03")]


@pytest.mark.parametrize("text", [
    "The Chilean delegation also met members of the Chile-Peru Friendship Group, chaired by MP Ana Soto, and paid a courtesy call on "
    "Peruvian Speaker Carlos Vega on 3 May 2023.",
    "Members of the Chilean delegation held talks with Peruvian President Carlos Vega and Peruvian Foreign Minister Luis Diaz on 3 May 2023.",
])
def test_a_group_meeting_several_persons_is_no_meeting_among_them(ex: Extractor, text: str) -> None:
    assert facts(ex, text, "meeting") == []


def test_talks_between_two_named_persons_still_meet(ex: Extractor) -> None:
    text = "Talks between Chilean President Ana Soto and Peruvian President Carlos Vega took place in Lima on 3 May 2023."
    assert pairs(facts(ex, text, "meeting")) == {(("ana-soto", "carlos-vega"), "2023-05-03")}


# -- a visit told by its end, or as under way in a place -----------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Chilean President Ana Soto's three-day state visit to Peru ended on Wednesday.", ("2023-05-01", "2023-05-03")),
    ("Chilean President Ana Soto concluded her two-day visit to Peru on Wednesday.", ("2023-05-02", "2023-05-03")),
])
def test_a_visit_told_by_its_last_day_and_length(ex: Extractor, text: str, expected: tuple[str, str]) -> None:
    (v,) = facts(ex, text, "visit")
    assert (v["host"], v["start"], v["end"]) == ("peru", *expected)


@pytest.mark.parametrize("text", [
    "Chilean President Ana Soto returned from a visit to Peru on Wednesday.",
    "Chilean President Ana Soto wrapped up a four-nation tour of South America on Saturday in Peru.",
])
def test_a_visit_told_by_its_end_alone_is_not_dated_by_it(ex: Extractor, text: str) -> None:
    assert facts(ex, text, "visit") == []


def test_in_a_city_on_a_working_visit(ex: Extractor) -> None:
    assert visits(ex, "Chilean President Ana Soto is in Lima on a working visit.") == {("ana-soto", "peru", "2023-05-04")}


def test_in_a_city_before_a_planned_visit_is_none(ex: Extractor) -> None:
    assert visits(ex, "Chilean President Ana Soto is in Lima and will pay a working visit to Ecuador on Friday.") == set()


def test_attending_a_meeting_with_a_person_is_a_meeting(ex: Extractor) -> None:
    text = "Chilean Foreign Minister Ana Soto attended a meeting with Peruvian Foreign Minister Carlos Vega in Lima on 3 May 2023."
    assert pairs(facts(ex, text, "meeting")) == {(("ana-soto", "carlos-vega"), "2023-05-03")}


# -- talks at a distance and things received are no meetings in person ----------------------------------
@pytest.mark.parametrize("text", [
    "Chilean President Ana Soto held phone talks with Peruvian President Carlos Vega on 3 May 2023.",
    "Chilean President Ana Soto held a telephone conversation with Peruvian President Carlos Vega on 3 May 2023.",
    "Chilean President Ana Soto received a phone call from Peruvian President Carlos Vega on 3 May 2023.",
    "Chilean President Ana Soto received a letter from Peruvian President Carlos Vega on 3 May 2023.",
    "Chilean President Ana Soto held talks with Peruvian President Carlos Vega via video link on 3 May 2023.",
    "Chilean President Ana Soto and Peruvian President Carlos Vega met virtually on 3 May 2023.",
])
def test_remote_talks_are_no_meeting(ex: Extractor, text: str) -> None:
    assert facts(ex, text, "meeting") == []


def test_a_letter_delivered_by_an_envoy_is_a_meeting_with_the_envoy(ex: Extractor) -> None:
    text = ("Chilean President Ana Soto received a message from Peruvian President Carlos Vega delivered by Peruvian Ambassador "
            "Luis Diaz on 3 May 2023.")
    assert pairs(facts(ex, text, "meeting")) == {(("ana-soto", "luis-diaz"), "2023-05-03")}


def test_talks_on_virtually_everything_are_still_talks(ex: Extractor) -> None:
    text = "Chilean President Ana Soto held talks with Peruvian President Carlos Vega on virtually all issues in Lima on 3 May 2023."
    assert pairs(facts(ex, text, "meeting")) == {(("ana-soto", "carlos-vega"), "2023-05-03")}


# -- a demonym is no destination, an aside "planned for" is a plan -------------------------------------------
@pytest.mark.parametrize("text", [
    "Chilean President Ana Soto visited the Peruvian embassy in Santiago on 3 May 2023.",
    "Chilean President Ana Soto visited a Peruvian restaurant on 3 May 2023.",
    "Chilean President Ana Soto's visit to Peru, planned for 3 May 2023, was cancelled.",
])
def test_no_visit_abroad(ex: Extractor, text: str) -> None:
    assert visits(ex, text) == set()


def test_the_capital_named_by_its_demonym_is_a_destination(ex: Extractor) -> None:
    assert visits(ex, "Chilean President Ana Soto arrived in the Peruvian capital on 3 May 2023.") == {("ana-soto", "peru", "2023-05-03")}


@pytest.mark.parametrize("text,start", [
    ("Their cooperation was formalised in the strategic partnership between Chile and Peru created in 2009.", "2009"),
    ("The strategic partnership of Chile and Peru, established on 4 May 2015, has grown.", "2015-05-04"),
    ("Chile and Peru established a strategic partnership in 2009.", "2009"),
    ("The strategic partnership between Chile and Peru has grown since 2009.", None),
])
def test_a_partnership_dated_by_its_creation_only(ex: Extractor, text: str, start: str | None) -> None:
    assert [(f["parties"], f["start"]) for f in facts(ex, text, "partnership")] == [(("chile", "peru"), start)]


def test_a_partnership_to_be_created_is_none(ex: Extractor) -> None:
    assert facts(ex, "Chile and Peru will establish a strategic partnership in 2025.", "partnership") == []


# -- summits hosted by a city, of "the bloc", told by one of their days ---------------------------------------
def summits(ex: Extractor, text: str, published: str = "2023-05-04") -> set[tuple[str, str | None, str | None, str | None]]:
    return {(f["organiser"], f.get("host"), f["start"], f["end"]) for f in facts(ex, text, "summit", published=published)}


def test_a_city_that_hosted_the_summit(ex: Extractor) -> None:
    assert summits(ex, "Asuncion hosted the Mercosur summit on 3 May 2022.") == {("mercosur", "paraguay", "2022-05-03", None)}


def test_the_blocs_summit_is_the_one_named_organisations(ex: Extractor) -> None:
    text = "Leaders of Mercosur gathered in Asuncion on 3 May 2022 for the bloc's annual summit."
    assert summits(ex, text) == {("mercosur", "paraguay", "2022-05-03", None)}


@pytest.mark.parametrize("text", [
    "Leaders of Mercosur and the Pacific Alliance gathered in Asuncion on 3 May 2022 for the bloc's annual summit.",
    "Leaders of Mercosur will gather in Asuncion on 3 May 2024 for the bloc's annual summit.",
])
def test_the_blocs_summit_of_two_organisations_or_to_come_is_none(ex: Extractor, text: str) -> None:
    assert summits(ex, text) == set()


def test_a_summit_told_by_one_of_its_days_is_the_summit_of_those_days(ex: Extractor) -> None:
    text = ("Bolivia on Thursday became a full member of Mercosur at the bloc's summit in Asuncion.\n\n"
            "Leaders approved the accession at the 24th Mercosur summit, hosted by Paraguay on May 3-4.")
    assert summits(ex, text, published="2023-05-04") == {("mercosur", "paraguay", "2023-05-03", "2023-05-04")}


# -- documents signed, counted and not named --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Chile and Peru signed a total of 12 documents on 3 May 2023.",
    "Chile and Peru signed several agreements in Lima on 3 May 2023.",
])
def test_counted_documents_signed_are_a_signing(ex: Extractor, text: str) -> None:
    assert [(f["parties"], f["start"]) for f in facts(ex, text, "signing")] == [(("chile", "peru"), "2023-05-03")]


@pytest.mark.parametrize("text", [
    "Chile and Peru have signed over 40 agreements since 1990.",
    "Chile and Peru will sign 12 documents on 3 May 2023.",
])
def test_counted_documents_over_years_or_to_come_are_none(ex: Extractor, text: str) -> None:
    assert facts(ex, text, "signing") == []


@pytest.mark.parametrize("text", [
    "Chilean President Ana Soto welcomed the decision of Peruvian President Carlos Vega to reopen the border on 3 May 2023.",
    "Chilean President Ana Soto received an award from Peruvian President Carlos Vega on 3 May 2023.",
    "Chilean President Ana Soto discussed the proposal of Peruvian President Carlos Vega with reporters on 3 May 2023.",
])
def test_a_thing_of_a_person_welcomed_or_received_is_no_meeting_with_them(ex: Extractor, text: str) -> None:
    assert facts(ex, text, "meeting") == []


def test_welcoming_a_persons_delegation_is_a_meeting(ex: Extractor) -> None:
    text = "Chilean President Ana Soto welcomed the delegation of Peruvian President Carlos Vega on 3 May 2023."
    assert pairs(facts(ex, text, "meeting")) == {(("ana-soto", "carlos-vega"), "2023-05-03")}
