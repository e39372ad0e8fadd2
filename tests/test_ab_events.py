"""``scripts/ab_events.py``: the events that change when a mechanism is switched off, and
the mechanism restored afterwards."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import heraldo.coding.noun_sides as noun_sides

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "ab_events.py"
spec = importlib.util.spec_from_file_location("ab_events", SCRIPT)
assert spec is not None and spec.loader is not None
ab_events = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ab_events)


def test_the_changes_of_a_switched_off_mechanism_are_listed(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({
        "id": "a1", "published": "2024-05-20",
        "text": "En Sidney, los periodistas australianos lanzaron una campaña de apoyo a dos "
                "periodistas indonesios presos en Yakarta."}) + "\n", encoding="utf-8")
    detached = noun_sides.detached
    assert ab_events.main(["5", "heraldo.coding.noun_sides.detached", "lambda *a: []",
                           "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith("+ a1 ('051', 'apoyo', 'AUSMED', 'IDNMED')") for line in out)
    assert any(line.startswith("- a1 ('051', 'apoyo', 'AUSMED', '')") for line in out)
    assert out[-1] == "changed 1 of 1"
    assert noun_sides.detached is detached  # the code is left as it was


def test_switches_come_in_pairs():
    with pytest.raises(SystemExit, match="MODULE.ATTR EXPR pairs"):
        ab_events.main(["5", "heraldo.coding.noun_sides.detached"])
