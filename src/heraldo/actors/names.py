"""Names by context: a name beside a resolved noun phrase ("el presidente ruso, Vladímir
Putin": ``context:apposition``) and a later bare name that refers back to one
(``coreference:name``: "Putin")."""

from __future__ import annotations

from spacy.tokens import Token

from heraldo.actors.context import Context, case_of_de
from heraldo.actors.how import How, Rule
from heraldo.actors.spans import NOUN_KINDS, ActorSpan
from heraldo.nlp.text import token_table
from heraldo.ontology.actor_code import ActorCode
from heraldo.resources import fold


def names_beside(ctx: Context, span: ActorSpan) -> list[ActorSpan]:
    """The names beside an agent phrase, also one a group's name completes ("el
    presidente de PDVSA, Alí Rodríguez"), which are its actors; each becomes an alias."""
    if span.kind not in NOUN_KINDS and span.how != How(Rule.GROUP):
        return []
    # an unplaced title ("el subsecretario de Economía, José Manuel Temboury") names only
    # a person the parser sees as one (not "la asamblea, Ulster"): the story places both
    unplaced = ActorCode.parse(span.actors[0].code).unplaced
    doc, found = ctx.doc, []
    for child in _beside(ctx, span):
        if child.pos_ == "PROPN" and child.i not in ctx.at \
                and not span.start <= child.i < span.end:
            name = [child, *[c for c in child.children if c.dep_ == "flat"]]
            start, end = min(t.i for t in name), max(t.i for t in name) + 1
            if fold(doc[end - 1].text) in ctx.discourse.people_seen:
                continue  # a person already named in full keeps who they are
            if unplaced and child.ent_type_ not in ctx.pack.deps.person_entity:
                continue
            if all(t.text.isupper() for t in name):
                continue  # an acronym or a legal form ("SA de CV") is nobody's name
            if not doc[start].text[:1].isupper():
                continue  # a name begins with a capital letter (not "<", "script")
            found.append(ActorSpan(start, end, child.i, span.actors,
                                   How(Rule.APPOSITION), "person", ctx.sentence(start)))
            if not doc[end - 1].text.isupper():  # "Poliductos Tamayo SA": no "SA"
                ctx.discourse.alias(fold(doc[end - 1].text), span.actors)
            ctx.discourse.alias(fold(doc[start:end].text), span.actors)
    return found


def _beside(ctx: Context, span: ActorSpan) -> list[Token]:
    """The words that may be names beside an agent phrase: a name hung on it, or an
    institution of it ("el decano de la Facultad de Medicina"), not a portfolio after a
    bare "de" ("el exministro griego de Finanzas"); or the name it stands beside as a
    title ("José Pérez, ministro de Defensa de Colombia, dijo")."""
    head = ctx.doc[span.head]
    words = [c for c in head.children if c.dep_ in ctx.pack.deps.name and (
        case_of_de(ctx.pack, c) or not any(g.dep_ == "case" for g in c.children))]
    if head.dep_ in ctx.pack.deps.title_of and head.head.i < span.start:
        words.append(head.head)
    return words


def coreferences(ctx: Context) -> None:
    """A capitalised word that is an alias of the discourse is a mention of its actors,
    also in place of a one-word sector span ("las palabras de Iglesias")."""
    discourse = ctx.discourse
    if not discourse.aliases:
        return
    table = token_table(ctx.doc)
    taken = {i: s for s in discourse.spans for i in range(s.start, s.end)}
    for i, word in enumerate(table.folded):
        actors = discourse.aliases.get(word)
        if not actors or not table.text[i][:1].isupper():
            continue
        token = ctx.doc[i]
        span = taken.get(i)
        if span is not None:
            # a capitalised sector word mid-sentence that is a known surname
            # ("las palabras de Iglesias") is the person, not the sector
            if span.kind != "agent" or span.end - span.start != 1 or token.is_sent_start:
                continue
            discourse.remove(span)
        elif token.pos_ != "PROPN":
            continue
        discourse.add_name(ActorSpan(i, i + 1, i, actors, How(Rule.NAME_REFERENCE),
                                     discourse.alias_kinds.get(word, "person"),
                                     ctx.sentence(i)))
