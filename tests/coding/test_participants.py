"""The other parties of a meeting or a summit named by a phrase of presence, and the
doer's company named by a phrase of company (``heraldo.coding.participants``); nobody
where such a phrase names no actor. Sentences written for these tests in the style of
news."""

from __future__ import annotations

import pytest

from conftest import analyse as _analyse
from conftest import root_sides as _sides
from heraldo.lang import load_pack
from heraldo.ontology import load_ontology


def _event(pipeline, text, trigger):
    """(root, sources, targets) of the event ``trigger`` codes in ``text``."""
    events = [e for e in _analyse(pipeline, text).document.events if e.trigger == trigger]
    assert events, f"no event for {trigger!r}"
    return _sides(events[0])


@pytest.mark.parametrize("text, trigger, expected", [
    # "en presencia de" (a multi-word preposition), on the event noun of a light verb
    ("El presidente mexicano celebró una cumbre en Cancún en presencia del primer ministro "
     "canadiense y del presidente de Guatemala.", "cumbre",
     ("04", ["MEXGOV"], ["CANGOV", "GTMGOV"])),
    # "con la participación de": the noun's "de" complement, on the light verb
    ("El presidente colombiano sostuvo una reunión en Cartagena con la participación del "
     "canciller de Ecuador.", "reunión", ("04", ["COLGOV"], ["ECUGOV"])),
    # on a verb with no object of its own
    ("Los presidentes de Uruguay y Paraguay se reunieron el martes en Asunción en presencia "
     "del secretario general de la OEA.", "reunieron",
     ("04", ["PRYGOV", "URYGOV"], ["IGOOAS"])),
    # nobody named as its host: those present are still no doers (they may be guests)
    ("La cumbre se celebró en Quito con la presencia del presidente de Bolivia y del "
     "presidente de Paraguay.", "cumbre", ("04", [], ["BOLGOV", "PRYGOV"])),
    # "en presencia" hung alone on the verb, the participant its sibling
    ("El presidente francés lanzó el lunes de mañana en París la cumbre de la paz en "
     "presencia del Primer Ministro italiano y del presidente de Egipto.", "cumbre",
     ("04", ["FRAGOV"], ["EGYGOV", "ITAGOV"])),
])
def test_those_present_are_the_other_parties(pipeline, text, trigger, expected):
    assert _event(pipeline, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("El canciller peruano se reunió en Madrid con el presidente de Panamá, junto al "
     "ministro de Economía de Bolivia.", "reunió", ("04", ["BOLGOV", "PERGOV"], ["PANGOV"])),
    # the participle on the subject
    ("El presidente de Chile, acompañado del canciller de Argentina, se reunió con el "
     "primer ministro de Japón.", "reunió", ("04", ["ARGGOV", "CHLGOV"], ["JPNGOV"])),
    ("El presidente de Perú se reunió el lunes con el presidente de Brasil en compañía del "
     "canciller de Uruguay.", "reunió", ("04", ["PERGOV", "URYGOV"], ["BRAGOV"])),
])
def test_the_company_is_on_the_doers_side(pipeline, text, trigger, expected):
    assert _event(pipeline, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # people in general are no party
    ("El presidente de Ecuador sostuvo una reunión con dirigentes indígenas en presencia de "
     "periodistas.", "reunión"),
    # a situation is no party
    ("El presidente de Bolivia se reunió de urgencia ante la crisis.", "reunió"),
])
def test_a_phrase_that_names_no_actor_adds_nobody(pipeline, text, trigger):
    assert _event(pipeline, text, trigger)[2] == []


def test_a_place_is_no_companion(pipeline):
    # "junto a" a place is where, not with whom; nor is a country below the place
    root, sources, targets = _event(
        pipeline, "El ministro de Defensa de Colombia se reunió con los generales junto a la "
                  "frontera con Venezuela.", "reunió")
    assert "VEN" not in {c[:3] for c in sources + targets}


def test_a_named_party_keeps_its_place(pipeline):
    # the object is the other party; one present beside it fills nothing
    assert _event(pipeline, "El presidente de Perú se reunió con el primer ministro de Japón "
                            "en presencia del canciller de Corea del Sur.", "reunió") == \
        ("04", ["PERGOV"], ["JPNGOV"])


def test_only_acts_done_with_others_take_participants(pipeline):
    # the witnesses of a signing are not its parties
    root, _, targets = _event(pipeline, "Los ministros de Perú firmaron un acuerdo en "
                                        "presencia del presidente de Chile.", "firmaron")
    assert root == "05" and "CHLGOV" not in targets


@pytest.mark.parametrize("code", ["es", "en"])
def test_the_participant_roots_are_roots_of_the_codebook(code):
    participants = load_pack(code).participants
    ontology = load_ontology()
    assert participants.root and all(
        len(r) == 2 and ontology.is_code(r) for r in participants.root)
    assert participants.presence and participants.company
