"""Where a canonical event comes from: the article, URL, source and sentence of its first
mention (the representative event, the earliest then most confident of its members)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import duckdb

#: the provenance columns every event listing and export carries
PROVENANCE = ("article_id", "url", "source", "sentence")
#: a sentence ends at a line break, or at . ! ? (and closing quotes) before a capital
_END = re.compile(r"\n|[.!?][\"'”»)]*\s+(?=[\"'“«¿¡(]?[^\W\d_a-z])")

_EVENTS = 'SELECT id, article_id, "start", "end" FROM events WHERE id IN ({ids})'
_ARTICLES = "SELECT id, url, source, text FROM articles WHERE id IN ({ids})"


def in_list(values: Sequence[str], name: str = "v") -> tuple[str, dict[str, str]]:
    """``$v0, $v1, …`` and their parameters: an ``IN (…)`` of values that DuckDB answers
    with an index lookup (``IN (SELECT unnest($list))`` scans the table)."""
    params = {f"{name}{i}": v for i, v in enumerate(values)}
    return ", ".join(f"${k}" for k in params) or "NULL", params


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
    """``PROVENANCE`` of the events ``ids`` (canonical ids are their representatives'):
    the events by id, then the text around each in its article."""
    listed, params = in_list(ids)
    return provenance_in(conn, conn.execute(_EVENTS.format(ids=listed), params).fetchall())


def provenance_in(conn: duckdb.DuckDBPyConnection,
                  events: Sequence[tuple[str, str, int, int]]) -> dict[str, dict[str, Any]]:
    """``PROVENANCE`` of ``events``, each as (id, article id, start, end): the text around
    each event in its article (none for an event of no known article)."""
    events = [e for e in events if e[1] is not None]
    if not events:
        return {}
    listed, params = in_list(sorted({article for _, article, _, _ in events}))
    articles = {r[0]: r[1:] for r in conn.execute(_ARTICLES.format(ids=listed),
                                                   params).fetchall()}
    out = {}
    for event_id, article_id, start, end in events:
        url, source, text = articles.get(article_id, (None, None, ""))
        out[event_id] = {"article_id": article_id, "url": url, "source": source,
                         "sentence": sentence_of(text or "", start, end)}
    return out
