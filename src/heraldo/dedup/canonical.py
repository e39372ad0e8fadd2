"""Canonical events brought up to date after articles were added or changed cluster.

Events merge only with events of the same merge key (actors, CAMEO code, negation), and
date groups form in runs of days (``heraldo.dedup.events``). So the events of the new or
re-clustered articles are grouped again together with the stored events of the runs they
fall in; the stored events of the canonical events those touch, or that share a cluster
with them, keep their date groups and are merged again with them; every other canonical
event stays as it is. The result equals merging every stored event at once.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pyarrow as pa

from heraldo.dedup import derived as sql
from heraldo.dedup.events import WINDOW_DAYS, Canonical, canonical_events, group_by_date
from heraldo.dyads import dyad_pairs


def _tables(canonical: list[Canonical]) -> dict[str, pa.Table]:
    members = [(m, c.id, g) for c in canonical
               for m, g in zip(c.members, c.date_groups, strict=True)]
    pairs = [(c.id, s, t) for c in canonical
             for s, t in dyad_pairs(c.representative.sources, c.representative.targets,
                                    c.representative.cameo)]
    text = pa.string()
    return {
        "event_clusters": pa.table({
            "event_id": pa.array([m.id for m, _, _ in members], text),
            "canonical_id": pa.array([c for _, c, _ in members], text),
            "merge_key": pa.array([m.merge_key for m, _, _ in members], text),
            "article_id": pa.array([m.article_id for m, _, _ in members], text),
            "day": pa.array([m.day for m, _, _ in members], pa.date32()),
            "date_group": pa.array([g for _, _, g in members], text)}),
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
    """Merge again the events of ``article_ids`` with the stored events they can change;
    the number of canonical events written."""
    touched = sql.records_of_articles(conn, article_ids)
    if not touched:
        return 0
    affected = sql.affected(conn, touched, window)
    fresh = {r.id for r in touched}
    kept = {m.event_id: m.date_group for m in affected if not m.again}
    others = sql.records_of_events(conn, {m.event_id for m in affected} - fresh)
    again = [*touched, *(r for r in others if r.id not in kept)]
    stay = [r for r in others if r.id in kept]
    canonical = canonical_events([*again, *stay],
                                 [*group_by_date(again, window), *(kept[r.id] for r in stay)])
    sql.replace_canonical(conn, {m.event_id for m in affected},
                          {m.canonical_id for m in affected}, _tables(canonical))
    return len(canonical)
