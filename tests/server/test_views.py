"""The shaping of the dashboard's pages that needs no browser."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from heraldo.server.views import actor_view, map_data, period_label
from heraldo.store.places import PlaceCount


@pytest.mark.parametrize("first, freq, label", [
    (dt.date(2024, 1, 1), "year", "2024"), (dt.date(2024, 4, 1), "quarter", "2024-Q2"),
    (dt.date(2024, 5, 1), "month", "2024-05"), (dt.date(2024, 5, 6), "week", "2024-05-06")])
def test_period_labels(first, freq, label):
    assert period_label(first, freq) == label


def test_counterparts_become_rows_per_counterpart_and_direction():
    c = SimpleNamespace
    detail = c(actor=c(code="COLGOV"), counterparts=[
        c(period=dt.date(2024, 3, 1), counterpart="VENGOV", direction="out", events=2,
          mean_goldstein=3.0),
        c(period=dt.date(2024, 4, 1), counterpart="VENGOV", direction="out", events=1,
          mean_goldstein=-3.0),
        c(period=dt.date(2024, 4, 1), counterpart="VENGOV", direction="in", events=1,
          mean_goldstein=-2.0)])
    view = actor_view(detail, "/events", "month")
    assert view["periods"] == ["2024-03", "2024-04"]
    out, back = view["counterparts"]
    assert (out["direction"], out["counts"], out["total"], out["mean"]) == ("out", [2, 1], 3, 1.0)
    assert out["events_href"] == "/events?source=COLGOV&target=VENGOV"
    assert back["events_href"] == "/events?source=VENGOV&target=COLGOV"


def test_the_map_shades_countries_by_their_world_atlas_ids():
    places = [PlaceCount("Caracas", "VEN", 10.5, -66.9, 2, 1.0),
              PlaceCount("Venezuela", "VEN", None, None, 3, 0.0),
              PlaceCount("Somewhere", None, None, None, 1, None)]
    data = map_data(places, "/vendor/countries-110m.json")
    assert data["countries"] == [{"country": "VEN", "numeric": "862", "events": 5}]
    assert [q["name"] for q in data["points"]] == ["Caracas"]


def test_months_roll_up_to_quarters_with_their_mean():
    c = SimpleNamespace
    detail = c(actor=c(code="RUSGOV"), counterparts=[
        c(period=dt.date(2024, m, 1), counterpart="UKRGOV", direction="out", events=m,
          mean_goldstein=float(m)) for m in (1, 2, 3, 4)])
    view = actor_view(detail, "/events", "quarter")
    assert view["periods"] == ["2024-Q1", "2024-Q2"]
    (row,) = view["counterparts"]
    assert row["counts"] == [6, 4] and row["mean"] == pytest.approx(30 / 10)
