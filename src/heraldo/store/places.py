"""Where events happen: the canonical events of a filter counted by the place of their
representative event (name, country and, when known, coordinates), the most first."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from heraldo.store.events import EventFilter, where


@dataclass(frozen=True)
class PlaceCount:
    """A place with its country, coordinates and number of events."""
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    events: int
    mean_goldstein: float | None


_SQL = """
SELECT r.place.name, nullif(r.place.country, ''), r.place.lat, r.place.lon, count(*),
       round(avg(e.goldstein), 2)
FROM canonical_events e JOIN events r ON r.id = e.id
WHERE r.place IS NOT NULL AND coalesce(r.place.name, '') <> '' AND {clause}
GROUP BY ALL ORDER BY 5 DESC, 1
"""


def places(conn: duckdb.DuckDBPyConnection, f: EventFilter | None = None,
           limit: int | None = None) -> list[PlaceCount]:
    """Events per place (at most ``limit`` places: None for all)."""
    clause, params = where(f or EventFilter())
    sql = _SQL.format(clause=clause)
    if limit:
        sql += " LIMIT $limit"
        params["limit"] = int(limit)
    return [PlaceCount(*row) for row in conn.execute(sql, params).fetchall()]
