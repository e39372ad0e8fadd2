"""Merging repeated mentions of one event within an article.

Within an article an event is unique by (sources, targets, CAMEO code, date); later
mentions of it become evidence ("revisaron… reafirmaron…, dijo el Kremlin", "la llamada se
centró en…"). A generic code ("040") folds into a specific one of its root ("041"), and a
date taken from the publication folds into an explicit one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from heraldo.lang.patterns import Kind, RuleId
from heraldo.model import Event
from heraldo.ontology.event_code import EventCode

#: how many sentences apart a verb told again may be and still be one event: a headline
#: and its lead, a dateline between them (further on, the same verb is another act, or
#: another story of a digest)
RESTATED_WITHIN = 2


def add_evidence(events: list[Event], trigger: Token, code: EventCode) -> bool:
    """Attach an actor-less event noun ("la llamada se centró en ...") to the latest event
    of the same CAMEO root, as further evidence of it."""
    for k in range(len(events) - 1, -1, -1):
        if EventCode.parse(events[k].cameo).same_root(code):
            span = (trigger.idx, trigger.idx + len(trigger))
            events[k] = replace(events[k], evidence=events[k].evidence + (span,))
            return True
    return False


def absorb_actorless_nouns(events: list[Event]) -> list[Event]:
    """An event noun without actors ("la protesta", "los disturbios") that names an event
    of the same root coded with actors elsewhere in its sentence is evidence of that event,
    whichever comes first ("en protesta por ..., los colonos cortaron la carretera")."""
    hosts = [e for e in events if e.sources or e.targets]
    absorbed: dict[str, tuple[tuple[int, int], ...]] = {}
    kept: list[Event] = []
    for event in events:
        if not event.sources and not event.targets \
                and RuleId.parse(event.rule).kind is Kind.NOUN:
            code = EventCode.parse(event.cameo)
            host = next((h for h in hosts if h.sentence == event.sentence
                         and EventCode.parse(h.cameo).same_root(code)), None)
            if host is not None:
                absorbed[host.id] = absorbed.get(host.id, ()) + event.evidence
                continue
        kept.append(event)
    return [replace(e, evidence=e.evidence + absorbed[e.id]) if e.id in absorbed else e
            for e in kept]


def complete_mentions(events: list[Event]) -> list[Event]:
    """A partial mention of an event is that event: an event noun named again with the
    sides it lacked ("su visita de cinco días a Ucrania ... la visita del Papa" is the
    Pope's visit to Ukraine), a verb told again with them (a headline's "Educadores bloquean
    paso" and its lead's "Centenares de educadores bloquearon este viernes el paso por la
    aduana"), or an event of the same root in the same sentence whose
    sides are a part of another's ("se manifestaron ... para protestar contra la visita
    del Papa": one protest, against the Pope). A mention whose sides do not contradict
    those of exactly one earlier mention fills that mention's empty sides and becomes its
    evidence."""
    kept: list[Event] = []
    for event in events:
        hosts = [k for k, h in enumerate(kept) if _completes(h, event)]
        if len(hosts) == 1:
            host = kept[hosts[0]]
            kept[hosts[0]] = replace(host, sources=host.sources or event.sources,
                                     targets=host.targets or event.targets,
                                     evidence=host.evidence + event.evidence)
        else:
            kept.append(event)
    return kept


def _completes(host: Event, other: Event) -> bool:
    """Whether ``other`` is a mention of ``host``'s event: the same word (``same_word``)
    with a side ``host`` lacks, or an event of its root in its sentence; in both, no side
    of one contradicts the other's."""
    code_a, code_b = EventCode.parse(host.cameo), EventCode.parse(other.cameo)
    same_sentence = host.sentence == other.sentence and code_a.same_root(code_b)
    if not (same_word(host, other) or same_sentence) or host.negated != other.negated:
        return False
    key_a, key_b = _actor_key(host), _actor_key(other)
    agree = all(not x or not y or x == y for x, y in zip(key_a, key_b, strict=True))
    gains = any(not x and y for x, y in zip(key_a, key_b, strict=True))
    part = all(not y or x == y for x, y in zip(key_a, key_b, strict=True))
    return agree and (gains or (same_sentence and part))


def same_word(host: Event, other: Event) -> bool:
    """Whether two events are told by the same word with compatible codes: the same event
    noun ("su visita ... la visita del Papa"), or the same verb at most ``RESTATED_WITHIN``
    sentences on, with the same modality, on a date that does not differ (a headline's
    "Educadores bloquean paso en frontera" and its lead's "Centenares de educadores
    bloquearon este viernes el paso")."""
    a, b = RuleId.parse(host.rule), RuleId.parse(other.rule)
    return a.kind is b.kind and a.lemma == b.lemma and _codes_compatible(
        EventCode.parse(host.cameo), EventCode.parse(other.cameo)) and (
        a.kind is Kind.NOUN or (abs(host.sentence - other.sentence) <= RESTATED_WITHIN
                                and host.modality == other.modality
                                and _dates_agree(host, other)))


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (sources, targets, code, date) in an article; later mentions become
    evidence. A generic code ("040") folds into a specific one of its root ("041"), and a
    date taken from the publication folds into an explicit one."""
    merged: list[Event] = []
    for event in events:
        for k, first in enumerate(merged):
            if _same_event(first, event):
                merged[k] = _absorb(first, event)
                break
        else:
            merged.append(event)
    return merged


def _actor_key(event: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    key = event.dedup_key()
    return key[0], key[1]


def _codes_compatible(a: EventCode, b: EventCode) -> bool:
    """The same code, or codes of one root of which one is the root's generic code."""
    return a == b or (a.same_root(b) and (a.generic or b.generic))


def _published_date(event: Event) -> bool:
    return event.when is None or (event.when.inferred and not event.when.text)


def _same_event(a: Event, b: Event) -> bool:
    return _actor_key(a) == _actor_key(b) and _codes_compatible(
        EventCode.parse(a.cameo), EventCode.parse(b.cameo)) and _dates_agree(a, b)


def _dates_agree(a: Event, b: Event) -> bool:
    """The same date, or one of them only the publication's."""
    date_a = a.when.value if a.when else None
    date_b = b.when.value if b.when else None
    return date_a == date_b or _published_date(a) or _published_date(b)


def _absorb(first: Event, other: Event) -> Event:
    generic = EventCode.parse(first.cameo).generic, EventCode.parse(other.cameo).generic
    keep, drop = (other, first) if generic == (True, False) else (first, other)
    when = keep.when
    if _published_date(keep) and not _published_date(drop):
        when = drop.when
    return replace(keep, when=when, evidence=first.evidence + other.evidence,
                   confidence=max(first.confidence, other.confidence))
