"""A small synthetic store (tens of articles) and TestClients of the app over it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from conftest import synthetic_store
from heraldo.dedup import refresh
from heraldo.server import create_app
from heraldo.store import open_store
from heraldo.store.synthetic import documents

KEY = "s3cret-key"


@pytest.fixture(scope="session")
def small_db(tmp_path_factory):
    return synthetic_store(tmp_path_factory.mktemp("server") / "small.duckdb",
                           40, 4, seed=3, days=200)


@pytest.fixture(scope="session")
def client(small_db):
    """A read-only app (no key) over the small store."""
    return TestClient(create_app(small_db))
