"""Readers of plain text and JSONL: whole files as one article, JSONL streamed by line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

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


def read_text(path: Path, data: bytes, options: ReadOptions) -> Iterator[Item]:
    text = decode(data, str(path))
    if isinstance(text, Skipped):
        yield text
        return
    yield make_article(text, str(path), options, source_id=path.name)


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


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[Item]:
    """One article per line, streamed: the file may be of any size."""
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            if len(line) > options.max_bytes:
                yield Skipped(origin, "too large", f"{len(line)} bytes > {options.max_bytes}")
                continue
            yield _record(line, origin, options)
