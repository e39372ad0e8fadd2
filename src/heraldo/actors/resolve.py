"""Resolution: from knowledge-base matches and the parse to actors, with the reason.

Rules, each named in the mention's ``how``:
- ``dictionary:<kind>``: a name in the knowledge base (people by their role on the date);
- ``agent+demonym``/``agent+de``/``agent+place``: a sector word composed with the country
  of its modifier ("el presidente ruso", "el ministro de Exteriores de Rusia",
  "los separatistas ... en el este de Ucrania");
- ``context:apposition``: a name beside a resolved noun phrase ("el presidente ruso,
  Vladímir Putin"); ``coreference:name``: a later bare "Putin";
- ``counterpart``: "su homólogo turco" takes the sector of the previous leader;
- ``side``: "la parte turca"; ``both``: "ambas partes" takes the previous pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from heraldo.actors.era import Title, era
from heraldo.actors.kb import (
    FORMER_SECTORS,
    STATE_SECTORS,
    TOP_LEVEL_SECTORS,
    Entry,
    KnowledgeBase,
    Role,
    sector_code,
)
from heraldo.actors.mentions import Match, match_kb, span_head
from heraldo.lang import LanguagePack
from heraldo.lang import Role as ArgRole
from heraldo.model import Actor, Mention
from heraldo.nlp.text import original, sentence_index, token_table
from heraldo.resources import fold

PLACE_KINDS = frozenset({"country", "capital", "region"})
NOUN_KINDS = frozenset({"agent", "side", "counterpart"})


@dataclass(frozen=True)
class ActorSpan:
    """Tokens ``start``..``end`` refer to ``actors`` (several for "ambas partes")."""

    start: int
    end: int
    head: int
    actors: tuple[Actor, ...]
    how: str
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
            role = self.entry.role_on(date)
            how = f"dictionary:person:{role.role if role else 'out-of-office'}@{date}"
        text = original(doc, span.start_char, span.end_char)
        return [Mention(actor, text, span.start_char, span.end_char, self.sentence, how)
                for actor in actors]


def actor_from_entry(entry: Entry, date: str | None) -> Actor:
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
    kind = "state" if sector in STATE_SECTORS or not sector else "group"
    sectors = (sector,) if sector else ()
    return Actor(sector_code(country, sector), country, sectors, "", name, kind,  # type: ignore[arg-type]
                 kb_id)


#: roles where a destination or origin follows a motion verb
MOTION_SLOTS = frozenset({ArgRole.RECIPIENT, ArgRole.GENITIVE, ArgRole.ORIGIN, ArgRole.DIRECTION,
                          ArgRole.TERMINUS, ArgRole.PURPOSE})
#: roles where a place name acts politically ("condenó a Moscú", "Moscú quiere"), not as a
#: location ("se reúnan en Moscú")
ACTOR_SLOTS = frozenset({ArgRole.OBJ, ArgRole.IOBJ, ArgRole.RECIPIENT, ArgRole.COMITATIVE,
                         ArgRole.ADVERSATIVE, ArgRole.AGENT, ArgRole.BETWEEN, ArgRole.AUDIENCE,
                         ArgRole.TOPIC, ArgRole.GENITIVE, ArgRole.PURPOSE, ArgRole.SUBJECT})
#: roles after which a part noun makes a place a location ("el este de Lima", "la frontera
#: con Turquía", "la frontera entre A y B", "vecino a Caracas")
PART_SLOTS = frozenset({ArgRole.GENITIVE, ArgRole.BETWEEN, ArgRole.COMITATIVE,
                        ArgRole.RECIPIENT})


def acts_as_actor(pack: LanguagePack, span: ActorSpan, slot: ArgRole,
                  governor: Token | None = None) -> bool:
    """Whether a place name in argument ``slot`` (of ``governor``, when known) is a
    political actor or a location. The coder asks this for every argument; actors that are
    not place names always act. A motion verb or a part noun makes a place a location even
    in an actor slot: "llegó a Vietnam", "salió de Bélgica", "el este de Lima"."""
    if span.kind not in PLACE_KINDS:
        return True
    if slot not in ACTOR_SLOTS:
        return False
    if governor is None:
        return True
    if slot in MOTION_SLOTS and is_motion(pack, governor) \
            and not (governor.pos_ == "NOUN" and slot == ArgRole.GENITIVE):
        return False  # "llegó a Vietnam", "rumbo a Estados Unidos"; not "la llegada de Rusia"
    words = pack.place_words
    lemma = fold(governor.lemma_)
    if slot == ArgRole.GENITIVE and lemma in words.setting:
        return False  # "la crisis de Siria", "la historia de México": a setting or a topic
    # "el este de Lima", "fuera de Madrid", "vecino a Caracas"
    return not (slot in PART_SLOTS and lemma in words.part)


def is_motion(pack: LanguagePack, word: Token) -> bool:
    """A verb or noun of motion ("llegó", "los vuelos", "rumbo"), by its lemma or, for a
    verb whose lemma the lemmatizer garbled, by its form."""
    return fold(word.lemma_) in pack.place_words.motion or _motion_form(pack, word)


def _motion_form(pack: LanguagePack, verb: Token) -> bool:
    """A form of a motion verb whose lemma the lemmatizer garbled ("expandió" ->
    "expandeír"): the form is the infinitive's stem plus a short inflection."""
    word = fold(verb.text)
    morphology = pack.morphology
    if verb.pos_ not in ("VERB", "AUX") or word.startswith(
            morphology.verb_stem(fold(verb.lemma_))):
        return False  # the lemma explains the form: trust it ("entregó": entregar)
    stems = sorted({stem for w in pack.place_words.motion
                    if (stem := morphology.motion_stem(w)) is not None})
    return any(word.startswith(stem) and len(word) - len(stem) <= morphology.inflection
               for stem in stems)


class Resolver:
    """Resolves the actor mentions of documents in one language."""

    def __init__(self, pack: LanguagePack, kb: KnowledgeBase) -> None:
        self.pack = pack
        self.kb = kb

    def resolve(self, doc: Doc, date: str | None) -> list[ActorSpan]:
        """The document's actor spans as of ``date``; an undated document is read as of
        the era its known people give it (``era``), when they give one."""
        matches = match_kb(doc, self.kb)
        undated = _DocResolution(self.pack, doc, matches, date, self.kb)
        spans = undated.run()
        if date:
            return spans
        people = [*(s.entry for s in spans if s.entry is not None),
                  *(t.entry for t in undated.titles)]
        estimate = era(undated.titles, people)
        if estimate is None:
            return spans
        return _DocResolution(self.pack, doc, matches, estimate, self.kb, estimated=True).run()


#: the ``how`` of an actor that an adjective says has no one country
UNPLACED = "agent+unplaced"
#: how many nouns may stand between an agent and its group ("del Frente 33 de las FARC")
GROUP_DEPTH = 2
#: sectors of roles that act for the group or institution after "de" ("guerrilleros de
#: las FARC", "el portavoz del ejército"); others are its patients ("las víctimas de las
#: FARC", "los rehenes del ELN") and keep their own code
ACTS_FOR_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB",
                              "UAF", "INS", "SEP", "CRM", "ELI", "IGO", "NGO"})


#: sectors whose nouns name those who oppose the institution after "de" ("los opositores
#: del gobierno"): the phrase is that country's opposition, not the institution
OPPOSING_SECTORS = frozenset({"OPP"})
#: sectors of the roles that title a person named after them ("el presidente Frei"); "dijo
#: a la prensa Gustavo Petro" names no journalist
TITLE_SECTORS = STATE_SECTORS | {"ELI", "PTY", "OPP", "REB", "IGO"}
#: how many sentences back a bare definite noun looks for the group it names ("la compañía")
ANTECEDENT_SENTENCES = 3
#: a regnal number ("Felipe VI"), no surname
ROMAN = re.compile(r"[IVXL]+")
#: punctuation that joins the names of a list ("los presidentes Bush, Obama y Trump"),
#: with the pack's list conjunctions
LIST_PUNCTUATION = frozenset({","})
#: forces that keep their own sector when a seat of power names whose they are
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
#: sectors a word inside an unknown organisation's name does not give it: a government
#: word in a name ("Secretaría de Gobierno", "Fundación Presidente Allende") is no agency
NAME_SECTORS_EXCLUDED = frozenset({"GOV", "ELI"})


def one_of(token: Token, words: frozenset[str]) -> bool:
    """Whether the token's lemma or its form is one of ``words`` (folded)."""
    return fold(token.lemma_) in words or fold(token.text) in words


def indefinite(token: Token) -> bool:
    """Whether the noun has an indefinite article ("una parte", "una persona")."""
    return any(c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in token.children)


def _bare_definite(pack: LanguagePack, head: Token, match: Match) -> bool:
    """A singular noun with a definite article or a demonstrative and nothing else but the
    words of its own match ("la compañía", "esta empresa", "la cadena de televisión")."""
    dets = [c for c in head.children if c.dep_ == "det"]
    return "Sing" in head.morph.get("Number", []) and any(
        "Def" in c.morph.get("Definite", []) or "Dem" in c.morph.get("PronType", [])
        for c in dets) and all(c.dep_ in pack.deps.bare or match.start <= c.i < match.end
                               for c in head.children)


def case_of_de(pack: LanguagePack, token: Token) -> bool:
    """ "del Gobierno", "de la Policía": an institution, with its article (or one
    contracted into the genitive); a bare "de" names a portfolio ("el ministro de
    Justicia", "la secretaria de Seguridad")."""
    cases = [fold(c.text) for c in token.children if c.dep_ == "case"]
    genitive = [c for c in cases if pack.role_of(c) == ArgRole.GENITIVE]
    return any(c in pack.grammar.contractions for c in genitive) or (
        any(c not in pack.grammar.contractions for c in genitive)
        and any(c.dep_ == "det" for c in token.children))


def after_comma(token: Token) -> bool:
    """A modifier that follows a comma or semicolon is a list item or an apposition the
    parser hung on the wrong noun ("las fuerzas del Estado, de los grupos paramilitares, de
    la guerrilla"; "el portavoz de Batasuna, brazo político de ETA"): the phrase stops
    before it."""
    edge = token.left_edge  # the comma is often the modifier's own child
    return edge.text in (",", ";") or (edge.i > 0 and token.doc[edge.i - 1].text in (",", ";"))


class _DocResolution:
    def __init__(self, pack: LanguagePack, doc: Doc, matches: list[Match], date: str | None,
                 kb: KnowledgeBase, estimated: bool = False) -> None:
        self.pack, self.doc, self.date, self.kb = pack, doc, date, kb
        #: the date is an undated article's era: titles still say what they say
        self.estimated = estimated
        self.titles: list[Title] = []  # known people as the text titles them
        self.matches = matches
        self.at: dict[int, Match] = {i: m for m in matches for i in range(m.start, m.end)}
        self.consumed: set[int] = set()  # match starts absorbed into a composed phrase
        self.spans: list[ActorSpan] = []
        self.by_head: dict[int, ActorSpan] = {}
        self.aliases: dict[str, tuple[Actor, ...]] = {}
        self.people_seen: set[str] = set()  # surnames of people the dictionary resolved
        self.titled: dict[str, tuple[Actor, ...]] = {}  # people as the text titled them
        self.last_group: tuple[Actor, ...] = ()
        self.last_leader: Actor | None = None
        self.consumed_ends: list[int] = []  # ends of modifiers taken by the current phrase

    def run(self) -> list[ActorSpan]:
        for match in self.matches:
            if match.start in self.consumed:
                continue
            span = self._resolve_match(match)
            if span is not None:
                self._add(span)
        self._resolve_aliases()
        self.spans.sort(key=lambda s: s.start)
        return self.spans

    # -- bookkeeping -------------------------------------------------------------------
    def _add(self, span: ActorSpan) -> None:
        self.spans.append(span)
        self.by_head[span.head] = span
        head = self.doc[span.head]
        if head.dep_ == "conj" and head.head.i in self.by_head:
            first = self.by_head[head.head.i]
            group = [a for s in (first, *[self.by_head[c.i] for c in head.head.children
                                          if c.dep_ == "conj" and c.i in self.by_head])
                     for a in s.actors]
            self.last_group = tuple(dict.fromkeys(group))
        for actor in span.actors:
            if actor.kind == "person" or (actor.sectors and actor.sectors[0] == "GOV"):
                self.last_leader = actor
        if span.kind == "person" and span.how.startswith("dictionary:") and \
                not ROMAN.fullmatch(self.doc[span.end - 1].text):
            # "Pablo Iglesias ... Iglesias": a later bare surname is the same person (but
            # "Felipe VI" makes no "VI")
            surname = fold(self.doc[span.end - 1].text)
            self.aliases.setdefault(surname, span.actors)
            self.people_seen.add(surname)
        person = self.by_head.get(head.head.i) if head.dep_ == "appos" else None
        if person is not None and person.kind == "person" and person.entry is not None:
            # "Carlos Salinas, expresidente de México": the title after the name
            titled = self._titled(person.entry, person.entry.role_on(self.date), span.actors,
                                  self.doc[span.head])
            if titled is not None:
                retitled = replace(person, actors=titled[0], how=titled[1], entry=None)
                self.spans[self.spans.index(person)] = retitled
                self.by_head[retitled.head] = retitled
                self._alias_person(retitled, person.entry)
        self._register_names(span)

    def _sentence(self, i: int) -> int:
        return sentence_index(self.doc, i)

    def _span(self, start: int, end: int, actors: Iterable[Actor], how: str,
              kind: str, entry: Entry | None = None,
              nested: tuple[ActorSpan, ...] = ()) -> ActorSpan | None:
        actors = tuple(dict.fromkeys(actors))
        if not actors:
            return None
        return ActorSpan(start, end, span_head(self.doc, start, end), actors, how, kind,
                         self._sentence(start), entry, nested)

    # -- rules -------------------------------------------------------------------------
    def _resolve_match(self, match: Match) -> ActorSpan | None:
        kind = match.kind
        if kind in NOUN_KINDS:
            return self._compose(match)
        if kind == "both":
            sector = match.entry.sectors[0] if match.entry.sectors else ""
            pair = [composed_actor(a.country, sector, a.name, a.kb_id)
                    if sector and a.country and a.kind == "state" else a
                    for a in self._previous_pair()]
            return self._span(match.start, match.end, pair, "both", kind)
        if kind == "demonym":
            return self._demonym(match)
        if kind == "metonym" and match.entry.sectors:
            # "el Ejército Nacional Afgano": a generic name with another country's demonym
            head = self.doc[span_head(self.doc, match.start, match.end)]
            found = self._modifier_countries(head)
            if found and found[0] and match.entry.country not in found[0]:
                end = max([match.end, *self.consumed_ends])
                self.consumed_ends = []
                actors = [composed_actor(c, match.entry.sectors[0],
                                         self.doc[match.start:end].text, c) for c in found[0]]
                return self._span(match.start, end, actors, found[1], "agent")
        if kind == "person" and self._other_given_names(match):
            return None  # "Pedro Arturo López Obrador" is not Andrés Manuel
        if kind == "person" and self._eponym(match):
            return None  # "el Hospital Carlos III", "la avenida Simón Bolívar": a name
        actor = actor_from_entry(match.entry, self.date)
        how = f"dictionary:{kind}"
        if kind == "person":
            role = match.entry.role_on(self.date)
            how += f":{role.role}" if role else ":out-of-office"
            if self.estimated:
                how += f"@era:{self.date}"
            title = self._title_of(self.doc[span_head(self.doc, match.start, match.end)])
            titled = self._titled(match.entry, role, title.actors, self.doc[title.head]) \
                if title else None
            if titled is None and match.entry.kb_id in self.titled:
                # "el candidato presidencial López Obrador ... López Obrador dijo"
                titled = self.titled[match.entry.kb_id], "coreference:title"
            if titled is not None:
                span = self._span(match.start, match.end, titled[0], titled[1], kind)
                if span is not None:
                    self._alias_person(span, match.entry)
                return span
        return self._span(match.start, match.end, [actor], how, kind,
                          match.entry if kind == "person" else None)

    def _eponym(self, match: Match) -> bool:
        """Whether a person's name names a place or an institution after them: after a
        noun such as "hospital" ("la avenida Simón Bolívar"), or before a noun in capitals
        ("the John F. Kennedy Center")."""
        words = self.pack.role_nouns
        before = self.doc[match.start - 1] if match.start > 0 else None
        after = self.doc[match.end] if match.end < len(self.doc) else None
        return (before is not None and fold(before.text) in words.eponym_before) or (
            after is not None and after.text[:1].isupper()
            and fold(after.text) in words.eponym_after)

    def _other_given_names(self, match: Match) -> bool:
        """Whether capitalised name words the dictionary's name does not include come
        right before a person's name, in the same name ("Pedro Arturo López Obrador")."""
        if match.start == 0:
            return False
        before, first = self.doc[match.start - 1], self.doc[match.start]
        joined = first.head == before or before.head == first or (
            first.dep_ == "flat" and first.head.i < match.start)
        if not (joined and before.pos_ == "PROPN" and before.text[:1].isupper()
                and before.i not in self.at):
            return False
        # a spelling of one of the dictionary's own name words is the same person
        # ("Mohamad Jatami" for "Mohamed Jatamí")
        known = {fold(w)[:3] for w in match.entry.name.split()}
        return fold(before.text)[:3] not in known

    def _title_of(self, head: Token) -> ActorSpan | None:
        """The title phrase before a person's name: its head ("el presidente de Perú,
        Alan García") or a modifier of the name ("el expresidente Carlos Salinas")."""
        if head.dep_ in ("appos", "flat") and head.head.i in self.by_head:
            return self.by_head[head.head.i]
        return next((self.by_head[c.i] for c in head.children if c.i < head.i
                     and c.dep_ in ("amod", "nmod", "compound", "appos")
                     and c.i in self.by_head), None)

    def _titled(self, entry: Entry, role: Role | None, title: tuple[Actor, ...],
                head: Token) -> tuple[tuple[Actor, ...], str] | None:
        """The code a title the text gives a known person says they hold, when it overrides
        the dictionary's role: a former office ("el expresidente Carlos Salinas") on any
        date; an office the dictionary does not list for the date ("el secretario de
        Hacienda de México, Luis Videgaray" in 2016; "la ministra de Trabajo, Yolanda Díaz"
        before her first office in the dictionary); and, in an undated article, whatever
        the title says ("el candidato presidencial Andrés Manuel López Obrador"), since the
        dictionary's latest role may postdate the text. An office of the kind the person
        held, all of whose offices have ended by the date, is history: "el dictador rumano
        Ceausescu" in 2019 is an elite."""
        if len(title) != 1 or title[0].kind not in ("state", "group"):
            return None
        actor = title[0]
        sector = actor.sectors[0] if actor.sectors else ""
        if not sector or actor.country not in ("", entry.country):
            return None
        if sector == "ELI":
            self._dates(entry, "ELI", head)
            return (composed_actor(entry.country, "ELI", entry.name, entry.kb_id),), \
                "context:title"
        if role is None and actor.kind == "state":
            if self.date and sector in {r.sector for r in entry.roles} and all(
                    r.end and r.end <= self.date for r in entry.roles):
                # "el dictador rumano Ceausescu" in 2019: an office the dictionary says
                # ended, named as history; the person is an elite now
                return None
            if actor.country:
                return title, "context:apposition"
            if self.date and self.date < entry.roles[0].start:
                # "la ministra de Trabajo, Yolanda Díaz" in 2021, before the first office
                # the dictionary lists: her career before it; but after the last one, "el
                # presidente Kennedy" is a historical reference, not an office held now
                return (composed_actor(entry.country, sector, entry.name, entry.kb_id),), \
                    "context:title"
        if not self.date or self.estimated:
            self._dates(entry, sector, head)
            return (composed_actor(entry.country, sector, entry.name, entry.kb_id),), \
                "context:title"
        return None

    def _dates(self, entry: Entry, sector: str, head: Token) -> None:
        """Keep a title as evidence of an undated text's era, unless it speaks of another
        time than the text's ("el entonces ministro", "el presidente electo")."""
        then = self.pack.role_nouns.then
        if not any(fold(t.text) in then for t in (head, *head.children)):
            self.titles.append(Title(entry, sector))

    def _alias_person(self, span: ActorSpan, entry: Entry) -> None:
        """A later mention, by surname or full name, is the person as the text titled
        them."""
        self.titled[entry.kb_id] = span.actors
        if ROMAN.fullmatch(self.doc[span.end - 1].text):
            return
        surname = fold(self.doc[span.end - 1].text)
        self.aliases[surname] = span.actors
        self.people_seen.add(surname)

    def _demonym(self, match: Match) -> ActorSpan | None:
        token = self.doc[match.start]
        if token.text[:1].isupper() and not token.is_sent_start and not self._plural(token):
            return None  # "el barrio El Chino", alias "el Chino": a name, not a people
        determined = any(c.dep_ == "det" for c in token.children)
        if not determined and not self._plural(token):
            return None  # "habla chino", "en español": a language
        nominal = token.pos_ in ("NOUN", "PROPN") or determined or any(
            c.dep_ == "case" for c in token.children)
        if nominal and token.dep_ != "amod":
            # "los colombianos", "los iraquíes votaron": the country's people
            actor = composed_actor(match.entry.country, "CVL", match.entry.name,
                                   match.entry.kb_id)
            return self._span(match.start, match.end, [actor], "demonym-noun", "demonym")
        return None

    def _plural(self, token: Token) -> bool:
        """A plural demonym, by the tagger or by its singular in the dictionary
        ("Iraquíes votan": "iraquí")."""
        if "Plur" in token.morph.get("Number", []):
            return True
        word = fold(token.text)
        return any(any(e.kind == "demonym" for e in self.kb.entries((singular,)))
                   for singular in self.pack.morphology.singulars(word))

    def _compose(self, match: Match) -> ActorSpan | None:
        head = self.doc[span_head(self.doc, match.start, match.end)]
        # "impulso diplomático", "despliegues militares": a modifier; but an adjective
        # with a preposition or an article is a noun the tagger missed ("por paramilitares")
        nominal = any(c.dep_ in ("case", "det") for c in head.children)
        if match.kind == "agent" and not nominal and (head.pos_ == "ADJ" or (
                head.pos_ == "VERB" and match.end - match.start == 1)):
            return None
        sector = match.entry.sectors[0] if match.entry.sectors else ""
        if match.kind == "agent" and sector in FORMER_SECTORS and match.start > 0 and fold(
                self.doc[match.start - 1].text) in self.pack.role_nouns.former:
            # "el ex gobernador": a former official is an elite, of no institution now
            found = self._modifier_countries(head)
            end = max([match.end, *self.consumed_ends])
            self.consumed_ends = []
            start = self._left_edge(head, match.start - 1)
            if not found:  # "el destituido presidente Alberto Fujimori": the person
                people = self._people_after(head, end, "ELI")
                if people:
                    return self._span(start, end, people, "agent+former+person", "person")
            countries = found[0] if found else [""]
            return self._span(start, end,
                              [composed_actor(c, "ELI", match.entry.name) for c in countries],
                              "agent+former", "agent")
        if match.kind == "agent" and one_of(head, self.pack.role_nouns.neighbour) and \
                self._neighbouring_states(head):
            # "Siria refuerza vínculos con sus vecinos": the neighbouring states
            return self._span(self._left_edge(head, match.start), match.end,
                              [composed_actor("", "GOV", match.entry.name)],
                              f"{UNPLACED}:neighbours", match.kind)
        acts_for = match.kind == "agent" and sector in ACTS_FOR_SECTORS
        group = self._modifier_group(head) if acts_for else None
        if group is not None:  # "guerrilleros de las FARC", "la guerrilla del ELN"
            actor = actor_from_entry(group.entry, self.date)
            if sector in OPPOSING_SECTORS:
                # "los opositores del PRI": its country's opposition, not the party
                actor = composed_actor(group.entry.country, sector, match.entry.name,
                                       group.entry.country)
            elif group.kind == "metonym" and sector in FORCE_SECTORS and \
                    group.entry.sectors[:1] != (sector,) and group.entry.country:
                # "la policía del Capitolio": the seat gives the country, not the sector,
                # and is no mention of its own
                actor = composed_actor(group.entry.country, sector, actor.name,
                                       group.entry.country)
                return self._span(self._left_edge(head, match.start),
                                  max(match.end, group.end), [actor], "agent+group", "group")
            elif "PTY" in group.entry.sectors and group.entry.country and (
                    sector == "LEG" or (sector == "GOV" and fold(head.lemma_)
                                        in self.pack.role_nouns.institution)):
                # "los gobiernos del PRI": the country's government, led by the party;
                # "los legisladores del MAS": the country's legislators, of the party
                actor = composed_actor(group.entry.country, sector, actor.name,
                                       group.entry.country)
            named = self._span(group.start, group.end, [actor_from_entry(group.entry, self.date)],
                               f"dictionary:{group.kind}", group.kind)
            return self._span(self._left_edge(head, match.start), max(match.end, group.end),
                              [actor], "agent+group", "group", nested=(named,) if named else ())
        inner = self._modifier_agent(head, match) if acts_for else None
        if inner is not None:  # "el portavoz del ejército ruso", "presidente del Gobierno"
            own = inner.actors
            once_led = sector in STATE_SECTORS and one_of(
                head, self.pack.role_nouns.institution) and all(
                a.sectors[:1] == ("ELI",) for a in own)
            if once_led or sector in OPPOSING_SECTORS:
                # "el régimen militar del ex presidente chileno": a government once led by an
                # elite is the country's government, not the elite; "los opositores del
                # presidente venezolano" are the country's opposition
                own = tuple(composed_actor(a.country, sector, match.entry.name, a.country)
                            for a in own)
            # the inner actor is a mention of its own ("efectivos de la Guardia Nacional"),
            # unless it is the government a title belongs to ("presidente del Gobierno")
            institution = one_of(self.doc[inner.head], self.pack.role_nouns.institution)
            return self._span(self._left_edge(head, match.start), max(match.end, inner.end),
                              own, inner.how + "+head", inner.kind,
                              nested=inner.nested if institution else (inner, *inner.nested))
        force = next((self.at[c.i] for c in head.children if c.dep_ == "amod" and c.i in self.at
                      and self.at[c.i].kind == "agent" and self.at[c.i].entry.sectors[:1]
                      and self.at[c.i].entry.sectors[0] in FORCE_SECTORS), None)
        if force is not None and match.kind == "agent" and sector not in FORCE_SECTORS:
            # "un portavoz militar", "fuentes policiales": the force speaks
            sector = force.entry.sectors[0]
            self._consume(force)
        found = self._modifier_countries(head)
        if not found:  # "la agencia de noticias indonesia": a word inside the phrase
            found = next((f for t in self.doc[match.start:match.end] if t.i != head.i
                          for f in [self._modifier_countries(t, 1)] if f), None)
        how = found[1] if found else ""
        countries = found[0] if found else []
        if not countries and sector not in TOP_LEVEL_SECTORS:
            # (a multinational "en Bolivia" works there: it is not Bolivian)
            place = self._place_country(head)
            if place:
                countries, how = [place], "agent+place"
        if match.kind == "side":
            if not countries or indefinite(head):
                return None  # "una parte de la población peruana" is a share, no side
            sector, how = "GOV", "side"
        elif match.kind == "counterpart":
            if not countries or self.last_leader is None:
                return None
            sector = self.last_leader.sectors[0] if self.last_leader.sectors else "GOV"
            how = "counterpart"
        end = max([match.end, *self.consumed_ends])
        self.consumed_ends = []
        unplaced = self.pack.place_words.unplaced
        following = self.doc[end] if end < len(self.doc) else None
        several_states = sector in STATE_SECTORS and "Plur" in head.morph.get("Number", []) \
            and one_of(head, self.pack.role_nouns.institution)
        foreign = one_of(head, self.pack.role_nouns.foreign)
        if not countries and (several_states or foreign or any(
                c.dep_ == "amod" and fold(c.text) in unplaced for c in head.children)
                              or (following is not None and fold(following.text) in unplaced)):
            # "la prensa internacional", "varios gobiernos": no one country, and none for the
            # place to give; "los migrantes desembarcaron en Valencia" are not Spanish
            return self._span(self._left_edge(head, match.start), end,
                              [composed_actor("", sector, match.entry.name)],
                              UNPLACED, match.kind)
        if not countries and match.kind == "agent" and sector in TITLE_SECTORS:
            person = self._title_and_surname(head, sector)
            people = (person,) if person is not None else self._people_after(head, end, sector)
            if people:  # "el presidente Frei" in 1998: Eduardo Frei
                return self._span(self._left_edge(head, match.start), end, people,
                                  "agent+person", "person")
        if not countries and match.kind == "agent":
            antecedent = self._antecedent(head, sector, match)
            if antecedent is not None:  # "Pfizer informó ... explicó la compañía"
                return self._span(self._left_edge(head, match.start), end,
                                  antecedent.actors, "agent+antecedent", match.kind)
        actors = [composed_actor(c, sector, self.doc[match.start:end].text, c)
                  for c in countries] or [composed_actor("", sector, match.entry.name)]
        return self._span(self._left_edge(head, match.start), end, actors, how or "agent",
                          match.kind)

    def _antecedent(self, head: Token, sector: str, match: Match) -> ActorSpan | None:
        """The named group an organisation noun (``role_nouns.tsv`` kind ``anaphor``),
        definite, singular and bare, refers back to: "Pfizer informó ... explicó la
        compañía" (Pfizer), the nearest group of the noun's sector named in the last
        ``ANTECEDENT_SENTENCES`` sentences. A noun with modifiers ("la compañía estatal",
        "la empresa de seguridad") says which one it is, a plural ("las empresas") is no
        single group, and collective nouns ("la prensa") name the whole sector."""
        anaphors = self.pack.role_nouns.anaphor
        if not sector or not one_of(head, anaphors) or not _bare_definite(self.pack, head, match):
            return None
        sentence = self._sentence(head.i)
        for span in reversed(self.spans):
            if span.sentence < sentence - ANTECEDENT_SENTENCES:
                break
            for named in (span, *span.nested):
                if named.start < head.i and named.kind == "group" and \
                        named.how.startswith("dictionary:") and \
                        all(a.sectors[:1] == (sector,) for a in named.actors):
                    return named
        return None

    def _neighbouring_states(self, head: Token) -> bool:
        """Whether "vecinos" are a state's neighbours: with a possessive, after a state (a
        country, a capital or a government) in the sentence or the one before ("Siria
        refuerza vínculos con sus vecinos"); bare, in a clause a state is the subject of
        ("Siria refuerza vínculos con vecinos")."""
        states = [s for s in self.spans if s.kind in ("country", "capital", "metonym")]
        if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", []) for c in head.children):
            sentence = self._sentence(head.i)
            return any(sentence - 1 <= s.sentence <= sentence and s.start < head.i
                       for s in states)
        if any(c.dep_ == "det" for c in head.children):
            return False  # "los vecinos del barrio": residents
        verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")} \
            if verb is not None else set()
        return any(s.head in subjects for s in states)

    def _title_and_surname(self, head: Token, sector: str) -> Actor | None:
        """A title followed by a surname ("el presidente Frei", "el canciller Lavrov") is
        the one person of the knowledge base with that surname who held a role of the
        title's sector on the article's date (at any time, when undated)."""
        for child in head.children:
            if child.dep_ not in ("flat", "appos", "compound") or child.pos_ != "PROPN" or \
                    child.i < head.i:
                continue
            m = self.at.get(child.i)
            if m is not None and m.kind == "person":  # "el canciller Lavrov"
                return self._person_titled(m, sector, head)
            if m is not None:
                continue
            name = [child, *[c for c in child.children if c.dep_ == "flat"]]
            if len(name) > 1:
                continue  # a full name the dictionary does not know is someone else's
                # ("el ex gobernador Mario Marín" is not Sanna Marin)
            people = self.kb.people_named(child.text, sector, self.date)
            if len(people) == 1:  # the surname is a mention of its own, by coreference
                person = actor_from_entry(people[0], self.date)
                self.aliases[fold(child.text)] = (person,)
                return person
        return None

    def _person_titled(self, m: Match, sector: str, head: Token) -> Actor:
        """A known person under a title of ``sector`` (headed by ``head``): their role on
        the date, unless the title overrides it (``_titled``)."""
        titled = self._titled(m.entry, m.entry.role_on(self.date),
                              (composed_actor("", sector, ""),), head)
        return titled[0][0] if titled else actor_from_entry(m.entry, self.date)

    def _people_after(self, head: Token, end: int, sector: str) -> tuple[Actor, ...]:
        """The known people named right after a title, which the parser may have hung
        elsewhere ("los presidentes George W. Bush y Barack Obama", with "George" the
        subject of the clause): one after a singular title, a list after a plural one."""
        people: list[Actor] = []
        plural = "Plur" in head.morph.get("Number", [])
        i = end
        while i < len(self.doc):
            m = self.at.get(i)
            if m is None or m.kind != "person" or m.start != i:
                break
            people.append(self._person_titled(m, sector, head))
            i = m.end
            if not plural or i >= len(self.doc) or not self._list_word(self.doc[i]):
                break
            i += 1
        return tuple(people)

    def _list_word(self, token: Token) -> bool:
        word = fold(token.text)
        return word in LIST_PUNCTUATION or word in self.pack.grammar.list_conjunction

    def _left_edge(self, head: Token, start: int) -> int:
        dets = [c.i for c in head.lefts if c.dep_ in ("det", "amod") and c.i >= start - 3]
        return min([start, *dets])

    def _modifier_countries(self, head: Token, depth: int = 0) -> tuple[list[str], str] | None:
        for child in head.children:
            if child.dep_ not in self.pack.deps.modifier or child.i not in self.at:
                continue
            m = self.at[child.i]
            if m.kind == "demonym":
                return self._demonym_chain(child), "agent+demonym"
            if m.kind in PLACE_KINDS and child.dep_ in ("nmod", "flat", "compound"):
                return self._place_chain(child), "agent+de"
        if depth == 0:
            for child in head.children:
                if child.dep_ == "nmod" and child.i not in self.at:
                    inner = self._modifier_countries(child, 1)
                    if inner:
                        return inner
        return None

    def _modifier_agent(self, head: Token, outer: Match) -> ActorSpan | None:
        """The institution a role belongs to, when it is itself an agent phrase ("el
        portavoz del ejército ruso", "el presidente del Congreso"): its actor is the
        phrase's."""
        for child in head.children:
            m = self.at.get(child.i)
            if child.dep_ == "nmod" and m is not None and m.kind == "agent" and \
                    case_of_de(self.pack, child) and not after_comma(child) and \
                    m.start not in self.consumed and \
                    m.start >= outer.end:
                self.consumed.add(m.start)
                inner = self._compose(m)
                if inner is not None:
                    return inner
        for child in head.children:
            if child.dep_ == "nmod" and child.i not in self.at and \
                    case_of_de(self.pack, child) and \
                    child.text[:1].isupper() and not after_comma(child):
                named = self._name_sector(child)
                if named is not None:
                    return named
        return None

    def _name_sector(self, name: Token) -> ActorSpan | None:
        """An organisation the dictionary does not know, whose name says what it is: "el
        vocero de la Unión Nacional de Trabajadores de México" speaks for labour (MEXLAB),
        "el presidente de la Asociación de Periodistas" for the media."""
        words = [t for t in name.subtree if t.i > name.i and t.text[:1].isupper()
                 and t.head.i >= name.i and t.dep_ in ("nmod", "flat", "appos")]
        for token in words:
            m = self.at.get(token.i)
            if m is None or m.kind != "agent" or not m.entry.sectors or \
                    m.entry.sectors[0] in NAME_SECTORS_EXCLUDED:
                continue
            found = self._modifier_countries(name)
            end = max([name.right_edge.i + 1, *self.consumed_ends])
            self.consumed_ends = []
            self.consumed.add(m.start)
            countries = found[0] if found else [""]
            return self._span(name.i, end, [composed_actor(c, m.entry.sectors[0],
                                                           m.entry.name)
                                            for c in countries],
                              "agent+name", "agent")
        return None

    def _modifier_group(self, head: Token, depth: int = 0) -> Match | None:
        """The group a phrase belongs to: "guerrilleros de las FARC", and through units
        and acronyms ("insurgentes del Frente 33 de las FARC", "guerrilleros de la UC
        ELN"), only along "de" modifiers (not "atacados por las FARC")."""
        for child in head.children:
            if child.dep_ not in ("nmod", "appos", "flat") or after_comma(child):
                continue
            if any(c.dep_ == "case" and self.pack.role_of(c.text) != ArgRole.GENITIVE
                   for c in child.children):
                continue
            m = self.at.get(child.i)
            if m is not None and (m.kind in ("group", "organisation") or (
                    m.kind == "metonym" and m.entry.sectors)):
                # "guerrilleros de las FARC", "tropas del Ejército Nacional"
                self.consumed.add(m.start)
                return m
            if m is None and depth < GROUP_DEPTH:
                found = self._modifier_group(child, depth + 1)
                if found is not None:
                    return found
        return None

    def _demonym_chain(self, token: Token) -> list[str]:
        countries = []
        for t in (token, *token.conjuncts):
            m = self.at.get(t.i)
            if m is not None and m.kind == "demonym":
                self._consume(m)
                countries.append(m.entry.country)
        return countries

    def _place_chain(self, token: Token) -> list[str]:
        """"los presidentes de Brasil y Argentina": every coordinated country."""
        countries = []
        for t in (token, *token.conjuncts):
            m = self.at.get(t.i)
            if m is not None and m.kind in PLACE_KINDS:
                self._consume(m)
                countries.append(m.entry.country)
        return countries

    def _consume(self, m: Match) -> None:
        self.consumed.add(m.start)
        self.consumed_ends.append(m.end)

    def _place_country(self, head: Token) -> str:
        """The country of a locative inside the phrase ("... en el este de Ucrania")."""
        for token in head.subtree:
            m = self.at.get(token.i)
            if m is None or m.kind not in PLACE_KINDS or token.i == head.i:
                continue
            path = [t for t in token.ancestors if head.is_ancestor(t) or t == head]
            cases = {self.pack.roles.of(c.lower_) for t in (token, *path) for c in t.children
                     if c.dep_ == "case"}
            if ArgRole.AGENT in cases:
                continue  # "respaldados por Rusia": the backer, not the nationality
            if ArgRole.LOCATIVE in cases:
                return m.entry.country
        return ""

    def _previous_pair(self) -> tuple[Actor, ...]:
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

    # -- names by context ------------------------------------------------------------
    def _register_names(self, span: ActorSpan) -> None:
        # an agent phrase, also one a group's name completes ("el presidente de PDVSA, Alí
        # Rodríguez")
        if (span.kind not in NOUN_KINDS and span.how != "agent+group") or \
                span.actors[0].code.startswith("---"):
            return
        head = self.doc[span.head]
        for child in head.children:
            if child.dep_ in self.pack.deps.name and child.pos_ == "PROPN" \
                    and child.i not in self.at \
                    and not span.start <= child.i < span.end \
                    and (case_of_de(self.pack, child)
                         or not any(c.dep_ == "case" for c in child.children)):
                # a name beside the phrase or an institution of it ("el decano de la Facultad
                # de Medicina"), not a word of it nor a portfolio after a bare "de" ("el
                # exministro griego de Finanzas")
                name = [child, *[c for c in child.children if c.dep_ == "flat"]]
                start, end = min(t.i for t in name), max(t.i for t in name) + 1
                if fold(self.doc[end - 1].text) in self.people_seen:
                    continue  # a person already named in full keeps who they are
                if all(t.text.isupper() for t in name):
                    continue  # an acronym or a legal form ("SA de CV") is nobody's name
                self.spans.append(ActorSpan(start, end, child.i, span.actors,
                                            "context:apposition", "person",
                                            self._sentence(start)))
                self.consumed.update(range(start, end))
                if not self.doc[end - 1].text.isupper():  # "Poliductos Tamayo SA": no "SA"
                    self.aliases[fold(self.doc[end - 1].text)] = span.actors
                self.aliases[fold(self.doc[start:end].text)] = span.actors

    def _resolve_aliases(self) -> None:
        if not self.aliases:
            return
        table = token_table(self.doc)
        taken = {i: s for s in self.spans for i in range(s.start, s.end)}
        for i, word in enumerate(table.folded):
            actors = self.aliases.get(word)
            if not actors or not table.text[i][:1].isupper():
                continue
            token = self.doc[i]
            span = taken.get(i)
            if span is not None:
                # a capitalised sector word mid-sentence that is a known surname
                # ("las palabras de Iglesias") is the person, not the sector
                if span.kind != "agent" or span.end - span.start != 1 or token.is_sent_start:
                    continue
                self.spans.remove(span)
            elif token.pos_ != "PROPN":
                continue
            self.spans.append(ActorSpan(i, i + 1, i, actors, "coreference:name", "person",
                                        self._sentence(i)))
