"""Readers of plain text and JSONL: a whole text as one article, JSONL streamed by line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from heraldo.ingest.records import Item, ReadOptions, Skipped, make_article

JSONL_FIELDS = ("id", "text", "title", "url", "published", "lang", "source")


def decode(data: bytes, origin: str) -> str | Skipped:
    """UTF-8 text of ``data``, or Skipped for empty, binary or undecodable bytes."""
    if not data.strip():
        return Skipped(origin, "empty")
    if b"\x00" in data:
        return Skipped(origin, "binary", "it contains NUL bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(origin, "invalid UTF-8", f"byte {exc.start}")


def read_text(origin: str, data: bytes, options: ReadOptions,
              source_id: str | None = None) -> Iterator[Item]:
    """The Article of a plain text, or why it is skipped (it cannot be decoded, or
    ``make_article`` refuses it)."""
    text = decode(data, origin)
    if isinstance(text, Skipped):
        yield text
        return
    yield make_article(text, origin, options, source_id=source_id)


def _record(line: bytes, origin: str, options: ReadOptions) -> Item:
    text = decode(line, origin)
    if isinstance(text, Skipped):
        return text
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return Skipped(origin, "invalid JSON", exc.msg)
    if not isinstance(record, dict):
        return Skipped(origin, "invalid JSON", "a line must hold a JSON object")
    return record_article(record, origin, options)


def record_article(record: dict[str, Any], origin: str, options: ReadOptions) -> Item:
    """The article of one record (a JSONL line, an article posted to the server): its
    ``JSONL_FIELDS``, others ignored."""
    values = {k: record.get(k) for k in JSONL_FIELDS}
    if not isinstance(values["text"], str):
        return Skipped(origin, "no text")
    source_id = values["id"]
    return make_article(
        values["text"], origin, options, lang=_str(values["lang"]),
        published=values["published"], source_id=None if source_id is None else str(source_id),
        title=_str(values["title"]), url=_str(values["url"]), source=_str(values["source"]))


def _str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def read_jsonl(stream: BinaryIO, origin: str, options: ReadOptions) -> Iterator[Item]:
    """One article per line, streamed: the input may be of any size."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        if len(line) > options.max_bytes:
            yield Skipped(where, "too large", f"{len(line)} bytes > {options.max_bytes}")
            continue
        yield _record(line, where, options)
