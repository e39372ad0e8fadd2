"""Modality, polarity, attribution and dates of events, on sentences written for tests."""

from __future__ import annotations

import pytest

from heraldo.ontology.event_code import EventCode

PUB = "2022-01-03"


def _event(pipeline, text, root):
    document = pipeline.extract(text, published=PUB)
    events = [e for e in document.events if EventCode.parse(e.cameo).root == root]
    assert events, [(e.cameo, e.trigger) for e in document.events]
    return events[0]


MODALITY = [
    # asserted
    ("Rusia atacó posiciones ucranianas en Járkov.", "19", "asserted"),
    ("El Gobierno de Perú expulsó al embajador de México.", "16", "asserted"),
    ("La policía francesa detuvo a tres activistas.", "17", "asserted"),
    ("Japón criticó a China por sus maniobras navales.", "11", "asserted"),
    ("Brasil y Argentina firmaron un acuerdo comercial.", "05", "asserted"),
    # reported
    ("El ejército sirio bombardeó Idlib, según fuentes locales.", "19", "reported"),
    ("Irán atacó un petrolero, dijo el Pentágono.", "19", "reported"),
    ("El portavoz afirmó que Israel bombardeó Gaza.", "19", "reported"),
    ("Según la ONU, los rebeldes secuestraron a diez cooperantes.", "18", "reported"),
    ("La fiscalía informó que la policía detuvo a dos sospechosos.", "17", "reported"),
    # intended
    ("Corea del Norte planea atacar a Corea del Sur.", "19", "intended"),
    ("Rusia amenazó con atacar Ucrania.", "19", "intended"),
    ("El Gobierno chileno pretende expulsar a los diplomáticos venezolanos.", "16",
     "intended"),
    ("Alemania decidió enviar tanques a Polonia.", "07", "intended"),
    ("Francia quiere imponer sanciones a Irán.", "16", "intended"),
    # expected
    ("Se espera que los cancilleres de Rusia y China se reúnan en Pekín.", "04", "expected"),
    ("Se prevé que Irán y Arabia Saudí firmen un acuerdo.", "05", "expected"),
    ("Se espera que el presidente francés visite Argelia.", "04", "expected"),
    ("Se espera que Estados Unidos imponga sanciones a Venezuela.", "16", "expected"),
    ("Está previsto que la OTAN despliegue tropas en Rumanía.", "15", "expected"),
    # hypothetical
    ("Rusia podría atacar Ucrania.", "19", "hypothetical"),
    ("Israel bombardeará Teherán si Irán lanza misiles contra su territorio.", "19",
     "hypothetical"),
    ("China podría imponer sanciones a Lituania.", "16", "hypothetical"),
    ("Venezuela podría expulsar a los diplomáticos colombianos.", "16", "hypothetical"),
    ("Turquía teme una posible ofensiva de Rusia contra Ucrania.", "19", "hypothetical"),
]


@pytest.mark.parametrize("text, root, modality", MODALITY)
def test_context_modality(pipeline, text, root, modality):
    assert _event(pipeline, text, root).modality == modality


NEGATED = [
    ("Irán no firmó el acuerdo con las potencias.", "05"),
    ("Rusia nunca atacó Ucrania, dijo el Kremlin.", "19"),
    ("El Gobierno colombiano se negó a negociar con el ELN.", "04"),
    ("La policía no detuvo a los manifestantes.", "17"),
    ("Israel rechazó firmar el acuerdo con Hamás.", "05"),
]


@pytest.mark.parametrize("text, root", NEGATED)
def test_context_negation(pipeline, text, root):
    assert _event(pipeline, text, root).negated


def test_context_attribution_and_statement(pipeline):
    document = pipeline.extract("Rusia atacó posiciones ucranianas, dijo el Pentágono.",
                                published=PUB)
    event = next(e for e in document.events if e.cameo.startswith("19"))
    assert event.attributed_to is not None and event.attributed_to.actor.code == "USAGOVMIL"
    (statement,) = document.statements
    assert statement.cue == "dijo" and "atacó" in statement.content
    assert statement.speaker is not None and statement.speaker.actor.code == "USAGOVMIL"


@pytest.mark.parametrize("text, root, value, inferred", [
    ("El Kremlin dijo el 2 de enero que Rusia atacó Ucrania.", "19", "2022-01-02", True),
    ("Rusia atacó Ucrania a finales de octubre.", "19", "2021-10", False),
    ("Rusia atacó Ucrania ayer.", "19", "2022-01-02", False),
    ("Rusia atacó Ucrania.", "19", "2022-01-03", True),
    ("La guerra de 2020 entre Armenia y Azerbaiyán dejó miles de muertos.", "19", "2020",
     False),
])
def test_context_event_dates(pipeline, text, root, value, inferred):
    event = _event(pipeline, text, root)
    assert event.when is not None
    assert (event.when.value, event.when.inferred) == (value, inferred)


def test_context_no_publication_date_is_unknown(pipeline):
    document = pipeline.extract("Rusia atacó Ucrania.")
    (event,) = [e for e in document.events if e.cameo.startswith("19")]
    assert event.when is not None and event.when.precision == "unknown"


def test_context_event_place(pipeline):
    event = _event(pipeline, "El ELN atacó una patrulla militar en el municipio de Tibú.",
                   "19")
    assert event.where is not None and event.where.country == "COL"
