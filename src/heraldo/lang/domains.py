"""Domains of discourse that are no politics (``domains.tsv``): sport, health, economy,
culture. A cue is a word (or a few words, each of which must occur) that puts a sentence
in its domain: "gol", "FIFA", "cáncer", "tos", "precios", "telenovela". An event
pattern names the domains in which its trigger has another sense than its political one
(the ``void_in`` column of ``verbs.tsv`` and ``nouns.tsv``): "encuentro" is a match, not
a meeting, in a sentence about sport; "ofensiva" a treatment in one about cancer.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from heraldo.resources import fold, read_tsv, require


@dataclass(frozen=True)
class Domains:
    """The cues of each non-political domain, indexed by the first word of each cue."""

    names: frozenset[str]
    #: first folded word of a cue -> (the cue's words, its domain)
    cues: dict[str, tuple[tuple[tuple[str, ...], str], ...]]

    def of(self, words: Collection[str]) -> list[str]:
        """The domains whose cues all occur among the folded ``words``, sorted."""
        found = {domain for word in words for cue, domain in self.cues.get(word, ())
                 if all(w in words for w in cue[1:])}
        return sorted(found)


def read_domains(path: Path) -> Domains:
    """The domain cues of ``path`` (columns ``word``, ``domain``, ``note``)."""
    cues: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in read_tsv(path, ("word", "domain", "note")):
        words = tuple(fold(w) for w in row["word"].split())
        require(words and row["domain"], row["_line"], "a cue needs a word and a domain")
        cues.setdefault(words[0], []).append((words, row["domain"]))
    names = frozenset(domain for found in cues.values() for _, domain in found)
    return Domains(names, {k: tuple(v) for k, v in cues.items()})
