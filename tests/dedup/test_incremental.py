"""Incremental deduplication: adding articles batch by batch, in any order, gives the
derived tables that one refresh over everything (or a rebuild) gives."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heraldo.dedup import refresh
from heraldo.model import Actor, Article, Document, Event, Mention, Place, When
from heraldo.store import open_store

ACTORS = ("RUSGOV", "TURGOV", "USAGOV")
PLACES = (None, Place("Moscú", "RUS"), Place("Ankara", "TUR"), Place("Sochi", "RUS"))


def _mention(code):
    return Mention(Actor(code, code[:3], (code[3:],)), code, 0, 3, 0, "dictionary")


def _chains(rng, bases=4, length=5, words=40):
    """Texts in chains: each changes two words of the one before, so neighbours are near
    duplicates and the ends of a chain are not (a late middle article joins two clusters)."""
    for b in range(bases):
        text = [f"palabra{rng.randrange(500)}" for _ in range(words)]
        for step in range(length):
            yield b, step, " ".join(text)
            for _ in range(2):
                text[rng.randrange(words)] = f"cambio{rng.randrange(10_000)}"


def corpus(seed=7):
    rng = random.Random(seed)
    documents = []
    for b, step, text in _chains(rng):
        article = Article.from_text(text, source=rng.choice(("AFP", "EFE", None)),
                                    published=f"2024-03-{1 + 3 * b + step // 2:02d}")
        events = tuple(Event(
            id=f"{article.id}-{k}", article_id=article.id, sentence=k, start=0, end=5,
            trigger="x", sources=(_mention(rng.choice(ACTORS)),),
            targets=(_mention(rng.choice(ACTORS)),), cameo=rng.choice(("042", "043")),
            plover="CONSULT", plover_mode="", goldstein=1.0, quad_class=1,
            when=rng.choice((None, When(f"2024-03-{1 + rng.randrange(12):02d}", "day"))),
            where=rng.choice(PLACES), confidence=round(rng.random(), 2),
            evidence=((0, 5),) * (1 + k)) for k in range(rng.randrange(4)))
        documents.append(Document(article, events=events))
    return documents


def derived(store):
    queries = {
        "clusters": "SELECT article_id, cluster_id, cluster_size FROM article_clusters",
        "event_clusters": "SELECT * FROM event_clusters",
        "canonical": "SELECT * FROM canonical_events",
        "dyads": "SELECT * FROM canonical_dyads",
        "bands": "SELECT * FROM article_bands",
    }
    return {name: sorted(store.conn.execute(sql).fetchall(), key=repr)
            for name, sql in queries.items()}


@pytest.fixture(scope="module")
def at_once():
    with open_store(":memory:") as store:
        store.write_documents(corpus())
        refresh(store)
        return derived(store)


def test_dedup_corpus_has_what_incremental_must_get_right(at_once):
    sizes = [row[2] for row in at_once["clusters"]]
    assert max(sizes) >= 3 and sizes.count(1) >= 1    # chains cluster, some stay alone
    assert len(at_once["canonical"]) < len(at_once["event_clusters"])  # events merge


@pytest.mark.parametrize("order_seed", [1, 2, 3])
def test_dedup_incremental_equals_rebuild(at_once, order_seed):
    documents = corpus()
    random.Random(order_seed).shuffle(documents)
    with open_store(":memory:") as store:
        for start in range(0, len(documents), 6):
            store.write_documents(documents[start:start + 6])
            refresh(store)
        assert derived(store) == at_once
        assert refresh(store, rebuild=True) == len(documents)
        assert derived(store) == at_once


def test_dedup_refresh_after_a_migration_rebuilds(at_once):
    with open_store(":memory:") as store:
        store.write_documents(corpus())
        refresh(store)
        store.conn.execute("DELETE FROM article_signatures")  # what migration 003 does
        store.conn.execute("DELETE FROM article_bands")
        assert refresh(store) == len(corpus())
        assert derived(store) == at_once


# Date groups form in runs of days; an added event re-merges only the runs it falls in.
# Each case: (day offset, place, confidence) of the events of one merge key, stored one by
# one in this order, each in its own article; the window is 2 days.
RUSSIA, TURKEY = Place("Moscú", "RUS"), Place("Ankara", "TUR")
CASES = {
    "bridges two groups": [(0, None, 0.5), (4, None, 0.5), (2, None, 0.5)],
    "bridges two runs into one group and a split": [(0, None, 0.5), (5, None, 0.5),
                                                    (3, None, 0.5), (2, None, 0.5)],
    "opens a group before its first event (the group splits)": [
        (2, None, 0.5), (4, None, 0.5), (3, None, 0.5), (1, None, 0.5)],
    "on the group's last day (window edge)": [(0, None, 0.5), (2, None, 0.5), (1, None, 0.5)],
    "one day past the edge": [(0, None, 0.5), (3, None, 0.5), (2, None, 0.5)],
    "a more confident first event takes the group": [(0, RUSSIA, 0.5), (0, TURKEY, 0.5),
                                                      (2, TURKEY, 0.5), (0, TURKEY, 0.9)],
    "an incompatible place opens its own group": [(0, RUSSIA, 0.5), (1, TURKEY, 0.5),
                                                  (1, None, 0.5), (0, TURKEY, 0.9)],
    "undated among dated": [(0, None, 0.5), (None, None, 0.5), (2, None, 0.5)],
}
# (day offset, place, confidence, text base): articles of one base are near duplicates
CLUSTER_CASES = {
    "a near duplicate of a stored article, in another run": [
        (0, None, 0.5, 0), (8, None, 0.5, 1), (4, None, 0.5, 0)],
    "a near duplicate joins two groups of one key": [
        (0, None, 0.5, 0), (6, None, 0.5, 1), (3, None, 0.5, None), (None, None, 0.5, 0),
        (7, None, 0.5, 1)],
}


def _day(offset):
    return None if offset is None else When(str(dt.date(2024, 3, 10) + dt.timedelta(offset)),
                                            "day")


def keyed_documents(spec, words=40):
    """One article per (day offset, place, confidence, text base) of ``spec``, each with
    one event of the same merge key; articles of one text base are near duplicates."""
    documents = []
    for n, (offset, place, confidence, base) in enumerate(spec):
        text = " ".join(f"palabra{base if base is not None else 100 + n}x{i}"
                        for i in range(words)) + f" final{n}"
        article = Article.from_text(text, published="2024-03-01")
        event = Event(id=f"{article.id}-0", article_id=article.id, sentence=0, start=0,
                      end=5, trigger="x", sources=(_mention("RUSGOV"),),
                      targets=(_mention("TURGOV"),), cameo="042", plover="CONSULT",
                      plover_mode="", goldstein=1.0, quad_class=1, when=_day(offset),
                      where=place, confidence=confidence, evidence=((0, 5),))
        documents.append(Document(article, events=(event,)))
    return documents


def _rebuilt_and_incremental(documents, batch=1):
    """The derived tables of one refresh over ``documents`` (a rebuild), and those of
    refreshes after each ``batch`` of them."""
    with open_store(":memory:") as store:
        for start in range(0, len(documents), batch):
            store.write_documents(documents[start:start + batch])
            refresh(store)
        incremental = derived(store)
        refresh(store, rebuild=True)
        return derived(store), incremental


SPECS = {**{name: [(*event, None) for event in spec] for name, spec in CASES.items()},
         **CLUSTER_CASES}


@pytest.mark.parametrize("case", list(SPECS))
def test_dedup_incremental_runs_equal_rebuild(case):
    whole, one_by_one = _rebuilt_and_incremental(keyed_documents(SPECS[case]))
    assert one_by_one == whole


def test_dedup_incremental_splits_a_stored_group():
    """Days 2, 4 and 3 are one group (from day 2); an event of day 1 opens the group
    earlier, so day 4, three days after it, leaves it for a group of its own: adding an
    event can split a stored canonical event, not only join two."""
    spec = [(*event, None) for event in
            CASES["opens a group before its first event (the group splits)"]]
    whole, one_by_one = _rebuilt_and_incremental(keyed_documents(spec))
    assert one_by_one == whole
    by_canonical = {}
    for row in whole["event_clusters"]:
        by_canonical.setdefault(row[1], []).append(row[4].day)
    assert sorted(sorted(v) for v in by_canonical.values()) == [[11, 12, 13], [14]]


EVENT = st.tuples(st.one_of(st.none(), st.integers(0, 8)),
                  st.sampled_from((None, RUSSIA, TURKEY, Place("Sochi", "RUS"))),
                  st.sampled_from((0.3, 0.6, 0.9)), st.one_of(st.none(), st.integers(0, 1)))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=st.lists(EVENT, min_size=2, max_size=6), batch=st.integers(1, 2))
def test_dedup_incremental_equals_rebuild_for_any_days_places_and_clusters(spec, batch):
    whole, incremental = _rebuilt_and_incremental(keyed_documents(spec), batch)
    assert incremental == whole
