"""The sides of an event noun from its own phrase: its prepositional arguments (also
those the parser hung on its genitive: "la suspensión de relaciones con Nicaragua"), and
the owner of a possessive ("su respaldo a"), which fills the side its genitive would.
"""

from __future__ import annotations

from spacy.tokens import Token

from heraldo.actors.spans import ActorSpan
from heraldo.coding.arguments import (
    ActorIndex,
    Argument,
    arguments,
    case_of,
    possessive,
    slot_of,
)
from heraldo.coding.context import clause_of
from heraldo.coding.subjects import inherent_se, subjects
from heraldo.lang import LanguagePack, Role
from heraldo.lang.patterns import Pattern


def noun_arguments(pack: LanguagePack, tok: Token) -> list[Argument]:
    """An event noun's arguments, and one level below them those with a case marker of
    their own that is no genitive: the parser often hangs "con Nicaragua" on the noun's
    genitive ("la suspensión de relaciones con Nicaragua"); and a phrase right after the
    noun that the parser hung higher up (``detached``)."""
    args = arguments(pack, tok)
    return args + [Argument(g, slot_of(pack, g)) for a in list(args) if a.slot == Role.GENITIVE
                   for g in a.token.children
                   if g.dep_ in pack.deps.attached
                   and case_of(pack, g) not in (None, Role.GENITIVE)] + detached(pack, tok)


def detached(pack: LanguagePack, tok: Token) -> list[Argument]:
    """A prepositional phrase, no genitive, right after an event noun's phrase that the
    parser hung on the verb above the noun ("lanzaron una campaña de apoyo a dos
    periodistas", with "a dos periodistas" the verb's object): the noun's argument, as
    read. One hung on a noun above ("el pedido de extradición a España") is that noun's."""
    doc, top = tok.doc, tok
    while top.head.i == top.right_edge.i + 1 and top.head.pos_ in ("ADJ", "NOUN"):
        top = top.head  # "una llamada telefónica", with the noun hung on its adjective
    after = top.right_edge.i + 1
    if after >= len(doc) or doc[after].dep_ not in pack.deps.marker:
        return []
    head = doc[after].head
    if head.i <= after or case_of(pack, head) in (None, Role.GENITIVE) or \
            head.head.pos_ not in ("VERB", "AUX") or not head.head.is_ancestor(tok):
        return []
    return [Argument(head, slot_of(pack, head))]


def argument_spans(index: ActorIndex, args: list[Argument]) -> dict[Argument, list[ActorSpan]]:
    """The actors of each argument; an argument does not take those of an argument
    below it ("relaciones" does not take "con Nicaragua")."""
    found = {a: index.spans_at(a.token, a.slot) for a in args}
    for a in args:
        below = [b for b in args if b is not a and b.token.head.i == a.token.i]
        inside = {s for b in below for s in found[b]}
        found[a] = [s for s in found[a] if s not in inside]
    return found


def owner_side(p: Pattern, found: list[ActorSpan], sources: list[ActorSpan],
               targets_: list[ActorSpan], role: Role | None
               ) -> tuple[list[ActorSpan], list[ActorSpan]] | None:
    """The sides of an event noun when ``found`` owns it: the side its ``role`` fills in
    the noun's row ("su detención": the genitive's, the target), or with no role (a
    demonym: "el arresto británico") the source, unless the row takes no source; None when
    that side is taken."""
    found = [s for s in found if s not in sources and s not in targets_]
    if not found:
        return None
    source = bool(p.sources) if role is None else role in p.sources
    target = not p.sources if role is None else role in p.targets
    if source and not sources:
        return found, targets_
    if target and not targets_:
        return sources, found
    return None


def possessor(pack: LanguagePack, index: ActorIndex, tok: Token,
              doers: list[ActorSpan]) -> list[ActorSpan]:
    """The owner of a third-person possessive on ``tok`` ("su respaldo a"): the subject
    of its clause (or the nearest actor before it), outside the noun's own phrase; when
    that subject is the noun's doer (``doers``), of an act done to its genitive,
    whom the possessive refers back to ("el juez ordenó su detención":
    ``ActorIndex.possessive_referent``)."""
    if not possessive(tok):
        return []
    clause = clause_of(tok)
    if clause is tok:
        return []
    own = range(tok.left_edge.i, tok.right_edge.i + 1)
    found = subjects(pack, clause, index, reflexive=inherent_se(pack, clause))
    owners = [s for s in found.spans if s.head not in own]
    if owners and all(s in doers for s in owners):
        return index.possessive_referent(tok) or owners
    return owners
