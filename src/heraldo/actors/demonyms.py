"""Adjectives that name an actor: a demonym names its country ("la incursión turca" is
Turkey's incursion), a sector adjective its people ("la protesta estudiantil" is the
students' protest, "el operativo policial" the police's).

They are no actor mentions of their own ("la ciudad turca", "el movimiento estudiantil"
name no actor); the coder gives them to the event noun they modify, as that noun's
genitive would be ("la incursión de Turquía", "la protesta de los estudiantes").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from heraldo.actors.how import How, Rule
from heraldo.actors.kb import Entry, KnowledgeBase
from heraldo.actors.mentions import span_head
from heraldo.actors.spans import ActorSpan, composed_actor
from heraldo.nlp.text import sentence_index, with_dep
from heraldo.resources import fold


def modified_noun(adjective: Token) -> Token | None:
    """The noun an adjective modifies, also as a conjunct of another adjective ("intereses
    estadounidenses e israelíes"); none when it modifies no noun."""
    first = adjective
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "amod" or first.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return first.head


def demonym_entry(kb: KnowledgeBase, word: str) -> Entry | None:
    """The knowledge base's demonym ``word`` is, with its country ("colombiano"), or None."""
    return next((e for e in kb.entries((fold(word),)) if e.kind == "demonym" and e.country),
                None)


def adjective_demonyms(doc: Doc, kb: KnowledgeBase, spans: list[ActorSpan]) -> list[ActorSpan]:
    """A span for each demonym or sector adjective that modifies a noun (also as a
    conjunct of another adjective) and lies in no actor span ("el presidente ruso" is
    the president's own span): kind ``demonym`` with the country, or ``sector`` with an
    actor of that sector and no country yet."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found: list[ActorSpan] = []
    for tok in [*with_dep(doc, "amod"), *with_dep(doc, "conj")]:
        if tok.i in taken or modified_noun(tok) is None:
            continue
        demonym = demonym_entry(kb, tok.text)
        agent = next((e for e in kb.entries((fold(tok.text),))
                      if e.kind == "agent" and e.sectors), None)
        if demonym is not None:
            actor = composed_actor(demonym.country, "", demonym.name, demonym.kb_id)
            how, kind = How(Rule.DEMONYM_ADJECTIVE), "demonym"
        elif agent is not None:
            actor = composed_actor("", agent.sectors[0], tok.text, agent.kb_id)
            how, kind = How(Rule.SECTOR_ADJECTIVE), "sector"
        else:
            continue
        found.append(ActorSpan(tok.i, tok.i + 1, span_head(doc, tok.i, tok.i + 1), (actor,),
                               how, kind, sentence_index(doc, tok.i)))
    return found
