"""Reading sessions of one long-running process (the server) on a store file, through one
DuckDB instance kept for the process.

Opening a DuckDB file starts a new database instance each time (its catalog of built-in
functions, its threads, its caches): about 20 ms before the first query. A ``Reader``
keeps one in-memory instance instead and attaches the store file to it, read-only, while
at least one of its sessions reads; when the last session ends, the file is detached and
DuckDB's lock on it released. So the process still holds no lock between sessions (the
access policy, ``access.py``), and a session costs an ``ATTACH`` (a few ms).

Like ``Access.reading``, a session waits up to ``lock_timeout`` seconds while another
process writes; while a writer announces that it waits (``turns.py``), no new session
starts, so the writer gets the file even when sessions overlap without a gap. A session
raises ``OutdatedStore`` for a store of an older schema (the caller
upgrades it in a writing session, with no session of this reader open).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from heraldo.errors import StoreError
from heraldo.store.connection import CONFIG, DEFAULT_LOCK_TIMEOUT, MEMORY, waiting
from heraldo.store.db import Store
from heraldo.store.turns import writer_waits

#: the name of the attached store in the reader's instance
ALIAS = "heraldo_store"
#: how often a session about to start looks again whether the waiting writer got in
_YIELD = 0.01


class Reader:
    """Read-only sessions on the store file ``path``, sharing one DuckDB instance."""

    def __init__(self, path: str | Path, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        """A reader of the store at ``path`` through one in-memory DuckDB instance."""
        self.path = str(path)
        self.lock_timeout = lock_timeout
        self._instance = duckdb.connect(MEMORY, config=CONFIG)
        self._turn = threading.Lock()
        self._sessions = 0

    @property
    def attached(self) -> bool:
        """Whether the store file is attached (some session is open)."""
        return self._sessions > 0

    def _attach(self) -> None:
        if not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store")
        waiting(self.path, self.lock_timeout, lambda: self._instance.execute(
            f"ATTACH $path AS {ALIAS} (READ_ONLY)", {"path": self.path}))

    def _enter(self) -> duckdb.DuckDBPyConnection:
        # while a writer in another process waits for its turn (``turns.py``), no new
        # session starts: the open ones end, the file is detached and the writer gets in
        deadline = time.monotonic() + self.lock_timeout
        while writer_waits(self.path) and time.monotonic() < deadline:
            time.sleep(_YIELD)
        with self._turn:
            if not self._sessions:
                self._attach()
            self._sessions += 1
            try:  # a cursor of the instance per session, made one at a time
                cursor = self._instance.cursor()
                cursor.execute(f"USE {ALIAS}")
            except BaseException:
                self._drop()
                raise
        return cursor

    def _drop(self) -> None:
        """One session fewer (under ``_turn``); the last one detaches the file."""
        self._sessions -= 1
        if not self._sessions:
            self._instance.execute(f"DETACH {ALIAS}")

    def _leave(self) -> None:
        with self._turn:
            self._drop()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A read-only store, open for the block only."""
        cursor = self._enter()
        try:
            with Store(self.path, conn=cursor) as store:
                yield store
        finally:
            self._leave()

    def close(self) -> None:
        """Close the instance (the store is attached only while requests read)."""
        self._instance.close()
