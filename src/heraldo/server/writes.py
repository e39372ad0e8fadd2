"""The API's two POST endpoints: ``/extract`` codes a text and stores nothing;
``/articles`` codes and stores articles (the API key required), in batches, each written
in one short writing session with the refresh of the derived tables (the ingest's own
``heraldo.scale.ingest_items``). The models load on the first of these requests; coding
runs one request at a time."""

from __future__ import annotations

import secrets
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Request
from pydantic import BaseModel, ConfigDict, Field

from heraldo.errors import InputError, ModelNotAvailable
from heraldo.server.errors import ApiError
from heraldo.server.sessions import sessions

router = APIRouter()
#: spaCy pipelines are not shared between threads: one request codes at a time
CODING = threading.Lock()
#: articles coded per batch (each batch: one writing session)
BATCH = 32


class ExtractIn(BaseModel):
    """A text to code: its language and publication date."""
    text: str = Field(min_length=1, description="The article's text.")
    lang: str = Field("es", max_length=8, description="Its language (es, en).")
    published: str | None = Field(None, max_length=40,
                                  description="Its publication day (YYYY-MM-DD).")


class ArticleIn(BaseModel):
    """An article as a line of a JSONL corpus (``heraldo ingest``)."""

    model_config = ConfigDict(extra="ignore")
    text: str = Field(description="The article's text.")
    lang: str | None = Field(None, max_length=8,
                             description="Its language (detected when absent).")
    published: str | None = Field(None, max_length=40)
    id: str | None = Field(None, max_length=200, description="Your id for it.")
    title: str | None = None
    url: str | None = None
    source: str | None = None


def _check_language(lang: str) -> None:
    from heraldo.nlp.loader import installed_model, supported_languages

    if lang not in supported_languages() or installed_model(lang) is None:
        raise ApiError(422, f"body field 'lang': {lang!r} is not a language this server "
                       f"codes (it has models for: "
                       f"{', '.join(x for x in supported_languages() if installed_model(x))})",
                       "lang")


@router.post("/extract", summary="Code a text into a Document; nothing is stored")
def extract(body: ExtractIn) -> dict[str, Any]:
    """Code one text into a Document, checked as the CLI checks it; nothing is stored."""
    from heraldo.pipeline import check_published, check_text, get_pipeline

    for name, check, value in (("text", check_text, body.text),
                               ("published", check_published, body.published)):
        try:
            check(value)
        except InputError as exc:
            raise ApiError(422, f"body field '{name}': {exc}", name) from None
    _check_language(body.lang)
    with CODING:
        try:
            document = get_pipeline(body.lang).extract(body.text, published=body.published)
        except ModelNotAvailable as exc:
            raise ApiError(422, f"body field 'lang': {exc}", "lang") from None
    result: dict[str, Any] = document.to_dict()
    return result


def require_key(request: Request, x_api_key: str | None, authorization: str | None) -> None:
    """Writes need the server's key, in ``X-API-Key`` or ``Authorization: Bearer``."""
    key: str | None = request.app.state.api_key
    if key is None:
        raise ApiError(403, "this server is read-only: it was started without "
                       "HERALDO_API_KEY")
    given = x_api_key
    if given is None and authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if given is None or not secrets.compare_digest(given.encode(), key.encode()):
        raise ApiError(401, "a write needs the server's API key (X-API-Key: KEY or "
                       "Authorization: Bearer KEY); " + ("none was given" if given is None
                                                         else "this one is wrong"))


@router.post("/articles", summary="Code and store one article or a list of them (needs "
             "the API key); answers with the articles' ids (null: skipped), counts and "
             "skip reasons")
def articles(request: Request,
             body: Annotated[ArticleIn | list[ArticleIn], Body()],
             x_api_key: Annotated[str | None, Header()] = None,
             authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    """Ingest one article or many (with the API key): counts and skip reasons."""
    require_key(request, x_api_key, authorization)
    from heraldo.ingest import ReadOptions
    from heraldo.ingest.text import record_article
    from heraldo.model import Article
    from heraldo.scale.ingest import ingest_items

    posted = body if isinstance(body, list) else [body]
    for i, item in enumerate(posted):
        if item.lang is not None:
            try:
                _check_language(item.lang)
            except ApiError as exc:
                raise ApiError(422, f"body field '{i}.lang': {exc.detail}",
                               f"{i}.lang") from None
    items = [record_article(item.model_dump(), f"articles[{i}]", ReadOptions())
             for i, item in enumerate(posted)]
    with CODING:
        report = ingest_items(items, sessions(request), batch_size=BATCH)
    ids = [item.id if isinstance(item, Article) else None for item in items]
    return {"ids": ids, "read": report.read, "new": report.new, "present": report.present,
            "repeated": report.repeated, "events": report.events,
            "skipped": dict(report.skipped), "examples": report.examples,
            "seconds": round(report.seconds, 2)}
