"""Where an event happened, and the nationality that place gives to anonymous actors.

The place of an event is a gazetteer match inside a locative argument of its clause ("se
reúnan en Moscú", "en el este de Ucrania", "a las afueras de Cocorná"). An actor whose
nationality the text never states ("los paramilitares", "la policía") takes the country
of the event's place, or of the places its sentence names when they agree on one country
(reports often end with the place: "..., CAUCA, TIMBÍO"). An actor however deep in a
relative clause of place takes that place ("Argentina, país donde ... el gobierno"); a
continent or the whole world as the place gives no country ("en toda Europa", "murieron
en todo el mundo").
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from heraldo.actors.acting import is_motion
from heraldo.actors.spans import ActorSpan
from heraldo.actors.standing import LOCALISED_SECTORS, localise_mention, specific
from heraldo.coding.arguments import case_of
from heraldo.coding.context import clause_of
from heraldo.lang import LanguagePack, Role
from heraldo.model import Mention, Place
from heraldo.nlp.places import PlaceMatch
from heraldo.nlp.text import sentence_index
from heraldo.resources import fold

#: the roles of a locative argument ("en Tibú", "cerca de Cúcuta", "a las afueras de")
LOCATIVE = frozenset({Role.LOCATIVE, Role.PROXIMITY, Role.ORIGIN, Role.ADJACENCY, Role.FACING,
                      Role.EXTERIOR, Role.OUTSKIRTS, Role.INTERIOR})
SEARCH_DEPTH = 3
#: the roles that make the world a place ("en todo el mundo", "del mundo", "por todo el
#: mundo": the Spanish "por" is the agent's marker too)
WORLD_CASES = frozenset({Role.LOCATIVE, Role.GENITIVE, Role.AGENT})
#: the roles of a destination after a motion word ("los vuelos a Miami")
DESTINATION = frozenset({Role.RECIPIENT, Role.DIRECTION, Role.TERMINUS})
#: how much more a curated place (country, region, conflict town) counts than a city from
#: the world list when a sentence's places disagree
CURATED_WEIGHT = 3
#: a world-list city smaller than this places an event but gives no nationality, neither
#: as the event's own place nor in its sentence's vote: small towns share their names
#: across countries and with words ("Puerto Escondido", "Palo", "la Infantería de Marina");
#: a chain of places ("CAUCA, TIMBÍO") resolves them instead
NATIONALITY_MIN_POPULATION = 100_000


class Places:
    """The place matches of a document, by token."""

    def __init__(self, pack: LanguagePack, doc: Doc, matches: list[PlaceMatch],
                 article_country: str = "",
                 datelines: list[tuple[int, str]] | None = None,
                 nationals: list[tuple[int, str, frozenset[str]]] | None = None,
                 acting: frozenset[int] = frozenset()) -> None:
        """Index the place matches of ``doc``, with the article's country, its datelines, the
        nationals it names and the tokens that act (no place)."""
        self.pack = pack
        self.doc = doc
        #: tokens of the place names that act as actors ("con el apoyo de Francia"): the
        #: sentence's anonymous actors are not theirs
        self.acting = acting
        self.article_country = article_country
        self.datelines = datelines or []
        #: (token, country, sectors) of the actors that say whose anonymous actors of those
        #: sectors a sentence is about ("la prensa colombiana" for "los medios")
        self.nationals = nationals or []
        self.at: dict[int, PlaceMatch] = {i: m for m in matches for i in range(m.start, m.end)}
        self.matches = matches
        self.by_offsets: dict[tuple[int | None, int | None], PlaceMatch] = {
            (doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])): m for m in matches}
        self.qualifiers = self._qualifiers()
        #: the country of each (sentence, sector), worked out once
        self._countries: dict[tuple[int, str], str] = {}
        #: whether the world is the place of each token's phrase or clause, worked out once
        self._world: dict[int, bool] = {}

    def _qualifiers(self) -> frozenset[int]:
        """The first tokens of the country names that only say where the place before
        them is ("Bogotá, Colombia", "Monterrey, México"): locations, not actors."""
        by_end = {m.end: m for m in self.matches}
        found = set()
        for m in self.matches:
            before = by_end.get(m.start - 1) if m.start > 1 else None
            if m.entry.kind == "country" and before is not None and \
                    self.doc[m.start - 1].text == "," and before.entry.kind != "country" \
                    and before.entry.country == m.entry.country:
                found.add(m.start)
        return frozenset(found)

    def _in(self, token: Token, depth: int) -> PlaceMatch | None:
        if token.i in self.at:
            return self.at[token.i]
        if depth == 0:
            return None
        for child in token.children:
            if child.dep_ in ("nmod", "appos", "flat", "amod", "conj", "compound"):
                found = self._in(child, depth - 1)
                if found:
                    return found
        return None

    def _locative(self, pred: Token) -> PlaceMatch | None:
        if self._of_place(pred):
            # "Argentina, país donde la policía utilizó gases", "Tibú, donde la guerrilla
            # atacó": a relative clause of place happens at the noun it hangs on
            noun = pred.head.head if pred.head.dep_ == "appos" else pred.head
            found = self._in(noun, 0) or self._in(pred.head, 0)
            if found:
                return found
        # the parser often hangs "en X" on the object ("atacó una patrulla en Tibú")
        nearby = [*pred.children, *[g for c in pred.children if c.dep_ in ("obj", "obl")
                                    for g in c.children]]
        for child in nearby:
            if child.dep_ in ("obl", "nmod", "advmod", "obl:arg") and (
                    case_of(self.pack, child) in LOCATIVE or child.dep_ == "advmod"):
                found = self._in(child, SEARCH_DEPTH)
                # "el hospedaje en Key Biscayne" conjoined to "los vuelos a Miami": a place
                # someone goes to is not where the clause happens
                if found and not self._destination(found):
                    return found
        return None

    def of_event(self, trigger: Token) -> Place | None:
        """The place in the event's own clause (or noun phrase), if any."""
        for pred in dict.fromkeys((trigger, clause_of(trigger))):
            found = self._locative(pred)
            if found:
                return found.place(self.doc)
        return None

    def around(self, token: Token) -> Place | None:
        """The place of the relative clause of place ``token`` stands in, however deep
        ("Argentina, país donde la policía reprimió a trabajadores que protestaban contra
        medidas dictadas por el gobierno": Argentina's government)."""
        for up in token.ancestors:
            if self._of_place(up):
                found = self._locative(up)
                return found.place(self.doc) if found else None
        return None

    def country_for(self, token: Token, where: Place | None,
                    sector: str = "") -> tuple[str, str]:
        """The country anonymous actors of an event at ``token`` (of ``sector``, when one
        actor is meant) take, and why: the event's place, else the one country its
        sentence's places (and its nationals of that sector) agree on, else the
        article's."""
        if (where is not None and self._continent(where)) or (
                where is None and sector not in LOCALISED_SECTORS and self._worldwide(token)):
            # "en toda Europa, unas 3.000 personas trabajan", "murieron en todo el mundo": no
            # one country (but "el ejército más poderoso del mundo" is a description)
            return "", "place"
        sentence = self.sentence_country(token, sector)
        if where is not None and where.country and not self._small_city(where):
            # a world-list city outvoted by the sentence's curated places is a homonym
            if not (sentence and sentence != where.country and self._is_city(where)):
                return where.country, "place"
        if sentence:
            return sentence, "sentence-place"
        before = [country for start, country in self.datelines if start <= token.i]
        if before:  # the item's own dateline, in a digest of several
            return before[-1], "dateline"
        return self.article_country, "article-country"

    def _match(self, where: Place) -> PlaceMatch | None:
        return self.by_offsets.get((where.start, where.end))

    def _is_city(self, where: Place) -> bool:
        match = self._match(where)
        return match is not None and match.entry.kind == "city"

    def _worldwide(self, token: Token) -> bool:
        """Whether the world is the place of ``token``'s phrase or clause ("la población
        del mundo", "murieron en todo el mundo", "infectados en el mundo"); once a token."""
        if token.i not in self._world:
            self._world[token.i] = self._world_around(token)
        return self._world[token.i]

    def _world_around(self, token: Token) -> bool:
        world = self.pack.place_words.world
        for node in (token, *token.ancestors):
            near = [*node.children, *(g for c in node.children
                                      if c.dep_ in self.pack.deps.adnominal
                                      for g in c.children)]
            # above the actor's own phrase only a locative counts: "el segundo país del
            # mundo con más víctimas" ranks a country, its victims are still its own
            cases = WORLD_CASES if node is token else WORLD_CASES - {Role.GENITIVE}
            if any(fold(c.lemma_) in world and case_of(self.pack, c) in cases for c in near):
                return True
            if node.pos_ in ("VERB", "AUX"):
                return False
        return False

    def _continent(self, where: Place) -> bool:
        match = self._match(where)
        return match is not None and match.entry.kind == "continent"

    def _small_city(self, where: Place) -> bool:
        match = self._match(where)
        return match is not None and _small(match)

    def sentence_country(self, token: Token, sector: str = "") -> str:
        """The country the places of ``token``'s sentence point to: curated places
        (countries, regions, towns of the gazetteer tables) outweigh cities from the
        world list, and the winner needs a strict majority of the weight."""
        key = (sentence_index(self.doc, token.i), sector)
        if key not in self._countries:
            self._countries[key] = self._sentence_country(token.sent, sector)
        return self._countries[key]

    def _sentence_country(self, sent: Span, sector: str) -> str:
        weights: Counter[str] = Counter()
        for m in self.matches:
            if sent.start <= m.start < sent.end and m.entry.country and not _small(m) \
                    and not self._destination(m) and m.start not in self.acting:
                weights[m.entry.country] += 1 if m.entry.kind == "city" else CURATED_WEIGHT
        for i, country, sectors in self.nationals:
            if sector in sectors and sent.start <= i < sent.end:
                weights[country] += CURATED_WEIGHT
        if not weights:
            return ""
        country, top = weights.most_common(1)[0]
        return country if 2 * top > sum(weights.values()) else ""


    def _destination(self, match: PlaceMatch) -> bool:
        """A place someone goes to says nothing of who the sentence's actors are: the
        Presidency that paid for "los vuelos a Miami" is not American."""
        root = self.doc[match.start:match.end].root
        return case_of(self.pack, root) in DESTINATION and is_motion(self.pack, root.head)

    def _of_place(self, pred: Token) -> bool:
        """A relative clause of place ("país donde la policía utilizó gases")."""
        return pred.dep_.startswith("acl") and any(
            c.lower_ in self.pack.grammar.relative_locative for c in pred.children)


def _small(match: PlaceMatch) -> bool:
    return match.entry.kind == "city" and match.entry.population < NATIONALITY_MIN_POPULATION


def localise(pack: LanguagePack, doc: Doc, spans: list[ActorSpan], country: str,
             how: str = "place", date: str | None = None) -> list[Mention]:
    """The mentions of ``spans``, those of actors without nationality given ``country``
    (when there is one) as the article's list of mentions gives it: a specific phrase of
    any sector ("estudiantes bloquean", "la periodista") is the story's own."""
    out: list[Mention] = []
    for span in spans:
        in_story = specific(pack, doc[span.head])
        for mention in span.mentions(doc, date):
            placed = localise_mention(mention, country, how, in_story)
            if placed not in out:
                out.append(placed)
    return out


__all__ = ["Place", "Places", "localise"]
