"""The server's FastAPI app: the JSON API under ``/api/v1`` (``api.py``), the dashboard's
pages (``pages.py``), OpenAPI at ``/docs`` (Swagger UI's files served by the app, from
``fastapi-offline``: no CDN), one JSON shape for errors and a limit on request bodies
(``errors.py``)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from heraldo.server import api, pages
from heraldo.server.answers import DEFAULT_SIZE
from heraldo.server.errors import DEFAULT_MAX_BODY, BodyLimit, install
from heraldo.server.sessions import ServerSessions
from heraldo.store.connection import DEFAULT_LOCK_TIMEOUT


def _version() -> str:
    try:
        return version("heraldo")
    except PackageNotFoundError:
        return "unknown"


def create_app(db: str | Path, api_key: str | None = None, max_body: int = DEFAULT_MAX_BODY,
               *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
               cache_size: int = DEFAULT_SIZE) -> FastAPI:
    """The app serving the store ``db``. Without ``api_key`` it is read-only: writes
    answer 403; with one, writes need it (``X-API-Key`` or ``Authorization: Bearer``).
    It keeps the answers to ``cache_size`` read requests while the store is unchanged."""
    app = FastAPIOffline(title="Heraldo", version=_version(),
                         description="Political events coded from news text, with their "
                         "evidence: the JSON API of a Heraldo store.")
    app.state.sessions = ServerSessions(db, lock_timeout=lock_timeout, cache_size=cache_size)
    app.state.api_key = api_key or None
    app.state.max_body = max_body
    install(app)
    app.add_middleware(BodyLimit, max_body=max_body)
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
