"""The DuckDB store: migrations, bulk writes, reading Documents back."""

from heraldo.errors import StoreError
from heraldo.store.db import DEFAULT_PATH, Store, open_store

__all__ = ["DEFAULT_PATH", "Store", "StoreError", "open_store"]
