"""Continuity across sentences: a dropped subject continues an earlier one, a bare title
or state noun refers back to the last compatible actor, and the story's lead is the last
resort for a clause with no subject at all; each fallback is named and lowers the
event's confidence. Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

from conftest import analyse as _analyse
from conftest import root_sides as _sides


def _event(analysis, trigger):
    return next(e for e in analysis.document.events if e.trigger == trigger)


@pytest.mark.parametrize("text, trigger, expected", [
    # the previous sentence's main clause dropped its subject too: it passes on the one
    # it continues
    ("La canciller de Alemania llegó el martes a Varsovia. Dijo que la cumbre será larga. "
     "Luego criticó al Gobierno ruso por los ataques.", "criticó", ("11", ["DEUGOV"], ["RUSGOV"])),
    ("Los rebeldes hutíes tomaron el puerto de Hodeida. Después atacaron a las tropas del "
     "Ejército saudí.", "atacaron", ("19", ["YEMREB"], ["SAUMIL"])),
])
def test_a_dropped_subject_continues_the_previous_main_clause(pipeline, text, trigger,
                                                              expected):
    analysis = _analyse(pipeline, text)
    event = _event(analysis, trigger)
    assert _sides(event) == expected
    assert any(t.startswith(f"{trigger}@") and "(dropped-subject)" in t for t in analysis.trace)


def test_a_dropped_subject_that_disagrees_in_number_is_not_continued(pipeline):
    # "condenaron" is plural, the minister singular: no source from him
    analysis = _analyse(pipeline, "El ministro chileno viajó a Lima. Después condenaron "
                                  "los ataques contra la embajada de Perú.")
    assert not any(m.actor.code == "CHLGOV" for m in _event(analysis, "condenaron").sources)


@pytest.mark.parametrize("text, trigger, expected, how", [
    # a bare title: the leader named last, subjects first (not the capital he visited)
    ("El primer ministro de India visitó Dhaka el jueves. El mandatario condenó los "
     "atentados de los insurgentes.", "condenó", ("11", ["INDGOV"], ["---INS"]), "agent+leader"),
    ("El Gobierno británico recibió al canciller francés en Londres. Horas después, el "
     "presidente criticó a Irán.", "criticó", ("11", ["GBRGOV"], ["IRN"]), "agent+leader"),
    # a bare state noun: the institution of the state named last
    ("El Gobierno de Nicaragua expulsó a dos diplomáticos estadounidenses. El régimen acusó "
     "a la embajada de espionaje.", "acusó", ("11", ["NICGOV"], []), "agent+state"),
])
def test_a_bare_definite_refers_back_to_the_last_compatible_actor(pipeline, text, trigger,
                                                                  expected, how):
    event = _event(_analyse(pipeline, text), trigger)
    assert _sides(event)[:2] == expected[:2]
    assert {m.how for m in event.sources} == {how}


def test_a_title_with_a_country_or_a_name_is_not_an_anaphor(pipeline):
    analysis = _analyse(pipeline, "El primer ministro de India visitó Dhaka. El presidente "
                                  "ruso criticó a Ucrania.")
    assert _sides(_event(analysis, "criticó"))[1] == ["RUSGOV"]


def test_the_lead_names_the_source_of_a_clause_with_no_subject_at_all(pipeline):
    # the previous main clause's subject ("las tensiones") disagrees in number and no
    # actor stands before the verb: the headline's subject, with less confidence
    analysis = _analyse(pipeline, "Irán amenaza a Israel con represalias militares. Las "
                                  "tensiones crecieron el lunes en la región. Además advirtió "
                                  "a Estados Unidos sobre nuevas sanciones.")
    event = _event(analysis, "advirtió")
    assert [m.actor.code for m in event.sources] == ["IRN"]
    assert any(t.startswith("advirtió@") and "(lead)" in t for t in analysis.trace)
    subject_event = _event(analysis, "amenaza")
    assert event.confidence < subject_event.confidence


def test_the_lead_is_no_fallback_for_a_clause_with_a_subject(pipeline):
    analysis = _analyse(pipeline, "Irán amenaza a Israel con represalias militares. La "
                                  "ciudad advirtió a Estados Unidos sobre nuevas sanciones.")
    assert not any(m.actor.code == "IRN" for m in _event(analysis, "advirtió").sources)


def test_a_bare_title_takes_no_former_leader(pipeline):
    # "el ex presidente" is an elite, not the leader named before
    analysis = _analyse(pipeline, "El presidente de Perú visitó Quito. El ex presidente "
                                  "criticó a Chile.")
    assert "PERGOV" not in _sides(_event(analysis, "criticó"))[1]


def test_a_verb_told_again_in_the_lead_is_the_headline_event_and_no_further(pipeline):
    """The headline's blockade and the lead's are one event, which takes the lead's
    sides; the same verb further on, in another paragraph, is another blockade."""
    text = ("Campesinos bloquean carreteras en Bolivia\n\nLA PAZ, Mar 3\n\n"
            "Cientos de campesinos bolivianos bloquearon este lunes la carretera a Oruro en "
            "protesta contra el Gobierno.\n\nEl ministro de Gobierno se reunió con los "
            "dirigentes. La policía detuvo a dos dirigentes. Los ministros viajaron a Oruro."
            "\n\nEn Perú, cientos de mineros peruanos bloquearon la carretera Panamericana.")
    blockades = [e for e in _analyse(pipeline, text).document.events if e.cameo == "144"]
    assert [_sides(e) for e in blockades] == [("14", ["BOLAGR"], ["BOLGOV"]),
                                              ("14", ["PERLAB"], [])]
    assert any(text[a:b] == "bloquearon" for a, b in blockades[0].evidence)
