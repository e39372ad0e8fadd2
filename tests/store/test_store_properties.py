"""Property: any valid Documents, empty ones included, written to a store read back equal."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heraldo.model import (
    MODALITIES,
    Actor,
    Article,
    Document,
    Event,
    Mention,
    Place,
    Relation,
    Statement,
    When,
)
from heraldo.store import open_store
from heraldo.store.documents import iter_documents
from heraldo.store.rows import TABLES

# text as stored (DuckDB VARCHAR): any characters but surrogates and NUL (readers refuse
# NUL bytes as binary input)
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=12)
INT = st.integers(0, 2**31 - 1)
FLOAT = st.floats(allow_nan=False, allow_infinity=False)
OPTIONAL_TEXT = st.none() | TEXT

actors = st.builds(Actor, code=TEXT, country=TEXT, sectors=st.lists(TEXT, max_size=2).map(tuple),
                   org=TEXT, name=TEXT, kb_id=TEXT,
                   kind=st.sampled_from(["state", "person", "organisation", "group"]))
mentions = st.builds(Mention, actor=actors, text=TEXT, start=INT, end=INT, sentence=INT,
                     how=TEXT)
whens = st.builds(When, value=OPTIONAL_TEXT, text=TEXT, start=st.none() | INT,
                  end=st.none() | INT, inferred=st.booleans(),
                  precision=st.sampled_from(["day", "month", "year", "unknown"]))
places = st.builds(Place, name=TEXT, country=TEXT, lat=st.none() | FLOAT, lon=st.none() | FLOAT,
                   text=TEXT, start=st.none() | INT, end=st.none() | INT)
events = st.builds(
    Event, id=TEXT, article_id=st.just(""), sentence=INT, start=INT, end=INT, trigger=TEXT,
    sources=st.lists(mentions, max_size=2).map(tuple),
    targets=st.lists(mentions, max_size=2).map(tuple), cameo=TEXT, plover=TEXT,
    plover_mode=TEXT, goldstein=FLOAT, quad_class=INT, negated=st.booleans(),
    modality=st.sampled_from(MODALITIES), attributed_to=st.none() | mentions,
    when=st.none() | whens, where=st.none() | places, confidence=FLOAT, rule=TEXT,
    evidence=st.lists(st.tuples(INT, INT), max_size=2).map(tuple))
articles = st.builds(Article, id=TEXT, text=TEXT, language=TEXT, published=OPTIONAL_TEXT,
                     source_id=OPTIONAL_TEXT, title=OPTIONAL_TEXT, url=OPTIONAL_TEXT,
                     source=OPTIONAL_TEXT)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    article = draw(articles)
    return Document(
        article,
        mentions=tuple(draw(st.lists(mentions, max_size=3))),
        events=tuple(replace(e, article_id=article.id)
                     for e in draw(st.lists(events, max_size=3))),
        relations=tuple(draw(st.lists(st.builds(Relation, kind=TEXT, a=mentions, b=mentions,
                                                evidence=TEXT, start=INT, end=INT),
                                      max_size=2))),
        statements=tuple(draw(st.lists(st.builds(Statement, speaker=st.none() | mentions,
                                                 content=TEXT, cue=TEXT, start=INT, end=INT),
                                       max_size=2))))


@pytest.fixture(scope="module")
def store():
    with open_store(":memory:") as store:
        yield store


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(docs=st.lists(documents() | articles.map(Document), max_size=4,
                     unique_by=lambda d: d.article.id))
def test_store_roundtrip_any_documents(store, docs):
    for table in TABLES:
        store.conn.execute(f"DELETE FROM {table}")
    assert store.write_documents(docs) == len(docs)
    back = list(iter_documents(store.conn))
    assert {d.article.id: d for d in back} == {d.article.id: d for d in docs}
