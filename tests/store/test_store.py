"""The DuckDB store: round trips, idempotent and atomic writes, migrations."""

from __future__ import annotations

import duckdb
import pyarrow as pa
import pytest

from heraldo.errors import StoreError
from heraldo.model import Article, Document
from heraldo.store import open_store
from heraldo.store.documents import iter_documents
from heraldo.store.migrate import current_version, latest_version, migrate
from heraldo.store.rows import to_tables
from heraldo.store.synthetic import documents


def test_store_roundtrip_synthetic_documents():
    docs = list(documents(20, 4, seed=3))
    with open_store(":memory:") as store:
        assert store.write_documents(docs) == 20
        back = {d.article.id: d for d in iter_documents(store.conn)}
    assert back == {d.article.id: d for d in docs}


def test_store_roundtrip_pipeline_document(seed_document):
    with open_store(":memory:") as store:
        store.write_documents([seed_document])
        (back,) = list(iter_documents(store.conn))
    assert back == seed_document


def test_store_writes_documents_without_events():
    # an empty batch of events once failed: an untyped empty array of booleans
    quiet = Document(Article.from_text("Nada que contar hoy."))
    with open_store(":memory:") as store:
        assert store.write_documents([quiet]) == 1
        assert store.write_documents([]) == 0
        assert list(iter_documents(store.conn)) == [quiet]


def test_store_writing_twice_adds_nothing(tmp_path):
    docs = list(documents(10, 3))
    with open_store(tmp_path / "s.duckdb") as store:
        store.write_documents(docs)
        before = store.counts()
        assert store.write_documents(docs[:5] + docs) == 0
        assert store.counts() == before
        assert before["articles"] == 10 and before["events"] == 30


def test_store_repeated_article_in_one_batch_is_stored_once():
    doc = next(documents(1, 2))
    with open_store(":memory:") as store:
        assert store.write_documents([doc, doc]) == 1
        assert store.counts()["events"] == 2


def test_store_failed_batch_leaves_nothing():
    tables = to_tables(documents(3, 2))
    bad = tables["events"].set_column(
        tables["events"].schema.get_field_index("cameo"), "cameo",
        pa.nulls(tables["events"].num_rows, pa.string()))  # violates NOT NULL
    with open_store(":memory:") as store:
        with pytest.raises(StoreError):
            store.write_tables({**tables, "events": bad})
        assert store.counts()["articles"] == 0
        assert store.write_tables(tables) == 3


def test_store_records_migrations(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        versions = [r[0] for r in store.conn.execute(
            "SELECT version FROM schema_migrations ORDER BY version").fetchall()]
    assert versions == list(range(1, latest_version() + 1))


def test_store_upgrades_an_older_store(tmp_path):
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    assert migrate(conn, target=1) == [1]
    conn.execute("INSERT INTO articles (id, text, language) VALUES ('a1', 'Rusia atacó.', 'es')")
    conn.close()
    with open_store(path) as store:
        assert current_version(store.conn) == latest_version() > 1
        assert store.counts()["articles"] == 1
        assert store.counts()["canonical_events"] == 0  # the new tables exist


def test_store_unopenable_file_is_a_clear_error(tmp_path):
    path = tmp_path / "not-a-db.duckdb"
    path.write_bytes(b"this is not a duckdb file" * 100)
    with pytest.raises(StoreError, match="not a Heraldo store"):
        open_store(path)


def test_store_writes_after_a_result_left_unfinished():
    """The pinned DuckDB refuses ``register()`` while a result of the connection is not
    fetched to its end; a write begins its transaction first (which ends that result), so
    it neither fails nor hits 'cannot rollback - no transaction is active'."""
    with open_store(":memory:") as store:
        store.conn.execute("SELECT * FROM range(10)").fetchone()  # an unfinished result
        assert store.write_documents(documents(2, 1)) == 2
