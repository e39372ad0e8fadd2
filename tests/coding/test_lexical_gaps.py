"""Predicates the corpus ranking (scripts/untriggered_predicates.py) found with actors on
both sides and no pattern; sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

from conftest import coded as _events


@pytest.mark.parametrize("text, event", [
    ("El Gobierno de Ecuador revocó la concesión a la empresa minera canadiense.",
     ("160", ("ECUGOV",), ("CANBUS",))),
    ("El Gobierno británico transferirá competencias al Parlamento de Escocia.",
     ("080", ("GBRGOV",), ("GBRLEG",))),
    # the owner of what is dismantled is the target
    ("La Policía de Colombia desarticuló una estructura del Clan del Golfo.",
     ("173", ("COLCOP",), ("COLCRM",))),
    ("El partido de la oposición de Perú tomará acciones legales contra el Gobierno.",
     ("115", ("PEROPP",), ("PERGOV",))),
    ("El presidente de Francia entregó una condecoración al embajador de Japón.",
     ("051", ("FRAGOV",), ("JPNGOV",))),
])
def test_lexical_gap_filled(pipeline, text, event):
    assert event in _events(pipeline, text)


def test_other_objects_stay_uncoded(pipeline):
    # "entregar" a report is no yielding nor praise
    text = "El presidente de Francia entregó un informe al embajador de Japón."
    assert not {c for c, _, _ in _events(pipeline, text)} & {"051", "080"}
