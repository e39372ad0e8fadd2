"""Canonical events filtered by actor, dyad, type, dates and confidence, the latest first,
a page at a time (``Cursor``: where the last page ended)."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass, fields, replace
from typing import Any

import duckdb

from heraldo.store.provenance import in_list, provenance_in

#: the columns of a canonical event in the store
STORED = ("id", "day", "date_value", "source_codes", "cameo", "target_codes", "plover",
          "plover_mode", "goldstein", "quad_class", "modality", "negated", "trigger",
          "place_name", "place_country", "confidence", "num_mentions", "num_articles",
          "num_sources")
#: the representative event of each canonical event: its article and where it is in the
#: text (``008_listing_order.sql``), for the provenance of a listing
_REPRESENTATIVE = ("article_id", "event_start", "event_end")
#: the order of a listing: the latest first (undated last), then the most reported, then id
_ORDER = "e.day DESC NULLS LAST, e.num_mentions DESC, e.id"

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


@dataclass(frozen=True)
class EventRow:
    """A canonical event (its stored columns, ``STORED``) and the provenance of its first
    mention: the article, URL, source and sentence."""

    id: str
    day: dt.date | None
    date_value: str | None
    source_codes: list[str]
    cameo: str
    target_codes: list[str]
    plover: str | None
    plover_mode: str | None
    goldstein: float | None
    quad_class: int | None
    modality: str | None
    negated: bool | None
    trigger: str | None
    place_name: str | None
    place_country: str | None
    confidence: float | None
    num_mentions: int
    num_articles: int
    num_sources: int
    article_id: str | None = None
    url: str | None = None
    source: str | None = None
    sentence: str | None = None


#: every column of an ``EventRow``, in order (listings, CSV)
COLUMNS = tuple(f.name for f in fields(EventRow))


@dataclass(frozen=True)
class Cursor:
    """The position after an event of a listing: its day (None: undated), mention count
    and id. Its text form (``token``) is opaque to clients."""

    day: dt.date | None
    num_mentions: int
    id: str

    @classmethod
    def after(cls, row: EventRow) -> Cursor:
        """The cursor that continues after ``row``."""
        return cls(row.day, row.num_mentions, row.id)

    @property
    def token(self) -> str:
        """The cursor as an opaque URL-safe token."""
        day = self.day.isoformat() if self.day else None
        raw = json.dumps([day, self.num_mentions, self.id])
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def parse(cls, token: str) -> Cursor:
        """The cursor of ``token``; ValueError for anything that is not one."""
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            day, mentions, event_id = json.loads(raw)
            if not isinstance(mentions, int) or not isinstance(event_id, str):
                raise TypeError
            return cls(None if day is None else dt.date.fromisoformat(day), mentions, event_id)
        except (ValueError, TypeError, binascii.Error):
            raise ValueError(f"{token!r} is not a cursor of this listing") from None


def _own(f: EventFilter, alias: str) -> tuple[list[str], dict[str, Any]]:
    """The clauses of ``f`` on an event's own columns (type, days, confidence), over
    ``alias``: a canonical event, or one of its dyads, which carry the same columns."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
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
    return clauses, params


def where(f: EventFilter, alias: str = "e", key: str = "id") -> tuple[str, dict[str, Any]]:
    """The WHERE clause (without the keyword; ``true`` for no filter) and its parameters,
    over the table ``alias`` whose canonical event id is ``key``."""
    clauses, params = _own(f, alias)
    # the dyads of the events that pass the event's own filters (the subqueries skip the
    # row groups of other days: dyads are stored by day, ``008_listing_order.sql``)
    own = "".join(f" AND {c}" for c in _own(f, "x")[0])
    if f.actor:
        # every code of an event's sides stands in one of its dyads (``dyads.dyad_pairs``)
        clauses.append(f"{alias}.{key} IN (SELECT canonical_id FROM canonical_dyads x "
                       "WHERE (starts_with(x.source, $actor) OR starts_with(x.target, $actor))"
                       f"{own})")
        params["actor"] = f.actor.upper()
    if f.dyad:
        clauses.append(f"{alias}.{key} IN (SELECT canonical_id FROM canonical_dyads x "
                       "WHERE starts_with(x.source, $dyad_a) AND starts_with(x.target, $dyad_b)"
                       f"{own})")
        params["dyad_a"], params["dyad_b"] = f.dyad[0].upper(), f.dyad[1].upper()
    return (" AND ".join(clauses) or "true"), params


def dyad_where(f: EventFilter, alias: str = "d") -> tuple[str, dict[str, Any]]:
    """The clause of ``f`` over ``canonical_dyads``, which carries its event's day, codes,
    confidence: the dyad's own sides match ``dyad``; ``actor`` keeps the dyads of the
    events it takes part in (on either side of the event, as in ``where``)."""
    clause, params = where(replace(f, dyad=None), alias, "canonical_id")
    if f.dyad:
        clause += (f" AND starts_with({alias}.source, $dyad_a) "
                   f"AND starts_with({alias}.target, $dyad_b)")
        params["dyad_a"], params["dyad_b"] = f.dyad[0].upper(), f.dyad[1].upper()
    return clause, params


def _after(cursor: Cursor, alias: str = "e", key: str = "id") -> tuple[str, dict[str, Any]]:
    """The clause that keeps the events listed after ``cursor`` (in ``_ORDER``), over the
    table ``alias`` whose canonical event id is ``key``."""
    params: dict[str, Any] = {"c_n": cursor.num_mentions, "c_id": cursor.id}
    day, n = f"{alias}.day", f"{alias}.num_mentions"
    same = f"({n} < $c_n OR ({n} = $c_n AND {alias}.{key} > $c_id))"
    if cursor.day is None:
        return f"({day} IS NULL AND {same})", params
    params["c_day"] = cursor.day
    return f"({day} < $c_day OR {day} IS NULL OR ({day} = $c_day AND {same}))", params


def _page_of_dyads(conn: duckdb.DuckDBPyConnection, f: EventFilter,
                   after: Cursor | None, limit: int) -> dict[str, dt.date | None]:
    """The ids (and days) of the page of events of an actor or a dyad, found among their
    dyads (stored in listing order with their event's columns: the Top-N skips the row
    groups of older days). An event's dyads are neighbours in that order, so the first
    rows hold the first events; if they hold too few, more rows are read."""
    if f.dyad:
        clause, params = dyad_where(f)  # an actor besides the dyad: any dyad of the event
    else:
        clauses, params = _own(f, "d")
        clause = " AND ".join(["(starts_with(d.source, $actor) OR starts_with(d.target, "
                               "$actor))", *clauses])
        params["actor"] = (f.actor or "").upper()
    if after is not None:
        more, extra = _after(after, "d", "canonical_id")
        clause, params = f"{clause} AND {more}", {**params, **extra}
    sql = (f"SELECT d.canonical_id, d.day FROM canonical_dyads d WHERE {clause} "
           "ORDER BY d.day DESC NULLS LAST, d.num_mentions DESC, d.canonical_id LIMIT $rows")
    rows = 2 * limit
    while True:
        found = conn.execute(sql, {**params, "rows": rows}).fetchall()
        days = dict(found)
        if len(days) >= limit or len(found) < rows:
            return dict(list(days.items())[:limit])
        rows *= 4


def _within(days: list[dt.date | None]) -> tuple[str, dict[str, Any]]:
    """A clause that holds for the days ``days``: it lets a scan of the canonical events
    (stored by day) skip the row groups of other days."""
    dated = [day for day in days if day is not None]
    if not dated:
        return "e.day IS NULL", {}
    bounds = {"first": min(dated), "last": max(dated)}
    if len(dated) == len(days):
        return "e.day BETWEEN $first AND $last", bounds
    return "(e.day BETWEEN $first AND $last OR e.day IS NULL)", bounds


def _page_sql(conn: duckdb.DuckDBPyConnection, f: EventFilter, after: Cursor | None,
              columns: str, limit: int) -> tuple[str, dict[str, Any]]:
    """The query of a page of ``limit`` events: of an actor or a dyad, by the ids found
    among the dyads; else the page's rows first (by rowid), then their columns (the sort
    moves no lists)."""
    if f.actor or f.dyad:
        days = _page_of_dyads(conn, f, after, limit)
        listed, params = in_list(list(days))
        within, bounds = _within(list(days.values()))
        return (f"SELECT {columns} FROM canonical_events e WHERE e.id IN ({listed}) "
                f"AND {within} ORDER BY {_ORDER}"), {**params, **bounds}
    clause, params = where(f)
    if after is not None:
        more, extra = _after(after)
        clause, params = f"{clause} AND {more}", {**params, **extra}
    return (f"WITH page AS (SELECT e.rowid AS r FROM canonical_events e WHERE {clause} "
            f"ORDER BY {_ORDER} LIMIT $limit) SELECT {columns} FROM canonical_events e "
            f"WHERE e.rowid IN (SELECT r FROM page) ORDER BY {_ORDER}",
            {**params, "limit": limit})


def find_events(conn: duckdb.DuckDBPyConnection, f: EventFilter, *,
                after: Cursor | None = None, chunk: int = 1000) -> list[EventRow]:
    """Canonical events matching ``f``, the latest first (those after ``after``)."""
    columns = ", ".join("e." + c for c in (*STORED, *_REPRESENTATIVE))
    if f.limit:
        sql, params = _page_sql(conn, f, after, columns, int(f.limit))
    else:
        clause, params = where(f)
        if after is not None:
            more, extra = _after(after)
            clause, params = f"{clause} AND {more}", {**params, **extra}
        sql = f"SELECT {columns} FROM canonical_events e WHERE {clause} ORDER BY {_ORDER}"
    found = conn.execute(sql, params).fetchall()
    rows = [dict(zip(STORED, row, strict=False)) for row in found]
    out: list[EventRow] = []
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        # each row ends with its representative's article and offsets (``_REPRESENTATIVE``)
        where_from = provenance_in(conn, [(row[0], *row[len(STORED):])
                                          for row in found[start:start + chunk]])
        out += [EventRow(**r, **where_from.get(r["id"], {})) for r in part]
    return out
