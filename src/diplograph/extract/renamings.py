"""Stage 6c: renamings of organisations, from the text and from what is known of the organisation.

The text says it ("the Organisation of African Unity was renamed the African Union in 2002", "the X
changed its name to Y", "Y, formerly known as X"): the fact takes both names from the text and the date
nearest to the trigger. A document that names an organisation known to have been renamed (table
``data/renamings.tsv``) also documents that renaming, as the curators record it: the date is then
``external-knowledge``, with a low confidence. A document published before the renaming documents it
only if it uses the former name (the later name there is an anachronism of the document's dating).

>>> RENAMED.search("was renamed the African Union") is not None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from .gazetteer import tokens
from .relations import Candidate, Clause, near_date
from .temporal import DateMention

__all__ = ["RENAMED", "FORMERLY", "known_renamings", "find_renamings"]

_NAME = r"(?:the\s+)?(?P<{g}>[A-Z][\w'’-]*(?:\s+(?:of|the|for|and)?\s*[A-Z][\w'’-]*)*(?:\s+\([A-Z]{{2,8}}\))?)"
RENAMED = re.compile(r"\b(?:was|were|has\s+been|had\s+been|is\s+being)?\s*(?:renamed|changed\s+its\s+name\s+to|took\s+the\s+name(?:\s+of)?)\s+(?:as\s+|to\s+|into\s+)?" + _NAME.format(g="new"))
FORMERLY = re.compile(r"[,(]\s*(?:formerly|previously|until\s+\d{4})\s+(?:known\s+as\s+|called\s+|named\s+)?" + _NAME.format(g="old"))


@lru_cache(maxsize=1)
def known_renamings() -> dict[str, tuple[str, str, str]]:
    """Organisation id -> (date, former name, new name), from ``data/renamings.tsv``."""
    text = resources.files("diplograph.extract").joinpath("data", "renamings.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {r[0]: (r[1], r[2], r[3].strip()) for r in rows if len(r) >= 4}


def _clean(name: str) -> str:
    return re.sub(r"\s+\([A-Z]{2,8}\)$", "", re.sub(r"\s+", " ", name)).strip()


def _from_text(clause: Clause) -> list[Candidate]:
    t = clause.text
    rel = clause.start
    orgs = clause.of_type("organisation")
    out: list[Candidate] = []
    m = RENAMED.search(t)
    if m:
        before = [o for o in orgs if o.end - rel <= m.start() + 1]
        new_mention = next((o for o in orgs if o.start - rel >= m.start("new")), None)
        subject = before[-1] if before else None
        org = new_mention or subject
        if subject is not None and org is not None:
            values = {"organisation": org.entity, "old_name": _clean(t[subject.start - rel : subject.end - rel]), "new_name": _clean(m.group("new"))}
            out.append(Candidate("renaming", values, near_date(clause, m.start()), 0.75))
    f = FORMERLY.search(t)
    if f:
        before = [o for o in orgs if o.end - rel <= f.start() + 1]
        if before:
            org = before[-1]
            values = {"organisation": org.entity, "old_name": _clean(f.group("old")), "new_name": _clean(t[org.start - rel : org.end - rel])}
            date = next((d for d in clause.dates if f.start() <= d.pos < f.end() + 12), None)
            out.append(Candidate("renaming", values, date, 0.7))
    return out


def find_renamings(clause: Clause) -> list[Candidate]:
    """Renamings said in ``clause``, then those known of the organisations it names (once per document)."""
    out = _from_text(clause)
    for c in out:
        clause.memory[f"renamed:{c.values['organisation']}"] = "text"
    table = known_renamings()
    for o in clause.of_type("organisation"):
        key = f"renamed:{o.entity}"
        if o.entity not in table or key in clause.memory:
            continue
        date, old, new = table[o.entity]
        surface = clause.text[o.start - clause.start : o.end - clause.start]
        if clause.published is not None and clause.published.start < date[: len(clause.published.start)] and tokens(surface) == tokens(new):
            continue  # published before the renaming and naming the organisation by its later name: attests nothing
        values: dict[str, Any] = {"organisation": o.entity, "old_name": old, "new_name": new}
        clause.memory[key] = "known"
        prec = {10: "day", 7: "month"}.get(len(date), "year")
        out.append(Candidate("renaming", values, DateMention(0, 0, date, None, prec), 0.5, ("date",), "external-knowledge"))
    return out
