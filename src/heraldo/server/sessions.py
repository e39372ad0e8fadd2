"""The server's sessions on its store file: each request has the file for as long as it
reads (``heraldo.store.access``), so the server holds no lock between requests and an
ingest in another process gets the file between them. Reads go through one DuckDB instance
kept for the server (``heraldo.store.reader``), which attaches the file while requests
read; writes open it as every writer does.

Within the server's own process DuckDB shares one open database among concurrent readers,
and cannot open it for writing while they hold it. So the requests of this process pass a
gate: readers together, a writer alone, and a waiting writer goes before new readers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from heraldo.server.answers import DEFAULT_SIZE, Answers
from heraldo.store import Access, Store
from heraldo.store.connection import DEFAULT_LOCK_TIMEOUT, OutdatedStore
from heraldo.store.reader import Reader


class Gate:
    """Many readers or one writer at a time; a waiting writer goes first."""

    def __init__(self) -> None:
        """A gate with no reader and no writer."""
        self._turn = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting_writers = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        """Hold the gate for reading: readers share it, after any waiting writer."""
        with self._turn:
            self._turn.wait_for(lambda: not self._writing and not self._waiting_writers)
            self._readers += 1
        try:
            yield
        finally:
            with self._turn:
                self._readers -= 1
                self._turn.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        """Hold the gate alone for writing, once the readers are done."""
        with self._turn:
            self._waiting_writers += 1
            self._turn.wait_for(lambda: not self._writing and not self._readers)
            self._waiting_writers -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._turn:
                self._writing = False
                self._turn.notify_all()


class ServerSessions:
    """Short reading and writing sessions on ``path`` for the server's requests."""

    def __init__(self, path: str | Path, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
                 cache_size: int = DEFAULT_SIZE) -> None:
        """Sessions on the store at ``path``, waiting at most ``lock_timeout`` for its lock,
        keeping at most ``cache_size`` bytes of answers."""
        self.access = Access(path, lock_timeout=lock_timeout)
        self.reader = Reader(path, lock_timeout=lock_timeout)
        self.gate = Gate()
        self.answers = Answers(cache_size)

    @property
    def path(self) -> str:
        """The store's file."""
        return self.access.path

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """The store opened read-only for one request (migrated first if it is outdated)."""
        with ExitStack() as stack:
            try:
                store = stack.enter_context(self._read())
            except OutdatedStore:
                with self.writing():
                    pass  # opening for writing migrates
                store = stack.enter_context(self._read())
            yield store

    def answer(self, key: str, build: Callable[[Store], bytes]) -> bytes:
        """The answer to the request ``key`` that ``build`` makes from the store, kept for
        as long as the store's generation (and its file) stays the same
        (``answers.py``)."""
        with self.reading() as store:
            version = (Path(self.path).stat().st_ino, store.generation())
            return self.answers.get(version, key, lambda: build(store))

    @contextmanager
    def _read(self) -> Iterator[Store]:
        with self.gate.read(), self.reader.reading() as store:
            yield store

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The store opened for writing for one request, with no reader in the process."""
        with self.gate.write(), self.access.writing() as store:
            yield store


def sessions(request: Any) -> ServerSessions:
    """The sessions of the app serving ``request`` (a ``fastapi.Request``)."""
    found: ServerSessions = request.app.state.sessions
    return found
