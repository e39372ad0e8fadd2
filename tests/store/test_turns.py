"""A writer's turn: a writer that has to wait announces it, and a busy reader starts no new
session until the writer has had the file, even when its sessions overlap without a gap."""

from __future__ import annotations

import os
import threading
import time

from store_files import store_file, writer

from heraldo.store.reader import Reader
from heraldo.store.turns import Turn, turn_file, writer_waits


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
