"""Where events happen: the canonical events a filter selects, by the place of their
representative event (with its coordinates) and by the country of that place."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from heraldo.store.events import EventFilter, where


@dataclass(frozen=True)
class PlacePoint:
    """Events at one place with coordinates, and their mean Goldstein score."""

    name: str
    country: str
    lat: float
    lon: float
    events: int
    mean_goldstein: float


@dataclass(frozen=True)
class CountryCount:
    """Events whose place lies in ``country`` (ISO 3166 alpha-3)."""

    country: str
    events: int


@dataclass(frozen=True)
class Places:
    points: list[PlacePoint]
    countries: list[CountryCount]


_POINTS = """
SELECT r.place.name, coalesce(r.place.country, ''), r.place.lat, r.place.lon, count(*),
       round(avg(e.goldstein), 2)
FROM canonical_events e JOIN events r ON r.id = e.id
WHERE NOT e.negated AND r.place.lat IS NOT NULL AND r.place.lon IS NOT NULL AND {clause}
GROUP BY ALL ORDER BY 5 DESC, 1
"""
_COUNTRIES = """
SELECT e.place_country, count(*) FROM canonical_events e
WHERE NOT e.negated AND coalesce(e.place_country, '') <> '' AND {clause}
GROUP BY 1 ORDER BY 2 DESC, 1
"""


def event_places(conn: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> Places:
    """The places and countries of the events ``f`` selects, the most eventful first."""
    clause, params = where(f or EventFilter())
    points = [PlacePoint(name or "", country, float(lat), float(lon), int(n), float(mean or 0))
              for name, country, lat, lon, n, mean
              in conn.execute(_POINTS.format(clause=clause), params).fetchall()]
    countries = [CountryCount(c, int(n)) for c, n in
                 conn.execute(_COUNTRIES.format(clause=clause), params).fetchall()]
    return Places(points, countries)
