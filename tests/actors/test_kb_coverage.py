"""The actor families added for news coverage (SOURCES.md, 2026-12): named state
institutions, unions, the Holy See, leaders coded as their group, group and role nouns,
and the ambiguous forms that were deliberately left out."""

from __future__ import annotations

import pytest

from heraldo.actors.lookup import lookup


def _codes(text, date=None):
    return [m.actor.code for m in lookup(text, date=date)]


@pytest.mark.parametrize("text, date, expected", [
    # state institutions whose names do not compose from an agent noun and a country
    ("la PGR", None, "MEXJUD"),
    ("la Fiscalía General de la Nación", None, "COLJUD"),
    ("el Banco de México", None, "MEXGOV"),  # was MEXBUS: "banco" alone is a business
    ("la Reserva Federal", None, "USAGOV"),
    ("la Agencia Tributaria", None, "ESPGOV"),
    ("el Instituto Nacional Electoral", None, "MEXGOV"),
    ("la CIA", None, "USASPY"),
    ("el FBI", None, "USACOP"),
    ("el Mosad", None, "ISRSPY"),
    ("la NASA", None, "USAGOV"),  # a metonym beats the "Nasa" spelling of Nassau
    # unions
    ("la CGT", None, "ARGLAB"),
    ("Comisiones Obreras", None, "ESPLAB"),
    ("la Central Obrera Boliviana", None, "BOLLAB"),
    # the Holy See and dated popes
    ("el papa", None, "VATGOV"),
    ("el sumo pontífice", None, "VATGOV"),
    ("el nuncio apostólico", None, "VATGOV"),
    ("Juan Pablo II", "1998-01-21", "VATGOV"),
    ("Juan Pablo II", "2010-01-01", "VATELI"),
    # leaders coded as their group
    ("Usama Ben Laden", None, "IMGMOSALQ"),
    ("Abimael Guzmán", None, "PERREB"),
    # group and role nouns, with a demonym for the country
    ("los cristianos sirios", None, "SYRREL"),
    ("el cardenal maronita libanés", None, "LBNREL"),
    ("los paracaidistas rusos", None, "RUSMIL"),
    ("los desocupados argentinos", None, "ARGLAB"),
    ("los mineros chilenos", None, "CHLLAB"),
    ("el magisterio hondureño", None, "HNDEDU"),
    # a multi-country acronym is an agent: its country comes from the context
    ("el CNE", None, "---GOV"),
])
def test_added_actor_resolves(text, date, expected):
    assert expected in _codes(text, date)


@pytest.mark.parametrize("text", [
    "la papa",  # the potato, not the Pope
    "los países musulmanes",  # an adjective, not the religious community
    "el sector minero",
    "la hacienda",  # an estate: only capitalised "Hacienda" is the finance ministry
    "la ELA",  # the disease, not the Basque union
])
def test_ambiguous_form_is_no_actor(text):
    assert _codes(text) == []
