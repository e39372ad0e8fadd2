"""A trigger in a sense that is no political event (``heraldo.coding.sense``), and an attack
in words (a pattern's target sectors); sentences written for these tests in the style of
news."""

from __future__ import annotations

import pytest

from conftest import analyse, coded
from heraldo.lang import load_pack
from heraldo.lang.domains import Domains


@pytest.mark.parametrize("text, domain, code", [
    # sport: a match, a win, a team's attack, fans' support
    ("México atacó a Alemania por la banda derecha, pero el portero alemán evitó el gol.",
     "sport", "190"),
    ("La FIFA sancionó a la federación de Chile por los cantos de sus hinchas en el estadio.",
     "sport", "163"),
    ("Argentina se enfrentará a Brasil en la semifinal del torneo.", "sport", "190"),
    ("Tras el encuentro entre Perú y Ecuador, el entrenador de Perú elogió a sus jugadores.",
     "sport", "043"),
    ("La ofensiva de Chile por la banda izquierda terminó en gol.", "sport", "190"),
    # health: a treatment or a seizure is no attack, even a government's
    ("El Gobierno de Colombia lanzó una ofensiva contra el cáncer de mama.", "health", "190"),
    ("El senador de Chile sufrió un ataque cardíaco durante la sesión.", "health", "190"),
    # economy and culture
    ("El ataque especulativo contra el peso de México obligó al banco central a subir las "
     "tasas.", "economy", "190"),
    ("La película narra la guerra entre Irán e Irak.", "culture", "190"),
])
def test_a_trigger_in_a_domain_that_is_no_politics_is_discarded(pipeline, text, domain, code):
    analysis = analyse(pipeline, text)
    assert all(e.cameo != code for e in analysis.document.events)
    assert any(line.endswith(f"discarded: sense: {domain}") and f".{code}" in line
               for line in analysis.trace), analysis.trace


@pytest.mark.parametrize("text, event", [
    # force in a political sentence stays force
    ("El Ejército de Perú atacó a los guerrilleros en el valle del río Apurímac.",
     ("190", ("PERMIL",), ("PERREB",))),
    ("El Gobierno de Siria lanzó una ofensiva contra los rebeldes en Idlib.",
     ("190", ("SYRGOV",), ("SYRREB",))),
    # a state institution acting towards the team keeps its cooperative reading
    ("El presidente de Perú tuvo un encuentro con la selección antes del torneo.",
     ("043", ("PERGOV",), ())),
    ("El Gobierno de Chile respalda a la selección en la Copa América.",
     ("051", ("CHLGOV",), ())),
])
def test_political_readings_stay(pipeline, text, event):
    assert event in coded(pipeline, text)


@pytest.mark.parametrize("text, event", [
    # a government's or the opposition's attack on the press, a party, the government
    ("El presidente de Ecuador atacó a la prensa y a la oposición.",
     ("111", ("ECUGOV",), ("ECUMED", "ECUOPP"))),
    ("La oposición de Bolivia atacó al Gobierno por la crisis del combustible.",
     ("111", ("BOLOPP",), ("BOLGOV",))),
    # an armed group is no party, even one with seats ("LBNREBHEZ" is first a militia)
    ("El Gobierno de Israel atacó a Hezbolá en el sur del Líbano.",
     ("190", ("ISRGOV",), ("LBNREBHEZ",))),
    # the event noun alike
    ("Los ataques del presidente de Ecuador contra la prensa preocupan a los periodistas.",
     ("111", ("ECUGOV",), ("ECUMED",))),
    ("El ataque del Ejército de Colombia contra los rebeldes dejó diez muertos.",
     ("190", ("COLMIL",), ("COLREB",))),
    # protesters on the police: violent protest, as before
    ("Los manifestantes atacaron a la policía de Chile en Santiago.",
     ("145", ("CHLOPP",), ("CHLCOP",))),
])
def test_an_attack_in_words_is_disapproval(pipeline, text, event):
    assert event in coded(pipeline, text)


def test_domain_cues_need_every_word():
    domains = Domains(frozenset({"sport"}), {"copa": ((("copa", "mundo"), "sport"),)})
    assert domains.of({"copa", "del", "mundo"}) == ["sport"]
    assert domains.of({"copa", "de", "vino"}) == []


def test_patterns_name_the_domains_they_are_void_in():
    pack = load_pack("es")
    encuentro = pack.patterns.nouns["encuentro"][0]
    assert "sport" in encuentro.void_in
    assert not pack.patterns.verbs["criticar"][0].void_in
    assert {"sport", "health", "economy", "culture"} <= pack.domains.names
    assert pack.domains.of({"gol"}) == ["sport"] and pack.domains.of({"partido"}) == []
