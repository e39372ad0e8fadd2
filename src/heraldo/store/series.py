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
from dataclasses import dataclass, fields, replace

import duckdb

from heraldo.ontology.actor_code import ActorCode
from heraldo.ontology.countries import country
from heraldo.store.events import EventFilter, where

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

#: the dyads of canonical events, at each level: as stored, or rolled up to countries
#: (an event counts once per rolled-up dyad)
DYADS = {
    "actor": """
    SELECT DISTINCT canonical_id, source, target FROM canonical_dyads
    WHERE source <> '' AND target <> ''""",
    "country": """
    WITH _units AS (
        SELECT unnest($codes::VARCHAR[]) AS code, unnest($units::VARCHAR[]) AS unit)
    SELECT DISTINCT d.canonical_id, coalesce(s.unit, d.source) AS source,
           coalesce(t.unit, d.target) AS target
    FROM canonical_dyads d LEFT JOIN _units s ON s.code = d.source
    LEFT JOIN _units t ON t.code = d.target
    WHERE d.source <> '' AND d.target <> ''
      AND coalesce(s.unit, '') <> '---' AND coalesce(t.unit, '') <> '---'""",
}
_SQL = """
WITH dyads AS ({dyads}),
articles_per AS (
    SELECT CAST(date_trunc('{freq}', try_cast(published AS DATE)) AS DATE) AS period,
           count(*) AS n
    FROM articles WHERE try_cast(published AS DATE) IS NOT NULL GROUP BY ALL),
series AS (
    SELECT CAST(date_trunc('{freq}', e.day) AS DATE) AS period, d.source, d.target,
           count(*) AS events, sum(e.num_mentions) AS mentions,
           round(sum(e.goldstein), 1) AS goldstein,
           round(avg(e.goldstein), 2) AS mean_goldstein,
           count(*) FILTER (WHERE e.quad_class = 1) AS q1,
           count(*) FILTER (WHERE e.quad_class = 2) AS q2,
           count(*) FILTER (WHERE e.quad_class = 3) AS q3,
           count(*) FILTER (WHERE e.quad_class = 4) AS q4
    FROM dyads d JOIN canonical_events e ON e.id = d.canonical_id
    WHERE e.day IS NOT NULL AND NOT e.negated AND {clause}
    GROUP BY ALL)
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
    f = f or EventFilter()
    # the dyad's sides are matched on the dyads of this level, not on the events' codes
    clause, params = where(replace(f, dyad=None))
    if f.dyad:
        clause += " AND starts_with(d.source, $dyad_a) AND starts_with(d.target, $dyad_b)"
        params["dyad_a"], params["dyad_b"] = f.dyad[0].upper(), f.dyad[1].upper()
    if no_self:
        clause += " AND d.source <> d.target"
    if level == "country":
        params.update(_units(conn))
    rows = conn.execute(_SQL.format(dyads=DYADS[level], freq=freq, clause=clause),
                        params).fetchall()
    return [DyadRow(*row) for row in rows]
