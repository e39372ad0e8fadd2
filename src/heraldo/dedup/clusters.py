"""New articles joined to the stored clusters of near-duplicate articles.

A new article is compared with the stored articles that share one of its LSH band keys
(``article_bands``); the pairs that reach the similarity threshold join their clusters,
and every cluster they touch is renamed after its smallest article id. The result is the
same whatever order the articles came in (``test_dedup_incremental_equals_rebuild``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import duckdb
import pyarrow as pa

from heraldo.dedup import derived as sql
from heraldo.dedup.minhash import THRESHOLD, UnionFind, similarity


def _cluster_table(clusters: dict[str, str]) -> pa.Table:
    sizes = Counter(clusters.values())
    ids = sorted(clusters)
    return pa.table({"article_id": pa.array(ids, pa.string()),
                     "cluster_id": pa.array([clusters[i] for i in ids], pa.string()),
                     "cluster_size": pa.array([sizes[clusters[i]] for i in ids], pa.int32())})


def _similar(conn: duckdb.DuckDBPyConnection, new: Sequence[str],
             threshold: float) -> list[tuple[str, str]]:
    pairs = sql.candidate_pairs(conn, new)
    signatures = sql.signatures_of(conn, {i for pair in pairs for i in pair})
    return [(a, b) for a, b in pairs if similarity(signatures[a], signatures[b]) >= threshold]


def add_to_clusters(conn: duckdb.DuckDBPyConnection, new: Sequence[str],
                    threshold: float = THRESHOLD) -> list[str]:
    """Cluster the signed articles ``new``; the ids of the articles whose cluster is new
    or changed (``new`` and the stored articles of the clusters they joined)."""
    edges = _similar(conn, new, threshold)
    fresh = set(new)
    members = sql.cluster_members(conn, {b for _, b in edges if b not in fresh})
    groups = UnionFind(new)
    for article_id, cluster_id in members:
        groups.union(article_id, cluster_id)
    for a, b in edges:
        groups.union(a, b)
    clusters = {article_id: groups.find(article_id) for article_id in groups.parent}
    sql.replace_clusters(conn, _cluster_table(clusters))
    before = dict(members)
    return sorted(a for a, c in clusters.items() if before.get(a) != c)
