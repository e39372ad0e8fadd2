"""SQL for the derived tables (signatures and band keys, clusters, canonical events and
their dyads), which ``heraldo.dedup.refresh`` brings up to date. Their schema is the
store's (``store/migrations/002_dedup.sql``, ``004_…``, ``006_…``, ``007_…``, ``008_…``); the store
itself never reads them back."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import duckdb
import pyarrow as pa

from heraldo.dedup.events import EventRecord

_EVENT_RECORDS = """
SELECT e.id, e.article_id, coalesce(c.cluster_id, e.article_id), e.source_codes,
       e.target_codes, e.cameo, e.negated,
       CASE WHEN e.date.precision = 'day' THEN try_cast(e.date.value AS DATE)
            WHEN e.date.value IS NULL THEN try_cast(a.published AS DATE) END,
       e.place.name, e.place.country, len(e.evidence),
       coalesce(a.source, nullif(regexp_extract(a.url, '^[a-z]+://([^/]+)', 1), ''),
                'cluster:' || coalesce(c.cluster_id, e.article_id)),
       e.confidence
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN article_clusters c ON c.article_id = e.article_id
WHERE e.{column} IN (SELECT id FROM _ids)
"""

_CANONICAL = """
INSERT INTO canonical_events BY NAME
SELECT e.id, c.day, e.date.value AS date_value, e.source_codes, e.target_codes, e.cameo,
       e.plover, e.plover_mode, e.goldstein, e.quad_class, e.negated, e.modality, e.trigger,
       e.place.name AS place_name, e.place.country AS place_country, c.confidence,
       c.num_mentions, c.num_articles, c.num_sources, e.article_id,
       e."start" AS event_start, e."end" AS event_end
FROM _t__canon c JOIN events e ON e.id = c.id
ORDER BY c.day DESC NULLS LAST, c.num_mentions DESC, e.id
"""
#: the dyads, with the columns of their (just written) canonical event that the dyad
#: series and the actor graph aggregate; both tables in listing order, the latest day
#: first (``008_listing_order.sql``)
_DYADS = """
INSERT INTO canonical_dyads BY NAME
SELECT d.canonical_id, d.source, d.target, c.day, c.cameo, c.plover, c.goldstein,
       c.quad_class, c.negated, c.confidence, c.num_mentions
FROM _t_canonical_dyads d JOIN (
    SELECT DISTINCT ON (id) * FROM canonical_events WHERE id IN (SELECT id FROM _t__canon)
) c ON c.id = d.canonical_id
ORDER BY c.day DESC NULLS LAST, c.num_mentions DESC, d.canonical_id
"""

_AFFECTED = """
WITH stored AS (
    SELECT m.event_id, m.merge_key, m.day, m.date_group, m.canonical_id,
           coalesce(c.cluster_id, m.article_id) AS cluster_id
    FROM event_clusters m LEFT JOIN article_clusters c ON c.article_id = m.article_id
    WHERE m.merge_key IN (SELECT merge_key FROM _touched)),
dated AS (
    SELECT merge_key, day, event_id, false AS new FROM stored
    WHERE day IS NOT NULL AND event_id NOT IN (SELECT event_id FROM _touched)
    UNION ALL SELECT merge_key, day, event_id, true FROM _touched WHERE day IS NOT NULL),
gaps AS (
    SELECT *, CASE WHEN day - lag(day) OVER w > $window THEN 1 ELSE 0 END AS gap
    FROM dated WINDOW w AS (PARTITION BY merge_key ORDER BY day, new, event_id)),
runs AS (
    SELECT *, sum(gap) OVER (PARTITION BY merge_key ORDER BY day, new, event_id
                             ROWS UNBOUNDED PRECEDING) AS run FROM gaps),
again AS (
    SELECT r.event_id FROM runs r WHERE NOT r.new AND EXISTS (
        SELECT 1 FROM runs n WHERE n.new AND n.merge_key = r.merge_key AND n.run = r.run)),
changed AS (
    SELECT s.canonical_id FROM stored s
    WHERE s.event_id IN (SELECT event_id FROM again)
       OR s.event_id IN (SELECT event_id FROM _touched)
       OR EXISTS (SELECT 1 FROM _touched t
                  WHERE t.merge_key = s.merge_key AND t.cluster_id = s.cluster_id))
SELECT event_id, date_group, canonical_id, event_id IN (SELECT event_id FROM again)
FROM stored WHERE canonical_id IN (SELECT canonical_id FROM changed)
"""

DERIVED = ("article_signatures", "article_bands", "article_clusters", "event_clusters",
           "canonical_events", "canonical_dyads")


class Merged(NamedTuple):
    """A stored merged event (``event_clusters``) that a refresh merges again."""

    event_id: str
    date_group: str | None
    canonical_id: str
    #: whether it falls in a run of days with a new event: its date group is formed again
    again: bool


class _Registered:
    """Arrow tables registered as views for the block, unregistered after it."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table]) -> None:
        self.conn, self.tables = conn, tables

    def __enter__(self) -> None:
        for name, table in self.tables.items():
            self.conn.register(name, table)

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        """Unregister the tables; when the block raised (an interrupted ingest, mid-fetch),
        a failure to unregister does not hide why."""
        for name in self.tables:
            try:
                self.conn.unregister(name)
            except duckdb.Error:
                if kind is None:
                    raise


def _ids(ids: Iterable[str]) -> dict[str, pa.Table]:
    return {"_ids": pa.table({"id": pa.array(sorted(set(ids)), pa.string())})}


def stale(conn: duckdb.DuckDBPyConnection) -> bool:
    """Whether derived rows exist for articles without a signature (a store upgraded by a
    migration that dropped the signatures): then everything is rebuilt."""
    ((found,),) = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM article_clusters WHERE article_id NOT IN "
        "(SELECT article_id FROM article_signatures))").fetchall()
    return bool(found)


def clear(conn: duckdb.DuckDBPyConnection) -> None:
    """Delete every derived row (a rebuild starts from here)."""
    for name in DERIVED:
        conn.execute(f"DELETE FROM {name}")


def unsigned_articles(conn: duckdb.DuckDBPyConnection,
                      chunk: int = 1000) -> Iterator[list[tuple[str, str]]]:
    """(id, text) of the articles without a MinHash signature, in chunks (the ids are
    listed first: the caller adds signatures between chunks)."""
    ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE id NOT IN "
                                      "(SELECT article_id FROM article_signatures) "
                                      "ORDER BY id").fetchall()]
    for start in range(0, len(ids), chunk):
        with _Registered(conn, _ids(ids[start:start + chunk])):
            rows = conn.execute("SELECT id, text FROM articles WHERE id IN "
                                "(SELECT id FROM _ids) ORDER BY id").fetchall()
        yield rows


def add_signatures(conn: duckdb.DuckDBPyConnection, ids: list[str],
                   signatures: list[list[int]], bands: list[list[int]]) -> None:
    """Store the signatures of new articles and their LSH band keys."""
    width = len(bands[0]) if bands else 0
    tables = {
        "_signatures": pa.table({"article_id": pa.array(ids, pa.string()),
                                 "minhash": pa.array(signatures, pa.list_(pa.uint64()))}),
        "_bands": pa.table({
            "band": pa.array([b for _ in ids for b in range(width)], pa.int32()),
            "key": pa.array([k for keys in bands for k in keys], pa.uint64()),
            "article_id": pa.array([i for i in ids for _ in range(width)], pa.string())}),
    }
    with _Registered(conn, tables):
        conn.execute("INSERT INTO article_signatures BY NAME SELECT * FROM _signatures")
        conn.execute("INSERT INTO article_bands BY NAME SELECT * FROM _bands")


def candidate_pairs(conn: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[tuple[str, str]]:
    """The pairs (an article of ``ids``, another stored article) that share a band key."""
    with _Registered(conn, _ids(ids)):
        return [(a, b) for a, b in conn.execute(
            "SELECT DISTINCT n.article_id, o.article_id FROM article_bands n "
            "JOIN article_bands o ON o.band = n.band AND o.key = n.key "
            "AND o.article_id <> n.article_id "
            "WHERE n.article_id IN (SELECT id FROM _ids)").fetchall()]


def signatures_of(conn: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> dict[str, list[int]]:
    """The MinHash signatures of the articles ``ids``, by article id."""
    with _Registered(conn, _ids(ids)):
        rows = conn.execute("SELECT article_id, minhash FROM article_signatures "
                            "WHERE article_id IN (SELECT id FROM _ids)").fetchall()
    return {article_id: values for article_id, values in rows}


def cluster_members(conn: duckdb.DuckDBPyConnection,
                    ids: Iterable[str]) -> list[tuple[str, str]]:
    """(article id, cluster id) of every article in the clusters of ``ids``."""
    with _Registered(conn, _ids(ids)):
        return [(a, c) for a, c in conn.execute(
            "SELECT article_id, cluster_id FROM article_clusters WHERE cluster_id IN "
            "(SELECT cluster_id FROM article_clusters WHERE article_id IN "
            "(SELECT id FROM _ids))").fetchall()]


def replace_clusters(conn: duckdb.DuckDBPyConnection, clusters: pa.Table) -> None:
    """Replace the cluster rows of the articles of ``clusters`` (as ``article_clusters``)."""
    with _Registered(conn, {"_clusters": clusters}):
        conn.execute("DELETE FROM article_clusters WHERE article_id IN "
                     "(SELECT article_id FROM _clusters)")
        conn.execute("INSERT INTO article_clusters BY NAME SELECT * FROM _clusters")


def _records(conn: duckdb.DuckDBPyConnection, column: str,
             ids: Iterable[str]) -> list[EventRecord]:
    with _Registered(conn, _ids(ids)):
        rows = conn.execute(_EVENT_RECORDS.format(column=column)).fetchall()
    return [EventRecord(r[0], r[1], r[2], tuple(r[3] or ()), tuple(r[4] or ()), r[5],
                        bool(r[6]), r[7], r[8], r[9], int(r[10] or 0), r[11], float(r[12]))
            for r in rows]


def records_of_articles(conn: duckdb.DuckDBPyConnection,
                        article_ids: Iterable[str]) -> list[EventRecord]:
    """What merging needs of every event of the articles ``article_ids``."""
    return _records(conn, "article_id", article_ids)


def records_of_events(conn: duckdb.DuckDBPyConnection,
                      event_ids: Iterable[str]) -> list[EventRecord]:
    """What merging needs of the events ``event_ids``."""
    return _records(conn, "id", event_ids)


def affected(conn: duckdb.DuckDBPyConnection, touched: Sequence[EventRecord],
             window: int) -> list[Merged]:
    """The stored events whose canonical events may change when ``touched`` (the events of
    new or re-clustered articles) are merged: every member of a canonical event that holds
    a touched event, an event of the same merge key and cluster as one, or an event that
    falls in a run of days (no gap over ``window``) of its merge key with a touched one."""
    table = pa.table({"event_id": pa.array([r.id for r in touched], pa.string()),
                      "merge_key": pa.array([r.merge_key for r in touched], pa.string()),
                      "day": pa.array([r.day for r in touched], pa.date32()),
                      "cluster_id": pa.array([r.cluster_id for r in touched], pa.string())})
    with _Registered(conn, {"_touched": table}):
        rows = conn.execute(_AFFECTED, {"window": window}).fetchall()
    return [Merged(*row) for row in rows]


def replace_canonical(conn: duckdb.DuckDBPyConnection, events: Iterable[str],
                      old_canonical: Iterable[str], tables: dict[str, pa.Table]) -> None:
    """Replace the merged rows of ``events`` and the canonical events ``old_canonical``
    with ``tables``: ``event_clusters``, ``canonical_dyads`` and ``_canon`` (id, day,
    counts)."""
    old = {"_events": _ids(events)["_ids"], "_old": _ids(old_canonical)["_ids"]}
    with _Registered(conn, {**old, **{f"_t_{n}": t for n, t in tables.items()}}):
        conn.execute("DELETE FROM event_clusters WHERE event_id IN (SELECT id FROM _events)")
        for name in ("canonical_events", "canonical_dyads"):
            column = "id" if name == "canonical_events" else "canonical_id"
            conn.execute(f"DELETE FROM {name} WHERE {column} IN (SELECT id FROM _old)")
        conn.execute("INSERT INTO event_clusters BY NAME SELECT * FROM _t_event_clusters")
        conn.execute(_CANONICAL)
        conn.execute(_DYADS)
