"""Mention finding: walk the spaCy tokens and match knowledge-base names.

The walk is a longest-match over folded tokens (case and accents removed); proper names
must start with a capital letter in the text, while demonyms and agent terms need not.
NER labels are not trusted: the knowledge base and the parse decide.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from heraldo.actors.kb import Entry, KnowledgeBase
from heraldo.nlp.text import token_table

#: When one name has several entries, the first kind in this order wins.
KIND_PRIORITY = ("both", "side", "counterpart", "person", "organisation", "group", "metonym",
                 "country", "region", "capital", "agent", "demonym")


@dataclass(frozen=True)
class Match:
    """Tokens ``start``..``end`` (exclusive) matched the knowledge-base ``entry``."""

    start: int
    end: int
    entry: Entry

    @property
    def kind(self) -> str:
        """The kind of the matched entry (country, person, organisation...)."""
        return self.entry.kind


def _best(entries: list[Entry], capital: bool) -> Entry | None:
    """The entry of highest kind priority; proper names need a capitalised first word."""
    usable = [e for e in entries if capital or not e.cased]
    if not usable:
        return None
    return min(usable, key=lambda e: KIND_PRIORITY.index(e.kind))


def match_kb(doc: Doc, kb: KnowledgeBase) -> list[Match]:
    """Non-overlapping longest knowledge-base matches, in document order. Runs of spaces
    inside a name (a wrapped line: "Costa  Rica") do not break it."""
    table = token_table(doc)
    words = table.words
    folded = [table.folded[i] for i in words]
    matches: list[Match] = []
    j, n = 0, len(folded)
    while j < n:
        step = 1
        for key in kb.candidates(folded[j], folded[j + 1] if j + 1 < n else None):
            size = len(key)
            if j + size <= n and tuple(folded[j:j + size]) == key:
                entry = _best(kb.entries(key), table.capital[words[j]])
                if entry is not None:
                    matches.append(Match(words[j], words[j + size - 1] + 1, entry))
                    step = size
                    break
        j += step
    return matches


def span_head(doc: Doc, start: int, end: int) -> int:
    """The token of ``start..end`` whose syntactic head lies outside the span."""
    for i in range(start, end):
        head = doc[i].head.i
        if head == i or not start <= head < end:
            return i
    return start
