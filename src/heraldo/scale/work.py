"""The per-batch work, the same in-process, in a process pool and in Dask workers:
articles of one language in, Arrow tables for the store out. Models load once per process
(``heraldo.pipeline.get_pipeline``)."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import sys
from dataclasses import dataclass, field

import pyarrow as pa

from heraldo.ingest.records import Skipped
from heraldo.model import Article, Document

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # linux/prctl.h

THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                    "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


@dataclass(frozen=True)
class BatchResult:
    """What coding one batch gave: its store tables (Arrow), the number of articles, and the
    inputs skipped."""

    tables: dict[str, pa.Table]
    articles: int
    skipped: tuple[Skipped, ...] = field(default=())


def limit_threads() -> None:
    """One BLAS/OpenMP thread per worker process: parallelism comes from the processes."""
    for name in THREAD_VARIABLES:
        os.environ[name] = "1"


def end_with_parent() -> None:
    """On Linux, ask the kernel to send this worker SIGTERM when its parent dies, so that
    even a parent killed by SIGKILL leaves no worker behind."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def init_worker(languages: tuple[str, ...]) -> None:
    """Process-pool initializer: end with the parent, limit threads, then load each
    language's models once."""
    end_with_parent()
    limit_threads()
    from heraldo.pipeline import get_pipeline

    for lang in languages:
        get_pipeline(lang)


def _documents(articles: list[Article]) -> tuple[list[Document], list[Skipped]]:
    from heraldo.pipeline import get_pipeline

    pipeline = get_pipeline(articles[0].language)
    try:
        return list(pipeline.process(articles)), []
    except Exception:  # noqa: BLE001 - find the article at fault, keep the others
        log.warning("a batch failed; coding its %d articles one by one", len(articles))
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for article in articles:
        try:
            documents.extend(pipeline.process([article]))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
            origin = article.source_id or article.id
            skipped.append(Skipped(origin, "pipeline error", f"{type(exc).__name__}: {exc}"))
    return documents, skipped


def code_batch(articles: list[Article]) -> BatchResult:
    """Code ``articles`` (all of one language) into store tables."""
    from heraldo.store.rows import to_tables

    documents, skipped = _documents(articles) if articles else ([], [])
    return BatchResult(to_tables(documents), len(articles), tuple(skipped))
