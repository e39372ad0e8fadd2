"""The Dask backend: the per-article pipeline in Dask workers, over partitions.

Each partition (a few hundred articles) is coded in a worker (models cached per worker
process, ``pure=False``, one BLAS thread) and written as Parquet, one file per store
table, under ``parquet_dir/part-<hash>/``; the client then loads each partition into the
store as it completes. On a real cluster ``parquet_dir`` must be a path that the workers
and the client both see (a shared file system).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from heraldo.ingest.records import Skipped
from heraldo.model import Article, stable_hash
from heraldo.scale.work import BatchResult, code_batch, limit_threads
from heraldo.store.rows import TABLES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Partition:
    """What a worker hands back: where its Parquet files are, and what it skipped."""

    directory: str
    articles: int
    skipped: tuple[Skipped, ...]


def code_partition(articles: list[Article], parquet_dir: str) -> Partition:
    """Runs in a Dask worker: code ``articles`` and write one Parquet file per table."""
    limit_threads()
    result = code_batch(articles)
    directory = Path(parquet_dir) / f"part-{stable_hash(*(a.id for a in articles))}"
    directory.mkdir(parents=True, exist_ok=True)
    for name, table in result.tables.items():
        pq.write_table(table, directory / f"{name}.parquet")
    return Partition(str(directory), result.articles, result.skipped)


def load_partition(partition: Partition) -> BatchResult:
    """The Arrow tables a worker wrote for a partition, with its articles and skips."""
    directory = Path(partition.directory)
    tables = {name: pq.read_table(directory / f"{name}.parquet") for name in TABLES}
    return BatchResult(tables, partition.articles, partition.skipped)


class DaskBackend:
    """Code batches on a Dask cluster: ``scheduler`` address, or a LocalCluster."""

    def __init__(self, workers: int, parquet_dir: Path, scheduler: str | None = None) -> None:
        """Connect to the Dask scheduler at ``scheduler``, or start a LocalCluster of ``workers``
        single-threaded processes; partitions go to ``parquet_dir``."""
        if not log.isEnabledFor(logging.INFO):  # Dask's INFO lines only with --verbose
            os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
            logging.getLogger("distributed").setLevel(logging.WARNING)
        from distributed import Client, LocalCluster

        self.parquet_dir = str(parquet_dir)
        self.cluster: Any = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                        processes=True, dashboard_address=None)
            self.client = Client(self.cluster)
        self.slots = max(1, sum(self.client.nthreads().values()))
        log.info("dask: %d worker thread(s)", self.slots)

    def run(self, batches: Iterable[list[Article]]) -> Iterator[BatchResult]:
        """Submit each batch as a task (at most two per worker slot ahead) and yield each
        partition's result as it completes."""
        from distributed import as_completed

        in_flight = as_completed()
        count = 0
        for batch in batches:
            in_flight.add(self.client.submit(code_partition, batch, self.parquet_dir,
                                             pure=False))
            count += 1
            if count >= 2 * self.slots:
                yield load_partition(next(in_flight).result())
                count -= 1
        for future in in_flight:
            yield load_partition(future.result())

    def close(self) -> None:
        """Close the client, and the LocalCluster when this process started one."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def terminate(self) -> None:
        """Closing a LocalCluster ends its worker processes; a remote cluster's workers
        are not this process's to end (their tasks are cancelled with the client)."""
        self.close()
