"""CAMEO actor codes as values: parsed, edited and rendered without slicing."""

from __future__ import annotations

import pytest

from heraldo.actors.kb import Entry, sector_code
from heraldo.ontology.actor_code import ActorCode


@pytest.mark.parametrize("text, head, parts", [
    ("COLGOV", "COL", ("GOV",)),
    ("---GOV", "---", ("GOV",)),
    ("MNC", "MNC", ()),
    ("MNCUSA", "MNC", ("USA",)),
    ("PSEREBHMS", "PSE", ("REB", "HMS")),
    ("IGOUNOHLHWHO", "IGO", ("UNO", "HLH", "WHO")),
])
def test_a_code_is_a_head_and_three_letter_parts(text, head, parts):
    code = ActorCode.parse(text)
    assert (code.head, code.parts) == (head, parts)
    assert str(code) == text


def test_codes_are_placed_and_edited_by_part():
    unknown = ActorCode.parse("---GOVMIL")
    assert unknown.unplaced and not ActorCode.parse("COLGOV").unplaced
    assert str(unknown.placed("COL")) == "COLGOVMIL"
    party = ActorCode.parse("TURGOVPTYAKP")
    assert party.starts_with("TUR", ("GOV", "PTY")) and not party.starts_with("TUR", ("PTY",))
    assert str(party.with_parts(2, ("PTY",))) == "TURPTYAKP"
    assert str(ActorCode.of("", "GOV")) == "---GOV" and str(ActorCode.of("COL", "")) == "COL"


def test_sector_codes_put_top_level_types_first():
    assert sector_code("USA", "MNC") == "MNCUSA" and sector_code("", "MNC") == "MNC"
    assert sector_code("", "CVL") == "---CVL" and sector_code("RUS", "GOV") == "RUSGOV"


def test_a_party_before_its_standing_is_known_is_a_party():
    entry = Entry("group", "TURGOVPTYAKP", "TUR", ("GOV", "PTY"), name="AKP", kb_id="akp")
    assert entry.code_on("2020-01-01") == "TURPTYAKP"
    assert entry.code_on("2025-12-01") == "TURGOVPTYAKP"
