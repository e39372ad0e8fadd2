"""A page's query string read into a Store query: blanks are no filter, and a value that
cannot be read names its parameter."""

from __future__ import annotations

import datetime as dt

import pytest

from heraldo.server.forms import LIMIT, FormError, events_form, graph_form


def test_blank_fields_are_no_filter():
    form = events_form({"actor": "", "source": " ", "target": "", "since": "", "limit": ""})
    assert form.query == {"actor": None, "type": None, "since": None, "until": None,
                          "min_confidence": None, "dyad": None, "limit": LIMIT}


def test_the_events_filters():
    form = events_form({"actor": "COL", "source": "COLGOV", "target": "VEN", "type": "04",
                        "since": "2024-03-01", "until": "2024-03-31", "min_confidence": "0.5",
                        "limit": "20"})
    assert form.query == {"actor": "COL", "type": "04", "since": dt.date(2024, 3, 1),
                          "until": dt.date(2024, 3, 31), "min_confidence": 0.5,
                          "dyad": ("COLGOV", "VEN"), "limit": 20}
    assert form.values["since"] == "2024-03-01"


@pytest.mark.parametrize("params, name", [
    ({"since": "yesterday"}, "since"),
    ({"since": "2024-05-01", "until": "2024-04-01"}, "until"),
    ({"min_confidence": "2"}, "min_confidence"),
    ({"min_confidence": "high"}, "min_confidence"),
    ({"limit": "0"}, "limit"),
    ({"limit": "ten"}, "limit"),
    ({"source": "COL"}, "target"),
    ({"actor": "X" * 201}, "actor"),
])
def test_a_bad_value_names_its_parameter(params, name):
    with pytest.raises(FormError) as caught:
        events_form(params)
    assert caught.value.name == name
    assert str(caught.value).startswith(f"{name}: ")


def test_the_network_filters():
    form = graph_form({"kind": "person", "country": "col", "min_events": "2"})
    assert form.query["kind"] == "person" and form.query["min_events"] == 2
    with pytest.raises(FormError, match="kind"):
        graph_form({"kind": "robot"})
