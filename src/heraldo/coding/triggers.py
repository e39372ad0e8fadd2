"""Triggers: which tokens can be events, with which patterns.

A token becomes a trigger by the first of ``TRIGGER_RULES`` that claims it (an irregular
participle after the passive auxiliary, an event noun, a verb), with the patterns of its
lemma whose clitic and object constraints hold (and none of whose ``without`` words or
``without_role`` roles its arguments have) (``select``); the source constraint is
checked once the source is known (``for_sources``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from heraldo.actors.spans import ActorSpan
from heraldo.coding.arguments import is_passive, slot_of
from heraldo.coding.subjects import copular_participle
from heraldo.lang import LanguagePack, Role
from heraldo.lang.patterns import Pattern
from heraldo.nlp.text import token_table
from heraldo.resources import fold


def _bag(pack: LanguagePack, token: Token) -> set[str]:
    """Lemmas and words around a predicate that object constraints look at: its
    arguments and their dependents; the subject too when it is the theme (passive,
    relative clause "los drones que se utilizaron")."""
    table = token_table(token.doc)
    children = list(token.children)
    near = [c for c in children if c.dep_ not in pack.deps.subject]
    if len(near) < len(children) and is_passive(pack, token):
        near = children
    if token.dep_ in pack.deps.adnominal:
        near.append(token.head)
    indices = [i for t in near for i in (t.i, *(g.i for g in t.children))]
    return {table.lemma[i] for i in indices} | {table.folded[i] for i in indices}


#: the parts of speech of a phrase that holds an argument role
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _roles(pack: LanguagePack, token: Token) -> set[Role]:
    """The slots of ``token``'s nominal arguments (object, indirect object, the cases): an
    adverb the parser took for an object ("manifestaron pacíficamente") holds no role."""
    return {slot_of(pack, c) for c in token.children
            if c.dep_ in pack.deps.argument and c.pos_ in NOMINAL}


def _reflexive(pack: LanguagePack, token: Token) -> bool:
    return any(c.pos_ == "PRON" and c.lower_ in pack.grammar.reflexive
               for c in token.children) or pack.morphology.has_enclitic(token.lower_)


def select(pack: LanguagePack, token: Token, table: dict[str, tuple[Pattern, ...]],
           lemma: str = "") -> list[Pattern]:
    """The patterns of ``token``'s lemma whose clitic and object constraints hold, most
    specific first (the source constraint is checked once the source is known)."""
    patterns = table.get(lemma or fold(token.lemma_)) or table.get(fold(token.text))
    if not patterns:
        return []
    # the words around, the clitics and the argument roles are looked at only when a
    # pattern asks for them
    bag = _bag(pack, token) if any(p.objects or p.without for p in patterns) else set()
    reflexive = any(p.reflexive for p in patterns) and _reflexive(pack, token)
    roles = _roles(pack, token) if any(p.without_roles for p in patterns) else set()
    return [p for p in patterns
            if (reflexive or not p.reflexive)
            and (not p.objects or _any_term(p.objects, bag))
            and not _any_term(p.without, bag)
            and not p.without_roles & roles]


def _any_term(terms: tuple[tuple[str, ...], ...], bag: set[str]) -> bool:
    """Whether all the words of one of ``terms`` are in ``bag``."""
    return any(all(w in bag for w in term) for term in terms)


def for_sources(patterns: list[Pattern], sources: list[ActorSpan],
                targets: list[ActorSpan] | None = None) -> Pattern | None:
    """The most specific of ``patterns`` whose source constraint the sources meet, and
    whose target constraint the ``targets`` meet (by their primary sectors)."""
    sectors = {s for span in sources for a in span.actors for s in a.sectors}
    roles = primary_sectors(targets or [])
    return next((p for p in patterns if p.accepts_sources(sectors)
                 and p.accepts_targets(roles)), None)


def primary_sectors(spans: list[ActorSpan]) -> set[str]:
    """The primary sector of each actor of ``spans``: what it is first ("LBNREBHEZ", a
    militia that is a party too, is REB)."""
    return {a.sectors[0] for span in spans for a in span.actors if a.sectors}


def participle_trigger(pack: LanguagePack, token: Token) -> list[Pattern] | None:
    """"fueron muertas por ...": the participle the parser tagged as a noun is its verb."""
    lemma = copular_participle(pack, token)
    return select(pack, token, pack.patterns.verbs, lemma) if lemma else None


def noun_trigger(pack: LanguagePack, token: Token) -> list[Pattern] | None:
    """The noun patterns ``token`` triggers, or None when it is no noun."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    return select(pack, token, pack.patterns.nouns)


def verb_trigger(pack: LanguagePack, token: Token) -> list[Pattern] | None:
    """The verb patterns ``token`` triggers, or None when it is no verb, auxiliary or adjective."""
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    return select(pack, token, pack.patterns.verbs)


TriggerRule = Callable[[LanguagePack, Token], "list[Pattern] | None"]
#: (rule, whether it triggers a noun event): the first rule that answers (even with
#: no pattern) claims the token
TRIGGER_RULES: tuple[tuple[TriggerRule, bool], ...] = (
    (participle_trigger, False),
    (noun_trigger, True),
    (verb_trigger, False),
)


def triggers(pack: LanguagePack, doc: Doc) -> tuple[dict[int, list[Pattern]],
                                                    dict[int, list[Pattern]]]:
    """The noun and the verb triggers of ``doc`` with their patterns."""
    nouns: dict[int, list[Pattern]] = {}
    verbs: dict[int, list[Pattern]] = {}
    tables, table = pack.patterns, token_table(doc)
    words = tables.words
    for i, (form, lemma) in enumerate(zip(table.folded, table.lemma, strict=True)):
        # a word no table has as a lemma, a form or a participle triggers nothing: the
        # rules are not asked (most tokens; each rule builds its view of the token)
        if form not in words and lemma not in words and form not in tables.participles:
            continue
        tok = doc[i]
        for rule, noun in TRIGGER_RULES:
            found = rule(pack, tok)
            if found is None:
                continue
            if found:
                (nouns if noun else verbs)[tok.i] = found
            break
    return nouns, verbs
