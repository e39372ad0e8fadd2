"""What a document has said so far, as resolution reads it: the spans found, the names
it gave people ("Pablo Iglesias ... Iglesias"), the titles it gave them, the last group
and the last leader it named ("ambas partes", "su homólogo turco").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from heraldo.actors.era import Title
from heraldo.actors.spans import ActorSpan
from heraldo.model import Actor


@dataclass
class Discourse:
    """The discourse state of one document's resolution."""

    spans: list[ActorSpan] = field(default_factory=list)
    by_head: dict[int, ActorSpan] = field(default_factory=dict)
    #: folded names (a surname, a full name) that refer back to actors
    aliases: dict[str, tuple[Actor, ...]] = field(default_factory=dict)
    #: the kind of span each alias makes (a person's name, an organisation's acronym)
    alias_kinds: dict[str, str] = field(default_factory=dict)
    #: organisations the knowledge base does not hold, by their folded head noun ("la
    #: Comisión" after "la Comisión de Libre Competencia")
    organisations: dict[str, tuple[Actor, ...]] = field(default_factory=dict)
    #: aliases that are inner words of a person's full name ("Duarte" of "Javier Duarte
    #: de Ochoa"), which inside another name are not them
    inner_names: set[str] = field(default_factory=set)
    #: surnames of people the dictionary or a title resolved
    people_seen: set[str] = field(default_factory=set)
    #: people (by knowledge-base id) as the text titled them
    titled: dict[str, tuple[Actor, ...]] = field(default_factory=dict)
    #: known people as the text titles them: evidence of an undated text's era
    titles: list[Title] = field(default_factory=list)
    last_group: tuple[Actor, ...] = ()
    last_leader: Actor | None = None

    def add(self, span: ActorSpan) -> None:
        """A span found: the last leader is its last person or government."""
        self.spans.append(span)
        self.by_head[span.head] = span
        for actor in span.actors:
            if actor.kind == "person" or (actor.sectors and actor.sectors[0] == "GOV"):
                self.last_leader = actor

    def add_name(self, span: ActorSpan) -> None:
        """A name found beside a phrase or by coreference: a span heading nothing."""
        self.spans.append(span)

    def replace(self, old: ActorSpan, new: ActorSpan) -> None:
        """Put ``new`` in the place of ``old`` (a span grown or recoded)."""
        self.spans[self.spans.index(old)] = new
        self.by_head[new.head] = new

    def remove(self, span: ActorSpan) -> None:
        """Forget a span (it stands for no actor)."""
        self.spans.remove(span)

    def group(self, actors: list[Actor]) -> None:
        """A coordination of actors ("Rusia y Ucrania"), which "ambas partes" refers to."""
        self.last_group = tuple(dict.fromkeys(actors))

    def name_person(self, surname: str, actors: tuple[Actor, ...]) -> None:
        """A person named in full: a later bare surname is them, unless the surname
        already names someone."""
        self.aliases.setdefault(surname, actors)
        self.people_seen.add(surname)

    def title_person(self, kb_id: str, surname: str | None, actors: tuple[Actor, ...]) -> None:
        """A known person as a title makes them: later mentions, by name or by surname
        (``None``: a regnal number, no surname), are them as titled."""
        self.titled[kb_id] = actors
        if surname is None:
            return
        self.aliases[surname] = actors
        self.alias_kinds[surname] = "person"
        self.people_seen.add(surname)

    def alias(self, name: str, actors: tuple[Actor, ...], kind: str = "person") -> None:
        """A name that refers back to ``actors`` ("el presidente ruso, Vladímir Putin"),
        of ``kind`` (an organisation's acronym: "agent")."""
        self.aliases[name] = actors
        self.alias_kinds[name] = kind

    def previous_pair(self) -> tuple[Actor, ...]:
        """The two sides "ambas partes" refers to: the last coordination of two or more,
        else the last two actors of different codes with a country."""
        if len(self.last_group) >= 2:
            return self.last_group
        recent: list[Actor] = []
        for span in reversed(self.spans):
            for actor in span.actors:
                if actor.country and actor.code not in {a.code for a in recent}:
                    recent.append(actor)
            if len(recent) >= 2:
                return tuple(reversed(recent[:2]))
        return ()
