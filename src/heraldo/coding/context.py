"""The context of a clause: polarity, modality, attribution and its own date.

Cues are data (``modality.tsv``, in the language pack): *governors* are verbs whose
complement clause takes the modality ("dijo que", "se espera que", "planea"), *markers*
introduce the clause ("según", "si"), *modifiers* qualify an event noun ("una posible
ofensiva"), *negations* negate the predicate they modify.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from heraldo.lang import LanguagePack
from heraldo.lang.cues import ModalityCues
from heraldo.model import When
from heraldo.nlp.dates import find_dates, resolve
from heraldo.nlp.text import source_text


@dataclass(frozen=True)
class ClauseContext:
    """What the clause of a predicate says of it: negation, modality, and the reporting verb that
    holds it."""

    negated: bool
    modality: str
    reporter: Token | None  # the reporting verb whose content holds the clause


def _own_cues(pred: Token, cues: ModalityCues) -> tuple[bool, str]:
    negated = any(cues.get("negation", c) and c.dep_ in ("advmod", "cc", "neg")
                  for c in pred.children)
    modality = ""
    for child in pred.children:
        if child.dep_ == "mark" and cues.get("marker", child) in ("hypothetical", "intended"):
            modality = cues.get("marker", child)
        elif child.dep_ == "advcl" and any(cues.get("marker", m) == "hypothetical"
                                           for m in child.children if m.dep_ == "mark"):
            modality = "hypothetical"  # the consequence of a condition: "si ..., atacará"
        elif child.dep_ in ("amod", "advmod") and cues.get("modifier", child):
            modality = cues.get("modifier", child)
        elif child.dep_ == "aux" and cues.get("governor", child) == "hypothetical":
            modality = "hypothetical"
    return negated, modality


def clause_context(pred: Token, pack: LanguagePack) -> ClauseContext:
    """Negation, modality and the reporting verb of the clause headed by ``pred``; a
    governing verb's modality reaches it through the pack's ``clause`` dependencies ("dijo
    que", "planea atacar", "se espera que"); adverbial clauses keep their own modality."""
    cues = pack.modality
    negated, modality = _own_cues(pred, cues)
    reporter = _according_to(pred, pack)
    if reporter is not None and not modality:
        modality = "reported"
    node = pred
    for _ in range(6):
        parent = node.head
        if parent is node or node.dep_ not in pack.deps.clause:
            break
        if node.dep_ == "conj":
            # a coordinated predicate shares its sibling's context ("revisaron ... y
            # reafirmaron ..., dijo") but its sibling does not govern it ("se manifestaron y
            # bloquearon" is no report)
            node = parent
            continue
        value = cues.get("governor", parent)
        if value == "negated":
            negated = True
        elif value == "reported":
            reporter = reporter or parent
            modality = modality or "reported"
            break
        elif value and not modality:
            modality = value
        node = parent
    return ClauseContext(negated, modality or "asserted", reporter)


def _according_to(pred: Token, pack: LanguagePack) -> Token | None:
    """A "según ..." clause attached to ``pred`` names its source."""
    for child in pred.children:
        if child.dep_ in ("advcl", "obl") and any(
                pack.modality.get("marker", m) == "reported" for m in child.children
                if m.dep_ in pack.deps.marker):
            return child
    return None


def tense_of(pred: Token) -> str:
    """"future" for a future or subjunctive predicate (or auxiliary), else "past"."""
    tenses = pred.morph.get("Tense", []) + [t for c in pred.children if c.dep_ == "aux"
                                          for t in c.morph.get("Tense", [])]
    if "Fut" in tenses or pred.morph.get("Mood", []) == ["Sub"]:
        return "future"
    return "past"


def clause_of(token: Token) -> Token:
    """The verb that heads the clause of ``token`` (itself when it is a verb)."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            return node
        node = node.head
    return node


class DateIndex:
    """Temporal expressions of a document, anchored to the predicate they modify."""

    def __init__(self, doc: Doc, published: dt.date | None, triggers: set[int],
                 pack: LanguagePack) -> None:
        """Index the dates of ``doc``'s sentences by the predicate each modifies (``triggers``),
        resolved against the publication date ``published``."""
        self.pack = pack
        self.at: dict[int, When] = {}
        # the source text, not the parser's: a masked "*NUMBER* de julio" is no day; searched
        # once, each expression kept within its sentence
        sentences = [(sent.start_char, sent.end_char) for sent in doc.sents]
        starts = [start for start, _ in sentences]
        for found in find_dates(source_text(doc), pack):
            sentence = bisect_right(starts, found.start) - 1
            if sentence < 0 or found.end > sentences[sentence][1]:
                continue
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            anchor = self._anchor(span.root, triggers)
            when = resolve(found, published, pack, tense_of(clause_of(anchor)))
            if when.value is not None:
                self.at.setdefault(anchor.i, When(when.value, when.precision, when.text,
                                                  found.start, found.end))

    @staticmethod
    def _anchor(token: Token, triggers: set[int]) -> Token:
        node = token
        for _ in range(8):
            if node.head is node:
                return node
            node = node.head
            if node.i in triggers or node.pos_ in ("VERB", "AUX"):
                return node
        return node

    def date_of(self, trigger: Token) -> When | None:
        """The date of the event at ``trigger``: its own, one inside its noun phrase ("la
        victoria ... en la guerra de 2020"), its clause's, or a governing clause's."""
        if trigger.i in self.at:
            return self.at[trigger.i]
        if trigger.pos_ in ("NOUN", "PROPN"):
            inner = [self.at[t.i] for t in trigger.subtree if t.i in self.at]
            if inner:
                return inner[0]
        node = clause_of(trigger)
        for _ in range(4):
            if node.i in self.at:
                return self.at[node.i]
            if node.dep_ not in self.pack.deps.date_inherit or node.head is node:
                return None
            node = clause_of(node.head)
        return None
