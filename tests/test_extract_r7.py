"""Meeting round (round 7): the general ways news and encyclopedias tell that two persons met. Each rule is
tested on invented sentences about other countries, with sentences that must give no meeting (planned, denied,
cancelled, at a distance, or no meeting of persons at all)."""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.extract.pipeline import Extractor


def meetings(ex: Extractor, text: str, published: str = "2024-05-04") -> set[tuple[tuple[str, ...], str]]:
    res = ex.extract(text, doc_id="t", published=published)
    return {(tuple(f.values["participants"]), str(f.start)) for f in res.facts if f.type == "meeting"}


# -- "A and his counterpart B signed ... after talks": the signers held the talks --------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Norwegian Foreign Minister Espen Barth Eide and his Bulgarian counterpart Ivan Kondov signed an agreement "
         "on energy in Sofia on Tuesday after talks on trade.", (("espen-barth-eide", "ivan-kondov"), "2024-04-30")),
        ("Prime Minister Ana Brnabić and her Slovak counterpart Robert Fico inked a deal on gas on Friday, after "
         "talks in the Slovak capital.", (("ana-brnabic", "robert-fico"), "2024-05-03")),
        ("Foreign Minister Tanja Fajon and her Maltese counterpart Ian Borg issued a joint statement on Wednesday "
         "following their talks in Ljubljana.", (("ian-borg", "tanja-fajon"), "2024-05-01")),
    ],
)
def test_talks_before_a_joint_act_are_a_meeting(ex: Extractor, text: str, expected: Any) -> None:
    assert expected in meetings(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        # planned: the talks are yet to come
        "Foreign Minister Ivan Kondov said on Monday that he and Minister Espen Barth Eide would sign an agreement after talks next month.",
        # one person and a body: no two persons met
        "President Ilir Meta signed the decree after talks with parliament failed.",
        # at a distance
        "Prime Minister Ana Brnabić and her Slovak counterpart Robert Fico agreed on a gas deal on Friday after phone talks.",
    ],
)
def test_no_meeting_from_talks_planned_or_at_a_distance(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


# -- a meeting that "has not been scheduled" (past an aside) did not happen ------------------------------------------
def test_a_meeting_not_yet_scheduled_is_none(ex: Extractor) -> None:
    text = ("ATHENS, May 2 - Foreign Minister Ivan Kondov and his Greek counterpart Giorgos Gerapetritis signed a pact on "
            "Thursday after talks in Athens. A meeting between Prime Minister Kiril Petkov and Prime Minister Kyriakos "
            "Mitsotakis, first mentioned by diplomats in Sofia, has not been scheduled yet.")
    found = meetings(ex, text)
    assert (("giorgos-gerapetritis", "ivan-kondov"), "2024-05-02") in found
    assert not any("kiril-petkov" in p for p, _ in found)


# -- "On Tuesday Soto was received by ...": a day or a preposition before a surname is no part of the name ----------
@pytest.mark.parametrize(
    "opening,date",
    [("On Tuesday", "2024-04-30"), ("On 13 February", "2024-02-13"), ("Later Monday", "2024-04-29")],
)
def test_a_surname_after_a_capitalised_day_still_meets(ex: Extractor, opening: str, date: str) -> None:
    text = (f"Trade Minister Ana Soto of Chile is in Ecuador for four days from 12 February. {opening} Soto was received by President "
            "Daniel Noboa in Quito.")
    assert meetings(ex, text) == {(("ana-soto", "daniel-noboa"), date)}


def test_a_surname_after_a_day_in_a_planned_meeting_gives_none(ex: Extractor) -> None:
    text = ("Trade Minister Ana Soto of Chile is in Ecuador for four days from 12 February. On Thursday Soto is scheduled to meet "
            "President Daniel Noboa in Quito.")
    assert meetings(ex, text) == set()


# -- "Minister Park" after "Park Jin": a title and the family name written first is the person named in full --------
def test_a_title_and_a_family_name_written_first_is_the_person_named_before(ex: Extractor) -> None:
    text = ("Foreign Minister of the Republic of Korea Park Jin arrived in Hanoi on Monday. On Tuesday, Foreign Minister "
            "of Vietnam Bui Thanh Son held talks with Minister Park.")
    assert meetings(ex, text) == {(("bui-thanh-son", "park-jin"), "2024-04-30")}


def test_a_title_and_a_given_name_is_no_reference(ex: Extractor) -> None:
    # a European name is written given name first: "Minister Ana" is not Ana Soto
    text = ("Foreign Minister Ana Soto arrived in Seoul on Monday. On Tuesday, Foreign Minister of the Republic of Korea "
            "Park Jin held talks with Minister Ana.")
    assert not any("ana-soto" in p for p, _ in meetings(ex, text))


# -- "X was also present at the talks": one more participant of the talks told before -------------------------------
@pytest.mark.parametrize(
    "follow",
    ["Ambassador Nguyen Vu Tung was also present at the talks.",
     "The talks were also attended by Ambassador Nguyen Vu Tung.",
     "Ambassador Nguyen Vu Tung also took part in the talks."],
)
def test_one_present_at_the_talks_joins_them(ex: Extractor, follow: str) -> None:
    text = ("Foreign Minister of Vietnam Bui Thanh Son held talks with Foreign Minister of the Republic of Korea Park Jin "
            f"in Hanoi on Tuesday. Following the talks, the ministers signed an agreement on fisheries. {follow}")
    assert meetings(ex, text) == {(("bui-thanh-son", "park-jin", "nguyen-vu-tung"), "2024-04-30")}


@pytest.mark.parametrize(
    "follow",
    ["Ambassador Nguyen Vu Tung was not present at the talks.",
     "Ambassador Nguyen Vu Tung will attend the talks.",
     "Ambassador Nguyen Vu Tung attended the meeting of the ASEAN Regional Forum on Friday.",
     # talks told as a reception only: "the meeting" may be another one the report did not tell
     ],
)
def test_absent_planned_or_other_gathering_adds_nobody(ex: Extractor, follow: str) -> None:
    text = ("Foreign Minister of Vietnam Bui Thanh Son held talks with Foreign Minister of the Republic of Korea Park Jin "
            f"in Hanoi on Tuesday. {follow}")
    assert meetings(ex, text) == {(("bui-thanh-son", "park-jin"), "2024-04-30")}


def test_present_at_the_meeting_after_a_reception_only_adds_nobody(ex: Extractor) -> None:
    text = ("On Thursday, Foreign Minister Ana Soto was received by the Speaker of the National Assembly, Luis Vega. "
            "The Ambassador of Chile to Ecuador, Pedro Lira, attended the meeting.")
    assert not any("pedro-lira" in p for p, _ in meetings(ex, text))


# -- parliamentary honorifics ("Rt. Hon.", "Hon.", "Senator") are no part of the name --------------------------------
def test_parliamentary_honorifics_stay_out_of_names(ex: Extractor) -> None:
    text = ("Rt. Hon. Mia Amor Mottley met Senator Nyonblee Karnga-Lawrence of Liberia in Bridgetown on Friday to "
            "discuss shipping.")
    assert meetings(ex, text) == {(("mia-amor-mottley", "nyonblee-karnga-lawrence"), "2024-05-03")}
    assert meetings(ex, "Hon. Ama Serwaa, chair of the committee, met Senator Jonathan Kollie on Tuesday.") == {
        (("ama-serwaa", "jonathan-kollie"), "2024-04-30")}


# -- "A received B, in the presence of C": one meeting of the three ------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("On Monday, President Ana Soto received King Harald V at the palace, in the presence of Crown Prince Haakon Magnus.",
         {(("ana-soto", "haakon-magnus", "harald-v"), "2024-04-29")}),
        # several received: a meeting with each, as before
        ("President Ana Soto met King Harald V and Prime Minister Jonas Gahr Støre on Monday.",
         {(("ana-soto", "harald-v"), "2024-04-29"), (("ana-soto", "jonas-gahr-st-re"), "2024-04-29")}),
        # a signing witnessed is no meeting
        ("The agreement was signed by Ana Soto and Luis Vega on Monday in the presence of King Harald V.", set()),
    ],
)
def test_one_present_at_a_reception_takes_part(ex: Extractor, text: str, expected: Any) -> None:
    assert meetings(ex, text) == expected


# -- "His Majesty the King received ...": the one king the document named ------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("King Harald V arrived in Lisbon on Monday. On Tuesday the King was received by President Ana Soto.",
         {(("ana-soto", "harald-v"), "2024-04-30")}),
        ("On Monday, Amir Sheikh Tamim bin Hamad Al Thani received President Ana Soto in Doha. His Highness the Amir "
         "received Prime Minister Luis Vega on Tuesday.",
         {(("ana-soto", "tamim-bin-hamad-al-thani"), "2024-04-29"), (("luis-vega", "tamim-bin-hamad-al-thani"), "2024-04-30")}),
        # two kings named: "the King" is unsure, no meeting
        ("King Harald V and King Carl XVI Gustaf arrived in Lisbon on Monday. On Tuesday the King was received by "
         "President Ana Soto.", set()),
        # another country's king, named by his country, is not the one named before
        ("King Harald V arrived in Lisbon on Monday. On Tuesday the King of Spain was received by President Ana Soto.", set()),
    ],
)
def test_a_royal_named_by_title_alone(ex: Extractor, text: str, expected: Any) -> None:
    assert meetings(ex, text) == expected


# -- "held talks with X, who had arrived in Y on Thursday": the guest's arrival does not date the talks ---------------
def test_a_guests_arrival_aside_neither_blocks_nor_dates_the_talks(ex: Extractor) -> None:
    text = ("BRASILIA, May 4 - Chilean Foreign Minister Ana Soto met Brazilian Foreign Minister Mauro Vieira in "
            "Brasilia on Saturday. Soto also held talks with Peruvian Foreign Minister Javier González-Olaechea, who "
            "had arrived in Brazil on Thursday.")
    found = meetings(ex, text)
    assert (("ana-soto", "mauro-vieira"), "2024-05-04") in found
    assert (("ana-soto", "javier-gonzalez-olaechea"), "2024-05-04") in found
    assert not any(d == "2024-05-02" for _, d in found)


# -- "was granted an audience with King X": an audience is a meeting ------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chilean Foreign Minister Ana Soto was granted an audience with King Harald V on 3 May.",
         {(("ana-soto", "harald-v"), "2024-05-03")}),
        ("King Harald V granted an audience to Chilean Foreign Minister Ana Soto at the palace on 3 May.",
         {(("ana-soto", "harald-v"), "2024-05-03")}),
        ("Chilean Foreign Minister Ana Soto is expected to have an audience with King Harald V on 9 May.", set()),
        ("Chilean Foreign Minister Ana Soto spoke to an audience of students in Oslo on 3 May, and King Harald V "
         "opened a museum.", set()),
    ],
)
def test_an_audience_is_a_meeting(ex: Extractor, text: str, expected: Any) -> None:
    assert meetings(ex, text) == expected


# -- near misses that tell no meeting of persons -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Ana Soto said on 3 May that Peru had met the target set by President Luis Vega.",
        "Chilean President Ana Soto and Peruvian President Luis Vega attended a meeting of the Andean Council on 3 May.",
        "A meeting between Chilean President Ana Soto and Peruvian President Luis Vega planned for 3 May was cancelled.",
        "Chilean President Ana Soto denied that she had met Peruvian President Luis Vega on 3 May.",
        "Chilean President Ana Soto did not meet Peruvian President Luis Vega on 3 May.",
        "Chilean President Ana Soto held talks with Peruvian President Luis Vega by video link on 3 May.",
    ],
)
def test_near_misses_give_no_meeting(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


# -- "X is elected President of Y", "X became Prime Minister": a post taken names its holder --------------------------
@pytest.mark.parametrize(
    "text,person,org",
    [
        ("2001 – Jorge Batlle is elected President of Uruguay by the voters in March.", "jorge-batlle", "uruguay"),
        ("Tabaré Vázquez became President of Uruguay in 2005.", "tabare-vazquez", "uruguay"),
        ("Ana Soto was sworn in as Prime Minister of Peru on 3 May.", "ana-soto", "peru"),
    ],
)
def test_a_post_taken_introduces_its_holder(ex: Extractor, text: str, person: str, org: str) -> None:
    res = ex.extract(text, doc_id="t", published="2024-05-04")
    assert any(f.type == "position" and f.values["person"] == person and f.values["organisation"] == org for f in res.facts)


def test_a_post_taken_lets_a_later_surname_meet(ex: Extractor) -> None:
    text = ("Tabaré Vázquez became President of Uruguay in 2005. On 3 May 2006 Vázquez met Chilean President Michelle "
            "Bachelet in Santiago.")
    assert meetings(ex, text) == {(("michelle-bachelet", "tabare-vazquez"), "2006-05-03")}


@pytest.mark.parametrize("text", ["The Senate was elected President of nothing.",
                                  "Peru became President of the Andean Community in 2020."])
def test_no_holder_from_a_body_or_country(ex: Extractor, text: str) -> None:
    res = ex.extract(text, doc_id="t", published="2024-05-04")
    assert not [f for f in res.facts if f.type == "position"]
