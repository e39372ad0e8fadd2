"""People the knowledge base lacks, as the text describes them (``person+demonym``); later
mentions of any person by the words of their name (``coreference:name``); and places
inside longer names, which are no actors."""

from __future__ import annotations

import pytest

from heraldo.actors.lookup import lookup

DATE = "2018-03-15"


def _mentions(text):
    return [(m.text, m.actor.code, m.how) for m in lookup(text, date=DATE)]


@pytest.mark.parametrize("text, name, code", [
    # the description before the name
    ("El escritor uruguayo Mario Benavídez presentó su novela en Lima.",
     "Mario Benavídez", "URYCVL"),
    # the description after the name, as its title
    ("Lars Andersson, el futbolista sueco, firmó un contrato con el club.",
     "Lars Andersson", "SWECVL"),
    # a sector adjective in the description gives the sector
    ("El líder sindical peruano Julio Mamani convocó una huelga.",
     "Julio Mamani", "PERLAB"),
])
def test_a_described_person_has_the_demonym_country(text, name, code):
    found = {t: (c, how) for t, c, how in _mentions(text)}
    assert found.get(name) == (code, "context:apposition"), found
    assert any(how == "person+demonym" and c == code for c, how in found.values()), found


def test_no_person_without_a_name_or_with_a_known_one():
    found = _mentions("El mercado chino cayó ayer un tres por ciento.")
    assert not any(how == "person+demonym" for _, _, how in found), found
    # a person the knowledge base knows keeps their own code
    found = {t: c for t, c, _ in _mentions(
        "El dirigente ruso Vladímir Putin visitó Ankara.")}
    assert found.get("Vladímir Putin") == "RUSGOV", found


def test_the_words_of_a_full_name_refer_back_to_the_person():
    text = ("El escritor uruguayo Mario Benavídez Sosa presentó su novela. Benavídez "
            "criticó a los editores. Luego Benavídez Sosa firmó ejemplares.")
    found = _mentions(text)
    assert ("Benavídez", "URYCVL", "coreference:name") in found, found
    # two words of the name are one mention, across no other name word
    assert ("Benavídez Sosa", "URYCVL", "coreference:name") in found, found


def test_a_name_word_inside_someone_elses_name_is_not_a_reference():
    text = ("El escritor uruguayo Juan Carlos Benavídez presentó su novela. Ayer, "
            "Carlos Arrieta criticó a los editores.")
    found = {t: c for t, c, _ in _mentions(text)}
    assert "Carlos" not in found, found


def test_a_place_inside_a_longer_name_is_no_actor():
    # a club, a neighbourhood: the capital's word in them is not its government
    found = {t: c for t, c, _ in _mentions(
        "Fuentes judiciales dijeron que el futbolista del Real Madrid presentó una propuesta.")}
    assert "Madrid" not in found, found
    found = {t: c for t, c, _ in _mentions("El presidente de Francia viajó a Madrid.")}
    assert found.get("Madrid") == "ESPGOV", found


STORY = ("Lars Andersson firmó un contrato con el club de Madrid. El jugador sueco llegará "
         "la próxima semana. La Fiscalía investiga a Andersson por un delito fiscal. "
         "El delantero sueco negó las acusaciones.")


def test_the_one_unknown_person_takes_the_storys_descriptions_country():
    found = [(t, c, how) for t, c, how in _mentions(STORY) if t in ("Lars Andersson",
                                                                    "Andersson")]
    assert found == [("Lars Andersson", "SWECVL", "person+description"),
                     ("Andersson", "SWECVL", "person+description")], found


@pytest.mark.parametrize("text", [
    # two unknown people: whose is the description?
    STORY.replace("La Fiscalía investiga a Andersson", "Juan Carlos Pérez acompañó a Andersson"),
    # descriptions of two countries
    STORY.replace("El delantero sueco", "El delantero noruego"),
    # one description only
    STORY.replace(" El delantero sueco negó las acusaciones.", ""),
])
def test_no_country_from_descriptions_that_do_not_agree_on_one_person(text):
    found = _mentions(text)
    assert not any(how == "person+description" for _, _, how in found), found
