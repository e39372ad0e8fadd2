"""One rule expands events to CAMEO dyads for evaluation, TSV export and the store."""

from __future__ import annotations

import pytest

from heraldo.dyads import dyad_pairs


@pytest.mark.parametrize("sources, targets, cameo, expected", [
    (["RUS"], ["TUR"], "111", [("RUS", "TUR")]),
    (["RUS", "TUR"], [], "041", [("RUS", "TUR"), ("TUR", "RUS")]),      # mutual consult
    (["COLMIL", "COLREB"], [], "190", [("COLMIL", "COLREB"), ("COLREB", "COLMIL")]),
    (["---COP", "---MIL"], [], "175", [("---COP", ""), ("---MIL", "")]),  # co-agents
    (["RUS"], [], "154", [("RUS", "")]),
    ([], ["UKRREB"], "190", [("", "UKRREB")]),
    ([], [], "145", [("", "")]),
    (["RUS", "IRN"], ["TUR", "SYR"], "111",
     [("RUS", "TUR"), ("RUS", "SYR"), ("IRN", "TUR"), ("IRN", "SYR")]),
    (["---LAB", "---LAB"], [], "143", [("---LAB", "")]),
])
def test_dyads_pairs(sources, targets, cameo, expected):
    assert dyad_pairs(sources, targets, cameo) == expected
