"""Migration 008 and the refresh: canonical events carry their representative's article and
offsets, and the derived tables are stored in listing order (the latest day first), so a
page of events reads one table and skips the row groups of older days."""

from __future__ import annotations

import random

import pytest

from heraldo.dedup import refresh
from heraldo.model import Actor, Article, Document, Event, Mention, When
from heraldo.store import open_store
from heraldo.store.events import Cursor
from heraldo.store.migrate import latest_version
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
    """The provenance of ``rows`` as it was found before 008: each event looked up by id."""
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


def test_migration_008_fills_the_representative_and_sorts(tmp_path):
    path = tmp_path / "s.duckdb"
    docs = list(documents(30, 4, seed=6, days=90))
    with open_store(path) as store:
        for start in range(0, len(docs), 7):  # batches: rows out of listing order
            store.write_documents(docs[start:start + 7])
            refresh(store)
        before = [(row.id, row.sentence) for row in store.events(limit=None)]
        # the store as version 7 left it: no representative columns, rows in any order
        conn = store.conn
        conn.execute("CREATE TEMP TABLE _x AS SELECT * EXCLUDE (article_id, event_start, "
                     "event_end) FROM canonical_events ORDER BY random()")
        conn.execute("DROP TABLE canonical_events")
        conn.execute("CREATE TABLE canonical_events AS SELECT * FROM _x")
        conn.execute("DELETE FROM schema_migrations WHERE version >= 8")
        conn.execute("DROP TABLE store_generation")  # 009
        assert stored_order(store, "canonical_events", "id") != listing_order(
            store, "canonical_events", "id")
    with open_store(path) as store:
        assert store.schema_version() == latest_version()
        assert stored_order(store, "canonical_events", "id") == listing_order(
            store, "canonical_events", "id")
        rows = store.events(limit=None)
        assert [(row.id, row.sentence) for row in rows] == before
        assert listed(rows) == looked_up(store, rows)


def _mention(code):
    return Mention(Actor(code, code[:3], (code[3:],)), code, 0, 3, 0, "dictionary")


def sided_documents(n=24, seed=9):
    """Articles of events with two or three actors a side: an event has up to nine dyads,
    several of them matching one actor, side by side in the dyads' listing order."""
    rng = random.Random(seed)
    codes = ("RUSGOV", "RUSMIL", "RUSBUS", "TURGOV", "TURMIL", "USAGOV")
    out = []
    for i in range(n):
        article = Article.from_text(f"artículo {i} " + " ".join(
            f"palabra{rng.randrange(10_000)}" for _ in range(30)), source="AFP",
            published=f"2024-03-{1 + i % 9:02d}")
        events = tuple(Event(
            id=f"{article.id}-{k}", article_id=article.id, sentence=0, start=0, end=8,
            trigger="x", sources=tuple(_mention(c) for c in rng.sample(codes, rng.randint(1, 3))),
            targets=tuple(_mention(c) for c in rng.sample(codes, rng.randint(1, 3))),
            cameo=rng.choice(("042", "043", "190")), plover="CONSULT", plover_mode="",
            goldstein=1.0, quad_class=1,
            when=rng.choice((None, When(f"2024-03-{1 + rng.randrange(9):02d}", "day"))),
            where=None, confidence=round(rng.random(), 2), evidence=((0, 8),))
            for k in range(3))
        out.append(Document(article, events=events))
    return out


@pytest.mark.parametrize("limit", [1, 2, 3, 7])
@pytest.mark.parametrize("kwargs", [{"actor": "RUS"}, {"actor": "TURMIL"},
                                    {"dyad": ("RUS", "TUR")}, {"dyad": ("RUS", "RUS")},
                                    {"actor": "USA", "dyad": ("RUS", "TUR")},
                                    {"actor": "RUS", "type": "04", "min_confidence": 0.3}])
def test_pages_of_an_actor_or_a_dyad_walk_its_listing(kwargs, limit):
    with open_store(":memory:") as store:
        store.write_documents(sided_documents())
        refresh(store)
        ((most,),) = store.conn.execute(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM canonical_dyads "
            "WHERE starts_with(source, 'RUS') GROUP BY canonical_id)").fetchall()
        assert most >= 3  # an event's dyads can fill a first read of the dyads
        everything = store.events(**kwargs, limit=None)
        walked, after = [], None
        while True:
            page = store.events(**kwargs, limit=limit, after=after)
            assert len(page) <= limit
            walked += page
            if len(page) < limit:
                break
            after = Cursor.after(page[-1])
        assert everything and walked == everything
