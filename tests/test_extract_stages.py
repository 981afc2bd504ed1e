"""The extraction stages alone, on invented sentences about countries outside the sample."""

from __future__ import annotations

import pytest

from diplograph.errors import DocumentError
from diplograph.extract.gazetteer import Gazetteer, fold
from diplograph.extract.normalise import normalise_bytes
from diplograph.extract.pipeline import Extractor
from diplograph.extract.resolve import Resolver
from diplograph.extract.segment import segment
from diplograph.extract.temporal import find_dates


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.create()


def test_decode_fallbacks_and_bad_input() -> None:
    assert normalise_bytes("Perú".encode("utf-16")).text == "Perú"
    t = normalise_bytes("Bogotá".encode("cp1252"))
    assert t.text == "Bogotá" and t.guessed_encoding
    for data in (b"", b"  \n", b"\x00\x01\x02binary\x00" * 10):
        with pytest.raises(DocumentError):
            normalise_bytes(data)
    with pytest.raises(DocumentError, match="over the limit"):
        normalise_bytes(b"a" * 100, max_bytes=10)


def test_html_offsets_point_into_the_original() -> None:
    page = "<html><script>var Peru=1;</script><h2>Visits</h2><ul><li>Chile &amp; Peru met</li></ul></html>"
    t = normalise_bytes(page.encode(), name="p.html")
    assert "var" not in t.text and "== Visits ==" in t.text
    i = t.text.index("Peru met")
    s, e = t.span(i, i + 4)
    assert t.original[s:e] == "Peru"


def test_segments_headings_items_sentences() -> None:
    segs = segment("= Chile–Peru relations =\n\n== Visits ==\n- 3 May 2001 - a visit\nMr. Soto arrived. He left.")
    assert [s.kind for s in segs] == ["heading", "heading", "item", "sentence", "sentence"]
    assert segs[2].section == ("Chile–Peru relations", "Visits")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("on 4–5 December 1998", ("1998-12-04", "1998-12-05", "day")),
        ("from 29 June-1 July 2013", ("2013-06-29", "2013-07-01", "day")),
        ("03-24 April 2006", ("2006-04-03", "2006-04-24", "day")),
        ("on March 2, 1992", ("1992-03-02", None, "day")),
        ("in September 2004", ("2004-09", None, "month")),
        ("in 2017", ("2017", None, "year")),
        ("this year", ("2021", None, "year")),
        ("said on Tuesday", ("2021-04-06", None, "day")),
        ("five years ago", ("2016", None, "year")),
    ],
)
def test_dates(text: str, expected: tuple) -> None:
    d = find_dates(text, published="2021-04-08")[0]
    assert (d.start, d.end, d.precision) == expected


def test_may_the_verb_is_no_date() -> None:
    assert find_dates("the ministers may meet again in 2020")[0].start == "2020"


def test_gazetteer_names_demonyms_capitals_former_names() -> None:
    g = Gazetteer.build()
    found = g.find("Kazakh and Turkish diplomats in Santiago met the Organisation of African Unity and the US.")
    assert [(m.entity, m.kind) for m in found] == [
        ("kazakhstan", "demonym"), ("turkiye", "demonym"), ("santiago", "capital"), ("african-union", "name"), ("united-states", "name")]
    assert g.find("we met us") == []
    assert fold("Çavuşoğlu") == "cavusoglu"


@pytest.mark.parametrize(
    "text,name,role,country,accredited",
    [
        ("President of Chile Gabriel Ortiz arrived.", "gabriel-ortiz", "president", "chile", None),
        ("Peruvian Ambassador to Chile Ana Ruiz said.", "ana-ruiz", "ambassador", "peru", "chile"),
        ("Minister of Foreign Affairs and Foreign Trade of Kenya Alice Mwangi spoke.", "alice-mwangi", "minister", "kenya", None),
        ("Since 2019 ambassador of Chile in Peru is Juan Vidal.", "juan-vidal", "ambassador", "chile", "peru"),
        ("Turkish Trade Minister Mehmet Kaya left.", "mehmet-kaya", "minister", "turkiye", None),
    ],
)
def test_titled_persons(text: str, name: str, role: str, country: str, accredited: str | None) -> None:
    r = Resolver(Gazetteer.build())
    m = r.titled_persons(text, r.gazetteer.find(text))[0]
    assert (m.entity, m.get("role"), m.get("country"), m.get("accredited_to")) == (name, role, country, accredited)


def test_fuzzy_names_and_coreference(extractor: Extractor) -> None:
    text = ("Kenyan Ambassador to Chile Wanjiru Odhiambo met President of Chile Gabriel Ortiz on 3 May 2019. "
            "The ambassador also visited Peru on 5 May 2019. Odiambo returned later.")
    res = extractor.extract(text, doc_id="t", published="2019-06-01")
    visits = [f for f in res.facts if f.type == "visit"]
    assert [(f.values["visitor"], f.values["host"]) for f in visits] == [(("wanjiru-odhiambo",), "peru")]
    assert extractor.resolver.resolve_name("Wanjiru Odiambo", None) is None  # unknown outside the document


def test_dateline_segment_and_iso_dates() -> None:
    from diplograph.extract.segment import segment
    from diplograph.extract.temporal import find_dates

    segs = segment(" date 2020-02-03 Chile and Peru met. Published: 4 May 2021 is no dateline here.")
    assert [(s.kind, s.text) for s in segs][:2] == [("dateline", "date 2020-02-03"), ("sentence", "Chile and Peru met.")]
    assert [s.kind for s in segment("4 May 2001 was a quiet day in Lima.")] == ["sentence"]
    assert [(d.start, d.precision) for d in find_dates("on 2020-02-03")] == [("2020-02-03", "day")]


def test_month_without_year_and_recently() -> None:
    from diplograph.extract.temporal import find_dates

    ds = find_dates("Talks were held in September. Recently, the envoy left. May we go?", published="2024-11-02")
    assert [(d.start, d.precision, d.relative) for d in ds] == [("2024-09", "month", True), ("2024", "year", True)]
    assert ds[1].approximate


def test_long_name_with_one_word_in_lower_case() -> None:
    g = Gazetteer.build()
    found = [m.entity for m in g.find("Envoys of the Economic Community of West African states met; the united nations did not.")]
    assert found == ["ecowas"]
