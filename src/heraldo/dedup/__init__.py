"""Deduplication: near-duplicate articles (MinHash LSH) and canonical events."""

from heraldo.dedup.refresh import refresh

__all__ = ["refresh"]
