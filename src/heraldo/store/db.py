"""The DuckDB store: open (and migrate), bulk-write Documents, read them back, and the
typed queries the CLI and the server share (events, dyads, graph, actors, articles).

Writes register Arrow tables and copy them with ``INSERT … SELECT`` in one transaction
per batch. Articles already in the store are left out of every table, so writing the
same Documents twice adds nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType

import duckdb
import pyarrow as pa

from heraldo.errors import StoreError
from heraldo.model import Document
from heraldo.store.actors import ActorDetail, ActorRow, actor_detail, list_actors
from heraldo.store.canonical import Canonical, iter_canonical
from heraldo.store.connection import DEFAULT_LOCK_TIMEOUT, OutdatedStore, check_store, connect
from heraldo.store.documents import iter_documents, load_documents
from heraldo.store.events import Cursor, EventFilter, EventRow, find_events
from heraldo.store.evidence import EventDetail, event_detail
from heraldo.store.graph import Graph, actor_graph
from heraldo.store.migrate import current_version, latest_version, migrate
from heraldo.store.places import PlaceCount, places
from heraldo.store.rows import TABLES, to_tables
from heraldo.store.series import DyadRow, dyad_series
from heraldo.store.timeline import Period, timeline

log = logging.getLogger(__name__)

DEFAULT_PATH = "heraldo.duckdb"


# The rows of the other tables that belong to new articles (all of them when every article
# of the batch is new: then the filter is skipped).
_INSERTS = {
    "mentions": "INSERT INTO mentions BY NAME SELECT * FROM b_mentions",
    "events": "INSERT INTO events BY NAME SELECT *, "
              "list_transform(sources, lambda m: m.actor.code) AS source_codes, "
              "list_transform(targets, lambda m: m.actor.code) AS target_codes "
              "FROM b_events",
    "relations": "INSERT INTO relations BY NAME SELECT * FROM b_relations",
    "statements": "INSERT INTO statements BY NAME SELECT * FROM b_statements",
}
_ONLY_NEW = " WHERE article_id IN (SELECT id FROM _new)"


class Store:
    """A Heraldo store in one DuckDB file (or ``:memory:``), open until :meth:`close`.

    Opened for writing, a new or outdated store is migrated first; opened read-only, it
    is read as it is (an outdated one raises ``OutdatedStore``). Anything that is not a
    Heraldo store is refused before a byte is written (``store/connection.py``). To share
    a store file between processes, open it through ``heraldo.store.access.Access``.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False,
                 lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
                 conn: duckdb.DuckDBPyConnection | None = None) -> None:
        """Open the store at ``path`` (migrating it when opened for writing), waiting at most
        ``lock_timeout`` seconds for DuckDB's lock; a StoreError when it cannot. ``conn``: a
        connection already open on it, read-only (``store/reader.py``)."""
        self.path = str(path)
        # ``conn``: a connection already open on the store, read-only (``store/reader.py``)
        self.read_only = read_only or conn is not None
        self.conn = conn if conn is not None else connect(
            self.path, read_only=read_only, lock_timeout=lock_timeout)
        try:
            version = check_store(self.conn, self.path)
            if self.read_only and version < latest_version():
                raise OutdatedStore(f"{self.path}: the store has schema version {version}; "
                                    f"this Heraldo reads version {latest_version()} (open it "
                                    "for writing once to upgrade it)")
            if not self.read_only:
                migrate(self.conn)
                # before anything is written: a reader that saw the old generation never
                # takes what this session writes for what it read (``generation``)
                self.conn.execute("UPDATE store_generation SET n = n + 1")
        except duckdb.Error as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc
        except StoreError:
            self.conn.close()
            raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Store]:
        """This open store as a reading session (see ``access.Access.reading``)."""
        yield self

    @contextlib.contextmanager
    def writing(self) -> Iterator[Store]:
        """This open store as a writing session (see ``access.Access.writing``)."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only, cannot write")
        yield self

    def __enter__(self) -> Store:
        """The open store, closed at the end of the block."""
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Close the store."""
        self.close()

    def close(self) -> None:
        """Close the DuckDB connection (and release the file)."""
        self.conn.close()

    def write_documents(self, documents: Iterable[Document]) -> int:
        """Store ``documents`` in one transaction; the number of new articles."""
        return self.write_tables(to_tables(documents))

    def write_tables(self, tables: dict[str, pa.Table]) -> int:
        """Store Arrow tables (from ``rows.to_tables``) in one transaction; the number of
        new articles. The primary key of ``articles`` finds those already stored."""
        conn = self.conn
        conn.execute("BEGIN TRANSACTION")
        try:
            for name in TABLES:
                conn.register(f"b_{name}", tables[name])
            new = [r[0] for r in conn.execute(
                "INSERT OR IGNORE INTO articles BY NAME SELECT * FROM b_articles "
                "RETURNING id").fetchall()]
            if new:
                everything = len(new) == tables["articles"].num_rows
                conn.register("_new", pa.table({"id": pa.array(new, pa.string())}))
                for sql in _INSERTS.values():
                    conn.execute(sql if everything else sql + _ONLY_NEW)
                conn.execute("INSERT OR IGNORE INTO actors BY NAME SELECT * FROM b_actors")
            conn.execute("COMMIT")
        except duckdb.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: write failed ({exc})") from exc
        finally:
            for view in (*(f"b_{name}" for name in TABLES), "_new"):
                with contextlib.suppress(duckdb.Error):
                    conn.unregister(view)
        log.info("stored %d new article(s)", len(new))
        return len(new)

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` whose articles are already stored."""
        if not ids:
            return set()
        table = pa.table({"id": pa.array(list(ids), pa.string())})
        self.conn.register("_ids", table)
        try:
            rows = self.conn.execute(
                "SELECT id FROM _ids WHERE id IN (SELECT id FROM articles)").fetchall()
        finally:
            self.conn.unregister("_ids")
        return {r[0] for r in rows}

    def rows(self, table: str) -> int:
        """The number of rows of one of the per-article tables (``rows.TABLES``)."""
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        ((n,),) = self.conn.execute(f"SELECT count(*) FROM {table}").fetchall()
        return int(n)

    def counts(self) -> dict[str, int]:
        """Rows in each table (articles, events, …, canonical_events), and ``clusters``."""
        names = (*TABLES, "article_clusters", "canonical_events")
        sql = " UNION ALL ".join(f"SELECT '{n}', count(*) FROM {n}" for n in names)
        sql += " UNION ALL SELECT 'clusters', count(DISTINCT cluster_id) FROM article_clusters"
        return {name: int(n) for name, n in self.conn.execute(sql).fetchall()}

    def schema_version(self) -> int:
        """The number of the last migration the store has."""
        return current_version(self.conn)

    def generation(self) -> int:
        """A number that every writing session bumps when it opens: what a reader read
        under one generation is what the store holds until it changes."""
        ((n,),) = self.conn.execute("SELECT n FROM store_generation").fetchall()
        return int(n)

    # The typed queries: the CLI's filters as keyword arguments. ``actor`` and the sides
    # of ``dyad`` match a code or its prefix; ``type`` is a PLOVER type or a CAMEO prefix.

    def events(self, *, actor: str | None = None, dyad: tuple[str, str] | None = None,
               type: str | None = None, since: dt.date | None = None,
               until: dt.date | None = None, min_confidence: float | None = None,
               limit: int | None = 100, after: Cursor | None = None) -> list[EventRow]:
        """Canonical events, the latest first: at most ``limit`` (None: all), those
        listed after ``after`` (``Cursor.after(last row)``)."""
        f = EventFilter(actor, dyad, type, since, until, min_confidence, limit)
        return find_events(self.conn, f, after=after)

    def event(self, event_id: str) -> EventDetail | None:
        """One canonical event with every mention and its sentence."""
        return event_detail(self.conn, event_id)

    def dyads(self, *, freq: str = "month", actor: str | None = None,
              dyad: tuple[str, str] | None = None, since: dt.date | None = None,
              until: dt.date | None = None, level: str = "actor",
              no_self: bool = False) -> list[DyadRow]:
        """Dyad time series per ``freq`` period (``store/series.py``)."""
        f = EventFilter(actor, dyad, None, since, until, None, None)
        return dyad_series(self.conn, freq, f, level=level, no_self=no_self)

    def graph(self, *, actor: str | None = None, type: str | None = None,
              since: dt.date | None = None, until: dt.date | None = None,
              kind: str | None = None, country: str | None = None, min_events: int = 1,
              limit: int | None = None) -> Graph:
        """Actors as nodes, dyads as edges weighted by events (``store/graph.py``)."""
        f = EventFilter(actor, None, type, since, until, None, None)
        return actor_graph(self.conn, f, kind=kind, country=country, min_events=min_events,
                           limit=limit)

    def timeline(self, *, freq: str = "month", actor: str | None = None,
                 type: str | None = None, since: dt.date | None = None,
                 until: dt.date | None = None) -> list[Period]:
        """Canonical events per period by quad class (``store/timeline.py``)."""
        f = EventFilter(actor, None, type, since, until, None, None)
        return timeline(self.conn, freq, f)

    def places(self, *, actor: str | None = None, type: str | None = None,
               since: dt.date | None = None, until: dt.date | None = None,
               limit: int | None = None) -> list[PlaceCount]:
        """Canonical events per place (``store/places.py``)."""
        f = EventFilter(actor, None, type, since, until, None, None)
        return places(self.conn, f, limit)

    def actors(self, *, limit: int | None = None) -> list[ActorRow]:
        """The actor codes, the most mentioned first."""
        return list_actors(self.conn, limit)

    def actor(self, code: str, *, freq: str = "month") -> ActorDetail | None:
        """One actor code with its counterparts per period and its named actors."""
        return actor_detail(self.conn, code, freq)

    def documents(self) -> Iterator[Document]:
        """Every stored Document, by article id."""
        return iter_documents(self.conn)

    def canonical(self) -> Iterator[Canonical]:
        """Every canonical event with its representative event and article (exports)."""
        return iter_canonical(self.conn)

    def write_parquet(self, directory: Path) -> int:
        """Every table as ``directory/<table>.parquet``; the number of tables."""
        directory.mkdir(parents=True, exist_ok=True)
        names = (*TABLES, "article_clusters", "event_clusters", "canonical_events",
                 "canonical_dyads")
        for name in names:
            self.conn.execute(f"COPY {name} TO $out (FORMAT parquet)",
                              {"out": str(directory / f"{name}.parquet")})
        return len(names)

    def article(self, article_id: str) -> Document | None:
        """The stored Document of one article."""
        found = load_documents(self.conn, [article_id])
        return found[0] if found else None


def open_store(path: str | Path = DEFAULT_PATH, *, read_only: bool = False,
               lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> Store:
    """Open the store at ``path``: for writing (creating and migrating it as needed), or
    read-only. It stays open, holding DuckDB's lock on the file, until closed."""
    return Store(path, read_only=read_only, lock_timeout=lock_timeout)
