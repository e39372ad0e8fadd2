"""An act named inside another act: "una petición de detención del ex dictador", "el
pedido de renuncia del presidente", "exigieron la renuncia del ministro".

What the "de" complement of the inner act noun is to the outer event (``inner_role``) is
read from the language pack's rows for the noun (which side its genitive fills) and the
codebook's quad classes: a request or demand is against whoever would do the act alone
("la renuncia del ministro", "la retirada de las tropas"); a request, demand or intent is
against whom an act of conflict would hit ("la detención de X"); whom another act would
be done to is no side ("la liberación de los secuestrados", "la extradición de X"); a
noun that is no act on its genitive leaves it to the outer event ("la solicitud de asilo
de X": X asks). Inside an event noun (``split_inner``) the inner act's actors are never
its sources, nor those of a genitive the parser hung beside the inner noun ("el pedido
de renuncia | del presidente"), but of an act done to them, only people are ("el pedido
de extradición de Pinochet"; "de Alemania" stays the requester). A verb's object or
passive subject naming the act gives the verb its target (``content_concerned``).
"""

from __future__ import annotations

from enum import Enum

from spacy.tokens import Token

from heraldo.actors.spans import ActorSpan
from heraldo.coding.arguments import ActorIndex, Argument, arguments, case_of, is_passive
from heraldo.coding.triggers import select
from heraldo.lang import LanguagePack, Role
from heraldo.ontology import load_ontology
from heraldo.resources import fold

#: requests and demands: an act its doer does alone is asked of them ("pidió la renuncia
#: del ministro"); an intent's is its own ("la promesa de retirada de Rusia")
ASKING_ROOTS = frozenset({"02", "10"})
#: requests, demands and intents: an act of conflict they ask for or promise is against
#: whom it is done to ("pidió la detención del general", "la promesa de desafuero de")
CONCERNED_ROOTS = ASKING_ROOTS | {"03"}
#: the kinds of actor that are people, not a state or an organisation that may ask
PEOPLE = frozenset({"person", "group"})


class Inner(Enum):
    """What the genitive of an act noun named inside an event is to that event."""

    OWN = "own"  # no act on it: it may be the event's own side ("la solicitud de asilo de")
    APART = "apart"  # the inner act's patient, no side ("la petición de liberación de")
    TARGET = "target"  # whom the event is against ("la petición de desafuero de")


def inner_role(pack: LanguagePack, token: Token, root: str) -> Inner:
    """What the genitive of the act noun ``token`` is to an event of CAMEO ``root`` that
    names the act: the target of a request for an act it does alone (a row of the noun
    with no target, or with the genitive on both sides: "la renuncia del ministro", "la
    retirada de las tropas", "el levantamiento de la inmunidad") or of a request or
    intent for an act of conflict on it (a row the noun's words select giving it the
    target: "la detención de", "el cierre de la embajada de"); no side when such a row
    does it another act ("la liberación de los secuestrados": those freed are no side of
    a demand for it); else the event's own (no act on it)."""
    if token.pos_ != "NOUN":
        return Inner.OWN
    rows = pack.patterns.nouns.get(fold(token.lemma_), ())
    alone = [p for p in rows if set(p.targets) <= {Role.GENITIVE} and
             (not p.targets or Role.GENITIVE in p.sources)]
    if root in ASKING_ROOTS and alone:
        return Inner.TARGET
    # an act on the genitive must be the noun's reading here: "el cierre de la
    # universidad" is no closure of an embassy
    done_to = [p for p in select(pack, token, pack.patterns.nouns)
               if p not in alone and Role.GENITIVE in p.targets]
    if not done_to:
        return Inner.OWN
    ontology = load_ontology()
    if root in CONCERNED_ROOTS and any(ontology.conflict(p.cameo) for p in done_to):
        return Inner.TARGET
    return Inner.APART


def inner_acts(pack: LanguagePack, args: list[Argument], root: str,
               found: dict[Argument, list[ActorSpan]]) -> dict[Argument, Inner]:
    """The genitives among the ``args`` of an event noun of CAMEO ``root`` that name an
    act on their own genitive, and those the parser hung right after them ("el pedido de
    renuncia | del presidente"), each with what the act's genitive is to the event: all
    of an act against its genitive; of an act done to its genitive, only those whose
    actors ``found`` are people ("el pedido de extradición de Pinochet"; "de Alemania",
    however hung, is the requester)."""
    acts = {a: inner_role(pack, a.token, root) for a in args if a.slot == Role.GENITIVE}
    acts = {a: role for a, role in acts.items() if role is not Inner.OWN}
    after = {a.token.right_edge.i + 1: role for a, role in acts.items()}
    beside = {a: after[a.token.left_edge.i] for a in args if a.slot == Role.GENITIVE
              and a not in acts and a.token.left_edge.i in after}
    return {a: role for a, role in (acts | beside).items() if role is Inner.TARGET or (
        found[a] and all(x.kind in PEOPLE for s in found[a] for x in s.actors))}


def split_inner(pack: LanguagePack, args: list[Argument], root: str,
                found: dict[Argument, list[ActorSpan]]
                ) -> tuple[dict[Argument, list[ActorSpan]], list[ActorSpan]]:
    """An event noun's actors by argument (``found``) without those of the acts its
    genitives name, and those of them the event is against."""
    inner = inner_acts(pack, args, root, found)
    concerned = [s for a, role in inner.items() if role is Inner.TARGET for s in found[a]]
    return ({a: ([] if a in inner else spans) for a, spans in found.items()},
            list(dict.fromkeys(concerned)))


def content_concerned(pack: LanguagePack, pred: Token, root: str,
                      index: ActorIndex) -> list[ActorSpan]:
    """Whom a verb of CAMEO ``root`` is against through the act its object (or passive
    subject) names: the actors of the act's genitive ("exigieron la renuncia del
    ministro", "el levantamiento de la inmunidad del senador fue pedido"), or whom its
    possessive refers back to ("exigió su renuncia"), not those of acts coordinated with
    it ("la renuncia de X y la liberación de Y")."""
    passive = is_passive(pack, pred, index=index)
    acts = [a.token for a in arguments(pack, pred) if a.slot == Role.OBJ] + \
        [c for c in pred.children if passive and c.dep_ in pack.deps.subject_or_passive]
    found: list[ActorSpan] = []
    for act in acts:
        if inner_role(pack, act, root) is Inner.TARGET:
            # the act's own genitive, the first that names an actor ("el retiro de
            # Israel | del Líbano sur": Israel withdraws)
            found += next((spans for c in act.children if c.dep_ in pack.deps.attached
                           and case_of(pack, c) == Role.GENITIVE
                           for spans in [index.spans_at(c, Role.GENITIVE, 1)] if spans),
                          []) or _done_alone_by_owner(pack, index, act)
    return list(dict.fromkeys(found))


def _done_alone_by_owner(pack: LanguagePack, index: ActorIndex, act: Token) -> list[ActorSpan]:
    """Whom the possessive on an act its genitive does alone refers back to ("exigió su
    renuncia": not the one who demands); none for an act done to its genitive, whose
    "su" is often the demander's own ("los presos exigen su liberación")."""
    if not any(Role.GENITIVE in p.sources for p in pack.patterns.nouns.get(fold(act.lemma_), ())):
        return []
    return index.possessive_owner(act)
