"""Names made comparable: accent folding and id slugs, shared by every stage.

>>> fold("Péter Szijjártó")
'peter szijjarto'
>>> slug("Péter Szijjártó")
'peter-szijjarto'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "slug"]


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[:1].lower()
    return base if len(base) == 1 else c


def fold(text: str) -> str:
    """Lower-case and strip accents, one character for one character (so offsets stay valid)."""
    if text.isascii():
        return text.lower()
    return "".join(c.lower() if c.isascii() else _fold_char(c) for c in text)


def slug(text: str) -> str:
    """An id slug made from text: ``'Péter Szijjártó' -> 'peter-szijjarto'``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"
