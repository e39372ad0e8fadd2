"""Events over time: canonical events per period, counted per quad class (negated events
left out), for the events a filter selects (the dashboard's overview)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from heraldo.store.events import EventFilter, where
from heraldo.store.series import FREQUENCIES

#: the longest span (in days) drawn per day, per week and per month; longer: per quarter
SPANS = (("day", 92), ("week", 731), ("month", 3653))


@dataclass(frozen=True)
class Period:
    """Events of one period (its first day) per quad class."""

    period: dt.date
    q1: int
    q2: int
    q3: int
    q4: int


_SPAN = "SELECT min(e.day), max(e.day) FROM canonical_events e WHERE NOT e.negated AND {clause}"
_SQL = """
SELECT CAST(date_trunc('{freq}', e.day) AS DATE) AS period,
       count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2),
       count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4)
FROM canonical_events e
WHERE e.day IS NOT NULL AND NOT e.negated AND {clause}
GROUP BY 1 ORDER BY 1
"""


def fitting(first: dt.date | None, last: dt.date | None) -> str:
    """The finest frequency that draws ``first``..``last`` in a few hundred periods."""
    days = (last - first).days if first and last else 0
    return next((freq for freq, longest in SPANS if days <= longest), "quarter")


def timeline(conn: duckdb.DuckDBPyConnection, f: EventFilter | None = None,
             freq: str | None = None) -> tuple[str, list[Period]]:
    """The frequency (``freq``, or the one that fits the events' span) and the periods
    that have events, in order."""
    clause, params = where(f or EventFilter())
    if freq is None:
        ((first, last),) = conn.execute(_SPAN.format(clause=clause), params).fetchall()
        freq = fitting(first, last)
    if freq not in FREQUENCIES:
        raise ValueError(f"unknown frequency {freq!r}; choose one of {', '.join(FREQUENCIES)}")
    rows = conn.execute(_SQL.format(freq=freq, clause=clause), params).fetchall()
    return freq, [Period(*row) for row in rows]
