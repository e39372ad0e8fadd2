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


def test_a_headline_without_a_full_stop_is_parsed_apart_from_the_lead(pipeline):
    """With no full stop after the headline and the dateline, the parser used to read
    the lead's first words as the end of a name and lose its subject."""
    text = ("Maestros paraguayos cortan rutas en la frontera con Brasil\n\n"
            "ASUNCIÓN, Mar 4\n\n"
            "Centenares de maestros paraguayos bloquearon este lunes durante tres horas el "
            "puente de la Amistad, en demanda de aumentos salariales.")
    assert [len(d) > 0 for d in pipeline.make_docs(text)] == [True, True, True]
    doc = next(pipeline.parse([text]))
    lead = next(s for s in doc.sents if "bloquearon" in s.text)
    assert lead.text.startswith("Centenares de maestros") and lead.root.text == "bloquearon"
    # the lead's blockade has its teachers, so it is the headline's, told again
    blockades = [e for e in pipeline.extract(text).events if e.cameo == "144"]
    assert [[m.actor.code for m in e.sources] for e in blockades] == [["PRYEDU"]]
    assert any(text[a:b] == "bloquearon" for a, b in blockades[0].evidence)
