"""Where a canonical event comes from: the article, URL, source and sentence of its first
mention (the representative event, the earliest then most confident of its members)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import duckdb

#: the provenance columns every event listing and export carries
PROVENANCE = ("article_id", "url", "source", "sentence")
#: characters read on each side of an event's span to find its sentence
REACH = 600
#: a sentence ends at a line break, or at . ! ? (and closing quotes) before a capital
_END = re.compile(r"\n|[.!?][\"'”»)]*\s+(?=[\"'“«¿¡(]?[^\W\d_a-z])")

_SQL = """
SELECT e.id, e.article_id, a.url, a.source, e."start", e."end",
       greatest(e."start" - $reach, 0) AS offset,
       substring(a.text, greatest(e."start" - $reach, 0) + 1,
                 e."end" - greatest(e."start" - $reach, 0) + $reach) AS around
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.id IN (SELECT unnest($ids))
"""


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence of ``text`` around characters ``start``..``end`` begins and
    ends."""
    begin = 0
    for match in _END.finditer(text, 0, max(start, 0)):
        begin = match.end()
    stop = len(text)
    following = _END.search(text, max(end, begin))
    if following:
        stop = following.start() + (0 if following.group().startswith("\n") else 1)
    return begin, stop


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around characters ``start``..``end``, on one line."""
    begin, stop = sentence_span(text, start, end)
    return " ".join(text[begin:stop].split())


def provenance(conn: duckdb.DuckDBPyConnection,
               ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """``PROVENANCE`` of the events ``ids`` (canonical ids are their representatives')."""
    rows = conn.execute(_SQL, {"ids": list(ids), "reach": REACH}).fetchall()
    out = {}
    for event_id, article_id, url, source, start, end, offset, around in rows:
        out[event_id] = {"article_id": article_id, "url": url, "source": source,
                         "sentence": sentence_of(around or "", start - offset, end - offset)}
    return out
