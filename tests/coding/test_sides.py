"""Sides of events: no event without an actor on either side, a lower confidence for one
side left empty, and relative clauses whose pronoun stands for its antecedent. Sentences
written for these tests in the style of news."""

from __future__ import annotations

import pytest

from heraldo.coding.coder import ONE_SIDE_EMPTY
from heraldo.model import Article
from heraldo.ontology.event_code import EventCode


def _analyse(pipeline, text):
    article = Article.from_text(text, language="es", published="2024-03-15")
    return next(pipeline.analyse_docs([article]))


def _sides(event):
    return (EventCode.parse(event.cameo).root, sorted({m.actor.code for m in event.sources}),
            sorted({m.actor.code for m in event.targets}))


@pytest.mark.parametrize("text, trigger, root", [
    ("Se registraron fuertes enfrentamientos en la zona rural del municipio.",
     "enfrentamientos", "19"),
    ("La reunión terminó a medianoche sin ningún acuerdo.", "reunión", "04"),
])
def test_an_event_without_actors_is_discarded_and_explained(pipeline, text, trigger, root):
    analysis = _analyse(pipeline, text)
    assert not analysis.document.events
    line = next(t for t in analysis.trace if t.startswith(f"{trigger}@"))
    assert f": {root}" in line and "discarded: neither source nor target names an actor" \
        in line


def test_no_coded_event_has_empty_sides(pipeline):
    text = ("Cientos de campesinos bloquearon la carretera durante la protesta. Hubo "
            "disturbios en la plaza. El Gobierno condenó los ataques contra la alcaldía.")
    events = _analyse(pipeline, text).document.events
    assert events
    assert all(e.names_actor() for e in events)


def test_an_actorless_noun_is_evidence_of_the_event_its_sentence_codes(pipeline):
    text = ("Los disturbios dejaron tres heridos después de que cientos de estudiantes "
            "chilenos protestaran frente al Congreso.")
    analysis = _analyse(pipeline, text)
    protests = [e for e in analysis.document.events if e.cameo.startswith("14")]
    assert len(protests) == 1 and len(protests[0].evidence) == 2
    assert any(t.startswith("disturbios@") and "evidence of the 'protestaran' event" in t
               for t in analysis.trace)


def test_one_side_left_empty_lowers_the_confidence_by_the_named_factor(pipeline):
    one = pipeline.extract("El Ejército bombardeó un campamento en la selva.",
                           published="2024-03-15").events
    both = pipeline.extract("El Ejército bombardeó a los guerrilleros de las FARC en la selva.",
                            published="2024-03-15").events
    assert [e.rule for e in one] == [e.rule for e in both]
    assert one[0].targets == () and both[0].targets
    assert one[0].confidence == pytest.approx(both[0].confidence * ONE_SIDE_EMPTY, abs=1e-3)


@pytest.mark.parametrize("text, expected", [
    # the relative pronoun is the clause's subject: the antecedent does the event
    ("Los soldados del Ejército que atacaron a los guerrilleros de las FARC regresaron a "
     "su base en Arauca.", ("19", ["COLMIL"], ["COLREB"])),
    ("La Policía desalojó a los campesinos, quienes bloqueaban desde el lunes la vía al mar.",
     ("14", ["---AGR"], [])),
    # "los cuales" after a comma: the nearest noun before it that agrees in number, not the
    # main clause's subject nor the singular "Unión Europea"
    ("El canciller mexicano recibió a los embajadores de la Unión Europea, los cuales "
     "criticaron al Gobierno venezolano.", ("11", ["IGOEUREEC"], ["VENGOV"])),
    # the antecedent stands beside a name: the name's actor
    ("En Managua apareció un cartel del FSLN, partido que respalda a Daniel Ortega.",
     ("05", ["NICPTY"], ["NICGOV"])),
    # a passive relative: the antecedent is the target
    ("El concejal, que fue secuestrado por el ELN en Arauca, fue liberado ayer.",
     ("18", ["COLREB"], ["COLGOV"])),
])
def test_a_relative_pronoun_stands_for_its_antecedent(pipeline, text, expected):
    events = [_sides(e) for e in _analyse(pipeline, text).document.events]
    assert expected in events


def test_a_relative_clause_never_takes_the_main_clause_subject(pipeline):
    # the antecedent "las cartas" is no actor: the relative clause has no source, and the
    # minister of the main clause is not it
    text = "El ministro de Defensa leyó las cartas que amenazaban a los jueces de la Corte."
    analysis = _analyse(pipeline, text)
    assert not any(e.trigger == "amenazaban" and e.sources for e in analysis.document.events)
    assert any(t.startswith("amenazaban@") and "(relative)" in t for t in analysis.trace)
