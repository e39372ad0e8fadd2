from __future__ import annotations

import pytest

from heraldo.nlp.text import clean_for_parse, shouting


@pytest.mark.parametrize("text", [
    "Putin y Erdogan \u201crevisaron\u201d\nla cooperación\u00a0bilateral",
    "PAISES NORDICOS PIDEN A FRANCIA\nEl texto sigue aquí.",
])
def test_text_clean_preserves_offsets(text):
    assert len(clean_for_parse(text)) == len(text)


def test_text_capital_lines_are_lowered_but_first_letter():
    text = "PAISES NORDICOS PIDEN A FRANCIA\nEl Gobierno de Francia respondió."
    cleaned = clean_for_parse(text)
    assert cleaned.startswith("Paises nordicos piden a francia ")
    assert cleaned.endswith("El Gobierno de Francia respondió.")
    assert shouting(text) == [(0, 31)]


def test_text_acronyms_alone_are_not_a_shouting_line():
    assert shouting("La ONU y la OTAN") == []
    assert shouting("OTAN, UE") == []
