"""Names by context: a name beside a resolved noun phrase ("el presidente ruso, Vladímir
Putin": ``context:apposition``) and a later bare name that refers back to one
(``coreference:name``: "Putin")."""

from __future__ import annotations

from spacy.tokens import Token

from heraldo.actors.context import Context, case_of_de
from heraldo.actors.how import How, Rule
from heraldo.actors.spans import NOUN_KINDS, ActorSpan
from heraldo.model import Actor
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
            if child.ent_type_ in ctx.pack.deps.person_entity:
                alias_inner_names(ctx, start, end, span.actors)
    return found


def alias_inner_names(ctx: Context, start: int, end: int, actors: tuple[Actor, ...]) -> None:
    """The inner words of a person's full name ``start``..``end``, after the first and
    before the last, refer back to them when no one else has them: "Duarte" for "Javier
    Duarte de Ochoa", "García" beside "Márquez"; not a lower-case particle ("de"), an
    initial or an acronym."""
    for word in ctx.doc[start + 1:end - 1]:
        text = word.text
        if text[:1].isupper() and not text.isupper() and len(text.rstrip(".")) > 1:
            if fold(text) not in ctx.discourse.aliases:
                ctx.discourse.alias(fold(text), actors)
                ctx.discourse.inner_names.add(fold(text))


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
    also in place of a one-word sector span ("las palabras de Iglesias"); the alias
    words of one name that follow it ("García Márquez", "Duarte de Ochoa") are the same
    mention."""
    discourse = ctx.discourse
    if not discourse.aliases:
        return
    table = token_table(ctx.doc)
    taken = {i: s for s in discourse.spans for i in range(s.start, s.end)}
    end = 0
    for i, word in enumerate(table.folded):
        actors = discourse.aliases.get(word)
        if i < end or not actors or not table.text[i][:1].isupper():
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
        end = _name_end(ctx, table.folded, taken, i, actors)
        if word in discourse.inner_names and _longer_name(ctx, i, end):
            continue
        discourse.add_name(ActorSpan(i, end, i, actors, How(Rule.NAME_REFERENCE),
                                     discourse.alias_kinds.get(word, "person"),
                                     ctx.sentence(i)))


def _longer_name(ctx: Context, start: int, end: int) -> bool:
    """Whether the words ``start``..``end``, from inside a person's name, are part of a
    longer name: a capitalised name word joins them in one name ("Carlos" of "Carlos
    Mesa" after "Juan Carlos Pérez")."""
    doc = ctx.doc
    inside = range(start, end)
    for t in (doc[start - 1] if start > 0 else None, doc[end] if end < len(doc) else None):
        if t is None or t.pos_ != "PROPN" or not t.text[:1].isupper():
            continue
        if (t.dep_ == "flat" and t.head.i in inside) or any(
                doc[i].dep_ == "flat" and doc[i].head.i == t.i for i in inside):
            return True
    return False


def _name_end(ctx: Context, folded: list[str], taken: dict[int, ActorSpan], i: int,
              actors: tuple[Actor, ...]) -> int:
    """Where a mention by an alias at ``i`` ends: after the next words, free of other
    spans, that are aliases of the same actors, across name particles ("de")."""
    aliases, particles = ctx.discourse.aliases, ctx.pack.grammar.name_particle
    end, j = i + 1, i + 1
    while j < len(folded) and j not in taken:
        if aliases.get(folded[j]) == actors and ctx.doc[j].text[:1].isupper():
            end = j = j + 1
        elif folded[j] in particles and ctx.doc[j].text.islower():
            j += 1
        else:
            break
    return end
