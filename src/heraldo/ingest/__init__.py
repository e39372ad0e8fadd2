"""Readers: text, JSONL, HTML, RSS/Atom, WARC and directories into Articles; language id."""

from heraldo.ingest.records import DEFAULT_MAX_BYTES, Item, ReadOptions, Skipped
from heraldo.ingest.sources import estimate_articles, read_paths

__all__ = ["DEFAULT_MAX_BYTES", "Item", "ReadOptions", "Skipped", "estimate_articles",
           "read_paths"]
