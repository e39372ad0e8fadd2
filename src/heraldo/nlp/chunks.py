"""Long texts in chunks the parser accepts.

spaCy refuses a text longer than its model's ``max_length`` (error E088: a million
characters by default), and the parser's memory grows with the text. A longer article is
cut into consecutive chunks of at most ``limit`` characters, each ending where a
paragraph starts; a paragraph longer than the limit is cut after a sentence's last
punctuation, else at a space, else (a run of ``limit`` characters without one) anywhere.
The chunks are slices of the text end to end, so an offset in a chunk plus the chunk's
start is an offset in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection

#: the end of a sentence inside a paragraph: its punctuation and the spaces after it
_SENTENCE_END = re.compile(r"[.!?;:][\"'»”)]*\s+")
_SPACE = re.compile(r"\s+")


def chunk_bounds(text: str, limit: int, breaks: Collection[int] = ()) -> list[tuple[int, int]]:
    """(start, end) of consecutive chunks of ``text``, none longer than ``limit``, cut at
    paragraph starts (``breaks``: offsets) where one falls within reach."""
    if limit < 1:
        raise ValueError(f"a chunk limit must be positive, not {limit}")
    starts = sorted(breaks)
    bounds = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit, starts)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def split_at(bounds: list[tuple[int, int]], cuts: Collection[int]) -> list[tuple[int, int]]:
    """``bounds`` (from ``chunk_bounds``) cut again at each offset of ``cuts`` inside one."""
    pieces = []
    ordered = sorted(cuts)
    for start, end in bounds:
        for cut in ordered[bisect_right(ordered, start):bisect_right(ordered, end - 1)]:
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    return pieces


def _cut(text: str, start: int, reach: int, starts: list[int]) -> int:
    """The best cut in ``text[start + 1:reach + 1]``: the last paragraph start, else the
    last sentence end, else the last space, else ``reach``."""
    i = bisect_right(starts, reach) - 1
    if i >= 0 and starts[i] > start:
        return starts[i]
    window = text[start:reach]
    for pattern in (_SENTENCE_END, _SPACE):
        ends = [m.end() for m in pattern.finditer(window) if m.end() > 0]
        if ends:
            return start + ends[-1]
    return reach
