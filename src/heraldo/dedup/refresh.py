"""Recompute the derived tables of a store: signatures of new articles, article clusters,
canonical events with their counts, and their dyads."""

from __future__ import annotations

import logging
from collections import Counter

import pyarrow as pa

from heraldo.dedup import derived as sql
from heraldo.dedup.events import WINDOW_DAYS, Canonical, merge
from heraldo.dedup.minhash import THRESHOLD, cluster, signature
from heraldo.dyads import dyad_pairs
from heraldo.store import Store

log = logging.getLogger(__name__)


def _sign_new_articles(store: Store) -> int:
    count = 0
    for rows in sql.unsigned_articles(store.conn):
        sql.add_signatures(store.conn, [r[0] for r in rows], [signature(r[1]) for r in rows])
        count += len(rows)
    return count


def _cluster_table(clusters: dict[str, str]) -> pa.Table:
    sizes = Counter(clusters.values())
    ids = sorted(clusters)
    return pa.table({"article_id": pa.array(ids, pa.string()),
                     "cluster_id": pa.array([clusters[i] for i in ids], pa.string()),
                     "cluster_size": pa.array([sizes[clusters[i]] for i in ids], pa.int32())})


def _event_tables(canonical: list[Canonical]) -> dict[str, pa.Table]:
    members = [(m.id, c.id) for c in canonical for m in c.members]
    pairs = [(c.id, s, t) for c in canonical
             for s, t in dyad_pairs(c.representative.sources, c.representative.targets,
                                    c.representative.cameo)]
    return {
        "event_clusters": pa.table({"event_id": [m for m, _ in members],
                                    "canonical_id": [c for _, c in members]}),
        "canonical_dyads": pa.table({"canonical_id": [p[0] for p in pairs],
                                     "source": [p[1] for p in pairs],
                                     "target": [p[2] for p in pairs]}),
        "_canon": pa.table({
            "id": pa.array([c.id for c in canonical], pa.string()),
            "day": pa.array([c.representative.day for c in canonical], pa.date32()),
            "confidence": pa.array([c.confidence for c in canonical], pa.float64()),
            "num_mentions": pa.array([c.num_mentions for c in canonical], pa.int32()),
            "num_articles": pa.array([c.num_articles for c in canonical], pa.int32()),
            "num_sources": pa.array([c.num_sources for c in canonical], pa.int32())}),
    }


def refresh(store: Store, *, threshold: float = THRESHOLD, window: int = WINDOW_DAYS) -> None:
    """Cluster near-duplicate articles and merge repeated events, replacing the old result."""
    signed = _sign_new_articles(store)
    clusters = cluster(sql.signatures(store.conn), threshold)
    clusters_table = _cluster_table(clusters)
    canonical = merge(sql.event_records(store.conn, clusters_table), window)
    sql.replace_derived(store.conn, {"article_clusters": clusters_table,
                                     **_event_tables(canonical)})
    log.info("dedup: %d new signature(s), %d article cluster(s), %d canonical event(s)",
             signed, len(set(clusters.values())), len(canonical))
