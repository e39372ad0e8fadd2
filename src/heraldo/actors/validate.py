"""Checks of the actor knowledge base beyond what loading enforces.

``validate()`` returns a list of problems (empty when the tables are sound): duplicate
names that point to different actors within one table, overlapping terms of one person
in one role, codes whose parts are not CAMEO roles or known countries, and the size
floors the project promises (every UN member, 80 organisations, 100 groups...).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from heraldo.actors.kb import ORG_PREFIX, earlier_codes
from heraldo.ontology import load_ontology
from heraldo.ontology.actor_code import ActorCode
from heraldo.resources import DataError, data_path, fold, read_tsv, split_values

FLOORS = {"states": 195, "organisations": 80, "groups": 100, "companies": 150, "people": 600,
          "agents": 60, "metonyms": 30}
#: the sector of each kind of row in companies.tsv
COMPANY_SECTORS = {"company": "BUS", "media": "MED"}
STATE_KINDS = ("state", "observer")


@dataclass(frozen=True)
class Problem:
    """A problem of the actor tables: where (file and line or entry) and what."""

    where: str
    message: str

    def __str__(self) -> str:
        """The problem as one line: where, then what."""
        return f"{self.where}: {self.message}"


def _countries() -> tuple[set[str], list[dict[str, str]]]:
    rows = read_tsv(data_path("actors", "countries.tsv"), ("code", "country", "kind"))
    return {r["country"] for r in rows}, rows


def _code_problems(code: str, countries: set[str], roles: set[str], where: str) -> list[Problem]:
    """A code is a country (or ``---``, or an IGO/IMG prefix) followed by 3-letter roles."""
    parsed = ActorCode.parse(code)
    if parsed.head in ("IGO", "NGO", "IMG", "MNC"):
        return []
    problems = []
    if not parsed.unplaced and parsed.head not in countries:
        problems.append(Problem(where, f"unknown country part {parsed.head!r} in code {code!r}"))
    parts = parsed.parts
    unknown = [p for p in parts if p not in roles]
    # a code may end in a group's own short id (PSEREBHMS): only the first role must exist
    if parts and parts[0] not in roles:
        problems.append(Problem(where, f"unknown role {unknown[0]!r} in code {code!r}"))
    return problems


def _duplicates(rows: list[dict[str, str]], columns: tuple[str, ...], code_of: str,
                table: str) -> list[Problem]:
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        for column in columns:
            for name in split_values(row.get(column, "")):
                seen[(column, fold(name))].add(row[code_of])
    return [Problem(table, f"{column} {name!r} points to {sorted(codes)}")
            for (column, name), codes in sorted(seen.items()) if len(codes) > 1]


def _overlaps(rows: list[dict[str, str]]) -> list[Problem]:
    terms: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for row in rows:
        terms[(row["person"], row["role"])].append((row["start"], row["end"], row["_line"]))
    problems = []
    for (person, role), spans in terms.items():
        spans.sort()
        for (_, e1, _), (s2, _, where) in zip(spans, spans[1:], strict=False):
            if not e1 or s2 < e1:
                problems.append(Problem(where, f"{person} holds {role} twice from {s2}"))
    return problems


def validate() -> list[Problem]:
    """Every problem found in the actor tables."""
    roles = set(load_ontology().roles)
    countries, country_rows = _countries()
    problems: list[Problem] = []
    tables = {
        "organisations": read_tsv(data_path("actors", "organisations.tsv"),
                                  ("code", "org", "names_es")),
        "groups": read_tsv(data_path("actors", "groups.tsv"), ("code", "names_es")),
        "companies": read_tsv(data_path("actors", "companies.tsv"),
                              ("code", "country", "sectors", "kind", "names_es")),
        "people": read_tsv(data_path("actors", "people.tsv"),
                           ("person", "names", "country", "role", "sector", "start", "end")),
        "agents": read_tsv(data_path("actors", "agents.tsv"), ("lang", "terms", "sector")),
        "metonyms": read_tsv(data_path("actors", "metonyms.tsv"), ("lang", "names", "code")),
    }
    sizes = {"states": sum(r["kind"] in STATE_KINDS for r in country_rows),
             "people": len({r["person"] for r in tables["people"]}),
             **{k: len(v) for k, v in tables.items() if k != "people"}}
    for what, floor in FLOORS.items():
        if sizes[what] < floor:
            problems.append(Problem(what, f"{sizes[what]} entries, fewer than {floor}"))
    problems += _duplicates(tables["organisations"], ("names_es", "names_en"), "org",
                            "organisations.tsv")
    # a name may not be a group in one table and a company in the other
    problems += _duplicates(tables["groups"] + tables["companies"], ("names_es", "names_en"),
                            "code", "groups.tsv and companies.tsv")
    problems += _overlaps(tables["people"])
    for row in tables["groups"] + tables["companies"] + tables["metonyms"]:
        problems += _code_problems(row["code"], countries, roles, row["_line"])
    problems += _company_problems(tables["companies"])
    for row in tables["groups"]:
        try:
            earlier = earlier_codes(row.get("earlier", ""), row["_line"])
        except DataError as exc:
            problems.append(Problem(row["_line"], str(exc)))
            continue
        for _, code in earlier:
            problems += _code_problems(code, countries, roles, row["_line"])
    org_ids = {row["org"] for row in tables["organisations"]}
    for row in tables["people"]:
        if row["country"].startswith(ORG_PREFIX):  # an organisation's office: "org:WHO"
            if row["country"][len(ORG_PREFIX):] not in org_ids:
                problems.append(Problem(row["_line"],
                                        f"unknown organisation {row['country']!r}"))
            if row["sector"]:
                problems.append(Problem(row["_line"], "an organisation's office takes the "
                                        "organisation's code: leave the sector empty"))
            continue
        if row["country"] and row["country"] not in countries:
            problems.append(Problem(row["_line"], f"unknown country {row['country']!r}"))
        if row["sector"] and row["sector"] not in roles:
            problems.append(Problem(row["_line"], f"unknown sector {row['sector']!r}"))
    problems += _agent_conflicts(tables["agents"])
    for row in tables["agents"]:
        if row["sector"] not in roles:
            problems.append(Problem(row["_line"], f"unknown sector {row['sector']!r}"))
    return problems


def _company_problems(rows: list[dict[str, str]]) -> list[Problem]:
    """A company is its country's business (BUS), a news medium its country's media (MED):
    the code is the country and that sector ("JPNBUS", "QATMED")."""
    problems = []
    for row in rows:
        sector = COMPANY_SECTORS.get(row["kind"])
        if sector is None:
            problems.append(Problem(row["_line"], f"kind must be one of "
                                    f"{', '.join(COMPANY_SECTORS)}, got {row['kind']!r}"))
        elif row["sectors"] != sector or row["code"] != row["country"] + sector:
            problems.append(Problem(row["_line"], f"a {row['kind']} row is "
                                    f"{row['country'] or 'its country'}{sector}, "
                                    f"got {row['code']!r} with sectors {row['sectors']!r}"))
    return problems


def _agent_conflicts(rows: list[dict[str, str]]) -> list[Problem]:
    """Terms that two rows of a language give different sectors: the later row is dead."""
    first: dict[tuple[str, str], dict[str, str]] = {}
    problems = []
    for row in rows:
        for term in split_values(row["terms"]):
            seen = first.setdefault((row["lang"], fold(term)), row)
            if seen["sector"] != row["sector"]:
                problems.append(Problem(row["_line"], f"term {term!r} is already "
                                        f"{seen['sector']} in {seen['_line']}"))
    return problems


def sizes_report() -> dict[str, int]:
    """How many entries each table holds (for ``heraldo actors validate``)."""
    _, country_rows = _countries()
    return {
        "countries and entities": len(country_rows),
        "organisations": len(read_tsv(data_path("actors", "organisations.tsv"), ("code",))),
        "groups": len(read_tsv(data_path("actors", "groups.tsv"), ("code",))),
        "companies and media": len(read_tsv(data_path("actors", "companies.tsv"), ("code",))),
        "people": len({r["person"] for r in read_tsv(data_path("actors", "people.tsv"),
                                                       ("person",))}),
        "agents": len(read_tsv(data_path("actors", "agents.tsv"), ("terms",))),
        "metonyms": len(read_tsv(data_path("actors", "metonyms.tsv"), ("names",))),
    }
