"""Language packs: every word table and the grammar the rules use, for one language.

``load_pack(code)`` is the one loader of language data: it reads ``data/lang/<code>/``
(every table is required; a missing or misspelt table, column or kind fails with the
file's name) and the code that cannot be data (``heraldo.lang.<code>``: morphology).
Everything else receives the pack, and never branches on the language.

The pack maps the parser's structure to the roles the rules use: case markers
(prepositions, after their contractions) to ``Role`` (``roles.tsv``), and named sets of
dependency labels (``dependencies.tsv``), whose values differ by the parser's scheme (UD
for Spanish, ClearNLP for English).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from heraldo.lang.cues import ModalityCues, RelationCue, read_modality, read_relation_cues
from heraldo.lang.dates import DateTables, read_date_tables
from heraldo.lang.domains import Domains, read_domains
from heraldo.lang.patterns import PatternTables, read_patterns
from heraldo.lang.roles import Role, Roles
from heraldo.resources import DataError, data_path, fold, read_tsv, require, split_values

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Grammar:
    """Function words, by kind (``grammar.tsv``); folded."""

    preposition: frozenset[str]
    article: frozenset[str]
    pronoun: frozenset[str]  # clitics and pronouns
    conjunction: frozenset[str]
    auxiliary: frozenset[str]
    reflexive: frozenset[str]  # reflexive clitics: "se", "me", "nos" ("reunirse")
    passive_clitic: frozenset[str]  # the clitic of a reflexive passive ("se firmó")
    passive_auxiliary: frozenset[str]  # lemmas: "ser" ("fue atacado")
    predicative_marker: frozenset[str]  # "asumió como senador"
    list_conjunction: frozenset[str]  # words that join a list of names ("Bush y Obama")
    relative_locative: frozenset[str]  # relative adverbs of place ("donde")
    relative: frozenset[str]  # relative pronouns ("que", "quienes", "los cuales")
    relative_only: frozenset[str]  # relative pronouns that are no conjunction ("quienes")
    name_particle: frozenset[str]  # lower-case words inside place names ("Río de Oro")
    contractions: dict[str, str]  # a preposition fused with an article -> the preposition

    @property
    def function_words(self) -> frozenset[str]:
        """Prepositions, articles, clitics and pronouns, conjunctions and auxiliaries."""
        return self.preposition | self.article | self.pronoun | self.conjunction | \
            self.auxiliary | frozenset(self.contractions)

    def expand(self, word: str) -> str:
        """The preposition of a contraction ("al" -> "a"); other words unchanged."""
        return self.contractions.get(word, word)


@dataclass(frozen=True)
class Dependencies:
    """Named sets of the parser's dependency labels (``dependencies.tsv``)."""

    subject: frozenset[str]  # active subjects (nsubj, csubj)
    subject_or_passive: frozenset[str]  # any subject, passive ones too
    passive_subject: frozenset[str]
    passive_marker: frozenset[str]  # auxiliaries and expletives of a passive
    argument: frozenset[str]  # the non-subject arguments of a predicate
    object: frozenset[str]  # a bare direct object (its role is ``Role.OBJ``)
    indirect_object: frozenset[str]  # its role is ``Role.IOBJ``
    marker: frozenset[str]  # the dependents that mark case (prepositions, subordinators)
    inherit: frozenset[str]  # a predicate without a subject takes its governor's through these
    not_subject: frozenset[str]  # dependencies of no subject-like actor
    modifier: frozenset[str]  # modifiers an actor phrase composes with
    name: frozenset[str]  # dependencies of a name beside a noun phrase
    predicate: frozenset[str]  # a noun used as a predicate ("fue víctima")
    clause_role: frozenset[str]  # an actor that takes part in its clause's event
    clause: frozenset[str]  # a governing verb's modality reaches a clause through these
    date_inherit: frozenset[str]  # a clause without its own date takes its governor's
    agent_attachment: frozenset[str]  # how a passive's agent may hang on a clause noun
    bare: frozenset[str]  # the only dependents of a bare noun phrase
    theme: frozenset[str]  # an event noun a verb takes as what it does ("impuso sanciones")
    complement: frozenset[str]  # the complement of an intent or appeal ("se comprometieron a")
    reported: frozenset[str]  # the content of a reporting verb ("dijo que ...")
    adnominal: frozenset[str]  # a participle or clause modifying a noun ("mediado por")
    core: frozenset[str]  # a subject or object: an argument, not background
    relative_clause: frozenset[str]  # a clause modifying a noun ("la tropa que fusiló")
    within: frozenset[str]  # an argument's actor may stand in its modifiers through these
    acting_complement: frozenset[str]  # a same-doer clause that may name whom its governor acts on
    person_entity: frozenset[str]  # a person's entity labels (the recogniser's)
    attached: frozenset[str]  # a phrase hung on a clause noun that may be the verb's argument
    title_of: frozenset[str]  # a title after the name it stands beside ("José Pérez, ministro")


@dataclass(frozen=True)
class RoleNouns:
    """Words that change what a role noun stands for (``role_nouns.tsv``): ``former``
    before a role, ``institution`` nouns a party leads for its country, ``generic`` nouns
    for people in general, ``question`` determiners, ``building`` institutions that are
    also places, ``then`` words that date a title to another time than the text's,
    ``former_prefix`` prefixes of former offices, ``eponym_before`` and ``eponym_after``
    words that make a person's name the name of a place or an institution, ``neighbour``
    nouns for a state's neighbours, ``system`` nouns that name a set of rules ("régimen
    de sanciones"), ``anaphor`` organisation nouns that name the group of their sector the
    text named last, ``foreign`` people away from their country ("los migrantes"),
    ``leader_anaphor`` titles that, bare, name the leader the text named last ("el
    mandatario"), ``state_anaphor`` nouns that, bare, name the last state's institution
    ("el régimen"), ``envoy`` nouns for envoys whose post is acted on when they are
    ("retiró a su embajador en Rabat"), ``frame`` nouns that carry the event named in
    their "de" complement ("un movimiento de protesta", "en señal de protesta"),
    ``vague`` quantifiers that leave people anyone ("pocas mujeres", "muchas personas")."""

    former: frozenset[str]
    institution: frozenset[str]
    generic: frozenset[str]
    question: frozenset[str]
    building: frozenset[str]
    then: frozenset[str]
    former_prefix: frozenset[str]
    eponym_before: frozenset[str]
    eponym_after: frozenset[str]
    neighbour: frozenset[str]
    system: frozenset[str]
    anaphor: frozenset[str]
    foreign: frozenset[str]
    leader_anaphor: frozenset[str]
    state_anaphor: frozenset[str]
    envoy: frozenset[str]
    frame: frozenset[str]
    vague: frozenset[str]


@dataclass(frozen=True)
class PlaceWords:
    """Words around place names (``place_nouns.tsv``): ``local`` nouns before a local
    place's name, ``part`` nouns and ``motion`` verbs that make a place a location,
    ``unplaced`` adjectives that give an actor no one country, ``setting`` nouns whose
    genitive complement is where or what they are about, ``world`` nouns for the world."""

    local: frozenset[str]
    part: frozenset[str]
    motion: frozenset[str]
    unplaced: frozenset[str]
    setting: frozenset[str]
    world: frozenset[str]


@dataclass(frozen=True)
class RoleVerbs:
    """Verbs whose objects are roles or offices (``role_verbs.tsv``), by kind, and the
    ``participation`` verbs whose subjects are the parties of an event ("en el que
    participan A y B")."""

    predicative: frozenset[str]
    office: frozenset[str]
    naming: frozenset[str]
    winner: frozenset[str]
    participation: frozenset[str]


@dataclass(frozen=True)
class Grievances:
    """Words that name whom a protest, a demand or a rejection is against when no
    argument of its own does (``grievances.tsv``): ``frame`` nouns beside it that carry
    its addressee or its object ("en rechazo a", "en demanda de ... al Gobierno"),
    ``authored`` nouns whose "de" complement or demonym is their author or owner ("el
    decreto del Ejecutivo"), ``seat`` buildings whose "de" complement is the institution
    or person seated there ("frente a la embajada de Estados Unidos"); the CAMEO ``root``
    codes of the acts that take these targets (demand, disapprove, reject, threaten,
    protest), and the ``audience_root`` codes of those addressed to whom they are made
    before ("reclamaron ante el Parlamento"); the ``demand`` frames whose object's "a X"
    is their addressee ("en demanda de aumentos al Gobierno")."""

    root: frozenset[str]
    audience_root: frozenset[str]
    frame: frozenset[str]
    demand: frozenset[str]
    authored: frozenset[str]
    seat: frozenset[str]


@dataclass(frozen=True)
class Participants:
    """Words of the phrases that name the other parties of an act done with others, or
    the doer's company, outside its arguments (``participants.tsv``): ``presence`` words
    ("en presencia del primer ministro", "con la participación de"), ``company`` words
    ("junto al ministro", "acompañado del canciller"), and the CAMEO ``root`` codes of the
    acts that take them (consult)."""

    root: frozenset[str]
    presence: frozenset[str]
    company: frozenset[str]


@dataclass(frozen=True)
class Reference:
    """Words that refer through context (``references.tsv``): "la parte turca"."""

    kind: str  # side, counterpart, both
    terms: tuple[str, ...]
    sectors: tuple[str, ...]


REFERENCE_KINDS = ("side", "counterpart", "both")


class Morphology(Protocol):
    """The language's word-form code (``heraldo.lang.<code>.MORPHOLOGY``)."""

    #: the longest inflection a verb form may add to its stem ("lleg|aron")
    inflection: int

    def reflexive_base(self, lemma: str) -> str | None:
        """The verb of a reflexive lemma ("reunirse" -> "reunir"), or None."""

    def verb_stem(self, lemma: str) -> str:
        """The stem a verb's forms share ("llegar" -> "lleg")."""

    def motion_stem(self, lemma: str) -> str | None:
        """The stem of a motion verb long enough to recognise its forms by, or None."""

    def has_enclitic(self, form: str) -> bool:
        """Whether a verb form carries a reflexive clitic ("reunirse")."""

    def singulars(self, word: str) -> tuple[str, ...]:
        """The forms a plural may have in the singular ("iraquíes" -> "iraquí")."""

    def dropped_subject(self, verb: Token) -> Token | None:
        """The subject a finite verb without one continues, in a language that drops
        subjects (Spanish); None."""

    def plural_form(self, word: str) -> bool:
        """Whether a word without morphology looks plural by its ending ("a diario": no)."""

    def participle_verbs(self, form: str) -> tuple[str, ...]:
        """The verbs a regular participle may be of ("perpetrado" -> "perpetrar")."""


@dataclass(frozen=True, eq=False)
class LanguagePack:
    """Every word table and the grammar of one language (``load_pack``)."""

    code: str
    roles: Roles
    grammar: Grammar
    deps: Dependencies
    morphology: Morphology
    patterns: PatternTables
    modality: ModalityCues
    relation_cues: dict[str, list[RelationCue]]
    dates: DateTables
    role_nouns: RoleNouns
    role_verbs: RoleVerbs
    place_words: PlaceWords
    #: nouns for people who act for the group after the genitive ("por integrantes del
    #: ELN", "según fuentes de Presidencia")
    member_nouns: frozenset[str]
    references: tuple[Reference, ...]
    #: the non-political domains and their cues ("gol": sport)
    domains: Domains
    grievances: Grievances
    participants: Participants
    #: the nouns that head organisations' names ("la Comisión de Libre Competencia"), each
    #: with the sector the name takes when no word inside it gives one ("" for none)
    organisation_nouns: dict[str, str]

    def role_of(self, marker: str) -> Role:
        """The role a case marker gives (after its contraction: "al" -> "a")."""
        word = fold(marker)
        return self.roles.of(self.grammar.expand(word))


def _table(code: str, name: str) -> Path:
    path = data_path("lang", code, name)
    if not path.is_file():
        raise DataError(f"{path}: required language table is missing")
    return path


T = TypeVar("T")


def read_kinds(cls: type[T], path: Path, column: str) -> T:
    """A word table by ``kind`` into the typed ``cls``, one field per kind (folded words,
    united over the rows of each kind); an unknown kind fails with the file's line."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    out: dict[str, set[str]] = {n: set() for n in names}
    for row in read_tsv(path, ("kind", column)):
        require(row["kind"] in out, row["_line"], f"unknown kind {row['kind']!r}")
        out[row["kind"]].update(fold(w) for w in split_values(row[column]))
    return cls(**{n: frozenset(v) for n, v in out.items()})


def _roles(path: Path) -> Roles:
    by_marker: dict[str, Role] = {}
    known = {r.value for r in Role}
    for row in read_tsv(path, ("marker", "role")):
        require(row["role"] in known, row["_line"], f"unknown role {row['role']!r}")
        marker = fold(row["marker"])
        require(marker not in by_marker, row["_line"], f"marker {marker!r} mapped twice")
        by_marker[marker] = Role(row["role"])
    return Roles(by_marker)


def _grammar(path: Path) -> Grammar:
    kinds = [f.name for f in fields(Grammar) if f.name != "contractions"]
    words: dict[str, set[str]] = {k: set() for k in kinds}
    contractions: dict[str, str] = {}
    for row in read_tsv(path, ("kind", "words", "value")):
        kind, where = row["kind"], row["_line"]
        if kind == "contraction":
            require(row["value"], where, "a contraction needs the preposition it holds")
            contractions.update({fold(w): fold(row["value"]) for w in split_values(row["words"])})
            continue
        require(kind in words, where, f"unknown kind {kind!r}")
        words[kind].update(fold(w) for w in split_values(row["words"]))
    return Grammar(**{k: frozenset(v) for k, v in words.items()}, contractions=contractions)


def _dependencies(path: Path) -> Dependencies:
    names = [f.name for f in fields(Dependencies)]
    sets: dict[str, frozenset[str]] = {}
    for row in read_tsv(path, ("set", "labels")):
        require(row["set"] in names, row["_line"], f"unknown dependency set {row['set']!r}")
        require(row["set"] not in sets, row["_line"], f"set {row['set']!r} defined twice")
        sets[row["set"]] = frozenset(split_values(row["labels"]))
    missing = [n for n in names if n not in sets]
    require(not missing, str(path), f"missing dependency set(s) {', '.join(missing)}")
    return Dependencies(**sets)


def _references(path: Path) -> tuple[Reference, ...]:
    out = []
    for row in read_tsv(path, ("kind", "terms", "sector")):
        require(row["kind"] in REFERENCE_KINDS, row["_line"], f"unknown kind {row['kind']!r}")
        out.append(Reference(row["kind"], tuple(split_values(row["terms"])),
                             tuple(split_values(row["sector"]))))
    return tuple(out)


def _organisation_nouns(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for row in read_tsv(path, ("words", "sector")):
        for word in split_values(row["words"]):
            require(out.get(fold(word), row["sector"]) == row["sector"], row["_line"],
                    f"noun {word!r} listed with two sectors")
            out[fold(word)] = row["sector"]
    return out


#: every table of a pack (``data/lang/<code>/``), each required
TABLES = ("roles.tsv", "grammar.tsv", "dependencies.tsv", "verbs.tsv", "nouns.tsv",
          "object_classes.tsv", "light_verbs.tsv", "control_verbs.tsv", "participles.tsv",
          "member_nouns.tsv", "modality.tsv", "relations.tsv", "date_rules.tsv",
          "date_words.tsv", "datelines.tsv", "role_nouns.tsv", "role_verbs.tsv", "place_nouns.tsv",
          "references.tsv", "domains.tsv", "grievances.tsv", "organisation_nouns.tsv",
          "participants.tsv")


@cache
def load_pack(code: str) -> LanguagePack:
    """The language pack of ``code`` (``es``, ``en``), loaded once per process."""
    paths = {name: _table(code, name) for name in TABLES}
    try:
        module = importlib.import_module(f"heraldo.lang.{code}")
    except ModuleNotFoundError as exc:
        raise DataError(f"heraldo.lang.{code}: no language code for {code!r}") from exc
    grammar = _grammar(paths["grammar.tsv"])
    roles = _roles(paths["roles.tsv"])
    member = frozenset(fold(r["lemma"]) for r in read_tsv(paths["member_nouns.tsv"],
                                                             ("lemma",)))
    domains = read_domains(paths["domains.tsv"])
    return LanguagePack(
        code=code, roles=roles, grammar=grammar, deps=_dependencies(paths["dependencies.tsv"]),
        morphology=module.MORPHOLOGY,
        patterns=read_patterns(code, paths, module.MORPHOLOGY, member, domains.names),
        modality=read_modality(paths["modality.tsv"]),
        relation_cues=read_relation_cues(paths["relations.tsv"]),
        dates=read_date_tables(paths["date_words.tsv"], paths["date_rules.tsv"],
                               paths["datelines.tsv"]),
        role_nouns=read_kinds(RoleNouns, paths["role_nouns.tsv"], "words"),
        role_verbs=read_kinds(RoleVerbs, paths["role_verbs.tsv"], "lemmas"),
        place_words=read_kinds(PlaceWords, paths["place_nouns.tsv"], "words"),
        member_nouns=member, references=_references(paths["references.tsv"]),
        domains=domains,
        grievances=read_kinds(Grievances, paths["grievances.tsv"], "words"),
        participants=read_kinds(Participants, paths["participants.tsv"], "words"),
        organisation_nouns=_organisation_nouns(paths["organisation_nouns.tsv"]))


__all__ = ["Dependencies", "Domains", "Grammar", "Grievances", "LanguagePack", "Morphology",
           "Participants", "PlaceWords", "Reference", "Role", "RoleNouns", "RoleVerbs", "Roles",
           "load_pack"]
