"""Resolution: from knowledge-base matches and the parse to actors, with the reason.

Each match goes through ordered, named rules (``MATCH_RULES``); the first that applies
returns its ``Resolution``, and the rule's name is the mention's ``how``:
- ``dictionary:<kind>``: a name in the knowledge base (people by their role on the date);
- ``agent+demonym``/``agent+de``/``agent+place``...: a sector word composed with the
  country of its modifier (``heraldo.actors.compose``);
- ``context:apposition``: a name beside a resolved noun phrase ("el presidente ruso,
  Vladímir Putin"); ``coreference:name``: a later bare "Putin" (``heraldo.actors.names``);
- ``context:title``/``coreference:title``: a known person under a title the text gives
  them (``heraldo.actors.titles``);
- ``counterpart``: "su homólogo turco" takes the sector of the previous leader;
- ``side``: "la parte turca"; ``both``: "ambas partes" takes the previous pair;
- ``person+demonym``: a name the knowledge base lacks beside a noun with a demonym ("el
  escritor colombiano Gabriel García Márquez") (``heraldo.actors.described``).
What the document has said so far is its ``Discourse``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from heraldo.actors.compose import compose
from heraldo.actors.context import Context
from heraldo.actors.described import described_elsewhere, described_person
from heraldo.actors.discourse import Discourse
from heraldo.actors.era import era
from heraldo.actors.how import How, Rule
from heraldo.actors.kb import KnowledgeBase
from heraldo.actors.mentions import Match, match_kb
from heraldo.actors.names import alias_inner_names, coreferences, names_beside
from heraldo.actors.organisations import organisation, organisation_heads
from heraldo.actors.phrase import covered, modifier_countries, phrase_end
from heraldo.actors.spans import (
    NOUN_KINDS,
    PLACE_KINDS,
    ActorSpan,
    Resolution,
    actor_from_entry,
    composed_actor,
    person_how,
)
from heraldo.actors.titles import alias_person, surname, title_of, titled
from heraldo.lang import LanguagePack
from heraldo.nlp.places import in_a_name
from heraldo.resources import fold


class Resolver:
    """Resolves the actor mentions of documents in one language."""

    def __init__(self, pack: LanguagePack, kb: KnowledgeBase) -> None:
        """A resolver with the language pack ``pack`` and the knowledge base ``kb``."""
        self.pack = pack
        self.kb = kb

    def resolve(self, doc: Doc, date: str | None) -> list[ActorSpan]:
        """The document's actor spans as of ``date``; an undated document is read as of
        the era its known people give it (``era``), when they give one."""
        matches = match_kb(doc, self.kb)
        undated = self._run(doc, matches, date, estimated=False)
        spans = sorted(undated.spans, key=lambda s: s.start)
        if date:
            return spans
        people = [*(s.entry for s in spans if s.entry is not None),
                  *(t.entry for t in undated.titles)]
        estimate = era(undated.titles, people)
        if estimate is None:
            return spans
        return sorted(self._run(doc, matches, estimate, estimated=True).spans,
                      key=lambda s: s.start)

    def _run(self, doc: Doc, matches: list[Match], date: str | None,
             estimated: bool) -> Discourse:
        """The discourse of one reading of ``doc``: every match through the rules."""
        taken: set[int] = set()  # match starts (and name tokens) phrases covered
        ctx = Context(self.pack, doc, self.kb, date, estimated,
                      {i: m for m in matches for i in range(m.start, m.end)}, Discourse(),
                      taken)
        items: list[Match | int] = [*matches, *organisation_heads(ctx)]
        # the matches and the organisation nouns, in the order of the text
        for item in sorted(items, key=lambda x: (x, 0) if isinstance(x, int) else (x.start, 1)):
            if isinstance(item, int):
                result = _named(ctx, item, taken)
                if result is None:
                    continue
            elif item.start in taken:
                continue
            else:
                result = resolve_match(ctx, item)
            taken |= result.covers
            if result.span is not None:
                taken |= _add(ctx, result.span)
        covered = taken | {i for s in ctx.discourse.spans for i in range(s.start, s.end)}
        for span in described_elsewhere(ctx, covered):
            taken |= _add(ctx, span)
        coreferences(ctx)
        return ctx.discourse


def resolve_match(ctx: Context, match: Match) -> Resolution:
    """The first rule's resolution of ``match``; ``dictionary`` when none applies."""
    for rule in MATCH_RULES:
        result = rule(ctx, match)
        if result is not None:
            return result
    return dictionary(ctx, match)


def _named(ctx: Context, head: int, taken: set[int]) -> Resolution | None:
    """The organisation a name headed by token ``head`` names, unless a phrase found
    before covers it (``heraldo.actors.organisations``)."""
    if head in taken or any(s.start <= head < s.end for s in ctx.discourse.spans):
        return None
    return organisation(ctx, ctx.doc[head])


def _add(ctx: Context, span: ActorSpan) -> set[int]:
    """Record ``span`` in the discourse; the tokens of the names found beside it."""
    discourse, doc = ctx.discourse, ctx.doc
    discourse.add(span)
    head = doc[span.head]
    if head.dep_ == "conj" and head.head.i in discourse.by_head:
        first = discourse.by_head[head.head.i]
        discourse.group([a for s in (first, *[discourse.by_head[c.i] for c in head.head.children
                                             if c.dep_ == "conj" and c.i in discourse.by_head])
                         for a in s.actors])
    name = surname(ctx, span)
    if span.kind == "person" and span.how.rule == Rule.DICTIONARY and name is not None:
        # "Pablo Iglesias ... Iglesias": a later bare surname is the same person
        discourse.name_person(name, span.actors)
        alias_inner_names(ctx, span.start, span.end, span.actors)
    person = discourse.by_head.get(head.head.i) if head.dep_ == "appos" else None
    if person is not None and person.kind == "person" and person.entry is not None:
        # "Carlos Salinas, expresidente de México": the title after the name
        found = titled(ctx, person.entry, person.entry.role_on(ctx.date), span.actors, head)
        if found is not None:
            retitled = replace(person, actors=found[0], how=found[1], entry=None)
            discourse.replace(person, retitled)
            alias_person(ctx, retitled, person.entry)
    names = names_beside(ctx, span)
    for named in names:
        discourse.add_name(named)
    return {i for named in names for i in range(named.start, named.end)}


# -- the rules of a match, in order ----------------------------------------------------
def noun_phrase(ctx: Context, match: Match) -> Resolution | None:
    """A sector word, a side or a counterpart: its phrase (``heraldo.actors.compose``)."""
    return compose(ctx, match) if match.kind in NOUN_KINDS else None


def both(ctx: Context, match: Match) -> Resolution | None:
    """``both``: "ambas partes" takes the previous pair, in the phrase's sector."""
    if match.kind != "both":
        return None
    sector = match.entry.sectors[0] if match.entry.sectors else ""
    pair = [composed_actor(a.country, sector, a.name, a.kb_id)
            if sector and a.country and a.kind == "state" else a
            for a in ctx.discourse.previous_pair()]
    return Resolution(ctx.span(match.start, match.end, pair, How(Rule.BOTH), match.kind))


def demonym_noun(ctx: Context, match: Match) -> Resolution | None:
    """``demonym-noun``: "los colombianos", "los iraquíes votaron", the country's
    people; not a name ("el barrio El Chino") nor a language ("habla chino")."""
    if match.kind != "demonym":
        return None
    token = ctx.doc[match.start]
    plural = _plural(ctx, token)
    if token.text[:1].isupper() and not token.is_sent_start and not plural:
        return Resolution(None)  # "el barrio El Chino", alias "el Chino": a name, not a people
    determined = any(c.dep_ == "det" for c in token.children)
    if not determined and not plural:
        return Resolution(None)  # "habla chino", "en español": a language
    nominal = token.pos_ in ("NOUN", "PROPN") or determined or any(
        c.dep_ == "case" for c in token.children)
    if not nominal or token.dep_ == "amod":
        return Resolution(None)
    actor = composed_actor(match.entry.country, "CVL", match.entry.name, match.entry.kb_id)
    return Resolution(ctx.span(match.start, match.end, [actor], How(Rule.DEMONYM_NOUN), "demonym"))


def _plural(ctx: Context, token: Token) -> bool:
    """A plural demonym, by the tagger or by its singular in the dictionary
    ("Iraquíes votan": "iraquí")."""
    if "Plur" in token.morph.get("Number", []):
        return True
    word = fold(token.text)
    return any(any(e.kind == "demonym" for e in ctx.kb.entries((singular,)))
               for singular in ctx.pack.morphology.singulars(word))


def foreign_metonym(ctx: Context, match: Match) -> Resolution | None:
    """``agent+demonym``/``agent+de``: "el Ejército Nacional Afgano", a generic name with
    another country's demonym, is that country's sector. A modifier of the name's own
    country is covered by the name."""
    if match.kind != "metonym" or not match.entry.sectors:
        return None
    found = modifier_countries(ctx, ctx.head(match))
    if not found:
        return None
    if match.entry.country in found.countries:
        return Resolution(_dictionary_span(ctx, match), covered(found.matches))
    end = phrase_end(match.end, found.matches)
    actors = [composed_actor(c, match.entry.sectors[0], ctx.doc[match.start:end].text, c)
              for c in found.countries]
    return Resolution(ctx.span(match.start, end, actors, found.how, "agent"),
                      covered(found.matches))


def other_person(ctx: Context, match: Match) -> Resolution | None:
    """No one: "Pedro Arturo López Obrador" is not Andrés Manuel; "el Hospital Carlos
    III", "la avenida Simón Bolívar" are names."""
    if match.kind != "person" or not (_other_given_names(ctx, match) or _eponym(ctx, match)):
        return None
    return Resolution(None)


def place_in_a_name(ctx: Context, match: Match) -> Resolution | None:
    """No one: a place that is part of a longer proper name ("el futbolista del Real
    Madrid", "la favela Nova Brasilia", "Juan Lima") is that name's word, not the place's
    government: the rule by which the places of ``heraldo.nlp.places`` are no place
    there either."""
    if match.kind in PLACE_KINDS and in_a_name(ctx.doc, match.start, match.end):
        return Resolution(None)
    return None


def _eponym(ctx: Context, match: Match) -> bool:
    """Whether a person's name names a place or an institution after them: after a
    noun such as "hospital" ("la avenida Simón Bolívar"), or before a noun in capitals
    ("the John F. Kennedy Center")."""
    doc, words = ctx.doc, ctx.pack.role_nouns
    before = doc[match.start - 1] if match.start > 0 else None
    after = doc[match.end] if match.end < len(doc) else None
    return (before is not None and fold(before.text) in words.eponym_before) or (
        after is not None and after.text[:1].isupper()
        and fold(after.text) in words.eponym_after)


def _other_given_names(ctx: Context, match: Match) -> bool:
    """Whether capitalised name words the dictionary's name does not include come
    right before a person's name, in the same name ("Pedro Arturo López Obrador")."""
    if match.start == 0:
        return False
    before, first = ctx.doc[match.start - 1], ctx.doc[match.start]
    joined = first.head == before or before.head == first or (
        first.dep_ == "flat" and first.head.i < match.start)
    if not (joined and before.pos_ == "PROPN" and before.text[:1].isupper()
            and before.i not in ctx.at):
        return False
    # a spelling of one of the dictionary's own name words is the same person
    # ("Mohamad Jatami" for "Mohamed Jatamí")
    known = {fold(w)[:3] for w in match.entry.name.split()}
    return fold(before.text)[:3] not in known


def titled_person(ctx: Context, match: Match) -> Resolution | None:
    """``context:title``/``context:apposition``: a known person under a title that
    overrides the dictionary's role ("el expresidente Carlos Salinas");
    ``coreference:title``: a later mention of them ("López Obrador dijo")."""
    if match.kind != "person":
        return None
    role = match.entry.role_on(ctx.date)
    title = title_of(ctx, ctx.head(match))
    found = titled(ctx, match.entry, role, title.actors, ctx.doc[title.head]) \
        if title else None
    if found is None and match.entry.kb_id in ctx.discourse.titled:
        # "el candidato presidencial López Obrador ... López Obrador dijo"
        found = ctx.discourse.titled[match.entry.kb_id], How(Rule.TITLE_REFERENCE)
    if found is None:
        return None
    span = ctx.span(match.start, match.end, found[0], found[1], match.kind)
    if span is not None:
        alias_person(ctx, span, match.entry)
    return Resolution(span)


def dictionary(ctx: Context, match: Match) -> Resolution:
    """``dictionary:<kind>``: the knowledge base's actor (a person's role on the date:
    ``dictionary:person:<role>``, ``@era:<date>`` when the date is an era)."""
    return Resolution(_dictionary_span(ctx, match))


def _dictionary_span(ctx: Context, match: Match) -> ActorSpan | None:
    kind = match.kind
    how = How(Rule.DICTIONARY, (kind,))
    if kind == "person":
        how = person_how(match.entry, ctx.date, f"era:{ctx.date}" if ctx.estimated else "")
    return ctx.span(match.start, match.end, [actor_from_entry(match.entry, ctx.date)], how,
                    kind, match.entry if kind == "person" else None)


#: the rules of a match, in order: the first that applies resolves it, else ``dictionary``
MATCH_RULES: tuple[Callable[[Context, Match], Resolution | None], ...] = (
    noun_phrase, both, described_person, demonym_noun, foreign_metonym, other_person,
    place_in_a_name, titled_person)
