"""One JSON shape for every error the server answers, and the limit on request bodies.

    {"error": {"status": 422, "code": "invalid_parameter",
               "message": "query parameter 'since': ...", "parameter": "since"}}

``parameter`` names the parameter at fault, or is null. No error answers with a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from heraldo.errors import StoreError

log = logging.getLogger(__name__)

#: the default limit on a request body (POST /extract, POST /articles): 10 MB
DEFAULT_MAX_BODY = 10_000_000
CODES = {400: "bad_request", 401: "unauthorized", 403: "read_only", 404: "not_found",
         405: "method_not_allowed", 413: "body_too_large", 422: "invalid_parameter",
         500: "internal_error", 503: "store_unavailable"}
_PLACES = {"query": "query parameter", "path": "path parameter", "body": "body field",
           "header": "header"}


class ApiError(HTTPException):
    """An error answered in the one shape; ``parameter`` names the parameter at fault."""

    def __init__(self, status: int, message: str, parameter: str | None = None) -> None:
        """An error with its HTTP ``status``, ``message`` and the ``parameter`` at fault."""
        super().__init__(status, message)
        self.parameter = parameter


def error_body(status: int, message: str, parameter: str | None = None) -> dict[str, Any]:
    """The one JSON shape of every error answer."""
    return {"error": {"status": status, "code": CODES.get(status, "error"),
                      "message": message, "parameter": parameter}}


def _answer(status: int, message: str, parameter: str | None = None,
            headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message, parameter), status_code=status,
                        headers=headers)


def _invalid(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0]
    loc = [str(part) for part in first.get("loc", ())]
    place = _PLACES.get(loc[0], loc[0]) if loc else "request"
    name = ".".join(loc[1:]) or None
    message = first.get("msg", "invalid value")
    shown = f"{place} '{name}'" if name else place
    return _answer(422, f"{shown}: {message}", name)


def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    return _answer(exc.status_code, str(exc.detail), getattr(exc, "parameter", None),
                   dict(exc.headers or {}))


def _store(request: Request, exc: Exception) -> JSONResponse:
    return _answer(503, str(exc))


def _crash(request: Request, exc: Exception) -> JSONResponse:
    log.exception("%s %s failed", request.method, request.url.path)
    return _answer(500, f"internal error ({type(exc).__name__}); see the server's log")


def install(app: FastAPI) -> None:
    """Answer every error of ``app`` in the one shape."""
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(StoreError, _store)
    app.add_exception_handler(Exception, _crash)


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimit:
    """Refuse a request body over ``max_body`` bytes with 413: at once by its
    Content-Length, or when a body sent in chunks grows past the limit."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        """Wrap ``app``, refusing request bodies over ``max_body`` bytes."""
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer 413 for an oversized body; pass every other request on."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            response = _answer(413, f"the request body has {int(declared)} bytes; this "
                               f"server takes at most {self.max_body}")
            await response(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise ApiError(413, f"the request body is over {self.max_body} bytes, the "
                               "most this server takes")
            return message

        await self.app(scope, counted, send)
