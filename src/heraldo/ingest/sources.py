"""Paths to Articles: each file read by the reader its extension (or content) calls for;
directories walked recursively; ``-`` is standard input, read by its content. Anything
unreadable becomes a Skipped with its reason."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from heraldo.ingest.records import Item, ReadOptions, Skipped
from heraldo.ingest.text import read_jsonl, read_text
from heraldo.ingest.web import read_feed, read_html, read_warc

EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
}
#: the path that names standard input
STDIN = Path("-")
STDIN_NAME = "standard input"
#: readers of a whole text (the others stream their input)
WHOLE = {"text": read_text, "html": read_html, "feed": read_feed}


def kind_of(path: Path) -> str:
    """The reader for ``path``: by extension, else by the first bytes of the file."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz", ".arc")):
        return "warc"
    if path.suffix.lower() in EXTENSIONS:
        return EXTENSIONS[path.suffix.lower()]
    with path.open("rb") as fh:
        return kind_of_content(fh.read(512))


def kind_of_content(head: bytes) -> str:
    """The reader for an input that begins with ``head``."""
    head = head.lstrip().lower()
    if head.startswith((b"warc/", b"\x1f\x8b")):  # a WARC archive, or a gzipped one
        return "warc"
    if head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def read_stream(stream: BinaryIO, origin: str, kind: str, options: ReadOptions,
                source_id: str | None = None) -> Iterator[Item]:
    """The Articles of an input of ``kind`` read from ``stream`` (named ``origin``)."""
    if kind == "jsonl":
        yield from read_jsonl(stream, origin, options)
        return
    if kind == "warc":
        yield from read_warc(stream, origin, options)
        return
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield Skipped(origin, "too large", f"over --max-bytes {options.max_bytes} bytes")
        return
    yield from WHOLE[kind](origin, data, options, source_id)


def read_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    """The Articles and skips of one file, read by its kind; an unreadable, empty or too large
    file is one skip."""
    try:
        size = path.stat().st_size
        kind = kind_of(path)
    except OSError as exc:
        yield Skipped(str(path), "unreadable", exc.strerror or str(exc))
        return
    if size == 0:
        yield Skipped(str(path), "empty")
        return
    if kind not in ("jsonl", "warc") and size > options.max_bytes:
        yield Skipped(str(path), "too large", f"{size} bytes > --max-bytes {options.max_bytes}")
        return
    with path.open("rb") as fh:
        yield from read_stream(fh, str(path), kind, options, source_id=path.name)


def read_stdin(options: ReadOptions) -> Iterator[Item]:
    """The Articles on standard input, its reader chosen by its first bytes."""
    stream: Any = sys.stdin.buffer
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)
    yield from read_stream(stream, STDIN_NAME, kind_of_content(stream.peek(512)[:512]),
                           options)


def files_under(path: Path) -> Iterator[Path]:
    """``path`` itself, or the files under a directory (sorted, hidden ones left out)."""
    if not path.is_dir():
        yield path
        return
    for child in sorted(path.rglob("*")):
        hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
        if child.is_file() and not hidden:
            yield child


def read_paths(paths: Iterable[Path], options: ReadOptions | None = None) -> Iterator[Item]:
    """Articles (and Skipped inputs) from files and directories, streamed."""
    options = options or ReadOptions()
    for root in paths:
        if root == STDIN:
            yield from read_stdin(options)
        elif not root.exists():
            yield Skipped(str(root), "no such file")
        else:
            for path in files_under(root):
                yield from read_file(path, options)


def estimate_articles(paths: Iterable[Path]) -> int:
    """A quick count of the articles ``paths`` hold (JSONL lines, one per other file)."""
    total = 0
    for root in paths:
        if root == STDIN or not root.exists():
            continue
        for path in files_under(root):
            total += _count_lines(path) if path.suffix.lower() in (".jsonl", ".ndjson") else 1
    return total


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            count += chunk.count(b"\n")
    return count
