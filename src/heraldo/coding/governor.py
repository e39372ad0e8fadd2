"""The clause that governs an event noun, whose subject may be the noun's doer: the
word the noun's phrase hangs from (its adjective's when misparsed, "llamada telefónica";
its frame's, "en señal de protesta"), the verb above it or the clause a framing phrase
opens ("En una llamada, X y Y revisaron ...", "durante la reunión", "tras la victoria").
None when that clause gives the noun no doer: a harm the noun did ("murieron en un
bombardeo": the harmed are no doers of it), or what came after an act of conflict ("Tras
la detención de 28 personas, familiares de los arrestados pasaron la noche ...": whoever
acts after an arrest or an attack reacts to it; "tras la reunión con Putin, Erdogan
anunció" still met him).
"""

from __future__ import annotations

from spacy.tokens import Token

from heraldo.coding.arguments import case_of
from heraldo.coding.context import clause_of
from heraldo.coding.harm import HARM_ROOTS, harmed_predicate
from heraldo.lang import LanguagePack, Role
from heraldo.lang.patterns import Pattern
from heraldo.ontology import load_ontology
from heraldo.resources import fold

#: the roles of an adverbial that frames a clause ("En una llamada, X y Y revisaron ...",
#: "durante la reunión", "tras la victoria")
FRAMING_ROLES = frozenset({Role.LOCATIVE, Role.DURING, Role.POSTERIOR})


def noun_governor(pack: LanguagePack, tok: Token, p: Pattern) -> tuple[Token, Token | None]:
    """The phrase of an event noun and the clause that governs it (``_governing_clause``);
    none when that clause is a harm the noun did or comes after its act of conflict (see
    the module docstring)."""
    phrase, head = _phrase_and_governor(pack, tok)
    governor = _governing_clause(pack, phrase, head)
    if governor is not None and (framed_after_conflict(pack, phrase, p) or (
            p.code.root in HARM_ROOTS and governor == harmed_predicate(pack, tok))):
        return phrase, None
    return phrase, governor


def _phrase_and_governor(pack: LanguagePack, tok: Token) -> tuple[Token, Token | None]:
    """An event noun's phrase and the word it hangs from (None at the root): its
    adjective's ("llamada telefónica", misparsed), its frame's ("en señal de protesta")."""
    phrase = tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ in (
        "ADJ", "NOUN") else tok
    if phrase.dep_ == "nmod" and case_of(pack, phrase) == Role.GENITIVE and \
            fold(phrase.head.lemma_) in pack.role_nouns.frame:
        phrase = phrase.head
    return phrase, (phrase.head if phrase.head is not phrase else None)


def _governing_clause(pack: LanguagePack, phrase: Token, head: Token | None) -> Token | None:
    """The predicate an event noun's phrase hangs from: a verb, or, for a frame hung on a
    participle, its clause ("trasladan a un hombre herido durante los enfrentamientos con
    soldados"; a copular predicate heads its own: "en las negociaciones, Estados Unidos
    está obligado a ceder")."""
    if head is None or head.pos_ in ("VERB", "AUX"):
        return head
    if case_of(pack, phrase) not in FRAMING_ROLES:
        return None
    if any(c.dep_ in pack.deps.subject_or_passive for c in head.children):
        return head
    clause = clause_of(head)
    return clause if clause.pos_ in ("VERB", "AUX") else None


def framed_after_conflict(pack: LanguagePack, phrase: Token, pattern: Pattern) -> bool:
    """Whether the phrase of an act of conflict frames its clause as what came before it
    ("tras la detención de ...")."""
    return case_of(pack, phrase) == Role.POSTERIOR and load_ontology().conflict(pattern.cameo)
