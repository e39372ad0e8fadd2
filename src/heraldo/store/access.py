"""The store access policy, the same in every process (the CLI, an ingest, a server).

DuckDB lets one process write a database file, or several read it, never both at once.
So a process holds the file only for as long as one piece of work takes:

- **Readers** open it read-only, and only while they read (one query, one export).
- **Writers** open it for writing only while they write one batch (and refresh what
  derives from it); migrations run only then. A reader that finds an outdated schema
  upgrades it in one short writing session first.
- **On a lock conflict** the opener retries with backoff for at most ``lock_timeout``
  seconds (default 10), then fails with one line naming the process that holds the lock.
  While it waits it announces its turn (``turns.py``), so a process that opens the file
  again and again (an ingest's batches, a server's requests) lets it in between two.

``Access(path).reading()`` and ``.writing()`` are context managers that yield an open
:class:`~heraldo.store.db.Store` and close it on exit. An already open ``Store`` offers
the same two methods (yielding itself), so code written against :class:`Sessions` runs on
a shared file and on a private (``:memory:``) store alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol

from heraldo.errors import StoreError
from heraldo.store.connection import DEFAULT_LOCK_TIMEOUT, OutdatedStore
from heraldo.store.db import Store


class Sessions(Protocol):
    """Something that hands out reading and writing sessions on a store."""

    def reading(self) -> AbstractContextManager[Store]:
        """A read-only store session."""
        ...

    def writing(self) -> AbstractContextManager[Store]:
        """A writing store session."""
        ...


class Access:
    """Short sessions on the store file ``path``, under the policy above."""

    def __init__(self, path: str | Path, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        """Sessions on ``path``, each waiting at most ``lock_timeout`` seconds for the lock."""
        self.path = str(path)
        self.lock_timeout = lock_timeout

    def exists(self) -> bool:
        """Whether the store file exists."""
        return Path(self.path).exists()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A read-only store, open for the block only."""
        if not self.exists():
            raise StoreError(f"{self.path}: no such store")
        try:
            store = Store(self.path, read_only=True, lock_timeout=self.lock_timeout)
        except OutdatedStore:
            with self.writing():
                pass  # opening for writing migrates
            store = Store(self.path, read_only=True, lock_timeout=self.lock_timeout)
        with store:
            yield store

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """A store open for writing (created and migrated as needed), for the block only."""
        with Store(self.path, lock_timeout=self.lock_timeout) as store:
            yield store
