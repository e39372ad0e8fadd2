"""Who does a predicate and to whom: its sources (the subject; the agent of a passive; the
subject inherited through "se comprometieron a impulsar" or the object of a control verb;
the nearest actor before it; a dropped subject) and its targets (the arguments in the
pattern's roles). Each way a source is found is named (``Found``), for the trace and the
event's confidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from itertools import chain

from spacy.tokens import Token

from heraldo.actors.context import one_of
from heraldo.actors.spans import ActorSpan
from heraldo.coding.arguments import (
    OBJECT_ROLES,
    ActorIndex,
    Argument,
    antecedent,
    arguments,
    case_of,
    fits,
    has_passive_auxiliary,
    is_passive,
    plural_phrase,
    slot_of,
)
from heraldo.coding.context import clause_of
from heraldo.coding.grievance import grievance_targets
from heraldo.lang import LanguagePack, Role
from heraldo.lang.patterns import Pattern
from heraldo.nlp.text import token_table
from heraldo.resources import fold

#: how deep the search for an inherited subject climbs
MAX_DEPTH = 3
#: the CAMEO roots of acts addressed to someone (appeal, demand, disapprove, reject):
#: with no object, the subject of the clause they report is whom they address
ADDRESSED_ROOTS = frozenset({"02", "10", "11", "12"})
#: the roles of an argument that names whom its verb acts on
ACTED_ON_ROLES = frozenset({Role.OBJ, Role.IOBJ, Role.RECIPIENT, Role.COMITATIVE,
                            Role.ADVERSATIVE})
#: the markers of a clause of purpose ("para atacar", "a protestar")
PURPOSE_MARKERS = frozenset({Role.PURPOSE, Role.RECIPIENT})


class Way(StrEnum):
    """How the sources of a predicate were found."""

    NONE = ""
    SUBJECT = "subject"
    AGENT = "agent"
    AGENT_CONJUNCT = "agent:conjunct"
    OBJECT_CONTROL = "object-control"
    INHERITED = "inherited"
    RELATIVE = "relative"
    NEAREST = "nearest"
    DROPPED_SUBJECT = "dropped-subject"
    LEAD = "lead"


#: how much each way that is not the clause's own grammar lowers an event's confidence:
#: the nearest actor before the verb is a guess; a dropped subject continued from an
#: earlier sentence is likelier; the story's main actor from its lead is a last resort
FALLBACK_FACTORS: dict[Way, float] = {Way.NEAREST: 0.85, Way.DROPPED_SUBJECT: 0.9,
                                      Way.LEAD: 0.75}
#: how many sentences (the headline and the lead) name the story's main actors
LEAD_SENTENCES = 2


@dataclass(frozen=True)
class Found:
    """The sources of a predicate and how they were found (``detail``: the dependency
    through which an inherited subject came)."""

    spans: list[ActorSpan]
    way: Way = Way.NONE
    detail: str = ""

    def __str__(self) -> str:
        """The way (and its detail) as the trace writes it ("way:detail", or the way alone)."""
        return f"{self.way.value}:{self.detail}" if self.detail else self.way.value


def subjects(pack: LanguagePack, pred: Token, index: ActorIndex, depth: int = 0,
             reflexive: bool = True) -> Found:
    """The actors doing ``pred``: its subject, the agent of a passive, the subject of
    the verb it depends on ("se comprometieron a impulsar"), or the nearest actor
    before it that no preposition governs."""
    if is_passive(pack, pred, reflexive, index):
        return passive_agents(pack, pred, index)
    for child in pred.children:
        if child.dep_ in pack.deps.subject:
            found = index.spans_at(child, Role.SUBJECT)
            if antecedent(pack, child) is not None:
                # "las compañías que solicitaron ayuda": the antecedent or no one, never
                # an actor of the main clause
                return Found(found, Way.RELATIVE)
            if found:
                return Found(found, Way.SUBJECT)
    if depth < MAX_DEPTH and pred.dep_ in pack.deps.inherit and pred.head != pred:
        head = pred.head
        controller = _controller(pack, pred, head, index)
        if controller:  # "acusó a los rebeldes de violar la tregua"
            return Found(controller, Way.OBJECT_CONTROL)
        if head.pos_ == "NOUN" and head.dep_ in pack.deps.theme and head.head != head:
            head = head.head  # "iniciaron una huelga para protestar": the strikers'
        if active_after_passive(pack, pred, head, index):
            # "las marchas fueron autorizadas por el Gobierno y se concentrarán": what the
            # passive is said of goes on, never its agent
            return Found([s for c in head.children if c.dep_ in pack.deps.subject_or_passive
                          for s in index.spans_at(c, Role.SUBJECT)], Way.INHERITED, pred.dep_)
        inherited = subjects(pack, head, index, depth + 1, inherent_se(pack, head))
        if inherited.spans:
            return Found(inherited.spans, Way.INHERITED, pred.dep_)
    if depth == 0 and "Inf" not in pred.morph.get("VerbForm", []):
        nearest = index.nearest_before(pred)
        if nearest:
            return Found(nearest, Way.NEAREST)
        # a language that drops subjects continues an earlier one
        dropped = pack.morphology.dropped_subject(pred)
        continued = index.spans_at(dropped, Role.SUBJECT) if dropped is not None else []
        if continued:
            return Found(continued, Way.DROPPED_SUBJECT)
        return lead_subjects(pack, pred, index)
    return Found([])


def active_after_passive(pack: LanguagePack, verb: Token, head: Token,
                         index: ActorIndex) -> bool:
    """Whether the finite ``verb`` is coordinated with the periphrastic passive ``head``
    ("fueron autorizadas por"): its subject is the passive's subject, not its agent. A
    "se" of the head says too little ("se dieron cuenta y solicitaron ayuda"), and a noun
    after "ser" is no passive ("es víctima de una campaña y denunció")."""
    return verb.dep_ == "conj" and "Fin" in verb.morph.get("VerbForm", []) and \
        head.pos_ != "NOUN" and has_passive_auxiliary(pack, head) and \
        is_passive(pack, head, inherent_se(pack, head), index)


def lead_subjects(pack: LanguagePack, pred: Token, index: ActorIndex) -> Found:
    """The last resort for a finite clause with no subject at all, in a language that
    drops subjects: the story's main actor, the subject of the main clause of its headline
    or lead (the first ``LEAD_SENTENCES`` sentences) that agrees with the verb in number."""
    if pred.sent.start == 0 or any(c.dep_.startswith("nsubj") for c in pred.children) \
            or "Fin" not in pred.morph.get("VerbForm", []) \
            or "3" not in pred.morph.get("Person", ["3"]):
        return Found([])
    plural = "Plur" in pred.morph.get("Number", [])
    for n, sentence in enumerate(pred.doc.sents):
        if n >= LEAD_SENTENCES or sentence.start >= pred.sent.start:
            break
        for child in sentence.root.children:
            if child.dep_ not in pack.deps.subject:
                continue
            spans = index.spans_at(child, Role.SUBJECT)
            if spans and plural_phrase(child) == plural:
                return Found(spans, Way.LEAD)
    return Found([])


def passive_agents(pack: LanguagePack, pred: Token, index: ActorIndex) -> Found:
    """The agent of a passive: its own ("fue atacado por X"), one the parser hung on a
    noun of the clause ("fue muerta de varios impactos de arma de fuego por hombres
    armados"), or a coordinated participle's ("fue ejecutado y presentado como
    guerrillero por tropas del Ejército")."""
    tables = pack.patterns
    own = (c for c in pred.children if slot_of(pack, c) == Role.AGENT)
    hung = (t for t in pred.subtree if t.i != pred.i and slot_of(pack, t) == Role.AGENT
            and t.dep_ in pack.deps.agent_attachment and clause_of(t.head) == pred)
    for token in chain(own, hung):
        agents = index.spans_at(token, Role.AGENT, tables.agent_depth(token))
        if agents:
            return Found(agents, Way.AGENT)
    for other in pred.conjuncts:
        for child in other.children:
            if slot_of(pack, child) == Role.AGENT and is_passive(pack, other):
                agents = index.spans_at(child, Role.AGENT, tables.agent_depth(child))
                if agents:
                    return Found(agents, Way.AGENT_CONJUNCT)
    return Found([])


def _controller(pack: LanguagePack, pred: Token, head: Token,
                index: ActorIndex) -> list[ActorSpan]:
    """With a control verb ("acusar a X de", "pedir a X que", "instar a X a") the
    object before the complement, not the subject, does the complement's action."""
    control_verbs = pack.patterns.control_verbs
    if pred.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and \
            fold(head.head.lemma_) in control_verbs:
        # parsed as "rebeldes de violar": the complement hangs on the object itself
        return index.spans_at(head, Role.RECIPIENT, 0)
    if fold(head.lemma_) not in control_verbs or pred.dep_ not in ("xcomp", "advcl", "acl"):
        return []
    # the controller comes before its complement: in "llamaron a boicotear a la empresa"
    # the company is the boycott's object, however the parser hung it
    return [s for a in arguments(pack, head) if a.slot in OBJECT_ROLES
            and a.token.i < pred.i for s in index.spans_at(a.token, a.slot, 0)]


def inherent_se(pack: LanguagePack, verb: Token) -> bool:
    """Whether "se" with ``verb`` is part of the verb ("reunirse"), not a passive."""
    return any(p.reflexive for p in pack.patterns.verbs.get(fold(verb.lemma_), ()))


def copular_participle(pack: LanguagePack, token: Token) -> str:
    """The verb of an irregular participle after the passive auxiliary that the parser
    tagged as a noun ("fueron muertas por hombres armados" -> matar), or ""."""
    lemma = pack.patterns.participles.get(token_table(token.doc).folded[token.i], "")
    return lemma if lemma and has_passive_auxiliary(pack, token) else ""


def targets(pack: LanguagePack, pred: Token, pattern: Pattern, index: ActorIndex,
            noun_sources: dict[int, list[ActorSpan]]) -> list[ActorSpan]:
    """The actors ``pred`` acts on: its arguments in the pattern's roles (the subject of a
    passive is its object); an argument that is a coded event noun gives that noun's
    sources ("criticó la toma ... por parte de Moscú")."""
    found: list[ActorSpan] = []
    args = arguments(pack, pred)
    if (pred.pos_ != "NOUN" or copular_participle(pack, pred)) and is_passive(
            pack, pred, pattern.reflexive, index):
        args += [Argument(c, Role.OBJ) for c in pred.children
                 if c.dep_ in ("nsubj:pass", "nsubj")]
    # the parser often attaches "contra X" to a noun of the clause ("por primera vez
    # contra los separatistas"): look one level down too
    args += [Argument(g, slot_of(pack, g)) for a in list(args) for g in a.token.children
             if g.dep_ in pack.deps.attached and case_of(pack, g) in pattern.targets
             and case_of(pack, g) != Role.GENITIVE]
    for arg in args:
        if not fits(arg, pattern.targets):
            continue
        if noun_sources.get(arg.token.i):
            spans = noun_sources[arg.token.i]
        else:  # "canceló su detención": whom "su" refers back to
            spans = index.spans_at(arg.token, arg.slot) or index.possessive_referent(arg.token)
        found.extend(s for s in spans if s not in found)
    return _implied(pack, pred, pattern, args, index, noun_sources, found)


def _implied(pack: LanguagePack, pred: Token, pattern: Pattern, args: list[Argument],
             index: ActorIndex, noun_sources: dict[int, list[ActorSpan]],
             found: list[ActorSpan]) -> list[ActorSpan]:
    """The targets a predicate implies beyond its arguments: an envoy's state or post, the
    parties of an event between them, the addressee of a reported act, the owner of the
    thing acted on."""
    found.extend(s for s in posts(args, pack, index) if s not in found)
    if not found and Role.BETWEEN in pattern.targets:  # an event between parties
        found = _participants(pack, pred, index)
    if not found and pattern.targets and pattern.cameo[:2] in ADDRESSED_ROOTS:
        found = _content_subjects(pack, pred, index)
    if not found and pattern.targets:
        found = complement_targets(pack, pred, index)
    if not found:  # "protestaron frente a la embajada de Estados Unidos"
        found = grievance_targets(pack, pred, pattern, args, index)
    if not pattern.targets:
        found.extend(s for s in _owners(args, index, noun_sources) if s not in found)
    return found


def complement_targets(pack: LanguagePack, pred: Token, index: ActorIndex,
                       depth: int = 2) -> list[ActorSpan]:
    """Whom ``pred`` acts on through a clause of its own doer: the actors an infinitive
    complement acts on ("ofreció negociar un calendario con la oposición", "se preparan
    para atacar intereses estadounidenses"), or, for a verb with no object of its own, a
    clause of purpose ("seguían combatiendo para arrebatar la ciudad a la guerrilla"),
    down to ``depth`` such clauses. A clause with a subject of its own is another's act."""
    bare = not any(a.slot == Role.OBJ for a in arguments(pack, pred))
    clauses = list(pred.children)
    if pred.dep_ in pack.deps.complement and pred.head is not pred:
        # "seguían combatiendo para arrebatar": the purpose hangs on the aspect verb
        clauses += [c for c in pred.head.children if c.i > pred.i]
    for clause in clauses:
        if clause.dep_ not in pack.deps.acting_complement or clause.pos_ != "VERB" or any(
                c.dep_ in pack.deps.subject_or_passive for c in clause.children):
            continue
        if clause.dep_ not in pack.deps.complement and not (
                bare and case_of(pack, clause) in PURPOSE_MARKERS):
            continue
        found = [s for t in _acted_on(pack, clause) for s in index.spans_at(t, slot_of(pack, t))]
        if not found and depth > 1:
            found = complement_targets(pack, clause, index, depth - 1)
        if found:
            return list(dict.fromkeys(found))
    return []


def _acted_on(pack: LanguagePack, verb: Token) -> list[Token]:
    """The arguments of ``verb`` that name whom it acts on (objects, "a", "con", "contra"),
    with those the parser hung on its objects' nouns ("negociar un calendario de
    elecciones con la oposición")."""
    out: list[Token] = []
    nouns = [c for c in verb.children if c.dep_ in pack.deps.argument]
    for _ in range(3):
        nouns = [t for t in nouns if slot_of(pack, t) in ACTED_ON_ROLES and t not in out]
        out += nouns
        nouns = [g for t in nouns if t.pos_ in ("NOUN", "PROPN") for g in t.children
                 if g.dep_ in pack.deps.attached]
    return out


def _content_subjects(pack: LanguagePack, pred: Token, index: ActorIndex) -> list[ActorSpan]:
    """Whom a demand, an appeal or a denunciation with no object of its own is about:
    the subject of the clause it reports ("denunció que el gobierno no nacionalizará",
    "exigió que el Ejército se retire")."""
    for child in pred.children:
        if child.dep_ in pack.deps.reported and child.pos_ in ("VERB", "AUX"):
            for subject in child.children:
                if subject.dep_ in pack.deps.subject_or_passive:
                    return index.spans_at(subject, Role.SUBJECT)
    return []


#: how deep below the thing acted on its owner may be named: "una estructura de lavado de
#: dinero del cártel" (three "de" phrases down)
OWNER_DEPTH = 3


def _owners(args: list[Argument], index: ActorIndex,
            noun_sources: dict[int, list[ActorSpan]]) -> list[ActorSpan]:
    """Whoever owns the thing a pattern without an actor object acts on ("destruyeron
    veinte casas", "rechazó las acusaciones"): "las casas palestinas", "las acusaciones
    de Rusia"; whom "su" refers back to on an act done to its genitive ("canceló su
    detención")."""
    found: list[ActorSpan] = []
    for arg in args:
        thing = _partitive(index.pack, arg.token) if arg.slot == Role.OBJ else None
        if thing is not None:
            owners = noun_sources.get(thing.i) or index.spans_at(
                thing, arg.slot, OWNER_DEPTH) or index.possessive_referent(thing)
            found.extend(s for s in owners if s not in found)
    return found


def _partitive(pack: LanguagePack, token: Token) -> Token | None:
    """The thing an object names: the noun itself, or the whole of a partitive ("una de
    las estructuras": the structures)."""
    if token.pos_ == "NOUN":
        return token
    if token.pos_ in ("PRON", "NUM"):
        return next((c for c in token.children if c.dep_ in pack.deps.attached
                     and c.pos_ == "NOUN" and case_of(pack, c) == Role.GENITIVE), None)
    return None


def posts(args: list[Argument], pack: LanguagePack, index: ActorIndex) -> list[ActorSpan]:
    """The states a predicate with arguments ``args`` acts on through their envoys or
    missions, or through those posted to them: "expulsó al embajador de Venezuela", "a dos
    diplomáticos estadounidenses" act on the envoy's state; "retiró a su embajador en
    Rabat", "llamó a consultas a su embajador en Argel", "el cierre de su embajada en Bakú"
    on the post's (the parser hangs the post on the envoy or on the predicate)."""
    envoys = [a.token for a in args if one_of(a.token, pack.role_nouns.envoy)]
    if not envoys:
        return []
    places = [a.token for a in args if a.slot == Role.LOCATIVE] + \
        [c for e in envoys for c in e.children if case_of(pack, c) == Role.LOCATIVE]
    states = [s for e in envoys for s in index.spans_at(e, Role.OBJ)] + \
        [s for p in places for s in index.at.get(p.i, ())]
    return [s for s in states if s.actors[0].country]


def _participants(pack: LanguagePack, pred: Token, index: ActorIndex) -> list[ActorSpan]:
    """The parties a relative clause of participation inside ``pred``'s arguments names:
    "un esfuerzo de paz mediado por Rusia en el que participan Armenia y Azerbaiyán"."""
    found: list[ActorSpan] = []
    # the noun phrases of its arguments, down to (not into) any other clause
    nouns = [c for c in pred.children if c.dep_ not in pack.deps.subject_or_passive
             and c.pos_ in ("NOUN", "PROPN")]
    while nouns:
        noun = nouns.pop()
        for child in noun.children:
            if child.pos_ in ("NOUN", "PROPN"):
                nouns.append(child)
            elif child.dep_ in pack.deps.relative_clause and \
                    fold(child.lemma_) in pack.role_verbs.participation:
                for subject in child.children:
                    if subject.dep_ in pack.deps.subject:
                        # "en el que participan Armenia y el aliado de Turquía, Azerbaiyán":
                        # the parser may hang the second party on the clause's noun
                        late = [c for c in noun.conjuncts if c.i > subject.i]
                        found.extend(s for party in (subject, *late)
                                     for s in index.spans_at(party, Role.SUBJECT)
                                     if s not in found and not s.start <= noun.i < s.end)
    return found


def has_object(pack: LanguagePack, pred: Token, pattern: Pattern) -> bool:
    """Whether ``pred`` has a nominal object in the pattern's target roles (an actor or
    not)."""
    return any(fits(a, pattern.targets) and a.token.pos_ in ("NOUN", "PROPN", "PRON")
               and a.token.lower_ not in pack.grammar.reflexive
               for a in arguments(pack, pred))
