"""Texts longer than the parser's limit are coded in paragraph-aligned chunks, with
offsets true to the original text."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from heraldo.cli.main import app

PARAGRAPHS = ("El ejército colombiano atacó un campamento del ELN en Arauca.",
              "Rusia y Turquía se comprometieron a cooperar en Siria, dijo el Kremlin.",
              "El presidente ruso criticó a la OTAN por su expansión.")
TEXT = "\n\n".join(PARAGRAPHS)


def _spans(document):
    return ([(e.start, e.end, e.cameo) for e in document.events],
            [(m.start, m.end, m.actor.code) for m in document.mentions])


def test_chunked_text_keeps_the_offsets_of_the_whole(pipeline, monkeypatch):
    whole = pipeline.extract(TEXT, published="2022-01-03")
    monkeypatch.setattr(pipeline, "max_chars", 80)
    assert len(pipeline.make_docs(TEXT)) == 3  # one chunk per paragraph
    chunked = pipeline.extract(TEXT, published="2022-01-03")
    assert _spans(chunked) == _spans(whole)
    last = chunked.events[-1]
    assert last.start == TEXT.index(PARAGRAPHS[2]) > 80  # an event of the last chunk
    assert TEXT[last.start:last.end] == "El presidente ruso criticó a la OTAN"
    assert {TEXT[m.start:m.end] for m in chunked.mentions} >= {"Rusia", "OTAN", "ELN"}


def test_parse_gives_one_doc_per_text_whatever_its_chunks(pipeline, monkeypatch):
    monkeypatch.setattr(pipeline, "max_chars", 80)
    texts = [TEXT, PARAGRAPHS[0], TEXT]
    docs = list(pipeline.parse(texts))
    assert [d.user_data["source_text"] for d in docs] == texts
    assert [len(d.text) for d in docs] == [len(t) for t in texts]


def test_extract_codes_a_text_over_a_million_characters():
    # a long run of blank lines keeps the parse short: the point is the length
    text = "\n\n".join(PARAGRAPHS[:2]) + "\n" * 1_000_000 + PARAGRAPHS[2]
    result = CliRunner().invoke(app, ["extract", "-", "--format", "json"], input=text)
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)["events"]
    last = events[-1]
    assert last["start"] > 1_000_000
    assert text[last["start"]:last["end"]] == "El presidente ruso criticó a la OTAN"
