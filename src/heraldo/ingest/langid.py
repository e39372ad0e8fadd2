"""Language identification for articles without a ``lang``: Spanish, English, or ``und``.

lingua is asked to choose among Spanish, English and a few neighbours (Portuguese,
Catalan, French, Italian, German) only so that it can say "this is not es/en": an article
in a neighbour language, or one it is not sure about, is ``und`` with a reason.
"""

from __future__ import annotations

from functools import cache
from typing import Any

SUPPORTED = ("es", "en")
SAMPLE_CHARS = 2000
MIN_LETTERS = 20
MIN_DISTANCE = 0.1


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = (Language.SPANISH, Language.ENGLISH, Language.PORTUGUESE, Language.CATALAN,
                 Language.FRENCH, Language.ITALIAN, Language.GERMAN)
    return (LanguageDetectorBuilder.from_languages(*languages)
            .with_minimum_relative_distance(MIN_DISTANCE).build())


def detect_language(text: str) -> tuple[str, str | None]:
    """``(code, None)`` for Spanish or English, else ``("und", reason)``."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return "und", "too little text to tell its language"
    found = _detector().detect_language_of(sample)
    if found is None:
        return "und", "language could not be determined with confidence"
    code = found.iso_code_639_1.name.lower()
    if code not in SUPPORTED:
        return "und", f"language looks like {code!r}; supported: {', '.join(SUPPORTED)}"
    return code, None
