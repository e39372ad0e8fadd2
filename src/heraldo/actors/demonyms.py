"""Demonym adjectives as the country they name: "la incursión turca" is Turkey's incursion.

They are no actor mentions of their own ("la ciudad turca" names no actor); the coder
gives them to the event noun they modify, as that noun's genitive would be ("la incursión
de Turquía").
"""

from __future__ import annotations

from spacy.tokens import Doc

from heraldo.actors.how import How, Rule
from heraldo.actors.kb import KnowledgeBase
from heraldo.actors.mentions import span_head
from heraldo.actors.spans import ActorSpan, composed_actor
from heraldo.nlp.text import sentence_index
from heraldo.resources import fold


def adjective_demonyms(doc: Doc, kb: KnowledgeBase, spans: list[ActorSpan]) -> list[ActorSpan]:
    """A span for each demonym adjective that modifies a noun and lies in no actor span
    ("el presidente ruso" is the president's own span)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found: list[ActorSpan] = []
    for tok in doc:
        if tok.i in taken or tok.dep_ != "amod" or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        entry = next((e for e in kb.entries((fold(tok.text),)) if e.kind == "demonym"), None)
        if entry is None or not entry.country:
            continue
        actor = composed_actor(entry.country, "", entry.name, entry.kb_id)
        found.append(ActorSpan(tok.i, tok.i + 1, span_head(doc, tok.i, tok.i + 1), (actor,),
                               How(Rule.DEMONYM_ADJECTIVE), "demonym",
                               sentence_index(doc, tok.i)))
    return found
