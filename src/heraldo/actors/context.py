"""What a rule of resolution reads: the document, its language pack, the knowledge base,
the date, the matches, the discourse so far; and the token tests the rules share."""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from heraldo.actors.discourse import Discourse
from heraldo.actors.how import How
from heraldo.actors.kb import Entry, KnowledgeBase
from heraldo.actors.mentions import Match, span_head
from heraldo.actors.spans import ActorSpan
from heraldo.lang import LanguagePack
from heraldo.lang import Role as ArgRole
from heraldo.model import Actor
from heraldo.nlp.text import sentence_index
from heraldo.resources import fold

#: punctuation that joins the names of a list ("los presidentes Bush, Obama y Trump"),
#: with the pack's list conjunctions
LIST_PUNCTUATION = frozenset({","})


@dataclass(frozen=True)
class Context:
    """One document's resolution as of ``date`` (``estimated``: the date is an undated
    article's era, and titles still say what they say)."""

    pack: LanguagePack
    doc: Doc
    kb: KnowledgeBase
    date: str | None
    estimated: bool
    #: the knowledge-base match at each token
    at: dict[int, Match]
    discourse: Discourse
    #: the starts of the matches earlier phrases covered
    taken: Set[int]

    def sentence(self, i: int) -> int:
        """The index of the sentence that holds token ``i``."""
        return sentence_index(self.doc, i)

    def span(self, start: int, end: int, actors: Iterable[Actor], how: How,
             kind: str, entry: Entry | None = None,
             nested: tuple[ActorSpan, ...] = ()) -> ActorSpan | None:
        """The span of ``start``..``end``, or none when no actor is given."""
        actors = tuple(dict.fromkeys(actors))
        if not actors:
            return None
        return ActorSpan(start, end, span_head(self.doc, start, end), actors, how, kind,
                         self.sentence(start), entry, nested)

    def head(self, match: Match) -> Token:
        """The head token of a knowledge-base match."""
        return self.doc[span_head(self.doc, match.start, match.end)]

    def left_edge(self, head: Token, start: int) -> int:
        """Where a phrase starts: its article or adjective before the match."""
        dets = [c.i for c in head.lefts if c.dep_ in ("det", "amod") and c.i >= start - 3]
        return min([start, *dets])

    def list_word(self, token: Token) -> bool:
        """Whether ``token`` joins the items of a list (a comma or the language's list
        conjunction)."""
        word = fold(token.text)
        return word in LIST_PUNCTUATION or word in self.pack.grammar.list_conjunction


def one_of(token: Token, words: frozenset[str]) -> bool:
    """Whether the token's lemma or its form is one of ``words`` (folded)."""
    return fold(token.lemma_) in words or fold(token.text) in words


def indefinite(token: Token) -> bool:
    """Whether the noun has an indefinite article ("una parte", "una persona")."""
    return any(c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in token.children)


def bare_definite(pack: LanguagePack, head: Token, match: Match) -> bool:
    """A singular noun with a definite article or a demonstrative and nothing else but the
    words of its own match ("la compañía", "esta empresa", "la cadena de televisión")."""
    dets = [c for c in head.children if c.dep_ == "det"]
    return "Sing" in head.morph.get("Number", []) and any(
        "Def" in c.morph.get("Definite", []) or "Dem" in c.morph.get("PronType", [])
        for c in dets) and all(c.dep_ in pack.deps.bare or match.start <= c.i < match.end
                               for c in head.children)


def case_of_de(pack: LanguagePack, token: Token) -> bool:
    """ "del Gobierno", "de la Policía": an institution, with its article (or one
    contracted into the genitive); a bare "de" names a portfolio ("el ministro de
    Justicia", "la secretaria de Seguridad")."""
    cases = [fold(c.text) for c in token.children if c.dep_ == "case"]
    genitive = [c for c in cases if pack.role_of(c) == ArgRole.GENITIVE]
    return any(c in pack.grammar.contractions for c in genitive) or (
        any(c not in pack.grammar.contractions for c in genitive)
        and any(c.dep_ == "det" for c in token.children))


def after_comma(token: Token) -> bool:
    """A modifier that follows a comma or semicolon is a list item or an apposition the
    parser hung on the wrong noun ("las fuerzas del Estado, de los grupos paramilitares, de
    la guerrilla"; "el portavoz de Batasuna, brazo político de ETA"): the phrase stops
    before it."""
    edge = token.left_edge  # the comma is often the modifier's own child
    return edge.text in (",", ";") or (edge.i > 0 and token.doc[edge.i - 1].text in (",", ";"))
