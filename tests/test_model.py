from __future__ import annotations

import json

import pytest

from heraldo.model import (
    SCHEMA_VERSION,
    Actor,
    Article,
    Document,
    Event,
    Mention,
    Place,
    Relation,
    Statement,
    When,
    article_id,
)


def _document() -> Document:
    article = Article.from_text("Rusia atacó Ucrania.\n", published="2022-02-24",
                                source_id="x1", title="t", url="http://e/1", source="AFP")
    rus = Mention(Actor("RUS", "RUS", (), "", "Rusia", "state", "country:RUS"), "Rusia", 0, 5,
                  0, "dictionary:country")
    ukr = Mention(Actor("UKR", "UKR"), "Ucrania", 12, 19, 0, "dictionary:country")
    event = Event("e1", article.id, 0, 0, 19, "atacó", (rus,), (ukr,), "190", "ASSAULT", "",
                  -10.0, 4, False, "reported", rus, When("2022-02-24", "day", "", None, None,
                                                         True),
                  Place("Kiev", "UKR", 50.45, 30.52, "Kiev", 3, 7), 0.9, "es.verb.atacar",
                  ((6, 11),))
    relation = Relation("backs", rus, ukr, "respaldados por Rusia", 1, 5)
    statement = Statement(rus, "atacó", "dijo", 6, 11)
    return Document(article, (rus, ukr), (event,), (relation,), (statement,))


def test_model_document_round_trip():
    document = _document()
    data = json.loads(json.dumps(document.to_dict()))
    assert Document.from_dict(data) == document


def test_model_document_dict_shape():
    data = _document().to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    event = data["events"][0]
    assert event["cameo"] == "190" and isinstance(event["plover"], str)
    assert set(event["sources"][0]["actor"]) >= {"code", "country", "org", "sectors", "name"}
    assert [m["text"] for m in data["mentions"]] == ["Rusia", "Ucrania"]


def test_model_rejects_unknown_schema_version():
    data = _document().to_dict()
    data["schema_version"] = "0.0"
    with pytest.raises(ValueError, match="schema_version"):
        Document.from_dict(data)


@pytest.mark.parametrize("a, b", [("Rusia  atacó\nUcrania", "Rusia atacó Ucrania"),
                                  ("Turqui\u0301a", "Turquía")])
def test_model_article_id_ignores_whitespace_and_unicode_form(a, b):
    assert article_id(a) == article_id(b)


def test_model_dedup_key_ignores_order_of_actors():
    e = _document().events[0]
    assert e.dedup_key() == (("RUS",), ("UKR",), "190", "2022-02-24")
