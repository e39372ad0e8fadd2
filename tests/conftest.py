"""Shared fixtures: the Spanish pipeline (loaded once), the ../shared folder and the
parse cache.

Tests on ../shared data skip with a reason when it is absent, except under CI
(``CI=true``), where they fail: CI must run them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_606bf0f3ea0d4f0b.txt"
EVAL = SHARED / "eval"
#: parsed corpus articles (``heraldo.nlp.parse_cache``); $HERALDO_CACHE overrides it
CACHE = ROOT / ".cache" / "heraldo"


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def need_shared(path: Path) -> Path:
    """``path`` under ../shared; else skip the test with a clear reason, or fail it
    under CI."""
    if not path.exists():
        reason = f"{path} is absent (tests on shared data need the ../shared folder)"
        if under_ci():
            pytest.fail(f"{reason}; under CI (CI=true) this is an error", pytrace=False)
        pytest.skip(reason)
    return path


def analyse(pipeline, text, published="2024-03-15"):
    """The pipeline's Analysis of ``text`` as one Spanish article published on that day."""
    from heraldo.model import Article

    article = Article.from_text(text, language="es", published=published)
    return next(pipeline.analyse_docs([article]))


def root_sides(event):
    """(CAMEO root, sorted source codes, sorted target codes) of one event."""
    from heraldo.ontology.event_code import EventCode

    return (EventCode.parse(event.cameo).root, sorted({m.actor.code for m in event.sources}),
            sorted({m.actor.code for m in event.targets}))


def coded(pipeline, text, published="2024-03-15"):
    """The (code, source codes, target codes) triples of the events coded in ``text``."""
    document = pipeline.extract(text, published=published)
    return {(e.cameo, tuple(sorted({m.actor.code for m in e.sources})),
             tuple(sorted({m.actor.code for m in e.targets}))) for e in document.events}


@pytest.fixture(scope="session")
def pipeline():
    from heraldo.pipeline import Pipeline

    return Pipeline("es")


@pytest.fixture(scope="session")
def parse_cache():
    from heraldo.nlp.parse_cache import ParseCache, cache_folder

    return ParseCache(cache_folder(CACHE))


@pytest.fixture(scope="session")
def seed_document(pipeline):
    text = need_shared(SEED).read_text(encoding="utf-8")
    return pipeline.extract(text, published="2022-01-03")


def synthetic_store(path, n_articles, events_per_article, **kwargs):
    """``path`` made a store of synthetic articles (``heraldo.store.synthetic.documents``
    with these arguments), deduplicated; returned."""
    from heraldo.dedup import refresh
    from heraldo.store import open_store
    from heraldo.store.synthetic import documents

    with open_store(path) as store:
        store.write_documents(documents(n_articles, events_per_article, **kwargs))
        refresh(store)
    return path


@pytest.fixture(scope="session")
def small_store(tmp_path_factory):
    """A store file of 20 synthetic articles of 3 events each, deduplicated, for the
    commands that read a store."""
    return synthetic_store(tmp_path_factory.mktemp("small") / "small.duckdb", 20, 3, seed=5)
