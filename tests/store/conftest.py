"""A small store file for the access policy's tests."""

from __future__ import annotations

import pytest

from heraldo.store import open_store
from heraldo.store.synthetic import documents


@pytest.fixture()
def store_file(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        store.write_documents(documents(3, 2))
    return path
