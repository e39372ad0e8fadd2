"""A writer's turn: a process that waits for the store file to write announces it, so that
a busy reader lets it in.

DuckDB's lock on the file has no queue: a writer that finds it held retries (``connection
.waiting``), and a server whose requests overlap may hold it without a gap for longer than
the writer waits. So a writer that found the file held takes an exclusive ``flock`` on
``STORE.writer`` (next to the store) until it has the file; the server's reader
(``reader.py``) starts no new session while that lock is held, so its sessions end, it
detaches the file and the writer gets in. The lock goes with the process that holds it,
so a writer that dies leaves no one waiting; the file is removed after the writer's turn.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

SUFFIX = ".writer"


def turn_file(path: str) -> Path:
    """The file a waiting writer locks beside the store at ``path``."""
    return Path(path + SUFFIX)


class Turn:
    """The announcement of a writer waiting for the store ``path``."""

    def __init__(self, path: str) -> None:
        """A turn for the store at ``path``, not announced yet."""
        self.path = turn_file(path)
        self._fd: int | None = None

    @property
    def announced(self) -> bool:
        """Whether this process has announced that it waits to write."""
        return self._fd is not None

    def announce(self) -> None:
        """Announce that this process waits (unless another writer already does)."""
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return  # a directory we cannot write to: no announcement, plain retries
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.fstat(fd).st_ino != os.stat(self.path).st_ino:
                raise OSError("removed by the writer before")  # announce at the next try
        except OSError:
            os.close(fd)
            return
        self._fd = fd

    def withdraw(self) -> None:
        """The turn is taken (or given up): remove the announcement."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)  # releases the lock
        self._fd = None


def writer_waits(path: str) -> bool:
    """Whether a writer in another process announced that it waits for the store."""
    try:
        fd = os.open(turn_file(path), os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # also releases the shared lock taken to look
    return False
