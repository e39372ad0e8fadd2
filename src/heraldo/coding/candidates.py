"""The coder's candidate search as ordered, named rules.

The triggers (``heraldo.coding.triggers``) are the tokens that can be events, with their
patterns. Noun triggers get their actors (``noun_candidate``); a verb trigger goes through
``VERB_RULES`` in order, and the first rule that answers (with candidates, or with none and
a line of trace) decides; a candidate keeps the name of its rule. Last, the object nouns a
verb already codes and the contents of intents and appeals are dropped.

Each rule is a small function of the document's ``Search`` (parse, actors, the noun
triggers found so far) and a token; nothing is kept on the shared ``Coder``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from spacy.tokens import Doc, Token

from heraldo.actors.spans import ActorSpan
from heraldo.coding.arguments import (
    ActorIndex,
    Argument,
    arguments,
    case_of,
    is_passive,
    object_verb,
)
from heraldo.coding.governor import FRAMING_ROLES, noun_governor
from heraldo.coding.grievance import grievance_targets
from heraldo.coding.harm import merge_harm
from heraldo.coding.nested import CONCERNED_ROOTS, content_concerned, split_inner
from heraldo.coding.noun_sides import argument_spans, noun_arguments, owner_side, possessor
from heraldo.coding.participants import parties
from heraldo.coding.participial import carrier_arguments
from heraldo.coding.subjects import (
    FALLBACK_FACTORS,
    Found,
    has_object,
    inherent_se,
    posts,
    subjects,
    targets,
)
from heraldo.coding.triggers import for_sources, triggers
from heraldo.lang import LanguagePack, Role
from heraldo.lang.patterns import Pattern
from heraldo.ontology import Ontology
from heraldo.resources import fold

#: appeals, intents, demands and rejections: their object noun is what they are about
CONTENT_ROOTS = frozenset({"02", "03", "10", "12"})
#: yielding and reducing relations: their object noun is the act they end or cut
#: ("levantó las sanciones contra", "suspendió la ayuda a"), whose sides are theirs
REVERSAL_ROOTS = frozenset({"08", "16"})
#: but a protest or strike called off took place, and is news of its own
#: ("levantaron el paro de diez días")
STILL_NEWS_ROOTS = frozenset({"14"})
#: intents and appeals: their complement refines their code, it is no event of its own
INTENT_ROOTS = frozenset({"02", "03"})
#: an intent: whom its content acts on is whom it concerns (an appeal's addressee is not)
INTENT_ROOT = "03"


class Rule(StrEnum):
    """The rule that made a candidate (its value is the name the trace shows)."""

    NOUN_ARGS = "noun-args"  # an event noun's own arguments
    NOUN_BETWEEN = "noun-between"  # "la reunión entre X y Y": the parties are sources
    NOUN_DEMONYM = "noun-demonym"  # "la incursión turca": the demonym's country
    NOUN_SECTOR = "noun-sector"  # "la protesta estudiantil": the sector adjective's people
    NOUN_POSSESSIVE = "noun-possessive"  # "su respaldo": the possessive's owner
    NOUN_GOVERNOR = "noun-governor"  # the subject of its light verb or framed clause
    VERB = "verb"  # a verb's subject (or agent) and its arguments
    SUBJECT_IS_TARGET = "subject-is-target"  # "murió por disparos de la policía"
    EACH = "each"  # coordinated subjects acting each on a non-actor object


@dataclass
class Candidate:
    """An event before its context is attached (one per trigger), with the rule that made
    it (``rule``, ``detail``) and how its sources were found (``found``, verbs only)."""

    trigger: Token
    pattern: Pattern
    sources: list[ActorSpan]
    targets: list[ActorSpan]
    rule: Rule
    found: Found | None = None
    detail: str = ""
    refined: str = ""  # a more specific code learnt from the content of an intent

    @property
    def cameo(self) -> str:
        """The CAMEO code: the refined one when the content refined it, else the pattern's."""
        return self.refined or self.pattern.cameo

    @property
    def how(self) -> str:
        """The rule and the way to the sources, as the trace shows them."""
        if self.found is None:
            return f"{self.rule.value}:{self.detail}" if self.detail else self.rule.value
        return str(self.found) if self.rule is Rule.VERB else f"{self.found}:{self.rule.value}"

    @property
    def source_factor(self) -> float:
        """How much the way the sources were found lowers the event's confidence
        (``FALLBACK_FACTORS``: the nearest actor, a continued or the lead's subject)."""
        if self.found is None or not self.sources or self.rule is not Rule.VERB:
            return 1.0
        return FALLBACK_FACTORS.get(self.found.way, 1.0)


@dataclass
class Search:
    """The per-document context of the candidate search."""

    pack: LanguagePack
    ontology: Ontology
    doc: Doc
    index: ActorIndex
    trace: list[str]
    #: noun triggers and their patterns
    nouns: dict[int, list[Pattern]] = field(default_factory=dict)
    #: the sources of each coded event noun (a verb whose object it is may take them)
    noun_sources: dict[int, list[ActorSpan]] = field(default_factory=dict)

    def note(self, token: Token, why: str) -> None:
        """Record in the trace why ``token`` was or was not coded."""
        self.trace.append(f"{token.text}@{token.idx}: {why}")


# -- event nouns -----------------------------------------------------------------------------
def _governor_subjects(search: Search, phrase: Token, governor: Token,
                       sources: list[ActorSpan], targets_: list[ActorSpan]
                       ) -> tuple[list[ActorSpan], list[ActorSpan]] | None:
    """The actors an event noun takes from the subject of a light verb ("mantuvieron una
    conversación") or of the clause it frames ("En una llamada, X y Y revisaron ..."),
    or None when it has neither."""
    pack = search.pack
    light = pack.patterns.light_verbs.get(fold(governor.lemma_))
    framing = phrase.dep_ == "obl" and case_of(pack, phrase) in FRAMING_ROLES
    if not ((light and phrase.dep_ in pack.deps.theme) or framing):
        return None
    found = subjects(pack, governor, search.index, reflexive=inherent_se(pack, governor))
    if light == "target":
        return sources, targets_ or found.spans
    return [s for s in found.spans if s not in targets_], targets_


def _modifier_sides(search: Search, tok: Token, p: Pattern, sources: list[ActorSpan],
                    targets_: list[ActorSpan], rule: Rule
                    ) -> tuple[list[ActorSpan], list[ActorSpan], Rule]:
    """"su respaldo a", "su detención": the owner of a possessive fills the side the
    noun's genitive would; else "la incursión turca", "el arresto británico": a demonym
    on the noun is its source (``owner_side``); else, for a conflict ("la protesta
    estudiantil"; not "la ayuda militar", aid of a kind), a sector adjective."""
    conflict = search.ontology.conflict(p.cameo)
    for found, role, by in (
            (possessor(search.pack, search.index, tok, sources), Role.GENITIVE,
             Rule.NOUN_POSSESSIVE),
            (search.index.demonyms.get(tok.i, []), None, Rule.NOUN_DEMONYM),
            (search.index.sectors.get(tok.i, []) if conflict else [], None,
             Rule.NOUN_SECTOR)):
        sides = owner_side(p, found, sources, targets_, role)
        if sides is not None:
            return sides[0], sides[1], by
    return sources, targets_, rule


def _own_sides(search: Search, p: Pattern, args: list[Argument]
               ) -> tuple[list[ActorSpan], list[ActorSpan], list[ActorSpan], Rule]:
    """An event noun's sides from its own arguments in the row's roles (the parties of
    "entre X y Y" are its sources), and whom an act named in its genitive concerns, which
    is no side of its own (``heraldo.coding.nested``)."""
    spans, concerned = split_inner(search.pack, args, p.code.root,
                                   argument_spans(search.index, args))
    src_args = [a for a in args if a.slot in p.sources]
    sources = [s for a in src_args for s in spans[a]]
    targets_ = [s for a in args if a.slot in p.targets and a not in src_args
                for s in spans[a] if s not in sources]
    between = any(spans[a] for a in args if a.slot == Role.BETWEEN)
    if between and Role.BETWEEN in p.targets and not sources:
        return targets_, [], concerned, Rule.NOUN_BETWEEN
    if not targets_ and p.targets:  # "el cierre de su embajada en Bakú"
        targets_ = [s for s in posts(args, search.pack, search.index) if s not in sources]
    return sources, targets_, concerned, Rule.NOUN_ARGS


def noun_candidate(search: Search, tok: Token, found: list[Pattern]) -> Candidate | None:
    """An event noun's actors: its own arguments ("la victoria de Azerbaiyán contra
    ...") and those of a participle that carries it ("las sanciones impuestas por la UE":
    ``participial``), a "por parte de" on the verb that governs it, the subject of a light verb
    or of the clause it frames (``_governor_subjects``), or a demonym on it."""
    p, pack = found[0], search.pack
    args = noun_arguments(pack, tok) + carrier_arguments(pack, tok, p)
    phrase, governor = noun_governor(pack, tok, p)
    if governor is not None and phrase.dep_ == "obj" and not is_passive(pack, governor):
        args += [a for a in arguments(pack, governor) if a.slot == Role.AGENT]
    sources, targets_, concerned, rule = _own_sides(search, p, args)
    detail = ""
    # a light verb's subject is the noun's source ("mantuvieron una conversación"), or,
    # for one whose subject undergoes the event, its target even when the noun names its
    # source ("recibió duras críticas de la oposición", "sufrió un ataque de la policía")
    undergoes = governor is not None and \
        pack.patterns.light_verbs.get(fold(governor.lemma_)) == "target"
    if governor is not None and (not sources or (undergoes and not targets_)):
        taken = _governor_subjects(search, phrase, governor, sources, targets_)
        if taken is not None and (taken[0] or Role.BETWEEN not in p.targets):
            sources, targets_ = taken
            rule, detail = Rule.NOUN_GOVERNOR, fold(governor.lemma_)
    if not targets_:  # "la petición de desafuero de X"
        targets_ = [s for s in concerned if s not in sources]
    if not sources and Role.BETWEEN in p.targets:  # "la reunión con X": a meeting of X's
        sources, targets_, rule = targets_, [], Rule.NOUN_BETWEEN
    if not (sources and targets_):
        sources, targets_, rule = _modifier_sides(search, tok, p, sources, targets_, rule)
    if not targets_:  # "la huelga frente a la embajada de Estados Unidos"
        targets_ = grievance_targets(pack, tok, p, args, search.index, sources)
    chosen = for_sources(found, sources, targets_)
    return Candidate(tok, chosen, sources, targets_, rule, detail=detail) if chosen else None


# -- verbs -----------------------------------------------------------------------------------
@dataclass
class Predicate:
    """A verb trigger with its patterns; its sources and pattern are found on demand."""

    search: Search
    token: Token
    patterns: list[Pattern]

    @cached_property
    def found(self) -> Found:
        """The actors doing the predicate (``heraldo.coding.subjects``)."""
        return subjects(self.search.pack, self.token, self.search.index,
                        reflexive=self.patterns[0].reflexive)

    @cached_property
    def pattern(self) -> Pattern | None:
        """The most specific pattern whose source constraint the sources meet and whose
        target constraint its targets meet ("el presidente atacó a la oposición"), or None."""
        return next((p for p in self.patterns if for_sources(
            [p], self.found.spans, self._targets(p) if p.target_sectors else None)), None)

    def _targets(self, pattern: Pattern) -> list[ActorSpan]:
        search = self.search
        found = targets(search.pack, self.token, pattern, search.index, search.noun_sources)
        if not found:  # "exigió la renuncia de X"
            found = content_concerned(search.pack, self.token, pattern.code.root, search.index)
        return found

    @cached_property
    def sides(self) -> tuple[list[ActorSpan], list[ActorSpan]]:
        """(sources, targets) under the chosen pattern: the targets are its arguments in
        the pattern's roles, the sources the subjects that are no target."""
        assert self.pattern is not None
        found = self._targets(self.pattern)
        return [s for s in self.found.spans if s not in found], found


def light_verb(pred: Predicate) -> list[Candidate] | None:
    """"mantuvieron una conversación": the event noun codes the event, not the verb."""
    search, tok = pred.search, pred.token
    if fold(tok.lemma_) in search.pack.patterns.light_verbs and any(
            c.i in search.nouns for c in tok.children if c.dep_ in search.pack.deps.theme):
        search.note(tok, "light verb, the event noun codes it")
        return []
    return None


def no_pattern(pred: Predicate) -> list[Candidate] | None:
    """No candidate (a trace line) when no pattern accepts the sources; else None."""
    if pred.pattern is None:
        pred.search.note(pred.token, "no pattern accepts its source")
        return []
    return None


def subject_is_target(pred: Predicate) -> list[Candidate] | None:
    """"murió por disparos de la policía", "resultó herido": the subject undergoes the
    event, its agent does it."""
    p, search, tok = pred.pattern, pred.search, pred.token
    if p is None or not p.subject_is_target or is_passive(search.pack, tok, p.reflexive):
        return None
    victims = pred.found.spans
    agents = [s for a in arguments(search.pack, tok) if a.slot == Role.AGENT
              for s in search.index.spans_at(a.token, Role.AGENT, 1) if s not in victims]
    return [Candidate(tok, p, agents, victims, Rule.SUBJECT_IS_TARGET, pred.found)]


def each_source(pred: Predicate) -> list[Candidate] | None:
    """They act on a third party that is no actor, not on each other: "los rebeldes y
    los paramilitares atacaron el pueblo" is an attack by each; "Rusia y Turquía apoyan
    a bandos opuestos" supports nobody we can code."""
    p, search, tok = pred.pattern, pred.search, pred.token
    if p is None:
        return None
    sources, found = pred.sides
    if len(sources) <= 1 or found or not has_object(search.pack, tok, p):
        return None
    if not search.ontology.conflict(p.cameo):
        search.note(tok, "its object is not an actor; not coded")
        return []
    return [Candidate(tok, p, [s], [], Rule.EACH, pred.found) for s in sources]


def verb_arguments(pred: Predicate) -> list[Candidate] | None:
    """The subject (or agent) does the event to the arguments in the pattern's roles."""
    p = pred.pattern
    if p is None:
        return None
    sources, found = pred.sides
    return [Candidate(pred.token, p, sources, found, Rule.VERB, pred.found)]


VerbRule = Callable[[Predicate], "list[Candidate] | None"]
#: in order; the first rule that answers (a list, maybe empty) decides
VERB_RULES: tuple[VerbRule, ...] = (
    light_verb, no_pattern, subject_is_target, each_source, verb_arguments)


# -- the search ------------------------------------------------------------------------------
def candidates(search: Search) -> list[Candidate]:
    """Every candidate event of the document, in the order of their triggers."""
    nouns, verbs = triggers(search.pack, search.doc)
    search.nouns = nouns
    out: list[Candidate] = []
    for i, found in nouns.items():
        cand = noun_candidate(search, search.doc[i], found)
        if cand is not None:
            # the owner of "su" is the clause's own subject, no target of its verb
            if cand.rule is not Rule.NOUN_POSSESSIVE:
                search.noun_sources[i] = cand.sources
            out.append(cand)
    for i, found in verbs.items():
        pred = Predicate(search, search.doc[i], found)
        out.extend(next(r for r in (rule(pred) for rule in VERB_RULES) if r is not None))
    for c in out:  # "en presencia del primer ministro", "junto al canciller"
        c.sources, c.targets = parties(search.pack, search.index, c.trigger, c.pattern,
                                       c.sources, c.targets)
    out = merge_harm(search, _drop_object_nouns(search, _drop_genitive_nouns(search, out)))
    return _drop_intent_contents(search, sorted(out, key=lambda c: c.trigger.i))


def _object_verb(search: Search, noun: Token,
                 verbs: dict[int, Candidate]) -> Candidate | None:
    """The verb candidate whose object ``noun`` is, directly ("impuso sanciones") or as
    the genitive of its object when that object is no event noun of its own ("adoptó una
    nueva ronda de sanciones")."""
    verb = object_verb(search.pack, noun)
    if verb is None or (verb is not noun.head and noun.head.i in search.nouns):
        return None
    return verbs.get(verb.i)


def _absorb(head: Candidate, c: Candidate) -> None:
    """``head`` codes ``c``'s event: ``c``'s sides fill its empty ones."""
    if not head.targets:
        head.targets = [s for s in c.targets if s not in head.sources]
    if not head.sources:
        head.sources = [s for s in c.sources if s not in head.targets]


def _drop_genitive_nouns(search: Search, cands: list[Candidate]) -> list[Candidate]:
    """"una nueva ronda de negociaciones", "una serie de ataques": an event noun of the
    same root as the event noun it is the genitive of is that event, not a second one;
    "la petición de liberación de", "una oferta de ayuda": the act a coded request,
    demand or intent names is its content, no event of its own."""
    nouns = {c.trigger.i: c for c in cands if c.pattern.noun}
    kept = []
    for c in cands:
        tok = c.trigger
        head = nouns.get(tok.head.i) if c.pattern.noun and tok.dep_ == "nmod" \
            and case_of(search.pack, tok) == Role.GENITIVE else None
        same = head is not None and head.pattern.code.same_root(c.pattern.code)
        content = head is not None and head.pattern.code.root in CONCERNED_ROOTS and \
            bool(head.sources or head.targets)
        if head is None or head is c or not (same or content):
            kept.append(c)
            continue
        if same:
            _absorb(head, c)
        search.note(tok, f"genitive of '{head.trigger.text}', which codes it")
    return kept


def _drop_object_nouns(search: Search, cands: list[Candidate]) -> list[Candidate]:
    """"impuso sanciones", "convocó una huelga": the verb codes the event its object
    names; the noun is not a second event of the same root, and its sides fill the
    verb's empty ones ("adoptó sanciones contra Bielorrusia"); nor is the act a verb ends
    or cuts ("levantó las sanciones contra Bielorrusia", "suspendió la ayuda a Egipto"),
    whose sides are the verb's too."""
    verbs = {c.trigger.i: c for c in cands if not c.pattern.noun}
    kept = []
    for c in cands:
        head = _object_verb(search, c.trigger, verbs) if c.pattern.noun else None
        if head is None:
            kept.append(c)
            continue
        same = head.pattern.code.same_root(c.pattern.code)
        reversal = head.pattern.code.root in REVERSAL_ROOTS and \
            c.pattern.code.root not in STILL_NEWS_ROOTS
        # "exigió la liberación de", "pidió ayuda": what is asked for
        if not same and not reversal and head.pattern.code.root not in CONTENT_ROOTS:
            kept.append(c)
            continue
        if same or reversal:
            _absorb(head, c)
        search.note(c.trigger, f"object of '{head.trigger.text}', which codes it")
    return kept


def _drop_intent_contents(search: Search, cands: list[Candidate]) -> list[Candidate]:
    """"se comprometieron a impulsar sus vínculos" is one event, the intent; what
    they committed to is its content, which refines its code (030 + 05x -> 032, and a
    hostile act makes it a threat: 030 + 19x -> 138), not a second event; its sides fill
    the intent's empty ones. Appeals work alike, but keep their own addressee; a threat
    keeps its content as an intended event ("amenazó con atacar")."""
    # only an intent that will be coded (it has actors) absorbs its content
    governors = {c.trigger.i: c for c in cands if c.pattern.code.root in INTENT_ROOTS
                 and (c.sources or c.targets)}
    verbs = {c.trigger.i: c for c in cands}
    kept: list[Candidate] = []
    for c in cands:
        governor = _governing(search.pack, c.trigger, governors)
        same = _governing(search.pack, c.trigger, verbs, 1)
        if governor is None and same is not None and same.pattern.code.same_root(c.pattern.code):
            # "llamaron a boicotear a la empresa": one boycott
            _absorb(same, c)
            search.note(c.trigger, f"content of '{same.trigger.text}', the same event")
            continue
        if governor is None:
            kept.append(c)
            continue
        refined = search.ontology.refine(governor.pattern.cameo, c.pattern.cameo)
        if refined and governor.pattern.code.generic:
            governor.refined = refined
        if governor.pattern.code.root == INTENT_ROOT:
            _absorb(governor, c)  # "está dispuesto a atacar a Israel": on whom
        search.note(c.trigger, f"content of '{governor.trigger.text}' ({governor.cameo}), "
                    "not an event of its own")
    return kept


def _governing(pack: LanguagePack, trigger: Token, governors: dict[int, Candidate],
               links: int = 2) -> Candidate | None:
    """The governor whose complement ``trigger`` is ("se comprometieron a impulsar",
    "su determinación de seguir impulsando"), through at most ``links`` complement links."""
    node = trigger
    for _ in range(links):
        if node.dep_ not in pack.deps.complement or node.head is node:
            return None
        node = node.head
        if node.i in governors:
            return governors[node.i]
    return None
