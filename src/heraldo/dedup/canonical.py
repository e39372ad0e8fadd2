"""Canonical events brought up to date after articles were added or changed cluster.

Events merge only with events of the same merge key (actors, CAMEO code, negation), so
the events that share a key with an event of those articles are merged again, all of
them, and replace what was merged under those keys before; every other canonical event
stays as it is. The result equals merging every stored event at once.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pyarrow as pa

from heraldo.dedup import derived as sql
from heraldo.dedup.events import WINDOW_DAYS, Canonical, merge
from heraldo.dyads import dyad_pairs


def _tables(canonical: list[Canonical]) -> dict[str, pa.Table]:
    keys = [c.representative.merge_key() for c in canonical]
    members = [(m.id, c.id, key) for c, key in zip(canonical, keys, strict=True)
               for m in c.members]
    pairs = [(c.id, s, t) for c in canonical
             for s, t in dyad_pairs(c.representative.sources, c.representative.targets,
                                    c.representative.cameo)]
    text = pa.string()
    return {
        "event_clusters": pa.table({"event_id": pa.array([m[0] for m in members], text),
                                    "canonical_id": pa.array([m[1] for m in members], text),
                                    "merge_key": pa.array([m[2] for m in members], text)}),
        "canonical_dyads": pa.table({"canonical_id": pa.array([p[0] for p in pairs], text),
                                     "source": pa.array([p[1] for p in pairs], text),
                                     "target": pa.array([p[2] for p in pairs], text)}),
        "_canon": pa.table({
            "id": pa.array([c.id for c in canonical], text),
            "day": pa.array([c.representative.day for c in canonical], pa.date32()),
            "confidence": pa.array([c.confidence for c in canonical], pa.float64()),
            "num_mentions": pa.array([c.num_mentions for c in canonical], pa.int32()),
            "num_articles": pa.array([c.num_articles for c in canonical], pa.int32()),
            "num_sources": pa.array([c.num_sources for c in canonical], pa.int32())}),
    }


def remerge(conn: duckdb.DuckDBPyConnection, article_ids: Sequence[str],
            window: int = WINDOW_DAYS) -> int:
    """Merge again every event that shares a merge key with an event of ``article_ids``;
    the number of canonical events written."""
    touched = sql.records_of_articles(conn, article_ids)
    keys = {r.merge_key() for r in touched}
    if not keys:
        return 0
    merged = sql.merged_with_keys(conn, keys)
    known = {r.id for r in touched}
    records = touched + sql.records_of_events(conn, {e for e, _ in merged if e not in known})
    canonical = merge(records, window)
    sql.replace_canonical(conn, keys, {c for _, c in merged}, _tables(canonical))
    return len(canonical)
