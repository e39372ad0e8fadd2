"""Turns: an opener that has to wait announces it. A busy reader starts no new session
until a waiting writer has had the file, even when its sessions overlap without a gap; a
busy writer opens the file again only once a waiting reader has had it."""

from __future__ import annotations

import os
import threading
import time

from store_files import busy_writer, store_file, writer

from heraldo.store import Access
from heraldo.store.reader import Reader
from heraldo.store.turns import READER, Turn, give_way, turn_file, waits, writer_waits


def test_an_announced_turn_is_seen_until_withdrawn(store_file):
    path = str(store_file)
    first, second = Turn(path), Turn(path)
    assert not writer_waits(path)
    first.announce()
    second.announce()  # one announcement at a time
    assert first.announced and not second.announced and writer_waits(path)
    first.withdraw()
    assert not writer_waits(path) and not turn_file(path).exists()


def until(condition, seconds=20.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_a_waiting_writer_goes_before_new_sessions(store_file):
    reader = Reader(store_file, lock_timeout=30)
    release, seen = threading.Event(), []

    def first_session():
        with reader.reading():
            release.wait(timeout=30)

    def new_session():
        with reader.reading() as store:
            seen.append(store.counts()["articles"])

    first = threading.Thread(target=first_session)
    first.start()
    until(lambda: reader.attached)
    writing = writer(store_file, 100, lock_timeout=30)
    try:
        until(lambda: writer_waits(str(store_file)))  # it found the file held
        later = threading.Thread(target=new_session)
        later.start()
        time.sleep(0.3)
        assert seen == [] and writing.poll() is None  # the new session waits, so does the writer
        release.set()  # the open session ends: the writer gets in, then the new session
        first.join()
        later.join(timeout=30)
        assert writing.wait(timeout=30) == 0, writing.stderr.read() if writing.stderr else ""
        assert seen == [5]
    finally:
        release.set()
        if writing.poll() is None:
            writing.kill()
            writing.wait()


def test_a_turn_file_removed_under_a_writer_is_no_announcement(store_file, monkeypatch):
    """A writer that opened the turn file just before the previous writer removed it would
    lock a file no reader sees: it does not count itself announced, and tries again."""
    path = str(store_file)
    opened = os.open

    def open_then_removed(name, *args):
        fd = opened(name, *args)
        os.unlink(name)
        return fd

    monkeypatch.setattr(os, "open", open_then_removed)
    late = Turn(path)
    late.announce()
    monkeypatch.undo()
    assert not late.announced and not writer_waits(path)
    late.announce()
    assert late.announced and writer_waits(path)
    late.withdraw()


def test_a_writer_gives_way_to_an_announced_reader_for_a_bounded_time(store_file):
    path = str(store_file)
    reader = Turn(path, READER)
    reader.announce()
    assert waits(path, READER) and not writer_waits(path)  # a reader's turn is its own
    started = time.monotonic()
    give_way(path, seconds=0.3)  # the reader never gets in: the writer goes on after 0.3 s
    assert 0.3 <= time.monotonic() - started < 5
    threading.Timer(0.2, reader.withdraw).start()
    started = time.monotonic()
    give_way(path, seconds=20)  # the reader got in: the writer goes on at once
    assert 0.2 <= time.monotonic() - started < 5
    assert not waits(path, READER) and not turn_file(path, READER).exists()


def test_a_reader_gets_in_between_the_batches_of_a_busy_writer(store_file, tmp_path):
    """A writer that opens the file again right after closing it leaves gaps too short for
    a reader retrying with backoff; the reader's turn makes the writer wait for it."""
    stop = tmp_path / "stop"
    writing = busy_writer(store_file, stop)
    try:
        assert writing.stdout is not None and writing.stdout.readline()  # it has written
        for _ in range(10):
            with Access(store_file, lock_timeout=4).reading() as store:
                assert store.counts()["articles"] >= 3
    finally:
        stop.touch()
        assert writing.wait(timeout=30) == 0, writing.stderr.read() if writing.stderr else ""
    assert not turn_file(str(store_file), READER).exists()

