"""The JSON API, ``/api/v1``: every answer comes from the store's typed queries
(``heraldo.store.Store``), each request in its own short reading session."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from heraldo.server.sessions import ServerSessions

router = APIRouter(prefix="/api/v1")


def sessions(request: Request) -> ServerSessions:
    found: ServerSessions = request.app.state.sessions
    return found


@router.get("/health", summary="The store's counts and schema version")
def health(request: Request) -> dict[str, Any]:
    with sessions(request).reading() as store:
        counts, schema = store.counts(), store.schema_version()
    return {"status": "ok", "schema_version": schema, "counts": counts,
            "read_only": request.app.state.api_key is None}
