"""SQL for the derived tables (signatures, clusters, canonical events), which
``heraldo.dedup.refresh`` computes and replaces as a whole. Their schema is the store's
(``store/migrations/002_dedup.sql``); the store itself never reads them back."""

from __future__ import annotations

from collections.abc import Iterator

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
LEFT JOIN _clusters c ON c.article_id = e.article_id
"""

_CANONICAL = """
INSERT INTO canonical_events BY NAME
SELECT e.id, c.day, e.date.value AS date_value, e.source_codes, e.target_codes, e.cameo,
       e.plover, e.plover_mode, e.goldstein, e.quad_class, e.negated, e.modality, e.trigger,
       e.place.name AS place_name, e.place.country AS place_country, c.confidence,
       c.num_mentions, c.num_articles, c.num_sources
FROM _canon c JOIN events e ON e.id = c.id
"""

DERIVED = ("article_clusters", "event_clusters", "canonical_events", "canonical_dyads")


def unsigned_articles(conn: duckdb.DuckDBPyConnection,
                      chunk: int = 1000) -> Iterator[list[tuple[str, str]]]:
    """(id, text) of the articles without a MinHash signature, in chunks."""
    cursor = conn.cursor()  # its own connection: the caller writes between chunks
    try:
        cursor.execute("SELECT id, text FROM articles WHERE id NOT IN "
                       "(SELECT article_id FROM article_signatures) ORDER BY id")
        while rows := cursor.fetchmany(chunk):
            yield rows
    finally:
        cursor.close()


def add_signatures(conn: duckdb.DuckDBPyConnection, ids: list[str],
                   signatures: list[list[int]]) -> None:
    table = pa.table({"article_id": pa.array(ids, pa.string()),
                      "minhash": pa.array(signatures, pa.list_(pa.uint64()))})
    conn.register("_signatures", table)
    try:
        conn.execute("INSERT INTO article_signatures SELECT * FROM _signatures "
                     "WHERE article_id NOT IN (SELECT article_id FROM article_signatures)")
    finally:
        conn.unregister("_signatures")


def signatures(conn: duckdb.DuckDBPyConnection) -> dict[str, list[int]]:
    rows = conn.execute("SELECT article_id, minhash FROM article_signatures").fetchall()
    return {article_id: values for article_id, values in rows}


def event_records(conn: duckdb.DuckDBPyConnection, clusters: pa.Table) -> list[EventRecord]:
    """What merging needs of every stored event; ``clusters`` as ``article_clusters``."""
    conn.register("_clusters", clusters)
    try:
        rows = conn.execute(_EVENT_RECORDS).fetchall()
    finally:
        conn.unregister("_clusters")
    return [EventRecord(r[0], r[1], r[2], tuple(r[3] or ()), tuple(r[4] or ()), r[5],
                        bool(r[6]), r[7], r[8], r[9], int(r[10] or 0), r[11], float(r[12]))
            for r in rows]


def replace_derived(conn: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table]) -> None:
    """Replace the derived tables in one transaction. ``tables`` holds ``article_clusters``,
    ``event_clusters``, ``canonical_dyads`` and ``_canon`` (id, day, counts)."""
    for name, table in tables.items():
        conn.register(f"_t_{name}", table)
    try:
        conn.execute("BEGIN TRANSACTION")
        for name in DERIVED:
            conn.execute(f"DELETE FROM {name}")
        for name in ("article_clusters", "event_clusters", "canonical_dyads"):
            conn.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _t_{name}")
        conn.execute("CREATE OR REPLACE TEMP TABLE _canon AS SELECT * FROM _t__canon")
        conn.execute(_CANONICAL)
        conn.execute("COMMIT")
    except duckdb.Error:
        conn.execute("ROLLBACK")
        raise
    finally:
        for name in tables:
            conn.unregister(f"_t_{name}")
