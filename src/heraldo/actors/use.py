"""How a noun phrase is used where it stands: its argument role, and whether it names an
actor at all. A sector word used as a predicate ("asumió como senador", "fue víctima"),
a classifier ("ruedas de prensa"), a generic or denied noun ("pedían justicia", "sin
víctimas"), a building ("se refugió en la embajada") or a gloss names no actor.

``no_actor_use`` tries ``NO_ACTOR_RULES`` in order; each is a small predicate of a ``Use``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from heraldo.actors.context import indefinite, one_of
from heraldo.actors.spans import ActorSpan
from heraldo.lang import LanguagePack, Role
from heraldo.resources import fold

#: roles of a bare singular that classifies the noun it modifies or names an office
#: ("ruedas de prensa", "la elección para Jefe de Gobierno")
CLASSIFIER_SLOTS = frozenset({Role.GENITIVE, Role.PURPOSE, Role.RECIPIENT})
#: roles of a destination: one institution there is a place ("una marcha hasta el
#: Parlamento")
DESTINATION_SLOTS = frozenset({Role.DIRECTION, Role.TERMINUS})
#: roles of a motion verb's destination or origin ("llegó al hospital", "graduada de")
MOTION_SLOTS = frozenset({Role.RECIPIENT, Role.GENITIVE})
#: roles where an institution that is also a building is a place ("en la clínica")
BUILDING_SLOTS = frozenset({Role.LOCATIVE, Role.ORIGIN, Role.DIRECTION, Role.TERMINUS})


def slot(pack: LanguagePack, doc: Doc, span: ActorSpan) -> Role:
    """The argument role of ``span``: its case word's, else its dependency's."""
    # "Grecia, España y Suecia": a conjunct has its first one's slot
    head = first_conjunct(doc[span.head])
    # a multiword preposition is a case word and its fixed words ("sobre todo de")
    cases = [w for c in head.children if c.dep_ == "case"
             for w in (c, *[f for f in c.children if f.dep_ == "fixed"])]
    if cases:  # the nearest ("sobre todo de Bagdad": de)
        return pack.role_of(max(cases, key=lambda c: c.i).lower_)
    if head.dep_ == "obj":
        return Role.OBJ
    if head.dep_ == "iobj":
        return Role.IOBJ
    if head.dep_ in pack.deps.subject_or_passive or head.dep_ == "ROOT":
        return Role.SUBJECT
    return Role.OTHER


@dataclass(frozen=True)
class Use:
    """A span where it stands: its head, role, and the folded lemma of the word above
    it (``governor``: "" when none)."""

    pack: LanguagePack
    doc: Doc
    span: ActorSpan
    head: Token
    slot: Role
    governor: str

    @cached_property
    def determined(self) -> bool:
        """Whether the span's head has an article or determiner ("el gobierno", not
        "gobiernos"); asked by several rules, worked out once."""
        return determined(self.pack, self.head)

    @cached_property
    def singular(self) -> bool:
        """Whether the span's head is not plural."""
        return "Plur" not in self.head.morph.get("Number", [])


def use_of(pack: LanguagePack, doc: Doc, span: ActorSpan, governor: str | None = None) -> Use:
    """The Use of ``span``: its slot, and the lemma of the word that governs it (of the first
    conjunct in a coordination) unless ``governor`` is given."""
    head = doc[span.head]
    if governor is None:
        first = first_conjunct(head)  # "se elige gobernador y jefe de gobierno": elegir
        governor = fold(first.head.lemma_) if first.head != first else ""
    return Use(pack, doc, span, head, slot(pack, doc, span), governor)


def no_actor_use(pack: LanguagePack, doc: Doc, span: ActorSpan,
                 governor: str | None = None) -> bool:
    """Whether an agent or demonym phrase is used as no actor at all: a predicate, a
    classifier, a generic or denied noun, a building, a gloss (``governor``: the folded
    lemma of the verb above it, worked out when not given). Such a phrase is no event's
    argument either ("una réplica del jefe de gabinete": no cabinet receives anything)."""
    use = use_of(pack, doc, span, governor)
    return any(rule(use) for rule in NO_ACTOR_RULES)


def modifier_word(use: Use) -> bool:
    """"salen a diario", "barriles diarios": an adverb or adjective."""
    head = use.head
    return use.span.end - use.span.start == 1 and (_adverb(use.pack, head) or (
        head.dep_ == "amod" and head.pos_ == "ADJ" and head.head.i == head.i - 1))


def predicate(use: Use) -> bool:
    """"asumió como senador", "fue víctima", "postulado candidato"; "mi madre es una
    persona de mucha fe": a description."""
    head, pack = use.head, use.pack
    copula = any(c.dep_ == "cop" for c in head.children)
    if copula and indefinite(head):
        return True
    return not use.determined and (head.dep_ in pack.deps.predicate or copula or any(
        c.lower_ in pack.grammar.predicative_marker for c in head.children)
        or use.governor in pack.role_verbs.predicative)


def nickname(use: Use) -> bool:
    """"conocido como El rey de la mezclilla": a nickname."""
    return use.governor in use.pack.role_verbs.naming and any(
        c.lower_ in use.pack.grammar.predicative_marker for c in use.head.children)


def question(use: Use) -> bool:
    """"a qué universidades asistirán", "ningún rehén", "sin víctimas"; "sin causar
    víctimas", "sin que se registraran víctimas"."""
    head, pack = use.head, use.pack
    questions = pack.role_nouns.question
    if any(c.dep_ in ("det", "case") and fold(c.text) in questions for c in head.children):
        return True
    return not use.determined and head.dep_ in pack.deps.core and any(
        c.dep_ in pack.deps.marker and c.pos_ == "ADP" and fold(c.text) in questions
        for c in head.head.children)


def classifier(use: Use) -> bool:
    """"ruedas de prensa", "la alternativa de Gobierno", "la elección para Jefe de
    Gobierno": a bare singular modifying a noun classifies it or names an office."""
    head, pack = use.head, use.pack
    if use.determined or not use.singular or use.slot not in CLASSIFIER_SLOTS:
        return False
    # a bare conjunct that repeats the preposition shares the first one's place ("jefa de
    # Estado o de Gobierno")
    base = head.head if head.dep_ == "conj" and not determined(pack, head.head) and any(
        c.dep_ == "case" for c in head.children) else head
    return base.dep_ == "nmod" and base.head.pos_ == "NOUN" and \
        fold(base.head.lemma_) not in pack.member_nouns


def generic(use: Use) -> bool:
    """"pedían justicia", "de persona a persona": a mass or generic use."""
    return not use.determined and use.singular and (
        use.head.dep_ == "obj" or fold(use.head.lemma_) in use.pack.role_nouns.generic)


def system(use: Use) -> bool:
    """"el régimen de sanciones", "bajo régimen de separación de bienes"."""
    pack = use.pack
    return one_of(use.head, pack.role_nouns.system) and any(
        c.dep_ == "nmod" and c.pos_ == "NOUN" and not determined(pack, c)
        and any(g.dep_ == "case" and pack.roles.of(g.text) == Role.GENITIVE
                for g in c.children) for c in use.head.children)


def institution_as_place(use: Use) -> bool:
    """An institution as a place: one institution as a destination ("una marcha hasta el
    Parlamento"), or one a motion verb goes to or comes from ("entrar a la universidad",
    "llegó al hospital"), or a building after "en" ("se refugió en la embajada")."""
    head, pack, where = use.head, use.pack, use.slot
    if use.singular and where in DESTINATION_SLOTS:
        return True
    if use.singular and where in MOTION_SLOTS and head.head.pos_ in ("VERB", "ADJ") and \
            fold(head.head.lemma_) in pack.place_words.motion:
        return True  # "llegó al hospital", "graduada de la Universidad de Hohenheim"
    building = one_of(head, pack.role_nouns.building)
    if building and where == Role.GENITIVE and one_of(first_conjunct(head).head,
                                                      pack.place_words.part):
        return True  # "a la altura del hospital", "cerca de la embajada"
    return where in BUILDING_SLOTS and building


def gloss(use: Use) -> bool:
    """"Uribe, paraco (paramilitar)": a bare word in parentheses glosses the one before."""
    return not use.determined and in_parentheses(use.doc, use.span)


#: the uses of a phrase that name no actor, in order
NO_ACTOR_RULES: tuple[Callable[[Use], bool], ...] = (
    modifier_word, predicate, nickname, question, classifier, generic, system,
    institution_as_place, gloss)


def _adverb(pack: LanguagePack, head: Token) -> bool:
    """A singular noun fixed into an adverb ("a diario"); a fixed word has no morphology,
    so its ending tells its number (not "obligaban a automovilistas a pagar")."""
    return head.dep_ == "fixed" and not pack.morphology.plural_form(head.lower_)


def determined(pack: LanguagePack, head: Token) -> bool:
    """An article, or one contracted into the preposition ("del Gobierno", "al juez")."""
    return any(c.dep_ == "det" or (c.dep_ == "case" and c.lower_ in pack.grammar.contractions)
               for c in head.children)


def in_parentheses(doc: Doc, span: ActorSpan) -> bool:
    """The span alone between parentheses: "(AFP)", "paraco (paramilitar)"."""
    return 0 < span.start and span.end < len(doc) and doc[span.start - 1].text == "(" and \
        doc[span.end].text == ")"


def first_conjunct(head: Token) -> Token:
    """The first of the conjuncts ``head`` belongs to (at most four steps up; a conjunct with its
    own preposition stands apart)."""
    for _ in range(4):
        if head.dep_ != "conj" or head.head == head or any(
                c.dep_ == "case" for c in head.children):
            break
        head = head.head
    return head


def inside_name(head: Token) -> bool:
    """A word that modifies a capitalised noun before it, inside a proper name."""
    parent = head.head
    return (head.dep_ in ("nmod", "amod", "flat", "compound") and parent.i < head.i
            and parent.text[:1].isupper()
            and (not _opens(parent) or _name_between(parent, head))
            and parent.pos_ in ("PROPN", "NOUN"))


def _name_between(parent: Token, head: Token) -> bool:
    """A capitalised word between a sentence-opening noun and ``head``: the opening noun
    starts a name ("Instituto de Investigación Gamaleya de Rusia"), not a sentence
    ("Millones de peruanos")."""
    return any(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ")
               for t in parent.doc[parent.i + 1:head.i])


def _opens(token: Token) -> bool:
    """A word that opens a sentence, a line or a quotation, capitalised for that reason
    ("Millones de peruanos" after a headline)."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.text in (".", ":", "?", "!", '"', "«", "“", "-", "—")
