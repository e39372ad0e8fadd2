"""The actor graph: actors as nodes, directed dyads as edges weighted by event counts
(negated events left out), for the events of a filter, the actors of a kind or a country,
and the heaviest edges first."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import duckdb

from heraldo.store.events import EventFilter, dyad_where


@dataclass(frozen=True)
class Node:
    """An actor of the network: its code, name and kind."""
    code: str
    name: str
    kind: str
    country: str
    events: int


@dataclass(frozen=True)
class Edge:
    """A relation of the network: two actors, their events and mean Goldstein."""
    source: str
    target: str
    events: int
    mentions: int
    goldstein: float
    mean_goldstein: float


@dataclass(frozen=True)
class Graph:
    """The actor network: nodes and weighted edges."""
    nodes: list[Node]
    edges: list[Edge]


_NAMES = ("SELECT code, mode(name) AS name, mode(kind) AS kind, mode(country) AS country "
          "FROM actors GROUP BY code")
_EDGES = """
WITH names AS ({names}),
edges AS (
    SELECT d.source, d.target, count(*) AS events, sum(d.num_mentions) AS mentions,
           round(sum(d.goldstein), 2) AS goldstein, round(avg(d.goldstein), 2) AS mean
    FROM canonical_dyads d
    WHERE NOT d.negated AND d.source <> '' AND d.target <> '' AND {clause}
    GROUP BY ALL)
SELECT x.source, x.target, x.events, x.mentions, x.goldstein, x.mean,
       s.name, s.kind, s.country, t.name, t.kind, t.country
FROM edges x LEFT JOIN names s ON s.code = x.source LEFT JOIN names t ON t.code = x.target
WHERE {sides}
ORDER BY x.events DESC, x.source, x.target
"""


def _sides(kind: str | None, country: str | None) -> tuple[str, dict[str, Any]]:
    """Keep the edges whose two sides are of ``kind`` and one side of ``country``."""
    clauses, params = [], {}
    if kind:
        clauses.append("s.kind = $kind AND t.kind = $kind")
        params["kind"] = kind
    if country:
        clauses.append("(s.country = $country OR t.country = $country)")
        params["country"] = country.upper()
    return " AND ".join(clauses) or "true", params


def actor_graph(conn: duckdb.DuckDBPyConnection, f: EventFilter | None = None, *,
                kind: str | None = None, country: str | None = None,
                min_events: int = 1, limit: int | None = None) -> Graph:
    """The graph of the canonical events ``f`` selects: edges of at least ``min_events``
    events (the ``limit`` heaviest), between two actors of ``kind`` and touching
    ``country`` when given, and the nodes these edges join."""
    if min_events < 1:
        raise ValueError(f"min_events {min_events}: give a number >= 1")
    clause, params = dyad_where(f or EventFilter())
    sides, more = _sides(kind, country)
    sql = _EDGES.format(names=_NAMES, clause=clause, sides=f"x.events >= $min AND {sides}")
    params.update(more, min=min_events)
    if limit:
        sql += " LIMIT $limit"
        params["limit"] = int(limit)
    edges: list[Edge] = []
    about: dict[str, tuple[str, str, str]] = {}
    weight: Counter[str] = Counter()
    for row in conn.execute(sql, params).fetchall():
        source, target, events, mentions, goldstein, mean = row[:6]
        edges.append(Edge(source, target, int(events), int(mentions), float(goldstein or 0),
                          float(mean or 0)))
        about.setdefault(source, tuple(v or "" for v in row[6:9]))  # type: ignore[arg-type]
        about.setdefault(target, tuple(v or "" for v in row[9:12]))  # type: ignore[arg-type]
        weight.update({source: int(events)} if source == target
                      else {source: int(events), target: int(events)})
    nodes = [Node(code, *about[code], weight[code]) for code in sorted(about)]
    return Graph(nodes, edges)
