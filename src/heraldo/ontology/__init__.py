"""CAMEO / PLOVER event ontology from ``heraldo/data/ontology/*.tsv`` (sources: SOURCES.md).

Tables are read by ``heraldo.resources.read_tsv`` and validated at load time; problems raise
``DataError`` naming file and line.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from pathlib import Path

from heraldo.ontology.event_code import EventCode
from heraldo.resources import DataError, data_path, read_tsv

_Row = tuple[str, dict[str, str]]  # ("file:line", row)
_KINDS = frozenset({"role", "organisation", "ethnic", "religious", "other"})
#: the first quad class of conflict: 3 verbal, 4 material (1 and 2 are cooperation)
CONFLICT_QUAD = 3
#: the attribute columns of ``actor_roles.tsv`` ("yes" or empty): which sectors are the
#: state's, which offices one can hold no longer, which title a person named after them...
#: (SOURCES.md, "actor_roles.tsv: attributes")
SECTOR_ATTRIBUTES = ("state", "former", "title", "force", "acts_for", "opposing", "localised",
                     "state_side", "seated", "standing", "top_level", "not_from_name")
_COLUMNS = {
    "cameo_events.tsv": ("code", "name", "goldstein", "quad_class", "description"),
    "actor_roles.tsv": ("code", "name", "kind", *SECTOR_ATTRIBUTES, "description"),
    "plover_types.tsv": ("type", "root_cameo", "quad_class", "description"),
    "plover_modes.tsv": ("type", "mode", "description"),
    "cameo_plover.tsv": ("cameo", "plover_type", "plover_mode"),
    "complement_codes.tsv": ("governor", "content", "code", "note"),
}


@dataclass(frozen=True)
class CameoCode:
    """A CAMEO event code of the codebook: name, Goldstein score, quad class and description."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    description: str

    @property
    def root(self) -> str:
        """Its two-digit root code."""
        return EventCode(self.code).root


@dataclass(frozen=True)
class PloverType:
    """A PLOVER event type: its CAMEO root, quad class, description and modes."""

    type: str
    root_cameo: str
    quad_class: int
    description: str
    modes: tuple[str, ...]


@dataclass(frozen=True)
class ActorRoles:
    """The role codes of ``actor_roles.tsv``: their names, and the codes of each
    attribute column."""

    names: dict[str, str]
    attributes: dict[str, frozenset[str]]

    def having(self, attribute: str) -> frozenset[str]:
        """The codes with ``attribute`` (one of ``SECTOR_ATTRIBUTES``)."""
        if attribute not in self.attributes:
            raise KeyError(f"unknown actor role attribute {attribute!r}")
        return self.attributes[attribute]


@dataclass(frozen=True)
class Ontology:
    """The codebook: CAMEO codes, actor roles, PLOVER types, the CAMEO-to-PLOVER mapping and the
    refinements of a governing code by its content."""

    cameo: dict[str, CameoCode]
    roles: dict[str, str]
    plover: dict[str, PloverType]
    mapping: dict[str, tuple[str, str]]
    complements: dict[tuple[str, str], str] = dataclasses.field(default_factory=dict)

    def refine(self, governor: str, content: str) -> str:
        """The code of an intent, appeal, demand, rejection or threat (``governor``) whose
        content is ``content``: ("030", "057") -> "037"; "" when the table has none."""
        root = EventCode(governor).root
        wanted = EventCode(content)
        for prefix in (wanted.code, wanted.base, wanted.root):
            code = self.complements.get((root, prefix))
            if code:
                return code
        return ""

    def event(self, code: str) -> CameoCode:
        """The codebook entry of a CAMEO code; KeyError for an unknown code."""
        if code not in self.cameo:
            raise KeyError(f"unknown CAMEO event code {code!r}")
        return self.cameo[code]

    def plover_for(self, cameo: str) -> tuple[str, str]:
        """(type, mode) for a CAMEO code, else its parent's, else its root's, else ("", "")."""
        code = EventCode.leading(cameo)
        while code is not None:
            if code.code in self.mapping:
                return self.mapping[code.code]
            code = code.parent
        return ("", "")

    def goldstein(self, cameo: str) -> float:
        """The Goldstein score of a CAMEO code."""
        return self.event(cameo).goldstein

    def quad_class(self, cameo: str) -> int:
        """The quad class (1-4) of a CAMEO code."""
        return self.event(cameo).quad_class

    def conflict(self, cameo: str) -> bool:
        """Whether a CAMEO code is of conflict, verbal or material (quad classes 3 and 4),
        not of cooperation."""
        return self.quad_class(cameo) >= CONFLICT_QUAD

    def is_code(self, cameo: str) -> bool:
        """Whether ``cameo`` is a code of the codebook."""
        return cameo in self.cameo


def _read(directory: Path, name: str) -> list[_Row]:
    """("file:line", row) for each row of the table ``name``."""
    return [(row.pop("_line"), row) for row in read_tsv(directory / name, _COLUMNS[name])]


def _number(value: str, where: str, column: str, choices: str = "") -> float:
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not -10.0 <= number <= 10.0 or (choices and value not in choices.split()):
        raise DataError(f"{where}: bad {column} {value!r}")
    return number


def _unique(key: str, seen: dict[str, str], where: str) -> None:
    if key in seen:
        raise DataError(f"{where}: duplicate {key!r} (first at {seen[key]})")
    seen[key] = where


def _load_cameo(directory: Path) -> dict[str, CameoCode]:
    seen: dict[str, str] = {}
    cameo: dict[str, CameoCode] = {}
    for where, row in _read(directory, "cameo_events.tsv"):
        code = row["code"]
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise DataError(f"{where}: bad code {code!r}")
        _unique(code, seen, where)
        goldstein = _number(row["goldstein"], where, "goldstein")
        quad = int(_number(row["quad_class"], where, "quad_class", "1 2 3 4"))
        cameo[code] = CameoCode(code, row["name"], goldstein, quad, row["description"])
    for code, where in seen.items():
        parent = EventCode(code).parent
        if parent is not None and parent.code not in cameo:
            raise DataError(f"{where}: parent {parent.code!r} of {code!r} is missing")
    return cameo


def _load_roles(directory: Path) -> ActorRoles:
    names: dict[str, str] = {}
    attributes: dict[str, set[str]] = {a: set() for a in SECTOR_ATTRIBUTES}
    for where, row in _read(directory, "actor_roles.tsv"):
        code = row["code"]
        if len(code) != 3 or not code.isalpha() or not code.isupper() or code in names:
            raise DataError(f"{where}: bad or duplicate role code {code!r}")
        if row["kind"] not in _KINDS:
            raise DataError(f"{where}: bad kind {row['kind']!r}")
        names[code] = row["name"]
        for attribute in SECTOR_ATTRIBUTES:
            if row[attribute] not in ("", "yes"):
                raise DataError(f"{where}: {attribute} must be 'yes' or empty, not "
                                f"{row[attribute]!r}")
            if row[attribute]:
                attributes[attribute].add(code)
    return ActorRoles(names, {a: frozenset(c) for a, c in attributes.items()})


def _load_plover(directory: Path, cameo: dict[str, CameoCode]) -> dict[str, PloverType]:
    seen: dict[str, str] = {}
    types: dict[str, PloverType] = {}
    for where, row in _read(directory, "plover_types.tsv"):
        kind, root = row["type"], row["root_cameo"]
        _unique(kind, seen, where)
        if root and (len(root) != 2 or root not in cameo):
            raise DataError(f"{where}: bad root_cameo {root!r}")
        _number(row.get("intensity") or "0", where, "intensity")
        quad = int(_number(row["quad_class"], where, "quad_class", "1 2 3 4"))
        types[kind] = PloverType(kind, root, quad, row["description"], ())
    modes: dict[str, list[str]] = {kind: [] for kind in types}
    for where, row in _read(directory, "plover_modes.tsv"):
        if row["type"] not in types or not row["mode"]:
            raise DataError(f"{where}: empty mode or unknown PLOVER type {row['type']!r}")
        _number(row.get("intensity") or "0", where, "intensity")
        _unique(f"{row['type']}/{row['mode']}", seen, where)
        modes[row["type"]].append(row["mode"])
    return {k: dataclasses.replace(t, modes=tuple(modes[k])) for k, t in types.items()}


def _load_mapping(
    directory: Path, cameo: dict[str, CameoCode], plover: dict[str, PloverType]
) -> dict[str, tuple[str, str]]:
    mapping: dict[str, tuple[str, str]] = {}
    for where, row in _read(directory, "cameo_plover.tsv"):
        code, kind, mode = row["cameo"], row["plover_type"], row["plover_mode"]
        if code not in cameo or code in mapping:
            raise DataError(f"{where}: unknown or duplicate CAMEO code {code!r}")
        modes = plover[kind].modes if kind in plover else None
        if (kind and modes is None) or (mode and mode not in (modes or ())):
            raise DataError(f"{where}: unknown PLOVER type/mode {kind!r}/{mode!r}")
        mapping[code] = (kind, mode)
    return mapping


#: a governor root whose content may make the event another root: an intent to do a
#: hostile act ("están dispuestos a atacar") is a threat
RE_ROOTED = {"03": "13"}


def _load_complements(directory: Path,
                      cameo: dict[str, CameoCode]) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for where, row in _read(directory, "complement_codes.tsv"):
        root = EventCode(row["code"]).root if row["code"] in cameo else ""
        if root not in (row["governor"], RE_ROOTED.get(row["governor"])):
            raise DataError(f"{where}: bad complement code {row['code']!r}")
        table[(row["governor"], row["content"])] = row["code"]
    return table


def _load_from(directory: Path) -> Ontology:
    """Parse and validate the tables found in ``directory``."""
    cameo = _load_cameo(directory)
    plover = _load_plover(directory, cameo)
    return Ontology(cameo, _load_roles(directory).names, plover,
                    _load_mapping(directory, cameo, plover), _load_complements(directory, cameo))


@functools.lru_cache(maxsize=1)
def load_roles() -> ActorRoles:
    """The packaged actor role codes and their attributes, read and validated once."""
    return _load_roles(data_path("ontology"))


def sectors(attribute: str) -> frozenset[str]:
    """The role codes with ``attribute``, a column of ``actor_roles.tsv``."""
    return load_roles().having(attribute)


@functools.lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The packaged ontology, parsed and validated once, then cached."""
    return _load_from(data_path("ontology"))
