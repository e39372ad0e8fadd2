"""An article's publication day, recovered the way a careful reader would, and where it
came from (``Article.published_from``).

In order: the record's own date (``metadata``); the date its URL carries (``url``); the
date an agency id carries, ``AFP_SPA_19940620.0191`` (``id``); the dateline, "QUITO, Jun
20" or "BOGOTÁ, 20 jun (AFP)", with its own year, else the one the URL's path carries,
else the first one stated in the first sentences (``dateline``); the caller's
``--published`` (``argument``); a full date stated in the first sentences, the latest of
them (``text``). The dateline rules and month words are
language data (``datelines.tsv``, ``date_words.tsv``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from heraldo.errors import DataError
from heraldo.lang import LanguagePack, load_pack
from heraldo.model import PublishedFrom
from heraldo.nlp.dates import find_dates, resolve
from heraldo.resources import fold

#: dates that news sites write into their URLs: ".../2018/04/04/...", ".../2021-03-23/...",
#: ".../20180521/..." (a full date between non-digits), or ".../2018/07/..." (the month
#: only: its first day); a bare year ("mundial-2026") says nothing of the publication
URL_DATES = (
    re.compile(r"(?<![\d.])((?:19|20)\d\d)[/_-](\d\d?)[/_-](\d\d?)(?![\d.])"),
    re.compile(r"(?<![\d.])((?:19|20)\d\d)(\d\d)(\d\d)(?![\d.])"),
    re.compile(r"/((?:19|20)\d\d)/(\d\d?)()/"),
)
#: a year alone as a path segment of a URL ("/2018/"), enough to date a dateline
URL_YEAR = re.compile(r"/((?:19|20)\d\d)/")
#: the full dates an id may carry: "AFP_SPA_19940620.0191", "efe-2019-03-04-123"
ID_DATES = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[_-](\d\d)[_-](\d\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),
)
#: the first sentences of a text, where a dateline or a stated date is looked for
FIRST_CHARS = 600
FIRST_SENTENCES = 4
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _latest() -> int:
    return dt.date.today().year + 1


def _first_date(text: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The first real day (no later than next year) that ``patterns`` find in ``text``."""
    for pattern in patterns:
        for match in pattern.finditer(text):
            year, month, day = (int(g) if g else 1 for g in match.groups())
            try:
                found = dt.date(year, month, day)
            except ValueError:
                continue
            if found.year <= _latest():
                return found.isoformat()
    return None


def date_in_url(url: str | None) -> str | None:
    """``YYYY-MM-DD`` from the date an article's URL carries, or None. Only the path is
    read (a host never holds the date), and a date must be a real day no later than next
    year: "20180705" is a date, an article number "1522232572" is not."""
    if not url:
        return None
    return _first_date(re.sub(r"^[a-z]+://[^/]*", "", url.strip(), flags=re.IGNORECASE),
                       URL_DATES)


def date_in_id(source_id: str | None) -> str | None:
    """``YYYY-MM-DD`` from a full date an agency id carries (``AFP_SPA_19940620.0191``)."""
    return _first_date(source_id, ID_DATES) if source_id else None


def first_sentences(text: str) -> str:
    """The title and first sentences of ``text`` (up to ``FIRST_SENTENCES``)."""
    parts = [p for p in SENTENCE_END.split(text[:FIRST_CHARS]) if p.strip()]
    return "\n".join(parts[:FIRST_SENTENCES])


def stated_dates(text: str, pack: LanguagePack) -> list[dt.date]:
    """The full days stated in ``text`` with their year ("el 11 de marzo de 2021")."""
    out = []
    for found in find_dates(text, pack):
        when = resolve(found, None, pack)
        if when.precision == "day" and when.value:
            day = dt.date.fromisoformat(when.value)
            if day.year <= _latest():
                out.append(day)
    return out


def _stated_year(text: str, pack: LanguagePack) -> int | None:
    for found in find_dates(text, pack):
        year = found.groups.get("year")
        if year and int(year) <= _latest():
            return int(year)
    return None


def dateline_date(text: str, pack: LanguagePack, year: int | None) -> str | None:
    """The day of the article's dateline; its year is the dateline's own, else ``year``."""
    head = text[:FIRST_CHARS]
    folded = fold(head)
    target = folded if len(folded) == len(head) else head
    words = pack.dates.words
    for regex in pack.dates.datelines:
        match = regex.search(target)
        if not match:
            continue
        groups = match.groupdict()
        month_word = groups["month"]
        kind = "month" if fold(month_word) in words.words.get("month", {}) else "month_abbr"
        stated = int(groups["year"]) if groups.get("year") else year
        if stated is None:
            return None
        try:
            return dt.date(stated, int(words.key(kind, month_word)),
                           int(groups["day"])).isoformat()
        except (KeyError, ValueError):
            return None
    return None


def recover(text: str, language: str, *, metadata: str | None = None, url: str | None = None,
            source_id: str | None = None,
            default: str | None = None) -> tuple[str | None, PublishedFrom | None]:
    """(``YYYY-MM-DD``, where it came from) for an article, or (None, None); ``metadata``
    is the record's own date, already normalised, ``default`` the caller's."""
    def from_dateline() -> str | None:
        pack = _pack(language)
        if pack is None:
            return None
        year = _url_year(url)
        if year is None:
            year = _stated_year(first_sentences(text), pack)
        return dateline_date(text, pack, year)

    def from_text() -> str | None:
        pack = _pack(language)
        days = stated_dates(first_sentences(text), pack) if pack else []
        return max(days).isoformat() if days else None

    ways: tuple[tuple[PublishedFrom, Callable[[], str | None]], ...] = (
        ("metadata", lambda: metadata), ("url", lambda: date_in_url(url)),
        ("id", lambda: date_in_id(source_id)), ("dateline", from_dateline),
        ("argument", lambda: default), ("text", from_text))
    for origin, way in ways:
        found = way()
        if found:
            return found, origin
    return None, None


def _pack(language: str) -> LanguagePack | None:
    """The language's pack, or None for a language without one (its reader skips it)."""
    try:
        return load_pack(language)
    except DataError:
        return None


def _url_year(url: str | None) -> int | None:
    """A year the URL's path carries as a segment of its own ("/2018/"), even without
    its day."""
    match = URL_YEAR.search(re.sub(r"^[a-z]+://[^/]*", "", url or "", flags=re.IGNORECASE))
    return int(match.group(1)) if match and int(match.group(1)) <= _latest() else None
