"""Readers of web content: HTML pages (trafilatura, htmldate), RSS/Atom feeds
(feedparser, with a fallback for dates it cannot parse, such as Spanish ones) and WARC
archives (warcio, streamed record by record)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from heraldo.ingest.records import Item, ReadOptions, Skipped, make_article
from heraldo.ingest.text import decode


def html_fields(html: str, url: str | None = None) -> dict[str, Any]:
    """Main text, title and publication date of an HTML page (text None if none found)."""
    import trafilatura

    found: Any = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if found is None:
        return {"text": None, "title": None, "published": None}
    published = found.date
    if not published:
        from htmldate import find_date

        published = find_date(html, original_date=True, extensive_search=False)
    return {"text": found.text, "title": found.title, "published": published}


def read_html(origin: str, data: bytes, options: ReadOptions,
              source_id: str | None = None) -> Iterator[Item]:
    """The Article of an HTML page's main text, with its title and date, or why it is skipped
    (undecodable, no main text)."""
    html = decode(data, origin)
    if isinstance(html, Skipped):
        yield html
        return
    fields = html_fields(html)
    if not fields["text"]:
        yield Skipped(origin, "no text", "no main text found in the HTML page")
        return
    yield make_article(fields["text"], origin, options, published=fields["published"],
                       title=fields["title"], source_id=source_id)


def feed_date(entry: Any) -> str | None:
    """An entry's date: feedparser's parse, else the raw text (Spanish month and day names
    too: ``normalise_date``), which may then be no date."""
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return entry.get("published") or entry.get("updated") or None


def _entry_text(entry: Any) -> str:
    import lxml.html

    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    if not html.strip():
        return ""
    return str(lxml.html.fromstring(html).text_content()).strip()


def read_feed(origin: str, data: bytes, options: ReadOptions,
              source_id: str | None = None) -> Iterator[Item]:
    """One article per entry (each named by its id or link, not by ``source_id``)."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield Skipped(origin, "invalid feed", str(parsed.get("bozo_exception", "")))
        return
    source = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{number}"
        yield make_article(_entry_text(entry), where, options, published=feed_date(entry),
                           title=entry.get("title"), url=entry.get("link"), source=source,
                           source_id=entry.get("id") or entry.get("link"))


def read_warc(stream: BinaryIO, origin: str, options: ReadOptions) -> Iterator[Item]:
    """HTML responses of a WARC archive, streamed, one article each (the crawl date is not
    used as the publication date)."""
    from warcio.archiveiterator import ArchiveIterator

    for number, record in enumerate(ArchiveIterator(stream), start=1):
        if record.rec_type != "response" or not record.http_headers:
            continue
        kind = record.http_headers.get_header("Content-Type") or ""
        if "html" not in kind:
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        where = f"{origin}#{number}"
        body = record.content_stream().read(options.max_bytes + 1)
        if len(body) > options.max_bytes:
            yield Skipped(where, "too large", f"> {options.max_bytes} bytes")
            continue
        html = decode(body, where)
        if isinstance(html, Skipped):
            yield html
            continue
        fields = html_fields(html, url)
        if not fields["text"]:
            yield Skipped(where, "no text", "no main text found in the HTML page")
            continue
        yield make_article(fields["text"], where, options, published=fields["published"],
                           title=fields["title"], url=url, source_id=url)
