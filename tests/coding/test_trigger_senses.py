"""A trigger read in another sense than its pattern's: the ``without`` words and the
``without_role`` roles of ``verbs.tsv`` and ``nouns.tsv`` (``heraldo.coding.triggers``),
and the swearing-in, motor racing and health cues of ``domains.tsv``. Sentences written
for these tests in the style of news."""

from __future__ import annotations

import pytest

from conftest import coded
from heraldo.lang import Role, load_pack


@pytest.mark.parametrize("text, code", [
    # "manifestar" with a direct object expresses; it is no demonstration
    ("El presidente de Taiwán manifestó su agrado ante la venta de armas de Estados Unidos.",
     "141"),
    ("La canciller de Chile manifestó su respaldo frente a la crisis de Venezuela.", "141"),
    # a press conference is no conference of the parties
    ("El ministro de Colombia habló en la conferencia de prensa del Partido por la Paz.",
     "043"),
    # police cordons are no picket
    ("Los piquetes policiales de Chile dispersaron a los estudiantes en Santiago.", "144"),
    # an appeal launched is no attack launched
    ("Las autoridades de Líbano lanzaron un llamado a un alto el fuego en la frontera sur.",
     "190"),
    # the Mexican swearing-in is no protest
    ("El gobernador de Jalisco rindió protesta ante el Congreso de México.", "140"),
    ("En la toma de protesta del alcalde, el gobernador de Nuevo León pidió unidad a los "
     "diputados de México.", "140"),
    # motor racing: sent to the pits is no money sent
    ("Un toque con el piloto de Rusia lo envió a los pits y al fondo de la parrilla en el "
     "Gran Premio de México.", "071"),
])
def test_a_trigger_in_another_sense_is_not_coded_so(pipeline, text, code):
    assert all(c != code for c, _, _ in coded(pipeline, text)), coded(pipeline, text)


@pytest.mark.parametrize("text, event", [
    ("Miles de personas se manifestaron contra el gobierno de Chile en Santiago.",
     ("141", ("CHLCVL",), ("CHLGOV",))),
    ("Los estudiantes de Colombia manifestaron frente al Congreso de Colombia.",
     ("141", ("COLEDU",), ("COLLEG",))),
    ("El presidente de Francia hizo una llamada telefónica a Putin.",
     ("041", ("FRAGOV",), ("RUSGOV",))),
    ("Los estudiantes de México protestaron contra el Gobierno de México.",
     ("141", ("MEXEDU",), ("MEXGOV",))),
    ("El canciller de Chile manifestó su indignación por el veto de Rusia.",
     ("111", ("CHLGOV",), ("RUS",))),
    # an adverb the parser takes for an object is no object
    ("Miles de campesinos de Bolivia manifestaron pacíficamente el lunes por las calles de La "
     "Paz contra el Gobierno de Bolivia.", ("141", ("BOLAGR",), ("BOLGOV",))),
])
def test_the_political_sense_stays(pipeline, text, event):
    assert event in coded(pipeline, text), coded(pipeline, text)


def test_patterns_carry_the_words_and_roles_they_exclude():
    pack = load_pack("es")
    manifestar = [p for p in pack.patterns.verbs["manifestar"] if p.cameo == "141"
                  and not p.reflexive]
    assert manifestar and all(Role.OBJ in p.without_roles for p in manifestar)
    assert ("prensa",) in pack.patterns.nouns["conferencia"][0].without
    assert pack.domains.of({"rendir", "protesta"}) == ["oath"]
    assert not pack.patterns.verbs["criticar"][0].without


def test_a_call_needs_a_party(pipeline):
    appeal = ("El presidente del Gobierno de España, Pedro Sánchez, dirigió su llamada a "
              "recuperar a los votantes perdidos.")
    assert all(c != "041" for c, _, _ in coded(pipeline, appeal))
    call = "El presidente de México recibió una llamada del presidente de Estados Unidos."
    assert any(c == "041" for c, _, _ in coded(pipeline, call)), coded(pipeline, call)


def test_a_police_operation_is_no_show_of_force(pipeline):
    operation = ("Un abogado murió en un operativo policial de la Policía de Colombia en "
                 "Bogotá.")
    assert all(c != "150" for c, _, _ in coded(pipeline, operation))


@pytest.mark.parametrize("text, trigger", [
    # "armar un gabinete" builds one; "interrogado por los periodistas" is a question;
    # "matar la esperanza" kills no one (the pack's without column)
    ("El presidente electo armó su gabinete en una semana.", "armó"),
    ("El ministro fue interrogado por los periodistas sobre el caso.", "interrogado"),
    ("El tribunal mató la esperanza de las víctimas.", "mató"),
])
def test_a_figurative_object_is_no_event(pipeline, text, trigger):
    assert trigger not in [e.trigger for e in pipeline.extract(text, published="2024-05-20").events]


@pytest.mark.parametrize("text, code", [
    ("Estados Unidos armó a los rebeldes sirios.", "072"),
    ("La policía interrogó al sospechoso del atentado.", "173"),
    ("Los paramilitares mataron a tres campesinos en Antioquia.", "190"),
    # calling people a herd insults them: no appeal
    ('El actor llama "rebaño" a los españoles.', "111"),
])
def test_the_literal_sense_stays(pipeline, text, code):
    assert code in [e.cameo for e in pipeline.extract(text, published="2024-05-20").events]
