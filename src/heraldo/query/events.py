"""Canonical events filtered by actor, dyad, type, dates and confidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import duckdb

from heraldo.query.provenance import PROVENANCE, provenance

#: the columns of a canonical event in the store
STORED = ("id", "day", "date_value", "source_codes", "cameo", "target_codes", "plover",
          "plover_mode", "goldstein", "quad_class", "modality", "negated", "trigger",
          "place_name", "place_country", "confidence", "num_mentions", "num_articles",
          "num_sources")
#: what ``find_events`` gives of each: the stored columns and the first mention's
#: provenance (article id, url, source, sentence)
COLUMNS = (*STORED, *PROVENANCE)


@dataclass(frozen=True)
class EventFilter:
    """``actor`` and the dyad's sides match a code or its prefix (``RUS`` matches
    ``RUSGOV``); ``type`` is a PLOVER type (``CONSULT``) or a CAMEO prefix (``04``)."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    min_confidence: float | None = None
    limit: int | None = 100

    def __post_init__(self) -> None:
        """Refuse a negative limit (ValueError)."""
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit {self.limit}: give None (all) or a number >= 0")


def where(f: EventFilter, alias: str = "e") -> tuple[str, dict[str, Any]]:
    """The WHERE clause (without the keyword; ``true`` for no filter) and its parameters."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if f.actor:
        clauses.append(f"len(list_filter({alias}.source_codes || {alias}.target_codes, "
                       "lambda c: starts_with(c, $actor))) > 0")
        params["actor"] = f.actor.upper()
    if f.dyad:
        clauses.append(f"{alias}.id IN (SELECT canonical_id FROM canonical_dyads "
                       "WHERE starts_with(source, $dyad_a) AND starts_with(target, $dyad_b))")
        params["dyad_a"], params["dyad_b"] = f.dyad[0].upper(), f.dyad[1].upper()
    if f.type:
        if f.type.isdigit():
            clauses.append(f"starts_with({alias}.cameo, $type)")
        else:
            clauses.append(f"{alias}.plover = $type")
        params["type"] = f.type.upper()
    if f.since:
        clauses.append(f"{alias}.day >= $since")
        params["since"] = f.since
    if f.until:
        clauses.append(f"{alias}.day <= $until")
        params["until"] = f.until
    if f.min_confidence is not None:
        clauses.append(f"{alias}.confidence >= $min_confidence")
        params["min_confidence"] = f.min_confidence
    return (" AND ".join(clauses) or "true"), params


def find_events(conn: duckdb.DuckDBPyConnection, f: EventFilter,
                chunk: int = 5000) -> list[dict[str, Any]]:
    """Canonical events matching ``f``, the latest first, as dicts of ``COLUMNS``."""
    clause, params = where(f)
    sql = (f"SELECT {', '.join('e.' + c for c in STORED)} FROM canonical_events e "
           f"WHERE {clause} ORDER BY e.day DESC NULLS LAST, e.num_mentions DESC, e.id")
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    rows = [dict(zip(STORED, row, strict=True)) for row in conn.execute(sql, params).fetchall()]
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        found = provenance(conn, [r["id"] for r in part])
        empty = dict.fromkeys(PROVENANCE)
        for row in part:
            row.update(found.get(row["id"], empty))
    return rows
