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

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from heraldo.actors.resolve import PLACE_KINDS, ActorSpan, acts_as_actor
from heraldo.model import Mention
from heraldo.nlp.places import PlaceMatch

PREDICATE_DEPS = frozenset({"xcomp", "attr", "cop"})
#: the share of country references the dominant country must reach
DOMINANT_SHARE = 0.5


def _slot(doc: Doc, span: ActorSpan) -> str:
    head = doc[span.head]
    for child in head.children:
        if child.dep_ == "case":
            word = child.lower_
            return {"al": "a", "del": "de"}.get(word, word)
    return "obj" if head.dep_ == "obj" else "subject"


def is_dateline(doc: Doc, span: ActorSpan) -> bool:
    """An upper-case place at the start of a paragraph, followed by a comma or "(AFP)"."""
    tokens = doc[span.start:span.end]
    first = doc[span.start]
    starts_paragraph = first.i == 0 or first.is_sent_start or "\n" in doc[first.i - 1].text_with_ws
    after = doc[span.end] if span.end < len(doc) else None
    return (starts_paragraph and tokens.text.isupper() and after is not None
            and after.text in (",", "(", "-", "--"))


def stands(doc: Doc, span: ActorSpan) -> bool:
    """Whether ``span`` is an actor mention in its own right."""
    head = doc[span.head]
    if span.kind in PLACE_KINDS:
        if is_dateline(doc, span):
            return False
        slot = _slot(doc, span)
        if not acts_as_actor(span, slot):
            return False
        if slot == "de" and head.head.pos_ in ("PROPN", "NOUN") and head.head.i < head.i:
            return False  # "el patriarcado de Moscú", "Benfica de Lisboa"
        return True
    if span.kind == "agent":
        if head.dep_ in PREDICATE_DEPS or any(c.lower_ == "como" for c in head.children):
            return False  # "asumió como senador", "tomados como rehenes"
    return True


def article_country(doc: Doc, spans: list[ActorSpan], places: list[PlaceMatch]) -> str:
    """The country an article happens in: its dateline's, else the clearly dominant one."""
    for span in spans:
        if span.kind in PLACE_KINDS and is_dateline(doc, span) and span.actors[0].country:
            return span.actors[0].country
    for match in places:
        first = doc[match.start]
        if (first.i == 0 or first.is_sent_start) and doc[match.start:match.end].text.isupper() \
                and match.end < len(doc) and doc[match.end].text == "," and match.entry.country:
            return match.entry.country
    counts: Counter[str] = Counter()
    for span in spans:
        for actor in span.actors:
            if actor.country and actor.kind in ("state", "person", "group"):
                counts[actor.country] += 1
    for match in places:
        if match.entry.country:
            counts[match.entry.country] += 1
    if not counts:
        return ""
    country, top = counts.most_common(1)[0]
    return country if top >= 2 and top >= DOMINANT_SHARE * sum(counts.values()) else ""


def localise_mention(mention: Mention, country: str, how: str) -> Mention:
    """``mention`` with ``country`` given to an actor of unknown nationality."""
    a = mention.actor
    if not country or a.country or not a.code.startswith("---") or a.kind == "organisation":
        return mention
    actor = replace(a, code=country + a.code[3:], country=country)
    return replace(mention, actor=actor, how=f"{mention.how}+{how}")
