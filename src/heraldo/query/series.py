"""Dyad time series: per period and (source, target), event counts, mentions, Goldstein
sums and counts per quad class (negated events left out)."""

from __future__ import annotations

from typing import Any

import duckdb

from heraldo.query.events import EventFilter, where

FREQUENCIES = ("day", "week", "month", "quarter", "year")
COLUMNS = ("period", "source", "target", "events", "mentions", "goldstein",
           "q1", "q2", "q3", "q4")


def dyad_series(conn: duckdb.DuckDBPyConnection, freq: str = "month",
                f: EventFilter | None = None) -> list[dict[str, Any]]:
    if freq not in FREQUENCIES:
        raise ValueError(f"unknown frequency {freq!r}; choose one of {', '.join(FREQUENCIES)}")
    clause, params = where(f or EventFilter())
    if f and f.dyad:
        clause += " AND starts_with(d.source, $dyad_a) AND starts_with(d.target, $dyad_b)"
    sql = f"""
        SELECT CAST(date_trunc('{freq}', e.day) AS DATE) AS period, d.source, d.target,
               count(*) AS events, sum(e.num_mentions) AS mentions,
               round(sum(e.goldstein), 1) AS goldstein,
               count(*) FILTER (WHERE e.quad_class = 1) AS q1,
               count(*) FILTER (WHERE e.quad_class = 2) AS q2,
               count(*) FILTER (WHERE e.quad_class = 3) AS q3,
               count(*) FILTER (WHERE e.quad_class = 4) AS q4
        FROM canonical_dyads d JOIN canonical_events e ON e.id = d.canonical_id
        WHERE e.day IS NOT NULL AND NOT e.negated AND d.source <> '' AND d.target <> ''
          AND {clause}
        GROUP BY ALL ORDER BY period, events DESC, d.source, d.target"""
    rows = conn.execute(sql, params).fetchall()
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]
