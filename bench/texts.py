"""Synthetic news-style texts of 2-5 KB for the ingest benchmark (invented wording, seeded).

They name the actors of the sample gazetteer (``graph/sources/entities.yaml``), so the extractor finds
visits, meetings, signings, memberships and trade figures in them as it would in real reports.

>>> t = news_text(3, seed=0)
>>> 2000 <= len(t.encode()) <= 5200
True
"""

from __future__ import annotations

import random
from pathlib import Path

__all__ = ["news_text", "write_texts"]

_PEOPLE = [("President", "Ilham Aliyev", "Azerbaijan"), ("Prime Minister", "Viktor Orbán", "Hungary"),
           ("Foreign Minister", "Péter Szijjártó", "Hungary"), ("President", "Kassym-Jomart Tokayev", "Kazakhstan"),
           ("Foreign Minister", "Elmar Mammadyarov", "Azerbaijan")]
_COUNTRIES = ["Azerbaijan", "Hungary", "Kazakhstan", "Kyrgyzstan"]
_CAPITALS = {"Azerbaijan": "Baku", "Hungary": "Budapest", "Kazakhstan": "Astana", "Kyrgyzstan": "Bishkek"}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_TOPICS = ["energy", "tourism", "education", "transport", "agriculture", "culture", "youth", "sports"]
_FILLER = [
    "Officials from both delegations described the talks as constructive and forward-looking.",
    "The sides reviewed the implementation of earlier commitments and discussed the schedule for the coming year.",
    "Business leaders who accompanied the delegation held separate meetings with their counterparts.",
    "Analysts noted that the relationship has broadened steadily over the past decade.",
    "The programme also included a visit to a technical university and a cultural centre.",
    "Journalists were briefed at the end of the day, and a joint statement was released in the evening.",
    "Several working groups will meet before the end of the year to prepare concrete projects.",
    "The discussions touched on regional connectivity, water management and digital infrastructure.",
]


def _date(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(_MONTHS)} {r.randint(2000, 2024)}"


def news_text(n: int, *, seed: int = 0) -> str:
    """The ``n``-th synthetic news text of the seeded series: a headline and paragraphs, 2-5 KB."""
    r = random.Random(seed * 1_000_003 + n)
    role, person, home = r.choice(_PEOPLE)
    host = r.choice([c for c in _COUNTRIES if c != home])
    topic = r.choice(_TOPICS)
    paras = [
        f"{person} visits {host} to discuss {topic} cooperation",
        f"On {_date(r)}, {role} {person} of {home} paid an official visit to {host}, where he was received in "
        f"{_CAPITALS[host]} by the country's leadership.",
        f"During the visit the two countries signed an agreement on cooperation in {topic}, and the ministers "
        f"agreed to meet again within a year.",
        f"{host} and {home} established diplomatic relations in {r.randint(1991, 1995)}. Trade turnover between "
        f"{home} and {host} reached {r.randint(20, 900)} million US dollars in {r.randint(2015, 2023)}.",
        f"Hungary has been an observer of the Organization of Turkic States since 2018, while Azerbaijan and "
        f"Kazakhstan are members of the organisation.",
    ]
    target = r.randint(2100, 4800)
    while len("\n\n".join(paras).encode()) < target:
        paras.append(" ".join(r.sample(_FILLER, k=3)))
    text = "\n\n".join(paras) + "\n"
    while len(text.encode()) > 5100:
        paras.pop()
        text = "\n\n".join(paras) + "\n"
    return text


def write_texts(folder: Path | str, count: int, *, seed: int = 0) -> list[Path]:
    """Write ``count`` texts as ``news-NNNNN.txt`` into ``folder``; their paths."""
    d = Path(folder)
    d.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        p = d / f"news-{i:05d}.txt"
        p.write_text(news_text(i, seed=seed), encoding="utf-8")
        paths.append(p)
    return paths
