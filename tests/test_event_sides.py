"""``scripts/event_sides.py``: a side counts when it names an actor, and an event has both
sides when one of its dyads does (the rule of ``heraldo.dyads``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "event_sides.py"
spec = importlib.util.spec_from_file_location("event_sides", SCRIPT)
assert spec is not None and spec.loader is not None
event_sides = importlib.util.module_from_spec(spec)
spec.loader.exec_module(event_sides)


def _event(cameo, sources=(), targets=()):
    return {"cameo": cameo, "sources": [{"actor": {"code": c}} for c in sources],
            "targets": [{"actor": {"code": c}} for c in targets]}


def test_a_side_names_an_actor():
    assert event_sides.side_class(_event("111", ["RUSGOV"], ["UKR"])) == "both"
    assert event_sides.side_class(_event("111", ["RUSGOV"])) == "source only"
    assert event_sides.side_class(_event("111", [], ["UKR"])) == "target only"
    assert event_sides.side_class(_event("111", [""], [""])) == "neither"


def test_coordinated_actors_of_a_mutual_event_are_both_sides():
    # "Rusia y Turquía conversaron": each the other's counterpart; a protest is not mutual
    assert event_sides.side_class(_event("040", ["RUS", "TUR"])) == "both"
    assert event_sides.side_class(_event("141", ["COLEDU", "COLLAB"])) == "source only"
    assert event_sides.side_class(_event("040", ["RUS", "RUS"])) == "source only"
