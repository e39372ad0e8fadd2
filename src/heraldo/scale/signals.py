"""Signals that end an ingest (SIGTERM from ``kill`` or ``timeout``, SIGHUP when the
terminal goes, SIGINT from Ctrl-C) raised as one exception in the main thread, so that the
ingest ends its workers and refreshes what it wrote before it exits."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


class Interrupted(KeyboardInterrupt):
    """The process received ``signum``; its exit status should be 128 + ``signum``."""

    def __init__(self, signum: int) -> None:
        """The interruption by signal ``signum``, named after it."""
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextmanager
def interruptible(signals: tuple[signal.Signals, ...] = SIGNALS) -> Iterator[None]:
    """Within the block, each of ``signals`` raises :class:`Interrupted` (main thread only;
    elsewhere the block runs unchanged). DuckDB turns an exception raised during a query
    into its own ("Query interrupted"): whatever ends the block after a signal ends it as
    :class:`Interrupted`."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def interrupt(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        raise Interrupted(signum)

    previous = {s: signal.signal(s, interrupt) for s in signals}
    try:
        yield
    except Exception as exc:
        if received:
            raise Interrupted(received[0]) from exc
        raise
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
