"""The reader of a long-running process: its sessions share one DuckDB instance that has
the store file attached only while some session reads, so another process writes between
sessions, and each session sees what was written before it began."""

from __future__ import annotations

import subprocess
import sys
import threading

import duckdb
import pytest
from store_files import store_file, writer

from heraldo.errors import StoreError
from heraldo.store import Access
from heraldo.store.connection import OutdatedStore
from heraldo.store.migrate import migrate
from heraldo.store.reader import Reader


def write_elsewhere(path, seed):
    process = writer(path, seed)
    _, stderr = process.communicate(timeout=60)
    return process.returncode, stderr


def test_another_process_writes_between_sessions_and_the_next_sees_it(store_file):
    reader = Reader(store_file, lock_timeout=0)
    with reader.reading() as store:
        assert store.read_only and store.counts()["articles"] == 3
    assert not reader.attached
    assert write_elsewhere(store_file, 100) == (0, "")
    with reader.reading() as store:
        assert store.counts()["articles"] == 5
    assert write_elsewhere(store_file, 200) == (0, "")
    with reader.reading() as store:
        assert store.counts()["articles"] == 7


def test_a_writer_waits_while_a_session_reads(store_file):
    reader = Reader(store_file)
    with reader.reading():
        code, stderr = write_elsewhere(store_file, 100)
        assert code == 1 and "lock" in stderr.lower()
    assert write_elsewhere(store_file, 100) == (0, "")


def test_concurrent_sessions_share_the_file_until_the_last_ends(store_file):
    reader = Reader(store_file)
    inside, release = threading.Barrier(2), threading.Event()

    def second():
        with reader.reading() as store:
            inside.wait(timeout=10)
            release.wait(timeout=10)
            assert store.counts()["articles"] == 3

    thread = threading.Thread(target=second)
    thread.start()
    with reader.reading() as store:
        inside.wait(timeout=10)
        assert store.counts()["articles"] == 3
    assert reader.attached  # the other session still reads
    release.set()
    thread.join()
    assert not reader.attached


def test_a_session_waits_for_a_writer_then_names_it(store_file):
    holder = subprocess.Popen([sys.executable, "-c",
                               "import duckdb, sys, time\n"
                               "conn = duckdb.connect(sys.argv[1])\n"
                               "print('holding', flush=True)\ntime.sleep(60)\n",
                               str(store_file)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        reader = Reader(store_file, lock_timeout=0.3)
        with pytest.raises(StoreError, match=rf"in use by process {holder.pid} "), \
                reader.reading():
            pass
        assert not reader.attached
    finally:
        holder.kill()
        holder.wait()


def test_no_store_and_an_outdated_store_are_refused(tmp_path):
    with pytest.raises(StoreError, match="no such store"), \
            Reader(tmp_path / "none.duckdb").reading():
        pass
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    migrate(conn, target=1)
    conn.close()
    reader = Reader(path)
    with pytest.raises(OutdatedStore), reader.reading():
        pass
    assert not reader.attached
    with Access(path).writing():
        pass
    with reader.reading() as store:
        assert store.counts()["articles"] == 0
