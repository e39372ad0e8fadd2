"""Arguments of a predicate in the dependency parse: subjects, objects, obliques.

Every argument carries its *slot*, a ``Role`` of the language pack: ``obj`` for a bare
direct object, ``iobj``, or the role of the case marker that introduces it (Spanish "a":
``recipient``, "con": ``comitative``, "contra": ``adversative``, "por": ``agent``).
Actor spans are found at or just below each argument.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from heraldo.actors.acting import acts_as_actor
from heraldo.actors.spans import PLACE_KINDS, ActorSpan
from heraldo.coding.context import clause_of
from heraldo.lang import LanguagePack, Role
from heraldo.resources import fold

#: the kinds of span no object pronoun stands for: a region or a capital is where things
#: happen ("llegó a Lima y le entregó"), while a country may be acted on
SETTING_KINDS = frozenset({"region", "capital"})

#: the roles of an object: a direct object may carry the personal "a" ("atacaron a los
#: soldados"), which is also the indirect object's marker
OBJECT_ROLES = frozenset({Role.OBJ, Role.RECIPIENT, Role.IOBJ})
#: the dependencies of a verb's objects
OBJECT_DEPS = frozenset({"obj", "iobj"})
#: the roles of a personal object or an indirect object ("a X")
PERSONAL_ROLES = frozenset({Role.RECIPIENT, Role.IOBJ})


@dataclass(frozen=True)
class Argument:
    """A token that may fill a role of a pattern, with the slot it fills (object, indirect
    object, a case)."""

    token: Token
    slot: Role


def fits(arg: Argument, roles: tuple[Role, ...]) -> bool:
    """Whether ``arg`` may fill one of a pattern's ``roles``: its own, or an object's when
    it is a personal object or an indirect object (both "a X" in Spanish)."""
    return arg.slot in roles or (arg.slot in PERSONAL_ROLES and bool(OBJECT_ROLES & set(roles)))


def case_of(pack: LanguagePack, token: Token) -> Role | None:
    """The role of the case marker introducing ``token`` (None when none introduces it);
    a contraction counts as its preposition ("al" as "a")."""
    for child in token.children:
        if child.dep_ in pack.deps.marker and child.pos_ in ("ADP", "SCONJ"):
            return pack.role_of(child.text)
    return None


def slot_of(pack: LanguagePack, token: Token) -> Role:
    """The slot of an argument: its case marker's role, or its dependency's; an object
    pronoun ("le pidió", "los dispersó") is a personal object, as "a X" would be."""
    if token.dep_ in pack.deps.indirect_object or personal_pronoun(token):
        return Role.IOBJ
    case = case_of(pack, token)
    if case is not None:
        return case
    return Role.OBJ if token.dep_ in pack.deps.object else Role.OTHER


def object_verb(pack: LanguagePack, noun: Token) -> Token | None:
    """The word whose object ``noun`` is, directly ("impuso sanciones", "postergó la firma")
    or as the genitive of its object ("adoptó una nueva ronda de sanciones", "estudia la
    postergación de la firma"), or None."""
    theme = pack.deps.theme
    if noun.dep_ in theme:
        return noun.head
    phrase = noun.head
    if noun.dep_ == "nmod" and case_of(pack, noun) == Role.GENITIVE and phrase.dep_ in theme:
        return phrase.head
    return None


def plural_phrase(token: Token) -> bool:
    """Whether the phrase headed by ``token`` is plural: a plural head, or coordinated
    ("Rusia y Turquía")."""
    return "Plur" in token.morph.get("Number", []) or bool(token.conjuncts)


def personal_pronoun(token: Token) -> bool:
    """A personal pronoun in the accusative or the dative ("le", "los"; "him")."""
    morph = token.morph
    return token.pos_ == "PRON" and "Prs" in morph.get("PronType", []) and \
        bool(set(morph.get("Case", [])) & {"Acc", "Dat"})


def has_passive_auxiliary(pack: LanguagePack, token: Token) -> bool:
    """Whether ``token`` has the passive auxiliary ("fue atacado", "fueron muertas")."""
    return any(c.dep_ in ("aux", "aux:pass", "cop")
               and fold(c.lemma_) in pack.grammar.passive_auxiliary for c in token.children)


def described_by_copula(pack: LanguagePack, noun: Token) -> bool:
    """Whether ``noun`` is the predicate of a copular relative clause on another noun
    ("la Agencia Tributaria, que fue el organismo ...")."""
    return noun.dep_ in pack.deps.relative_clause and any(c.dep_ == "cop" for c in noun.children)


def possessive(noun: Token) -> bool:
    """Whether ``noun`` has a third-person possessive ("su detención", "sus reclamos")."""
    return any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", [])
               and "3" in c.morph.get("Person", []) for c in noun.children)


def arguments(pack: LanguagePack, pred: Token) -> list[Argument]:
    """The non-subject arguments of ``pred``, with their slots."""
    return [Argument(c, slot_of(pack, c)) for c in pred.children if c.dep_ in pack.deps.argument]


def antecedent(pack: LanguagePack, token: Token) -> Token | None:
    """The noun a relative pronoun stands for ("una tropa del Ejército que fusiló a",
    "los manifestantes, quienes bloquearon", "los líderes, los cuales rechazaron"), or
    None when ``token`` is no relative pronoun: the noun its clause modifies, or after a
    comma the nearest noun before it that agrees in number (``_comma_antecedent``)."""
    clause = token.head
    if token.pos_ != "PRON" or fold(token.text) not in pack.grammar.relative \
            or clause is token:
        return None
    if clause.dep_ in pack.deps.relative_clause:
        noun = clause.head
        return noun if noun is not clause and noun.pos_ in ("NOUN", "PROPN", "PRON") else None
    return _comma_antecedent(pack, token)


def _comma_antecedent(pack: LanguagePack, token: Token) -> Token | None:
    """"los embajadores de la Unión Europea, los cuales criticaron": a relative pronoun
    that is no conjunction, after a comma, stands for the nearest noun before the comma
    that agrees with it in number (no verb between), however the parser attached it."""
    if fold(token.text) not in pack.grammar.relative_only:
        return None
    start = min([token.i, *(c.i for c in token.children if c.dep_ == "det")])
    if start == token.sent.start or token.doc[start - 1].text != ",":
        return None
    number = token.morph.get("Number", [])
    for i in range(start - 2, token.sent.start - 1, -1):
        tok = token.doc[i]
        if tok.pos_ in ("VERB", "AUX"):
            return None
        own = tok.morph.get("Number", [])
        if tok.pos_ in ("NOUN", "PROPN") and (not number or not own or own == number):
            return tok
    return None


def has_passive_clitic(pack: LanguagePack, pred: Token) -> bool:
    """Whether ``pred`` has the language's passive clitic ("se" in "se detuvo a")."""
    return any(c.pos_ == "PRON" and c.lower_ in pack.grammar.passive_clitic
               for c in pred.children)


def is_passive(pack: LanguagePack, pred: Token, reflexive_pattern: bool = False,
               index: ActorIndex | None = None) -> bool:
    """Periphrastic passive ("fue atacado por"), a participle modifying a noun ("un
    esfuerzo mediado por Rusia"), or "se" with a verb that is not inherently reflexive
    ("se firmó el acuerdo", "se utilizaron drones") unless, given the actors of the
    document (``index``), an actor before the verb is its subject."""
    deps = pack.deps
    if any(c.dep_ in deps.passive_marker or c.dep_ in deps.passive_subject
           for c in pred.children):
        return True
    # an adjective or noun after the passive auxiliary is a participle here: the caller
    # chose it as a verb ("fue atacada", "fueron muertas" tagged as nouns)
    participle = "Part" in pred.morph.get("VerbForm", []) or pred.pos_ in ("ADJ", "NOUN")
    if participle and has_passive_auxiliary(pack, pred):
        return True
    if participle and not any(c.dep_ in ("aux", "nsubj") for c in pred.children):
        if any(slot_of(pack, c) == Role.AGENT for c in pred.children):
            return True
        if pred.dep_ in pack.deps.adnominal and pred.pos_ != "ADJ":
            return True
    # "los combatientes se preparan para atacar": people or a body before a verb with
    # "se" are its doers (a middle verb), where a thing or a place is a passive's theme
    # ("el acuerdo se firmó", "Siria y Libia se discutieron")
    return pred.pos_ in ("VERB", "AUX") and not reflexive_pattern and \
        has_passive_clitic(pack, pred) and not (index is not None and any(
            c.dep_ in deps.subject and c.i < pred.i and any(
                s.kind not in PLACE_KINDS for s in index.spans_at(c, Role.SUBJECT, 0))
            for c in pred.children))


class ActorIndex:
    """Actor spans of a document, reachable from any of their tokens."""

    def __init__(self, pack: LanguagePack, spans: list[ActorSpan],
                 demonyms: dict[int, list[ActorSpan]] | None = None,
                 sectors: dict[int, list[ActorSpan]] | None = None) -> None:
        """Index ``spans`` by token, and the demonym and sector adjectives on each noun."""
        self.pack = pack
        self.at: dict[int, list[ActorSpan]] = {}
        for span in spans:
            for i in range(span.start, span.end):
                self.at.setdefault(i, []).append(span)
        #: the countries of the demonym adjectives on each noun, by the noun's index ("las
        #: casas palestinas", "la incursión turca")
        self.demonyms = demonyms or {}
        #: the people of the sector adjectives on each noun ("la protesta estudiantil")
        self.sectors = sectors or {}

    def spans_at(self, token: Token, slot: Role, depth: int = 2) -> list[ActorSpan]:
        """Actor spans at ``token``, its conjuncts, or (down to ``depth``) its modifiers;
        a relative pronoun's are its antecedent's."""
        noun = antecedent(self.pack, token)
        if noun is not None:
            # "el PSUV, partido que respalda a": the name the antecedent stands beside;
            # "la Agencia Tributaria, que fue el organismo que denunció a": the one a
            # copular relative clause describes
            named = self.spans_at(noun, slot, depth)
            described = described_by_copula(self.pack, noun)
            return named or (self.spans_at(noun.head, slot, depth)
                             if noun.dep_ == "appos" or described else [])
        found: list[ActorSpan] = []
        for t in (token, *token.conjuncts):
            own = slot if t is token else _conjunct_slot(self.pack, t, slot)
            # under a noun, "el este de Lima" is a location; a verb's argument slots are
            # the pattern's to choose ("viajó a Kiev" targets Ukraine's government)
            # (conjuncts share the first one's governor: "la frontera entre México y EE.UU.")
            noun = token.head if token.head.pos_ in ("NOUN", "PROPN") and token.head != token \
                else None
            here = [s for s in self.at.get(t.i, ()) if acts_as_actor(self.pack, s, own, noun)]
            if here:
                found.extend(s for s in here if s not in found)
            elif depth > 0:
                # a name beside the noun first: "el aliado de Turquía, Azerbaiyán"
                names = self.pack.deps.title_of
                for child in sorted(t.children, key=lambda c: c.dep_ not in names):
                    if child.dep_ in self.pack.deps.within:
                        inner = self.spans_at(child, slot_of(self.pack, child)
                                              if child.dep_ == "nmod" else slot, depth - 1)
                        found.extend(s for s in inner if s not in found)
                        if found:
                            break
        if not found and token.pos_ == "NOUN":
            # a thing a demonym places stands for its country: "destruyeron veinte casas
            # palestinas", "rechazó la jurisdicción española", "aviones israelíes bombardearon"
            found = list(self.demonyms.get(token.i, ()))
        if not found and token.pos_ == "PRON":
            found = self.referent(token)
        return found

    def referent(self, pronoun: Token) -> list[ActorSpan]:
        """The actor a third-person object pronoun refers to ("recibió al canciller y le
        entregó una carta", "la policía los dispersó"): the nearest actor before it, in
        its sentence or the one before, that agrees with it in number and gender and is
        not its own clause's subject. A masculine singular accusative ("lo negó") more
        often stands for what was said than for anyone, and is left alone."""
        morph = pronoun.morph
        case = set(morph.get("Case", []))
        plural = "Plur" in morph.get("Number", [])
        gender = morph.get("Gender", [])
        if not personal_pronoun(pronoun) or "3" not in morph.get("Person", []) \
                or "Yes" in morph.get("Reflex", []) \
                or (case == {"Acc"} and not plural and gender != ["Fem"]):
            return []
        for head in self._actors_before(pronoun, self._subject_tokens(pronoun.head),
                                        SETTING_KINDS):
            # an accusative marks gender: the antecedent must show the same one
            if plural_phrase(head) == plural and (
                    case != {"Acc"} or head.morph.get("Gender", []) == gender):
                return self.spans_at(head, Role.OBJ, 0)
        return []

    def possessive_referent(self, noun: Token) -> list[ActorSpan]:
        """Whom the third-person possessive on an act done to its genitive refers to
        ("ordenó su detención", "canceló su detención" after "Pinochet llegó a Londres"):
        the nearest actor before it, in its sentence or the one before, that is no subject
        of its own clause (one does not order one's own detention) and no place. None
        when ``noun`` has no such possessive, or its acts are not done to the genitive."""
        if not any(Role.GENITIVE in p.targets
                   for p in self.pack.patterns.nouns.get(fold(noun.lemma_), ())):
            return []
        return self.possessive_owner(noun)

    def possessive_owner(self, noun: Token) -> list[ActorSpan]:
        """Whom the third-person possessive on ``noun`` refers back to when it is not the
        subject of its clause: an actor before it, in its sentence or the one before,
        outside its clause's subjects and no place, the nearest subject first, else the
        nearest ("el ministro defendió a la policía. La oposición exigió su renuncia":
        the minister)."""
        if not possessive(noun):
            return []
        own = self._subject_tokens(clause_of(noun)) | set(
            range(noun.left_edge.i, noun.right_edge.i + 1))
        found = list(self._actors_before(noun, own, PLACE_KINDS))
        subject = self.pack.deps.subject_or_passive
        chosen = next((t for t in found if t.dep_ in subject), found[0] if found else None)
        return self.spans_at(chosen, Role.OBJ, 0) if chosen is not None else []

    def _actors_before(self, token: Token, own: set[int],
                       places: frozenset[str]) -> Iterator[Token]:
        """The heads of the actor spans before ``token``, in its sentence or the one
        before, nearest first, but for the tokens ``own`` and spans of the kinds
        ``places``: where a pronoun's or a possessive's antecedent is looked for."""
        here = token.sent.start
        start = token.doc[here - 1].sent.start if here > 0 else here
        for i in range(token.i - 1, start - 1, -1):
            if i not in own and any(s.head == i and s.kind not in places
                                    for s in self.at.get(i, ())):
                yield token.doc[i]

    def _subject_tokens(self, clause: Token) -> set[int]:
        """The tokens of the subjects of ``clause`` and of the clauses it takes its
        subject from ("recibió al canciller y le pidió": the president's)."""
        own: set[int] = set()
        for _ in range(3):
            own |= {t.i for c in clause.children if c.dep_ in self.pack.deps.subject_or_passive
                    for t in c.subtree}
            if clause.dep_ not in self.pack.deps.inherit or clause.head is clause:
                break
            clause = clause.head
        return own

    def nearest_before(self, pred: Token) -> list[ActorSpan]:
        """The closest subject-like actor before ``pred`` in its sentence (no preposition
        governs it and it is no object), with the actors coordinated with it."""
        for i in range(pred.i - 1, pred.sent.start - 1, -1):
            for span in self.at.get(i, ()):
                head = pred.doc[span.head]
                # a bare noun the parser made the verb's object before it is its subject
                # ("Teherán lo negó": "Teherán" as an indirect object)
                misparsed = head.head == pred and head.dep_ in OBJECT_DEPS
                if case_of(self.pack, head) is not None or span.kind == "region" or (
                        head.dep_ in self.pack.deps.not_subject and not misparsed):
                    continue
                return self.spans_at(head, Role.SUBJECT, depth=0)
        return []


def _conjunct_slot(pack: LanguagePack, token: Token, slot: Role) -> Role:
    """The slot of a conjunct: its own preposition, or that of the conjunct just before it
    when no comma separates them ("en Siria y Libia, Rusia y Turquía ...")."""
    if case_of(pack, token) is not None:
        return slot_of(pack, token)
    previous = [c for c in token.conjuncts if c.i < token.i]
    if not previous:
        return slot
    before = max(previous, key=lambda c: c.i)
    between = token.doc[before.i + 1:token.i]
    if case_of(pack, before) is not None and not any(t.text == "," for t in between):
        return slot_of(pack, before)
    return slot
