"""Every canonical event of a store with its representative ``Event`` and ``Article``: what
the GDELT, ICEWS and PLOVER exports are built from, in chunks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import duckdb

from heraldo.model import Article, Event
from heraldo.store.documents import load_events
from heraldo.store.events import STORED
from heraldo.store.provenance import sentence_of


@dataclass(frozen=True)
class Canonical:
    """A canonical event: its stored columns (``STORED``: day, counts...), the
    representative event (its first mention) and that event's article."""

    row: dict[str, Any]
    event: Event
    article: Article

    @property
    def sentence(self) -> str:
        """The sentence of the first mention."""
        return sentence_of(self.article.text, self.event.start, self.event.end)


def iter_canonical(conn: duckdb.DuckDBPyConnection, chunk: int = 1000) -> Iterator[Canonical]:
    """Every canonical event, dated ones first by day, then by id; each id once (a store
    can hold two events of one id, the same event coded twice in an article)."""
    sql = (f"SELECT DISTINCT ON (id) {', '.join(STORED)} FROM canonical_events "
           "ORDER BY day NULLS LAST, id")
    rows = [dict(zip(STORED, r, strict=True)) for r in conn.execute(sql).fetchall()]
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        events = load_events(conn, [r["id"] for r in part])
        for row in part:
            if row["id"] in events:
                event, article = events[row["id"]]
                yield Canonical(row, event, article)
