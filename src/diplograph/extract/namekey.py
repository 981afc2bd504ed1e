"""Spelling-insensitive keys for personal names: one key for the transliterations of a name.

News in English writes the same name many ways: with or without its accents ("Szijjártó",
"Szijjarto"), in another romanisation ("Sijjarto", "Siyarto"; "Aliyev", "Aliev"; "Odhiambo",
"Odiambo"), or with a letter of another script inside. The key transliterates to ASCII (``anyascii``)
and folds the variants romanisations disagree on. It is no similarity measure: two names match only
when their keys are equal.

>>> [name_key(n) for n in ("Szijjártó", "Sijjarto", "Siyarto")]
['siarto', 'siarto', 'siarto']
>>> name_key("Aliyev") == name_key("Aliev"), name_key("Tokayev") == name_key("Tokaev")
(True, True)
>>> name_key("Orban") == name_key("Obama")
False
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["name_key", "initial"]

_STEPS: tuple[tuple[str, str], ...] = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("sch", "s"), ("tsch", "c"), ("ph", "f"),
    ("sz", "s"), ("cz", "c"), ("cs", "c"), ("ck", "k"), ("q", "k"), ("x", "ks"), ("w", "v"), ("ou", "u"),
)
_H_AFTER = re.compile(r"([bcdgkpstz])h")
_DOUBLE = re.compile(r"(.)\1+")
_GLIDE = re.compile(r"(?<=[aeou])i(?=[aeiou])")


@lru_cache(maxsize=8192)
def name_key(word: str) -> str:
    """The key of one name word (a surname, a given name)."""
    from anyascii import anyascii

    s = re.sub(r"[^a-z]", "", anyascii(word).lower())
    for a, b in _STEPS:
        s = s.replace(a, b)
    s = _H_AFTER.sub(r"\1", s)
    s = s.replace("y", "i").replace("j", "i")
    s = _DOUBLE.sub(r"\1", s)
    s = _GLIDE.sub("", s)
    return _DOUBLE.sub(r"\1", s)


def initial(word: str) -> str:
    """The first letter of a name word, transliterated ("Ş" -> "s")."""
    return name_key(word)[:1]
