"""Whether an event word states something that happened, or something announced, planned or denied.

News reports many events that have not (yet) happened: "will pay a visit", "is expected to visit",
"invited him to visit", "the visit was postponed", "did not attend". :func:`modality` reads the words
before an event's trigger, within its own clause, and a few after it; :func:`after_publication` catches
an event dated after the document was published. Only events that happened become facts.

>>> t = "The minister will pay an official visit to Peru."
>>> modality(t, t.index("visit"))
'planned'
>>> t = "The minister, who will retire soon, visited Peru."
>>> modality(t, t.index("visited")) is None
True
>>> t = "Chile has never recognised the territory."
>>> modality(t, t.index("recognised"))
'negated'
"""

from __future__ import annotations

import re

__all__ = ["modality", "after_publication", "PLANNED", "NEGATED"]

_I = re.IGNORECASE
#: the clause a trigger stands in starts after the last of these
_CLAUSE_START = re.compile(r"[.;:!?()]|,\s|\s[-–—]\s|\b(?:but|while|whereas|after|before|when|whereby|although)\b", _I)
PLANNED = re.compile(
    r"\b(?:will|shall|would|'ll|is\s+to|are\s+to|(?:is|are|was|were)\s+(?:expected|scheduled|set|due|going|slated|planning|supposed)\s+to"
    r"|^\s*(?:and|or)\s+to\b|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|hopes?\s+to|wants?\s+to|wish(?:es)?\s+to|would\s+like\s+to"
    r"|agreed\s+to|promised\s+to|proposed\s+to|offered\s+to|ready\s+to|invit(?:ed|es|ing|ation)\b[^.;]{0,60}?\bto"
    r"|upcoming|forthcoming|planned|proposed|prospective|possible|potential|future|next|(?-i:may|might|could)\s+(?:also\s+)?(?:be\s+)?)[\w\s,'’-]{0,70}$",
    _I,
)
NEGATED = re.compile(r"\b(?:not(?!\s+only)|n['’]t|never|no|neither|nor|without|cancel(?:l)?ed|call(?:ed)?\s+off|postponed|refused\s+to|declined\s+to|failed\s+to|den(?:y|ies|ied|ying)(?:\s+(?:reports|claims|rumou?rs))?\s+that)\b[\w\s'’-]{0,30}$", _I)
_AFTER = re.compile(
    r"^\W{0,3}[\w\s'’-]{0,90}?\b(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:planned|scheduled|expected|postponed|cancel(?:l)?ed|called\s+off|proposed|being\s+prepared|under\s+preparation)"
    # "the visit to Peru, planned for 3 May, was cancelled": an aside between the event and what became of it
    r"|,\s+(?:which\s+was\s+|originally\s+|initially\s+)?(?:planned|scheduled|set|slated)\s+for\b"
    r"|will\s+(?:take\s+place|be\s+held)|(?:is|are|was|were)\s+(?:due\s+)?to\s+(?:take\s+place|be\s+held)|did\s+not\s+take\s+place|never\s+took\s+place)\b"
    # "A meeting between A and B, which officials had floated for June, has not been scheduled": past an aside too
    r"|^[^.;]{0,140}?\b(?:has|have|had|was|were|is|are)\s+(?:not|never|yet\s+to)\s+(?:been\s+|be\s+)?(?:scheduled|held|confirmed|fixed|arranged|set\s+(?:a\s+)?date)\b",
    _I,
)


def _clause_before(text: str, pos: int) -> str:
    start = max(0, pos - 200)
    for m in _CLAUSE_START.finditer(text, start, pos):
        start = m.end()
    return text[start:pos]


def modality(text: str, pos: int, end: int | None = None) -> str | None:
    """``'planned'``, ``'negated'`` or None (it happened) for the event word at ``text[pos:end]``."""
    before = _clause_before(text, pos)[-120:]  # the cues stand within a few words of the event word
    if NEGATED.search(before):
        return "negated"
    if PLANNED.search(before):
        return "planned"
    after = text[end if end is not None else pos : (end if end is not None else pos) + 140]
    m = _AFTER.search(after)
    if m:
        return "negated" if re.search(r"postponed|cancel|called\s+off|\bnot\b|never|yet\s+to", m.group(), _I) else "planned"
    return None


def after_publication(date: str | None, published: str | None) -> bool:
    """Whether an event dated ``date`` lies after the publication date (compared at the coarser precision;
    never for a publication known to the year only)."""
    if not date or not published or len(published) < 7:
        return False  # a publication known to the year only is often an estimate
    n = min(len(date), len(published))
    return date[:n] > published[:n]
