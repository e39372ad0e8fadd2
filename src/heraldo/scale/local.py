"""Local backends: in-process (one worker) and a pool of processes (one model load each).

A backend maps batches of articles to ``BatchResult``s, yielding them as they complete,
with a bounded number of batches in flight so that a corpus of any size streams."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing import get_context
from typing import Protocol

from heraldo.model import Article
from heraldo.scale.work import BatchResult, code_batch, init_worker


class Backend(Protocol):
    """How an ingest has its batches coded: in this process, a process pool or Dask workers."""

    def run(self, batches: Iterable[list[Article]]) -> Iterator[BatchResult]:
        """The coded results of ``batches``, in the order they complete."""
        ...

    def close(self) -> None:
        """Wait for the work in flight, then release the workers."""

    def terminate(self) -> None:
        """End the workers now (the run was interrupted)."""


class InProcess:
    """Code each batch in this process."""

    def run(self, batches: Iterable[list[Article]]) -> Iterator[BatchResult]:
        """Code each batch here, in order."""
        for batch in batches:
            yield code_batch(batch)

    def close(self) -> None:
        """Nothing to release: the work ran in this process."""
        pass

    def terminate(self) -> None:
        """Nothing to end: no worker runs."""
        pass


class ProcessPool:
    """Code batches in ``workers`` spawned processes."""

    def __init__(self, workers: int, languages: tuple[str, ...] = ("es",)) -> None:
        """A pool of ``workers`` spawned processes, each loading the models of ``languages``
        once."""
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                                        initializer=init_worker, initargs=(languages,))

    def run(self, batches: Iterable[list[Article]]) -> Iterator[BatchResult]:
        """Submit the batches, at most two per worker ahead, and yield each result as it
        completes."""
        pending: set[Future[BatchResult]] = set()
        for batch in batches:
            pending.add(self.pool.submit(code_batch, batch))
            if len(pending) >= 2 * self.workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in done)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (f.result() for f in done)

    def close(self) -> None:
        """Wait for the batches in flight, drop the ones not started, and stop the workers."""
        self.pool.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        """Terminate every worker process now (killing those that do not end in 5 s)."""
        # ProcessPoolExecutor has no public way to end its processes before Python 3.14
        processes = list(getattr(self.pool, "_processes", {}).values())
        for process in processes:
            process.terminate()
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()


def local_backend(workers: int, languages: tuple[str, ...] = ("es",)) -> Backend:
    """The in-process backend for one worker, else a process pool of ``workers``."""
    return InProcess() if workers <= 1 else ProcessPool(workers, languages)
