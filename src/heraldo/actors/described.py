"""People the knowledge base does not know, as the text describes them: a name beside a
noun with a demonym ("el escritor colombiano Gabriel García Márquez", "Cristiano
Ronaldo, el futbolista portugués") is a person of that country. With no role noun to
give a sector (a sector adjective, an organisation noun), they are private
individuals (``CVL``); the name, and later its surnames, are the same person
(``heraldo.actors.names``).

A person named with no description beside the name takes the nationality of the story's
descriptions when nothing else is open ("Cristiano Ronaldo alcanzó un acuerdo ... El
jugador portugués reconoce ... la estrella portuguesa"): the article names exactly one
person the knowledge base does not know, and at least ``DESCRIPTIONS`` singular definite
descriptions with a demonym ("el jugador portugués", "el luso"), no actor of their own,
all of one country (``described_elsewhere``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from heraldo.actors.context import Context
from heraldo.actors.demonyms import demonym_entry
from heraldo.actors.how import How, Rule
from heraldo.actors.mentions import Match
from heraldo.actors.spans import ActorSpan, Resolution, composed_actor
from heraldo.actors.titles import CATCH_ALL
from heraldo.resources import fold

#: how many descriptions of one country an unknown person's nationality needs
DESCRIPTIONS = 2


def described_person(ctx: Context, match: Match) -> Resolution | None:
    """``person+demonym``: a demonym adjective of a noun that stands beside a person's
    name the knowledge base does not hold is that person's nationality; the phrase is
    the person, and the name beside it is too."""
    if match.kind != "demonym" or not match.entry.country or match.end - match.start != 1:
        return None
    adjective = ctx.doc[match.start]
    noun = adjective.head
    if adjective.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN") or noun.i in ctx.at \
            or noun.ent_type_ in ctx.pack.deps.person_entity:
        return None
    name = _name_beside(ctx, noun)
    if name is None or name.i in ctx.at:
        return None  # no one named, or someone the knowledge base knows
    sector = _sector(ctx, noun, adjective)
    if sector is None:
        return None
    start = ctx.left_edge(noun, min(noun.i, adjective.i))
    end = max(noun.i, adjective.i) + 1
    actor = composed_actor(match.entry.country, sector, ctx.doc[start:end].text,
                           match.entry.kb_id)
    return Resolution(ctx.span(start, end, [actor], How(Rule.DESCRIBED), "agent"))


def _sector(ctx: Context, noun: Token, demonym: Token) -> str | None:
    """The sector a described person's phrase gives: a sector adjective's ("el líder
    sindical chileno": ``LAB``), an organisation noun's ("la firma sueca"), else a
    private individual's; none when a sector noun of the knowledge base modifies the
    noun ("el dirigente opositor venezolano"), whose own phrase it is."""
    for child in noun.children:
        if child.i == demonym.i or child.dep_ not in ctx.pack.deps.modifier:
            continue
        agent = next((e for e in ctx.kb.entries((fold(child.text),))
                      if e.kind == "agent" and e.sectors), None)
        if agent is not None:
            return agent.sectors[0] if child.dep_ == "amod" and child.pos_ == "ADJ" else None
    return ctx.pack.organisation_nouns.get(fold(noun.text), CATCH_ALL)


def _name_beside(ctx: Context, noun: Token) -> Token | None:
    """The head of a person's name that a noun describes: the name after it ("el
    escritor colombiano Gabriel García Márquez") or before it, as its title ("Cristiano
    Ronaldo, el futbolista portugués")."""
    person, deps = ctx.pack.deps.person_entity, ctx.pack.deps
    for child in noun.children:
        if child.i > noun.i and child.dep_ in deps.name and child.pos_ == "PROPN" \
                and child.ent_type_ in person and not any(
                    g.dep_ in deps.marker for g in child.children):
            return child
    head = noun.head
    if noun.dep_ in deps.title_of and head.i < noun.i and head.pos_ == "PROPN" \
            and head.ent_type_ in person:
        return head
    return None


def described_elsewhere(ctx: Context, covered: set[int]) -> list[ActorSpan]:
    """``person+description``: the spans of the one person the knowledge base does not
    know, named where no span or match (``covered``) is, with the one country the story's
    descriptions give (see the module docstring); none when the story names more unknown
    people, or its descriptions fewer or of more countries."""
    # a lone capitalised word opening a sentence is as often no name ("Pagaría ...")
    names = [e for e in ctx.doc.ents if e.label_ in ctx.pack.deps.person_entity
             and _unknown_name(ctx, e, covered) and not (len(e) == 1 and e[0].is_sent_start)]
    if len({fold(e[-1].text) for e in names}) != 1 or all(len(e) < 2 for e in names):
        return []
    countries = _described_countries(ctx, covered)
    if len(countries) < DESCRIPTIONS or len(set(countries)) != 1:
        return []
    return [span for e in names for span in [ctx.span(
        e.start, e.end, [composed_actor(countries[0], CATCH_ALL, e.text)],
        How(Rule.DESCRIBED_ELSEWHERE), "person")] if span is not None]


def _unknown_name(ctx: Context, name: Span, covered: set[int]) -> bool:
    """A capitalised name no span, match or knowledge-base entry covers."""
    return all(t.text[:1].isupper() and not t.text.isupper() and t.is_alpha
               and t.i not in covered and t.i not in ctx.at for t in name)


def _described_countries(ctx: Context, covered: set[int]) -> list[str]:
    """The country of each singular definite description with a demonym in the text, a
    noun it modifies ("el jugador portugués") or a demonym standing as a noun ("el luso"),
    that is no actor or match of its own."""
    found = []
    for token in ctx.doc:
        entry = demonym_entry(ctx.kb, token.text)
        if entry is None:
            continue
        noun = token.head if token.dep_ == "amod" else token
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i in covered or (
                noun.i != token.i and noun.i in ctx.at) or not _definite_singular(noun):
            continue
        found.append(entry.country)
    return found


def _definite_singular(noun: Token) -> bool:
    return "Plur" not in noun.morph.get("Number", []) and any(
        c.dep_ == "det" and "Def" in c.morph.get("Definite", []) for c in noun.children)
