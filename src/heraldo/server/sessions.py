"""The server's sessions on its store file: each request opens the file for as long as it
reads (``heraldo.store.access``), so the server holds no lock between requests and an
ingest in another process gets the file between them.

Within the server's own process DuckDB shares one open database among concurrent readers,
and cannot open it for writing while they hold it. So the requests of this process pass a
gate: readers together, a writer alone, and a waiting writer goes before new readers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from heraldo.store import Access, Store
from heraldo.store.connection import DEFAULT_LOCK_TIMEOUT


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

    def __init__(self, path: str | Path, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        """Sessions on the store at ``path``, waiting at most ``lock_timeout`` for its lock."""
        self.access = Access(path, lock_timeout=lock_timeout)
        self.gate = Gate()

    @property
    def path(self) -> str:
        """The store's file."""
        return self.access.path

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """The store opened read-only for one request."""
        with self.gate.read(), self.access.reading() as store:
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
