"""``heraldo ingest``: a corpus into the store, with a progress bar and a summary."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from heraldo.cli.errors import date_option, fail, friendly, warn
from heraldo.errors import StoreError, UsageError

if TYPE_CHECKING:
    from heraldo.scale.ingest import IngestReport
    from heraldo.store import Store

err = Console(stderr=True)
DB_HELP = "The store (a DuckDB file)."


class RateColumn(ProgressColumn):
    """A progress column showing the ingest rate in articles per second."""

    def render(self, task: Task) -> Text:
        """The rate of the finished or running task, or an ellipsis before it has one."""
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "… articles/s", style="cyan")


@contextlib.contextmanager
def store_errors() -> Iterator[None]:
    """A store that cannot be opened or written: one line and exit status 1."""
    try:
        yield
    except StoreError as exc:
        fail(str(exc), 1)


def reading(db: Path, lock_timeout: float) -> AbstractContextManager[Store]:
    """A read-only session on the existing store ``db`` (``heraldo.store.access``)."""
    from heraldo.store import Access

    if not db.exists():
        raise UsageError(f"{db}: no such store (create it with `heraldo ingest … --db {db}`)")
    return Access(db, lock_timeout=lock_timeout).reading()


def lock_timeout_option() -> Any:
    """The ``--lock-timeout`` option every command that opens a store takes (seconds, default
    10)."""
    return typer.Option(10.0, "--lock-timeout", min=0, metavar="SECONDS",
                        help="Wait this long for a store another process is using.")


@friendly
def ingest(
    paths: list[Path] = typer.Argument(..., metavar="PATH", hidden=True),
    db: Path = typer.Option(Path("heraldo.duckdb"), "--db", metavar="PATH", help=DB_HELP),
    workers: int = typer.Option(1, "--workers", metavar="N",
                                min=1, help="Processes coding in parallel."),
    published: str = typer.Option(None, "--published", metavar="DATE",
                                  help="Publication date for articles without one."),
    engine: str = typer.Option("local", "--engine", metavar="ENGINE", help="local or dask."),
    scheduler: str = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                  help="Dask scheduler address "
                                  "(default: a LocalCluster of --workers processes)."),
    parquet_dir: Path = typer.Option(None, "--parquet-dir", metavar="DIR",
                                     help="Dask: keep the Parquet "
                                     "partitions here (shared by client and workers)."),
    lang: str = typer.Option(None, "--lang", metavar="LANG",
                             help="Language of every article (default: "
                             "the record's lang, else detected)."),
    max_bytes: int = typer.Option(10_000_000, "--max-bytes", metavar="N", min=1,
                                  help="Skip single documents larger than this."),
    batch_size: int = typer.Option(None, "--batch-size", metavar="N",
                                   min=1, help="Articles per batch "
                                   "(one transaction each; default 32, Dask 200)."),
    strict: bool = typer.Option(False, "--strict", help="Any skipped input is an error."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log each stored batch."),
    lock_timeout: float = lock_timeout_option(),
) -> None:
    """Code a corpus into the store: idempotent, resumable, parallel.

    PATH: files or directories (text, JSONL, HTML, RSS/Atom, WARC), or - for standard input.
    """
    from heraldo.ingest import ReadOptions
    from heraldo.scale.ingest import ingest as run
    from heraldo.store import Access

    _check_options(paths, engine, lang, published, dask_only={"--scheduler": scheduler,
                                                              "--parquet-dir": parquet_dir})
    if verbose:
        logging.getLogger("heraldo").setLevel(logging.INFO)
    from heraldo.ingest.records import normalise_date

    options = ReadOptions(normalise_date(published), max_bytes, lang)
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), RateColumn(),
               TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    store = Access(db, lock_timeout=lock_timeout)
    with store_errors(), Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task("ingest", total=None)
        report = run(paths, store, workers=workers, engine=engine, scheduler=scheduler,
                     options=options, batch_size=batch_size, parquet_dir=parquet_dir,
                     progress=lambda done, total: bar.update(task, completed=done, total=total))
        with store.reading() as session:
            counts = session.counts()
    _summary(report, counts, db)
    if report.read == 0:
        fail("nothing could be processed (every input was skipped)", 1)
    if strict and report.skipped_total:
        fail(f"{report.skipped_total} input(s) skipped (--strict)", 1)


def _check_options(paths: list[Path], engine: str, lang: str | None, published: str | None,
                   dask_only: dict[str, object]) -> None:
    """Clear errors for what ``ingest`` cannot do, before anything is read or written; a
    warning for options it would ignore."""
    from heraldo.nlp.loader import supported_languages
    from heraldo.scale.ingest import ENGINES

    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if lang is not None and lang not in supported_languages():
        raise UsageError(f"--lang {lang!r} is not supported; choose one of "
                         f"{', '.join(supported_languages())}")
    for option, value in dask_only.items():
        if value is not None and engine != "dask":
            warn(f"{option} applies to --engine dask only; it is ignored")
    date_option(published, "--published")
    missing = [str(p) for p in paths if str(p) != "-" and not p.exists()]
    if missing:
        raise UsageError(f"{', '.join(missing)}: no such file or directory")


def _summary(report: IngestReport, counts: dict[str, int], db: Path) -> None:
    rate = report.read / report.seconds if report.seconds else 0.0
    typer.echo(f"read {report.read} articles in {report.seconds:.1f} s ({rate:.1f}/s): "
               f"{report.new} new, {report.present} already in the store, "
               f"{report.repeated} repeated; {report.events} new events")
    if report.skipped:
        typer.echo(f"skipped {report.skipped_total}:")
        for reason, n in report.skipped.most_common():
            typer.echo(f"  {reason}: {n}  e.g. {'; '.join(report.examples[reason])}")
    typer.echo(f"store {db}: {counts['articles']} articles, {counts['events']} events, "
               f"{counts['canonical_events']} canonical events, "
               f"{counts['clusters']} article clusters")
