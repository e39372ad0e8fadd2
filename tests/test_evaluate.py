from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import EVAL, need_shared
from heraldo.dyads import dyad_rows
from heraldo.evaluate.events import score
from heraldo.model import Actor, Event, Mention

GOLD = [
    {"id": "a", "events": [{"source": "RUSGOV", "target": "TURGOV", "cameo": "041"},
                           {"source": "---REB", "target": "COLMIL", "cameo": "190"}]},
    {"id": "b", "events": [{"source": "~GOV", "target": "", "cameo": "10", "plover": "DEMAND"}]},
    {"id": "c", "events": []},
    {"id": "d", "events": [{"source": "USA", "target": "", "cameo": "", "plover": "PROTEST"},
                           {"source": "USA", "target": "CHN", "cameo": "163"}]},
    {"id": "e", "events": [{"source": "FRA", "target": "DEU", "cameo": "057"}]},
]
SYSTEM = [
    {"id": "a", "events": [{"source": "COLREB", "target": "COLMIL", "cameo": "193"},
                           {"source": "RUSGOV", "target": "TURGOV", "cameo": "040"},
                           {"source": "TURGOV", "target": "RUSGOV", "cameo": "041"}]},
    {"id": "b", "events": [{"source": "ESPGOV", "target": "", "cameo": "100"}]},
    {"id": "c", "events": [{"source": "ESP", "target": "", "cameo": "010"}]},
    {"id": "d", "events": [{"source": "USA", "target": "CHN", "cameo": "163",
                            "plover": "SANCTION"},
                           {"source": "", "target": "", "cameo": "", "plover": ""},
                           {"source": "USA", "target": "", "cameo": "141"}]},
    {"id": "zz", "events": [{"source": "X", "target": "Y", "cameo": "190"}]},
]


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_evaluate_matches_reference_scorer(tmp_path):
    scorer = need_shared(EVAL / "score.py")
    gold, system = tmp_path / "gold.jsonl", tmp_path / "system.jsonl"
    _write(gold, GOLD)
    _write(system, SYSTEM)
    out = subprocess.run([sys.executable, str(scorer), str(gold), str(system), "--json"],
                         capture_output=True, text=True, check=True)
    assert score(GOLD, SYSTEM) == json.loads(out.stdout)


def test_evaluate_known_numbers():
    result = score(GOLD, SYSTEM)
    assert result["root"] == {"tp": 4, "fp": 3, "fn": 1, "p": 0.571, "r": 0.8, "f1": 0.667}
    assert result["sentences"] == 5


def _m(code: str) -> Mention:
    return Mention(Actor(code, code[:3]), code, 0, 1, 0, "test")


@pytest.mark.parametrize("sources, targets, expected", [
    (["RUSGOV", "TURGOV"], [], [("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")]),
    (["RUS"], ["USA", "IGOWSTNAT"], [("RUS", "USA"), ("RUS", "IGOWSTNAT")]),
    ([], ["UKRREB"], [("", "UKRREB")]),
    (["RUS"], [], [("RUS", "")]),
    (["---LAB", "---LAB"], [], [("---LAB", "")]),  # two mentions of one actor
])
def test_evaluate_dyads_expand_multi_actor_events(sources, targets, expected):
    event = Event("e", "a", 0, 0, 1, "t", tuple(map(_m, sources)), tuple(map(_m, targets)),
                  "041", "CONSULT", "", 1.0, 1)
    assert [(r["source"], r["target"]) for r in dyad_rows(event)] == expected


def test_evaluate_co_agents_are_not_reciprocal():
    # "fueron reprimidas por la policía y el ejército": both repress, not each other
    event = Event("e", "a", 0, 0, 1, "t", (_m("---COP"), _m("---MIL")), (), "175", "COERCE",
                  "", -9.0, 4)
    assert [(r["source"], r["target"]) for r in dyad_rows(event)] == [("---COP", ""),
                                                                       ("---MIL", "")]
