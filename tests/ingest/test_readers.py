"""Readers: every format into Articles; bad inputs into Skipped with a reason."""

from __future__ import annotations

import json
from io import BytesIO

import pytest

from heraldo.ingest import ReadOptions, Skipped, read_paths
from heraldo.ingest.langid import detect_language
from heraldo.ingest.published import date_in_url
from heraldo.ingest.records import normalise_date
from heraldo.ingest.web import feed_date
from heraldo.model import Article, article_id

ES = "El presidente ruso, Vladímir Putin, conversó por teléfono con su homólogo turco."
EN = "The Russian president, Vladimir Putin, spoke by phone with his Turkish counterpart."
HTML = """<html><head><title>Putin y Erdogan</title>
<meta property="article:published_time" content="2024-03-14"></head><body>
<nav>Inicio | Mundo</nav><article><h1>Putin y Erdogan</h1>
<p>El presidente ruso, Vladímir Putin, conversó por teléfono con su homólogo turco, Recep
Tayyip Erdogan, sobre la situación en Siria, informó el Kremlin en un comunicado.</p>
<p>Ambos líderes acordaron reforzar la cooperación bilateral en energía y comercio.</p>
</article><footer>Todos los derechos reservados</footer></body></html>"""
RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Diario</title>
<item><title>Rusia y Turquía</title><link>https://diario.example/a</link>
<pubDate>Lun, 15 Mar 2024 10:00:00 +0100</pubDate>
<description>&lt;p&gt;El Gobierno ruso criticó a la OTAN por sus maniobras.&lt;/p&gt;</description>
</item>
<item><title>Sin fecha</title><link>https://diario.example/b</link>
<description>El Gobierno turco condenó el ataque contra la embajada.</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>News</title><entry><title>Talks</title><link href="https://news.example/t"/>
<id>urn:1</id><updated>2024-02-01T09:00:00Z</updated>
<content type="html">The Turkish government condemned the attack on the embassy.</content>
</entry></feed>"""


def read(tmp_path, name, content, **options):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return list(read_paths([path], ReadOptions(**options)))


def test_readers_text_file(tmp_path):
    (article,) = read(tmp_path, "nota.txt", ES, published="2024-01-02")
    assert isinstance(article, Article)
    assert article.id == article_id(ES) and article.language == "es"
    assert article.published == "2024-01-02" and article.source_id == "nota.txt"


def test_readers_jsonl_fields(tmp_path):
    record = {"id": 7, "text": EN, "title": "T", "url": "https://x.example/1",
              "published": "2023-05-06T10:00:00Z", "lang": "en", "source": "Wire"}
    (article,) = read(tmp_path, "c.jsonl", json.dumps(record) + "\n\n")
    assert article == Article.from_text(EN, language="en", published="2023-05-06",
                                        source_id="7", title="T", url="https://x.example/1",
                                        source="Wire", published_from="metadata")


def test_readers_jsonl_date_from_url_when_the_record_has_none(tmp_path):
    lines = [json.dumps({"id": i, "text": ES, "url": url}) for i, url in enumerate([
        "https://diario.example/internacional/2018/04/04/putin-erdogan.html",
        "https://diario.example/mundo/verificado-2018-putin",
    ])]
    dated, undated = read(tmp_path, "c.jsonl", "\n".join(lines), published="2024-01-01")
    assert (dated.published, dated.published_from) == ("2018-04-04", "url")
    # a bare year is no date: the caller's
    assert (undated.published, undated.published_from) == ("2024-01-01", "argument")


@pytest.mark.parametrize("url, expected", [
    ("https://cnnespanol.example/2018/04/04/la-casa-blanca", "2018-04-04"),
    ("https://diario.example/espana/2021-03-23/la-izquierda.html", "2021-03-23"),
    ("http://diario.example/articulo/nacion/2017/02/8/unam", "2017-02-08"),
    ("https://diario.example/cultura/20180521/443750740061/hitler.html", "2018-05-21"),
    ("https://diario.example/2018/07/carlos-salinas-felicita/", "2018-07-01"),  # month only
    ("https://diario.example/elpais/2018/03/28/icon/1522232572_682924.html", "2018-03-28"),
    ("https://diario.example/mundo/verificado-2018-enfrentando", None),  # a bare year
    ("https://diario.example/1814829-escultura", None),  # an article number
    ("https://diario.example/a/20181345/b", None),  # no such day
    ("https://diario.example/2099/01/05/a", None),  # the future
    ("https://20180521.example/nota", None),  # the host holds no date
    (None, None),
])
def test_date_in_url(url, expected):
    assert date_in_url(url) == expected


def test_readers_jsonl_detects_language_when_absent(tmp_path):
    lines = [json.dumps({"id": "a", "text": ES}), json.dumps({"id": "b", "text": EN})]
    items = read(tmp_path, "c.jsonl", "\n".join(lines))
    assert [i.language for i in items] == ["es", "en"]


def test_readers_html_page(tmp_path):
    (article,) = read(tmp_path, "page.html", HTML)
    assert article.title == "Putin y Erdogan" and article.published == "2024-03-14"
    assert "conversó por teléfono" in article.text and "derechos reservados" not in article.text


def test_readers_rss_with_spanish_dates(tmp_path):
    first, second = read(tmp_path, "feed.rss", RSS, published="2024-01-01")
    assert first.published == "2024-03-15" and first.url == "https://diario.example/a"
    assert first.text == "El Gobierno ruso criticó a la OTAN por sus maniobras."
    assert first.source == "Diario" and first.title == "Rusia y Turquía"
    assert second.published == "2024-01-01"  # no date in the feed: the caller's


def test_readers_atom_feed(tmp_path):
    (article,) = read(tmp_path, "feed.atom", ATOM)
    assert article.language == "en" and article.published == "2024-02-01"


@pytest.mark.parametrize("raw, expected", [
    ("Lun, 15 Mar 2024 10:00:00 +0100", "2024-03-15"),
    ("martes, 2 de enero de 2024", "2024-01-02"),
    ("Mon, 15 Mar 2024 10:00:00 GMT", "2024-03-15"),
    ("15/03/2024", "2024-03-15"),
    ("2024-05-06", "2024-05-06"),
    (20240506, "2024-05-06"),
    ("", None),
    # no date without the day it was written, or without a day
    ("ayer", None), ("hace 2 días", None), ("marzo de 2024", None), ("no es fecha", None),
])
def test_readers_metadata_dates(raw, expected):
    assert normalise_date(raw) == expected


def test_readers_feed_date_is_the_entry_s_own():
    assert feed_date({"published": "Lun, 15 Mar 2024"}) == "Lun, 15 Mar 2024"
    assert feed_date({}) is None


@pytest.mark.parametrize("published", ["ayer", "no es fecha", "2024-13-45", ["2024"]])
def test_readers_a_published_that_is_no_date_is_a_skip_reason(tmp_path, published):
    record = {"id": 1, "text": ES, "lang": "es", "published": published,
              "url": "https://diario.example/2024/03/15/a"}
    (item,) = read(tmp_path, "a.jsonl", json.dumps(record) + "\n", published="2024-01-01")
    assert isinstance(item, Skipped) and item.reason == "invalid date"
    assert repr(str(published)) in item.detail


def test_readers_a_feed_entry_with_an_unreadable_date_is_skipped(tmp_path):
    feed = RSS.replace("Lun, 15 Mar 2024 10:00:00 +0100", "pronto")
    first, second = read(tmp_path, "feed.rss", feed)
    assert isinstance(first, Skipped) and first.reason == "invalid date"
    assert isinstance(second, Article)


def _warc(records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, kind, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


def test_readers_warc_streams_html_responses(tmp_path):
    data = _warc([("https://a.example/1", "text/html; charset=utf-8", HTML.encode()),
                  ("https://a.example/logo.png", "image/png", b"\x89PNG...")])
    (article,) = read(tmp_path, "crawl.warc.gz", data)
    assert article.url == "https://a.example/1" and article.published == "2024-03-14"


def test_readers_bad_files_are_skipped_with_reasons(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ES, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_bytes(b"  \n ")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (corpus / "latin1.txt").write_bytes("café con Rusia".encode("latin-1"))
    (corpus / "big.txt").write_text(ES * 10, encoding="utf-8")
    (corpus / "german.txt").write_text("Der Bundeskanzler sprach gestern mit dem "
                                       "französischen Präsidenten über die Lage.", "utf-8")
    lines = [json.dumps({"id": 1, "text": EN, "lang": "en"}), "{not json",
             json.dumps({"id": 3}), json.dumps({"id": 4, "text": ES, "lang": "es"})]
    (corpus / "lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (corpus / ".hidden.txt").write_text(ES, encoding="utf-8")
    items = list(read_paths([corpus], ReadOptions(max_bytes=len(ES.encode()) * 3)))
    articles = [i for i in items if isinstance(i, Article)]
    reasons = {i.origin.split("/")[-1]: i.reason for i in items if isinstance(i, Skipped)}
    assert len(articles) == 3
    assert reasons == {"empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary",
                       "latin1.txt": "invalid UTF-8", "big.txt": "too large",
                       "german.txt": "language unknown", "lines.jsonl:2": "invalid JSON",
                       "lines.jsonl:3": "no text"}


def test_readers_missing_path_is_skipped(tmp_path):
    (item,) = read_paths([tmp_path / "nope.txt"])
    assert isinstance(item, Skipped) and item.reason == "no such file"


@pytest.mark.parametrize("text, lang", [
    (ES, "es"), (EN, "en"), ("O presidente brasileiro falou com o ministro da Fazenda.", "und"),
    ("12 34 !!", "und"),
])
def test_langid_restricted_to_supported_languages(text, lang):
    code, reason = detect_language(text)
    assert code == lang and (reason is None) == (lang != "und")
