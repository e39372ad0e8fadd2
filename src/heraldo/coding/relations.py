"""Relations stated in the text: membership, alliance, backing, mediation, relations, sides.

Cue words are data (``relations.tsv``); each row names one of these constructions:
- ``membership``/``alliance``: a cue noun with a genitive ("de") actor, in apposition with an actor
  ("Turquía, miembro de la OTAN"; "el aliado de Turquía, Azerbaiyán");
- ``backing``: a participle cue with a "por" agent modifying a phrase ("los separatistas
  respaldados por Rusia"; "un esfuerzo de paz mediado por Rusia");
- ``relations``: a relations noun qualified by a modifier cue, between the subject of its
  verb and its "con" actors ("mantiene buenas relaciones tanto con Kiev como con Moscú");
- ``opposed_sides``: coordinated subjects acting on "bandos opuestos".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from heraldo.actors.spans import ActorSpan
from heraldo.coding.arguments import ActorIndex, case_of, slot_of
from heraldo.lang import LanguagePack, Role
from heraldo.lang.cues import RelationCue
from heraldo.model import Mention, Relation
from heraldo.nlp.text import original, token_table
from heraldo.resources import fold


class RelationFinder:
    """Finds the relations between actor mentions that a language's relation cues signal."""

    def __init__(self, pack: LanguagePack) -> None:
        """A finder with the relation cues and pattern tables of ``pack``."""
        self.pack = pack
        self.cues = pack.relation_cues
        self.tables = pack.patterns

    def find(self, doc: Doc, index: ActorIndex) -> list[Relation]:
        """The relations of ``doc``: each cue word (by form or lemma) tried with its
        construction."""
        out: list[Relation] = []
        table = token_table(doc)
        for i, (form, lemma) in enumerate(zip(table.folded, table.lemma, strict=True)):
            cues = self.cues.get(form, []) + self.cues.get(lemma, [])
            if not cues:
                continue
            tok = doc[i]
            for cue in cues:
                handler = getattr(self, f"_{cue.construction}")
                for a, b in handler(tok, cue, index):
                    out.extend(_relations(cue.kind, a, b, tok, doc))
        return _unique(out)

    # -- constructions -----------------------------------------------------------------
    def _de_actor(self, tok: Token, index: ActorIndex) -> list[ActorSpan]:
        return [s for c in tok.children if c.dep_ == "nmod"
                and case_of(self.pack, c) == Role.GENITIVE
                for s in index.spans_at(c, Role.GENITIVE, 1)]

    def _membership(self, tok: Token, cue: RelationCue, index: ActorIndex):
        groups = self._de_actor(tok, index)
        if not groups:
            return []
        members = []
        if tok.dep_ == "appos":
            members = index.spans_at(tok.head, Role.SUBJECT, 0)
        members += [s for c in tok.children if c.dep_ == "nsubj"
                    for s in index.spans_at(c, Role.SUBJECT, 0)]
        if tok.head.dep_ == "ROOT":  # "X es miembro de Y" parsed with the cue as root
            members += [s for c in tok.children if c.dep_ == "nsubj"
                        for s in index.spans_at(c, Role.SUBJECT, 0)]
        return [(m, g) for m in members for g in groups if m is not g]

    def _alliance(self, tok: Token, cue: RelationCue, index: ActorIndex):
        partners = self._de_actor(tok, index)
        named = [s for c in tok.children if c.dep_ in ("appos", "flat")
                 for s in index.spans_at(c, Role.SUBJECT, 0)]
        if tok.dep_ == "appos":
            named += index.spans_at(tok.head, Role.SUBJECT, 0)
        return [(n, p) for n in named for p in partners if n is not p]

    def _backing(self, tok: Token, cue: RelationCue, index: ActorIndex):
        backers = [s for c in tok.children if slot_of(self.pack, c) == Role.AGENT
                   for s in index.spans_at(c, Role.AGENT, self.tables.agent_depth(c))]
        head = tok.head
        if not backers or head.pos_ not in ("NOUN", "PROPN") or head == tok:
            return []
        backed = index.spans_at(head, Role.SUBJECT, 0)
        if not backed:  # "un esfuerzo ... mediado por Rusia en el que participan A y B"
            backed = [s for t in head.subtree if t.i != head.i and not tok.is_ancestor(t)
                      and t.i != tok.i for s in index.at.get(t.i, ())]
        return [(b, x) for b in backers for x in backed if x is not b]

    def _relations(self, tok: Token, cue: RelationCue, index: ActorIndex):
        qualified = any(fold(c.lemma_) in cue.modifiers or fold(c.text) in cue.modifiers
                        for c in tok.children if c.dep_ == "amod")
        verb = tok.head
        if not qualified or verb.pos_ not in ("VERB", "AUX"):
            return []
        holders = [s for c in verb.children if c.dep_ == "nsubj"
                   for s in index.spans_at(c, Role.SUBJECT, 0)]
        others = [s for t in tok.subtree if t.i != tok.i
                  and case_of(self.pack, t) == Role.COMITATIVE
                  for s in index.spans_at(t, Role.COMITATIVE, 0)]
        others += [s for c in verb.children if case_of(self.pack, c) == Role.COMITATIVE
                   for s in index.spans_at(c, Role.COMITATIVE, 0)]
        return [(h, o) for h in holders for o in dict.fromkeys(others) if h is not o]

    def _opposed_sides(self, tok: Token, cue: RelationCue, index: ActorIndex):
        qualified = any(fold(c.lemma_) in cue.modifiers or fold(c.text) in cue.modifiers
                        for c in tok.children if c.dep_ in self.pack.deps.adnominal)
        if not qualified:
            return []
        verb = tok.head
        sides = [s for c in verb.children if c.dep_ == "nsubj"
                 for s in index.spans_at(c, Role.SUBJECT, 0)] or index.nearest_before(verb)
        return [(a, b) for i, a in enumerate(sides) for b in sides[i + 1:]]


def _relations(kind: str, a: ActorSpan, b: ActorSpan, cue: Token, doc: Doc) -> list[Relation]:
    sent = cue.sent
    out = []
    for ma in a.mentions(doc):
        for mb in b.mentions(doc):
            if ma.actor.code != mb.actor.code:
                out.append(Relation(kind, ma, mb, original(doc, sent.start_char, sent.end_char),
                                    sent.start_char, sent.end_char))
    return out


def _unique(relations: list[Relation]) -> list[Relation]:
    seen: dict[tuple[str, str, str], Relation] = {}
    for r in relations:
        seen.setdefault((r.kind, r.a.actor.code, r.b.actor.code), r)
    return list(seen.values())


__all__ = ["Mention", "RelationFinder"]
