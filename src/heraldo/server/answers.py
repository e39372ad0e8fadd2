"""The server's answers to its read requests, kept while the store's generation (bumped by
every writing session, ``Store.generation``) stays the same: a repeated request is answered
without a query. Each request still opens its reading session and reads the generation
first, so a write (by an ingest in another process, or a POST) makes the next read fresh.
The most recently used ``size`` answers are kept, at most ``max_bytes`` of them together;
``size=0`` keeps none."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

DEFAULT_SIZE = 256
#: what the kept answers may take together (a graph of 5,000 edges is about 0.6 MB)
MAX_BYTES = 64 * 2**20


class Answers:
    """Answers (bytes) by request, for one generation of the store at a time (any value
    that changes when the store may have: the server's is the file's inode and the
    store's generation)."""

    def __init__(self, size: int = DEFAULT_SIZE, max_bytes: int = MAX_BYTES) -> None:
        """Keep at most ``size`` answers and ``max_bytes`` bytes of them."""
        if size < 0:
            raise ValueError(f"size {size}: give a number >= 0")
        self.size, self.max_bytes = size, max_bytes
        self._bytes = 0
        self._generation: Hashable = None
        self._kept: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, generation: Hashable, key: str, build: Callable[[], bytes]) -> bytes:
        """The answer to ``key`` under ``generation``: the one kept, or ``build()``'s."""
        with self._lock:
            if generation != self._generation:
                self._kept.clear()
                self._bytes = 0
                self._generation = generation
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
                return found
        made = build()
        with self._lock:
            if (generation == self._generation and self.size and key not in self._kept
                    and len(made) <= self.max_bytes):
                self._kept[key] = made
                self._bytes += len(made)
                while len(self._kept) > self.size or self._bytes > self.max_bytes:
                    self._bytes -= len(self._kept.popitem(last=False)[1])
        return made

    def __len__(self) -> int:
        """How many answers are kept."""
        return len(self._kept)
