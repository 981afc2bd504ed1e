"""Stage 7: candidates -> :class:`~diplograph.model.Fact` records with deterministic ids and evidence.

An id is made from the fact's content and its document (``visit-2019-03-04-ana-soto-1a2b3c``), so the
same text always gives the same ids and re-ingesting changes nothing.

>>> fact_id("visit", "2019-03-04", "ana-soto", "doc1", {"host": "peru"})
'visit-2019-03-04-ana-soto-3b4e86'
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..graph.facttypes import FACT_KINDS
from ..model import Evidence, Fact
from .clause import Candidate

__all__ = ["fact_id", "to_fact", "main_ref"]


def fact_id(ftype: str, date: str | None, ref: str, doc_id: str, values: dict[str, Any]) -> str:
    payload = json.dumps([doc_id, ftype, date, sorted((k, str(v)) for k, v in values.items())], ensure_ascii=False)
    digest = hashlib.sha1(payload.encode("utf-8")).hexdigest()[:6]
    parts = [ftype, date or "", ref[:40], digest]
    return "-".join(p.strip("-") for p in parts if p)


def main_ref(ftype: str, values: dict[str, Any]) -> str:
    """The entity that names a fact in its id: the first of its type's ``ref`` field."""
    kind = FACT_KINDS.get(ftype)
    v = values.get(kind.ref) if kind else None
    if v is None:
        return "x"
    return str(v[0] if isinstance(v, tuple) else v)


def to_fact(c: Candidate, doc_id: str, evidence: Evidence, extra: dict[str, Any] | None = None) -> Fact:
    """A candidate as a fact of document ``doc_id``; ``extra`` adds resolved fields (capacity, established_by)."""
    values = {k: v for k, v in c.values.items() if not k.startswith("_")}
    values.update(extra or {})
    start = end = None
    inferred = list(c.inferred)
    inference = c.inference
    if c.date is not None and c.type not in ("trade-turnover", "twinning", "mission"):
        start, end = c.date.start, c.date.end
        if c.date.relative:
            inferred.append("start")
            inference = inference or "relative-date"
    date_key = start if c.type not in ("membership", "position") else None
    fid = fact_id(c.type, date_key, main_ref(c.type, values), doc_id, {**values, "start": start, "end": end})
    return Fact(
        id=fid,
        type=c.type,
        evidence=(evidence,),
        values=values,
        start=start,
        end=end,
        inferred=tuple(sorted(set(inferred))),
        inference=inference if inferred else None,
        approximate=bool(c.approximate or (c.date is not None and c.date.approximate)),
        confidence=round(c.confidence * (0.85 if inferred else 1.0), 2),
    )
