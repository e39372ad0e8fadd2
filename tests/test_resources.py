"""``heraldo.resources``: accent stripping, as the dictionaries and the date search fold."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from heraldo.resources import fold, strip_accents


def _by_category(text: str) -> str:
    """Every combining mark dropped, character by character (the definition)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def test_strip_accents_drops_combining_marks() -> None:
    assert strip_accents("Turquía, Perú, Núñez, pingüino") == "Turquia, Peru, Nunez, pinguino"
    assert strip_accents("Ñandú") == "Nandu"
    assert fold("ÁFRICA") == "africa"


def test_strip_accents_keeps_other_non_ascii() -> None:
    assert strip_accents("«ok» — 10 °C ß") == "«ok» — 10 °C ß"


@given(st.text())
def test_strip_accents_is_the_definition(text: str) -> None:
    assert strip_accents(text) == _by_category(text)
