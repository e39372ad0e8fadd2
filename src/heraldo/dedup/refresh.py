"""Bring the derived tables of a store up to date, incrementally: sign the articles
stored since the last refresh, join them to the clusters of near-duplicate articles, and
merge again only the events that can merge with theirs. One transaction, so the derived
tables always match a set of stored articles; ``rebuild`` recomputes them from scratch
(the same result)."""

from __future__ import annotations

import logging

import duckdb

from heraldo.dedup import derived as sql
from heraldo.dedup.canonical import remerge
from heraldo.dedup.clusters import add_to_clusters
from heraldo.dedup.events import WINDOW_DAYS
from heraldo.dedup.minhash import THRESHOLD, band_keys, signature
from heraldo.store import Store

log = logging.getLogger(__name__)


def _sign_new_articles(conn: duckdb.DuckDBPyConnection) -> list[str]:
    signed: list[str] = []
    for rows in sql.unsigned_articles(conn):
        ids = [r[0] for r in rows]
        signatures = [signature(r[1]) for r in rows]
        sql.add_signatures(conn, ids, signatures, [band_keys(s) for s in signatures])
        signed.extend(ids)
    return signed


def refresh(store: Store, *, threshold: float = THRESHOLD, window: int = WINDOW_DAYS,
            rebuild: bool = False) -> int:
    """Update the derived tables for the articles stored since the last refresh (all of
    them with ``rebuild``); the number of articles it took in."""
    conn = store.conn
    conn.execute("BEGIN TRANSACTION")
    try:
        if rebuild or sql.stale(conn):
            sql.clear(conn)
        new = _sign_new_articles(conn)
        changed = add_to_clusters(conn, new, threshold) if new else []
        canonical = remerge(conn, changed, window) if changed else 0
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    log.info("dedup: %d new article(s), %d with a new cluster, %d canonical event(s) merged "
             "again", len(new), len(changed), canonical)
    return len(new)
