"""Country names two countries share ("Congo", "Congolese"), settled by what the document itself says.

News agencies write "Congo" for the Democratic Republic of the Congo and "Republic of Congo" for its
neighbour; encyclopedias shorten whichever country the article is about. A bare "Congo" (or "Congolese") is
therefore read from the document's own clues, strongest first:

1. a dateline or place written "<capital>, Congo" ("KINSHASA, Congo") gives that capital's country;
2. the capitals the document names: only Kinshasa, or only Brazzaville;
3. the long name it writes, when it writes only one of them: "Congo" is then its shortening;
4. otherwise the gazetteer's reading stands.

>>> from diplograph.extract.gazetteer import Gazetteer
>>> g = Gazetteer.build()
>>> text = "KINSHASA, Congo - The minister flew on to Congo."
>>> [m.entity for m in settle_congo(text, g.find(text), g) if text[m.start:m.end] == "Congo"]
['democratic-republic-of-the-congo', 'democratic-republic-of-the-congo']
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gazetteer import Gazetteer, Mention

__all__ = ["settle_congo"]

_BARE = re.compile(r"(?:Congo|Congolese)\Z")


def settle_congo(text: str, mentions: list["Mention"], gazetteer: "Gazetteer") -> list["Mention"]:
    """``mentions`` with each bare "Congo"/"Congolese" given the country the document's clues point to."""
    rep = gazetteer.country_by_iso3.get("COG")
    drc = gazetteer.country_by_iso3.get("COD")
    if rep is None or drc is None:
        return mentions
    bare = [i for i, m in enumerate(mentions) if m.entity in (rep, drc) and _BARE.match(text[m.start : m.end])]
    if not bare:
        return mentions
    capital_of = {m.entity: gazetteer.country_of(m.entity) for m in mentions if m.type == "city"}
    meant: str | None = None
    for i in bare:  # "KINSHASA, Congo": the capital before it says which
        m = mentions[i]
        if i > 0 and mentions[i - 1].type == "city" and re.fullmatch(r",\s*", text[mentions[i - 1].end : m.start]):
            seat = capital_of.get(mentions[i - 1].entity)
            if seat in (rep, drc):
                meant = seat
                break
    if meant is None:
        seats = {c for c in capital_of.values() if c in (rep, drc)}
        if len(seats) == 1:
            meant = seats.pop()
    if meant is None:
        long = {m.entity for m in mentions if m.entity in (rep, drc) and not _BARE.match(text[m.start : m.end]) and m.type == "country"}
        if len(long) == 1:
            meant = long.pop()
    if meant is None:
        return mentions
    out = list(mentions)
    for i in bare:
        out[i] = replace(out[i], entity=meant)
    return out
