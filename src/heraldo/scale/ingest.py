"""Ingest a corpus into a store: read, skip what is stored already, code in batches on a
backend, and write each batch, with the incremental refresh of the deduplication tables,
in one short writing session (``heraldo.store.access``: readers get their turn between
batches).

Idempotent (an article's id is the hash of its text; stored ones are not coded again)
and resumable (every committed batch stays; a rerun codes only what is missing). SIGTERM,
SIGHUP and SIGINT end the workers at once; what was written is refreshed before exit.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from heraldo.errors import StoreError
from heraldo.ingest import ReadOptions, Skipped, estimate_articles, read_paths
from heraldo.model import Article
from heraldo.nlp.loader import installed_model
from heraldo.scale.local import Backend, local_backend
from heraldo.scale.signals import interruptible
from heraldo.scale.work import BatchResult
from heraldo.store.access import Sessions

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")
Progress = Callable[[int, int], None]  # (articles done, articles expected)


@dataclass
class IngestReport:
    """What an ingest run did: articles read, stored, already present or repeated, events stored,
    time, and what it skipped (by reason, with examples)."""

    read: int = 0        # articles read from the inputs
    new: int = 0         # articles stored by this run
    present: int = 0     # already in the store
    repeated: int = 0    # the same text again within this run
    events: int = 0      # events stored by this run
    seconds: float = 0.0
    skipped: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def skip(self, item: Skipped) -> None:
        """Count a skipped input under its reason, keeping up to three examples."""
        self.skipped[item.reason] += 1
        shown = self.examples.setdefault(item.reason, [])
        if len(shown) < 3:
            shown.append(f"{item.origin} ({item.detail})" if item.detail else item.origin)

    @property
    def skipped_total(self) -> int:
        """The number of inputs skipped, all reasons together."""
        return sum(self.skipped.values())


@dataclass
class _Feed:
    """Turns the stream of read items into batches of new articles of one language."""

    store: Sessions
    report: IngestReport
    batch_size: int
    advance: Callable[[int], None]
    seen: set[str] = field(default_factory=set)
    pending: dict[str, list[Article]] = field(default_factory=dict)

    def batches(self, items: Iterable[Article | Skipped]) -> Iterator[list[Article]]:
        for item in items:
            if isinstance(item, Skipped):
                self.report.skip(item)
                self.advance(1)
                continue
            batch = self._add(item)
            if batch:
                yield batch
        for lang in list(self.pending):
            batch = self._fresh(self.pending.pop(lang))
            if batch:
                yield batch

    def _add(self, article: Article) -> list[Article]:
        self.report.read += 1
        if installed_model(article.language) is None:
            self.report.skip(Skipped(article.source_id or article.id, "no model",
                                     f"no spaCy model for {article.language!r} is installed"))
            self.advance(1)
            return []
        if article.id in self.seen:
            self.report.repeated += 1
            self.advance(1)
            return []
        self.seen.add(article.id)
        pending = self.pending.setdefault(article.language, [])
        pending.append(article)
        if len(pending) < self.batch_size:
            return []
        del self.pending[article.language]
        return self._fresh(pending)

    def _fresh(self, batch: list[Article]) -> list[Article]:
        with self.store.reading() as store:
            stored = store.existing_ids([a.id for a in batch])
        if stored:
            self.report.present += len(stored)
            self.advance(len(stored))
        return [a for a in batch if a.id not in stored]


def _backend(engine: str, workers: int, scheduler: str | None, parquet_dir: Path) -> Backend:
    if engine == "dask":
        from heraldo.scale.dask_runner import DaskBackend

        return DaskBackend(workers, parquet_dir, scheduler)
    return local_backend(workers)


def _write(sessions: Sessions, result: BatchResult, report: IngestReport,
           dedup: bool) -> None:
    """One batch and the derived tables it changes, in one writing session."""
    from heraldo.dedup import refresh

    with sessions.writing() as store:
        before = store.rows("events")
        report.new += store.write_tables(result.tables)
        report.events += store.rows("events") - before
        if dedup:
            refresh(store)


def ingest(paths: Sequence[Path], store: Sessions, *, workers: int = 1, engine: str = "local",
           scheduler: str | None = None, options: ReadOptions | None = None,
           batch_size: int | None = None, parquet_dir: Path | None = None,
           progress: Progress | None = None, dedup: bool = True) -> IngestReport:
    """Read ``paths``, code every article not yet stored, store it; return what happened.

    ``store`` is an ``Access`` (short sessions on a store file shared with other
    processes) or an open ``Store`` (held for the whole run)."""
    return ingest_items(read_paths(paths, options), store, expected=estimate_articles(paths),
                        workers=workers, engine=engine, scheduler=scheduler,
                        batch_size=batch_size, parquet_dir=parquet_dir, progress=progress,
                        dedup=dedup)


def ingest_items(items: Iterable[Article | Skipped], store: Sessions, *, expected: int = 0,
                 workers: int = 1, engine: str = "local", scheduler: str | None = None,
                 batch_size: int | None = None, parquet_dir: Path | None = None,
                 progress: Progress | None = None, dedup: bool = True) -> IngestReport:
    """Code every article of ``items`` not yet stored and store it, a batch per writing
    session (what ``ingest`` does once the files are read; the server's POST /articles)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    started = time.perf_counter()
    report = IngestReport()
    done = 0

    def advance(n: int) -> None:
        nonlocal done, expected
        done += n
        expected = max(expected, done)
        if progress:
            progress(done, expected)

    with store.writing():
        pass  # the store exists, at the current schema, before anything is read from it
    scratch = parquet_dir or Path(tempfile.mkdtemp(prefix="heraldo-parts-"))
    backend = _backend(engine, workers, scheduler, scratch)
    feed = _Feed(store, report, batch_size or (200 if engine == "dask" else 32), advance)
    try:
        with interruptible():
            for result in backend.run(feed.batches(items)):
                for item in result.skipped:
                    report.skip(item)
                _write(store, result, report, dedup)
                advance(result.articles)
    except BaseException:
        backend.terminate()
        if dedup:
            _refresh_written(store)
        raise
    else:
        backend.close()
    finally:
        if parquet_dir is None:
            shutil.rmtree(scratch, ignore_errors=True)
    report.seconds = time.perf_counter() - started
    return report


def _refresh_written(sessions: Sessions) -> None:
    """After an interrupted run: bring the derived tables up to date with what was
    written (a batch may have been stored just before the signal)."""
    from heraldo.dedup import refresh

    try:
        with sessions.writing() as store:
            refresh(store)
    except StoreError as exc:
        log.warning("could not refresh the deduplication tables: %s", exc)
