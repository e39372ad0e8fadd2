"""Composition: a sector word with what its phrase says of whose it is ("el presidente
ruso", "guerrilleros de las FARC", "el portavoz del ejército ruso", "la prensa
internacional", "el presidente Frei", "su homólogo turco", "la parte turca").

Each rule takes the context and the phrase and returns a ``Resolution`` or nothing (the
next rule is tried); the rule's name is the span's ``how``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from heraldo.actors.context import Context, after_comma, case_of_de, indefinite, one_of
from heraldo.actors.how import How, Rule
from heraldo.actors.kb import FORMER_SECTORS, STATE_SECTORS, TOP_LEVEL_SECTORS
from heraldo.actors.mentions import Match
from heraldo.actors.organisations import organisation
from heraldo.actors.phrase import (
    antecedent,
    covered,
    leader_antecedent,
    modifier_countries,
    modifier_group,
    neighbouring_states,
    phrase_end,
    place_country,
    state_antecedent,
)
from heraldo.actors.spans import (
    ActorSpan,
    Resolution,
    actor_from_entry,
    composed_actor,
)
from heraldo.actors.titles import people_after, title_and_surname
from heraldo.ontology import sectors
from heraldo.resources import fold

#: sectors of roles that act for the group or institution after "de" ("guerrilleros de
#: las FARC", "el portavoz del ejército"); others are its patients ("las víctimas de las
#: FARC", "los rehenes del ELN") and keep their own code
ACTS_FOR_SECTORS = sectors("acts_for")
#: sectors whose nouns name those who oppose the institution after "de" ("los opositores
#: del gobierno"): the phrase is that country's opposition, not the institution
OPPOSING_SECTORS = sectors("opposing")
#: sectors of the roles that title a person named after them ("el presidente Frei"); "dijo
#: a la prensa Gustavo Petro" names no journalist
TITLE_SECTORS = sectors("title")
#: forces that keep their own sector when a seat of power names whose they are
FORCE_SECTORS = sectors("force")


def compose(ctx: Context, match: Match) -> Resolution:
    """The actor of a sector word's phrase (``Resolution(None)``: a modifier, no
    actor: "impulso diplomático", "despliegues militares")."""
    head = ctx.head(match)
    # an adjective with a preposition or an article is a noun the tagger missed ("por
    # paramilitares")
    nominal = any(c.dep_ in ("case", "det") for c in head.children)
    if match.kind == "agent" and not nominal and (head.pos_ == "ADJ" or (
            head.pos_ == "VERB" and match.end - match.start == 1)):
        return Resolution(None)
    sector = match.entry.sectors[0] if match.entry.sectors else ""
    for rule in (former, neighbours, agent_group):
        found = rule(ctx, match, head, sector)
        if found is not None:
            return found
    inner = institution(ctx, match, head, sector)
    if inner is not None and inner.span is not None:
        return inner
    return modified(ctx, match, head, sector, inner.covers if inner else frozenset())


def former(ctx: Context, match: Match, head: Token, sector: str) -> Resolution | None:
    """``agent+former``: "el ex gobernador", a former official, is an elite of no
    institution now; ``agent+former+person``: "el destituido presidente Alberto
    Fujimori", the person."""
    if match.kind != "agent" or sector not in FORMER_SECTORS or match.start == 0 or fold(
            ctx.doc[match.start - 1].text) not in ctx.pack.role_nouns.former:
        return None
    found = modifier_countries(ctx, head)
    matches = found.matches if found else ()
    end = phrase_end(match.end, matches)
    start = ctx.left_edge(head, match.start - 1)
    if not found:
        people = people_after(ctx, head, end, "ELI")
        if people:
            return Resolution(ctx.span(start, end, people, How(Rule.FORMER_PERSON), "person"))
    countries = found.countries if found else [""]
    return Resolution(ctx.span(start, end,
                               [composed_actor(c, "ELI", match.entry.name) for c in countries],
                               How(Rule.FORMER), "agent"), covered(matches))


def neighbours(ctx: Context, match: Match, head: Token, sector: str) -> Resolution | None:
    """``agent+unplaced:neighbours``: "Siria refuerza vínculos con sus vecinos", the
    neighbouring states."""
    if match.kind != "agent" or not one_of(head, ctx.pack.role_nouns.neighbour) or \
            not neighbouring_states(ctx, head):
        return None
    return Resolution(ctx.span(ctx.left_edge(head, match.start), match.end,
                               [composed_actor("", "GOV", match.entry.name)],
                               How(Rule.UNPLACED, ("neighbours",)), match.kind))


def agent_group(ctx: Context, match: Match, head: Token, sector: str) -> Resolution | None:
    """``agent+group``: "guerrilleros de las FARC", "la guerrilla del ELN": the group's
    actor, which is a mention of its own inside the phrase."""
    group = modifier_group(ctx, head) if _acts_for(match, sector) else None
    if group is None:
        return None
    actor = actor_from_entry(group.entry, ctx.date)
    start, end = ctx.left_edge(head, match.start), max(match.end, group.end)
    covers = frozenset({group.start})
    country = group.entry.country
    if sector in OPPOSING_SECTORS:
        # "los opositores del PRI": its country's opposition, not the party
        actor = composed_actor(country, sector, match.entry.name, country)
    elif group.kind == "metonym" and sector in FORCE_SECTORS and \
            group.entry.sectors[:1] != (sector,) and country:
        # "la policía del Capitolio": the seat gives the country, not the sector,
        # and is no mention of its own
        actor = composed_actor(country, sector, actor.name, country)
        return Resolution(ctx.span(start, end, [actor], How(Rule.GROUP), "group"), covers)
    elif "PTY" in group.entry.sectors and country and (
            sector == "LEG" or (sector == "GOV" and fold(head.lemma_)
                                in ctx.pack.role_nouns.institution)):
        # "los gobiernos del PRI": the country's government, led by the party;
        # "los legisladores del MAS": the country's legislators, of the party
        actor = composed_actor(country, sector, actor.name, country)
    named = ctx.span(group.start, group.end, [actor_from_entry(group.entry, ctx.date)],
                     How(Rule.DICTIONARY, (group.kind,)), group.kind)
    return Resolution(ctx.span(start, end, [actor], How(Rule.GROUP), "group",
                               nested=(named,) if named else ()), covers)


def _acts_for(match: Match, sector: str) -> bool:
    return match.kind == "agent" and sector in ACTS_FOR_SECTORS


def institution(ctx: Context, match: Match, head: Token, sector: str) -> Resolution | None:
    """``<inner>+head``: the institution a role belongs to, when it is itself an agent
    phrase ("el portavoz del ejército ruso", "el presidente del Congreso") or an
    organisation whose name says its sector: its actor is the phrase's. A span of
    ``None`` covers the inner phrases that named no actor."""
    if not _acts_for(match, sector):
        return None
    inner = modifier_agent(ctx, head, match)
    if inner.span is None:
        return inner if inner.covers else None
    own = inner.span.actors
    once_led = sector in STATE_SECTORS and one_of(
        head, ctx.pack.role_nouns.institution) and all(a.sectors[:1] == ("ELI",) for a in own)
    if once_led or sector in OPPOSING_SECTORS:
        # "el régimen militar del ex presidente chileno": a government once led by an
        # elite is the country's government, not the elite; "los opositores del
        # presidente venezolano" are the country's opposition
        own = tuple(composed_actor(a.country, sector, match.entry.name, a.country)
                    for a in own)
    # the inner actor is a mention of its own ("efectivos de la Guardia Nacional"),
    # unless it is the government a title belongs to ("presidente del Gobierno")
    span = inner.span
    nested = span.nested if one_of(ctx.doc[span.head], ctx.pack.role_nouns.institution) \
        else (span, *span.nested)
    return Resolution(ctx.span(ctx.left_edge(head, match.start), max(match.end, span.end),
                               own, span.how.headed(), span.kind, nested=nested),
                      inner.covers)


def modifier_agent(ctx: Context, head: Token, outer: Match) -> Resolution:
    """The named organisation or the agent phrase after "de" that a role belongs to
    ("el vocero de la Unión Nacional de Trabajadores", "el portavoz del ejército")."""
    covers: frozenset[int] = frozenset()
    for child in head.children:
        if child.dep_ == "nmod" and case_of_de(ctx.pack, child) and \
                child.text[:1].isupper() and not after_comma(child) and child.i >= outer.end:
            named = organisation(ctx, child, role=True)
            if named is not None and named.span is not None:
                return named
    for child in head.children:
        m = ctx.at.get(child.i)
        if child.dep_ == "nmod" and m is not None and m.kind == "agent" and \
                case_of_de(ctx.pack, child) and not after_comma(child) and \
                m.start not in ctx.taken and m.start not in covers and \
                m.start >= outer.end:
            inner = compose(ctx, m)
            covers |= inner.covers | {m.start}
            if inner.span is not None:
                return Resolution(inner.span, covers)
    return Resolution(None, covers)


@dataclass(frozen=True)
class Phrase:
    """A sector word's phrase with what its modifiers say: the sector (a force's, when
    one modifies it: "un portavoz militar"), the countries and how they were found."""

    match: Match
    head: Token
    start: int
    end: int
    sector: str
    countries: list[str]
    how: How


def modified(ctx: Context, match: Match, head: Token, sector: str,
             covers: frozenset[int]) -> Resolution:
    """A sector word with the countries its modifiers, or a place inside it, name."""
    taken: list[Match] = []
    force = _force(ctx, head)
    if force is not None and match.kind == "agent" and sector not in FORCE_SECTORS:
        # "un portavoz militar", "fuentes policiales": the force speaks
        sector = force.entry.sectors[0]
        taken.append(force)
    found = modifier_countries(ctx, head)
    if not found:  # "la agencia de noticias indonesia": a word inside the phrase
        found = next((f for t in ctx.doc[match.start:match.end] if t.i != head.i
                      for f in [modifier_countries(ctx, t, 1)] if f), None)
    how = found.how if found else How(Rule.AGENT)
    countries = found.countries if found else []
    taken.extend(found.matches if found else ())
    if not countries and sector not in TOP_LEVEL_SECTORS:
        # (a multinational "en Bolivia" works there: it is not Bolivian)
        place = place_country(ctx, head)
        if place:
            countries, how = [place], How(Rule.PLACE)
    phrase = Phrase(match, head, ctx.left_edge(head, match.start),
                    phrase_end(match.end, taken), sector, countries, how)
    covers |= covered(taken)
    for rule in PHRASE_RULES:
        result = rule(ctx, phrase)
        if result is not None:
            return Resolution(result.span, covers | result.covers)
    return Resolution(_placed(ctx, phrase, phrase.sector, how), covers)


def _force(ctx: Context, head: Token) -> Match | None:
    """A force's adjective modifying the phrase ("militar", "policiales")."""
    for child in head.children:
        m = ctx.at.get(child.i)
        if child.dep_ == "amod" and m is not None and m.kind == "agent" and \
                m.entry.sectors[:1] and m.entry.sectors[0] in FORCE_SECTORS:
            return m
    return None


def side(ctx: Context, phrase: Phrase) -> Resolution | None:
    """``side``: "la parte turca", the government of the country; "una parte de la
    población peruana" is a share, no side."""
    if phrase.match.kind != "side":
        return None
    if not phrase.countries or indefinite(phrase.head):
        return Resolution(None)
    return Resolution(_placed(ctx, phrase, "GOV", How(Rule.SIDE)))


def counterpart(ctx: Context, phrase: Phrase) -> Resolution | None:
    """``counterpart``: "su homólogo turco" takes the sector of the previous leader."""
    if phrase.match.kind != "counterpart":
        return None
    leader = ctx.discourse.last_leader
    if not phrase.countries or leader is None:
        return Resolution(None)
    sector = leader.sectors[0] if leader.sectors else "GOV"
    return Resolution(_placed(ctx, phrase, sector, How(Rule.COUNTERPART)))


def unplaced(ctx: Context, phrase: Phrase) -> Resolution | None:
    """``agent+unplaced``: "la prensa internacional", "varios gobiernos": no one
    country, and none for the place to give; "los migrantes desembarcaron en Valencia"
    are not Spanish."""
    head, doc, words = phrase.head, ctx.doc, ctx.pack.place_words.unplaced
    if phrase.countries:
        return None
    following = doc[phrase.end] if phrase.end < len(doc) else None
    several_states = phrase.sector in STATE_SECTORS and "Plur" in head.morph.get(
        "Number", []) and one_of(head, ctx.pack.role_nouns.institution)
    if not (several_states or one_of(head, ctx.pack.role_nouns.foreign)
            or any(c.dep_ == "amod" and fold(c.text) in words for c in head.children)
            or (following is not None and fold(following.text) in words)):
        return None
    return Resolution(ctx.span(phrase.start, phrase.end,
                               [composed_actor("", phrase.sector, phrase.match.entry.name)],
                               How(Rule.UNPLACED), phrase.match.kind))


def titled_person(ctx: Context, phrase: Phrase) -> Resolution | None:
    """``agent+person``: "el presidente Frei" in 1998 is Eduardo Frei."""
    if phrase.countries or phrase.match.kind != "agent" or phrase.sector not in TITLE_SECTORS:
        return None
    person = title_and_surname(ctx, phrase.head, phrase.sector)
    people = (person,) if person is not None else people_after(
        ctx, phrase.head, phrase.end, phrase.sector)
    if not people:
        return None
    return Resolution(ctx.span(phrase.start, phrase.end, people, How(Rule.PERSON), "person"))


def anaphor(ctx: Context, phrase: Phrase) -> Resolution | None:
    """``agent+antecedent``: "Pfizer informó ... explicó la compañía" is Pfizer;
    ``agent+leader``: "Putin visitó Ankara ... El mandatario condenó" is Putin;
    ``agent+state``: "Cuba expulsó ... El régimen acusó" is CUBGOV."""
    if phrase.countries or phrase.match.kind != "agent":
        return None
    named = antecedent(ctx, phrase.head, phrase.sector, phrase.match)
    if named is not None:
        return Resolution(ctx.span(phrase.start, phrase.end, named.actors,
                                   How(Rule.ANTECEDENT), phrase.match.kind))
    leader = leader_antecedent(ctx, phrase.head, phrase.sector, phrase.match)
    if leader is not None:
        return Resolution(ctx.span(phrase.start, phrase.end, leader.actors,
                                   How(Rule.LEADER_ANTECEDENT), phrase.match.kind))
    state = state_antecedent(ctx, phrase.head, phrase.sector, phrase.match)
    if state is not None:
        return Resolution(ctx.span(phrase.start, phrase.end, state,
                                   How(Rule.STATE_ANTECEDENT), phrase.match.kind))
    return None


def _placed(ctx: Context, phrase: Phrase, sector: str, how: How) -> ActorSpan | None:
    """The phrase's sector of each of its countries (of none when it names none)."""
    match = phrase.match
    text = ctx.doc[match.start:phrase.end].text
    actors = [composed_actor(c, sector, text, c) for c in phrase.countries] or [
        composed_actor("", sector, match.entry.name)]
    return ctx.span(phrase.start, phrase.end, actors, how, match.kind)


#: the rules of a modified phrase, in order; a phrase none applies to is its sector of
#: its countries (``agent+demonym``, ``agent+de``, ``agent+place``, ``agent``)
PHRASE_RULES: tuple[Callable[[Context, Phrase], Resolution | None], ...] = (
    side, counterpart, unplaced, titled_person, anaphor)
