"""Sides of events: relative clauses whose pronoun stands for its antecedent. Sentences
written for these tests in the style of news."""

from __future__ import annotations

import pytest

from conftest import analyse as _analyse
from conftest import root_sides as _sides


def _event_at(pipeline, text, trigger):
    """The event of ``text`` triggered by the word ``trigger``."""
    return next(e for e in _analyse(pipeline, text).document.events if e.trigger == trigger)


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
    # the antecedent is the predicate of a copular relative clause: the one it describes
    ("El acuerdo depende de la Fiscalía de Chile, que fue el organismo que denunció a los "
     "militares argentinos.", ("11", ["CHLJUD"], ["ARGMIL"])),
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


@pytest.mark.parametrize("text, expected", [
    # a bare plural of any sector in a story from one country is that country's
    # (one protest: the blockade of the country's roads, "en protesta" its evidence)
    ("TEGUCIGALPA, Jun 3\n\nGrupos de estudiantes y trabajadores bloquean desde el "
     "lunes las principales carreteras de Honduras, en protesta por la reforma.",
     ("14", ["HNDEDU", "HNDLAB"], ["HND"])),
    # a counted noun for people in general, too
    ("TEGUCIGALPA, Jun 3\n\nDecenas de miles de personas marcharon el jueves en "
     "Tegucigalpa contra el Gobierno hondureño.", ("14", ["HNDCVL"], ["HNDGOV"])),
])
def test_an_events_anonymous_sides_take_the_country_their_mentions_take(
        pipeline, text, expected):
    # the event's sides and the article's list of mentions place an actor alike
    analysis = _analyse(pipeline, text)
    assert expected in [_sides(e) for e in analysis.document.events]
    placed = {m.actor.code for m in analysis.document.mentions}
    assert set(expected[1]) <= placed


@pytest.mark.parametrize("text, expected", [
    # a thing a demonym places stands for its country, on the object's side
    ("El gobierno de Chile rechazó la jurisdicción española sobre el caso del general.",
     ("12", ["CHLGOV"], ["ESP"])),
    # the object of a pattern that takes no actor ("destruir" things) gives its owner
    ("El ejército israelí destruyó veinte casas palestinas en el sur de Gaza.",
     ("17", ["ISRMIL"], ["PSE"])),
    ("Los paramilitares destruyeron las casas de los campesinos en el Catatumbo.",
     ("17", ["COLUAF"], ["COLAGR"])),
    ("El Kremlin rechazó las acusaciones de Estados Unidos sobre el ciberataque.",
     ("01", ["RUSGOV"], ["USA"])),
    # coordinated demonyms place the thing in each country
    ("Los manifestantes palestinos quemaron banderas israelíes y estadounidenses en Hebrón.",
     ("14", ["PSEOPP"], ["ISR", "USA"])),
    # the owner three phrases down, and the whole of a partitive object
    ("La policía colombiana desarticuló una de las mayores redes de lavado de dinero del "
     "cártel de Sinaloa.", ("17", ["COLCOP"], ["MEXCRM"])),
])
def test_the_owner_of_a_things_object_is_the_target(pipeline, text, expected):
    assert expected in [_sides(e) for e in _analyse(pipeline, text).document.events]


def test_a_things_owner_is_no_target_when_it_is_the_subject_itself(pipeline):
    # "su participación" is the minister's own: no one else is acted on
    events = _analyse(pipeline, "El ministro negó su participación en el fraude.").document.events
    assert [_sides(e)[2] for e in events] == [[]]


@pytest.mark.parametrize("text, expected", [
    # the subject of a verb of undergoing is the target of the event noun it takes, even
    # when the noun names its own source
    ("La embajada de Estados Unidos recibió amenazas de las FARC.",
     ("13", ["COLREB"], ["USAGOV"])),
    ("El alcalde de Medellín recibió duras críticas del Gobierno colombiano.",
     ("11", ["COLGOV"], ["COLGOV"])),
])
def test_who_receives_or_suffers_an_event_is_its_target(pipeline, text, expected):
    assert expected in [_sides(e) for e in _analyse(pipeline, text).document.events]


@pytest.mark.parametrize("text, expected", [
    # an envoy recalled from a post: the post's state is acted on
    ("Marruecos llamó a consultas a su embajador en Argel.", ("16", ["MAR"], ["DZAGOV"])),
    ("El Gobierno de Bolivia retiró a su embajador en Lima tras las declaraciones.",
     ("16", ["BOLGOV"], ["PERGOV"])),
    # an envoy expelled: the envoy's state is
    ("Argentina expulsó al embajador de Venezuela.", ("16", ["ARG"], ["VENGOV"])),
    ("Rusia expulsó a dos diplomáticos estadounidenses.", ("16", ["RUS"], ["USAGOV"])),
    ("Marruecos ha resuelto expulsar al encargado de negocios de Argelia.",
     ("16", ["MAR"], ["DZAGOV"])),
    # a mission closed: its post, or the state it belongs to
    ("Irán anunció el cierre de su embajada en Bakú.", ("16", ["IRN"], ["AZEGOV"])),
    ("Irán ordenó el cierre de la embajada británica.", ("16", ["IRN"], ["GBRGOV"])),
])
def test_an_envoys_state_or_post_is_acted_on(pipeline, text, expected):
    assert expected in [_sides(e) for e in _analyse(pipeline, text).document.events]


def test_an_envoy_who_acts_is_no_post(pipeline):
    # the envoy is the subject: Madrid is where the ambassador serves, not a target
    events = _analyse(pipeline, "El embajador de Francia en Madrid criticó la reforma "
                                "laboral.").document.events
    assert all("ESPGOV" not in _sides(e)[2] for e in events)


def test_a_relative_clause_of_participation_names_an_events_parties(pipeline):
    text = ("Las delegaciones iniciaron ayer un proceso de diálogo mucho más amplio mediado "
            "por Noruega en el que participan el Gobierno colombiano y el ELN.")
    assert ("04", ["NOR"], ["COLGOV", "COLREB"]) in [
        _sides(e) for e in _analyse(pipeline, text).document.events]


def test_a_relative_clause_of_participation_gives_no_parties_to_a_trip(pipeline):
    # travelling to talks others take part in is no event with them
    text = ("Los cancilleres viajarán a Ginebra para una ronda de contactos más amplia "
            "mediada por Suiza en la que participan Etiopía y Eritrea.")
    events = [_sides(e) for e in _analyse(pipeline, text).document.events]
    assert not any("ETH" in targets for _, _, targets in events)


@pytest.mark.parametrize("text, root, source", [
    # a sector adjective on a conflict noun names who did it, as the story's own
    ("PANAMÁ, 3 may (AFP) - Las protestas estudiantiles paralizaron el centro de la capital "
     "panameña.", "14", "PANEDU"),
    # (a police operation is no show of force: "operativo" codes nothing, see test_trigger_senses)
    ("LIMA, 3 may (AFP) - Una ofensiva militar dejó diez muertos en el valle.", "19", "PERMIL"),
])
def test_a_sector_adjective_on_a_conflict_noun_is_its_source(pipeline, text, root, source):
    events = _analyse(pipeline, text).document.events
    assert any(e.cameo.startswith(root) and source in {m.actor.code for m in e.sources}
               for e in events), [(e.cameo, e.trigger, [m.actor.code for m in e.sources])
                                  for e in events]


def test_a_sector_adjective_on_cooperation_names_no_side(pipeline):
    # "ayuda militar" is aid of a military kind, not the military's
    events = _analyse(pipeline, "La ayuda militar llegó a Ucrania el lunes.").document.events
    assert not any(m.actor.code.endswith("MIL") for e in events for m in e.sources)


def test_an_unroled_individual_is_a_civilian_side(pipeline):
    events = _analyse(pipeline, "Desconocidos asesinaron a un hombre en una vereda del "
                                "municipio de Tumaco, en Colombia.").document.events
    [killing] = [e for e in events if e.cameo.startswith("18")]
    assert [m.actor.code[-3:] for m in killing.sources] == ["CVL"]
    assert [m.actor.code[-3:] for m in killing.targets] == ["CVL"]


@pytest.mark.parametrize("text, trigger, expected", [
    # a dative pronoun is the last actor before it that is not its clause's subject
    ("El presidente de Francia recibió al canciller ruso en París y le pidió un alto el "
     "fuego.", "pidió", ("02", ["FRAGOV"], ["RUSGOV"])),
    ("El Gobierno de Israel recibió a los enviados de Egipto y les ofreció una tregua.",
     "ofreció", ("03", ["ISRGOV"], ["EGYGOV"])),
    # an accusative agrees in gender; the place between is no antecedent
    ("La ministra de Salud de Perú viajó a Bogotá. Allí los médicos la acusaron de mentir.",
     "acusaron", ("11", ["PERHLH"], ["PERGOV"])),
])
def test_an_object_pronoun_refers_to_the_last_agreeing_actor(pipeline, text, trigger,
                                                             expected):
    event = _event_at(pipeline, text, trigger)
    assert _sides(event) == expected


def test_a_masculine_singular_accusative_is_what_was_said(pipeline):
    # "lo negó": the accusation, not Iran
    events = _analyse(pipeline, "Estados Unidos acusó a Irán de enriquecer uranio. Teherán "
                                "lo negó.").document.events
    assert not any(m.actor.code == "IRN" for e in events if e.trigger == "negó"
                   for m in e.targets)


@pytest.mark.parametrize("text, trigger, expected", [
    # a frame noun carries the event in its "de" complement: the light verb's subject
    ("Reporteros Sin Fronteras emitió un comunicado de protesta contra el Gobierno de "
     "Cuba.", "protesta", ("14", ["NGOMEDRWB"], ["CUBGOV"])),
    ("Miles de trabajadores iniciaron un movimiento de protesta en Moscú.", "protesta",
     ("14", ["RUSLAB"], [])),
    # a purpose clause on an event noun: the doers of the event the noun names
    ("En 1997, 300 presos de la cárcel de Lima iniciaron una violenta rebelión para "
     "protestar contra las condiciones.", "protestar", ("14", ["PERCRM"], [])),
])
def test_an_event_carried_by_a_frame_or_a_purpose_takes_its_doers(pipeline, text, trigger,
                                                                   expected):
    event = _event_at(pipeline, text, trigger)
    assert _sides(event) == expected


def test_the_subject_of_a_verb_that_is_no_light_verb_is_not_the_frame_s_doer(pipeline):
    # the president faces the protest movement; he does not protest
    events = _analyse(pipeline, "El presidente de Kirguizistán enfrenta un movimiento de "
                                "protesta.").document.events
    assert not any(m.actor.code == "KGZGOV" for e in events for m in e.sources)


def test_coordinated_phrases_with_their_own_article_do_not_compose(pipeline):
    # "los colombianos" is a phrase of its own, not a demonym on "los jóvenes"
    document = _analyse(pipeline, "El plan abre oportunidades para los jóvenes, las mujeres "
                                  "y los colombianos con discapacidad.").document
    assert "colombianos" in {m.text for m in document.mentions}, \
        [(m.text, m.actor.code) for m in document.mentions]


def test_a_bare_noun_before_the_verb_parsed_as_its_object_is_its_subject(pipeline):
    # the parser makes "Teherán" an indirect object of "negó" (because of "lo")
    events = _analyse(pipeline, "Estados Unidos acusó a Irán de enriquecer uranio. Teherán "
                                "lo negó.").document.events
    [denial] = [e for e in events if e.trigger == "negó"]
    assert [m.actor.code for m in denial.sources] == ["IRNGOV"]


def test_an_event_noun_named_again_with_its_missing_side_is_one_event(pipeline):
    events = _analyse(pipeline, "El canciller llegó a Kiev. Su visita de cinco días a Ucrania "
                                "es polémica. La visita del Papa fue criticada por los "
                                "ortodoxos.").document.events
    visits = [e for e in events if e.trigger == "visita"]
    assert len(visits) == 1 and len(visits[0].evidence) == 2
    assert {m.actor.code for m in visits[0].sources} == {"VATGOV"}
    assert {m.actor.code for m in visits[0].targets} == {"UKR"}


def test_a_partial_mention_of_an_event_in_its_sentence_is_that_event(pipeline):
    # one protest: the demonstrators marched to protest against the Pope's visit
    events = _analyse(pipeline, "Cientos de fieles ortodoxos ucranianos se manifestaron ayer "
                                "en Kiev para protestar contra el Papa.").document.events
    protests = [e for e in events if e.cameo.startswith("14")]
    assert len(protests) == 1 and len(protests[0].evidence) == 2
    assert {m.actor.code for m in protests[0].targets} == {"VATGOV"}


def test_events_of_one_root_with_contradicting_sides_in_a_sentence_stay_apart(pipeline):
    events = _analyse(pipeline, "El Ejército colombiano atacó a las FARC y la guerrilla del "
                                "ELN atacó a la Policía.").document.events
    assert len([e for e in events if e.cameo.startswith("19")]) == 2


def test_event_nouns_with_contradicting_sides_stay_apart(pipeline):
    events = _analyse(pipeline, "La visita del canciller de Chile a Perú fue breve. La visita "
                                "del ministro de Bolivia duró dos días.").document.events
    assert len([e for e in events if e.trigger == "visita"]) == 2


@pytest.mark.parametrize("text, trigger, expected", [
    # an act addressed to someone, with no object: the subject of what it reports
    ("La Central Obrera Boliviana denunció que el gobierno de Bolivia no nacionalizará los "
     "hidrocarburos.", "denunció", ("11", ["BOLLAB"], ["BOLGOV"])),
    ("Miles de ciudadanos exigieron que el Gobierno de Argentina devuelva los depósitos.",
     "exigieron", ("10", ["ARGCVL"], ["ARGGOV"])),
    # a verb of facing: its subject is the target of the protest
    ("El presidente de Kirguizistán enfrenta un movimiento de protesta de los estudiantes.",
     "protesta", ("14", ["KGZEDU"], ["KGZGOV"])),
])
def test_the_addressee_of_a_reported_act_or_a_faced_protest(pipeline, text, trigger,
                                                             expected):
    event = _event_at(pipeline, text, trigger)
    assert _sides(event) == expected


def test_a_statement_takes_no_target_from_what_it_reports(pipeline):
    events = _analyse(pipeline, "La candidata del PRD dijo que el gobierno de México "
                                "miente.").document.events
    assert not any(m.actor.code == "MEXGOV" for e in events for m in e.targets)



@pytest.mark.parametrize("text, trigger, expected", [
    # an infinitive complement names whom the governing verb acts on
    ("El Gobierno boliviano ofreció negociar un calendario electoral con la oposición "
     "boliviana.",
     "ofreció", ("03", ["BOLGOV"], ["BOLOPP"])),
    # a verb with no object of its own: its clause of purpose names the one it fights
    ("Las tropas sudanesas seguían combatiendo para arrebatar la ciudad a los rebeldes "
     "sudaneses.",
     "combatiendo", ("19", ["SDNMIL"], ["SDNREB"])),
    ("Los guerrilleros colombianos luchan para derrocar al Gobierno de Colombia.",
     "luchan", ("19", ["COLREB"], ["COLGOV"])),
])
def test_a_clause_of_the_same_doer_names_whom_its_governor_acts_on(pipeline, text, trigger,
                                                                    expected):
    event = _event_at(pipeline, text, trigger)
    assert _sides(event) == expected


def test_a_purpose_is_no_target_of_a_verb_with_its_own_object(pipeline):
    # the rebels attacked the barracks (no actor); the prisoners they meant to free are
    # not what they attacked
    events = _analyse(pipeline, "Los rebeldes tamiles atacaron el cuartel para liberar a los "
                                "presos políticos.").document.events
    attack = next(e for e in events if e.trigger == "atacaron")
    assert not attack.targets


def test_a_clause_with_its_own_subject_names_no_target_of_its_governor(pipeline):
    # the opposition negotiates, not the government's offer's addressee
    events = _analyse(pipeline, "El Gobierno peruano luchó para que la oposición negociara "
                                "con los sindicatos.").document.events
    assert not any(e.trigger == "luchó" and e.targets for e in events)


def test_people_before_a_verb_with_se_are_its_doers(pipeline):
    # "se preparan" is a middle verb: the fighters prepare, and attack
    events = _analyse(pipeline, "Los guerrilleros de las FARC se preparan para atacar a las "
                                "tropas del Ejército colombiano.").document.events
    attack = next(e for e in events if e.trigger == "atacar")
    assert _sides(attack) == ("19", ["COLREB"], ["COLMIL"])


def test_a_thing_or_place_before_a_verb_with_se_is_a_passive_theme(pipeline):
    # the sanctions are lifted (by nobody named), on Russia; Syria is what was discussed
    events = _analyse(pipeline, "Las sanciones contra Rusia se levantaron ayer.").document.events
    lifted = next(e for e in events if e.trigger == "levantaron")
    assert _sides(lifted) == ("08", [], ["RUS"])
    events = _analyse(pipeline, "Siria y Libia se discutieron en la reunión de los "
                                "cancilleres de la Liga Árabe.").document.events
    assert not any(m.actor.code in ("SYR", "LBY") for e in events for m in e.sources)


def test_a_complement_of_the_same_root_is_its_governors_event(pipeline):
    # one boycott, by the unions, of the company after the infinitive
    analysis = _analyse(pipeline, "Los sindicatos argentinos llamaron a boicotear a la "
                                  "empresa estatal de petróleo.")
    boycotts = [e for e in analysis.document.events if e.cameo.startswith("14")]
    assert len(boycotts) == 1 and boycotts[0].sources[0].actor.code == "ARGLAB"
    assert any(t.startswith("boicotear@") and "the same event" in t for t in analysis.trace)


def test_a_partitive_numeral_after_a_preposition_is_an_argument(pipeline):
    # the parser hangs "con cuatro de las seis agrupaciones" on "acuerdo" as a number
    events = _analyse(pipeline, "El gobierno hondureño suscribió un acuerdo con cuatro de las "
                                "seis agrupaciones magisteriales hondureñas.").document.events
    signed = next(e for e in events if e.trigger == "suscribió")
    assert _sides(signed) == ("05", ["HNDGOV"], ["HNDEDU"])


@pytest.mark.parametrize("text, trigger, expected", [
    # the people released are the target
    ("Israel liberó también a 250 prisioneros palestinos.", "liberó",
     ("08", ["ISR"], ["PSECVL"])),
    # dispersing a march acts on its marchers, named by a sector adjective
    ("Los policías bolivianos dispersaron la marcha cocalera.", "dispersaron",
     ("17", ["BOLCOP"], ["---AGR"])),
    # a frame hung on a participle frames its clause: the clause's subject is a party
    ("Manifestantes palestinos trasladan a un hombre herido durante los enfrentamientos "
     "con soldados israelíes.", "enfrentamientos", ("14", ["PSEOPP"], ["ISRMIL"])),
])
def test_the_one_released_dispersed_or_fought_is_named(pipeline, text, trigger, expected):
    event = _event_at(pipeline, text, trigger)
    assert _sides(event) == expected


@pytest.mark.parametrize("text, trigger, modality, negated", [
    # an event noun that a governing verb proposes, studies or puts off is not done
    ("El Gobierno británico propuso al partido Sinn Fein iniciar conversaciones "
     "exploratorias.", "conversaciones", "intended", False),
    ("El Gobierno de Costa Rica estudia la postergación de la firma de un convenio con el "
     "FMI.", "firma", "hypothetical", False),
    ("Colombia postergó la firma del acuerdo con Venezuela.", "firma", "asserted", True),
    # a done act stays asserted
    ("Rusia lanzó una ofensiva contra Ucrania.", "ofensiva", "asserted", False),
])
def test_a_governing_verb_qualifies_its_event_noun(pipeline, text, trigger, modality, negated):
    event = _event_at(pipeline, text, trigger)
    assert (event.modality, event.negated) == (modality, negated)


def test_a_verb_coordinated_with_a_passive_takes_its_subject_not_its_agent(pipeline):
    # the demonstrators were dispersed and gathered again: the police did not gather
    text = ("Los manifestantes fueron dispersados por la policía y se concentraron luego ante "
            "el Congreso de Chile.")
    assert _sides(_event_at(pipeline, text, "concentraron")) == ("14", ["CHLOPP"], ["CHLLEG"])
    # the marches were authorised by the government, which does not march
    text = ("Las marchas fueron autorizadas por el Gobierno de Chile y se concentrarán ante "
            "la sede del Congreso en Valparaíso.")
    assert not any(e.trigger == "concentrarán" and any(m.actor.code == "CHLGOV" for m in e.sources)
                   for e in _analyse(pipeline, text).document.events)
