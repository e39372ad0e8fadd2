"""Offset-preserving text clean-up before parsing.

The parser does better on single spaces and straight quotes. Every replacement here
maps one character to one character, so offsets in the cleaned text are offsets in the
original: evidence spans point into the caller's text unchanged.
"""

from __future__ import annotations

_TABLE = str.maketrans(
    {
        "\n": " ",
        "\r": " ",
        "\t": " ",
        "\u00a0": " ",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
    }
)


def clean_for_parse(text: str) -> str:
    """``text`` with newlines, tabs, non-breaking spaces and curly quotes normalised."""
    cleaned = text.translate(_TABLE)
    assert len(cleaned) == len(text)
    return cleaned
