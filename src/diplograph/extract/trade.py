"""Stage 6: trade turnover between two countries, each amount with its own year ("bilateral trade reached $41
million in 2003 and $58 million in 2004", "up from $6.5 billion a year earlier"); not a target ("aim to raise
trade to $5 billion") nor the investment figures that follow.

>>> _TARGET.search("set a target of ") is not None
True
"""

from __future__ import annotations

import re

from .clause import Candidate, Clause, countries_in
from .money import MONEY, amount_of
from .temporal import DateMention
from .triggers import PATTERNS

__all__ = ["find_trade"]

_I = re.IGNORECASE

#: a figure of the year before the one just given: "a year earlier", "the previous year", "in the previous year"
_YEAR_EARLIER = re.compile(r"\s*(?:,\s*)?(?:(?:a|one)\s+year\s+(?:earlier|before)|(?:in\s+)?the\s+(?:previous|preceding|prior)\s+year|(?:in\s+)?the\s+year\s+before)\b", _I)
#: where trade figures end and others begin: "... while investment stood at $80 million"
_NOT_TRADE = re.compile(r"\b(?:invest(?:ment|ments|ed|or)?|FDI|loans?|credits?|aid|grants?|tourists?|students?)\b", re.I)
#: words that make an amount a goal, not a figure: "set a target of $10 billion", "aim to raise trade to $5 billion"
_TARGET = re.compile(r"\b(?:target(?:ed|s)?|goal|aim(?:s|ed)?|ambition|objective|plans?|hopes?|expected|forecast|projected|potential|(?:raise|increase|boost|double|bring|lift)\s+(?:it|trade|turnover|bilateral\s+trade)?\s*to)\b[^$€£\d]{0,30}$", _I)


def find_trade(clause: Clause) -> list[Candidate]:
    """The trade figures of one clause."""
    t = clause.text
    out: list[Candidate] = []
    rel = clause.start

    # trade turnover: every amount after the words, each with its own year ("$41 million in 2003, $58 million in
    # 2004"; "came to 245 million dollars (in 2018 it was 201 million)")
    tm = PATTERNS["trade-turnover"].search(t)
    if tm:
        parties = countries_in(clause)
        if len(parties) < 2 and len(clause.main_countries) == 2:
            parties = list(clause.main_countries)
        stop = _NOT_TRADE.search(t, tm.end())
        end = stop.start() if stop else len(t)
        amounts = [m for m in MONEY.finditer(t, tm.end(), end) if amount_of(m) is not None and not re.match(r"\s*%", t[m.end():])
                   and not _TARGET.search(t[max(tm.end(), m.start() - 60) : m.start()])]
        if len(clause.main_countries) == 2 and re.match(r"(?:bilateral|mutual)\b", tm.group(), _I) and not (countries_in(clause, before=rel + tm.start())):
            parties = list(clause.main_countries)  # "Bilateral trade reached $18.6 billion, making China X's partner after Y"
        elif amounts and len(parties) > 2 and len(named_pair := countries_in(clause, before=rel + amounts[0].start())) == 2:
            parties = named_pair  # "trade between X and Y reached $5 billion, making Y X's partner after Z": Z is no party
        years = [d for d in clause.dates if d.precision == "year" or d.relative and d.start[4:5] != "-"]
        if len(parties) >= 2:
            for i, money in enumerate(amounts):
                prev_end = amounts[i - 1].end() if i else 0
                next_start = amounts[i + 1].start() if i + 1 < len(amounts) else len(t)
                m_end = money.start() + len(money.group().rstrip())
                year_after = next((d for d in years if m_end <= d.pos < next_start and re.fullmatch(r"\s*(?:\([^()]{0,30}\)\s*)?(?:\(|(?:in|for)\s+)?", t[m_end : d.pos])), None)
                year_before = next((d for d in reversed(years) if prev_end <= d.pos < money.start()), None)
                year = year_after or year_before
                if i and out and out[-1].type == "trade-turnover" and _YEAR_EARLIER.match(t, m_end):
                    # "$7.2 billion in 2024, up from $6.5 billion a year earlier": the figure of the year before
                    year = DateMention(0, 0, f"{int(str(out[-1].values['year'])) - 1:04d}", None, "year")
                inferred_y: tuple[str, ...] = ()
                if year is None and clause.published is not None and re.search(r"\b(?:has|have)\s+(?:risen|grown|reached|increased|exceeded)|\b(?:is|stands\s+at|amounts\s+to)\b", t[tm.start() : money.start()], _I):
                    year = DateMention(0, 0, clause.published.start[:4], None, "year", relative=True)  # "has risen to $5 billion": now
                if year is None:
                    continue
                if year.relative:
                    inferred_y = ("year",)
                amount, currency = amount_of(money) or (0, "")  # (local currencies too: "RM3 billion" is MYR)
                out.append(Candidate("trade-turnover", {"parties": tuple(sorted(parties[:2])), "year": year.start[:4], "amount": amount, "currency": currency},
                                     None, 0.8 if not inferred_y else 0.6, inferred_y, "relative-date" if inferred_y else None,
                                     approximate=year.approximate))
    return out
