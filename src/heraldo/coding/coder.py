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
from itertools import chain

from spacy.tokens import Doc, Token

from heraldo.actors.spans import ActorSpan
from heraldo.coding.arguments import (
    OBJECT_ROLES,
    ActorIndex,
    Argument,
    arguments,
    case_of,
    fits,
    is_passive,
    slot_of,
)
from heraldo.coding.context import DateIndex, clause_context, clause_of
from heraldo.coding.merge import absorb_actorless_nouns, add_evidence, merge_events
from heraldo.coding.places import Places, localise
from heraldo.coding.relations import RelationFinder
from heraldo.lang import LanguagePack, Role
from heraldo.lang.patterns import Pattern
from heraldo.model import Event, Mention, Relation, Statement, When, stable_hash
from heraldo.nlp.text import original, sentence_index, token_table
from heraldo.ontology import load_ontology
from heraldo.resources import fold

log = logging.getLogger(__name__)

#: appeals, intents, demands and rejections: their object noun is what they are about
CONTENT_ROOTS = frozenset({"02", "03", "10", "12"})
#: the roles of an adverbial that frames a clause ("En una llamada, X y Y revisaron ...",
#: "durante la reunión", "tras la victoria")
FRAMING_ROLES = frozenset({Role.LOCATIVE, Role.DURING, Role.POSTERIOR})


@dataclass
class Candidate:
    """An event before its context is attached (one per trigger)."""

    trigger: Token
    pattern: Pattern
    sources: list[ActorSpan]
    targets: list[ActorSpan]
    how: str
    refined: str = ""  # a more specific code learnt from the content of an intent

    @property
    def cameo(self) -> str:
        return self.refined or self.pattern.cameo


@dataclass(frozen=True)
class Coded:
    events: tuple[Event, ...]
    statements: tuple[Statement, ...]
    trace: tuple[str, ...]  # why each predicate was or was not coded (for `explain`)
    fired: tuple[str, ...] = ()  # ids of the patterns chosen for a predicate
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
        self.pack = pack
        self.tables = pack.patterns
        self.cues = pack.modality
        self.ontology = load_ontology()
        self.relations = RelationFinder(pack)

    # -- pattern selection ---------------------------------------------------------
    def _bag(self, token: Token) -> set[str]:
        """Lemmas and words around a predicate that object constraints look at: its
        arguments and their dependents; the subject too when it is the theme (passive,
        relative clause "los drones que se utilizaron")."""
        words: set[str] = set()
        passive = is_passive(self.pack, token)
        near = [c for c in token.children if passive or c.dep_ not in self.pack.deps.subject]
        if token.dep_ in self.pack.deps.adnominal:
            near.append(token.head)
        for t in near:
            words.update((fold(t.lemma_), fold(t.text)))
            for g in t.children:
                words.update((fold(g.lemma_), fold(g.text)))
        return words

    def _reflexive(self, token: Token) -> bool:
        return any(c.pos_ == "PRON" and c.lower_ in self.pack.grammar.reflexive
                   for c in token.children) or self.pack.morphology.has_enclitic(token.lower_)

    def _copular_participle(self, token: Token) -> str:
        """The verb of an irregular participle after the passive auxiliary that the parser
        tagged as a noun ("fueron muertas por hombres armados" -> matar), or ""."""
        lemma = self.tables.participles.get(token_table(token.doc).folded[token.i], "")
        if lemma and any(c.dep_ in ("cop", "aux", "aux:pass")
                         and fold(c.lemma_) in self.pack.grammar.passive_auxiliary
                         for c in token.children):
            return lemma
        return ""

    def _select(self, token: Token, table: dict[str, tuple[Pattern, ...]],
                lemma: str = "") -> list[Pattern]:
        """The patterns of ``token``'s lemma whose clitic and object constraints hold, most
        specific first (the source constraint is checked once the source is known)."""
        patterns = table.get(lemma or fold(token.lemma_)) or table.get(fold(token.text))
        if not patterns:
            return []
        bag = self._bag(token)
        reflexive = self._reflexive(token)
        return [p for p in patterns
                if (reflexive or not p.reflexive)
                and (not p.objects or any(all(w in bag for w in term) for term in p.objects))]

    @staticmethod
    def _for_sources(patterns: list[Pattern], sources: list[ActorSpan]) -> Pattern | None:
        sectors = {s for span in sources for a in span.actors for s in a.sectors}
        return next((p for p in patterns if p.accepts_sources(sectors)), None)

    # -- arguments -------------------------------------------------------------------
    def _subjects(self, pred: Token, index: ActorIndex, depth: int = 0,
                  reflexive: bool = True) -> tuple[list[ActorSpan], str]:
        """The actors doing ``pred``: its subject, the agent of a passive, the subject of
        the verb it depends on ("se comprometieron a impulsar"), or the nearest actor
        before it that no preposition governs."""
        pack = self.pack
        passive = is_passive(pack, pred, reflexive)
        if passive:
            return self._passive_agents(pred, index)
        for child in pred.children:
            if child.dep_ in pack.deps.subject:
                found = index.spans_at(child, Role.SUBJECT)
                if found:
                    return found, "subject"
        if depth < 3 and pred.dep_ in pack.deps.inherit and pred.head != pred:
            head = pred.head
            controller = self._controller(pred, head, index)
            if controller:  # "acusó a los rebeldes de violar la tregua"
                return controller, "object-control"
            found, how = self._subjects(head, index, depth + 1, self._inherent_se(head))
            if found:
                return found, f"inherited:{pred.dep_}"
        if depth == 0 and "Inf" not in pred.morph.get("VerbForm", []):
            nearest = index.nearest_before(pred)
            if nearest:
                return nearest, "nearest"
            # a language that drops subjects continues an earlier one
            dropped = self.pack.morphology.dropped_subject(pred)
            return (index.spans_at(dropped, Role.SUBJECT) if dropped is not None else []), \
                "dropped-subject"
        return [], ""

    def _passive_agents(self, pred: Token, index: ActorIndex) -> tuple[list[ActorSpan], str]:
        """The agent of a passive: its own ("fue atacado por X"), one the parser hung on a
        noun of the clause ("fue muerta de varios impactos de arma de fuego por hombres
        armados"), or a coordinated participle's ("fue ejecutado y presentado como
        guerrillero por tropas del Ejército")."""
        pack = self.pack
        own = (c for c in pred.children if slot_of(pack, c) == Role.AGENT)
        hung = (t for t in pred.subtree if t.i != pred.i and slot_of(pack, t) == Role.AGENT
                and t.dep_ in pack.deps.agent_attachment and clause_of(t.head) == pred)
        for token in chain(own, hung):
            agents = index.spans_at(token, Role.AGENT, self.tables.agent_depth(token))
            if agents:
                return agents, "agent"
        for other in pred.conjuncts:
            for child in other.children:
                if slot_of(pack, child) == Role.AGENT and is_passive(pack, other):
                    agents = index.spans_at(child, Role.AGENT, self.tables.agent_depth(child))
                    if agents:
                        return agents, "agent:conjunct"
        return [], ""

    def _controller(self, pred: Token, head: Token, index: ActorIndex) -> list[ActorSpan]:
        """With a control verb ("acusar a X de", "pedir a X que", "instar a X a") the
        object, not the subject, does the complement's action."""
        if pred.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and \
                fold(head.head.lemma_) in self.tables.control_verbs:
            # parsed as "rebeldes de violar": the complement hangs on the object itself
            return index.spans_at(head, Role.RECIPIENT, 0)
        if fold(head.lemma_) not in self.tables.control_verbs or pred.dep_ not in (
                "xcomp", "advcl", "acl"):
            return []
        return [s for a in arguments(self.pack, head) if a.slot in OBJECT_ROLES
                and a.token.i != pred.i for s in index.spans_at(a.token, a.slot, 0)]

    def _inherent_se(self, verb: Token) -> bool:
        """Whether "se" with ``verb`` is part of the verb ("reunirse"), not a passive."""
        return any(p.reflexive for p in self.tables.verbs.get(fold(verb.lemma_), ()))

    def _targets(self, pred: Token, pattern: Pattern, index: ActorIndex,
                 noun_sources: dict[int, list[ActorSpan]]) -> list[ActorSpan]:
        pack = self.pack
        found: list[ActorSpan] = []
        args = arguments(pack, pred)
        if (pred.pos_ != "NOUN" or self._copular_participle(pred)) and is_passive(
                pack, pred, pattern.reflexive):
            args += [Argument(c, Role.OBJ) for c in pred.children
                     if c.dep_ in ("nsubj:pass", "nsubj")]
        # the parser often attaches "contra X" to a noun of the clause ("por primera vez
        # contra los separatistas"): look one level down too
        args += [Argument(g, slot_of(pack, g)) for a in list(args) for g in a.token.children
                 if g.dep_ == "nmod" and case_of(pack, g) in pattern.targets
                 and case_of(pack, g) != Role.GENITIVE]
        for arg in args:
            if not fits(arg, pattern.targets):
                continue
            if arg.token.i in noun_sources and noun_sources[arg.token.i]:
                spans = noun_sources[arg.token.i]  # "criticó la toma ... por parte de Moscú"
            else:
                spans = index.spans_at(arg.token, arg.slot)
            found.extend(s for s in spans if s not in found)
        return found

    # -- candidates ----------------------------------------------------------------------
    def _noun_candidate(self, tok: Token, found: list[Pattern],
                        index: ActorIndex) -> Candidate | None:
        """An event noun's actors: its own arguments ("la victoria de Azerbaiyán contra
        ..."), a "por parte de" on the verb that governs it, or the subject of a light verb
        ("mantuvieron una conversación") or of the clause it frames ("En una llamada, X
        y Y revisaron ...")."""
        p, pack = found[0], self.pack
        args = arguments(pack, tok)
        # the small model often makes the noun a modifier of its adjective ("llamada
        # telefónica"): the phrase then hangs from the adjective
        phrase = tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ in (
            "ADJ", "NOUN") else tok
        governor = phrase.head if phrase.head is not phrase else None
        if governor is not None and governor.pos_ in ("VERB", "AUX") and phrase.dep_ == "obj" \
                and not is_passive(pack, governor):
            args += [a for a in arguments(pack, governor) if a.slot == Role.AGENT]
        src_args = [a for a in args if a.slot in p.sources]
        sources = [s for a in src_args for s in index.spans_at(a.token, a.slot)]
        targets = [s for a in args if a.slot in p.targets and a not in src_args
                   for s in index.spans_at(a.token, a.slot) if s not in sources]
        how = "noun-args"
        if Role.BETWEEN in p.targets and not sources:
            sources, targets = targets, []
            how = "noun-between"
        if not sources and governor is not None and governor.pos_ in ("VERB", "AUX"):
            light = self.tables.light_verbs.get(fold(governor.lemma_))
            framing = phrase.dep_ == "obl" and case_of(pack, phrase) in FRAMING_ROLES
            if (light and phrase.dep_ in pack.deps.theme) or framing:
                subjects, _ = self._subjects(governor, index,
                                             reflexive=self._inherent_se(governor))
                if light == "target":
                    targets = targets or subjects
                else:
                    sources = [s for s in subjects if s not in targets]
                how = f"noun-governor:{fold(governor.lemma_)}"
        chosen = self._for_sources(found, sources)
        return Candidate(tok, chosen, sources, targets, how) if chosen else None

    def _has_object(self, pred: Token, pattern: Pattern) -> bool:
        return any(fits(a, pattern.targets) and a.token.pos_ in ("NOUN", "PROPN", "PRON")
                   and a.token.lower_ not in self.pack.grammar.reflexive
                   for a in arguments(self.pack, pred))

    def _is_light(self, tok: Token, noun_triggers: set[int]) -> bool:
        return fold(tok.lemma_) in self.tables.light_verbs and any(
            c.i in noun_triggers for c in tok.children if c.dep_ in self.pack.deps.theme)

    def candidates(self, doc: Doc, index: ActorIndex, trace: list[str]) -> list[Candidate]:
        nouns: dict[int, list[Pattern]] = {}
        verbs: dict[int, list[Pattern]] = {}
        for tok in doc:
            participle = self._copular_participle(tok)
            if participle:
                found = self._select(tok, self.tables.verbs, participle)
                if found:
                    verbs[tok.i] = found
            elif tok.pos_ in ("NOUN", "PROPN"):
                found = self._select(tok, self.tables.nouns)
                if found:
                    nouns[tok.i] = found
            elif tok.pos_ in ("VERB", "AUX", "ADJ"):
                found = self._select(tok, self.tables.verbs)
                if found:
                    verbs[tok.i] = found
        out: list[Candidate] = []
        noun_sources: dict[int, list[ActorSpan]] = {}
        for i, found in nouns.items():
            cand = self._noun_candidate(doc[i], found, index)
            if cand is None:
                continue
            noun_sources[i] = cand.sources
            out.append(cand)
        for i, found in verbs.items():
            tok = doc[i]
            if self._is_light(tok, set(nouns)):
                trace.append(f"{tok.text}@{tok.idx}: light verb, the event noun codes it")
                continue
            sources, how = self._subjects(tok, index, reflexive=found[0].reflexive)
            chosen = self._for_sources(found, sources)
            if chosen is None:
                trace.append(f"{tok.text}@{tok.idx}: no pattern accepts its source")
                continue
            p = chosen
            if p.subject_is_target and not is_passive(self.pack, tok, p.reflexive):
                # "murió por disparos de la policía", "resultó herido"
                targets = sources
                sources = [s for a in arguments(self.pack, tok) if a.slot == Role.AGENT
                           for s in index.spans_at(a.token, Role.AGENT, 1) if s not in targets]
                out.append(Candidate(tok, p, sources, targets, how + ":subject-is-target"))
                continue
            targets = self._targets(tok, p, index, noun_sources)
            sources = [s for s in sources if s not in targets]
            if len(sources) > 1 and not targets and self._has_object(tok, p):
                # they act on a third party that is no actor, not on each other: "los
                # rebeldes y los paramilitares atacaron el pueblo" is an attack by each;
                # "Rusia y Turquía apoyan a bandos opuestos" supports nobody we can code
                if self.ontology.quad_class(p.cameo) < 3:
                    trace.append(f"{tok.text}@{tok.idx}: its object is not an actor; "
                                 "not coded")
                    continue
                out.extend(Candidate(tok, p, [s], [], how + ":each") for s in sources)
                continue
            out.append(Candidate(tok, p, sources, targets, how))
        out = self._drop_object_nouns(out, trace)
        return self._drop_intent_contents(sorted(out, key=lambda c: c.trigger.i), trace)

    def _drop_object_nouns(self, cands: list[Candidate], trace: list[str]) -> list[Candidate]:
        """"impuso sanciones", "convocó una huelga": the verb codes the event its object
        names; the noun is not a second event of the same root."""
        verbs = {c.trigger.i: c for c in cands if not c.pattern.noun}
        kept = []
        for c in cands:
            head = verbs.get(c.trigger.head.i)
            if c.pattern.noun and c.trigger.dep_ in self.pack.deps.theme \
                    and head is not None and (
                        head.pattern.cameo[:2] == c.pattern.cameo[:2]
                        # "exigió la liberación de", "pidió ayuda": what is asked for
                        or head.pattern.cameo[:2] in CONTENT_ROOTS):
                trace.append(f"{c.trigger.text}@{c.trigger.idx}: object of "
                             f"'{head.trigger.text}', which codes it")
                continue
            kept.append(c)
        return kept

    def _drop_intent_contents(self, cands: list[Candidate],
                              trace: list[str]) -> list[Candidate]:
        """"se comprometieron a impulsar sus vínculos" is one event, the intent; what
        they committed to is its content, which refines its code (030 + 05x -> 032), not
        a second event. Appeals work alike; a threat keeps its content as an intended
        event ("amenazó con atacar")."""
        # only an intent that will be coded (it has actors) absorbs its content
        governors = {c.trigger.i: c for c in cands if c.pattern.cameo[:2] in ("02", "03")
                     and (c.sources or c.targets)}
        kept: list[Candidate] = []
        for c in cands:
            governor = _governing(self.pack, c.trigger, governors)
            if governor is None:
                kept.append(c)
                continue
            refined = self.ontology.refine(governor.pattern.cameo, c.pattern.cameo)
            if refined and governor.pattern.cameo == governor.pattern.cameo[:2] + "0":
                governor.refined = refined
            trace.append(f"{c.trigger.text}@{c.trigger.idx}: content of "
                         f"'{governor.trigger.text}' ({governor.cameo}), not an event "
                         "of its own")
        return kept

    # -- events ----------------------------------------------------------------------------
    def code(self, doc: Doc, spans: list[ActorSpan], article_id: str,
             published: dt.date | None, places: Places | None = None) -> Coded:
        index = ActorIndex(self.pack, spans)
        trace: list[str] = []
        cands = self.candidates(doc, index, trace)
        dates = DateIndex(doc, published, {c.trigger.i for c in cands}, self.pack)
        document = _Document(doc, index, places or Places(self.pack, doc, []), dates,
                             article_id, published)
        events: list[Event] = []
        for cand in cands:
            actorless = not cand.sources and not cand.targets
            if actorless and cand.pattern.noun and add_evidence(
                    events, cand.trigger, cand.pattern.cameo):
                trace.append(f"{cand.trigger.text}@{cand.trigger.idx}: no actor of its own; "
                             f"evidence of the previous {cand.pattern.cameo[:2]} event")
                continue
            if actorless and self.ontology.quad_class(cand.pattern.cameo) < 3:
                # a protest, an attack or a threat is news without named actors; a
                # statement, a meeting or an appeal by nobody is not
                trace.append(f"{cand.trigger.text}@{cand.trigger.idx}: {cand.pattern.cameo} "
                             "without actors is not coded (cooperative events need actors)")
                continue
            event = self._event(document, cand)
            trace.append(f"{cand.trigger.text}@{cand.trigger.idx}: {event.cameo} by "
                         f"{event.rule} ({cand.how})")
            events.append(event)
        statements = self._statements(doc, index)
        fired = tuple(dict.fromkeys(c.pattern.id for c in cands))
        relations = tuple(self.relations.find(doc, index))
        events = absorb_actorless_nouns(events)
        return Coded(tuple(merge_events(events)), tuple(statements), tuple(trace), fired,
                     relations)

    def _event(self, document: _Document, cand: Candidate) -> Event:
        doc, index, dates, article_id = document.doc, document.index, document.dates, \
            document.article_id
        tok, p = cand.trigger, cand.pattern
        context = clause_context(clause_of(tok) if p.noun else tok, self.pack)
        modality = context.modality
        if p.noun:
            modality = self._noun_modality(tok, context.modality, context.reporter)
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
        sources = localise(_mentions(cand.sources, doc, own_date), country, why)
        targets = localise(_mentions(cand.targets, doc, own_date), country, why)
        cameo = cand.cameo
        ptype, pmode = self.ontology.plover_for(cameo)
        sentence = sentence_index(doc, tok.i)
        # the evidence span: the trigger and the actors of its own sentence
        same = [m for m in sources + targets if m.sentence == sentence]
        start = min([tok.idx, *(m.start for m in same)])
        end = max([tok.idx + len(tok), *(m.end for m in same)])
        # an event without any actor ("fueron dinamitadas dos torres") is still an event,
        # with less confidence; "nearest" subjects are a guess
        confidence = round(p.confidence * (1.0 if cand.sources else 0.8)
                           * (1.0 if cand.sources or cand.targets else 0.6)
                           * (0.85 if cand.how == "nearest" else 1.0), 3)
        return Event(
            id=stable_hash(article_id, start, end, cameo, p.id),
            article_id=article_id, sentence=sentence, start=start, end=end,
            trigger=original(doc, tok.idx, tok.idx + len(tok)), sources=tuple(sources),
            targets=tuple(targets), cameo=cameo,
            plover=ptype, plover_mode=pmode, goldstein=self.ontology.goldstein(cameo),
            quad_class=self.ontology.quad_class(cameo), negated=context.negated,
            modality=modality,  # type: ignore[arg-type]
            attributed_to=speaker, when=when, where=where, confidence=confidence, rule=p.id,
            evidence=((tok.idx, tok.idx + len(tok)),))

    def _noun_modality(self, tok: Token, clause_modality: str, reporter: Token | None) -> str:
        """An event noun's own qualifier ("una posible ofensiva") decides; its clause's
        modality applies only when it is the clause's argument, not background ("tras la
        victoria de ...")."""
        for child in tok.children:
            if child.dep_ == "amod" and self.cues.get("modifier", child):
                return self.cues.get("modifier", child)
        if tok.dep_ in self.pack.deps.core:
            return clause_modality
        return "reported" if reporter is not None else "asserted"

    def _speaker(self, reporter: Token | None, index: ActorIndex, doc: Doc) -> Mention | None:
        if reporter is None:
            return None
        if reporter.pos_ in ("NOUN", "PROPN"):  # "según fuentes locales", "según la ONU"
            spans = index.spans_at(reporter, Role.SUBJECT)
        else:
            spans, _ = self._subjects(reporter, index, depth=3)
        mentions = _mentions(spans, doc)
        return mentions[0] if mentions else None

    def _statements(self, doc: Doc, index: ActorIndex) -> list[Statement]:
        out = []
        for tok in doc:
            if tok.pos_ != "VERB" or self.cues.get("governor", tok) != "reported":
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


def _governing(pack: LanguagePack, trigger: Token,
               governors: dict[int, Candidate]) -> Candidate | None:
    """The intent or appeal whose complement ``trigger`` is ("se comprometieron a impulsar",
    "su determinación de seguir impulsando"), through at most two complement links."""
    node = trigger
    for _ in range(2):
        if node.dep_ not in pack.deps.complement or node.head is node:
            return None
        node = node.head
        if node.i in governors:
            return governors[node.i]
    return None


def _mentions(spans: list[ActorSpan], doc: Doc, date: str | None = None) -> list[Mention]:
    out: list[Mention] = []
    for span in spans:
        out.extend(m for m in span.mentions(doc, date) if m not in out)
    return out


def _publication(published: dt.date | None) -> When:
    if published is None:
        return When(None, "unknown", inferred=True)
    return When(published.isoformat(), "day", inferred=True)
