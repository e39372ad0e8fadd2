"""Cue tables: modality cues (``modality.tsv``) and relation cues (``relations.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from heraldo.resources import fold, read_tsv, require, split_values

if TYPE_CHECKING:
    from spacy.tokens import Token

#: kinds of modality cues: *governors* are verbs whose complement clause takes the
#: modality ("dijo que", "se espera que", "planea"), *markers* introduce the clause
#: ("según", "si"), *modifiers* qualify an event noun ("una posible ofensiva"),
#: *negations* negate the predicate they modify
MODALITY_KINDS = ("governor", "marker", "modifier", "negation")
#: the constructions a relation cue names (``heraldo.coding.relations``)
CONSTRUCTIONS = ("membership", "alliance", "backing", "relations", "opposed_sides")


@dataclass(frozen=True)
class ModalityCues:
    """A language's modality cues (reporting verbs, negations, hedges...) by kind, each with its
    value."""

    cues: dict[str, dict[str, str]]  # kind -> folded cue -> value

    def get(self, kind: str, token: Token) -> str:
        """The value of ``token`` as a cue of ``kind`` (by lemma, else by form); "" when it is
        none."""
        table = self.cues.get(kind, {})
        return table.get(fold(token.lemma_)) or table.get(fold(token.text), "")


def read_modality(path: Path) -> ModalityCues:
    """The modality cues of a language pack's table; a DataError names the line of an unknown
    kind."""
    cues: dict[str, dict[str, str]] = {}
    for row in read_tsv(path, ("cue", "kind", "value")):
        require(row["kind"] in MODALITY_KINDS, row["_line"],
                f"unknown cue kind {row['kind']!r}")
        cues.setdefault(row["kind"], {})[fold(row["cue"])] = row["value"]
    return ModalityCues(cues)


@dataclass(frozen=True)
class RelationCue:
    """A cue of a relation between two mentions: its kind, the construction it takes and the
    words that qualify it."""

    kind: str
    construction: str
    modifiers: frozenset[str]


def read_relation_cues(path: Path) -> dict[str, list[RelationCue]]:
    """Relation cues by folded cue word."""
    cues: dict[str, list[RelationCue]] = {}
    for row in read_tsv(path, ("kind", "construction", "cues", "modifiers")):
        require(row["construction"] in CONSTRUCTIONS, row["_line"],
                f"unknown construction {row['construction']!r}")
        cue = RelationCue(row["kind"], row["construction"],
                          frozenset(fold(m) for m in split_values(row["modifiers"])))
        for word in split_values(row["cues"]):
            cues.setdefault(fold(word), []).append(cue)
    return cues
