"""Whom a protest, a demand, a rejection or a threat is against when no argument of the
verb (or the event noun) names an actor, but the text names one around it (issue 16):

- the author or owner of the thing it is against: the agent of a participle on it ("los
  peajes instalados por el gobierno uruguayo", "sus depósitos retenidos por los bancos"),
  the "de" complement or demonym of an ``authored`` noun ("la derogación del decreto del
  Ejecutivo", "la presencia militar siria"), the targets of a relative clause against
  someone on it ("corean lemas que critican a Estados Unidos");
- the addressee a ``frame`` noun carries ("en demanda de aumentos salariales al Gobierno",
  "en rechazo a Estados Unidos") and the owner of its object ("en rechazo a la política
  económica de Mahuad");
- the institution whose seat is the place of the act ("frente a la embajada de Estados
  Unidos", "frente al Congreso").

Only acts against someone take these targets (the CAMEO roots of ``grievances.tsv``:
demand, disapprove, reject, threaten, protest); the words are the language pack's too.
Where the text names nobody, the target stays empty: no one is assumed.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from heraldo.actors.spans import PLACE_KINDS, ActorSpan
from heraldo.coding.arguments import (
    PERSONAL_ROLES,
    ActorIndex,
    Argument,
    arguments,
    case_of,
    fits,
    is_passive,
    slot_of,
)
from heraldo.lang import LanguagePack, Role
from heraldo.lang.patterns import Pattern
from heraldo.resources import fold

#: the roles of the place of an act in front of, outside, towards or up to a seat ("junto
#: a" is left out: it is also "together with"); "ante" only for the pack's
#: ``audience_root`` acts (``_place_roles``)
PLACE_ROLES = frozenset({Role.FACING, Role.EXTERIOR, Role.DIRECTION, Role.TERMINUS})
#: the roles in which a frame noun names its addressee ("en rechazo a", "en protesta contra")
ADDRESS_ROLES = (Role.RECIPIENT, Role.IOBJ, Role.ADVERSATIVE, Role.AUDIENCE)
#: how many "de" complements down the owner of the thing acted on may be ("la derogación
#: del decreto del Ejecutivo")
MAX_DEPTH = 3


def is_grievance(pack: LanguagePack, pattern: Pattern) -> bool:
    """Whether ``pattern`` codes an act against someone (a demand, a disapproval, a
    rejection, a threat, a protest): its CAMEO root is one of the pack's."""
    return pattern.code.root in pack.grievances.root


def grievance_targets(pack: LanguagePack, pred: Token, pattern: Pattern,
                      args: list[Argument], index: ActorIndex,
                      sources: list[ActorSpan] | None = None) -> list[ActorSpan]:
    """Whom ``pred`` (a verb or an event noun against someone, with ``args``) is
    against, from the phrases around it; never its own subject or ``sources``."""
    if not is_grievance(pack, pattern):
        return []
    own = {t.i for c in pred.children if c.dep_ in pack.deps.subject_or_passive
           for t in c.subtree}
    places = PLACE_ROLES | ({Role.AUDIENCE} if pattern.code.root in pack.grievances.audience_root
                            else set())
    found: list[ActorSpan] = []
    for token, slot, frame in _phrases(pack, pred, args, places):
        for span in _against(pack, token, slot, frame, places, index):
            if span not in found and span.head not in own and span not in (sources or ()):
                found.append(span)
    return found


def _phrases(pack: LanguagePack, pred: Token, args: list[Argument], places: frozenset[Role]
             ) -> Iterator[tuple[Token, Role, str]]:
    """The phrases that may say whom ``pred`` is against, each with its slot and the frame
    noun that carries it ("" for none): the arguments (all framed when one is a frame noun
    or has one in its case marker: "en demanda de mejores salarios al Gobierno"), the
    arguments of a frame noun among them, and the phrases of a place adverb the parser
    hung on the predicate ("frente al Congreso")."""
    frames = pack.grievances.frame
    framing = next((f for a in args if (f := _frame(pack, a.token))), "")
    for arg in args:
        yield arg.token, _place_role(pack, arg.token, places) or arg.slot, framing
        if _one_of(arg.token, frames):
            yield from _frame_arguments(pack, arg.token)
    for child in pred.children:
        role = pack.role_of(child.text)
        if child.dep_ not in pack.deps.argument and role in places:
            for phrase in child.children:
                if phrase.pos_ in ("NOUN", "PROPN"):
                    yield phrase, role, ""


def _frame_arguments(pack: LanguagePack, noun: Token) -> Iterator[tuple[Token, Role, str]]:
    """The arguments of a frame noun, framed by it; but with its object in "de", a frame
    that demands nothing takes no "a X" as addressee ("en rechazo del recorte a los
    jubilados": its victims; "en rechazo a Estados Unidos" is its object)."""
    frame = fold(noun.lemma_)
    inner = arguments(pack, noun)
    owned = frame not in pack.grievances.demand and any(a.slot == Role.GENITIVE for a in inner)
    for arg in inner:
        yield arg.token, arg.slot, "" if owned and arg.slot in PERSONAL_ROLES else frame


def _place_role(pack: LanguagePack, token: Token, places: frozenset[Role]) -> Role | None:
    """The place role of ``token``'s case marker, of any part of speech (the parser tags
    "frente" in "frente a la embajada" as a noun), or None."""
    roles = [pack.role_of(c.text) for c in token.children if c.dep_ in pack.deps.marker]
    return next((r for r in roles if r in places), None)


def _frame(pack: LanguagePack, token: Token) -> str:
    """The frame noun ``token`` is ("en rechazo a") or its case marker holds ("en demanda
    de"), folded; "" for none."""
    frames = pack.grievances.frame
    if _one_of(token, frames):
        return fold(token.lemma_)
    return next((fold(g.text) for c in token.children if c.dep_ in pack.deps.marker
                 for g in c.children if fold(g.text) in frames), "")


def _against(pack: LanguagePack, token: Token, slot: Role, frame: str,
             places: frozenset[Role], index: ActorIndex) -> list[ActorSpan]:
    """Whom one phrase says the act is against: the institution of a seat it takes place
    at, the addressee of a frame, the author or owner of the thing it is against."""
    if slot in places:
        seated = _seated(pack, token, index)
        if seated:
            return seated
    if frame:
        addressees = _addressees(pack, token, slot, frame, index)
        if addressees:
            return addressees
    if token.pos_ != "NOUN" or index.at.get(token.i):
        return []
    return _authors(pack, token, index, MAX_DEPTH)


def _addressees(pack: LanguagePack, token: Token, slot: Role, frame: str,
                index: ActorIndex) -> list[ActorSpan]:
    """The addressee of a framed phrase: an actor named at it in an address role (a frame
    noun's own "en rechazo a Estados Unidos"), or, beside a frame of demand, the verb's own
    "al Gobierno" (unless a place it goes to, "marcharon a Caracas en demanda de") and an
    actor named in the "a X" of the thing demanded ("en demanda de aumentos al Gobierno";
    not "en rechazo del recorte a los jubilados": its victims). An actor the parser hung
    below the phrase is none ("en protesta contra la delincuencia en El Salvador,
    empresarios ...")."""
    def named(t: Token, role: Role, places: bool) -> list[ActorSpan]:
        return [s for s in index.spans_at(t, role, 0) if index.at.get(t.i)
                and (places or s.kind not in PLACE_KINDS)]

    demand = frame in pack.grievances.demand
    verbs = token.head.pos_ in ("VERB", "AUX")
    found = named(token, slot, not verbs) if slot in ADDRESS_ROLES and (demand or not verbs) \
        else []
    if demand:
        found += [s for c in token.children if c.dep_ == "nmod"
                  and slot_of(pack, c) in ADDRESS_ROLES
                  for s in named(c, slot_of(pack, c), False)]
    return found


def _seated(pack: LanguagePack, token: Token, index: ActorIndex) -> list[ActorSpan]:
    """The institution at a place of the act: an actor named there that is no place name
    ("frente al Congreso", "ante la Casa Rosada"; not "frente a Cuba"), or the "de"
    complement of a seat or a building ("frente a la embajada de Estados Unidos"), never
    the building itself."""
    if _one_of(token, pack.grievances.seat) or _one_of(token, pack.role_nouns.building):
        return _genitives(pack, token, index)  # not the building ("frente a la escuela")
    if not index.at.get(token.i):  # "frente a las costas cubanas": a place, no one's seat
        return []
    return [s for s in index.spans_at(token, Role.OBJ, 0) if s.kind not in PLACE_KINDS]


def _one_of(token: Token, words: frozenset[str]) -> bool:
    """Whether ``token``'s lemma or form (folded) is one of ``words``."""
    return fold(token.lemma_) in words or fold(token.text) in words


def _genitives(pack: LanguagePack, noun: Token, index: ActorIndex) -> list[ActorSpan]:
    """The actors named at ``noun``'s "de" complements ("del Ejecutivo", "de Estados
    Unidos"), not below them ("el aumento de sueldos ... de Honduras")."""
    return [s for c in noun.children if c.dep_ == "nmod" and case_of(pack, c) == Role.GENITIVE
            for s in index.spans_at(c, Role.GENITIVE, 0)]


def _authors(pack: LanguagePack, noun: Token, index: ActorIndex, depth: int) -> list[ActorSpan]:
    """The author or owner of the thing ``noun`` names: the agent of a participle on it,
    the targets of a relative clause against someone on it, the "de" complement or the
    demonym of an authored noun; else those of its "de" complements that are no actors,
    down to ``depth`` ("la derogación del decreto del Ejecutivo")."""
    found: list[ActorSpan] = []
    for child in noun.children:
        if child.dep_ in pack.deps.adnominal and "Part" in child.morph.get("VerbForm", []):
            found += [s for g in child.children if slot_of(pack, g) == Role.AGENT
                      for s in index.spans_at(g, Role.AGENT, pack.patterns.agent_depth(g))]
        elif child.dep_ in pack.deps.relative_clause:
            found += _relative_targets(pack, child, index)
    if _one_of(noun, pack.grievances.authored):
        found += _genitives(pack, noun, index) or list(index.demonyms.get(noun.i, ()))
    if found or depth <= 1:
        return found
    for child in noun.children:
        if child.dep_ == "nmod" and child.pos_ == "NOUN" and not index.at.get(child.i) \
                and case_of(pack, child) == Role.GENITIVE:
            found += _authors(pack, child, index, depth - 1)
    return found


def _relative_targets(pack: LanguagePack, clause: Token, index: ActorIndex) -> list[ActorSpan]:
    """The targets of a relative clause against someone ("lemas que critican a Estados
    Unidos"): its arguments in the roles its verb's patterns give targets."""
    if is_passive(pack, clause):  # "las cuales fueron retiradas por la policía": its agent
        return []
    patterns = [p for p in pack.patterns.verbs.get(fold(clause.lemma_), ())
                if is_grievance(pack, p)]
    roles = tuple({r for p in patterns for r in p.targets})
    return [s for a in arguments(pack, clause) if fits(a, roles)
            and a.token.pos_ in ("NOUN", "PROPN", "PRON")  # not "que no llama a romper con"
            for s in index.spans_at(a.token, a.slot)]
