"""Heraldo: political event data from news text.

>>> import heraldo
>>> doc = heraldo.extract("Rusia atacó Ucrania.", published="2022-02-24")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Pipeline", "__version__", "extract", "open_store"]

if TYPE_CHECKING:
    from heraldo.model import Document
    from heraldo.pipeline import Pipeline
    from heraldo.store import open_store


def extract(text: str, *, lang: str = "es", published: str | None = None) -> Document:
    """Code one article: its actors, events and statements."""
    from heraldo.pipeline import extract as _extract

    return _extract(text, lang=lang, published=published)


def __getattr__(name: str) -> Any:
    if name == "Pipeline":
        from heraldo.pipeline import Pipeline

        return Pipeline
    if name == "open_store":
        from heraldo.store import open_store

        return open_store
    raise AttributeError(name)
