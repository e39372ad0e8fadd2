"""Migration 007 and the refresh: canonical events carry their representative's article and
offsets, and the derived tables are stored in listing order (the latest day first), so a
page of events reads one table and skips the row groups of older days."""

from __future__ import annotations

import random

from heraldo.dedup import refresh
from heraldo.store import open_store
from heraldo.store.provenance import PROVENANCE, provenance
from heraldo.store.synthetic import documents

LISTING = "day DESC NULLS LAST, num_mentions DESC, {id}"


def stored_order(store, table, key):
    return [r[0] for r in store.conn.execute(f"SELECT {key} FROM {table} ORDER BY rowid")
            .fetchall()]


def listing_order(store, table, key):
    order = LISTING.format(id=key)
    return [r[0] for r in store.conn.execute(f"SELECT {key} FROM {table} ORDER BY {order}")
            .fetchall()]


def looked_up(store, rows):
    """The provenance of ``rows`` as it was found before 007: each event looked up by id."""
    found = provenance(store.conn, [row.id for row in rows])
    return [{k: found[row.id][k] for k in PROVENANCE} for row in rows]


def listed(rows):
    return [{k: getattr(row, k) for k in PROVENANCE} for row in rows]


def test_a_refresh_writes_listing_order_and_the_representative(tmp_path):
    docs = list(documents(30, 4, seed=5, days=90))
    random.Random(1).shuffle(docs)
    with open_store(tmp_path / "s.duckdb") as store:
        store.write_documents(docs)
        refresh(store)
        for table, key in (("canonical_events", "id"), ("canonical_dyads", "canonical_id")):
            assert stored_order(store, table, key) == listing_order(store, table, key)
        rows = store.events(limit=None)
        assert rows and all(row.sentence for row in rows)
        assert listed(rows) == looked_up(store, rows)


def test_migration_007_fills_the_representative_and_sorts(tmp_path):
    path = tmp_path / "s.duckdb"
    docs = list(documents(30, 4, seed=6, days=90))
    with open_store(path) as store:
        for start in range(0, len(docs), 7):  # batches: rows out of listing order
            store.write_documents(docs[start:start + 7])
            refresh(store)
        before = [(row.id, row.sentence) for row in store.events(limit=None)]
        # the store as version 6 left it: no representative columns, rows in any order
        conn = store.conn
        conn.execute("CREATE TEMP TABLE _x AS SELECT * EXCLUDE (article_id, event_start, "
                     "event_end) FROM canonical_events ORDER BY random()")
        conn.execute("DROP TABLE canonical_events")
        conn.execute("CREATE TABLE canonical_events AS SELECT * FROM _x")
        conn.execute("DELETE FROM schema_migrations WHERE version = 7")
        assert stored_order(store, "canonical_events", "id") != listing_order(
            store, "canonical_events", "id")
    with open_store(path) as store:
        assert store.schema_version() == 7
        assert stored_order(store, "canonical_events", "id") == listing_order(
            store, "canonical_events", "id")
        rows = store.events(limit=None)
        assert [(row.id, row.sentence) for row in rows] == before
        assert listed(rows) == looked_up(store, rows)
