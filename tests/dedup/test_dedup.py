"""Deduplication: near-duplicate article clusters and canonical events with their counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from heraldo.dedup import refresh
from heraldo.dedup.events import EventRecord, merge
from heraldo.dedup.minhash import cluster, signature
from heraldo.model import Actor, Article, Document, Event, Mention, Place, When
from heraldo.store import open_store

STORY = ("El presidente ruso, Vladímir Putin, conversó este martes por teléfono con su "
         "homólogo turco, Recep Tayyip Erdogan, sobre la situación en Siria y el comercio "
         "bilateral, informó el Kremlin en un comunicado difundido por la tarde. Ambos "
         "líderes acordaron mantener contactos regulares y preparar una visita oficial del "
         "mandatario turco a Moscú durante los próximos meses, según la nota oficial.")
OTHER = ("Miles de personas marcharon en Bogotá contra la reforma tributaria del Gobierno "
         "colombiano, que según los sindicatos castiga a la clase media y a los pequeños "
         "comerciantes; la policía informó de varios detenidos al final de la jornada.")


def test_dedup_minhash_clusters_planted_near_duplicates():
    texts = {
        "a": STORY,
        "b": STORY.replace("este martes", "el martes") + " (AFP)",
        "c": "ÚLTIMA HORA. " + STORY.replace("por la tarde", "por la noche"),
        "d": OTHER,
        "e": OTHER.replace("Miles", "Cientos"),
        "f": "Texto distinto sobre la economía de Brasil y su banco central, sin relación.",
    }
    clusters = cluster({k: signature(v) for k, v in texts.items()})
    assert clusters["a"] == clusters["b"] == clusters["c"] == "a"
    assert clusters["d"] == clusters["e"] == "d"
    assert clusters["f"] == "f"


def record(i, **kw):
    base = dict(id=f"e{i}", article_id=f"a{i}", cluster_id=f"a{i}", sources=("RUSGOV",),
                targets=("TURGOV",), cameo="042", negated=False, day=dt.date(2024, 3, 1),
                place_name=None, place_country=None, mentions=1, source=f"s{i}",
                confidence=0.5)
    base.update(kw)
    return EventRecord(**base)


@pytest.mark.parametrize("second, merged", [
    ({}, True),
    ({"day": dt.date(2024, 3, 3)}, True),                   # within the 2-day window
    ({"day": dt.date(2024, 3, 9)}, False),                  # outside it
    ({"day": dt.date(2024, 3, 9), "cluster_id": "a0"}, True),  # a near-duplicate article
    ({"cameo": "043"}, False),
    ({"targets": ("USAGOV",)}, False),
    ({"sources": ("RUSGOV", "RUSGOV")}, True),              # same actors, repeated
    ({"negated": True}, False),
    ({"place_name": "Ankara", "place_country": "TUR"}, True),  # one place unknown
    ({"day": None}, False),
])
def test_dedup_merge_rules(second, merged):
    records = [record(0), record(1, **second)]
    assert (len(merge(records)) == 1) is merged


def test_dedup_incompatible_places_stay_apart():
    a = record(0, place_name="Moscú", place_country="RUS")
    b = record(1, place_name="Ankara", place_country="TUR")
    c = record(2, place_name="San Petersburgo", place_country="RUS")
    groups = sorted(sorted(m.id for m in g.members) for g in merge([a, b, c]))
    assert groups == [["e0", "e2"], ["e1"]]


def test_dedup_counts_mentions_articles_and_sources():
    records = [record(0, mentions=3, source="AFP"), record(1, source="AFP"),
               record(2, source="EFE", confidence=0.9, day=dt.date(2024, 3, 2)),
               record(3, article_id="a2", source="EFE", id="e3")]
    (canonical,) = merge(records)
    assert (canonical.num_mentions, canonical.num_articles, canonical.num_sources) == (6, 3, 2)
    assert canonical.id == "e0" and canonical.confidence == 0.9


def _mention(code, start=0):
    return Mention(Actor(code, code[:3], (code[3:],) if code[3:] else ()), code, start,
                   start + 3, 0, "dictionary")


def _event(article, cameo, sources, targets, day, place=None, evidence=((0, 5),)):
    return Event(id=f"{article.id}-{cameo}-{day}", article_id=article.id, sentence=0,
                 start=0, end=10, trigger="x", sources=tuple(_mention(c) for c in sources),
                 targets=tuple(_mention(c) for c in targets), cameo=cameo, plover="CONSULT",
                 plover_mode="", goldstein=1.0, quad_class=1,
                 when=When(day, "day") if day else None, where=place, evidence=evidence)


def test_dedup_refresh_merges_repeated_events_in_the_store():
    articles = [Article.from_text(STORY, source="AFP", published="2024-03-05"),
                Article.from_text(STORY + " (Actualizado)", source="EFE",
                                  published="2024-03-05"),
                Article.from_text(OTHER, source="AFP", published="2024-03-06")]
    moscow = Place("Moscú", "RUS")
    docs = [
        Document(articles[0], events=(
            _event(articles[0], "042", ["RUSGOV"], ["TURGOV"], "2024-03-05", moscow,
                   evidence=((0, 5), (40, 50))),
            _event(articles[0], "141", ["COLOPP"], ["COLGOV"], "2024-03-05"))),
        Document(articles[1], events=(
            _event(articles[1], "042", ["RUSGOV"], ["TURGOV"], "2024-03-05", moscow),)),
        Document(articles[2], events=(
            _event(articles[2], "042", ["RUSGOV"], ["TURGOV"], "2024-03-06"),
            _event(articles[2], "141", ["COLOPP"], ["COLGOV"], "2024-03-20"))),
    ]
    with open_store(":memory:") as store:
        store.write_documents(docs)
        refresh(store)
        clusters = dict(store.conn.execute(
            "SELECT article_id, cluster_size FROM article_clusters").fetchall())
        rows = store.conn.execute(
            "SELECT cameo, day, num_mentions, num_articles, num_sources FROM canonical_events "
            "ORDER BY cameo, day").fetchall()
        refresh(store)  # idempotent
        assert store.counts()["canonical_events"] == 3
    assert clusters[articles[0].id] == clusters[articles[1].id] == 2
    assert clusters[articles[2].id] == 1
    assert rows == [("042", dt.date(2024, 3, 5), 4, 3, 2),
                    ("141", dt.date(2024, 3, 5), 1, 1, 1),
                    ("141", dt.date(2024, 3, 20), 1, 1, 1)]


def test_dedup_undated_events_merge_only_within_near_duplicates():
    base = record(0, day=None)
    assert len(merge([base, replace(base, id="x", article_id="b", cluster_id="a0")])) == 1
    assert len(merge([base, replace(base, id="x", article_id="b", cluster_id="b")])) == 2


def test_registered_tables_do_not_hide_an_interruption_mid_fetch():
    """An ingest interrupted (SIGTERM -> KeyboardInterrupt) between a query and its fetch
    leaves the result unfinished; unregistering the block's tables then fails, and that
    failure must not replace the interruption."""
    import pyarrow as pa

    from heraldo.dedup.derived import _Registered

    with open_store(":memory:") as store:
        with pytest.raises(KeyboardInterrupt):
            with _Registered(store.conn, {"_x": pa.table({"a": [1, 2]})}):
                store.conn.execute("SELECT * FROM range(10)")  # not fetched
                raise KeyboardInterrupt
