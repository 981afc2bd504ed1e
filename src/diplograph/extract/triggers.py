"""Stage 6: the predicate dictionary, the way political event coders work: one trigger pattern per relation
type, over one sentence or list item. When a pattern fires, the rule of its fact type (:mod:`.visits`,
:mod:`.meetings`, :mod:`.signings`, ...) takes the arguments from the mentions around it.

>>> PATTERNS["observer"].search("Chile has observer status in the Pacific Alliance") is not None
True
"""

from __future__ import annotations

import re

__all__ = ["PATTERNS"]

_I = re.IGNORECASE
PATTERNS: dict[str, re.Pattern[str]] = {
    "visit": re.compile(r"\b(?:visit(?:s|ed|ing)?|arriv(?:ed|es|ing)|travel(?:l)?ed to|trip to|tour of|came to|come to|flew\s+(?:on\s+)?to|landed\s+in|(?:trip|tour)\s+(?:began|started)\b(?=[^.;]{0,40}\bin\s+[A-Z]))\b", _I),
    "meeting": re.compile(r"\b(?:(?:met|meets)(?!\s+(?:[\w-]+\s+){0,2}?(?:targets?|goals?|deadlines?|demands?|expectations?|criteria|requirements?|needs|standards?|conditions?|obligations?|commitments?|quotas?|criticism|resistance|opposition|approval|success|skepticism|scepticism)\b)|meeting|(?:held|holds|hold|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|discussions)|courtesy\s+call|audience\s+(?:with|to)|called\s+on(?![^.;]{0,80}?\bto\s+(?!the\b|an?\b|his\b|her\b|their\b)[a-z]+\b)|talks\s+(?:with|between)|(?<=after\s)talks|(?<=following\s)talks|(?<=after\stheir\s)talks|(?<=following\stheir\s)talks|negotiations\s+(?:with|between)|received|discussed|hosted|welcomed)\b", _I),
    "signing": re.compile(r"\b(?:signed|signs|signing of|inked|concluded|exchange\s+of\s+(?:[\w-]+\s+){0,3}(?:agreements|memoranda|documents|instruments)|exchanged(?=\s+(?:an?|the|\d+|two|three|four|five|six|several)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|MoUs?|documents|instruments|protocols?)\b))\b", _I),
    "member": re.compile(r"\b(?:full(?:[\s-]fledged)?\s+members?|member\s+(?:states?|countr(?:y|ies))|(?:is|are|was|were|became|become|remains?|remained)\s+(?:both\s+|all\s+|also\s+|still\s+)?(?:a\s+)?(?:founding\s+)?members?|as\s+(?:fellow\s+)?members\s+of|among\s+the\s+(?:founding\s+|original\s+)?members|joined|accession to)\b", _I),
    "observer": re.compile(r"\bobserver(?:\s+status|\s+state|\s+country)?\b", _I),
    "embassy": re.compile(r"\bembass(?:y|ies)\b|\bdiplomatic\s+missions?\b|\b(?:honorary\s+)?consulates?(?:[\s-]+general)?\b|\bconsulates\s+general\b", _I),
    "recognition": re.compile(r"\brecogni[sz](?:e|ed|es|ing)\b(?!\s+(?:the\s+)?(?:importance|role|contribution|need))", _I),
    "relations-established": re.compile(
        r"\b(?:diplomatic\s+relations|diplomatic\s+ties)\b.{0,80}?\bestablish(?:ed|ing)?\b"
        r"|\bestablish(?:ed|ing)?\s+diplomatic\s+(?:relations|ties)\b"
        r"|\b(?:they|two\s+(?:countries|nations|states)|both\s+(?:countries|nations|states|sides))\s+(?:have\s+|had\s+)?establish(?:ed|ing)\s+(?:bilateral\s+)?(?:relations|ties)\b"
        r"|\bestablishment\s+of\s+(?:the\s+)?(?:our\s+|their\s+|bilateral\s+)?diplomatic\s+(?:relations|ties)\b"
        r"|\banniversary\s+of\s+(?:our\s+|their\s+|bilateral\s+)?diplomatic\s+(?:relations|ties)\b", _I),
    "twinning": re.compile(r"\b(?:sister\s+cit(?:y|ies)|twin(?:ned)?\s+(?:towns?|cit(?:y|ies))|twinning|twinned\s+with)\b", _I),
    "trade-turnover": re.compile(r"\b(?:trade\s+turnover|turnover|bilateral\s+trade|mutual\s+trade|trade\s+volume|volume\s+of\s+trade|trade\s+between"
                                 r"|(?:trade|commercial)\s+exchanges?(?=\s+(?:between|with|reached|amounted|stood|totall?ed|rose|grew|climbed|hit|exceeded)\b)"
                                 r"|trade(?=\s+(?:with\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:reached|amounted|amounting|stood|standing|totall?ed|totall?ing|rose|grew|climbed|hit|exceeded)\b)"
                                 r"|trade(?=\s+at\s+(?:\S{1,4}\s?)?\d))\b", _I),  # "statistics put last year's trade at RM3 billion"
    "award": re.compile(r"\b(?:awarded|conferred|presented\s+with|decorated\s+with|received\s+the)\b", _I),
}
