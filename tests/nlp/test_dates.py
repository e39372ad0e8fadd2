from __future__ import annotations

import datetime as dt

import pytest

from heraldo.lang import load_pack
from heraldo.nlp.dates import find_dates, parse_date, resolve

ES = load_pack("es")

PUB = dt.date(2022, 1, 3)  # a Monday


@pytest.mark.parametrize("text, tense, value, precision", [
    ("dijo el Kremlin el 2 de enero", "past", "2022-01-02", "day"),
    ("a finales de octubre", "past", "2021-10", "month"),
    ("la guerra de finales de 2020", "past", "2020", "year"),
    ("se reunirán este mes", "future", "2022-01", "month"),
    ("llegó el jueves", "past", "2021-12-30", "day"),
    ("el pasado día 15", "past", "2021-12-15", "day"),
    ("ayer", "past", "2022-01-02", "day"),
    ("hace dos semanas", "past", "2021-12-20", "day"),
    ("el próximo martes", "future", "2022-01-04", "day"),
    ("en noviembre de 2022", "future", "2022-11", "month"),
    ("el lunes pasado", "past", "2021-12-27", "day"),
    ("el mes pasado", "past", "2021-12", "month"),
    ("el 14 de marzo de 2019", "past", "2019-03-14", "day"),
    ("a principios de febrero", "future", "2022-02", "month"),
    ("hace tres años", "past", "2019", "year"),
    ("hoy", "past", "2022-01-03", "day"),
    ("el jueves 6 de enero", "future", "2022-01-06", "day"),
    ("en 2014", "past", "2014", "year"),
])
def test_dates_resolve_against_publication(text, tense, value, precision):
    found = find_dates(text, ES)
    assert len(found) == 1, found
    when = resolve(found[0], PUB, ES, tense)
    assert (when.value, when.precision) == (value, precision)
    assert text[when.start:when.end] == found[0].text


def test_dates_without_publication_are_unknown():
    when = resolve(find_dates("ayer", ES)[0], None, ES)
    assert when.value is None and when.precision == "unknown"


def test_dates_ignore_bare_words():
    assert find_dates("el mes de la cooperación y el año de la paz", ES) == []


@pytest.mark.parametrize("value, expected", [
    ("2022-01-03", dt.date(2022, 1, 3)), ("20220103", dt.date(2022, 1, 3)),
    ("2022-01-03T10:00:00Z", dt.date(2022, 1, 3)), ("121108", None), ("", None), (None, None)])
def test_dates_parse_publication(value, expected):
    assert parse_date(value) == expected
