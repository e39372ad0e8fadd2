"""``extract`` reads a file as ``ingest`` does (HTML main text, one Document per JSONL
record or feed entry), and ``ingest -`` reads standard input."""

from __future__ import annotations

import io
import json
import sys

import pytest
from typer.testing import CliRunner

from heraldo.cli.main import app
from heraldo.ingest import ReadOptions, Skipped, read_paths
from heraldo.ingest.sources import STDIN, kind_of_content
from heraldo.model import Article
from heraldo.store import open_store
from ingest.test_readers import HTML, RSS

runner = CliRunner()
RECORDS = [{"id": "a", "text": "Rusia atacó Ucrania.", "published": "2024-03-01"},
           {"id": "b", "text": "Francia y Alemania firmaron un acuerdo.", "lang": "es"}]
JSONL = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)


def extract(*args, stdin=None):
    result = runner.invoke(app, ["extract", *args, "--format", "jsonl"], input=stdin)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_extract_html_codes_the_main_text(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (document,) = extract(str(tmp_path / "page.html"))
    text = document["article"]["text"]
    assert "conversó por teléfono" in text and "<p>" not in text and "Inicio" not in text
    assert document["article"]["published"] == "2024-03-14"
    assert {m["actor"]["code"] for m in document["mentions"]} >= {"RUSGOV", "TURGOV"}


def test_extract_jsonl_gives_one_document_per_record(tmp_path):
    (tmp_path / "two.jsonl").write_text(JSONL, encoding="utf-8")
    documents = extract(str(tmp_path / "two.jsonl"))
    assert [d["article"]["source_id"] for d in documents] == ["a", "b"]
    assert [d["article"]["text"] for d in documents] == [r["text"] for r in RECORDS]
    assert documents[0]["article"]["published"] == "2024-03-01"
    assert [e["cameo"] for e in documents[0]["events"]] == ["190"]


def test_extract_feed_gives_one_document_per_entry(tmp_path):
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    documents = extract(str(tmp_path / "feed.rss"), "--published", "2024-01-01")
    assert [d["article"]["published"] for d in documents] == ["2024-03-15", "2024-01-01"]


def test_extract_reads_standard_input_by_its_content():
    assert [d["article"]["source_id"] for d in extract("-", stdin=JSONL)] == ["a", "b"]
    (document,) = extract("-", stdin="Rusia atacó Ucrania.")
    assert document["article"]["text"] == "Rusia atacó Ucrania."


def test_extract_warns_of_records_left_out(tmp_path):
    (tmp_path / "three.jsonl").write_text(JSONL + '{"id": "c"}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "three.jsonl"), "--format", "jsonl"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2
    assert "heraldo: warning: left out" in result.stderr and "three.jsonl:3: no text" in \
        result.stderr


@pytest.mark.parametrize("head, kind", [
    (b"WARC/1.0\r\n", "warc"), (b"\x1f\x8b\x08", "warc"), (b'  {"text": "x"}', "jsonl"),
    (b"<!DOCTYPE html><html>", "html"), (b'<?xml version="1.0"?><rss>', "feed"),
    (b"Rusia atac\xc3\xb3.", "text"), (b"", "text"),
])
def test_kind_of_content(head, kind):
    assert kind_of_content(head) == kind


def test_read_paths_reads_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(JSONL.encode())))
    items = list(read_paths([STDIN], ReadOptions(lang="es")))
    assert [i.source_id for i in items if isinstance(i, Article)] == ["a", "b"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    (item,) = read_paths([STDIN], ReadOptions(lang="es"))
    assert isinstance(item, Skipped) and item.reason == "empty"


def test_ingest_reads_standard_input(tmp_path):
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", "-", "--db", str(db), "--lang", "es"], input=JSONL)
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert store.counts()["articles"] == 2
