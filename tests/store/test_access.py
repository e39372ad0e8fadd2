"""Opening a store: what is not a store is refused untouched; no extension is loaded; lock
conflicts are waited out for a bounded time, then name the holder; readers never write."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from store_files import store_file
from typer.testing import CliRunner

from heraldo.cli.main import app
from heraldo.errors import StoreError
from heraldo.store import Access, open_store
from heraldo.store.connection import lock_holder
from heraldo.store.migrate import current_version, latest_version, migrate

runner = CliRunner()
HOLD = ("import duckdb, sys, time\n"
        "conn = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'ro')\n"
        "print('holding', flush=True)\n"
        "time.sleep(float(sys.argv[3]))\n")


def fingerprint(path):
    siblings = sorted(p.name for p in path.parent.iterdir())
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns, siblings


def csv_file(path):
    path.write_text("id,text\n1,Rusia atacó Ucrania.\n", encoding="utf-8")


def parquet_file(path):
    pq.write_table(pa.table({"id": [1], "text": ["Rusia atacó Ucrania."]}), path)


def sqlite_file(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (a INTEGER)")


def other_duckdb(path):
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE sales (item VARCHAR, n INTEGER)")
    conn.close()


@pytest.mark.parametrize("make, name, kind", [
    (csv_file, "data.csv", "a data or text file"),
    (parquet_file, "data.parquet", "a Parquet file"),
    (sqlite_file, "data.sqlite", "an SQLite database"),
    (other_duckdb, "other.duckdb", "a DuckDB database but not a Heraldo store"),
])
@pytest.mark.parametrize("command", [["ingest", "IN"], ["events"], ["export", "--format",
                                                                    "csv", "--out", "OUT"]])
def test_a_file_that_is_not_a_store_is_refused_untouched(tmp_path, make, name, kind, command):
    (tmp_path / "db").mkdir()
    db = tmp_path / "db" / name
    make(db)
    before = fingerprint(db)
    text = tmp_path / "in.txt"
    text.write_text("Rusia atacó Ucrania.", encoding="utf-8")
    args = [{"IN": str(text), "OUT": str(tmp_path / "out.csv")}.get(a, a) for a in command]
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("heraldo: error:") and kind in lines[-1], result.output
    assert "Traceback" not in result.output
    assert fingerprint(db) == before


def test_no_extension_is_installed_or_loaded(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        settings = dict(store.conn.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN "
            "('autoinstall_known_extensions', 'autoload_known_extensions')").fetchall())
    assert settings == {"autoinstall_known_extensions": "false",
                        "autoload_known_extensions": "false"}


def test_an_empty_duckdb_database_becomes_a_store(tmp_path):
    path = tmp_path / "empty.duckdb"
    duckdb.connect(str(path)).close()
    with open_store(path) as store:
        assert current_version(store.conn) == latest_version()


def test_lock_holder_names_the_process():
    message = ('IO Error: Could not set lock on file "/tmp/h.duckdb": Conflicting lock is held '
               "in /usr/bin/python3.11 (PID 4242). See also https://duckdb.org/docs")
    assert lock_holder(message) == "process 4242 (/usr/bin/python3.11)"
    assert lock_holder("IO Error: disk full") is None


def hold(path, mode, seconds):
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(path), mode, str(seconds)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "holding"
    return process


@pytest.mark.parametrize("holder, read_only", [("rw", True), ("rw", False), ("ro", False)])
def test_a_lock_conflict_is_waited_for_then_names_the_holder(store_file, holder, read_only):
    process = hold(store_file, holder, 60)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match=rf"in use by process {process.pid} .*0.4 s"):
            open_store(store_file, read_only=read_only, lock_timeout=0.4)
        assert time.monotonic() - started >= 0.4
        # a query waits for a writer, and runs beside another reader
        result = runner.invoke(app, ["events", "--db", str(store_file), "--lock-timeout", "0"])
        if holder == "rw":
            assert result.exit_code == 1 and f"process {process.pid}" in result.output
        else:
            assert result.exit_code == 0, result.output
    finally:
        process.kill()
        process.wait()


def test_a_lock_released_in_time_is_taken(store_file):
    process = hold(store_file, "rw", 0.5)
    try:
        with open_store(store_file, lock_timeout=20) as store:
            assert store.counts()["articles"] == 3
    finally:
        process.wait()


def test_readers_write_nothing(store_file, tmp_path):
    before = fingerprint(store_file)
    for args in (["events"], ["dyads"], ["actors", "list"],
                 ["export", "--format", "jsonl", "--out", str(tmp_path / "x.jsonl")]):
        result = runner.invoke(app, [*args, "--db", str(store_file)])
        assert result.exit_code == 0, result.output
    after = fingerprint(store_file)
    assert after[:2] == before[:2]


def test_a_reader_upgrades_an_outdated_store_once(tmp_path):
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    migrate(conn, target=1)
    conn.close()
    with pytest.raises(StoreError, match="schema version 1"):
        open_store(path, read_only=True)
    with Access(path).reading() as store:
        assert store.read_only and current_version(store.conn) == latest_version()
