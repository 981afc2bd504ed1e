"""Which language a document is in, with py3langid (its model ships inside the package: no download).

Only English texts can be extracted; a text that the identifier gives to another language with high
probability is refused with the language's name. Texts too short to tell (fewer than 80 letters) pass.

>>> identify("The president visited Hungary and met the prime minister in Budapest.")[0]
'en'
>>> check_english("Der Präsident besuchte gestern Ungarn und traf den Ministerpräsidenten in Budapest. " * 4, "a.txt")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
diplograph.errors.ExtractionError: a.txt: the text is in German (py3langid: ...), not English; only English documents can be extracted (translate it first)
"""

from __future__ import annotations

import functools
from typing import Any

import pycountry

from ..errors import ExtractionError

__all__ = ["identify", "check_english", "MIN_LETTERS", "MIN_PROBABILITY"]

#: texts with fewer letters than this are not judged
MIN_LETTERS = 80
#: a text is refused when another language has at least this probability
MIN_PROBABILITY = 0.9
_SAMPLE = 20_000


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """The most probable language (ISO 639-1 code) of ``text`` and its probability."""
    lang, prob = _identifier().classify(text[:_SAMPLE])
    return str(lang), float(prob)


def _name(code: str) -> str:
    lang = pycountry.languages.get(alpha_2=code)
    return str(lang.name) if lang is not None else code


def check_english(text: str, name: str) -> None:
    """Raise :class:`~diplograph.errors.ExtractionError` when ``text`` is clearly not English."""
    sample = text[:_SAMPLE]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return
    lang, prob = identify(sample)
    if lang != "en" and prob >= MIN_PROBABILITY:
        raise ExtractionError(
            f"{name}: the text is in {_name(lang)} (py3langid: {prob:.2f}), not English; "
            "only English documents can be extracted (translate it first)"
        )
