"""What readers yield: Articles, or Skipped inputs with the reason they were left out."""

from __future__ import annotations

from dataclasses import dataclass

from heraldo.ingest.langid import detect_language
from heraldo.ingest.published import recover
from heraldo.model import Article
from heraldo.nlp.dates import parse_date

DEFAULT_MAX_BYTES = 10_000_000


@dataclass(frozen=True)
class Skipped:
    """An input left out: ``origin`` is ``path`` or ``path:line``; ``reason`` a short
    category ("empty file", "invalid JSON") that summaries count; ``detail`` says more."""

    origin: str
    reason: str
    detail: str = ""


Item = Article | Skipped


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: the date for articles without one, the size above which a document is
    skipped, and a forced language."""

    published: str | None = None      # the caller's date for articles without one
    max_bytes: int = DEFAULT_MAX_BYTES  # a single document larger than this is skipped
    lang: str | None = None           # force a language instead of detecting it


#: dateparser's settings for a date in metadata: absolute dates only ("ayer" or "hace 2
#: días" say nothing without the day they were written), with day, month and year
_METADATA_DATE = {"PARSERS": ["timestamp", "custom-formats", "absolute-time"],
                  "REQUIRE_PARTS": ["day", "month", "year"]}
DATE_LANGUAGES = ["es", "en"]


def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from a metadata date (ISO, ``YYYYMMDD``, else a full date in words or
    figures that dateparser reads in Spanish or English: "Lun, 15 Mar 2024",
    "15/03/2024"), or None when there is none that parses."""
    if value is None or value == "":
        return None
    parsed = parse_date(str(value))
    if parsed:
        return parsed.isoformat()
    import dateparser

    found = dateparser.parse(str(value), languages=DATE_LANGUAGES, settings=_METADATA_DATE)
    return found.date().isoformat() if found else None


def make_article(text: str | None, origin: str, options: ReadOptions, *,
                 lang: str | None = None, published: object = None,
                 **meta: str | None) -> Item:
    """An Article from a reader's fields, or Skipped when it cannot be coded."""
    if not text or not text.strip():
        return Skipped(origin, "no text")
    if "\x00" in text:
        return Skipped(origin, "binary content")
    date = normalise_date(published)
    if published not in (None, "") and date is None:
        return Skipped(origin, "invalid date", f"published {str(published)[:40]!r} is not a date")
    language = lang or options.lang
    if not language:
        language, why = detect_language(text)
        if why:
            return Skipped(origin, "language unknown", why)
    date, came_from = recover(text, language, metadata=date,
                              url=meta.get("url"), source_id=meta.get("source_id"),
                              default=options.published)
    return Article.from_text(text, language=language, published=date,
                             published_from=came_from, **meta)
