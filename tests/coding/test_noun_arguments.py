"""Arguments of event nouns and support verbs with event nouns (issue 16, items 1-2), on
sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

from conftest import root_sides
from heraldo.ontology.event_code import EventCode


def _events(pipeline, text):
    return [root_sides(e) for e in pipeline.extract(text, published="2024-05-20").events]


@pytest.mark.parametrize("text, event", [
    # a support verb's subject is the noun's source; "con X" is the other side, not a party
    ("La canciller de Colombia sostuvo una reunión con el presidente de Ecuador en Quito.",
     ("04", ["COLGOV"], ["ECUGOV"])),
    ("El Gobierno de Panamá anunció la ruptura de relaciones con Venezuela.",
     ("16", ["PANGOV"], ["VEN"])),
    # "con Cuba" hangs on the genitive "relaciones": it is the target, not the source
    ("La suspensión de relaciones de Argentina con Cuba fue criticada en la región.",
     ("16", ["ARG"], ["CUB"])),
    # the parties of "entre X y Y" are sources
    ("Las conversaciones entre Etiopía y Eritrea se retomaron en Nairobi.",
     ("04", ["ERI", "ETH"], [])),
    # a demonym on the event noun is its country's: the source by default
    ("La ofensiva rusa en el Donbás dejó cientos de muertos.", ("19", ["RUS"], [])),
    ("El apoyo francés a Marruecos irritó a Argelia.", ("05", ["FRA"], ["MAR"])),
    # also where the row gives the genitive to the target ("la detención del general")
    ("La detención estadounidense del exgeneral duró dos años.", ("17", ["USA"], [])),
    # a possessive's owner is the subject of the noun's clause, on the genitive's side
    ("Israel justificó el domingo su incursión contra Hamás.", ("19", ["ISR"], ["PSEREBHMS"])),
    ("El periodista denunció ante la fiscalía su detención arbitraria.", ("17", [], ["---MED"])),
    ("Tras su reunión con el canciller de Egipto, el ministro jordano viajó a Riad.",
     ("04", ["JORGOV"], ["EGYGOV"])),
    # a phrase right after the noun that the parser hung on the verb is the noun's
    ("En Sidney, los periodistas australianos lanzaron una campaña de apoyo a dos "
     "periodistas indonesios presos en Yakarta.", ("05", ["AUSMED"], ["IDNMED"])),
    # also after the noun's adjective, which the parser made its head
    ("El presidente francés hizo una llamada telefónica a Putin.",
     ("04", ["FRAGOV"], ["RUSGOV"])),
])
def test_event_noun_takes_its_sides(pipeline, text, event):
    assert event in _events(pipeline, text)


def test_a_phrase_hung_on_a_noun_above_is_not_the_inner_nouns(pipeline):
    # "a España" belongs to "el pedido", not to the "extradición" under it
    events = _events(pipeline, "Londres desestimó el pedido de extradición a España del "
                               "exgeneral.")
    assert not any(e[0] == "06" and e[2] == ["ESP"] for e in events), events


def test_a_verb_and_the_event_noun_under_its_object_are_one_event(pipeline):
    # "una nueva serie de sanciones": the noun hangs on the verb's object
    events = _events(pipeline, "Estados Unidos impuso una nueva serie de sanciones contra "
                               "Irán por su programa nuclear.")
    assert [e for e in events if e[0] == "16"] == [("16", ["USA"], ["IRN"])]


def test_a_demonym_inside_an_actor_phrase_is_no_side_of_its_own(pipeline):
    # "el ejército israelí" is the source; the demonym stays inside its span
    events = _events(pipeline, "El ejército israelí lanzó una ofensiva contra Hamás.")
    assert any(e[1] == ["ISRMIL"] for e in events if e[0] == "19")


@pytest.mark.parametrize("text, event", [
    # an announced or resolved act is coded as done, with the announcer as its source
    ("El Gobierno de Chile anunció el cierre de su consulado en La Paz.", ("16", ["CHLGOV"])),
    ("Ecuador ha resuelto expulsar al embajador de México.", ("16", ["ECU"])),
])
def test_an_announced_act_is_coded_as_done(pipeline, text, event):
    document = pipeline.extract(text, published="2024-05-20")
    found = [e for e in document.events if EventCode.parse(e.cameo).root == event[0]]
    assert found and found[0].modality == "asserted"
    assert sorted({m.actor.code for m in found[0].sources}) == event[1]


def test_the_owner_of_a_possessive_stays_the_verbs_source(pipeline):
    # "su" names the subject: the verb does not turn it into its own target
    events = _events(pipeline, "Irán defendió ayer su ofensiva en la frontera.")
    assert ("19", ["IRN"], []) in events
    assert all(e[2] != ["IRN"] for e in events)


def test_an_event_noun_under_an_event_noun_of_its_root_is_one_event(pipeline):
    # "una ronda de conversaciones" is one meeting, with the light verb's subject as source
    events = _events(pipeline, "El Gobierno de Sudán sostuvo una nueva ronda de "
                               "conversaciones con Etiopía en Addis Abeba.")
    assert [e for e in events if e[0] == "04"] == [("04", ["SDNGOV"], ["ETH"])]


@pytest.mark.parametrize("text, event", [
    # the attack in which someone died is one event, on the dead
    ("Un policía murió en un ataque de las FARC en el Cauca.", ("19", ["COLREB"], ["COLCOP"])),
    ("Tres campesinos ucranianos murieron en un bombardeo ruso contra Járkov.",
     ("19", ["RUS"], ["UKRAGR"])),
    # a passive of an attack takes its doer from the attack
    ("Tres campesinos colombianos fueron asesinados en un ataque de los paramilitares.",
     ("18", ["---UAF"], ["COLAGR"])),
])
def test_an_attack_and_the_harm_it_did_are_one_event(pipeline, text, event):
    events = _events(pipeline, text)
    assert event in events, events
    assert len([e for e in events if e[0] in ("18", "19", "20")]) == 1, events


def test_a_circumstance_that_harms_nobody_keeps_its_sides(pipeline):
    # "se mantienen en huelga": the strikers strike, nobody is harmed
    events = _events(pipeline, "Los trabajadores de la empresa estatal de Costa Rica se "
                               "mantienen en huelga desde el lunes.")
    assert not any(e[0] == "14" and e[2] for e in events), events


@pytest.mark.parametrize("text, event, gone", [
    # the act a verb ends or cuts is its object, not an event of its own
    ("La Unión Europea levantó las sanciones contra Bielorrusia.",
     ("08", ["IGOEUREEC"], ["BLR"]), "16"),
    ("Estados Unidos suspendió la ayuda militar a Egipto.", ("16", ["USA"], ["EGY"]), "07"),
    ("El gobierno británico canceló la detención del exdictador chileno.",
     ("08", ["GBRGOV"], ["CHLELI"]), "17"),
    ("Rusia puso fin a su ofensiva contra Ucrania.", ("08", ["RUS"], ["UKR"]), "19"),
])
def test_an_ended_act_is_the_object_of_its_end(pipeline, text, event, gone):
    events = _events(pipeline, text)
    assert event in events, events
    assert not any(e[0] == gone for e in events), events


def test_a_protest_called_off_still_took_place(pipeline):
    events = _events(pipeline, "Los sindicatos argentinos suspendieron la huelga contra el "
                               "gobierno tras diez días.")
    assert any(e[0] == "08" for e in events) and any(e[0] == "14" for e in events), events


def test_the_harmed_of_a_participle_are_the_attacks_targets(pipeline):
    # "resultaron heridos en un ataque": the phrase hangs on the participle
    events = _events(pipeline, "Dos soldados colombianos resultaron heridos en un ataque "
                               "de la guerrilla.")
    assert ("19", ["---REB"], ["COLMIL"]) in events, events


@pytest.mark.parametrize("text, event", [
    # a participle that carries the noun's event: its agent is the noun's source, its own
    # arguments the noun's ("impuestas" by the pattern "imponer sanciones"; "lanzada",
    # "perpetrado" light verbs)
    ("Las sanciones impuestas por la Unión Europea contra Rusia entraron en vigor el lunes.",
     ("16", ["IGOEUREEC"], ["RUS"])),
    ("El ataque perpetrado por las FARC dejó tres soldados muertos.", ("19", ["COLREB"], [])),
    ("La ofensiva lanzada por el ejército sirio en Idlib continúa.", ("19", ["SYRMIL"], [])),
    # a light verb whose subject undergoes the event: its agent is the target
    ("El ataque sufrido por la patrulla del Ejército colombiano dejó dos muertos.",
     ("19", [], ["COLMIL"])),
])
def test_a_participle_that_carries_an_event_noun_gives_its_sides(pipeline, text, event):
    assert event in _events(pipeline, text)


def test_another_participle_says_nothing_of_who_did_the_act(pipeline):
    # the police repressed the march: they did not march
    events = _events(pipeline, "La marcha de los estudiantes chilenos, reprimida por la "
                               "policía, terminó en la plaza.")
    assert not any("CHLCOP" in sources for root, sources, _ in events if root == "14")


@pytest.mark.parametrize("text, event", [
    # "su" on an act done to its genitive, with the clause's subject its doer, refers back
    # to the actor named before (one does not order or cancel one's own detention)
    ("El ex dictador Augusto Pinochet llegó a Londres en octubre. Un juez español ordenó "
     "su detención.", ("17", ["ESPJUD"], ["CHLELI"])),
    ("El ex dictador Augusto Pinochet llegó a Londres en octubre. El gobierno británico "
     "canceló su detención.", ("08", ["GBRGOV"], ["CHLELI"])),
    # a demand of an act its doer does alone is against whom "su" refers back to: the
    # subject named before first, not the nearer object
    ("El ministro del Interior de Perú defendió a la policía. La oposición peruana exigió "
     "su renuncia.", ("10", ["PEROPP"], ["PERGOV"])),
])
def test_a_possessive_on_an_act_done_to_someone_refers_back(pipeline, text, event):
    assert event in _events(pipeline, text)


def test_a_possessive_the_subject_owns_stays_the_subjects(pipeline):
    # his own support, and his own detention: the subject owns them
    assert ("05", ["BRAGOV"], ["VEN"]) in _events(
        pipeline, "Putin llegó a Brasilia. El presidente Lula expresó su apoyo a Venezuela.")
    events = _events(pipeline, "El ex dictador Augusto Pinochet llegó a Londres. El opositor "
                               "chileno Carlos Pérez denunció su detención ante la ONU.")
    assert not any(root == "17" and "CHLELI" in targets for root, _, targets in events)


def test_who_acts_after_an_act_of_conflict_did_not_do_it(pipeline):
    # the relatives did not arrest anyone; whoever met before speaking did meet
    events = _events(pipeline, "Tras la detención de 28 personas en Jalisco, familiares de los "
                               "arrestados pasaron la noche en la Fiscalía de México.")
    assert not any(root == "17" and "MEXCVL" in sources for root, sources, _ in events)
    assert ("04", ["TURGOV"], ["RUSGOV"]) in _events(
        pipeline, "Tras su reunión con el presidente ruso, el presidente turco anunció un acuerdo.")
