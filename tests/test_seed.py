"""End to end on the user's seed article (skipped when ../shared is absent)."""

from __future__ import annotations


def _codes(mentions):
    return {m.actor.code for m in mentions}


def _find(document, root, sources=None, targets=None):
    for e in document.events:
        if e.cameo[:2] != root:
            continue
        if sources is not None and not set(sources) <= _codes(e.sources):
            continue
        if targets is not None and not set(targets) <= _codes(e.targets):
            continue
        return e
    return None


def test_seed_phone_call(seed_document):
    call = _find(seed_document, "04", {"RUSGOV", "TURGOV"})
    assert call is not None
    assert call.plover == "CONSULT"
    assert call.when is not None and call.when.value == "2022-01-02"
    assert call.attributed_to is not None and call.attributed_to.actor.code == "RUSGOV"


def test_seed_arms_supply(seed_document):
    event = _find(seed_document, "07", {"TUR"}, {"UKR"})
    assert event is not None and event.plover == "AID"


def test_seed_troop_build_up(seed_document):
    event = _find(seed_document, "15", {"RUS"})
    assert event is not None and event.plover == "MOBILIZE"
    assert _codes(event.targets) <= {"UKR"}


def test_seed_demands_on_usa_and_nato(seed_document):
    event = _find(seed_document, "10", {"RUS"}, {"USA", "IGOWSTNAT"})
    assert event is not None


def test_seed_criticism_and_support(seed_document):
    assert _find(seed_document, "11", {"TUR"}) is not None
    assert {m.actor.country for m in _find(seed_document, "11", {"TUR"}).targets} == {"RUS"}
    assert _find(seed_document, "05", {"TUR"}, {"UKR"}) is not None


def test_seed_wars(seed_document):
    war = _find(seed_document, "19", {"AZE"})
    assert war is not None and war.when is not None and war.when.value == "2020"
    assert {m.actor.country for m in war.targets} == {"ARM"}
    drones = _find(seed_document, "19", None, {"UKRREB"})
    assert drones is not None and drones.when is not None and drones.when.value == "2021-10"


def test_seed_places_are_not_actors(seed_document):
    for event in seed_document.events:
        for m in (*event.sources, *event.targets):
            assert m.text not in {"Siria", "Libia", "Cáucaso", "Cáucaso Sur"}, event


def test_seed_context_events_and_no_more_than_two_extra(seed_document):
    """Issue 5's list for the seed, with modality, dates and places; at most two more."""
    expected = [
        ("04", {"RUSGOV", "TURGOV"}, set()),          # the phone call
        ("03", {"RUSGOV", "TURGOV"}, set()),          # commitment to boost ties
        ("07", {"TUR"}, {"UKR"}),                     # arms
        ("19", set(), {"UKRREB"}),                    # drones against separatists
        ("11", {"TUR"}, {"RUSGOV"}),                  # criticism of Moscow
        ("05", {"TUR"}, {"UKR"}),                     # support for territorial integrity
        ("15", {"RUS"}, set()),                       # troop build-up
        ("10", {"RUS"}, {"USA", "IGOWSTNAT"}),        # demands
        ("06", {"RUS", "TUR"}, set()),                # cooperation (Caucasus, Syria, Libya)
        ("19", {"AZE"}, {"ARMMIL"}),                  # the 2020 war
        ("04", {"TURGOV", "ARMGOV"}, set()),          # envoys expected to meet
        ("04", {"RUS"}, {"ARM", "AZE"}),              # Russian mediation, with its parties
    ]
    remaining = list(seed_document.events)
    for root, sources, targets in expected:
        match = next((e for e in remaining if e.cameo[:2] == root
                      and _codes(e.sources) == sources and _codes(e.targets) == targets), None)
        assert match is not None, (root, sources, targets)
        remaining.remove(match)
    assert len(remaining) <= 2, [(e.cameo, _codes(e.sources)) for e in remaining]
    call = _find(seed_document, "04", {"RUSGOV", "TURGOV"})
    assert call.modality == "reported"
    meeting = _find(seed_document, "04", {"TURGOV", "ARMGOV"})
    assert meeting.modality == "expected" and meeting.when.value == "2022-01"
    assert meeting.where is not None and meeting.where.country == "RUS"
