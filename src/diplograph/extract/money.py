"""Amounts of money as news writes them, each with its currency (ISO 4217), in local currencies too.

The currency is read from a symbol ("$", "€", "£", "₹", "₽", "₩", "₺", "₸", "RM", "Rp", "A$", "R$"), an ISO code
before or after the figure ("MYR 3.5 billion", "5bn CNY") checked against pycountry's list of currencies, or
a word after it ("3.5 billion ringgit", "3 trillion won", "40 billion Indian rupees"). A qualified word is
looked up among pycountry's currency names ("Mexican pesos" is MXN, "Saudi riyals" SAR); a word that several
currencies share (peso, riyal, dinar, dirham, franc, rupee, shilling, manat, pound) says nothing without its
country, and such an amount is no figure. Bare dollars are US dollars.

>>> [amount_of(m) for m in MONEY.finditer("trade of RM3.5 billion and 3 trillion won, and 5 million pesos")]
[(3500000000, 'MYR'), (3000000000000, 'KRW'), None]
>>> amount_of(MONEY.search("$6.4 billion")), amount_of(MONEY.search("40 billion Indian rupees"))
((6400000000, 'USD'), (40000000000, 'INR'))
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["MONEY", "amount_of"]

_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₸": "KZT",
            "rm": "MYR", "rp": "IDR", "a$": "AUD", "r$": "BRL", "c$": "CAD", "s$": "SGD", "hk$": "HKD", "nz$": "NZD", "¥": "",
            "eur": "EUR", "usd": "USD"}
#: currency words one currency owns
_WORDS = {"dollar": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rouble": "RUB", "ruble": "RUB",
          "ringgit": "MYR", "won": "KRW", "lira": "TRY", "lire": "TRY", "tenge": "KZT", "baht": "THB", "rand": "ZAR",
          "naira": "NGN", "hryvnia": "UAH", "zloty": "PLN", "forint": "HUF", "lari": "GEL", "dram": "AMD", "tugrik": "MNT",
          "rupiah": "IDR", "dong": "VND", "reais": "BRL", "shekel": "ILS", "taka": "BDT", "kip": "LAK", "riel": "KHR",
          "kyat": "MMK", "birr": "ETB", "cedi": "GHS", "somoni": "TJS", "sol": "PEN", "kwacha": "", "sterling": "GBP"}
#: words several currencies share: they need their country ("Egyptian pounds")
_SHARED = ("peso", "riyal", "rial", "dinar", "dirham", "franc", "rupee", "shilling", "manat", "pound", "krona", "krone", "som", "real")
_WORD_RE = "|".join(sorted({*_WORDS, *_SHARED}, key=len, reverse=True))

MONEY = re.compile(
    r"(?:(?P<sym>US\$|[AR]\$|[CS]\$|HK\$|NZ\$|\$|€|£|₹|₽|₩|₺|₸|¥|RM|Rp)|(?P<code>[A-Z]{3})\s?)?\s?"
    r"(?P<num>\d+(?:[.,]\d+)*)\s*(?P<mult>(?i:trillion|billion|million|thousand|mln|bn|tn))?"
    r"(?:\s*(?P<cur2>(?:US|U\.S\.)\s+(?i:dollars)|(?P<qual>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)?(?P<word>(?i:" + _WORD_RE + r")(?:s|es)?)\b(?:\s+sterling)?|(?P<code2>[A-Z]{3})\b))?",
)
_MULT = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12}


@lru_cache(maxsize=1)
def _codes() -> tuple[frozenset[str], dict[str, str]]:
    """pycountry's ISO 4217 codes, and its currency names (lower case, e.g. "mexican peso") -> code."""
    import pycountry

    codes = frozenset(c.alpha_3 for c in pycountry.currencies)
    names = {c.name.lower(): c.alpha_3 for c in pycountry.currencies}
    return codes, names


def _currency(m: re.Match[str]) -> str | None:
    codes, names = _codes()
    if m.group("sym"):
        return _SYMBOLS.get(m.group("sym").lower()) or None
    for code in (m.group("code"), m.group("code2")):
        if code:
            return code if code in codes else None
    if not m.group("cur2"):
        return None
    if m.group("word") is None:
        return "USD"  # "US dollars"
    word = m.group("word").lower()
    if word == "won" and not m.group("mult"):
        return None  # "in 2023 won praise": the verb

    for stem in (word, re.sub(r"(?:es|s)$", "", word), word[:-1]):
        qual = (m.group("qual") or "").strip()
        if qual and f"{qual.lower()} {stem}" in names:
            return names[f"{qual.lower()} {stem}"]
        if stem in _WORDS:
            if stem == "dollar" and qual and qual.rstrip(".") not in ("US", "U.S", "American"):
                return None  # "Australian dollars" unknown to the table: no guess
            return _WORDS[stem] or None
        if stem in _SHARED:
            return None
    return None


def amount_of(m: re.Match[str]) -> tuple[int | float, str] | None:
    """The amount (in units) and currency a :data:`MONEY` match states, or None when it states no currency."""
    if not (m.group("sym") or m.group("code") or m.group("cur2")):
        return None
    currency = _currency(m)
    if currency is None:
        return None
    num = float(m.group("num").replace(",", ""))
    num *= _MULT.get((m.group("mult") or "").lower(), 1)
    return (int(round(num)) if abs(num - round(num)) < 1e-6 else num), currency
