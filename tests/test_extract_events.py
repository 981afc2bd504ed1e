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
    """The inviter and the visitor of "attended the 24th meeting of the Council ... and the ECOWAS+ meeting" did not
    meet by that sentence."""
    text = ("At the invitation of President Kofi Mensah of Ghana, President Amadou Diallo of Senegal paid a state visit to Ghana "
            "from 2 to 4 May 2023 and attended the 24th meeting of the Council of Heads of State of the Economic Community of "
            "West African States (ECOWAS) and the ECOWAS+ meeting.")
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
