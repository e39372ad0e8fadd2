"""Paths to Articles: each file read by the reader its extension (or content) calls for;
directories walked recursively. Anything unreadable becomes a Skipped with its reason."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

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
STREAMED = ("jsonl", "warc")


def kind_of(path: Path) -> str:
    """The reader for ``path``: by extension, else by the first bytes of the file."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz", ".arc")):
        return "warc"
    if path.suffix.lower() in EXTENSIONS:
        return EXTENSIONS[path.suffix.lower()]
    with path.open("rb") as fh:
        head = fh.read(512).lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def read_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    try:
        size = path.stat().st_size
        kind = kind_of(path)
    except OSError as exc:
        yield Skipped(str(path), "unreadable", exc.strerror or str(exc))
        return
    if size == 0:
        yield Skipped(str(path), "empty")
        return
    if kind == "jsonl":
        yield from read_jsonl(path, options)
        return
    if kind == "warc":
        yield from read_warc(path, options)
        return
    if size > options.max_bytes:
        yield Skipped(str(path), "too large", f"{size} bytes > --max-bytes {options.max_bytes}")
        return
    data = path.read_bytes()
    reader = {"text": read_text, "html": read_html, "feed": read_feed}[kind]
    yield from reader(path, data, options)


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
        if not root.exists():
            yield Skipped(str(root), "no such file")
            continue
        for path in files_under(root):
            yield from read_file(path, options)


def estimate_articles(paths: Iterable[Path]) -> int:
    """A quick count of the articles ``paths`` hold (JSONL lines, one per other file)."""
    total = 0
    for root in paths:
        if not root.exists():
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
