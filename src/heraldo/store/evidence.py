"""One canonical event with every mention of it: each member event (its trigger, sides,
place and date, with their offsets), its article and the sentence it was coded from."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from heraldo.model import Article, Event
from heraldo.store.documents import load_events
from heraldo.store.events import STORED, EventRow
from heraldo.store.provenance import provenance, sentence_span


@dataclass(frozen=True)
class Evidence:
    """One mention of a canonical event: the event as coded in one article, and the
    sentence (``sentence_start``..``sentence_end`` of the article's text) behind it."""

    event: Event
    article: Article
    sentence: str
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class EventDetail:
    """A canonical event with the evidence of each of its mentions."""
    event: EventRow
    mentions: list[Evidence]


#: the canonical event of a mention, or the id itself (a canonical id, or none)
_CANONICAL = ("SELECT coalesce((SELECT canonical_id FROM event_clusters WHERE event_id = $id "
              "LIMIT 1), $id)")


def event_detail(conn: duckdb.DuckDBPyConnection, event_id: str) -> EventDetail | None:
    """The canonical event ``event_id`` and its mentions (the first mention first, then by
    publication day and article); None when the store has no such canonical event. The id
    of any mention stands for its canonical event (an article's events link to it)."""
    ((event_id,),) = conn.execute(_CANONICAL, {"id": event_id}).fetchall()
    found = conn.execute(f"SELECT {', '.join(STORED)} FROM canonical_events WHERE id = $id "
                         "LIMIT 1", {"id": event_id}).fetchall()
    if not found:
        return None
    row = dict(zip(STORED, found[0], strict=True))
    first = provenance(conn, [event_id]).get(event_id, {})
    members = [r[0] for r in conn.execute(
        "SELECT DISTINCT event_id FROM event_clusters WHERE canonical_id = $id",
        {"id": event_id}).fetchall()]
    events = load_events(conn, sorted({event_id, *members}))
    mentions = []
    for event, article in events.values():
        begin, stop = sentence_span(article.text, event.start, event.end)
        mentions.append(Evidence(event, article, article.text[begin:stop], begin, stop))
    mentions.sort(key=lambda m: (m.event.id != event_id, m.article.published or "",
                                 m.article.id))
    return EventDetail(EventRow(**row, **first), mentions)
