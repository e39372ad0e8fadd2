"""Event patterns as data: verb and noun patterns, object classes and light verbs.

A verb pattern names a lemma (``reunirse`` requires a reflexive clitic), an optional
object constraint (words, or ``@class`` from ``object_classes.tsv``; every word of a
term must appear among the verb's arguments), the argument roles that may hold the
target (``heraldo.lang.roles.Role``: ``obj``, ``iobj``, ``recipient``, ``comitative``,
``adversative``...; ``-`` for none) and the CAMEO code. The most specific matching
pattern wins. An optional
``subject`` column says ``target`` when the subject undergoes the event ("murió por
disparos de la policía": the victim is the target, the agent the source). The
optional ``target_sector`` column asks its targets to be first of one of those sectors,
as ``source_sector`` asks its source for one ("el presidente atacó a la oposición": an attack in
words on a party, not force). The optional ``void_in`` column names the domains
(``heraldo.lang.domains``) in which the trigger has a sense that is no political event
("encuentro" in a sentence about football is a match). The optional ``without`` column
names words (or ``@class``es) and the optional ``without_role`` column argument roles that
the trigger must NOT have, where another sense is read: "manifestó su agrado ante la venta"
has a direct object, so it expresses, and is no demonstration (``without_role`` ``obj``);
"la conferencia de prensa" is no conference of the parties (``without`` ``prensa``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from heraldo.lang.roles import Role
from heraldo.ontology import load_ontology
from heraldo.ontology.event_code import EventCode
from heraldo.resources import fold, read_tsv, require, split_values

if TYPE_CHECKING:
    from spacy.tokens import Token

    from heraldo.lang import Morphology


class Kind(StrEnum):
    """What triggers a pattern."""

    VERB = "verb"
    NOUN = "noun"


#: the constraint of a pattern without an object or modifier constraint
ANY = "*"
#: the prefixes of the source and the target sectors in a rendered rule id
_BY = "by-"
_TO = "to-"


@dataclass(frozen=True)
class RuleId:
    """The id of an event pattern: its language, kind, lemma (as written, with a verb's
    "se"), object or modifier constraint (the table's cell, ``ANY`` for none), the
    sectors its source must have, its CAMEO code and the primary sectors its targets
    must have. ``str`` renders it as events carry it: ``es.verb.criticar.*.111``,
    ``es.noun.protesta.*.by-GOV,LEG.114``, ``es.verb.atacar.*.by-GOV.to-OPP,MED.111``."""

    lang: str
    kind: Kind
    lemma: str
    constraint: str
    sectors: tuple[str, ...]
    code: EventCode
    targets: tuple[str, ...] = ()

    def __str__(self) -> str:
        """The id as written in the pattern tables:
        lang.kind.lemma.constraint[.by-...][.to-...].code."""
        by = f".{_BY}{','.join(self.sectors)}" if self.sectors else ""
        to = f".{_TO}{','.join(self.targets)}" if self.targets else ""
        return (f"{self.lang}.{self.kind.value}.{self.lemma}.{self.constraint}{by}{to}."
                f"{self.code}")

    @classmethod
    def parse(cls, text: str) -> RuleId:
        """The id ``text`` renders (ValueError when it renders none)."""
        parts = text.split(".")
        found: dict[str, tuple[str, ...]] = {_BY: (), _TO: ()}
        for prefix in (_TO, _BY):
            if len(parts) > 5 and parts[-2].startswith(prefix):
                found[prefix] = tuple(parts.pop(-2).removeprefix(prefix).split(","))
        if len(parts) != 5 or parts[1] not in Kind.__members__.values():
            raise ValueError(f"not a pattern rule id: {text!r}")
        lang, kind, lemma, constraint, code = parts
        return cls(lang, Kind(kind), lemma, constraint, found[_BY], EventCode.parse(code),
                   found[_TO])


@dataclass(frozen=True)
class Pattern:
    """One event pattern of a language pack: a verb or noun lemma, its object constraints, where
    source and target come from, its CAMEO code and confidence."""

    id: RuleId
    lemma: str  # folded, without the reflexive "se"
    reflexive: bool
    objects: tuple[tuple[str, ...], ...]  # alternatives; each a tuple of folded words
    sources: tuple[Role, ...]  # roles of the source (nouns only; verbs use the subject)
    targets: tuple[Role, ...]
    source_sectors: tuple[str, ...]  # the source must have one of these sectors ("REB")
    cameo: str
    confidence: float
    example: str
    subject_is_target: bool = False  # "X murió por disparos de Y": X is the target
    #: a target must be first of one of these sectors ("OPP"; a militia that is also a
    #: party is no party); none: any target
    target_sectors: tuple[str, ...] = ()
    #: the domains in which the trigger is no political event ("sport")
    void_in: frozenset[str] = frozenset()
    #: words of which none may be among the trigger's arguments (alternatives, as ``objects``)
    without: tuple[tuple[str, ...], ...] = ()
    #: argument roles the trigger must not have ("manifestar" with a direct object expresses)
    without_roles: frozenset[Role] = frozenset()

    @property
    def noun(self) -> bool:
        """Whether an event noun, not a verb, triggers this pattern."""
        return self.id.kind is Kind.NOUN

    @property
    def code(self) -> EventCode:
        """The CAMEO code the pattern codes."""
        return self.id.code

    @property
    def specificity(self) -> int:
        """How specific the pattern is (source sectors, then target sectors, then objects,
        then reflexive): the most specific of the matching patterns wins."""
        return 8 * bool(self.source_sectors) + 4 * bool(self.target_sectors) + \
            2 * bool(self.objects) + int(self.reflexive)

    def accepts_sources(self, sectors: set[str]) -> bool:
        """Whether a source with ``sectors`` may act in this pattern (any, when it names none)."""
        return not self.source_sectors or bool(sectors & set(self.source_sectors))

    def accepts_targets(self, sectors: set[str]) -> bool:
        """Whether targets whose primary sectors are ``sectors`` may undergo this pattern
        (any, when it names none)."""
        return not self.target_sectors or bool(sectors & set(self.target_sectors))


@dataclass(frozen=True)
class PatternTables:
    """The event patterns of a language by lemma (verbs, nouns), with the verbs and nouns that
    change who acts: light, control and member words, irregular participles."""

    lang: str
    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    light_verbs: dict[str, str]  # folded lemma -> "source" | "target" (role of the subject)
    control_verbs: frozenset[str] = frozenset()  # the object does the complement's action
    #: participles the parser tags as nouns ("fue muerto") or adjectives ("resultaron
    #: heridos") -> the verb's lemma
    participles: dict[str, str] = field(default_factory=dict)
    #: nouns whose genitive complement is the actor ("por parte de X", "por miembros de X")
    member_nouns: frozenset[str] = frozenset()

    @cached_property
    def words(self) -> frozenset[str]:
        """Every lemma or form some verb or noun pattern is indexed under."""
        return frozenset(self.verbs) | frozenset(self.nouns)

    def agent_depth(self, token: Token) -> int:
        """How deep below an agent argument its actor may be: one level under a member
        noun ("por miembros de un grupo armado"), else the argument itself ("detenido
        por el asesinato de un policía" is no act of the police)."""
        return 1 if fold(token.lemma_) in self.member_nouns else 0

    def count(self) -> int:
        """The number of patterns, verbs and nouns together."""
        return sum(len(p) for p in self.verbs.values()) + sum(len(p) for p in self.nouns.values())

    def all_patterns(self) -> list[Pattern]:
        """Every pattern, verbs first."""
        return [p for ps in (*self.verbs.values(), *self.nouns.values()) for p in ps]


def _object_classes(path: Path) -> dict[str, list[tuple[str, ...]]]:
    rows = read_tsv(path, ("class", "lemmas"))
    return {r["class"]: [tuple(fold(w) for w in v.split()) for v in split_values(r["lemmas"])]
            for r in rows}


def _objects(cell: str, classes: dict[str, list[tuple[str, ...]]],
             where: str) -> tuple[tuple[str, ...], ...]:
    terms: list[tuple[str, ...]] = []
    for value in split_values(cell):
        if value.startswith("@"):
            require(value[1:] in classes, where, f"unknown object class {value!r}")
            terms.extend(classes[value[1:]])
        else:
            terms.append(tuple(fold(w) for w in value.split()))
    return tuple(dict.fromkeys(terms))


def _roles(cell: str, where: str) -> tuple[Role, ...]:
    values = [v for v in split_values(cell) if v != "-"]
    unknown = [v for v in values if v not in Role.__members__.values()]
    require(not unknown, where, f"unknown role(s) {unknown}")
    return tuple(Role(v) for v in values)


def _sectors(cell: str, where: str) -> tuple[str, ...]:
    values = tuple(split_values(cell))
    unknown = [r for r in values if r not in load_ontology().roles]
    require(not unknown, where, f"unknown sector(s) {unknown}")
    return values


def _void_in(cell: str, domains: frozenset[str], where: str) -> frozenset[str]:
    values = frozenset(split_values(cell))
    require(values <= domains, where, f"unknown domain(s) {sorted(values - domains)}")
    return values


def _pattern(row: dict[str, str], kind: Kind, classes: dict[str, list[tuple[str, ...]]],
             lang: str, morphology: Morphology, domains: frozenset[str]) -> Pattern:
    where, lemma = row["_line"], fold(row["lemma"])
    require(lemma and " " not in lemma, where, f"lemma must be one word, got {lemma!r}")
    cameo = row["cameo"]
    require(load_ontology().is_code(cameo), where, f"unknown CAMEO code {cameo!r}")
    reflexive_base = morphology.reflexive_base(lemma) if kind is Kind.VERB else None
    reflexive = reflexive_base is not None
    base = reflexive_base or lemma
    objects = _objects(row.get("object") or row.get("modifier", ""), classes, where)
    sources = _roles(row.get("source", ""), where)
    source_sectors = _sectors(row.get("source_sector", ""), where)
    targets = _roles(row["target"], where)
    try:
        confidence = float(row["confidence"] or 0.5)
    except ValueError as exc:
        raise ValueError(f"{where}: bad confidence {row['confidence']!r}") from exc
    require(0 <= confidence <= 1, where, "confidence must be in [0, 1]")
    constraint = (row.get("object") or row.get("modifier") or ANY).replace("|", ",")
    target_sectors = _sectors(row.get("target_sector", ""), where)
    pid = RuleId(lang, kind, lemma, constraint, source_sectors, EventCode.parse(cameo),
                 target_sectors)
    subject = row.get("subject", "") or "source"
    require(subject in ("source", "target"), where, f"subject must be source or target, "
            f"got {subject!r}")
    return Pattern(pid, base, reflexive, objects, sources, targets, source_sectors, cameo,
                   confidence, row.get("example", ""), subject == "target", target_sectors,
                   _void_in(row.get("void_in", ""), domains, where),
                   _objects(row.get("without", ""), classes, where),
                   frozenset(_roles(row.get("without_role", ""), where)))


def _index(patterns: list[Pattern]) -> dict[str, tuple[Pattern, ...]]:
    index: dict[str, list[Pattern]] = {}
    for p in patterns:
        index.setdefault(p.lemma, []).append(p)
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in index.items()}


def read_patterns(lang: str, paths: Mapping[str, Path], morphology: Morphology,
                  member_nouns: frozenset[str], domains: frozenset[str]) -> PatternTables:
    """The pattern tables of ``lang`` (``paths``: its tables by name), validated against
    the ontology, the roles and the ``domains`` of ``domains.tsv``."""
    classes = _object_classes(paths["object_classes.tsv"])
    verb_rows = read_tsv(paths["verbs.tsv"],
                         ("lemma", "object", "source_sector", "target", "cameo", "confidence"))
    noun_rows = read_tsv(paths["nouns.tsv"],
                         ("lemma", "modifier", "source", "target", "cameo", "confidence"))
    verbs = [_pattern(r, Kind.VERB, classes, lang, morphology, domains) for r in verb_rows]
    nouns = [_pattern(r, Kind.NOUN, classes, lang, morphology, domains) for r in noun_rows]
    ids = [str(p.id) for p in verbs + nouns]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    require(not duplicates, f"lang/{lang}", f"duplicate pattern ids {duplicates}")
    light_rows = read_tsv(paths["light_verbs.tsv"], ("lemma", "subject"))
    light = {fold(r["lemma"]): r["subject"] for r in light_rows}
    control = frozenset(fold(r["lemma"]) for r in read_tsv(paths["control_verbs.tsv"],
                                                              ("lemma",)))
    participles = {fold(r["form"]): fold(r["lemma"]) for r in read_tsv(
        paths["participles.tsv"], ("form", "lemma"))}
    unknown = sorted(v for v in participles.values() if v not in {p.lemma for p in verbs})
    require(not unknown, str(paths["participles.tsv"]), f"verbs without patterns {unknown}")
    return PatternTables(lang, _index(verbs), _index(nouns), light, control, participles,
                         member_nouns)
