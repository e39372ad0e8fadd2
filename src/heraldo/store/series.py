"""Dyad time series: per period and (source, target), event counts, mentions, the
Goldstein sum and mean, events per 1,000 articles of the period and counts per quad class
(negated events left out).

``level="country"`` rolls each code up to its country (``RUSGOV`` -> ``RUS``), or keeps
the whole code of an organisation (``IGOWSTNAT``), and leaves out sides whose country is
unknown (``---GOV``); an event counts once per rolled-up dyad. ``no_self`` drops dyads
whose two sides are the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

import duckdb

from heraldo.ontology.actor_code import ActorCode
from heraldo.ontology.countries import country
from heraldo.store.events import EventFilter, dyad_where

FREQUENCIES = ("day", "week", "month", "quarter", "year")
LEVELS = ("actor", "country")


@dataclass(frozen=True)
class DyadRow:
    """One dyad in one period: events, mentions, the Goldstein sum and mean, events per
    1,000 articles of the period, and events per quad class."""

    period: dt.date
    source: str
    target: str
    events: int
    mentions: int
    goldstein: float | None
    mean_goldstein: float | None
    per_1000_articles: float | None
    q1: int
    q2: int
    q3: int
    q4: int


COLUMNS = tuple(f.name for f in fields(DyadRow))

#: each dyad's sides at each level: as stored, or rolled up to countries
SIDES = {
    "actor": ("c.source", "c.target", ""),
    "country": ("coalesce(s.unit, c.source)", "coalesce(t.unit, c.target)", """
    LEFT JOIN _units s ON s.code = c.source LEFT JOIN _units t ON t.code = c.target
    WHERE coalesce(s.unit, '') <> '---' AND coalesce(t.unit, '') <> '---'"""),
}
#: the dyads (with their event's columns, ``006_dyad_columns.sql``) that ``clause``
#: keeps, each event once per dyad of its level, counted per period
_SQL = """
WITH _units AS (
    SELECT unnest($codes::VARCHAR[]) AS code, unnest($units::VARCHAR[]) AS unit),
dyads AS (
    SELECT DISTINCT ON (d.canonical_id, d.source, d.target) d.* FROM (
        SELECT c.* EXCLUDE (source, target), {source} AS source, {target} AS target
        FROM canonical_dyads c {joins}) d
    WHERE d.source <> '' AND d.target <> '' AND d.day IS NOT NULL AND NOT d.negated
      AND {clause}),
articles_per AS (
    SELECT CAST(date_trunc('{freq}', try_cast(published AS DATE)) AS DATE) AS period,
           count(*) AS n
    FROM articles WHERE try_cast(published AS DATE) IS NOT NULL GROUP BY ALL),
series AS (
    SELECT CAST(date_trunc('{freq}', d.day) AS DATE) AS period, d.source, d.target,
           count(*) AS events, sum(d.num_mentions) AS mentions,
           round(sum(d.goldstein), 1) AS goldstein,
           round(avg(d.goldstein), 2) AS mean_goldstein,
           count(*) FILTER (WHERE d.quad_class = 1) AS q1,
           count(*) FILTER (WHERE d.quad_class = 2) AS q2,
           count(*) FILTER (WHERE d.quad_class = 3) AS q3,
           count(*) FILTER (WHERE d.quad_class = 4) AS q4
    FROM dyads d GROUP BY ALL)
SELECT s.period, s.source, s.target, s.events, s.mentions, s.goldstein, s.mean_goldstein,
       CASE WHEN a.n > 0 THEN round(1000.0 * s.events / a.n, 1) END AS per_1000_articles,
       s.q1, s.q2, s.q3, s.q4
FROM series s LEFT JOIN articles_per a ON a.period = s.period
ORDER BY s.period, s.events DESC, s.source, s.target
"""


def rolled_up(code: str) -> str:
    """A code at the country level: its country (``---`` when unknown), or the whole code
    of an organisation or of anything not headed by a country (``IGOWSTNAT``, ``MNCUSA``)."""
    parsed = ActorCode.parse(code)
    return parsed.head if parsed.unplaced or country(parsed.head) else code


def _units(conn: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The parameters ``codes`` and ``units``: each code and its rolled-up unit."""
    codes = [r[0] for r in conn.execute(
        "SELECT DISTINCT source FROM canonical_dyads UNION "
        "SELECT DISTINCT target FROM canonical_dyads").fetchall() if r[0]]
    return {"codes": codes, "units": [rolled_up(c) for c in codes]}


def dyad_series(conn: duckdb.DuckDBPyConnection, freq: str = "month",
                f: EventFilter | None = None, *, level: str = "actor",
                no_self: bool = False) -> list[DyadRow]:
    """The series of the dyads ``f`` selects (its dyad sides match the rolled-up codes)."""
    if freq not in FREQUENCIES:
        raise ValueError(f"unknown frequency {freq!r}; choose one of {', '.join(FREQUENCIES)}")
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    # the dyad's sides are matched on the dyads of this level, not on the events' codes
    clause, params = dyad_where(f or EventFilter())
    if no_self:
        clause += " AND d.source <> d.target"
    params.update(_units(conn) if level == "country" else {"codes": [], "units": []})
    source, target, joins = SIDES[level]
    sql = _SQL.format(source=source, target=target, joins=joins, freq=freq, clause=clause)
    rows = conn.execute(sql, params).fetchall()
    return [DyadRow(*row) for row in rows]
