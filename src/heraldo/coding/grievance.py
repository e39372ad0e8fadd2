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
from heraldo.coding.arguments import ActorIndex, Argument, arguments, case_of, fits, slot_of
from heraldo.lang import LanguagePack, Role
from heraldo.lang.patterns import Pattern
from heraldo.resources import fold

#: the roles of the place of an act in front of, outside, beside, towards or before a seat
PLACE_ROLES = frozenset({Role.FACING, Role.EXTERIOR, Role.ADJACENCY, Role.DIRECTION,
                         Role.TERMINUS, Role.AUDIENCE})
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
    found: list[ActorSpan] = []
    for token, slot, framed in _phrases(pack, pred, args):
        for span in _against(pack, token, slot, framed, index):
            if span not in found and span.head not in own and span not in (sources or ()):
                found.append(span)
    return found


def _phrases(pack: LanguagePack, pred: Token, args: list[Argument]
             ) -> Iterator[tuple[Token, Role, bool]]:
    """The phrases that may say whom ``pred`` is against, each with its slot and whether a
    frame carries it: the arguments (all framed when one is a frame noun or has one in its
    case marker: "en demanda de mejores salarios al Gobierno"), the arguments of a frame
    noun among them, and the phrases of a place adverb the parser hung on the predicate
    ("frente al Congreso")."""
    frames = pack.grievances.frame
    framing = any(_framed(pack, a.token) for a in args)
    for arg in args:
        yield arg.token, _place_role(pack, arg.token) or arg.slot, framing
        if _one_of(arg.token, frames):
            for inner in arguments(pack, arg.token):
                yield inner.token, inner.slot, True
    for child in pred.children:
        role = pack.role_of(child.text)
        if child.dep_ not in pack.deps.argument and role in PLACE_ROLES:
            for phrase in child.children:
                if phrase.pos_ in ("NOUN", "PROPN"):
                    yield phrase, role, False


def _place_role(pack: LanguagePack, token: Token) -> Role | None:
    """The place role of ``token``'s case marker, of any part of speech (the parser tags
    "frente" in "frente a la embajada" as a noun), or None."""
    roles = [pack.role_of(c.text) for c in token.children if c.dep_ in pack.deps.marker]
    return next((r for r in roles if r in PLACE_ROLES), None)


def _framed(pack: LanguagePack, token: Token) -> bool:
    """Whether ``token`` is a frame noun ("en rechazo a") or a frame noun is part of its
    case marker ("en demanda de")."""
    frames = pack.grievances.frame
    return _one_of(token, frames) or any(
        fold(g.text) in frames for c in token.children if c.dep_ in pack.deps.marker
        for g in c.children)


def _against(pack: LanguagePack, token: Token, slot: Role, framed: bool,
             index: ActorIndex) -> list[ActorSpan]:
    """Whom one phrase says the act is against: the institution of a seat it takes place
    at, the addressee of a frame, the author or owner of the thing it is against."""
    if slot in PLACE_ROLES:
        seated = _seated(pack, token, index)
        if seated:
            return seated
    if framed:
        # an actor at the phrase itself, not one the parser hung below the thing
        # protested ("en protesta contra la delincuencia en El Salvador, empresarios
        # ..."); a verb's own "a X" beside a frame, unless a place it goes to ("marcharon
        # a Washington en protesta por")
        addressees = [s for s in index.spans_at(token, slot, 0) if slot in ADDRESS_ROLES
                      and not (token.head.pos_ in ("VERB", "AUX") and s.kind in PLACE_KINDS)]
        addressees += [s for c in token.children if c.dep_ == "nmod"
                       and slot_of(pack, c) in ADDRESS_ROLES
                       for s in index.spans_at(c, slot_of(pack, c), 0)]
        if addressees:
            return addressees
    if token.pos_ != "NOUN" or index.at.get(token.i):
        return []
    return _authors(pack, token, index, MAX_DEPTH)


def _seated(pack: LanguagePack, token: Token, index: ActorIndex) -> list[ActorSpan]:
    """The institution at a place of the act: an actor named there that is no place name
    ("frente al Congreso", "ante la Casa Rosada"; not "frente a Cuba"), or the "de"
    complement of a seat or a building ("frente a la embajada de Estados Unidos"), never
    the building itself."""
    if _one_of(token, pack.grievances.seat) or _one_of(token, pack.role_nouns.building):
        return _genitives(pack, token, index)  # not the building ("frente a la escuela")
    return [s for s in index.spans_at(token, Role.OBJ, 0) if s.kind not in PLACE_KINDS]


def _one_of(token: Token, words: frozenset[str]) -> bool:
    """Whether ``token``'s lemma or form (folded) is one of ``words``."""
    return fold(token.lemma_) in words or fold(token.text) in words


def _genitives(pack: LanguagePack, noun: Token, index: ActorIndex) -> list[ActorSpan]:
    """The actors of ``noun``'s "de" complements ("del Ejecutivo", "de Estados Unidos")."""
    return [s for c in noun.children if c.dep_ == "nmod" and case_of(pack, c) == Role.GENITIVE
            for s in index.spans_at(c, Role.GENITIVE, 1)]


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
    patterns = [p for p in pack.patterns.verbs.get(fold(clause.lemma_), ())
                if is_grievance(pack, p)]
    roles = tuple({r for p in patterns for r in p.targets})
    return [s for a in arguments(pack, clause) if fits(a, roles)
            for s in index.spans_at(a.token, a.slot)]
