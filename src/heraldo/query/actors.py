"""The actors of a store: how often each code is mentioned and in how many events."""

from __future__ import annotations

from typing import Any

import duckdb

COLUMNS = ("code", "name", "kind", "country", "mentions", "articles", "events")

_SQL = """
WITH named AS (
    SELECT m.code, mode(a.name) AS name, mode(a.kind) AS kind, mode(a.country) AS country,
           count(*) AS mentions, count(DISTINCT m.article_id) AS articles
    FROM mentions m JOIN actors a USING (actor_key) GROUP BY m.code),
coded AS (
    SELECT code, count(DISTINCT id) AS events FROM (
        SELECT id, unnest(source_codes || target_codes) AS code FROM canonical_events)
    GROUP BY code)
SELECT coalesce(n.code, c.code), n.name, n.kind, n.country, coalesce(n.mentions, 0),
       coalesce(n.articles, 0), coalesce(c.events, 0)
FROM named n FULL JOIN coded c ON c.code = n.code
ORDER BY 5 DESC, 7 DESC, 1
"""


def list_actors(conn: duckdb.DuckDBPyConnection, limit: int | None = None) -> list[dict[str, Any]]:
    """The actors of a store with their mention and event counts, most mentioned first (at most
    ``limit``)."""
    if limit is not None and limit < 0:
        raise ValueError(f"limit {limit}: give None (all) or a number >= 0")
    sql = _SQL + (f" LIMIT {int(limit)}" if limit else "")
    return [dict(zip(COLUMNS, row, strict=True)) for row in conn.execute(sql).fetchall()]
