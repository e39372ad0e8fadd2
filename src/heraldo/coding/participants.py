"""The other parties of a meeting, a summit or a visit, and the doer's company, when the
text names them in a phrase of presence or of company rather than as the act's object
(issue 16):

- those present: "lanzó la cumbre de paz en presencia del primer ministro israelí y del
  presidente de la Autoridad Palestina", "se reunieron con la participación del secretario
  general de la OEA": the other parties, its targets when no argument names one; never
  its doers, even when the text names none (in "inauguró la cumbre en presencia de A y
  B", A and B are guests);
- the company: "se reunió con X, junto al ministro de Economía", "acompañado del
  canciller", "en compañía del ministro de Defensa": on the doer's side, its sources too.

The phrase may hang on the trigger, on the verb of which an event noun is the object or
the subject ("sostuvo una reunión ... en presencia de"), or, for a company participle, on
the doer ("El presidente, acompañado del canciller, se reunió ..."). Only acts done with
others take them (the CAMEO roots of ``participants.tsv``); the words are the language
pack's. A phrase that names no actor adds nobody ("en presencia de periodistas", "ante la
crisis"), nor a place ("junto a la frontera").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from heraldo.actors.spans import PLACE_KINDS, ActorSpan
from heraldo.coding.arguments import ActorIndex, case_of
from heraldo.lang import LanguagePack, Role
from heraldo.lang.patterns import Pattern
from heraldo.resources import fold

#: the kinds of phrase, as ``participants.tsv`` names them
PRESENCE, COMPANY = "presence", "company"


def parties(pack: LanguagePack, index: ActorIndex, trigger: Token, pattern: Pattern,
            sources: list[ActorSpan], targets: list[ActorSpan]
            ) -> tuple[list[ActorSpan], list[ActorSpan]]:
    """The sides of the act ``trigger`` codes under ``pattern`` with the parties its
    presence phrases name (its targets when it has none) and the company of its doer
    (more sources)."""
    if pattern.code.root not in pack.participants.root:
        return sources, targets
    present: list[ActorSpan] = []
    company: list[ActorSpan] = []
    for kind, token in _phrases(pack, trigger):
        found = present if kind == PRESENCE else company
        found.extend(s for s in _named(pack, index, token) if s not in found)
    sources = sources + [s for s in company if s not in targets and s not in sources]
    present = [s for s in present if s not in sources]
    return sources, targets or present


def _phrases(pack: LanguagePack, trigger: Token) -> Iterator[tuple[str, Token]]:
    """The phrases of presence or company around ``trigger``, each with its kind and the
    token that names the participant: on the trigger, on the verb an event noun is the
    object or subject of, and a company participle on the doer."""
    deps = pack.deps
    heads = [trigger]
    if trigger.pos_ == "NOUN" and trigger.head is not trigger and \
            trigger.head.pos_ in ("VERB", "AUX") and \
            (trigger.dep_ in deps.theme or trigger.dep_ in deps.subject_or_passive):
        heads.append(trigger.head)
    doers = [c for h in heads for c in h.children if c.dep_ in deps.subject and c is not trigger]
    for head in heads:
        for child in head.children:
            yield from _participants(pack, child)
    for doer in doers:
        for child in doer.children:
            if _kind(pack, child) == COMPANY and child.pos_ in ("ADJ", "VERB"):
                yield from _participants(pack, child)


def _participants(pack: LanguagePack, phrase: Token) -> Iterator[tuple[str, Token]]:
    """The participants ``phrase`` names, with its kind: the phrase itself when its
    preposition is one ("en presencia del ministro", "junto al ministro", "ante el
    nuncio"); the "de" complements of a presence or company word ("con la participación
    de la OEA", "en presencia del ministro" when the parser hangs the name on "presencia")
    and the "de" or "por" complements of a company participle ("acompañado del
    canciller"); never in the subject ("la presencia del ministro irritó a ...")."""
    marked = _marker_kind(pack, phrase)
    if marked:
        yield marked, phrase
        return
    if phrase.dep_ in pack.deps.subject_or_passive:
        return
    participle = phrase.pos_ in ("ADJ", "VERB")
    words = (phrase, *(c for c in phrase.children if c.dep_ == "fixed"))
    for word in words:
        kind = _kind(pack, word)
        for child in word.children if kind else ():
            case = case_of(pack, child)
            if child.pos_ in ("NOUN", "PROPN") and (
                    case == Role.GENITIVE or (participle and case == Role.AGENT)):
                yield kind, child
    kind = next((k for w in words if (k := _kind(pack, w))), "")
    if kind and phrase.pos_ == "ADP":
        # "en presencia del ministro" with "en presencia" hung alone on the verb: the
        # phrase right after it, its sibling, is the participant
        after = max(w.i for w in words) + 1
        yield from ((kind, c) for c in phrase.head.children
                    if c.left_edge.i == after and c.pos_ in ("NOUN", "PROPN"))


def _marker_kind(pack: LanguagePack, phrase: Token) -> str:
    """The kind of the (multi-word) preposition of ``phrase`` ("en presencia de", "junto
    a", "en compañía de", "ante"), or ""."""
    for marker in phrase.children:
        if marker.dep_ not in pack.deps.marker:
            continue
        words = [fold(marker.text)] + [fold(f.text) for f in marker.children if f.dep_ == "fixed"]
        for word in words:
            if word in pack.participants.presence:
                return PRESENCE
            if word in pack.participants.company:
                return COMPANY
    return ""


def _kind(pack: LanguagePack, token: Token) -> str:
    """The kind of the presence or company word ``token`` is (lemma or form), or ""."""
    words = {fold(token.lemma_), fold(token.text)}
    if words & pack.participants.presence:
        return PRESENCE
    if words & pack.participants.company:
        return COMPANY
    return ""


def _named(pack: LanguagePack, index: ActorIndex, token: Token) -> list[ActorSpan]:
    """The actors named at ``token`` or its conjuncts, or in the name beside it ("el
    ministro, Benjamin Netanyahu"), never below it ("junto a la frontera con Venezuela"),
    and no place; a bare noun names people in general, no party ("en presencia de
    periodistas")."""
    if not _determined(pack, token):
        return []
    found = index.spans_at(token, Role.COMITATIVE, 0)
    if not found:
        found = [s for c in token.children if c.dep_ in pack.deps.title_of
                 for s in index.spans_at(c, Role.COMITATIVE, 0)]
    return [s for s in found if s.kind not in PLACE_KINDS]


def _determined(pack: LanguagePack, token: Token) -> bool:
    """Whether ``token`` is a name, or a noun with a determiner, an article contracted into
    its preposition ("del canciller", "junto al ministro") or a name beside it."""
    words = [c for c in token.children if c.dep_ not in pack.deps.marker] + \
        [w for c in token.children if c.dep_ in pack.deps.marker for w in (c, *c.children)]
    return token.pos_ == "PROPN" or any(
        w.dep_ == "det" or w.dep_ in pack.deps.title_of or fold(w.text) in pack.grammar.contractions
        for w in words)
