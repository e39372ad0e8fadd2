"""The actor knowledge base: countries, organisations, groups, people, agents, metonyms.

Loaded from the TSV files under ``data/actors/`` (see their ``SOURCES.md``), validated
when loaded, and indexed by folded token sequences so that mention finding is a
dictionary walk over the spaCy tokens.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from heraldo.lang import LanguagePack, load_pack
from heraldo.ontology import sectors
from heraldo.ontology.actor_code import ActorCode
from heraldo.resources import (
    DataError,
    data_path,
    fold,
    read_tsv,
    require,
    split_values,
)

log = logging.getLogger(__name__)

#: Environment variable naming extra actor files (``os.pathsep``-separated) to load.
USER_ACTORS_ENV = "HERALDO_ACTORS"

Tokenize = Callable[[str], Sequence[str]]

ENTRY_KINDS = ("country", "capital", "demonym", "organisation", "group", "person",
               "agent", "metonym", "region", "side", "counterpart", "both")
#: what a row of groups.tsv, companies.tsv or a user's file names: an armed or other
#: group, a party, a company, a news medium (all match as groups)
GROUP_KINDS = ("group", "party", "company", "media")
#: the state's own sectors (the columns of ``data/ontology/actor_roles.tsv``)
STATE_SECTORS = sectors("state")
#: sectors of offices one can hold no longer ("el ex gobernador", "la entonces candidata")
FORMER_SECTORS = sectors("former")
#: actor types CAMEO writes first, with no country before them: a multinational firm is
#: "MNC" (an American one "MNCUSA"), never "---MNC", and no story's country is its own
TOP_LEVEL_SECTORS = sectors("top_level")


def sector_code(country: str, sector: str) -> str:
    """The code of a sector of ``country`` ("" when unknown): "COLGOV", "---GOV"; a
    multinational is "MNC", an American one "MNCUSA" (CAMEO writes the type first)."""
    if sector in TOP_LEVEL_SECTORS:
        return str(ActorCode.top_level(sector, country))
    return str(ActorCode.of(country, sector))


@dataclass(frozen=True)
class Role:
    """One term of office: the code a person holds from ``start`` to ``end``."""

    country: str  # "" for an office of an international organisation
    role: str
    sector: str
    start: str
    end: str  # "" while in office
    org: str = ""  # the organisation's id ("WHO") for its officials
    org_code: str = ""  # and its code ("IGOUNOHLHWHO")

    @property
    def code(self) -> str:
        """The actor code the role gives: the organisation's, else country and sector."""
        return self.org_code or self.country + self.sector

    def covers(self, date: str) -> bool:
        """Whether the role is held on ``date``; ``end`` is the handover day (exclusive)."""
        return self.start <= date and (not self.end or date < self.end)


#: the country column of people.tsv names an organisation's office so: "org:WHO"
ORG_PREFIX = "org:"
#: parties' government or opposition standing in groups.tsv is as of late 2025
PARTY_STANDING_FROM = "2025-11-01"
STANDINGS = sectors("standing")


@dataclass(frozen=True)
class Entry:
    """A dictionary entry that a span of text can match."""

    kind: str
    code: str
    country: str = ""
    sectors: tuple[str, ...] = ()
    org: str = ""
    name: str = ""
    kb_id: str = ""
    roles: tuple[Role, ...] = ()
    cased: bool = True  # the first matched token must be capitalised (proper names)
    #: a group's earlier codes, each held until a date: (("1996-09-27", "AFGREBTAL"), ...)
    earlier: tuple[tuple[str, str], ...] = ()

    def _earlier_code(self, date: str | None) -> str:
        """The code a group held on ``date`` before its present one ("" if the present)."""
        if date:
            for until, code in self.earlier:
                if date < until:
                    return code
        return ""

    def role_on(self, date: str | None) -> Role | None:
        """The role held on ``date`` (the latest one when the date is unknown); of two
        roles held at once, the one taken last ("John Kerry", senator, as the Democratic
        nominee in 2004)."""
        if not self.roles:
            return None
        if not date:
            return self.roles[-1]
        return next((r for r in reversed(self.roles) if r.covers(date)), None)

    def sectors_on(self, date: str | None) -> tuple[str, ...]:
        """The sectors on ``date``: a party's standing (GOV or OPP) is only known from
        ``PARTY_STANDING_FROM`` on; before, or undated, it is a party (PTY) only. A group
        with earlier codes had their role then (the Taliban: REB before August 2021)."""
        earlier = self._earlier_code(date)
        if earlier:
            return ActorCode.parse(earlier).parts[:1] or ("",)
        if self.kind == "group" and "PTY" in self.sectors and not (
                date and date >= PARTY_STANDING_FROM):
            return tuple(s for s in self.sectors if s not in STANDINGS)
        return self.sectors

    def code_on(self, date: str | None) -> str:
        """The actor code of this entry on ``date`` (people: the role held then)."""
        if not self.roles:
            earlier = self._earlier_code(date)
            if earlier:
                return earlier
            sectors = self.sectors_on(date)
            code = ActorCode.parse(self.code)
            if sectors != self.sectors and code.starts_with(self.country, self.sectors):
                # "ESPOPPPTY" -> "ESPPTY", "TURGOVPTYAKP" -> "TURPTYAKP"
                return str(code.with_parts(len(self.sectors), sectors))
            return self.code
        role = self.role_on(date)
        if role is not None:
            return role.code
        return self.country + "ELI"  # out of office (before or after): an elite


@dataclass
class KnowledgeBase:
    """Entries indexed by folded token tuples, plus the agent and demonym tables."""

    lang: str
    names: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    #: the one-word keys, and the longer keys by their first two words (longest first):
    #: "el" and "la" begin hundreds of names
    first: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    pairs: dict[tuple[str, str], list[tuple[str, ...]]] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    #: people by the folded last word of each of their names ("frei", "obrador")
    surnames: dict[str, list[Entry]] = field(default_factory=dict)

    def people_named(self, surname: str, sector: str, date: str | None) -> list[Entry]:
        """People with this surname who hold a role of ``sector`` on ``date`` (at any time
        when the date is unknown): "el presidente Frei" in 1998."""
        return [e for e in self.surnames.get(fold(surname), ())
                if any(r.sector == sector and (not date or r.covers(date)) for r in e.roles)]

    def add(self, surface: Iterable[str], entry: Entry) -> None:
        """Index ``entry`` under the folded words of ``surface`` (once per entry)."""
        key = tuple(fold(t) for t in surface)
        if not key:
            return
        bucket = self.names.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        keys = self.first.setdefault(key[0], []) if len(key) == 1 else \
            self.pairs.setdefault((key[0], key[1]), [])
        if key not in keys:
            keys.append(key)
            keys.sort(key=len, reverse=True)
        self.sizes[entry.kind] = self.sizes.get(entry.kind, 0) + 1

    def candidates(self, folded: str, following: str | None) -> list[tuple[str, ...]]:
        """The keys (folded word tuples) that start with the word ``folded`` and, when
        longer than one word, the word ``following``, longest first."""
        longer = self.pairs.get((folded, following), []) if following is not None else []
        return longer + self.first.get(folded, []) if longer else self.first.get(folded, [])

    def entries(self, key: tuple[str, ...]) -> list[Entry]:
        """The entries indexed under ``key``."""
        return self.names.get(key, [])

    def lookup(self, text: str, tokenize: Tokenize) -> list[Entry]:
        """The entries of the words of ``text``, as ``tokenize`` splits them."""
        return self.entries(tuple(fold(t) for t in tokenize(text)))


def _lang_column(row: dict[str, str], base: str, lang: str) -> list[str]:
    return split_values(row.get(f"{base}_{lang}", ""))


def _add_countries(kb: KnowledgeBase, tokenize: Tokenize) -> None:
    path = data_path("actors", "countries.tsv")
    columns = ("code", "country", "sectors", "kind", "names_es", "names_en", "capitals_es",
               "capitals_en", "demonyms_es", "demonyms_en")
    for row in read_tsv(path, columns):
        where, code, country = row["_line"], row["code"], row["country"]
        require(len(country) == 3, where, f"country must be ISO3, got {country!r}")
        names = _lang_column(row, "names", kb.lang)
        require(names, where, "no names")
        sectors = tuple(split_values(row["sectors"]))
        kind = "region" if row["kind"] == "region" else "country"
        entry = Entry(kind, code + "".join(sectors), country, sectors, name=names[0],
                      kb_id=f"country:{code}" if kind == "country" else f"region:{names[0]}")
        for name in names:
            kb.add(tokenize(name), entry)
        for capital in _lang_column(row, "capitals", kb.lang):
            kb.add(tokenize(capital), Entry("capital", country + "GOV", country, ("GOV",),
                                            name=capital, kb_id=f"capital:{country}"))
        for demonym in _lang_column(row, "demonyms", kb.lang):
            kb.add(tokenize(demonym), Entry("demonym", country, country, name=names[0],
                                            kb_id=f"country:{country}", cased=False))


def _add_organisations(kb: KnowledgeBase, tokenize: Tokenize) -> None:
    path = data_path("actors", "organisations.tsv")
    for row in read_tsv(path, ("code", "org", "country", "kind", "names_es", "names_en")):
        names = _lang_column(row, "names", kb.lang)
        require(row["code"] and names, row["_line"], "organisation without code or names")
        entry = Entry("organisation", row["code"], row["country"], (row["kind"].upper(),),
                      org=row["org"], name=names[0], kb_id=f"org:{row['org']}")
        for name in names:
            kb.add(tokenize(name), entry)


def _add_groups(kb: KnowledgeBase, tokenize: Tokenize, path: Path) -> None:
    for row in read_tsv(path, ("code", "country", "sectors", "kind", "names_es", "names_en")):
        names = _lang_column(row, "names", kb.lang)
        require(row["code"], row["_line"], "group without code")
        require(row["kind"] in GROUP_KINDS, row["_line"],
                f"kind must be one of {', '.join(GROUP_KINDS)}, got {row['kind']!r}")
        if not names:
            continue
        entry = Entry("group", row["code"], row["country"], tuple(split_values(row["sectors"])),
                      name=names[0], kb_id=f"group:{fold(names[0])}",
                      earlier=earlier_codes(row.get("earlier", ""), row["_line"]))
        for name in names:
            # a name the table writes in lower case is written so in text ("los
            # talibanes", "los hutíes"): it matches without a capital
            kb.add(tokenize(name), entry if any(c.isupper() for c in name)
                   else replace(entry, cased=False))


def earlier_codes(cell: str, where: str) -> tuple[tuple[str, str], ...]:
    """A group's earlier codes, written ``CODE<YYYY-MM-DD`` (held until that day), in
    chronological order and ``|``-separated: "AFGREBTAL<1996-09-27|AFGGOVTAL<2001-11-13"."""
    out: list[tuple[str, str]] = []
    for value in split_values(cell):
        code, _, until = value.partition("<")
        require(len(code) >= 6 and len(until) == 10 and until[:4].isdigit(), where,
                f"earlier code must be CODE<YYYY-MM-DD, got {value!r}")
        require(not out or out[-1][0] < until, where, "earlier codes out of order")
        out.append((until, code))
    return tuple(out)


def _add_people(kb: KnowledgeBase, tokenize: Tokenize) -> None:
    path = data_path("actors", "people.tsv")
    people: dict[str, tuple[list[str], list[Role]]] = {}
    # organisation ids, for the officials of international organisations: (code, sector)
    organisations = {e.org: (e.code, e.sectors[0]) for entries in kb.names.values()
                     for e in entries if e.kind == "organisation" and e.org}
    columns = ("person", "names", "country", "role", "sector", "start", "end")
    for row in read_tsv(path, columns):
        where = row["_line"]
        require(row["person"] and row["names"], where, "person without id or names")
        require(row["start"][:4].isdigit(), where, f"bad start date {row['start']!r}")
        require(not row["end"] or row["end"] >= row["start"], where, "end before start")
        names, roles = people.setdefault(row["person"], (split_values(row["names"]), []))
        if row["country"].startswith(ORG_PREFIX):  # an international organisation's office
            org_id = row["country"][len(ORG_PREFIX):]
            require(org_id in organisations, where, f"unknown organisation {org_id!r}")
            code, sector = organisations[org_id]
            roles.append(Role("", row["role"], sector, row["start"], row["end"], org_id, code))
        else:
            roles.append(Role(row["country"], row["role"], row["sector"] or "GOV",
                              row["start"], row["end"]))
    for person, (names, roles) in people.items():
        roles.sort(key=lambda r: r.start)
        # the country is the nationality: the latest state office's (Tedros Adhanom, WHO
        # director-general, was Ethiopia's foreign minister)
        nationality = next((r.country for r in reversed(roles) if r.country), "")
        entry = Entry("person", roles[-1].code, nationality, (roles[-1].sector,),
                      name=names[0], kb_id=f"person:{person}", roles=tuple(roles),
                      org=roles[-1].org)
        for name in names:
            kb.add(tokenize(name), entry)
        for surname in {fold(tokenize(name)[-1]) for name in names}:
            bucket = kb.surnames.setdefault(surname, [])
            if entry not in bucket:
                bucket.append(entry)


def _add_agents(kb: KnowledgeBase, tokenize: Tokenize, pack: LanguagePack) -> None:
    path = data_path("actors", "agents.tsv")
    # prefixes that make an office a former one in a single word ("exsenadora")
    prefixes = pack.role_nouns.former_prefix
    for row in read_tsv(path, ("lang", "terms", "sector")):
        if row["lang"] != kb.lang:
            continue
        require(row["sector"], row["_line"], "agent without sector")
        sector = row["sector"]
        for term in split_values(row["terms"]):
            # a term the table capitalises is a name's head and needs its capital
            # ("el Partido Renovación Nacional", not "el partido de fútbol")
            kb.add(tokenize(term), Entry("agent", sector_code("", sector), "", (sector,),
                                         name=term, kb_id=f"agent:{sector}",
                                         cased=any(c.isupper() for c in term)))
            if sector in FORMER_SECTORS and term.isalpha() and term.islower():
                # "exsenadora", "exalcalde": an office held no longer, an elite
                for prefix in prefixes:
                    if not kb.entries((fold(prefix + term),)):
                        kb.add((prefix + term,), Entry("agent", "---ELI", "", ("ELI",),
                                                      name=prefix + term, kb_id="agent:ELI",
                                                      cased=False))


def _add_metonyms(kb: KnowledgeBase, tokenize: Tokenize) -> None:
    path = data_path("actors", "metonyms.tsv")
    for row in read_tsv(path, ("lang", "names", "code", "country", "sectors")):
        if row["lang"] != kb.lang:
            continue
        names = split_values(row["names"])
        require(row["code"] and names, row["_line"], "metonym without code or names")
        entry = Entry("metonym", row["code"], row["country"],
                      tuple(split_values(row["sectors"])), name=names[0],
                      kb_id=f"metonym:{fold(names[0])}")
        for name in names:
            kb.add(tokenize(name), entry)


def _add_references(kb: KnowledgeBase, tokenize: Tokenize, pack: LanguagePack) -> None:
    """Words that refer through context: "la parte turca", "su homólogo", "ambas partes"."""
    for reference in pack.references:
        for term in reference.terms:
            kb.add(tokenize(term), Entry(reference.kind, "", sectors=reference.sectors,
                                         name=term, cased=False))


def user_actor_files() -> list[Path]:
    """Extra actor files named by ``$HERALDO_ACTORS`` (same columns as ``groups.tsv``)."""
    value = os.environ.get(USER_ACTORS_ENV, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def build_kb(pack: LanguagePack, tokenize: Tokenize,
             extra: Sequence[Path] = ()) -> KnowledgeBase:
    """Load and validate every actor table for the pack's language; raises DataError when
    malformed."""
    lang = pack.code
    kb = KnowledgeBase(lang)
    _add_countries(kb, tokenize)
    _add_organisations(kb, tokenize)
    _add_groups(kb, tokenize, data_path("actors", "groups.tsv"))
    _add_groups(kb, tokenize, data_path("actors", "companies.tsv"))
    _add_people(kb, tokenize)
    _add_agents(kb, tokenize, pack)
    _add_metonyms(kb, tokenize)
    _add_references(kb, tokenize, pack)
    for path in extra:
        if not path.is_file():
            raise DataError(f"{path}: user actor file not found")
        _add_groups(kb, tokenize, path)
    log.info("actor knowledge base %s: %s", lang, kb.sizes)
    return kb


@cache
def load_kb(lang: str, extra: tuple[Path, ...] = ()) -> KnowledgeBase:
    """The knowledge base for ``lang`` plus the ``extra`` user files, tokenised by that
    language's spaCy tokenizer (cached per language, through its pack, and set of
    files)."""
    from heraldo.nlp.loader import load_nlp

    tokenizer = load_nlp(lang).tokenizer

    def tokenize(text: str) -> list[str]:
        return [t.text for t in tokenizer(text)]

    return build_kb(load_pack(lang), tokenize, extra)
