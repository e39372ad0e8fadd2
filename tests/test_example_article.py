"""End to end on the example article the project ships (examples/es_cumbre_frontera.txt,
written for Heraldo in the style of international news): the events an analyst expects."""

from __future__ import annotations

import pytest

from conftest import ROOT

EXAMPLE = ROOT / "examples" / "es_cumbre_frontera.txt"


@pytest.fixture(scope="module")
def example(pipeline):
    return pipeline.extract(EXAMPLE.read_text(encoding="utf-8"), published="2024-03-15")


def _codes(mentions):
    return {m.actor.code for m in mentions}


@pytest.mark.parametrize("cameo, sources, targets, date, modality", [
    ("043", {"COLGOV"}, {"VENGOV"}, "2024-03-14", "reported"),   # se reunió el jueves
    ("057", {"COLGOV", "VENGOV"}, set(), None, "asserted"),       # firmaron un acuerdo
    ("181", {"COLREB"}, {"COLMIL"}, "2024-03-08", "asserted"),    # secuestró la semana pasada
    ("112", {"COLGOV"}, {"COLREB"}, None, "asserted"),            # acusó a los rebeldes
    ("196", {"COLREB"}, set(), "2023-08", "asserted"),            # violar la tregua de agosto
    ("105", {"COLGOV"}, {"COLREB"}, None, "asserted"),            # exigió la liberación
    ("051", {"USA"}, {"COLGOV", "VENGOV"}, None, "asserted"),     # elogió el acuerdo
    ("039", {"IGOUNO"}, set(), None, "asserted"),                  # ofreció su mediación
    ("141", {"COLAGR"}, set(), "2024-03-15", "asserted"),         # se manifestaron en Tibú
    ("173", {"COLCOP"}, {"COLREB"}, None, "reported"),            # detuvo, informó la Fiscalía
])
def test_example_article_events(example, cameo, sources, targets, date, modality):
    found = [e for e in example.events if e.cameo.startswith(cameo)
             and _codes(e.sources) == sources and _codes(e.targets) == targets]
    assert found, [(e.cameo, _codes(e.sources), _codes(e.targets)) for e in example.events]
    event = found[0]
    assert event.modality == modality
    if date is not None:
        assert event.when is not None and event.when.value == date


def test_example_article_places_and_dates(example):
    protest = next(e for e in example.events if e.cameo.startswith("141"))
    assert protest.where is not None and protest.where.country == "COL"
    meeting = next(e for e in example.events if e.cameo.startswith("043"))
    assert meeting.attributed_to is not None and meeting.attributed_to.actor.code == "COLGOV"

