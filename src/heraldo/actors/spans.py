"""Actor spans: the tokens of a document that refer to actors, and how they were found.

A rule of resolution (``heraldo.actors.resolve``) returns a ``Resolution``: the span it
found, or none, and the knowledge-base matches its phrase covers, which no later rule
reads again ("el presidente ruso": "ruso" is no mention of its own).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from heraldo.actors.how import How, Rule
from heraldo.actors.kb import STATE_SECTORS, Entry, sector_code
from heraldo.model import Actor, Mention
from heraldo.nlp.text import original

PLACE_KINDS = frozenset({"country", "capital", "region"})
NOUN_KINDS = frozenset({"agent", "side", "counterpart"})


@dataclass(frozen=True)
class ActorSpan:
    """Tokens ``start``..``end`` refer to ``actors`` (several for "ambas partes")."""

    start: int
    end: int
    head: int
    actors: tuple[Actor, ...]
    how: How
    kind: str
    sentence: int
    entry: Entry | None = None  # the person entry, to re-date the role to an event's date
    #: the actors named inside the phrase ("el secretario general del Partido Popular"
    #: holds "Partido Popular"): mentions of their own, but no arguments of the phrase's
    #: events; the institution of a role ("presidente del Gobierno") is no such name
    nested: tuple[ActorSpan, ...] = ()

    def mentions(self, doc: Doc, date: str | None = None) -> list[Mention]:
        """The mentions of this span; a person's code as of ``date`` when given (the
        role held on the event's date, not on the publication date)."""
        span = doc[self.start:self.end]
        actors = self.actors
        how = self.how
        if date and self.entry is not None and self.entry.roles:
            actors = (actor_from_entry(self.entry, date),)
            how = person_how(self.entry, date, date)
        text = original(doc, span.start_char, span.end_char)
        return [Mention(actor, text, span.start_char, span.end_char, self.sentence, str(how))
                for actor in actors]


@dataclass(frozen=True)
class Resolution:
    """What a rule found for a phrase: its span (``None``: the phrase names no actor)
    and the starts of the knowledge-base matches the phrase covers."""

    span: ActorSpan | None
    covers: frozenset[int] = frozenset()


def person_how(entry: Entry, date: str | None, when: str = "") -> How:
    """``dictionary:person:<role>``: a known person by their role on ``date``
    (``out-of-office``: none), read on ``when`` when that is not the article's date."""
    role = entry.role_on(date)
    return How(Rule.DICTIONARY, ("person", role.role if role else "out-of-office"), when)


def actor_from_entry(entry: Entry, date: str | None) -> Actor:
    """The actor a knowledge-base entry stands for on ``date``: a person as the role held then
    (an elite out of office), others with the code and sectors of that date."""
    code = entry.code_on(date)
    country, sectors, org = entry.country, entry.sectors_on(date), entry.org
    if entry.kind == "person":  # the role held on the date, or an elite out of office
        role = entry.role_on(date)
        country, sectors, org = (role.country, (role.sector,), role.org) if role else (
            entry.country, ("ELI",), "")
    kind = {"person": "person", "organisation": "organisation", "group": "group"}.get(
        entry.kind, "state")
    return Actor(code, country, tuple(sectors), org, entry.name, kind,  # type: ignore[arg-type]
                 entry.kb_id)


def composed_actor(country: str, sector: str, name: str, kb_id: str = "") -> Actor:
    """An actor composed of a country and a role ("el gobierno ruso"), a group unless the role is
    a state's."""
    kind = "state" if sector in STATE_SECTORS or not sector else "group"
    sectors = (sector,) if sector else ()
    return Actor(sector_code(country, sector), country, sectors, "", name, kind,  # type: ignore[arg-type]
                 kb_id)
