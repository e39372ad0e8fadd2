"""Offset-preserving text clean-up before parsing.

The parser does better on single spaces and straight quotes, and it cannot parse lines
in capitals ("PAISES NORDICOS PIDEN A FRANCIA..."), common in wire headlines: those are
lower-cased but for their first letter, and their tokens are marked so that names match
without a capital. Every change maps one character to one character, so offsets in the
cleaned text are offsets in the original: ``original()`` gives the caller's own text back.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass

from spacy.attrs import DEP, IS_SPACE, LEMMA, ORTH, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from heraldo.resources import fold

#: a line written in capitals: no lower-case letter and at least two words of 3+ letters
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]{3,}")

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


def shouting(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of ``text`` written in capitals."""
    out = []
    for line in _LINE.finditer(text):
        body = line.group()
        if not any(c.islower() for c in body) and len(_WORD.findall(body)) >= 2:
            out.append((line.start(), line.end()))
    return out


#: a number masked by the corpus that published the text (the Spanish fake-news corpus
#: writes "*NUMBER*" for every figure): the parser takes the word for a name
_MASKED_NUMBER = re.compile(r"\*NUMBER\*")
#: what the parser sees instead: a figure of the same length
_FIGURE = "10000000"


#: an HTML character reference left in a text scraped from the web ("&quot;", "&#233;")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,5}|#[xX][0-9a-fA-F]{2,4});")


def _entity(match: re.Match[str]) -> str:
    """The punctuation an HTML reference stands for ("&quot;"), padded with spaces to the
    reference's length (offsets stay the caller's); a letter (which padding would split
    from its word) or an unknown reference is left as it is."""
    char = html.unescape(match.group())
    if len(char) != 1 or char.isalnum():
        return match.group()
    return char.translate(_TABLE) + " " * (len(match.group()) - 1)


def clean_for_parse(text: str) -> str:
    """``text`` with HTML character references, newlines, tabs, non-breaking spaces and
    curly quotes normalised, masked numbers made figures, and lines in capitals
    lower-cased but for their first letter."""
    cleaned = _MASKED_NUMBER.sub(_FIGURE, _ENTITY.sub(_entity, text).translate(_TABLE))
    for start, end in shouting(text):
        lowered = cleaned[start] + cleaned[start + 1:end].lower()
        if len(lowered) == end - start:
            cleaned = cleaned[:start] + lowered + cleaned[end:]
    assert len(cleaned) == len(text)
    return cleaned


def mark_uncased(doc: Doc, text: str) -> None:
    """Remember the source text and which tokens came from lines in capitals."""
    ranges = shouting(text)
    doc.user_data["source_text"] = text
    doc.user_data["uncased"] = {t.i for t in doc for s, e in ranges if s <= t.idx < e}


def source_text(doc: Doc) -> str:
    """The caller's text of ``doc`` (``doc.text`` joins every token: computed once)."""
    text = doc.user_data.get("source_text")
    if text is None:
        text = doc.user_data["source_text"] = doc.text
    return str(text)


def sentence_index(doc: Doc, i: int) -> int:
    """The index of the sentence holding token ``i`` (sentence starts computed once)."""
    starts = doc.user_data.get("sent_starts")
    if starts is None:
        starts = doc.user_data["sent_starts"] = [s.start for s in doc.sents]
    return bisect_right(starts, i) - 1


def original(doc: Doc, start: int, end: int) -> str:
    """The caller's text at characters ``start``..``end`` of ``doc``."""
    return source_text(doc)[start:end]


def uncased(token: object) -> bool:
    """Whether ``token`` (a spaCy Token) came from a line in capitals."""
    doc = token.doc  # type: ignore[attr-defined]
    return token.i in doc.user_data.get("uncased", ())  # type: ignore[attr-defined]


@dataclass(frozen=True)
class TokenTable:
    """Plain lists of the token attributes that dictionary matching reads, one entry per
    token: building spaCy ``Token`` objects again and again is what costs."""

    text: list[str]
    folded: list[str]
    lemma: list[str]  # folded lemmas
    space: list[bool]
    capital: list[bool]  # capitalised, or from a line in capitals
    words: list[int]  # indices of the tokens that are not runs of spaces


def token_table(doc: Doc) -> TokenTable:
    """The token table of ``doc`` (computed once)."""
    table = doc.user_data.get("token_table")
    if table is None:
        shouted = doc.user_data.get("uncased", ())
        # from the doc's arrays: no ``Token`` is built
        string: Callable[[int], str] = doc.vocab.strings.__getitem__
        orths, lemmas, blanks = doc.to_array([ORTH, LEMMA, IS_SPACE]).T.tolist()
        text = list(map(string, orths))
        space = list(map(bool, blanks))
        table = TokenTable(text, list(map(fold, text)), list(map(fold, map(string, lemmas))),
                           space,
                           [w[:1].isupper() or i in shouted for i, w in enumerate(text)],
                           [i for i, blank in enumerate(space) if not blank])
        doc.user_data["token_table"] = table
    return table  # type: ignore[no-any-return]


def with_dep(doc: Doc, label: str) -> list[Token]:
    """The tokens of ``doc`` attached by ``label``, found on the doc's array without
    building a ``Token`` for every other one."""
    deps = doc.to_array(DEP)
    return [doc[int(i)] for i in (deps == doc.vocab.strings[label]).nonzero()[0]]


def with_pos(doc: Doc, tag: str) -> list[Token]:
    """The tokens of ``doc`` of the universal part of speech ``tag`` (as ``with_dep``)."""
    tags = doc.to_array(POS)
    return [doc[int(i)] for i in (tags == POS_IDS[tag]).nonzero()[0]]


PARAGRAPH = re.compile(r"\n\s*")
#: hard-wrapped agency copy: most lines of at least WRAPPED_LINE characters stop
#: mid-sentence and none is longer than MAX_WRAP ("…un poblado del Pacífico de Costa
#: \nRica, se entregó…"); elsewhere every line break ends a paragraph
WRAPPED_LINE = 50
MAX_WRAP = 100
SENTENCE_END = tuple('.!?:;"»)”')


def paragraph_breaks(text: str) -> set[int]:
    """Offsets where a paragraph starts. In hard-wrapped text only a blank line or a line
    that ends a sentence, is short (a headline, a dateline) or is in capitals ends one;
    in other text every line break does."""
    wrapped = _hard_wrapped(text)
    breaks = set()
    for m in PARAGRAPH.finditer(text):
        previous = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        if (not wrapped or m.group().count("\n") > 1 or previous.endswith(SENTENCE_END)
                or len(previous) < WRAPPED_LINE or previous.isupper()):
            breaks.add(m.end())
    return breaks


def open_breaks(text: str, breaks: Collection[int]) -> list[int]:
    """The paragraph starts of ``breaks`` that follow a paragraph with no sentence-final
    punctuation (a headline, a dateline, a subtitle), in order. The parser reads across a
    sentence start it is given: with no full stop before it, the words of a headline run
    into the next sentence's ("...con El Salvador  Centenares de educadores
    hondureños bloquearon": "Centenares" taken for the end of a name), so the text is
    parsed in separate pieces there."""
    found = []
    for start in sorted(breaks):
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end > 0 and not text[end - 1].endswith(SENTENCE_END):
            found.append(start)
    return found


def _hard_wrapped(text: str) -> bool:
    lines = [line.strip() for line in text.split("\n")]
    long = [line for line in lines if len(line) >= WRAPPED_LINE]
    if len(long) < 3 or max(len(line) for line in long) > MAX_WRAP:
        return False
    open_ended = sum(not line.endswith(SENTENCE_END) for line in long)
    return 2 * open_ended >= len(long)
