"""The store's typed queries: pages of events (with undated ones), one event with its
mentions, the graph's filters, the timeline, places, one actor."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from heraldo.dedup import refresh
from heraldo.store import open_store
from heraldo.store.events import Cursor
from heraldo.store.synthetic import documents


def _some_undated(document, i):
    """Every other article of the store loses its date and its events' dates."""
    if i % 2:
        return document
    events = tuple(dataclasses.replace(e, when=None) for e in document.events)
    article = dataclasses.replace(document.article, published=None)
    return dataclasses.replace(document, article=article, events=events)


@pytest.fixture(scope="module")
def store():
    with open_store(":memory:") as opened:
        opened.write_documents(_some_undated(d, i)
                               for i, d in enumerate(documents(30, 3, seed=21, days=60)))
        refresh(opened)
        yield opened


def test_pages_walk_dated_then_undated_events_once(store):
    everything = store.events(limit=None)
    assert any(e.day is None for e in everything) and any(e.day for e in everything)
    pages, after = [], None
    while True:
        page = store.events(limit=4, after=after)
        if not page:
            break
        pages += page
        after = Cursor.parse(Cursor.after(page[-1]).token)
    assert pages == everything
    undated = [e.day is None for e in pages]
    assert undated == sorted(undated)  # the undated last


@pytest.mark.parametrize("token", ["", "abc", "W10", "WyIyMDIwIiwgMSwgMl0"])
def test_a_cursor_that_is_not_one_is_refused(token):
    with pytest.raises(ValueError, match="not a cursor"):
        Cursor.parse(token)


def test_one_event_with_its_mentions(store):
    row = store.events(limit=1)[0]
    detail = store.event(row.id)
    assert detail.event == row
    first = detail.mentions[0]
    assert first.event.id == row.id and first.article.id == row.article_id
    assert first.sentence == first.article.text[first.sentence_start:first.sentence_end]
    assert store.event("nope") is None


def test_graph_filters(store):
    everything = store.graph()
    assert everything.edges and all(e.events >= 1 for e in everything.edges)
    touching = store.graph(country="RUS")
    names = {n.code: n for n in touching.nodes}
    assert touching.edges and all("RUS" in (names[e.source].country, names[e.target].country)
                                  for e in touching.edges)
    heavy = store.graph(limit=3)
    assert [e.events for e in heavy.edges] == sorted((e.events for e in everything.edges),
                                                     reverse=True)[:3]
    assert store.graph(kind="person").edges == []


def test_timeline_and_places_count_the_dated_and_placed_events(store):
    everything = store.events(limit=None)
    periods = store.timeline(freq="week")
    assert sum(p.events + p.negated for p in periods) == sum(1 for e in everything if e.day)
    assert all(p.q1 + p.q2 + p.q3 + p.q4 == p.events for p in periods)
    places = store.places()
    assert sum(p.events for p in places) == sum(1 for e in everything if e.place_name)


def test_one_actor(store):
    code = store.actors(limit=1)[0].code
    detail = store.actor(code, freq="year")
    assert detail.actor.code == code and detail.roles
    outgoing = sum(c.events for c in detail.counterparts if c.direction == "out")
    assert outgoing == sum(r.events for r in store.dyads(freq="year")
                           if r.source == code and r.target)
    assert store.actor("NOPE") is None
    with pytest.raises(ValueError, match="frequency"):
        store.actor(code, freq="fortnight")


def test_dyads_carry_their_canonical_event_s_columns(store):
    columns = ("day", "cameo", "plover", "goldstein", "quad_class", "negated", "confidence",
               "num_mentions")
    differ = " OR ".join(f"d.{c} IS DISTINCT FROM e.{c}" for c in columns)
    ((dyads, wrong),) = store.conn.execute(
        f"SELECT count(*), count(*) FILTER ({differ}) FROM canonical_dyads d "
        "JOIN canonical_events e ON e.id = d.canonical_id").fetchall()
    assert dyads > 0 and wrong == 0


def test_migration_6_fills_the_dyads_columns_of_an_older_store():
    import duckdb

    from heraldo.store.migrate import migrate

    conn = duckdb.connect(":memory:")
    migrate(conn, target=5)
    conn.execute("INSERT INTO canonical_events (id, day, cameo, plover, goldstein, quad_class, "
                 "negated, confidence, num_mentions, num_articles, num_sources) VALUES "
                 "('e1', DATE '2021-02-03', '042', 'CONSULT', 1.9, 1, false, 0.7, 3, 2, 2)")
    conn.execute("INSERT INTO canonical_dyads VALUES ('e1', 'RUS', 'TUR')")
    migrate(conn)
    assert conn.execute("SELECT day, cameo, plover, goldstein, quad_class, negated, "
                        "confidence, num_mentions FROM canonical_dyads").fetchall() == [
        (dt.date(2021, 2, 3), "042", "CONSULT", 1.9, 1, False, 0.7, 3)]
