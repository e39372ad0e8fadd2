"""The DuckDB store: migrations, bulk writes, reading Documents back, and the access
policy every process follows (``access.py``)."""

from heraldo.errors import StoreError
from heraldo.store.access import Access, Sessions
from heraldo.store.db import DEFAULT_PATH, Store, open_store

__all__ = ["DEFAULT_PATH", "Access", "Sessions", "Store", "StoreError", "open_store"]
