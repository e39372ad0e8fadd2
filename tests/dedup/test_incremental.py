"""Incremental deduplication: adding articles batch by batch, in any order, gives the
derived tables that one refresh over everything (or a rebuild) gives."""

from __future__ import annotations

import random

import pytest

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
        "event_clusters": "SELECT event_id, canonical_id, merge_key FROM event_clusters",
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
