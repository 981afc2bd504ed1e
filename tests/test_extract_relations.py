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


# -- dates attached to events, datelines -------------------------------------------------------


def test_dateline_is_not_the_event_date(extractor: Extractor) -> None:
    text = " date 2019-10-17 Foreign Minister of Chile Ana Soto met with Foreign Minister of Peru Luis Vidal, the ministry said on Tuesday."
    (f,) = facts(extractor, text, "meeting", published="2019-10-17")
    assert f.start == "2019-10-15" and f.inference == "relative-date"
    assert text[f.evidence[0].start : f.evidence[0].end].startswith("Foreign Minister of Chile")


def test_meeting_takes_the_date_nearest_its_verb(extractor: Extractor) -> None:
    text = ("Appointed in March 2017, Ambassador of Turkey to Kazakhstan Ali Demir met President of Kazakhstan "
            "Nurlan Sadykov on 14 June 2018 in Astana.")
    meetings = facts(extractor, text, "meeting")
    assert [(m.start, m.values["participants"]) for m in meetings] == [("2018-06-14", ("ali-demir", "nurlan-sadykov"))]


def test_lead_without_a_date_takes_the_publication_date(extractor: Extractor) -> None:
    text = "Kenyan Trade Minister Joseph Otieno and Ugandan Ambassador Grace Nambi discussed cross-border rail links, the agency reports.\n\nMore later."
    (f,) = facts(extractor, text, "meeting", published="2023")
    assert f.start == "2023" and f.inferred == ("start",) and f.inference == "relative-date"


def test_undated_meeting_after_the_lead_is_left_out(extractor: Extractor) -> None:
    text = "Chile and Peru signed nothing on 3 May 2020.\nForeign Minister of Chile Ana Soto met Foreign Minister of Peru Luis Vidal."
    assert facts(extractor, text, "meeting") == []


def test_a_retold_event_keeps_the_precise_date(extractor: Extractor) -> None:
    text = ("President of Chile Ana Soto made two visits to Peru, in 2011 and 2014. "
            "President of Chile Ana Soto visited Peru on 2 March 2011.")
    visits = facts(extractor, text, "visit")
    assert sorted(v.start for v in visits) == ["2011-03-02", "2014"]
    (precise,) = [v for v in visits if v.start == "2011-03-02"]
    assert len(precise.evidence) == 2


# -- meetings of joint bodies --------------------------------------------------------------------


def test_session_of_a_joint_commission(extractor: Extractor) -> None:
    text = "The fifth session of the Kazakhstan-Turkey intergovernmental commission on trade was held in Ankara in March 2019."
    (f,) = facts(extractor, text, "meeting")
    assert f.values["participants"] == ("kazakhstan", "turkiye") and f.values["location"] == "ankara"
    assert f.values["host"] == "turkiye" and f.start == "2019-03"


def test_consultations_resolve_a_month_without_a_year(extractor: Extractor) -> None:
    text = "Political consultations between the foreign ministries of Chile and Peru were held in Lima in September."
    (f,) = facts(extractor, text, "meeting", published="2024-11-02")
    assert f.values["participants"] == ("chile", "peru") and f.start == "2024-09" and f.inference == "relative-date"


def test_recently_is_the_publication_year(extractor: Extractor) -> None:
    text = "Recently, a round of consultations between Vietnam and Russia was held in Hanoi."
    (f,) = facts(extractor, text, "meeting", published="2023-06")
    assert f.start == "2023" and f.approximate


def test_planned_session_is_no_meeting(extractor: Extractor) -> None:
    for text in ("Chile and Peru are preparing for the next session of the joint commission in 2026.",
                 "The next meeting of the Chile-Peru joint commission will be held in Lima in May 2026."):
        assert facts(extractor, text, "meeting") == [], text


# -- summits -------------------------------------------------------------------------------------


def test_summit_of_an_organisation_with_host_and_date(extractor: Extractor) -> None:
    text = "The 35th summit of the African Union was held in Addis Ababa, Ethiopia, on 5-6 February 2022."
    (f,) = facts(extractor, text, "summit")
    assert (f.values["organiser"], f.values["host"], f.values["location"]) == ("african-union", "ethiopia", "addis-ababa")
    assert (f.start, f.end) == ("2022-02-05", "2022-02-06")


def test_summits_in_two_countries_and_a_later_sentence_that_names_no_organisation(extractor: Extractor) -> None:
    text = ("ASEAN summits are held this year in Indonesia and Laos. "
            "The informal summit, held online on 2 March, was chaired by Indonesia.")
    summits = sorted((f.values.get("host", ""), f.start, f.values.get("online", False)) for f in facts(extractor, text, "summit", published="2023-07-01"))
    # an online summit is hosted by the country that chaired it (graph/sources/README.md)
    assert summits == [("indonesia", "2023", False), ("indonesia", "2023-03-02", True), ("laos", "2023", False)]


def test_informal_meeting_of_an_organisations_leaders(extractor: Extractor) -> None:
    text = "Gulf Cooperation Council summits are rare. The first informal meeting took place in 2019 in Riyadh, Saudi Arabia."
    (f,) = facts(extractor, text, "summit")  # the first sentence has neither date nor host
    assert (f.values["organiser"], f.values["host"], f.start, f.values["informal"]) == ("gulf-cooperation-council", "saudi-arabia", "2019", True)
    assert (f.inferred, f.inference) == (("organiser",), "context")


def test_a_member_state_is_no_summit_organiser(extractor: Extractor) -> None:
    text = "The summit was held on 4 May 2021 in Portugal, a European Union member state."
    assert facts(extractor, text, "summit") == []


# -- founding of bodies --------------------------------------------------------------------------


def test_parliament_founds_a_friendship_group(extractor: Extractor) -> None:
    text = "On 5 May 2015 the Kazakh Parliament established the Kazakhstan-Turkey parliamentary friendship group."
    res = extractor.extract(text, doc_id="t", published="2016")
    (f,) = [f for f in res.facts if f.type == "founding"]
    body = res.entities[f.values["body"]]
    assert (body["type"], body["of"], body["counterpart"]) == ("friendship-group", "kazakhstan", "turkiye")
    assert f.start == "2015-05-05" and f.values["founder"] == body["part_of"]


def test_working_group_set_up_in_a_parliament(extractor: Extractor) -> None:
    text = "The working group on Chile-Peru inter-parliamentary relations was set up in the National Congress of Peru on 2 April 2009."
    res = extractor.extract(text, doc_id="t", published="2016")
    (f,) = [f for f in res.facts if f.type == "founding"]
    assert f.start == "2009-04-02" and res.entities[f.values["body"]]["counterpart"] in ("chile", "peru")


def test_embassy_established_is_no_founding(extractor: Extractor) -> None:
    text = "The Chilean embassy in Peru was established on 2 April 2009 next to the friendship group's office."
    assert facts(extractor, text, "founding") == []


# -- renamings -----------------------------------------------------------------------------------


def test_renaming_said_in_the_text(extractor: Extractor) -> None:
    (f,) = facts(extractor, "The Organisation of African Unity was renamed the African Union in July 2002.", "renaming")
    assert f.values == {"organisation": "african-union", "old_name": "Organisation of African Unity", "new_name": "African Union"}
    assert f.start == "2002-07" and not f.inferred


def test_formerly_known_as(extractor: Extractor) -> None:
    (f,) = facts(extractor, "The Gulf Cooperation Council, formerly known as the Arab Gulf Council, met in Doha.", "renaming")
    assert (f.values["old_name"], f.values["new_name"], f.start) == ("Arab Gulf Council", "Gulf Cooperation Council", None)


def test_naming_a_renamed_organisation_states_no_renaming(extractor: Extractor) -> None:
    """A fact must be stated in its passage: naming an organisation (by its new or its former name) that was once
    renamed says nothing of the renaming, so nothing is injected from what is known of it."""
    for text in ("Kyrgyzstan and Turkey are members of the Organization of Turkic States.",
                 "Kyrgyzstan and Turkey are members of the Turkic Council.",
                 "Both countries are members of the Organisation of Islamic Cooperation and of the OSCE."):
        assert facts(extractor, text, "renaming", published="2023") == [], text


def test_formerly_without_a_date_stays_undated(extractor: Extractor) -> None:
    (f,) = facts(extractor, "Peru joined the Organisation of Islamic Cooperation, formerly the Organisation of the Islamic Conference, as an observer.",
                 "renaming", published="2023")
    assert (f.values["old_name"], f.start, f.inferred) == ("Organisation of the Islamic Conference", None, ())


def test_renamed_street_is_no_organisation_renaming(extractor: Extractor) -> None:
    assert facts(extractor, "A street in Lima was renamed Avenida Chile in 2010.", "renaming") == []


# -- student figures -----------------------------------------------------------------------------


def test_students_studying_abroad(extractor: Extractor) -> None:
    text = "Currently, some 2,500 Vietnamese students study in Russia, the embassy said."
    (f,) = facts(extractor, text, "student-count", published="2023-09-01")
    assert (f.values["origin"], f.values["host"], f.values["count"], f.values["year"]) == ("vietnam", "russian-federation", 2500, "2023")
    assert f.approximate and f.inference == "relative-date"


def test_students_with_a_year_and_from(extractor: Extractor) -> None:
    text = "In 2019, 830 students from Peru were enrolled at Chilean universities."
    (f,) = facts(extractor, text, "student-count")
    assert (f.values["origin"], f.values["host"], f.values["count"], f.values["year"]) == ("peru", "chile", 830, "2019")
    assert not f.approximate


def test_planned_quota_is_no_student_count(extractor: Extractor) -> None:
    text = "From 2016 Chile will admit 150 Peruvian students under the scholarship programme."
    assert facts(extractor, text, "student-count") == []


def test_place_dateline_and_visit_date_nearest_its_verb(extractor: Extractor) -> None:
    text = "LIMA, 9 June 2018 - President of Chile Ana Soto paid an official visit to Peru on 7-8 June 2018, the agency said."
    (f,) = facts(extractor, text, "visit", published="2018-06-09")
    assert (f.start, f.end, f.values["kind"]) == ("2018-06-07", "2018-06-08", "official")
    assert text[f.evidence[0].start :].startswith("President of Chile")


def test_instrument_title_keeps_its_subject(extractor: Extractor) -> None:
    res = extractor.extract("Chile and Peru signed an agreement on visa-free travel for tourists on 3 May 2009 in Lima.", doc_id="t")
    (s,) = [f for f in res.facts if f.type == "signing"]
    assert res.entities[s.values["instrument"]]["label"] == "Agreement on visa-free travel for tourists" and s.start == "2009-05-03"


# -- statuses said in passing --------------------------------------------------------------------


def test_two_embassies_in_one_sentence(extractor: Extractor) -> None:
    text = "The Chilean embassy in Peru was opened in March 1990, while the embassy of Peru was established in Chile in June 1991."
    res = extractor.extract(text, doc_id="t", published="2020")
    got = sorted((res.entities[f.values["embassy"]]["sent_by"], res.entities[f.values["embassy"]]["accredited_to"], f.start)
                 for f in res.facts if f.type == "embassy-opening")
    assert got == [("chile", "peru", "1990-03"), ("peru", "chile", "1991-06")]


def test_representation_office_of_an_organisation(extractor: Extractor) -> None:
    res = extractor.extract("The African Union has set up a liaison office in Nairobi to follow the talks.", doc_id="t", published="2020")
    (f,) = [f for f in res.facts if f.type == "mission"]
    office = res.entities[f.values["embassy"]]
    assert (office["type"], office["sent_by"], office["accredited_to"], office["location"]) == ("representation-office", "african-union", "kenya", "nairobi")
    assert office["label"] == "Representation office of African Union in Nairobi"


def test_office_without_a_place_or_with_an_opening_date_is_no_mission(extractor: Extractor) -> None:
    assert facts(extractor, "ASEAN has a regional office, a spokesman said.", "mission") == []
    assert facts(extractor, "ASEAN opened a liaison office in Geneva on 3 May 2011.", "mission") == []


def test_possessive_membership(extractor: Extractor) -> None:
    (f,) = facts(extractor, "Poland's NATO membership shaped its relations with Lithuania.", "membership")
    assert (f.values["member"], f.values["organisation"], f.values["role"], f.start) == ("poland", "nato", "member", None)


def test_membership_bid_is_no_membership(extractor: Extractor) -> None:
    assert facts(extractor, "Ukraine's EU membership bid was discussed in Warsaw.", "membership") == []
    assert facts(extractor, "Georgia's NATO membership aspirations were welcomed.", "membership") == []


def test_partnership_named_by_its_adjectives(extractor: Extractor) -> None:
    (f,) = facts(extractor, "The minister praised the Chilean-Peruvian strategic partnership and the growth of trade.", "partnership")
    assert (f.values["parties"], f.values["level"], f.start) == (("chile", "peru"), "strategic", None)


def test_named_partnership_joins_a_dated_one(extractor: Extractor) -> None:
    text = ("On 4 June 2019 Chile and Peru signed a declaration on strategic partnership. "
            "The Chilean-Peruvian strategic partnership has since deepened.")
    (f,) = facts(extractor, text, "partnership")
    assert f.start == "2019-06-04" and len(f.evidence) == 2


def test_title_with_lower_case_compound_words(extractor: Extractor) -> None:
    text = "12 May 2016 - Head of inter-parliamentary friendship group of Chile Pedro Rojas's visit to Peru"
    (p,) = facts(extractor, text, "position")
    assert (p.values["person"], p.values["organisation"], p.values["title"]) == ("pedro-rojas", "chile", "Head of inter-parliamentary friendship group of Chile")
