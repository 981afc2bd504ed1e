"""Stage 6: twinned towns and sister cities: "Samarkand has been twinned with Lahore since 1995", "Zeytinburnu
and Turkistan became sister cities", or an item "Lima, Peru - Quito, Ecuador" under a heading about them.

>>> _TWIN_WITH.search("has been twinned with Lahore") is not None
True
"""

from __future__ import annotations

import re
from typing import Any

from .clause import Candidate, Clause
from .gazetteer import slug
from .modality import modality
from .triggers import PATTERNS

__all__ = ["find_twinnings"]

_I = re.IGNORECASE

_CITY_PAIR = re.compile(r"(?:\b[A-Z]{3}\s+)?([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s*([A-Z][\w\s]+?)\s*[-–—]\s*(?:[A-Z]{3}\s+)?([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s*([A-Z][\w\s]+)")


#: the words that give a city's twin after them: "twinned with", "a twinning link with", "sister-city ties with"
_TWIN_WITH = re.compile(r"\b(?:twinned|twinning\s+(?:link|agreement|relationship|ties|relations)|sister[-\s]city\s+(?:link|agreement|relationship|ties|relations)|(?:a\s+)?sister\s+city\s+of)\s+(?:with\s+)?(?=[A-Z])", _I)


def _twins_with(clause: Clause, country_of: Any) -> list[Candidate]:
    t = clause.text
    rel = clause.start
    out: list[Candidate] = []
    cities = clause.of_type("city")
    for m in _TWIN_WITH.finditer(t):
        if modality(t, m.start(), m.end()) is not None:
            continue
        stop = max((x.end() for x in re.finditer(r",\s*(?:while|whereas|and)\b|;|\bwhile\b|\bwhereas\b", t[: m.start()])), default=0)
        subject = [c for c in cities if stop <= c.start - rel < m.start()]
        if not subject:
            continue
        twins = [c for c in cities if c.start - rel == m.end()]
        if twins:  # "... and with Nishapur since 2005": the other twins of the same city
            end = twins[0].end - rel
            for c in cities:
                if c.start - rel > end and re.fullmatch(r"[^,;]{0,25}?(?:,|\s)\s*(?:and\s+)?with\s+", t[end : c.start - rel]) and not re.search(r"\bwhile\b|\bwhereas\b", t[end : c.start - rel]):
                    twins.append(c)
                    end = c.end - rel
        for c in twins:
            a, b = subject[-1].entity, c.entity
            if a != b and country_of(a) and country_of(b):
                out.append(Candidate("twinning", {"cities": tuple(sorted((a, b)))}, None, 0.7))
    return out


def find_twinnings(clause: Clause, country_of: Any) -> list[Candidate]:
    """The twinnings of one clause (``country_of`` maps an entity id to its country id)."""
    t = clause.text
    out: list[Candidate] = []
    rel = clause.start

    # "Samarkand has been twinned with Lahore since 1995 and with Nishapur since 2005, while Marrakech has a twinning
    # link with Granada": each city after "with" is the twin of the city the clause is about
    paired = _twins_with(clause, country_of)
    out.extend(paired)
    # sister cities
    if paired:
        pass
    elif PATTERNS["twinning"].search(t) or (clause.kind == "item" and any(PATTERNS["twinning"].search(h) for h in clause.section)):
        cpair = _CITY_PAIR.search(t)
        if cpair:
            pair_cities: list[dict[str, Any]] = []
            for name, ctext in ((cpair.group(1), cpair.group(2)), (cpair.group(3), cpair.group(4))):
                country = next((m.entity for m in clause.mentions if m.type == "country" and t[m.start - rel : m.end - rel].strip() == ctext.strip()), None)
                if country is None:
                    break
                pair_cities.append({"id": slug(name), "type": "city", "label": name, "country": country})
            if len(pair_cities) == 2:
                out.append(Candidate("twinning", {"cities": tuple(sorted(c["id"] for c in pair_cities))}, None, 0.75, entities=pair_cities))
        elif (tw := PATTERNS["twinning"].search(t)) is not None and modality(t, tw.start()) is None:
            # "Zeytinburnu and Turkistan became sister cities": the cities the sentence names, one of each country
            by_country: dict[str, list[str]] = {}
            for cm in clause.of_type("city"):
                c = country_of(cm.entity)
                if c and cm.entity not in by_country.setdefault(c, []):
                    by_country[c].append(cm.entity)
            if len(by_country) == 2:
                (a, xs), (b, ys) = sorted(by_country.items(), key=lambda kv: len(kv[1]))
                if len(xs) == 1:
                    for y in ys:
                        out.append(Candidate("twinning", {"cities": tuple(sorted((xs[0], y)))}, None, 0.65))
    return out
