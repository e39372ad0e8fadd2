"""The actors of a store: how often each code is mentioned and in how many events; one
actor's counterparts per period, and the named actors (people, organisations) seen under
its code with the first and last day they were."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

import duckdb

from heraldo.store.series import FREQUENCIES


@dataclass(frozen=True)
class ActorRow:
    """An actor code: its most frequent name, kind and country, its mentions, the
    articles that mention it and the canonical events it takes part in."""

    code: str
    name: str | None
    kind: str | None
    country: str | None
    mentions: int
    articles: int
    events: int


COLUMNS = tuple(f.name for f in fields(ActorRow))


@dataclass(frozen=True)
class Counterpart:
    """Events of an actor with one counterpart in one period: ``direction`` is ``out``
    (the actor is the source) or ``in`` (the target)."""

    period: dt.date
    counterpart: str
    direction: str
    events: int
    mean_goldstein: float | None


@dataclass(frozen=True)
class Role:
    """A named actor (``kb_id``) mentioned under the code, between two publication days."""

    kb_id: str
    name: str
    first: str | None
    last: str | None
    mentions: int


@dataclass(frozen=True)
class ActorDetail:
    """One actor code with its counterparts per period and its dated roles."""
    actor: ActorRow
    counterparts: list[Counterpart]
    roles: list[Role]


_SQL = """
WITH named AS (
    SELECT m.code, mode(a.name) AS name, mode(a.kind) AS kind, mode(a.country) AS country,
           count(*) AS mentions, count(DISTINCT m.article_id) AS articles
    FROM mentions m JOIN actors a USING (actor_key) {named} GROUP BY m.code),
coded AS (
    SELECT code, count(DISTINCT id) AS events FROM (
        SELECT id, unnest(source_codes || target_codes) AS code FROM canonical_events)
    {codes} GROUP BY code)
SELECT coalesce(n.code, c.code), n.name, n.kind, n.country, coalesce(n.mentions, 0),
       coalesce(n.articles, 0), coalesce(c.events, 0)
FROM named n FULL JOIN coded c ON c.code = n.code
ORDER BY 5 DESC, 7 DESC, 1
"""
_COUNTERPARTS = """
SELECT CAST(date_trunc('{freq}', day) AS DATE) AS period, counterpart, direction,
       count(*) AS events, round(avg(goldstein), 2)
FROM (SELECT day, goldstein, negated, target AS counterpart, 'out' AS direction
      FROM canonical_dyads WHERE source = $code AND target <> ''
      UNION ALL
      SELECT day, goldstein, negated, source, 'in' FROM canonical_dyads
      WHERE target = $code AND source <> '')
WHERE day IS NOT NULL AND NOT negated
GROUP BY ALL ORDER BY period, events DESC, counterpart, direction
"""
_ROLES = """
SELECT a.kb_id, mode(a.name), min(try_cast(r.published AS DATE)),
       max(try_cast(r.published AS DATE)), count(*)
FROM mentions m JOIN actors a USING (actor_key) JOIN articles r ON r.id = m.article_id
WHERE m.code = $code AND coalesce(a.kb_id, '') <> ''
GROUP BY a.kb_id ORDER BY 3 NULLS LAST, 1
"""


def list_actors(conn: duckdb.DuckDBPyConnection, limit: int | None = None) -> list[ActorRow]:
    """The actors, the most mentioned first (at most ``limit``: None for all)."""
    if limit is not None and limit < 0:
        raise ValueError(f"limit {limit}: give None (all) or a number >= 0")
    sql = _SQL.format(named="", codes="")
    params: dict[str, int] = {}
    if limit:
        sql += " LIMIT $limit"
        params["limit"] = int(limit)
    return [ActorRow(*row) for row in conn.execute(sql, params).fetchall()]


def actor_detail(conn: duckdb.DuckDBPyConnection, code: str,
                 freq: str = "month") -> ActorDetail | None:
    """The actor ``code`` (exactly that code) with its counterparts per ``freq`` period
    and its named actors; None when the store has no such code."""
    if freq not in FREQUENCIES:
        raise ValueError(f"unknown frequency {freq!r}; choose one of {', '.join(FREQUENCIES)}")
    sql = _SQL.format(named="WHERE m.code = $code", codes="WHERE code = $code")
    found = conn.execute(sql, {"code": code}).fetchall()
    if not found:
        return None
    counterparts = [Counterpart(*row) for row in conn.execute(
        _COUNTERPARTS.format(freq=freq), {"code": code}).fetchall()]
    roles = [Role(kb_id, name or "", _day(first), _day(last), n) for kb_id, name, first, last, n
             in conn.execute(_ROLES, {"code": code}).fetchall()]
    return ActorDetail(ActorRow(*found[0]), counterparts, roles)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
