"""Numbered SQL migrations (``migrations/NNN_name.sql``), applied in order when a store is
opened for writing.

Each applied migration is recorded in ``schema_migrations`` in the same transaction as its
statements, so a store is always at a well-defined version.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib.resources import files

import duckdb

log = logging.getLogger(__name__)

NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    """One numbered SQL migration of ``store/migrations``."""

    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """The migrations shipped with Heraldo, in version order."""
    found = []
    for entry in files("heraldo.store").joinpath("migrations").iterdir():
        match = NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2),
                                   entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    return found


def latest_version() -> int:
    """The version of the last migration shipped with Heraldo."""
    return migrations()[-1].version


def current_version(conn: duckdb.DuckDBPyConnection) -> int:
    """The version of the last applied migration (0: none); reads only."""
    ((exists,),) = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND table_name = 'schema_migrations'").fetchall()
    if not exists:
        return 0
    ((version,),) = conn.execute("SELECT max(version) FROM schema_migrations").fetchall()
    return int(version or 0)


def migrate(conn: duckdb.DuckDBPyConnection, target: int | None = None) -> list[int]:
    """Apply the pending migrations up to ``target`` (default: all); their versions."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                 "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                 "applied_at TIMESTAMP DEFAULT current_timestamp)")
    version = current_version(conn)
    applied = []
    for migration in migrations():
        if migration.version <= version or (target is not None and migration.version > target):
            continue
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.execute(migration.sql)
            conn.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                         [migration.version, migration.name])
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        log.info("applied migration %03d_%s", migration.version, migration.name)
        applied.append(migration.version)
    return applied
