"""Connecting to a store path: refuse what is not a Heraldo store before writing anything,
never download or load DuckDB extensions, and wait a bounded time for another process's
lock.

DuckDB opens a CSV or Parquet file given as a database as an in-memory database (so
writes vanish) and tries to fetch its SQLite extension for an SQLite file; a DuckDB file
of someone else's tables would gain Heraldo's. :func:`check_path` and :func:`check_store`
refuse each with one line. A lock conflict (another process writes, or reads while this
one wants to write) is retried with backoff until ``lock_timeout`` seconds have passed;
then the error names the process holding the lock.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb

from heraldo.errors import StoreError
from heraldo.store.migrate import current_version, latest_version
from heraldo.store.turns import MAX_GIVE_WAY, READER, WRITER, Turn, give_way

MEMORY = ":memory:"
DEFAULT_LOCK_TIMEOUT = 10.0
#: no extension is ever installed or loaded behind the user's back (no network at run time)
CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False, "autoload_known_extensions": False}
#: a DuckDB database file has these bytes at offset 8
DUCKDB_MAGIC = b"DUCK"
#: the first bytes of files that people give as a database by mistake
KNOWN_FILES = ((b"SQLite format 3\x00", "an SQLite database"), (b"PAR1", "a Parquet file"))
_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")
_FIRST_DELAY = 0.05
_MAX_DELAY = 1.0
T = TypeVar("T")


class OutdatedStore(StoreError):
    """A store opened read-only whose schema is older than this Heraldo's."""


def _kind(head: bytes) -> str:
    for magic, kind in KNOWN_FILES:
        if head.startswith(magic):
            return kind
    return "a data or text file"


def check_path(path: str) -> None:
    """Refuse a path that holds something other than a DuckDB database."""
    target = Path(path)
    if target.is_dir():
        raise StoreError(f"{path}: is a directory, not a store")
    if not target.exists():
        return
    with open(target, "rb") as fh:
        head = fh.read(16)
    if not head:
        raise StoreError(f"{path}: is an empty file, not a store (remove it or choose "
                         "another --db)")
    if head[8:12] != DUCKDB_MAGIC:
        raise StoreError(f"{path}: is {_kind(head)}, not a Heraldo store (DuckDB); "
                         "give --db a new path or an existing store")


def lock_holder(message: str) -> str | None:
    """The process that holds the lock, from DuckDB's lock-conflict message; None when
    ``message`` is about something else."""
    match = _HOLDER.search(message)
    if match is None:
        return None
    return f"process {match['pid']} ({match['program']})"


def connect(path: str, *, read_only: bool,
            lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> duckdb.DuckDBPyConnection:
    """A connection to the DuckDB file ``path``, retrying while another process holds the
    lock, for at most ``lock_timeout`` seconds."""
    if path == MEMORY:
        return duckdb.connect(MEMORY, config=CONFIG)
    return waiting(path, lock_timeout,
                   lambda: duckdb.connect(path, read_only=read_only, config=CONFIG),
                   writer=not read_only)


def waiting(path: str, lock_timeout: float, open_file: Callable[[], T], *,
            writer: bool = False) -> T:
    """What ``open_file`` returns once it opens the file ``path`` (after ``check_path``),
    retrying with backoff while another process holds the lock, for at most
    ``lock_timeout`` seconds. An opener that has to wait announces it, and a ``writer``
    first gives way to a reader that announced it waits (``turns.py``)."""
    check_path(path)
    deadline = time.monotonic() + lock_timeout
    if writer:
        give_way(path, min(lock_timeout, MAX_GIVE_WAY))
    delay = _FIRST_DELAY
    turn = Turn(path, WRITER if writer else READER)
    try:
        while True:
            try:
                return open_file()
            except duckdb.Error as exc:
                holder = lock_holder(str(exc))
                if holder is None:
                    raise StoreError(f"{path}: cannot open the store ({exc})") from exc
                left = deadline - time.monotonic()
                if left <= 0:
                    raise StoreError(f"{path}: the store is in use by {holder}; gave up "
                                     f"after {lock_timeout:g} s (--lock-timeout)") from None
                turn.announce()
                time.sleep(min(delay, left))
                # announced, the opener looks often: the holder lets the file go for it
                delay = _FIRST_DELAY if turn.announced else min(2 * delay, _MAX_DELAY)
    finally:
        turn.withdraw()


def user_tables(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """The tables and views of the open database (not DuckDB's own)."""
    rows = conn.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "UNION ALL SELECT view_name FROM duckdb_views() "
        "WHERE database_name = current_database() AND NOT internal").fetchall()
    return sorted(r[0] for r in rows)


def check_store(conn: duckdb.DuckDBPyConnection, path: str) -> int:
    """The schema version of the store ``conn`` holds (0: a new, empty database). Refuses a
    database of other tables, and one written by a newer Heraldo; writes nothing."""
    tables = user_tables(conn)
    if not tables:
        return 0
    if "schema_migrations" not in tables:
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        raise StoreError(f"{path}: is a DuckDB database but not a Heraldo store (it holds "
                         f"{shown}); give --db a new path or an existing store")
    version = current_version(conn)
    if version > latest_version():
        raise StoreError(f"{path}: the store has schema version {version}, newer than this "
                         f"Heraldo's {latest_version()}; upgrade Heraldo")
    return version
