"""Whom a protest, a demand or a rejection is against when the text names them outside
the verb's object (``heraldo.coding.grievance``), and nobody when it names nobody.
Sentences written for these tests in the style of news."""

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
    # the agent of a participle on the thing demanded back is its holder
    ("Los comerciantes argentinos exigieron la devolución de sus ahorros congelados por "
     "los bancos.", "exigieron", ("10", ["ARGBUS"], ["---BUS"])),
    # an authored noun's "de" complement, one or two "de" complements down
    ("Los sindicatos de Bolivia exigieron la anulación del decreto del Gobierno.",
     "exigieron", ("10", ["BOLLAB"], ["BOLGOV"])),
    # an authored noun's demonym, in a frame noun's object
    ("Los estudiantes marcharon en repudio a la presencia militar estadounidense.",
     "marcharon", ("14", ["---EDU"], ["USA"])),
    # the owner of the object of "en rechazo a"
    ("Los campesinos brasileños marcharon en rechazo a la política agraria del "
     "presidente Lula.", "marcharon", ("14", ["BRAAGR"], ["BRAGOV"])),
    # the addressee beside "en demanda de" (the parser hangs "al Gobierno" on the verb)
    ("Los maestros hondureños marcharon en demanda de mejores salarios al Gobierno "
     "hondureño.", "marcharon", ("14", ["HNDEDU"], ["HNDGOV"])),
    # "en protesta por": the author of the measure protested
    ("Los transportistas bloquearon la autopista en protesta por el alza de los "
     "combustibles decretada por el Gobierno de Ecuador.", "bloquearon",
     ("14", ["ECUCVL"], ["ECUGOV"])),
    # the seat of an institution as the place of the protest
    ("Los jubilados protestaron frente al Congreso de Chile.", "protestaron",
     ("14", ["CHLCVL"], ["CHLLEG"])),
    ("Decenas de activistas mexicanos protestaron frente a la embajada de Francia.",
     "protestaron", ("14", ["MEXOPP"], ["FRAGOV"])),
    # a relative clause against someone on the protest's object
    ("Los manifestantes palestinos gritaban consignas que condenaban a Israel.",
     "gritaban", ("14", ["PSEOPP"], ["ISR"])),
    # an event noun too
    ("La huelga de los mineros chilenos en rechazo a la privatización anunciada por el "
     "Gobierno chileno entró en su tercera semana.", "huelga", ("14", ["CHLLAB"], ["CHLGOV"])),
])
def test_a_named_target_around_the_act(pipeline, text, trigger, expected):
    assert _event(pipeline, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # nobody named: no default government
    ("Los maestros peruanos exigieron mejores salarios.", "exigieron"),
    ("Los estudiantes chilenos marcharon en protesta por la reforma.", "marcharon"),
    ("Los maestros hondureños marcharon en demanda de aumentos salariales.", "marcharon"),
    # what a change of amount changes is no author; nor is a "de" complement two down
    ("Los maestros exigieron el aumento de los salarios de Honduras.", "exigieron"),
    # a building is no seat of anyone ("frente a la escuela"), a street no author
    ("Los vecinos protestaron frente a la escuela.", "protestaron"),
    ("Los estudiantes marcharon por las calles de la capital.", "marcharon"),
    ("Los pescadores protestaron en el puerto.", "protestaron"),
])
def test_no_one_named_leaves_the_target_empty(pipeline, text, trigger):
    assert _event(pipeline, text, trigger)[2] == []


@pytest.mark.parametrize("text, trigger, not_targets", [
    # a complaint before a forum is not against it (only demands and protests are
    # against whom they are made before)
    ("El Gobierno de Bolivia denunció ante la ONU el bloqueo de sus exportaciones.",
     "denunció", {"IGOUNO"}),
    # "junto a" is also "together with"
    ("Los maestros chilenos protestaron junto al sindicato de los mineros.", "protestaron",
     {"CHLLAB", "---LAB"}),
    # a place a demonym names is no one's seat
    ("Los exiliados protestaron frente a las costas cubanas.", "protestaron", {"CUB"}),
    # a relative clause gives the actors of its nominal arguments only, not those below
    # a clause it governs ("llama a romper las relaciones con Irán" is no act against Iran)
    ("Los diputados peruanos protestaron contra el texto, que llama a romper las "
     "relaciones con Irán.", "protestaron", {"IRN"}),
    # with its object in "de", a rejection's "a X" is its victim, no addressee
    ("Los empleados argentinos protestaron en rechazo del recorte salarial a los "
     "jubilados.", "protestaron", {"ARGCVL", "---CVL"}),
])
def test_a_forum_a_companion_or_a_victim_is_no_target(pipeline, text, trigger, not_targets):
    assert not set(_event(pipeline, text, trigger)[2]) & not_targets


def test_a_protest_before_a_parliament_is_against_it(pipeline):
    assert _event(pipeline, "Los campesinos peruanos reclamaron ante el Congreso de Perú la "
                            "entrega de tierras.", "reclamaron") == ("10", ["PERAGR"], ["PERLEG"])


def test_only_acts_against_someone_take_these_targets(pipeline):
    # a signing in front of a seat is no act against its institution
    root, _, targets = _event(
        pipeline, "Los ministros de Perú firmaron un acuerdo frente a la sede de la ONU.",
        "firmaron")
    assert root == "05" and targets == []


def test_the_victim_of_a_harm_is_no_author(pipeline):
    # "la liberación de los secuestrados": the freed are not whom the demand is against
    document = _analyse(pipeline, "Los familiares exigieron la liberación de los "
                                  "secuestrados.").document
    assert all(not e.targets for e in document.events)


@pytest.mark.parametrize("code", ["es", "en"])
def test_the_grievance_roots_are_roots_of_the_codebook(code):
    grievances = load_pack(code).grievances
    ontology = load_ontology()
    assert grievances.root and all(
        len(r) == 2 and ontology.is_code(r) for r in grievances.root)
    assert grievances.frame and grievances.authored and grievances.seat
