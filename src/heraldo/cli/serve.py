"""``heraldo serve``: the JSON API (``heraldo.server``) over a store, with uvicorn."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from heraldo.cli.corpus import DB_HELP, lock_timeout_option, store_errors
from heraldo.cli.errors import friendly
from heraldo.errors import UsageError

#: the environment variable that holds the key writes need
KEY_VARIABLE = "HERALDO_API_KEY"


@friendly
def serve(
    db: Path = typer.Option(Path("heraldo.duckdb"), "--db", metavar="PATH", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", metavar="HOST",
                             help="The address to listen on."),
    port: int = typer.Option(8000, "--port", metavar="PORT", min=1, max=65535,
                             help="The port to listen on."),
    max_body: int = typer.Option(10_000_000, "--max-body", metavar="BYTES", min=1,
                                 help="The largest request body taken (larger: 413)."),
    lock_timeout: float = lock_timeout_option(),
    cache: int = typer.Option(256, "--cache", metavar="N", min=0,
                              help="Answers to keep while the store is unchanged (0: none)."),
) -> None:
    """Serve the store's dashboard (at /) and its JSON API under /api/v1 (OpenAPI at
    /docs). Writes need the key in $HERALDO_API_KEY; without it the server is read-only."""
    import uvicorn

    from heraldo.server import create_app
    from heraldo.store import Access

    key = os.environ.get(KEY_VARIABLE) or None
    access = Access(db, lock_timeout=lock_timeout)
    if not access.exists() and key is None:
        raise UsageError(f"{db}: no such store (create it with `heraldo ingest … --db {db}`, "
                         f"or set {KEY_VARIABLE} to create it and post articles)")
    with store_errors(), (access.reading() if access.exists() else access.writing()):
        pass  # a store (upgraded if outdated; new only when writes are on) before any request
    if key is None:
        typer.echo(f"heraldo: read-only: {KEY_VARIABLE} is not set, so POST /api/v1/articles "
                   "answers 403", err=True)
    else:
        typer.echo(f"heraldo: writes need the key of {KEY_VARIABLE}", err=True)
    typer.echo(f"heraldo: serving {db} on http://{host}:{port} (dashboard /, API /api/v1, "
               "OpenAPI /docs)", err=True)
    app = create_app(db, key, max_body, lock_timeout=lock_timeout, cache_size=cache)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add ``heraldo serve`` to the command-line app."""
    app.command()(serve)
