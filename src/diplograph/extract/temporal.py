"""Stage 5: date expressions -> ISO dates with their precision, relative ones resolved against publication.

>>> [(d.start, d.end, d.precision) for d in find_dates("On 4–5 March 2019 and in May 2020.")]
[('2019-03-04', '2019-03-05', 'day'), ('2020-05', None, 'month')]
>>> d = find_dates("The talks were held on Tuesday.", published="2021-04-08")[0]
>>> (d.start, d.relative)
('2021-04-06', True)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DateMention", "find_dates", "MONTHS"]

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_M = r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_D = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{n}>1[89]\d\d|20\d\d)"
_DASH = r"\s*(?:[-–—]|to|until|till|and)\s*"
_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1, "twenty": 20, "thirty": 30}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}


def _p(template: str) -> re.Pattern[str]:
    names = {"m": _M, "d": _D, "y": _Y}
    out = template
    for key in ("m1", "m2", "d1", "d2", "y1", "y2"):
        out = out.replace("{" + key + "}", names[key[0]].format(n=key))
    return re.compile(out.replace("{DASH}", _DASH))  # month names are capitalised: "may" is a verb


# most specific first; each match removes its span from later patterns
_PATTERNS = [
    re.compile(r"\b(?P<y1>1[89]\d\d|20\d\d)-(?P<m1>0[1-9]|1[0-2])-(?P<d1>[0-3]\d)\b"),  # 2021-04-08 (ISO, datelines)
    _p(r"\b{d1}\s+{m1}{DASH}{d2}\s+{m2},?\s+(?:in\s+)?{y1}\b"),  # 29 June-1 July 2012
    _p(r"\b{m1}\s+{d1}{DASH}{m2}\s+{d2},?\s+{y1}\b"),  # June 29 - July 1, 2012
    _p(r"\b{d1}{DASH}{d2}\s+{m1},?\s+(?:in\s+)?{y1}\b"),  # 4–5 December 1994, 03-24 April 2004, 20-21 May in 2025
    _p(r"\b{m1}\s+{d1}{DASH}{d2},?\s+{y1}\b"),  # November 21–22, 2014
    _p(r"\b{d1}\s+{m1},?\s+{y1}\b"),  # 4 December 1994
    _p(r"\b{m1}\s+{d1},?\s+{y1}\b"),  # December 26, 1991
    _p(r"\b{m1}{DASH}{m2},?\s+{y1}\b"),  # June-July 2010
    _p(r"\b{m1},?\s+(?:of\s+)?{y1}\b"),  # September 2004
    _p(r"\b{d1}{DASH}{d2}\s+{m1}\b(?!,?\s+\d)"),  # 20-21 May (year from context)
    _p(r"\b{m1}\s+{d1}{DASH}{d2}\b(?![,.]?\s*\d|\s+[a-z%])"),  # Mar 4 and 5, May 20-21 (year from context)
    _p(r"\b{m1}\s+{d1}\b(?!,?\s*\d)"),  # March 31 (year from context)
    _p(r"\b(?:[Ll]ast|this\s+past)\s+{m1}\b(?!,?\s*\d)"),  # last October (the one before publication)
    _p(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|by|until|from|early|late)\s+{m1}\b(?!,?\s*\d)"),  # in September
    _p(r"\b{d1}\s+{m1}\b(?!,?\s*\d)"),  # 31 March
    _p(r"(?<![\d.,$€£])\b{y1}\b(?![\d.,]\d)(?!\s*(?:million|billion|people|students|km|%))"),  # 2014
]
_RELATIVE = re.compile(
    r"\b(?P<this>this|last|next|previous)\s+(?P<unit>year|month)\b"
    r"|\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<approx>almost|about|around|nearly|some)?\s*(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|a|a few|several)\s+(?P<u2>years?|months?|days?|weeks?|decades?)\s+ago\b"
    r"|\b(?P<yesterday>yesterday|today)\b"
    r"|\b(?P<recent>recently|lately|currently|at present|presently|nowadays)\b",
    re.IGNORECASE,
)


#: anything a date expression needs: a digit, a month or weekday name, or a relative word
_ANY_DATE = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b(?:this|last|next|previous|ago|yesterday|today|recently|lately|currently|present|presently|nowadays|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    """A date expression: its span, ISO start (and end for ranges), precision, and how it was found."""

    pos: int
    endpos: int
    start: str
    end: str | None = None
    precision: str = "day"
    relative: bool = False
    approximate: bool = False


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None and m is not None:
            return dt.date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
    return f"{y:04d}"


def _month(word: str) -> int | None:
    return int(word) if word.isdigit() else MONTHS.get(word.lower().rstrip("."))


def _from_match(m: re.Match[str], year: int | None) -> tuple[str | None, str | None]:
    g = {k: v for k, v in m.groupdict().items() if v}
    y1 = int(g["y1"]) if "y1" in g else year
    if y1 is None:
        return None, None
    m1 = _month(g["m1"]) if "m1" in g else None
    m2 = _month(g["m2"]) if "m2" in g else m1
    d1 = int(g["d1"]) if "d1" in g else None
    d2 = int(g["d2"]) if "d2" in g else None
    start = _iso(y1, m1, d1)
    end = None
    if d2 is not None or ("m2" in g and d1 is None):
        end = _iso(y1, m2, d2)
        if start and end and end < start:
            end = None
    return start, end


def _relative(m: re.Match[str], published: str) -> tuple[str, str, bool] | None:
    parts = [int(x) for x in published.split("-")]
    py = parts[0]
    if m.group("this"):
        shift = {"this": 0, "last": -1, "previous": -1, "next": 1}[m.group("this").lower()]
        if m.group("unit").lower() == "year":
            return f"{py + shift:04d}", "year", False
        if len(parts) < 2:
            return None
        month = (py * 12 + parts[1] - 1) + shift
        return f"{month // 12:04d}-{month % 12 + 1:02d}", "month", False
    if m.group("wd") and len(parts) == 3:
        pub = dt.date(*parts)
        back = (pub.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7  # the day itself when it is the day of publication
        if back == 0 and re.search(r"\b(?:last|previous)\s+$", m.string[max(0, m.start() - 10) : m.start()], re.I):
            back = 7  # "last Thursday" in a report of Thursday: a week before
        return (pub - dt.timedelta(days=back)).isoformat(), "day", False
    if m.group("u2"):
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else _NUM.get(word, 3)
        unit = m.group("u2").lower().rstrip("s")
        approx = bool(m.group("approx")) or word in ("a few", "several")
        if unit == "decade":
            return f"{py - 10 * n:04d}", "year", True
        if unit == "year":
            return f"{py - n:04d}", "year", approx
        if len(parts) == 3:
            pub = dt.date(*parts)
            days = n * {"day": 1, "week": 7, "month": 30}[unit]
            d = pub - dt.timedelta(days=days)
            return (d.isoformat(), "day", approx) if unit == "day" and not approx else (d.isoformat()[:7], "month", True)
        return (published[:7], "month", True) if len(parts) >= 2 and unit != "month" else None
    if m.group("recent"):  # "recently", "currently": around publication, to the year
        return f"{py:04d}", "year", True
    if m.group("yesterday") and len(parts) == 3:
        pub = dt.date(*parts)
        return (pub - dt.timedelta(days=1 if m.group("yesterday").lower() == "yesterday" else 0)).isoformat(), "day", False
    return None


#: words before a date without a year that put it in the past: "last October", "took office in October"
_PAST_BEFORE = re.compile(
    r"(?:\blast|\bthis\s+past|\b(?:took\s+office|was\s+(?:elected|appointed|sworn\s+in)|became|joined|opened|signed|visited|met|held|began|started)\s+(?:[\w-]+\s+){0,2}(?:in|on|since)|\bsince)\s+$",
    re.I)


def _year_back(iso: str) -> str:
    return f"{int(iso[:4]) - 1:04d}{iso[4:]}"


#: words that date a month from the publication, whatever year the sentence named before
_DEICTIC = re.compile(r"\b(?:last|this|next|past|coming)\s+$", re.IGNORECASE)
#: a year that frames a list item or a sentence: "1998 – ...", "* 1998: ...", "In 1998, ..."
_LEAD_YEAR = re.compile(r"^[\s*•·-]*(?:In\s+)?(?P<y>1[89]\d\d|20\d\d)\s*(?:[–—:]|-\s|,)\s*")


def find_dates(text: str, published: str | None = None, context_year: int | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order. Day and month names without a year take
    ``context_year`` (else the publication year, as a relative date)."""
    if not _ANY_DATE.search(text):
        return []  # most sentences hold no date: one search instead of fifteen
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    pub_year = int(published[:4]) if published else None
    lead = _LEAD_YEAR.match(text) if context_year is None else None
    if lead is not None:  # "1998 – ... visited Lima in October", "In 1998, ... in October": October 1998
        context_year = int(lead.group("y"))

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            has_year = bool(m.groupdict().get("y1"))
            year = context_year or pub_year
            # "from 24 to 28 October 2023, during which he held talks on 25 October": the year the sentence gave before
            said = None if has_year or context_year else max((d for d in out if not d.relative and d.endpos <= m.start()), key=lambda d: d.pos, default=None)
            if said is not None and m.groupdict().get("m1") and _DEICTIC.search(text[max(0, m.start("m1") - 12) : m.start("m1")]):
                said = None  # "took office in December 2023, ... last December": last is the publication's
            if said is not None:
                year = int(said.start[:4])
            start, end = _from_match(m, None if has_year else year)
            if start is None:
                continue
            if not has_year and "this year" not in text[m.end() : m.end() + 12].lower() and context_year is None and pub_year is None:
                continue
            if not has_year and context_year is None and said is None and published and start[: len(published)] > published[: len(start)] and _PAST_BEFORE.search(text[max(0, m.start("m1") - 40) : m.start("m1")]):
                # "last October", "took office in October" in an April report: the October before it
                start, end = _year_back(start), _year_back(end) if end else None
            prec = "day" if len(start) == 10 else "month" if len(start) == 7 else "year"
            taken.append((m.start(), m.end()))
            out.append(DateMention(m.start(), m.end(), start, end, prec, relative=not has_year and context_year is None and said is None))
    if published:
        for m in _RELATIVE.finditer(text):
            if not free(m.start(), m.end()):
                continue
            resolved = _relative(m, published)
            if resolved:
                value, prec, approx = resolved
                taken.append((m.start(), m.end()))
                out.append(DateMention(m.start(), m.end(), value, None, prec, relative=True, approximate=approx))
    return sorted(out, key=lambda d: d.pos)
