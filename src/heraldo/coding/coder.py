"""Event coding: from predicates of the parse and their actor arguments to events.

For every verb and event noun with a pattern, the coder finds the source (the subject; the
agent of a passive, "por" in Spanish; the subject inherited through "se comprometieron a
impulsar"; for nouns their genitive or agent argument, "de" or "por parte de", or the
subject of the verb that governs them) and the targets (the arguments in the pattern's
roles), then adds the context: negation, modality, attribution, date. Events repeated in
an article merge. The coder holds only the language's tables: each document's actors and
places travel in a ``_Document`` of their own.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from heraldo.actors.demonyms import modified_noun
from heraldo.actors.how import Rule
from heraldo.actors.spans import ActorSpan
from heraldo.coding.arguments import ActorIndex, object_verb
from heraldo.coding.candidates import Candidate, Search, candidates
from heraldo.coding.context import DateIndex, clause_context, clause_of
from heraldo.coding.merge import (
    absorb_actorless_nouns,
    add_evidence,
    complete_mentions,
    merge_events,
)
from heraldo.coding.places import Places, localise
from heraldo.coding.relations import RelationFinder
from heraldo.coding.sense import void_sense
from heraldo.coding.subjects import subjects
from heraldo.lang import LanguagePack, Role
from heraldo.lang.patterns import RuleId
from heraldo.model import Event, Mention, Relation, Statement, When, stable_hash
from heraldo.nlp.text import original, sentence_index, with_pos
from heraldo.ontology import load_ontology

log = logging.getLogger(__name__)

#: how much an event whose target stayed unknown is less certain than one with both sides
UNKNOWN_TARGET = 0.9


@dataclass(frozen=True)
class Coded:
    """What coding one document gave: events, statements, relations, the trace of each decision
    and the patterns that fired."""

    events: tuple[Event, ...]
    statements: tuple[Statement, ...]
    trace: tuple[str, ...]  # why each predicate was or was not coded (for `explain`)
    fired: tuple[RuleId, ...] = ()  # ids of the patterns chosen for a predicate
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True)
class _Document:
    """What the coder knows of the document it is coding: its actors, places and dates."""

    doc: Doc
    index: ActorIndex
    places: Places
    dates: DateIndex
    article_id: str
    published: dt.date | None


class Coder:
    """Codes the events of parsed documents for one language; it keeps nothing of a
    document once coded (each document's state is a ``_Document``)."""

    def __init__(self, pack: LanguagePack) -> None:
        """A coder with the language pack's patterns and cues, the codebook and a relation
        finder."""
        self.pack = pack
        self.cues = pack.modality
        self.ontology = load_ontology()
        self.relations = RelationFinder(pack)

    def candidates(self, doc: Doc, index: ActorIndex, trace: list[str]) -> list[Candidate]:
        """The candidate events of ``doc`` (``heraldo.coding.candidates``)."""
        return candidates(Search(self.pack, self.ontology, doc, index, trace))

    # -- events ----------------------------------------------------------------------------
    def code(self, doc: Doc, spans: list[ActorSpan], article_id: str,
             published: dt.date | None, places: Places | None = None,
             modifiers: list[ActorSpan] | None = None) -> Coded:
        """Code the events, statements and relations of ``doc`` among the actor ``spans``
        (``modifiers``: demonym and sector adjectives on nouns), dated from ``published``
        and placed by ``places``."""
        adjectives: dict[str, dict[int, list[ActorSpan]]] = {"demonym": {}, "sector": {}}
        for span in modifiers or ():
            noun = modified_noun(doc[span.head])
            if noun is not None:
                adjectives[span.kind].setdefault(noun.i, []).append(span)
        index = ActorIndex(self.pack, spans, adjectives["demonym"], adjectives["sector"])
        trace: list[str] = []
        cands = self.candidates(doc, index, trace)
        dates = DateIndex(doc, published, {c.trigger.i for c in cands}, self.pack)
        document = _Document(doc, index, places or Places(self.pack, doc, []), dates,
                             article_id, published)
        events: list[Event] = []
        for cand in cands:
            sense = void_sense(self.pack, self.ontology, cand)
            if sense is not None:
                trace.append(f"{cand.trigger.text}@{cand.trigger.idx}: {cand.cameo} by "
                             f"{cand.pattern.id} discarded: sense: {sense}")
                continue
            actorless = not cand.sources and not cand.targets
            if actorless and cand.pattern.noun and add_evidence(
                    events, cand.trigger, cand.pattern.code):
                trace.append(f"{cand.trigger.text}@{cand.trigger.idx}: no actor of its own; "
                             f"evidence of the previous {cand.pattern.code.root} event")
                continue
            event = self._event(document, cand)
            trace.append(f"{cand.trigger.text}@{cand.trigger.idx}: {event.cameo} by "
                         f"{event.rule} ({cand.how})")
            events.append(event)
        statements = self._statements(doc, index)
        fired = tuple(dict.fromkeys(c.pattern.id for c in cands))
        relations = tuple(self.relations.find(doc, index))
        events = complete_mentions(_with_actors(absorb_actorless_nouns(events), trace))
        return Coded(tuple(merge_events(events)), tuple(statements), tuple(trace), fired,
                     relations)

    def _event(self, document: _Document, cand: Candidate) -> Event:
        doc, index, dates, article_id = document.doc, document.index, document.dates, \
            document.article_id
        tok, p = cand.trigger, cand.pattern
        context = clause_context(clause_of(tok) if p.noun else tok, self.pack)
        modality, negated = context.modality, context.negated
        if p.noun:
            # the verb whose object the noun is may qualify it ("propuso conversaciones")
            verb = object_verb(self.pack, tok)
            governed = self.cues.get("governor", verb) if verb is not None and \
                verb.pos_ in ("VERB", "AUX") else ""
            modality = self._noun_modality(tok, context.modality, context.reporter, governed)
            negated = negated or governed == "negated"
        speaker = self._speaker(context.reporter, index, doc)
        when = dates.date_of(tok)
        if when is None and context.reporter is not None:
            reported = dates.date_of(context.reporter)
            if reported is not None:
                when = replace(reported, inferred=True)
        if when is None:
            when = _publication(document.published)
        where = document.places.of_event(tok)
        country, why = document.places.country_for(tok, where)
        own_date = when.value if when.value and not when.inferred else None
        sources = _placed_adjectives(localise(self.pack, doc, cand.sources, country, why,
                                              own_date))
        targets = localise(self.pack, doc, cand.targets, country, why, own_date)
        cameo = cand.cameo
        ptype, pmode = self.ontology.plover_for(cameo)
        sentence = sentence_index(doc, tok.i)
        # the evidence span: the trigger and the actors of its own sentence
        same = [m for m in sources + targets if m.sentence == sentence]
        start = min([tok.idx, *(m.start for m in same)])
        end = max([tok.idx + len(tok), *(m.end for m in same)])
        # a side left unknown lowers the confidence, and so does a source found by a
        # fallback, by its factor (an event with neither side is dropped: _with_actors)
        confidence = round(p.confidence * (1.0 if cand.sources else 0.8)
                           * (1.0 if cand.targets else UNKNOWN_TARGET)
                           * cand.source_factor, 3)
        return Event(
            id=stable_hash(article_id, start, end, cameo, str(p.id)),
            article_id=article_id, sentence=sentence, start=start, end=end,
            trigger=original(doc, tok.idx, tok.idx + len(tok)), sources=tuple(sources),
            targets=tuple(targets), cameo=cameo,
            plover=ptype, plover_mode=pmode, goldstein=self.ontology.goldstein(cameo),
            quad_class=self.ontology.quad_class(cameo), negated=negated,
            modality=modality,  # type: ignore[arg-type]
            attributed_to=speaker, when=when, where=where, confidence=confidence, rule=str(p.id),
            evidence=((tok.idx, tok.idx + len(tok)),))

    def _noun_modality(self, tok: Token, clause_modality: str, reporter: Token | None,
                       governed: str) -> str:
        """An event noun's own qualifier ("una posible ofensiva") decides, then what the
        verb whose object it is makes of it (``governed``: "propuso conversaciones",
        "planea una ofensiva"); its clause's modality applies only when it is the clause's
        argument, not background ("tras la victoria de ...")."""
        for child in tok.children:
            if child.dep_ == "amod" and self.cues.get("modifier", child):
                return self.cues.get("modifier", child)
        if governed not in ("", "negated", "reported") and clause_modality in (
                "asserted", "reported"):
            return governed
        if tok.dep_ in self.pack.deps.core:
            return clause_modality
        return "reported" if reporter is not None else "asserted"

    def _speaker(self, reporter: Token | None, index: ActorIndex, doc: Doc) -> Mention | None:
        if reporter is None:
            return None
        if reporter.pos_ in ("NOUN", "PROPN"):  # "según fuentes locales", "según la ONU"
            spans = index.spans_at(reporter, Role.SUBJECT)
        else:
            spans = subjects(self.pack, reporter, index, depth=3).spans
        mentions = _mentions(spans, doc)
        return mentions[0] if mentions else None

    def _statements(self, doc: Doc, index: ActorIndex) -> list[Statement]:
        out = []
        for tok in with_pos(doc, "VERB"):
            if self.cues.get("governor", tok) != "reported":
                continue
            for child in tok.children:
                if child.dep_ in self.pack.deps.reported:
                    content = doc[child.left_edge.i:child.right_edge.i + 1]
                    speaker = self._speaker(tok, index, doc)
                    out.append(Statement(speaker, original(doc, content.start_char,
                                                           content.end_char),
                                         original(doc, tok.idx, tok.idx + len(tok)),
                                         content.start_char,
                                         content.end_char))
        return out


def _placed_adjectives(mentions: list[Mention]) -> list[Mention]:
    """The mentions but a sector adjective the story gives no country ("reduzca los
    despliegues militares" of no one named: "---MIL" tells nothing the code does not)."""
    return [m for m in mentions if m.how != Rule.SECTOR_ADJECTIVE.value]


def _with_actors(events: list[Event], trace: list[str]) -> list[Event]:
    """The events that name an actor on either side. One with neither ("fueron
    dinamitadas dos torres", "las protestas") tells an analyst nothing of who acted on
    whom: it is not emitted, and the trace (``explain``) shows it as discarded."""
    kept = []
    for event in events:
        if named(event.sources) or named(event.targets):
            kept.append(event)
        else:
            trace.append(f"{event.trigger}@{event.evidence[0][0]}: {event.cameo} by "
                         f"{event.rule} discarded: no actor on either side")
    return kept


def named(mentions: tuple[Mention, ...]) -> bool:
    """Whether a side names an actor: a mention whose actor has a code."""
    return any(m.actor.code for m in mentions)


def _mentions(spans: list[ActorSpan], doc: Doc, date: str | None = None) -> list[Mention]:
    out: list[Mention] = []
    for span in spans:
        out.extend(m for m in span.mentions(doc, date) if m not in out)
    return out


def _publication(published: dt.date | None) -> When:
    if published is None:
        return When(None, "unknown", inferred=True)
    return When(published.isoformat(), "day", inferred=True)
