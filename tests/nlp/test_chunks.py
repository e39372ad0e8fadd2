"""Long texts: paragraph-aligned chunks under the parser's limit, offsets true to the
text."""

from __future__ import annotations

import random

import pytest

from heraldo.nlp.chunks import chunk_bounds, split_at
from heraldo.nlp.text import open_breaks, paragraph_breaks


def test_short_text_is_one_chunk():
    assert chunk_bounds("Uno.\n\nDos.", 100, paragraph_breaks("Uno.\n\nDos.")) == [(0, 10)]


def test_chunks_end_where_a_paragraph_starts():
    paragraphs = ["Primero uno.", "Luego dos, más largo.", "Tres.", "Y el cuarto al fin."]
    text = "\n\n".join(paragraphs)
    bounds = chunk_bounds(text, 40, paragraph_breaks(text))
    assert [text[a:b].strip() for a, b in bounds] == [
        "Primero uno.\n\nLuego dos, más largo.", "Tres.\n\nY el cuarto al fin."]


def test_a_long_paragraph_is_cut_after_a_sentence_else_at_a_space():
    text = "Una frase corta. Otra frase algo más larga que la primera sin punto final"
    first, *rest = chunk_bounds(text, 30)
    assert text[slice(*first)] == "Una frase corta. "
    assert all(b - a <= 30 and (b == len(text) or text[b - 1] == " ") for a, b in rest)
    assert chunk_bounds("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


def test_the_limit_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        chunk_bounds("texto", 0)


@pytest.mark.parametrize("seed", range(100))
def test_chunks_tile_the_text_under_the_limit(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice("ab .\n") for _ in range(rng.randrange(300)))
    limit = rng.randrange(1, 50)
    bounds = chunk_bounds(text, limit, paragraph_breaks(text))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a < b <= a + limit for a, b in bounds) or text == ""
    assert all(b == c for (_, b), (c, _) in zip(bounds, bounds[1:], strict=False))


def test_paragraphs_without_a_full_stop_are_open():
    text = "Titular sin punto\n\nLIMA, Ago 2\n\nEl Gobierno habló.\n\n«Basta», dijo.\nFin"
    breaks = paragraph_breaks(text)
    assert [text[b:b + 5] for b in open_breaks(text, breaks)] == ["LIMA,", "El Go"]


def test_chunks_are_cut_again_at_open_paragraphs():
    assert split_at([(0, 10), (10, 30)], [5, 10, 12, 30]) == [(0, 5), (5, 10), (10, 12),
                                                              (12, 30)]
    assert split_at([(0, 10)], []) == [(0, 10)]
