"""Turns: a process that waits for the store file announces it, so that the process that
holds the file lets it in.

DuckDB's lock on the file has no queue: an opener that finds it held retries
(``connection.waiting``), and a process that opens the file again right after closing it
(an ingest storing small batches back to back, a server whose requests overlap) may hold
it without a gap for longer than the other waits. So an opener that found the file held
takes an exclusive ``flock`` on a file next to the store until it has the file:

- a **writer** on ``STORE.writer``: the server's reader (``reader.py``) starts no new
  session while it is held, so its sessions end, it detaches the file and the writer
  gets in;
- a **reader** on ``STORE.reader``: a writer about to open the file again gives way
  (``give_way``) while it is held, so the reader gets in between two batches.

A turn is announced by one process at a time (the others retry as before). The lock goes
with the process that holds it, so an opener that dies leaves no one waiting; the file is
removed after the opener's turn.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path

WRITER = ".writer"
READER = ".reader"
#: how often a writer giving way looks again whether the waiting reader got in
_GIVE_WAY_STEP = 0.01
#: the longest a writer gives way to one waiting reader (an announced reader looks every
#: 50 ms, so it gets the file well before this)
MAX_GIVE_WAY = 2.0


def turn_file(path: str, role: str = WRITER) -> Path:
    """The file a waiting opener of the ``role`` (``WRITER`` or ``READER``) locks beside
    the store at ``path``."""
    return Path(path + role)


class Turn:
    """The announcement of a process waiting to open the store ``path`` in ``role``."""

    def __init__(self, path: str, role: str = WRITER) -> None:
        """A turn for the store at ``path``, not announced yet."""
        self.path = turn_file(path, role)
        self._fd: int | None = None

    @property
    def announced(self) -> bool:
        """Whether this process has announced that it waits."""
        return self._fd is not None

    def announce(self) -> None:
        """Announce that this process waits (unless another one already does)."""
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return  # a directory we cannot write to: no announcement, plain retries
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.fstat(fd).st_ino != os.stat(self.path).st_ino:
                raise OSError("removed by the previous opener")  # announce at the next try
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


def waits(path: str, role: str = WRITER) -> bool:
    """Whether an opener of the ``role`` in another process announced that it waits for
    the store."""
    try:
        fd = os.open(turn_file(path, role), os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # also releases the shared lock taken to look
    return False


def writer_waits(path: str) -> bool:
    """Whether a writer in another process announced that it waits for the store."""
    return waits(path, WRITER)


def give_way(path: str, seconds: float = MAX_GIVE_WAY) -> None:
    """Before a writer opens the store: while a reader in another process announces that it
    waits, and for at most ``seconds``, let it get the file first."""
    deadline = time.monotonic() + seconds
    while waits(path, READER) and time.monotonic() < deadline:
        time.sleep(_GIVE_WAY_STEP)
