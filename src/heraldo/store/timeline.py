"""Canonical events per period, by quad class (the overview's chart), for the events of a
filter; negated events are counted apart."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from heraldo.store.events import EventFilter, where
from heraldo.store.series import FREQUENCIES


@dataclass(frozen=True)
class Period:
    """A period's events, in all and by quad class."""
    period: dt.date
    events: int
    q1: int
    q2: int
    q3: int
    q4: int
    negated: int


_SQL = """
SELECT CAST(date_trunc('{freq}', e.day) AS DATE) AS period, count(*) FILTER (NOT e.negated),
       count(*) FILTER (NOT e.negated AND e.quad_class = 1),
       count(*) FILTER (NOT e.negated AND e.quad_class = 2),
       count(*) FILTER (NOT e.negated AND e.quad_class = 3),
       count(*) FILTER (NOT e.negated AND e.quad_class = 4),
       count(*) FILTER (e.negated)
FROM canonical_events e WHERE e.day IS NOT NULL AND {clause}
GROUP BY ALL ORDER BY period
"""


def timeline(conn: duckdb.DuckDBPyConnection, freq: str = "month",
             f: EventFilter | None = None) -> list[Period]:
    """Events per ``freq`` period (dated events only), by quad class."""
    if freq not in FREQUENCIES:
        raise ValueError(f"unknown frequency {freq!r}; choose one of {', '.join(FREQUENCIES)}")
    clause, params = where(f or EventFilter())
    rows = conn.execute(_SQL.format(freq=freq, clause=clause), params).fetchall()
    return [Period(*row) for row in rows]
