"""Which resolved spans stand as actor mentions, and the article's own country.

A place name is a mention only when it acts ("Moscú quiere", "condenó a Lima"), not when
it is a location ("en Lima"), a dateline ("BOGOTÁ, 20 jun (AFP)"), or part of another
name ("Benfica de Lisboa", "el Tratado de la Unión Europea"). A sector word used as a
predicate ("asumió como senador", "fue víctima") is no mention either.

An article usually happens somewhere: its dateline, or the country that most of its
places and actors belong to. Actors whose nationality the text never states take that
country when the event has no place of its own (DESIGN: the country of the event's place).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from heraldo.actors.acting import acts_as_actor
from heraldo.actors.context import one_of
from heraldo.actors.how import Rule, rule_of
from heraldo.actors.kb import KnowledgeBase
from heraldo.actors.spans import PLACE_KINDS, ActorSpan
from heraldo.actors.use import (
    NO_ACTOR_RULES,
    Use,
    determined,
    first_conjunct,
    in_parentheses,
    inside_name,
    use_of,
)
from heraldo.lang import LanguagePack, Role
from heraldo.model import Mention
from heraldo.nlp.places import PlaceMatch
from heraldo.nlp.text import source_text, token_table
from heraldo.ontology import sectors
from heraldo.ontology.actor_code import ActorCode

#: the roles where a place stands as an actor on its own ("Moscú quiere", "condenó a Lima",
#: "las críticas de Bagdad", "el acuerdo entre Venezuela y Rusia") unless a motion verb
#: or a part noun makes it a location (``acts_as_actor``); "(Cisjordania)" does not stand
STANDING_SLOTS = frozenset({Role.SUBJECT, Role.OBJ, Role.IOBJ, Role.RECIPIENT, Role.GENITIVE,
                            Role.BETWEEN, Role.ADVERSATIVE, Role.COMITATIVE, Role.AUDIENCE,
                            Role.PURPOSE})
#: sectors of the state and of armed or organised politics, which the place of the events
#: identifies; civilians, media or business mentioned in general keep unknown nationality
LOCALISED_SECTORS = sectors("localised")
#: sectors of the companies and media the tables name, whose country is their seat's, not
#: the story's ("Nissan", "la AFP", "la compañía" after them, in a story from Mexico)
SEATED_SECTORS = sectors("seated")
#: the share of country references the dominant country must reach
DOMINANT_SHARE = 0.5
#: or how many times the next country's references it must have (and at least three)
PLURALITY_LEAD = 2


DATELINE_PREFIX = re.compile(r"(?:^|\n|\s{2,}|\)\s*)([A-ZÁÉÍÓÚÑÜ .,'-]{0,60})$")


def _chars(doc: Doc, span: ActorSpan) -> tuple[int, int]:
    """The character offsets of ``span`` in the document's text."""
    tokens = doc[span.start:span.end]
    return tokens.start_char, tokens.end_char


def is_dateline(doc: Doc, span: ActorSpan) -> bool:
    """A place opening a dispatch ("BOGOTÁ, 20 jun (AFP) -", "MADRID:", "LAS PALMAS,
    España:"): at the start of a line or after a run of spaces, after nothing but other
    upper-case place words, and followed by a colon, a comma, a dash or a parenthesis."""
    if span.kind not in PLACE_KINDS:
        return False
    text = source_text(doc)
    start, end = _chars(doc, span)
    after = text[end:end + 2].lstrip(" ")
    if not after or after[0] not in ",:(-":
        return False
    prefix = DATELINE_PREFIX.search(text[max(0, start - 60):start])
    if prefix is None:
        return False
    words = prefix.group(1).strip()
    span_text = text[start:end]
    # "LAS PALMAS, España:" but not "Panamá (4), República Dominicana (3)"
    return span_text.isupper() or (words.endswith(",") and any(c.isalpha() for c in words))


def stands(pack: LanguagePack, doc: Doc, span: ActorSpan,
           actor_tokens: frozenset[int] = frozenset()) -> bool:
    """Whether ``span`` is an actor mention in its own right (``actor_tokens``: the tokens
    of every resolved span of the document): a place that acts (``place_stands``), or
    any other span no rule of ``NOT_STANDING`` rejects."""
    use = use_of(pack, doc, span)
    if span.kind in PLACE_KINDS:
        return place_stands(use)
    return not any(rule(use, actor_tokens) for rule in NOT_STANDING)


def place_stands(use: Use) -> bool:
    """A place name stands where it acts ("Moscú quiere", "condenó a Lima"), not as a
    dateline, a headline, a location or part of a name ("Benfica de Lisboa")."""
    doc, span, slot = use.doc, use.span, use.slot
    if is_dateline(doc, span) or _alone(doc, span):
        return False
    if slot not in STANDING_SLOTS or not acts_as_actor(
            use.pack, span, slot, first_conjunct(use.head).head):
        return False
    return not (slot == Role.GENITIVE and inside_name(use.head))


def part_of_a_name(use: Use, actor_tokens: frozenset[int]) -> bool:
    """"el Tratado de la Unión Europea", "la Residencia Oficial de Los Pinos"."""
    head = use.head
    return use.span.kind in ("organisation", "metonym") and use.slot == Role.GENITIVE and \
        inside_name(head) and head.head.i not in actor_tokens


def credit(use: Use, actor_tokens: frozenset[int]) -> bool:
    """"MÉXICO, 3 mar (AFP) -": the agency that wrote it."""
    return is_credit(use.doc, use.span)


def is_credit(doc: Doc, span: ActorSpan) -> bool:
    """Whether ``span`` is the credit of a dispatch: a medium named alone in parentheses
    ("MÉXICO, 3 mar (AFP) -"), the agency that wrote it, never an actor of the story."""
    return span.kind == "group" and _credit(doc, span)


def building(use: Use, actor_tokens: frozenset[int]) -> bool:
    """"en el Vaticano", "se reunieron en la Casa Blanca": the building."""
    return use.span.kind == "metonym" and use.slot == Role.LOCATIVE


def office(use: Use, actor_tokens: frozenset[int]) -> bool:
    """"ganar la presidencia", "llegar a Los Pinos", "su llegada a la Casa Blanca": an
    office or its seat; "el virtual ganador de la Presidencia"."""
    span, head, verbs = use.span, use.head, use.pack.role_verbs
    if span.actors[0].sectors[:1] != ("GOV",):
        return False
    if span.kind in ("agent", "metonym", "capital") and use.governor in verbs.office and (
            head.dep_ in ("obj", "obl") or (head.dep_ == "nmod" and use.slot == Role.RECIPIENT)):
        return True
    return span.kind in ("agent", "metonym") and use.governor in verbs.winner and \
        use.slot == Role.GENITIVE


def common_noun(use: Use, actor_tokens: frozenset[int]) -> bool:
    """An agent or demonym phrase that names no actor where it stands: inside a name
    without an article ("la Unidad de Gobierno", "el Partido Socialista de Venezuela",
    "la Defensa de los Derechos de Niñas, Niños y Adolescentes"), or ``no_actor_use``."""
    if use.span.kind not in ("agent", "demonym"):
        return False
    head = first_conjunct(use.head)
    return (inside_name(head) and not determined(use.pack, head)) or \
        any(rule(use) for rule in NO_ACTOR_RULES)


#: the rules by which a span that is no place does not stand, in order
NOT_STANDING: tuple[Callable[[Use, frozenset[int]], bool], ...] = (
    part_of_a_name, credit, building, office, common_noun)


#: a year right after a place makes it the name of an event: "el Mundial de Alemania 2006",
#: "Rusia 2018" (or a number the corpus masked: "Rusia *NUMBER*")
YEAR = re.compile(r"(?:1[89]|20)\d\d|\*NUMBER\*")


def names_an_event(pack: LanguagePack, doc: Doc, span: ActorSpan) -> bool:
    """Whether a place name followed by a year is part of an event's name ("el mundial de
    Alemania 2006") or the place at a time ("la España de 2030"): neither an actor nor an
    event's argument."""
    if span.kind not in PLACE_KINDS:
        return False
    end = _chars(doc, span)[1]
    after = source_text(doc)[end:end + 15].lstrip(" ")
    for marker in pack.roles.markers(Role.GENITIVE):  # "la España de 2030": at a time
        if after.startswith(marker + " "):
            after = after[len(marker) + 1:]
    match = YEAR.match(after)
    return match is not None and not after[match.end():match.end() + 1].isalnum()


def _credit(doc: Doc, span: ActorSpan) -> bool:
    """A medium named alone in parentheses: the credit of a dispatch ("(AFP)", "(EFE)")."""
    return "MED" in span.actors[0].sectors and in_parentheses(doc, span)


def _alone(doc: Doc, span: ActorSpan) -> bool:
    """A place name that is its sentence (a headline, a dateline on its own line)."""
    sent = doc[span.head].sent
    return all(span.start <= t.i < span.end or t.is_punct or t.is_space for t in sent)


def datelines(doc: Doc, spans: list[ActorSpan]) -> list[tuple[int, str]]:
    """(token, country) of every dateline, in order: a digest of news items has one per
    item ("…(AFP)   Irak-guerra   BAGDAD - Milicianos…"), a list of stories one per story
    ("   QUITO\n   Ecuador elegirá ...")."""
    return [(span.start, span.actors[0].country) for span in spans
            if span.kind in PLACE_KINDS and span.actors[0].country and (
                is_dateline(doc, span) or _line_head(doc, span))]


def _line_head(doc: Doc, span: ActorSpan) -> bool:
    """A place in capitals alone on its line heads the item below it, like a dateline
    ("   QUITO\n   Ecuador elegirá presidente ...", in an agency's list of stories)."""
    text = source_text(doc)
    start, end = _chars(doc, span)
    return text[start:end].isupper() and _alone(doc, span)


#: an agency slug heading a digest item: "NICARAGUA-PROTESTAS:", "RICE-CHILE:"
SLUG = re.compile(r"[A-ZÁÉÍÓÚÑÜ]{2,}(?:-[A-ZÁÉÍÓÚÑÜ0-9]+)+")
#: the same in lower case, set apart by runs of spaces: "(AFP)   Bolivia-política   LA PAZ"
SPACED_SLUG = re.compile(r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+(?:-[A-Za-zÁÉÍÓÚÑÜáéíóúñü0-9]+)+")


def _slug(token: Token) -> bool:
    doc = token.doc
    if doc[token.i + 1].text == ":" and SLUG.fullmatch(token.text):
        return True
    return bool(SPACED_SLUG.fullmatch(token.text)) and doc[token.i + 1].is_space and (
        token.i == 0 or doc[token.i - 1].is_space)


def slugs(doc: Doc, kb: KnowledgeBase) -> list[tuple[int, str]]:
    """(token, country) of every digest item headed by a slug that names a country
    ("- NICARAGUA-PROTESTAS: gobierno y oposición tratan...", "Bolivia-política   LA PAZ
    - ..."): like a dateline, the country of the item's anonymous actors. The first country
    of the slug counts ("ISRAEL-RUSIA")."""
    out = []
    text = token_table(doc).text
    # a slug joins words with hyphens: only such tokens are looked at
    for token in (doc[i] for i in range(len(doc) - 1) if "-" in text[i]):
        if not _slug(token):
            continue
        for part in token.text.split("-"):
            countries = [e.country for e in kb.lookup(part, lambda t: [t])
                         if e.kind == "country" and e.country]
            if countries:
                out.append((token.i, countries[0]))
                break
    return out


#: the sectors whose anonymous actors an office holder's sentence is about ("La oposición
#: le ha quitado el reloj a Fidel Castro", "Trump enviará tropas")
STATE_SIDE = sectors("state_side")


def nationals(spans: list[ActorSpan]) -> list[tuple[int, str, frozenset[str]]]:
    """(token, country, sectors) of the actors that give a sentence's anonymous actors of
    those sectors their country, as a place would: a phrase a demonym places gives it to
    its own sector ("la prensa colombiana" to "los medios", "los empresarios colombianos"
    to "las empresas"); an office holder the dictionary knows to the state and its
    opponents ("Fidel Castro" to "La oposición", "Trump" to "tropas"). A hostage's or a
    victim's demonym says nothing of the armed group that holds them ("un rehén surcoreano"),
    and peoples named by the demonym alone ("20 sudaneses") are often foreigners in the
    story."""
    out = []
    for span in spans:
        actor = span.actors[0]
        if not actor.country or not actor.sectors:
            continue
        if span.how.rule == Rule.DEMONYM:
            out.append((span.head, actor.country, frozenset(actor.sectors[:1])))
        elif span.kind == "person" and actor.sectors[:1] == ("GOV",):
            out.append((span.head, actor.country, STATE_SIDE))
    return out


def article_country(doc: Doc, spans: list[ActorSpan], places: list[PlaceMatch]) -> str:
    """The country an article happens in: its dateline's, else the clearly dominant one;
    but a dateline whose country the story never names again is the reporter's desk ("PARÍS,
    28 oct (AFP)" over a story from Moscow), and a clearly dominant country wins."""
    first = datelines(doc, spans)[:1]
    dateline = first[0][0] if first else None
    counts: Counter[str] = Counter()
    for span in spans:
        for actor in span.actors:
            if actor.country and actor.kind in ("state", "person", "group") and \
                    span.start != dateline and not (actor.kb_id.startswith("group:") and
                                                    set(actor.sectors) & SEATED_SECTORS):
                counts[actor.country] += 1
    for match in places:
        if match.entry.country and match.start != dateline:
            counts[match.entry.country] += 1
    dominant = _dominant(counts)
    for _, country in first:
        if counts[country] or not dominant:
            return country
    return dominant


def _dominant(counts: Counter[str]) -> str:
    """The clearly dominant country of ``counts``, if any."""
    if not counts:
        return ""
    ranked = counts.most_common(2)
    country, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return country if top >= 2 and top >= DOMINANT_SHARE * sum(counts.values()) \
        or top >= PLURALITY_LEAD * max(runner_up, 1) and top >= 3 else ""


def specific(pack: LanguagePack, head: Token) -> bool:
    """A noun phrase with an article, a demonstrative or a possessive ("los médicos",
    "unas niñas", "su empresa"), or a bare noun ("estudiantes protestaron", "periodistas
    y curiosos observan"), refers to someone in the story; a quantifier ("cualquier
    persona", "muchas empresas") often to anyone. A noun for people in general is the
    story's only when counted, bare or quantified, in the plural ("2.000 personas
    protestaron", "otras tres personas murieron"), not with an article ("las personas",
    "la gente") or a vague quantifier ("pocas mujeres quieren"). Measured on the eight
    annotated samples (the plural counted nouns: 16 right for 5 wrong), bare nouns are
    more often the story's own people than anyone's. A singular indefinite in a
    negation's scope is anyone ("no visitan nunca a un médico")."""
    dets = [c for c in head.children if c.dep_ == "det"]
    plural = "Plur" in head.morph.get("Number", [])
    if one_of(head, pack.role_nouns.generic):
        return plural and all("Ind" in c.morph.get("PronType", []) for c in dets) and \
            not any(one_of(c, pack.role_nouns.vague) for c in dets)
    if not dets:  # a bare noun: "estudiantes protestaron", "periodistas y curiosos"
        return True
    if not plural and all("Ind" in c.morph.get("Definite", []) for c in dets) and \
            any(pack.modality.get("negation", c) for c in head.head.children):
        return False  # "no visitan nunca a un médico": anyone, in a negation's scope
    return any(set(c.morph.get("PronType", [])) & {"Art", "Dem", "Prs"} for c in dets)


def localise_mention(mention: Mention, country: str, how: str,
                     in_story: bool = False) -> Mention:
    """``mention`` with ``country`` given to an actor of unknown nationality
    (``in_story``: the mention is a specific noun phrase, see ``specific``)."""
    a, code = mention.actor, ActorCode.parse(mention.actor.code)
    if not country or a.country or not code.unplaced or a.kind == "organisation" \
            or rule_of(mention.how) == Rule.UNPLACED:
        return mention
    if how not in ("place", "sentence-place") and not set(a.sectors) & LOCALISED_SECTORS \
            and not in_story:
        # "personas", "periodistas" in general: only the event's own place ("los vecinos
        # protestaron en Tibú") or the one country their sentence names ("Tragedia en
        # Nigeria: más de 580 personas mueren") says where such people are from, not the
        # article's country; "los médicos", "la compañía" of the story are its country's
        return mention
    actor = replace(a, code=str(code.placed(country)), country=country)
    return replace(mention, actor=actor, how=f"{mention.how}+{how}")
