"""Stage 6c: renamings of organisations, where the text states them.

The text says it ("the Organisation of African Unity was renamed the African Union in 2002", "the X
changed its name to Y", "Y, formerly known as X"): the fact takes both names from the text and the date
nearest to the trigger (none when the text gives none). A document that merely names an organisation
that was once renamed states no renaming: no fact is injected from what is known of the organisation
(a fact must be stated in its passage).

>>> RENAMED.search("was renamed the African Union") is not None
True
"""

from __future__ import annotations

import re
from .clause import Candidate, Clause, near_date

__all__ = ["RENAMED", "FORMERLY", "find_renamings"]

_NAME = r"(?:the\s+)?(?P<{g}>[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and|on)\s+){{0,2}}[A-Z][\w'’-]*)*(?:\s+\([A-Z]{{2,8}}\))?)"
RENAMED = re.compile(r"\b(?:was|were|has\s+been|had\s+been|is\s+being)?\s*(?:renamed|changed\s+its\s+name\s+to|took\s+the\s+name(?:\s+of)?)\s+(?:as\s+|to\s+|into\s+)?" + _NAME.format(g="new"))
FORMERLY = re.compile(r"[,(]\s*(?:formerly|previously|until\s+\d{4})\s+(?:known\s+as\s+|called\s+|named\s+)?" + _NAME.format(g="old"))


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
    """Renamings stated in ``clause``."""
    return _from_text(clause)
