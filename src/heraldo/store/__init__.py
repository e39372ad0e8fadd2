"""The DuckDB store: migrations, bulk writes, reading Documents back, exports."""

from heraldo.store.db import DEFAULT_PATH, Store, StoreError, open_store

__all__ = ["DEFAULT_PATH", "Store", "StoreError", "open_store"]
