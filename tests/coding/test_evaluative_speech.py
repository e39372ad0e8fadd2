"""Speech acts that evaluate: a reporting or evaluating verb codes by the evaluation its
object or complement carries (object classes dismay, disparaging, insults, merit, harm);
sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

from conftest import coded as _events


@pytest.mark.parametrize("text, event", [
    # displeasure expressed "ante" an act: disapproval of its author
    ("El Gobierno de Perú expresó su malestar ante la decisión de Bolivia de cerrar la "
     "frontera.", ("111", ("PERGOV",), ("BOL",))),
    ("Los trabajadores de la empresa estatal de Uruguay manifestaron su descontento por los "
     "despidos ordenados por el Gobierno.", ("111", ("URYLAB",), ("URYGOV",))),
    # a negative evaluation as the predicative complement of an evaluating verb
    ("El ministro de Exteriores de Italia considera inaceptable la medida adoptada por "
     "Francia.", ("111", ("ITAGOV",), ("FRA",))),
    ("El Gobierno de Argentina calificó de desorbitado el arancel impuesto por Brasil.",
     ("111", ("ARGGOV",), ("BRA",))),
    # an insult given as a name
    ("El presidente de Brasil llamó traidores a los diputados de la oposición.",
     ("111", ("BRAGOV",), ("BRAOPP",))),
    # praise of someone's merits
    ("El canciller de Chile destacó la labor de la misión de la ONU en Haití.",
     ("051", ("CHLGOV",), ("IGOUNO",))),
    ("El primer ministro de Canadá valoró el compromiso del Gobierno de Colombia con la paz.",
     ("051", ("CANGOV",), ("COLGOV",))),
    # harm foretold: a warning
    ("El Gobierno de México advirtió que el despliegue de tropas dañaría la relación con "
     "Estados Unidos.", ("130", ("MEXGOV",), ())),
])
def test_evaluative_speech_act(pipeline, text, event):
    assert event in _events(pipeline, text)


@pytest.mark.parametrize("text, code", [
    # an appeal, not an insult: "llamar a" with no insulting name stays an appeal
    ("El presidente de Brasil llamó a los diputados de la oposición a votar la reforma.",
     "111"),
    # a neutral evaluation is no criticism
    ("El ministro de Exteriores de Italia considera oportuna la medida adoptada por Francia.",
     "111"),
    # "destacar" a fact is no praise
    ("El canciller de Chile destacó la importancia de la cumbre de Lima.", "051"),
    # a feeling that spreads is no one's statement
    ("El descontento se manifiesta en diversos sectores de la sociedad peruana.", "111"),
    # "papel" is paper as often as a role: no merit
    ("El presidente del Consejo Electoral de Perú destacó que las boletas se imprimirán en "
     "un papel con medidas de seguridad.", "051"),
])
def test_no_evaluation_no_event(pipeline, text, code):
    assert all(cameo != code for cameo, _, _ in _events(pipeline, text))
