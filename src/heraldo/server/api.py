"""The JSON API, ``/api/v1``: every answer comes from the store's typed queries
(``heraldo.store.Store``), each request in its own short reading session. The filters are
the CLI's (``heraldo events``, ``heraldo dyads``); every value reaches SQL as a parameter.
The writes (``POST /extract``, ``POST /articles``) are in ``writes.py``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import TypeAdapter

from heraldo.server import writes
from heraldo.server.errors import ApiError
from heraldo.server.sessions import sessions
from heraldo.store import Store
from heraldo.store.actors import ActorDetail, ActorRow
from heraldo.store.events import Cursor, EventRow
from heraldo.store.graph import Graph
from heraldo.store.places import PlaceCount
from heraldo.store.series import DyadRow
from heraldo.store.timeline import Period

router = APIRouter(prefix="/api/v1")
router.include_router(writes.router)

#: the most rows one page of events (or one list) holds
MAX_LIMIT = 1000
Code = Annotated[str | None, Query(max_length=64, description="An actor code or its prefix "
                                   "(RUS matches RUSGOV).")]
Dyad = Annotated[str | None, Query(max_length=130, description="SOURCE,TARGET: codes or "
                                   "prefixes.")]
Type = Annotated[str | None, Query(max_length=32, description="A PLOVER type (CONSULT) or "
                                   "the prefix of a CAMEO code (04).")]
Since = Annotated[dt.date | None, Query(description="From this day (YYYY-MM-DD).")]
Until = Annotated[dt.date | None, Query(description="Up to this day (YYYY-MM-DD).")]
Freq = Annotated[Literal["day", "week", "month", "quarter", "year"],
                 Query(description="The period of a series.")]


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise ApiError(422, f"query parameter 'dyad': {value!r} is not SOURCE,TARGET (two "
                       "actor codes)", "dyad")
    return parts[0], parts[1]


def _cursor(value: str | None) -> Cursor | None:
    if value is None:
        return None
    try:
        return Cursor.parse(value)
    except ValueError as exc:
        raise ApiError(422, f"query parameter 'cursor': {exc}", "cursor") from None


@cache
def _adapter(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)


def answer(request: Request, kind: Any, query: Callable[[Store], Any]) -> Response:
    """What ``query`` reads from the store, as JSON of the type ``kind`` (the endpoint's
    ``response_model``), written by pydantic in one pass (FastAPI would validate the typed
    rows again, then encode them: a series of 2,000 dyads, 1.6 ms against about 18). The
    server keeps it until the store changes (``sessions.ServerSessions.answer``)."""
    key = f"{request.url.path}?{request.url.query}"
    body = sessions(request).answer(key, lambda store: _adapter(kind).dump_json(query(store)))
    return Response(body, media_type="application/json")


def _found(value: Any, what: str) -> Any:
    if value is None:
        raise ApiError(404, f"no {what} in this store")
    return value


@router.get("/health", summary="The store's counts and schema version")
def health(request: Request) -> dict[str, Any]:
    """The store's counts and schema version, read without holding its lock."""
    with sessions(request).reading() as store:
        counts, schema = store.counts(), store.schema_version()
    return {"status": "ok", "schema_version": schema, "counts": counts,
            "read_only": request.app.state.api_key is None}


@dataclass(frozen=True)
class EventPage:
    """One page of events; ``next_cursor`` asks for the next (null: this is the last)."""

    events: list[EventRow]
    next_cursor: str | None


@router.get("/events", summary="Canonical events, the latest first, a page at a time",
            response_model=EventPage)
def events(request: Request, actor: Code = None, dyad: Dyad = None, type: Type = None,
           since: Since = None, until: Until = None,
           min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
           cursor: Annotated[str | None, Query(max_length=400, description="The "
                                               "next_cursor of the previous page.")] = None,
           ) -> Response:
    """A page of canonical events under the CLI's filters; ``next`` continues it."""
    pair, after = _dyad(dyad), _cursor(cursor)

    def page(store: Store) -> EventPage:
        rows = store.events(actor=actor, dyad=pair, type=type, since=since, until=until,
                            min_confidence=min_confidence, limit=limit + 1, after=after)
        more = len(rows) > limit
        rows = rows[:limit]
        return EventPage(rows, Cursor.after(rows[-1]).token if more else None)

    return answer(request, EventPage, page)


@router.get("/events/{event_id}", summary="One canonical event with every mention and "
            "its evidence")
def event(request: Request, event_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    """One canonical event with every mention, its sentence and offsets."""
    with sessions(request).reading() as store:
        found = _found(store.event(event_id), f"event {event_id!r}")
    return {"event": found.event, "mentions": [
        {"event": m.event.to_dict(), "article": _article_head(m.article.to_dict()),
         "sentence": m.sentence, "sentence_start": m.sentence_start,
         "sentence_end": m.sentence_end} for m in found.mentions]}


def _article_head(article: dict[str, Any]) -> dict[str, Any]:
    """An article without its text."""
    return {k: v for k, v in article.items() if k != "text"}


@router.get("/actors", summary="The actor codes, the most mentioned first",
            response_model=dict[str, list[ActorRow]])
def actors(request: Request,
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100) -> Response:
    """The actor codes of the store, the most mentioned first."""
    return answer(request, dict[str, list[ActorRow]],
                  lambda store: {"actors": store.actors(limit=limit)})


@router.get("/actors/{code}", summary="One actor code: its counterparts per period and "
            "the named actors seen under it")
def actor(request: Request, code: Annotated[str, Path(max_length=64)],
          freq: Freq = "month") -> ActorDetail:
    """One actor code: its counterparts per period and the named actors seen under it."""
    with sessions(request).reading() as store:
        found: ActorDetail = _found(store.actor(code, freq=freq), f"actor {code!r}")
    return found


@router.get("/dyads", summary="Dyad time series (heraldo dyads)",
            response_model=dict[str, list[DyadRow]])
def dyads(request: Request, freq: Freq = "month", actor: Code = None, dyad: Dyad = None,
          since: Since = None, until: Until = None,
          level: Annotated[Literal["actor", "country"], Query(
              description="actor, or country: codes rolled up to their countries")] = "actor",
          no_self: Annotated[bool, Query(description="Leave out self-dyads.")] = False,
          ) -> Response:
    """Dyad time series, as ``heraldo dyads`` prints them."""
    pair = _dyad(dyad)
    return answer(request, dict[str, list[DyadRow]], lambda store: {"dyads": store.dyads(
        freq=freq, actor=actor, dyad=pair, since=since, until=until, level=level,
        no_self=no_self)})


@router.get("/graph", summary="Actors as nodes, dyads as edges weighted by events",
            response_model=Graph)
def graph(request: Request, actor: Code = None, type: Type = None, since: Since = None,
          until: Until = None,
          kind: Annotated[Literal["state", "person", "organisation", "group"] | None,
                          Query(description="Both sides of this kind.")] = None,
          country: Annotated[str | None, Query(max_length=3, description="One side of "
                                               "this country (ISO alpha-3).")] = None,
          min_events: Annotated[int, Query(ge=1)] = 1,
          limit: Annotated[int, Query(ge=1, le=5000, description="The heaviest edges.")] = 500,
          ) -> Response:
    """The actor network: actors as nodes, dyads as edges weighted by their events."""
    return answer(request, Graph, lambda store: store.graph(
        actor=actor, type=type, since=since, until=until, kind=kind, country=country,
        min_events=min_events, limit=limit))


@router.get("/timeline", summary="Events per period by quad class (the overview)",
            response_model=dict[str, list[Period]])
def timeline(request: Request, freq: Freq = "month", actor: Code = None, type: Type = None,
             since: Since = None, until: Until = None) -> Response:
    """Events per period by quad class: the overview's data."""
    return answer(request, dict[str, list[Period]], lambda store: {"periods": store.timeline(
        freq=freq, actor=actor, type=type, since=since, until=until)})


@router.get("/places", summary="Events per place (the map)",
            response_model=dict[str, list[PlaceCount]])
def places(request: Request, actor: Code = None, type: Type = None, since: Since = None,
           until: Until = None,
           limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> Response:
    """Events per place: the map's data."""
    return answer(request, dict[str, list[PlaceCount]], lambda store: {"places": store.places(
        actor=actor, type=type, since=since, until=until, limit=limit)})


@router.get("/articles/{article_id}", summary="One stored article as a Document")
def article(request: Request,
            article_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    """One stored article as a Document."""
    with sessions(request).reading() as store:
        found = _found(store.article(article_id), f"article {article_id!r}")
    document: dict[str, Any] = found.to_dict()
    return document
