"""Chains of places: a town and the first-level division that contains it."""

from __future__ import annotations

import pytest

from heraldo.lang import load_pack
from heraldo.nlp.place_lists import load_place_index, match_chains


def _chains(pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = next(pipeline.parse([text]))
    particles = load_pack("es").grammar.name_particle
    return [(doc[c.start:c.end].text, c.country, c.kind) for c in match_chains(doc, particles)]


def _countries(pipeline, text: str) -> set[str]:
    doc = next(pipeline.parse([text]))
    return {m.entry.country for m in pipeline.gazetteer.match(doc)}


def test_place_lists_capitals_footer_resolves_an_ambiguous_division(pipeline):
    # Córdoba is a division of three countries and Puerto Escondido a Mexican city too:
    # together they are one Colombian chain
    found = _chains(pipeline, "Hombres armados asesinaron a un comerciante en la vereda "
                              "La Loma , CÓRDOBA , PUERTO ESCONDIDO")
    assert found == [("CÓRDOBA", "COL", "admin1"), ("PUERTO ESCONDIDO", "COL", "town")]


def test_place_lists_division_that_is_a_common_word(pipeline):
    # "Meta" alone is a company or a noun; before one of its towns it is the department
    assert _countries(pipeline, "Paramilitares amenazaron a un líder , META , LEJANÍAS") == {
        "COL"}


def test_place_lists_town_then_division_in_running_text(pipeline):
    found = _chains(pipeline, "El ataque ocurrió en Lejanías, Meta, el domingo.")
    assert ("Lejanías", "COL", "town") in found


def test_place_lists_spacing_of_names_does_not_matter(pipeline):
    found = _chains(pipeline, "Desconocidos quemaron un bus , META , VISTAHERMOSA")
    assert ("VISTAHERMOSA", "COL", "town") in found


@pytest.mark.parametrize("text", [
    "Asistieron Juan Pérez , Carlos Gómez , Ana Ruiz y otros invitados.",
    "El grupo visitó París , Londres , Roma en una semana.",
])
def test_place_lists_without_a_containing_pair_are_left_alone(pipeline, text):
    assert _chains(pipeline, text) == []


def test_place_lists_index_has_divisions_and_towns():
    index = load_place_index()
    assert index is not None
    assert "COL" in index.divisions["meta"]
    assert any(country == "COL" for _, country, *_ in index.localities["tumaco"])


def test_places_wrapped_line_spaces_do_not_break_a_name(pipeline):
    document = pipeline.extract("El asaltante se entregó en Costa  Rica a las autoridades.")
    assert ("las autoridades", "CRIGOV") in {(m.text, m.actor.code) for m in document.mentions}


def test_places_a_world_city_has_no_article_of_its_own(pipeline):
    # Corona, California is on the world list; "la Corona" is the Crown
    doc = next(pipeline.parse(["La Corona y el Gobierno ayudarán al jefe del Estado."]))
    assert all(m.entry.name != "Corona" for m in pipeline.gazetteer.match(doc))
    doc = next(pipeline.parse(["Los turistas llegaron a Corona, en California."]))
    assert any(m.entry.name == "Corona" for m in pipeline.gazetteer.match(doc))


def test_places_a_person_is_no_place(pipeline):
    # Mesa, Arizona is on the world list; here Mesa is Bolivia's president
    document = pipeline.extract('El presidente Carlos Mesa habló. "El parlamento acompañará a '
                                'este gobierno", recalcó Mesa.', published="2004-01-29")
    codes = {(m.text, m.actor.code) for m in document.mentions}
    assert ("este gobierno", "BOLGOV") in codes
    assert ("Mesa", "BOLGOV") in codes
