"""Organisations the knowledge base does not hold, by their own names (``agent+name``):
one span over the whole name, its sector and country from its words, its acronym, initials
and head noun referring back; and what is no such name."""

from __future__ import annotations

import pytest

from heraldo.actors.lookup import lookup

DATE = "2018-03-15"


def _mentions(text):
    return [(m.text, m.actor.code, m.how) for m in lookup(text, date=DATE)]


def _codes(text):
    return {m.text: m.actor.code for m in lookup(text, date=DATE)}


@pytest.mark.parametrize("text, name, code", [
    # a state body: the head noun's sector (the pack's table), no country named
    ("Los ganaderos criticaron a la Comisión de Libre Competencia y Asuntos del "
     "Consumidor (CLICAC) por los precios.",
     "la Comisión de Libre Competencia y Asuntos del Consumidor (CLICAC)", "---GOV"),
    # the knowledge base's agent term at the head gives the sector ("universidad": EDU)
    ("La Universidad Panamericana publicó un estudio sobre la violencia.",
     "La Universidad Panamericana", "---EDU"),
    # a sector word inside the name, and the country named inside it
    ("El Colegio de Profesores de Educación Media de Honduras (Copemh) convocó un paro.",
     "El Colegio de Profesores de Educación Media de Honduras (Copemh)", "HNDEDU"),
    # a demonym inside the name gives the country
    ("El Instituto Costarricense de Electricidad denunció a los contratistas.",
     "El Instituto Costarricense de Electricidad", "CRIGOV"),
    # a head noun of no sector of its own takes the sector word's inside the name
    ("La Asociación de Periodistas de El Salvador denunció amenazas.",
     "La Asociación de Periodistas de El Salvador", "SLVMED"),
])
def test_an_unknown_organisation_is_one_span_with_its_sector_and_country(text, name, code):
    found = {t: (c, how) for t, c, how in _mentions(text)}
    assert found.get(name) == (code, "agent+name"), found


def test_the_whole_name_replaces_the_bare_head_and_the_sector_word_inside():
    codes = _codes("El Colegio de Profesores de Educación Media de Honduras (Copemh) "
                   "convocó un paro.")
    assert "Profesores" not in codes and "Honduras" not in codes, codes
    codes = _codes("La Universidad Panamericana publicó un estudio.")
    assert "La Universidad" not in codes, codes


def test_acronym_initials_and_head_noun_refer_back():
    text = ("Los ganaderos criticaron a la Comisión de Libre Competencia y Asuntos del "
            "Consumidor (CLICAC). Ayer la CLICAC respondió a las críticas. Según la "
            "Comisión, los precios bajarán.")
    found = [(t, c, how) for t, c, how in _mentions(text)]
    assert ("CLICAC", "---GOV", "coreference:name") in found, found
    assert ("la Comisión", "---GOV", "coreference:name") in found, found
    found = _mentions("El Instituto Costarricense de Electricidad anunció tarifas. "
                      "Los usuarios criticaron al ICE por los cortes.")
    assert ("ICE", "CRIGOV", "coreference:name") in found, found
    found = _mentions("El Colegio de Profesores de Educación Media de Honduras (Copemh) "
                      "convocó un paro. El Copemh exigió un aumento.")
    assert ("Copemh", "HNDEDU", "coreference:name") in found, found


def test_a_head_noun_alone_refers_back_only_after_its_name():
    # no organisation of that head before: a bare "la Comisión" is no one
    assert _mentions("Según la Comisión, los precios bajarán.") == []


def test_a_roles_organisation_by_name_when_its_words_say_its_sector():
    codes = _codes("El vocero del Colegio de Profesores de Educación Media de Honduras "
                   "criticó al ministro.")
    assert codes.get("El vocero del Colegio de Profesores de Educación Media de Honduras") \
        == "HNDEDU", codes
    # any capitalised head, when a sector word inside the name says what it is
    codes = _codes("El vocero de la Sociedad de Campesinos de Tumbes habló ayer.")
    assert codes.get("El vocero de la Sociedad de Campesinos de Tumbes") == "---AGR", codes
    # the table's default sector of the head does not make legislators a government
    codes = _codes("Ante legisladores integrantes de la Comisión de Relaciones Exteriores, "
                   "el canciller expuso su plan.")
    assert codes.get("legisladores") == "---LEG", codes


@pytest.mark.parametrize("text, name, code", [
    # the knowledge base wins
    ("La Comisión Europea multó a la empresa.", "La Comisión Europea", "IGOEUREEC"),
    # an agent term of the knowledge base over the whole name but its places: the
    # agent's phrase, as before
    ("La Universidad de Chile denunció al rector.", "La Universidad de Chile", "CHLEDU"),
])
def test_the_knowledge_base_wins(text, name, code):
    found = {t: (c, how) for t, c, how in _mentions(text)}
    assert found.get(name, ("", ""))[0] == code, found
    assert found[name][1] != "agent+name", found


@pytest.mark.parametrize("text", [
    "COMISIÓN DE LIBRE COMPETENCIA MULTA A GANADEROS",  # a headline in capitals
    "«Escuela de Calor» sonó en la radio toda la noche.",  # a work's title in quotes
    "Comisión tras comisión, nada cambia en el país.",  # a capitalised sentence start
    "Federación de Fútbol y Liga de Campeones llenaron los estadios.",  # no sector
])
def test_no_organisation_name(text):
    assert not [m for m in _mentions(text) if m[2] == "agent+name"], _mentions(text)


def test_two_names_joined_by_a_conjunction_stay_two():
    codes = _codes("La Universidad Panamericana y la Fundación Paz Ciudadana firmaron un "
                   "convenio.")
    assert codes.get("La Universidad Panamericana") == "---EDU", codes
    assert codes.get("la Fundación Paz Ciudadana") == "---NGO", codes


def test_another_institution_after_the_article_ends_the_name():
    codes = _codes("Lo decidió la Junta Directiva del Parlamento nicaragüense.")
    assert "Parlamento nicaragüense" in codes or "Parlamento" in codes, codes
    assert "la Junta Directiva del Parlamento nicaragüense" not in codes, codes


def test_a_building_after_en_is_a_place(pipeline):
    doc = pipeline.extract("Los maestros se refugiaron en el Colegio de Profesores de "
                           "Educación Media de Honduras.", published=DATE)
    assert not [m for m in doc.mentions if m.text.startswith("el Colegio")], doc.mentions


def test_the_story_country_places_an_unplaced_organisation(pipeline):
    doc = pipeline.extract(
        "PANAMÁ, 15 mar (AFP) - Los ganaderos panameños criticaron este jueves a la "
        "Comisión de Libre Competencia y Asuntos del Consumidor (CLICAC) por los precios "
        "de la carne. El gobierno de Panamá anunció una revisión.", published=DATE)
    codes = {m.text: m.actor.code for m in doc.mentions}
    assert codes.get("la Comisión de Libre Competencia y Asuntos del Consumidor (CLICAC)") \
        == "PANGOV", codes


def test_the_head_nouns_are_pack_data_in_both_languages(tmp_path):
    from heraldo.errors import DataError
    from heraldo.lang import _organisation_nouns, load_pack

    assert load_pack("es").organisation_nouns["comision"] == "GOV"
    assert load_pack("en").organisation_nouns["university"] == "EDU"
    assert load_pack("es").organisation_nouns["federacion"] == ""  # only words inside
    table = tmp_path / "organisation_nouns.tsv"
    table.write_text("words\tsector\tnote\ncomisión\tGOV\t\ncomision\tNGO\t\n",
                     encoding="utf-8")
    with pytest.raises(DataError, match="two sectors"):
        _organisation_nouns(table)


@pytest.mark.parametrize("text, name, code", [
    # a place after a comma says where it is, not whose: the span stops at the name
    ("Según investigadores de la Universidad Rutgers, en Estados Unidos, los destellos "
     "se producen así.", "la Universidad Rutgers", "---EDU"),
    # "e" joins the words of a name as "y" does
    ("El acto se realizó en el auditorio de la Escuela Superior de Ingeniería Química e "
     "Industrias Extractivas del IPN.",
     "la Escuela Superior de Ingeniería Química e Industrias Extractivas", "---EDU"),
    # a sector adjective before the name says its sector
    ("Gaviria se reunió con la opositora Coordinadora Democrática (CD) en Caracas.",
     "la opositora Coordinadora Democrática (CD)", "---OPP"),
    # the electoral college is a state body of the knowledge base, not a school
    ("Biden aseguró la victoria después de que el Colegio Electoral la confirmara.",
     "el Colegio Electoral", "---GOV"),
])
def test_corpus_cases(text, name, code):
    codes = _codes(text)
    assert codes.get(name, "")[3:] == code[3:], codes


def test_a_group_of_a_tournament_is_no_firm():
    assert not [m for m in _mentions("Chile quedó eliminado en el partido del Grupo F.")
                if m[2] == "agent+name"]


@pytest.mark.parametrize("text, name, code", [
    # a body of a legislature is the legislature's
    ("Gómez entregó el informe a la Junta de Coordinación Política de la Cámara de "
     "Diputados.", "la Junta de Coordinación Política", "---LEG"),
    # an institute of a university the knowledge base holds is the university's
    ("Lo dijo un investigador del Instituto de Investigaciones Jurídicas de la Universidad "
     "Nacional Autónoma de México.", "Instituto de Investigaciones Jurídicas", "MEXEDU"),
    # a sector word inside the name still says its own sector: a union of a university
    ("El Sindicato de Trabajadores de la Universidad convocó un paro.",
     "El Sindicato de Trabajadores", "---LAB"),
])
def test_a_name_belongs_to_the_institution_after_it(text, name, code):
    assert _codes(text).get(name) == code, _codes(text)


def test_a_title_after_a_role_is_no_organisation():
    found = _mentions("La marcha fue autorizada por el Gobierno del Presidente Eduardo Frei.")
    assert not [m for m in found if m[2].startswith("agent+name")], found


def test_a_world_or_international_organisation_takes_no_story_country(pipeline):
    doc = pipeline.extract(
        "MÉXICO, 3 mar (AFP) - El Consejo Mundial de Boxeo (CMB) decretó un boicot al "
        "estado de California. El Comité Olímpico Internacional criticó a México.",
        published=DATE)
    codes = {m.text: m.actor.code for m in doc.mentions}
    assert codes.get("El Consejo Mundial de Boxeo (CMB)") == "---GOV", codes
    assert codes.get("El Comité Olímpico Internacional") == "---NGO", codes
