"""Arguments of a predicate in the dependency parse: subjects, objects, obliques.

Every argument carries its *slot*: ``obj`` for a bare direct object, ``iobj``, or the
preposition that introduces it (``a``, ``con``, ``contra``, ``entre``, ``por`` — "por
parte de" counts as ``por``). Actor spans are found at or just below each argument.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from heraldo.actors.resolve import ActorSpan, acts_as_actor
from heraldo.resources import fold

ARG_DEPS = frozenset({"obj", "iobj", "obl", "nmod", "obl:arg", "obl:agent", "ccomp", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "csubj:pass"})
INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "acl"})
CONTRACTIONS = {"al": "a", "del": "de"}
NOT_SUBJECT_DEPS = frozenset({"obj", "iobj", "obl", "nmod", "amod"})


@dataclass(frozen=True)
class Argument:
    token: Token
    slot: str


def case_of(token: Token) -> str:
    """The preposition introducing ``token`` ("" when none); "al" counts as "a"."""
    for child in token.children:
        if child.dep_ in ("case", "mark") and child.pos_ in ("ADP", "SCONJ"):
            word = fold(child.text)
            return CONTRACTIONS.get(word, word)
    return ""


def slot_of(token: Token) -> str:
    if token.dep_ == "iobj":
        return "iobj"
    case = case_of(token)
    if case == "por" and fold(token.lemma_) == "parte":
        return "por"
    if case:
        return case
    return "obj" if token.dep_ in ("obj", "obl:arg") else token.dep_


def arguments(pred: Token) -> list[Argument]:
    """The non-subject arguments of ``pred``, with their slots."""
    return [Argument(c, slot_of(c)) for c in pred.children if c.dep_ in ARG_DEPS]


def has_clitic_se(pred: Token) -> bool:
    return any(c.pos_ == "PRON" and c.lower_ == "se" for c in pred.children)


def is_passive(pred: Token, reflexive_pattern: bool = False) -> bool:
    """Periphrastic passive ("fue atacado por"), a participle modifying a noun ("un
    esfuerzo mediado por Rusia"), or "se" with a verb that is not inherently reflexive
    ("se firmó el acuerdo", "se utilizaron drones")."""
    if any(c.dep_ in ("aux:pass", "expl:pass") or c.dep_ in PASSIVE_SUBJECT_DEPS
           for c in pred.children):
        return True
    # an adjective or noun after "ser" is a participle here: the caller chose it as a
    # verb ("fue atacada", "fueron muertas" tagged as nouns)
    participle = "Part" in pred.morph.get("VerbForm", []) or pred.pos_ in ("ADJ", "NOUN")
    if participle and any(c.dep_ in ("aux", "cop") and fold(c.lemma_) == "ser"
                          for c in pred.children):
        return True
    if participle and not any(c.dep_ in ("aux", "nsubj") for c in pred.children):
        if any(slot_of(c) == "por" for c in pred.children):
            return True
        if pred.dep_ in ("acl", "amod") and pred.pos_ != "ADJ":
            return True
    return pred.pos_ in ("VERB", "AUX") and not reflexive_pattern and has_clitic_se(pred)


class ActorIndex:
    """Actor spans of a document, reachable from any of their tokens."""

    def __init__(self, spans: list[ActorSpan]) -> None:
        self.at: dict[int, list[ActorSpan]] = {}
        for span in spans:
            for i in range(span.start, span.end):
                self.at.setdefault(i, []).append(span)

    def spans_at(self, token: Token, slot: str, depth: int = 2) -> list[ActorSpan]:
        """Actor spans at ``token``, its conjuncts, or (down to ``depth``) its modifiers."""
        found: list[ActorSpan] = []
        for t in (token, *token.conjuncts):
            own = slot if t is token else _conjunct_slot(t, slot)
            # under a noun, "el este de Lima" is a location; a verb's argument slots are
            # the pattern's to choose ("viajó a Kiev" targets Ukraine's government)
            # (conjuncts share the first one's governor: "la frontera entre México y EE.UU.")
            noun = token.head if token.head.pos_ in ("NOUN", "PROPN") and token.head != token \
                else None
            here = [s for s in self.at.get(t.i, ()) if acts_as_actor(s, own, noun)]
            if here:
                found.extend(s for s in here if s not in found)
            elif depth > 0:
                for child in t.children:
                    if child.dep_ in ("nmod", "appos", "flat", "obj", "amod"):
                        inner = self.spans_at(child, slot_of(child) if child.dep_ == "nmod"
                                              else slot, depth - 1)
                        found.extend(s for s in inner if s not in found)
                        if found:
                            break
        return found

    def nearest_before(self, pred: Token) -> list[ActorSpan]:
        """The closest subject-like actor before ``pred`` in its sentence (no preposition
        governs it and it is no object), with the actors coordinated with it."""
        for i in range(pred.i - 1, pred.sent.start - 1, -1):
            for span in self.at.get(i, ()):
                head = pred.doc[span.head]
                if case_of(head) or head.dep_ in NOT_SUBJECT_DEPS or span.kind == "region":
                    continue
                return self.spans_at(head, "subject", depth=0)
        return []


def _conjunct_slot(token: Token, slot: str) -> str:
    """The slot of a conjunct: its own preposition, or that of the conjunct just before it
    when no comma separates them ("en Siria y Libia, Rusia y Turquía ...")."""
    if case_of(token):
        return slot_of(token)
    previous = [c for c in token.conjuncts if c.i < token.i]
    if not previous:
        return slot
    before = max(previous, key=lambda c: c.i)
    between = token.doc[before.i + 1:token.i]
    if case_of(before) and not any(t.text == "," for t in between):
        return slot_of(before)
    return slot
