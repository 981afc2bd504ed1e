"""Compare extracted facts with curated ones: precision, recall and F1 per relation type.

A fact is reduced to keys ``(relation, subject, object, date)``; a visit with two visitors gives two
keys, a meeting one key per pair of participants. Events compare their date as written, so a date at
month precision does not match one at day precision. Statuses (membership, position, mission,
twinning) compare without a date.

>>> s = score({("visit", "a", "b", "2001")}, {("visit", "a", "b", "2001"), ("visit", "a", "c", "2002")})
>>> (s["visit"].precision, s["visit"].recall)
(0.5, 1.0)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from ..graph.facttypes import Key, fact_keys, relation_of

__all__ = ["Key", "Score", "fact_keys", "score", "relation_of"]


@dataclass
class Score:
    """Counts and rates for one relation type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[Key] = field(default_factory=list)
    false_positives: list[Key] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: set[Key], predicted: set[Key]) -> dict[str, Score]:
    """Per-relation scores plus ``"overall"``."""
    out: dict[str, Score] = {}
    overall = Score()
    for rel in sorted({k[0] for k in gold | predicted}):
        g = {k for k in gold if k[0] == rel}
        p = {k for k in predicted if k[0] == rel}
        s = Score(len(g & p), len(p - g), len(g - p), sorted(g - p, key=str), sorted(p - g, key=str))
        out[rel] = s
        overall.tp += s.tp
        overall.fp += s.fp
        overall.fn += s.fn
    out["overall"] = overall
    return out
