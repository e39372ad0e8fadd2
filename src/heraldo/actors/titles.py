"""Known people under the titles the text gives them: "el expresidente Carlos Salinas",
"el presidente Frei", "la ministra de Trabajo, Yolanda Díaz"; and the titles kept as
evidence of an undated text's era."""

from __future__ import annotations

import re

from spacy.tokens import Token

from heraldo.actors.context import Context
from heraldo.actors.era import Title
from heraldo.actors.how import How, Rule
from heraldo.actors.kb import Entry, Role
from heraldo.actors.mentions import Match
from heraldo.actors.names import alias_inner_names
from heraldo.actors.spans import ActorSpan, actor_from_entry, composed_actor
from heraldo.model import Actor
from heraldo.resources import fold

#: the sector of unroled individuals ("un hombre", "los ciudadanos"): no title
CATCH_ALL = "CVL"
#: a regnal number ("Felipe VI"), no surname
ROMAN = re.compile(r"[IVXL]+")


def surname(ctx: Context, span: ActorSpan) -> str | None:
    """The folded last word of a person's span, a later bare mention of them; none for
    a regnal number ("Felipe VI" makes no "VI")."""
    last = ctx.doc[span.end - 1].text
    return None if ROMAN.fullmatch(last) else fold(last)


def alias_person(ctx: Context, span: ActorSpan, entry: Entry) -> None:
    """A later mention, by surname or full name, is the person as the text titled
    them."""
    ctx.discourse.title_person(entry.kb_id, surname(ctx, span), span.actors)
    alias_inner_names(ctx, span.start, span.end, span.actors)


def title_of(ctx: Context, head: Token) -> ActorSpan | None:
    """The title phrase before a person's name: its head ("el presidente de Perú,
    Alan García") or a modifier of the name ("el expresidente Carlos Salinas")."""
    by_head = ctx.discourse.by_head
    if head.dep_ in ("appos", "flat") and head.head.i in by_head:
        return by_head[head.head.i]
    return next((by_head[c.i] for c in head.children if c.i < head.i
                 and c.dep_ in ("amod", "nmod", "compound", "appos")
                 and c.i in by_head), None)


def titled(ctx: Context, entry: Entry, role: Role | None, title: tuple[Actor, ...],
           head: Token) -> tuple[tuple[Actor, ...], How] | None:
    """The code a title the text gives a known person says they hold, when it overrides
    the dictionary's role: a former office ("el expresidente Carlos Salinas") on any
    date; an office the dictionary does not list for the date ("el secretario de
    Hacienda de México, Luis Videgaray" in 2016; "la ministra de Trabajo, Yolanda Díaz"
    before her first office in the dictionary); and, in an undated article, whatever
    the title says ("el candidato presidencial Andrés Manuel López Obrador"), since the
    dictionary's latest role may postdate the text. An office of the kind the person
    held, all of whose offices have ended by the date, is history: "el dictador rumano
    Ceausescu" in 2019 is an elite."""
    if len(title) != 1 or title[0].kind not in ("state", "group") or \
            title[0].sectors == (CATCH_ALL,):
        # "Donald Trump, el hombre que ...": a man, a citizen, is no office
        return None
    actor = title[0]
    sector = actor.sectors[0] if actor.sectors else ""
    if not sector or actor.country not in ("", entry.country):
        return None
    if sector == "ELI":
        _dates(ctx, entry, "ELI", head)
        return (composed_actor(entry.country, "ELI", entry.name, entry.kb_id),), \
            How(Rule.TITLE)
    if role is None and actor.kind == "state":
        if _history(ctx, entry, sector):
            return None
        found = _before_office(ctx, entry, sector, title)
        if found is not None:
            return found
    return _undated(ctx, entry, sector, head)


def _history(ctx: Context, entry: Entry, sector: str) -> bool:
    """"el dictador rumano Ceausescu" in 2019: an office of the kind the person held, all
    of whose offices the dictionary says ended by the date, is named as history; the
    person is an elite now."""
    date = ctx.date
    if not date:
        return False
    return sector in {r.sector for r in entry.roles} and all(
        r.end and r.end <= date for r in entry.roles)


def _before_office(ctx: Context, entry: Entry, sector: str,
                   title: tuple[Actor, ...]) -> tuple[tuple[Actor, ...], How] | None:
    """A state title for a person the dictionary says holds no office on the date."""
    if title[0].country:
        return title, How(Rule.APPOSITION)
    if ctx.date and ctx.date < entry.roles[0].start:
        # "la ministra de Trabajo, Yolanda Díaz" in 2021, before the first office
        # the dictionary lists: her career before it; but after the last one, "el
        # presidente Kennedy" is a historical reference, not an office held now
        return (composed_actor(entry.country, sector, entry.name, entry.kb_id),), \
            How(Rule.TITLE)
    return None


def _undated(ctx: Context, entry: Entry, sector: str,
             head: Token) -> tuple[tuple[Actor, ...], How] | None:
    """In an undated (or era-dated) text, the title says the office."""
    if not ctx.date or ctx.estimated:
        _dates(ctx, entry, sector, head)
        return (composed_actor(entry.country, sector, entry.name, entry.kb_id),), \
            How(Rule.TITLE)
    return None


def _dates(ctx: Context, entry: Entry, sector: str, head: Token) -> None:
    """Keep a title as evidence of an undated text's era, unless it speaks of another
    time than the text's ("el entonces ministro", "el presidente electo")."""
    then = ctx.pack.role_nouns.then
    if not any(fold(t.text) in then for t in (head, *head.children)):
        ctx.discourse.titles.append(Title(entry, sector))


def person_titled(ctx: Context, m: Match, sector: str, head: Token) -> Actor:
    """A known person under a title of ``sector`` (headed by ``head``): their role on
    the date, unless the title overrides it (``titled``)."""
    found = titled(ctx, m.entry, m.entry.role_on(ctx.date),
                   (composed_actor("", sector, ""),), head)
    return found[0][0] if found else actor_from_entry(m.entry, ctx.date)


def title_and_surname(ctx: Context, head: Token, sector: str) -> Actor | None:
    """A title followed by a surname ("el presidente Frei", "el canciller Lavrov") is
    the one person of the knowledge base with that surname who held a role of the
    title's sector on the article's date (at any time, when undated)."""
    for child in head.children:
        if child.dep_ not in ("flat", "appos", "compound") or child.pos_ != "PROPN" or \
                child.i < head.i:
            continue
        m = ctx.at.get(child.i)
        if m is not None and m.kind == "person":  # "el canciller Lavrov"
            return person_titled(ctx, m, sector, head)
        if m is not None:
            continue
        name = [child, *[c for c in child.children if c.dep_ == "flat"]]
        if len(name) > 1:
            continue  # a full name the dictionary does not know is someone else's
            # ("el ex gobernador Mario Marín" is not Sanna Marin)
        people = ctx.kb.people_named(child.text, sector, ctx.date)
        if len(people) == 1:  # the surname is a mention of its own, by coreference
            person = actor_from_entry(people[0], ctx.date)
            ctx.discourse.alias(fold(child.text), (person,))
            return person
    return None


def people_after(ctx: Context, head: Token, end: int, sector: str) -> tuple[Actor, ...]:
    """The known people named right after a title, which the parser may have hung
    elsewhere ("los presidentes George W. Bush y Barack Obama", with "George" the
    subject of the clause): one after a singular title, a list after a plural one."""
    doc = ctx.doc
    people: list[Actor] = []
    plural = "Plur" in head.morph.get("Number", [])
    i = end
    while i < len(doc):
        m = ctx.at.get(i)
        if m is None or m.kind != "person" or m.start != i:
            break
        people.append(person_titled(ctx, m, sector, head))
        i = m.end
        if not plural or i >= len(doc) or not ctx.list_word(doc[i]):
            break
        i += 1
    return tuple(people)
