"""Integrity and behaviour tests for the CAMEO / PLOVER ontology tables and loader."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pytest

from heraldo.ontology import (
    SECTOR_ATTRIBUTES,
    CameoCode,
    Ontology,
    _load_from,
    load_ontology,
    load_roles,
)
from heraldo.resources import DataError

DATA = Path(str(files("heraldo") / "data" / "ontology"))
ROOTS = [f"{n:02d}" for n in range(1, 21)]
QUAD_BY_ROOT = {
    root: 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4
    for n, root in enumerate(ROOTS, start=1)
}
# Root-level PLOVER default used by the official scorer (roots 03..20).
ROOT_DEFAULT = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip
# PLOVER manual v2.0 event types with the "Quad category" given in each type's section.
PLOVER_2_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2,
    "RETREAT": 2, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4,
    "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


def _column(name: str, column: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    index = lines[0].split("\t").index(column)
    return [line.split("\t")[index] for line in lines[1:] if line.strip()]


# --- integrity -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("cameo_events.tsv", "code"),
        ("cameo_plover.tsv", "cameo"),
        ("actor_roles.tsv", "code"),
        ("plover_types.tsv", "type"),
    ],
)
def test_ontology_keys_are_unique(table: str, column: str) -> None:
    keys = _column(table, column)
    assert len(keys) == len(set(keys))


def test_ontology_has_about_300_codes(onto: Ontology) -> None:
    assert len(onto.cameo) >= 280
    assert all(len(code) in (2, 3, 4) and code.isdigit() for code in onto.cameo)


def test_ontology_every_code_has_its_parent(onto: Ontology) -> None:
    for code in onto.cameo:
        if len(code) > 2:
            assert (code[:-1] if len(code) == 4 else code[:2]) in onto.cameo, code


@pytest.mark.parametrize("root", ROOTS)
def test_ontology_root_present_with_goldstein(onto: Ontology, root: str) -> None:
    event = onto.event(root)
    assert -10.0 <= event.goldstein <= 10.0
    assert any(code != root and code.startswith(root) for code in onto.cameo)


@pytest.mark.parametrize("root", ROOTS)
def test_ontology_quad_class_follows_root_rule(onto: Ontology, root: str) -> None:
    codes = [code for code in onto.cameo if code.startswith(root)]
    assert {onto.quad_class(code) for code in codes} == {QUAD_BY_ROOT[root]}


@pytest.mark.parametrize("code, conflict", [
    ("043", False), ("057", False), ("073", False), ("0841", False),
    ("111", True), ("141", True), ("163", True), ("190", True),
])
def test_ontology_conflict_is_quad_classes_three_and_four(onto: Ontology, code: str,
                                                          conflict: bool) -> None:
    assert onto.conflict(code) is conflict
    assert conflict == (onto.quad_class(code) in (3, 4))


def test_ontology_every_code_has_a_mapping_row(onto: Ontology) -> None:
    assert set(_column("cameo_plover.tsv", "cameo")) == set(onto.cameo)


def test_ontology_mapping_targets_exist(onto: Ontology) -> None:
    for code, (kind, mode) in onto.mapping.items():
        assert code in onto.cameo
        assert kind == "" or kind in onto.plover, (code, kind)
        assert mode == "" or mode in onto.plover[kind].modes, (code, kind, mode)


def test_ontology_plover_types_are_current_manual(onto: Ontology) -> None:
    assert {kind: t.quad_class for kind, t in onto.plover.items()} == PLOVER_2_QUAD
    for kind in onto.plover.values():
        assert kind.root_cameo == "" or kind.root_cameo in onto.cameo


# CAMEO 08 (YIELD, material cooperation) defaults to CONCEDE, which PLOVER calls verbal.
@pytest.mark.parametrize("root", sorted(set(ROOT_DEFAULT) - {"08"}))
def test_ontology_root_quad_agrees_with_plover_quad(onto: Ontology, root: str) -> None:
    assert onto.plover[ROOT_DEFAULT[root]].quad_class == QUAD_BY_ROOT[root]


def test_ontology_mode_table_types_exist(onto: Ontology) -> None:
    assert set(_column("plover_modes.tsv", "type")) <= set(onto.plover)


# Values checked by hand against GDELT's CAMEO.goldsteinscale.txt
# (https://www.gdeltproject.org/data/lookups/CAMEO.goldsteinscale.txt, copy read from
# github.com/mpiccirilli/UNDP-BCPR-Project/CAMEO.goldsteinscale.txt).
@pytest.mark.parametrize(
    ("code", "value"),
    [
        ("010", 0.0), ("020", 3.0), ("022", 3.2), ("036", 4.0), ("040", 1.0),
        ("042", 1.9), ("043", 2.8), ("051", 3.4), ("061", 6.4), ("0874", 10.0),
        ("100", -5.0), ("111", -2.0), ("130", -4.4), ("138", -7.0), ("163", -8.0),
        ("164", -7.0), ("172", -5.0), ("182", -9.5), ("195", -10.0), ("200", -10.0),
    ],
)  # fmt: skip
def test_ontology_goldstein_spot_check(onto: Ontology, code: str, value: float) -> None:
    assert onto.goldstein(code) == pytest.approx(value)


# --- mapping behaviour ---------------------------------------------------------------------


@pytest.mark.parametrize(("root", "kind"), sorted(ROOT_DEFAULT.items()))
def test_ontology_root_mapping_matches_scorer_default(onto: Ontology, root: str, kind: str) -> None:
    assert onto.plover_for(root)[0] == kind


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("090", ("ACCUSE", "investigate")),
        ("042", ("CONSULT", "visit")),
        ("081", ("CONCEDE", "")),
        ("0841", ("RETREAT", "release")),
        ("0874", ("RETREAT", "disarm")),
        ("1056", ("REQUEST", "yield")),
        ("163", ("SANCTION", "discontinue")),
        ("1712", ("ASSAULT", "destroy")),
        ("175", ("ASSAULT", "")),
        ("191", ("COERCE", "restrict")),
        ("186", ("ASSAULT", "targeted")),
        ("2041", ("ASSAULT", "unconventional")),
        ("010", ("", "")),
    ],
)
def test_ontology_mapping_spot_check(onto: Ontology, code: str, expected: tuple[str, str]) -> None:
    assert onto.plover_for(code) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("0215", ("REQUEST", "assist")),  # unknown 4-digit code -> parent 021
        ("0999", ("ACCUSE", "investigate")),  # no 099 -> root 09
        ("99", ("", "")),
        ("", ("", "")),
    ],
)
def test_ontology_plover_for_falls_back(
    onto: Ontology, code: str, expected: tuple[str, str]
) -> None:
    assert onto.plover_for(code) == expected


# --- loader API ----------------------------------------------------------------------------


def test_ontology_event_lookup(onto: Ontology) -> None:
    event = onto.event("042")
    assert event == CameoCode("042", "Make a visit", 1.9, 1, event.description)
    assert event.root == "04"
    assert onto.event("036").name == "Express intent to meet or negotiate"
    assert onto.is_code("0211") and not onto.is_code("0215")


def test_ontology_unknown_event_raises_keyerror(onto: Ontology) -> None:
    with pytest.raises(KeyError, match="unknown CAMEO event code '999'"):
        onto.event("999")
    with pytest.raises(KeyError):
        onto.goldstein("999")


@pytest.mark.parametrize(
    "code", "GOV MIL REB OPP PTY COP JUD SPY MED CVL IGO NGO MNC PRM JRN".split()
)
def test_ontology_roles_present(onto: Ontology, code: str) -> None:
    assert onto.roles[code]


def test_ontology_is_cached() -> None:
    assert load_ontology() is load_ontology()


def test_ontology_sources_documented() -> None:
    text = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert "1.1b3" in text and "goldsteinscale" in text and "PLOVER" in text


# --- malformed tables ----------------------------------------------------------------------


def _replace(old: str, new: str) -> Callable[[str], str]:
    def edit(text: str) -> str:
        assert old in text
        return text.replace(old, new, 1)

    return edit


def _append(line: str) -> Callable[[str], str]:
    return lambda text: text + line + "\n"


@pytest.mark.parametrize(
    ("table", "edit", "message"),
    [
        ("cameo_events.tsv", _replace("\tgoldstein\t", "\tgold\t"), r"cameo_events.tsv:1: missing"),
        ("cameo_events.tsv", _append("042\tDup\t1.9\t1\t"), r"cameo_events.tsv:318: duplicate"),
        ("cameo_events.tsv", _replace("\tMake a visit\t1.9", "\tVisit\tx"), r"bad goldstein"),
        ("cameo_events.tsv", _replace("\tMake a visit\t1.9\t1", "\tVisit\t1.9\t7"), r"quad_class"),
        ("cameo_events.tsv", _append("2099\tOrphan\t1.0\t4\t"), r":318: parent '209'"),
        ("cameo_events.tsv", _append("043\ttoo\tmany\tfields\there\tx"), r":318: 6 cells"),
        ("cameo_plover.tsv", _append("0999\tACCUSE\t"), r"cameo_plover.tsv:318: unknown"),
        ("cameo_plover.tsv", _replace("042\tCONSULT\tvisit", "042\tFIGHT\t"), r"type/mode 'FIGHT'"),
        ("cameo_plover.tsv", _replace("042\tCONSULT\tvisit", "042\tCONSULT\triot"), r"'riot'"),
        ("plover_modes.tsv", _append("FIGHT\tarmy\tx\t"), r"plover_modes.tsv:72: .*'FIGHT'"),
        ("plover_types.tsv", _replace("\t2.5\n", "\tlots\n"), r"plover_types.tsv:2: bad intensity"),
        ("actor_roles.tsv", _replace("\tGovernment\trole\t", "\tGov\tpeople\t"), r"bad kind"),
        ("actor_roles.tsv", _replace("\tGovernment\trole\tyes\t", "\tGovernment\trole\tx\t"),
         r"actor_roles.tsv:3: state must be 'yes' or empty"),
        ("actor_roles.tsv", _replace("\tforce\t", "\tforces\t"), r"missing column\(s\) force"),
    ],
)  # fmt: skip
def test_ontology_malformed_table_raises(
    tmp_path: Path, table: str, edit: Callable[[str], str], message: str
) -> None:
    for source in DATA.iterdir():
        shutil.copy(source, tmp_path / source.name)
    target = tmp_path / table
    target.write_text(edit(target.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(DataError, match=message):
        _load_from(tmp_path)


def test_ontology_missing_table_names_it(tmp_path: Path) -> None:
    for source in DATA.iterdir():
        if source.name != "plover_modes.tsv":
            shutil.copy(source, tmp_path / source.name)
    with pytest.raises(DataError, match=r"plover_modes.tsv: cannot read data file"):
        _load_from(tmp_path)


@pytest.mark.parametrize("governor, content, expected", [
    ("030", "057", "037"), ("030", "072", "033"), ("020", "041", "026"),
    ("100", "0841", "105"), ("130", "190", "138"), ("030", "190", "138"),
    ("030", "172", "137"), ("020", "190", ""),
])
def test_ontology_refine_complement(governor, content, expected):
    # an intent to do a hostile act is a threat: the one change of root the table allows
    assert load_ontology().refine(governor, content) == expected


def test_ontology_complement_of_another_root_is_refused(tmp_path: Path) -> None:
    for source in DATA.iterdir():
        shutil.copy(source, tmp_path / source.name)
    table = tmp_path / "complement_codes.tsv"
    table.write_text(table.read_text(encoding="utf-8") + "02\t19\t138\tan appeal is no threat\n",
                     encoding="utf-8")
    with pytest.raises(DataError, match="bad complement code '138'"):
        _load_from(tmp_path)


def test_sector_attributes_nest_as_their_meanings_say() -> None:
    """The state's sectors are offices one can leave and titles; the state's side is
    localised; forces are the state's; no attribute names an unknown code."""
    roles = load_roles()
    state = roles.having("state")
    assert {"GOV", "MIL"} <= state
    assert state <= roles.having("former") and state <= roles.having("title")
    assert state <= roles.having("acts_for") and state <= roles.having("state_side")
    assert roles.having("force") <= state
    assert roles.having("state_side") <= roles.having("localised")
    assert not roles.having("seated") & roles.having("localised")
    for attribute in SECTOR_ATTRIBUTES:
        assert roles.having(attribute) <= set(roles.names), attribute
    with pytest.raises(KeyError, match="unknown actor role attribute"):
        roles.having("stately")
