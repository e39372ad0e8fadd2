"""POST /extract and POST /articles: the key, the body limit, counts and skip reasons."""

from __future__ import annotations

import pytest
from api_stores import KEY, client, small_db
from fastapi.testclient import TestClient

from heraldo.server import create_app
from heraldo.store import open_store

ARTICLES = [
    {"id": "a1", "published": "2024-05-02", "source": "agencia", "text":
     "El Gobierno de Colombia condenó el miércoles el ataque del ELN contra una base militar "
     "en Arauca. El ministro de Defensa acusó a la guerrilla de romper el alto el fuego."},
    {"id": "a2", "published": "2024-05-03", "lang": "es", "text":
     "Rusia y Turquía firmaron el jueves en Ankara un acuerdo de cooperación energética, "
     "según informó la cancillería turca."},
]


@pytest.fixture()
def writable(tmp_path):
    """An app with a key over a new store file, and the file."""
    db = tmp_path / "w.duckdb"
    return TestClient(create_app(db, api_key=KEY, max_body=20_000)), db


def test_extract_codes_a_text_and_stores_nothing(writable):
    app, db = writable
    answer = app.post("/api/v1/extract", json={"text": ARTICLES[1]["text"], "lang": "es",
                                               "published": "2024-05-03"})
    assert answer.status_code == 200, answer.text
    document = answer.json()
    assert document["article"]["published"] == "2024-05-03"
    assert any(e["cameo"].startswith("05") for e in document["events"])
    assert not db.exists()


@pytest.mark.parametrize("body, parameter", [
    ({"text": "   "}, "text"),
    ({"text": "Rusia atacó Ucrania.", "published": "ayer"}, "published"),
    ({"text": "Rusia atacó Ucrania.", "lang": "xx"}, "lang"),
    ({"lang": "es"}, "text"),
])
def test_extract_names_the_bad_field(client, body, parameter):
    answer = client.post("/api/v1/extract", json=body)
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"]["parameter"] == parameter


def test_post_articles_stores_them_and_reports(writable):
    app, db = writable
    posted = [*ARTICLES, {"text": ""}, ARTICLES[0]]
    answer = app.post("/api/v1/articles", json=posted, headers={"X-API-Key": KEY})
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert report["new"] == 2 and report["repeated"] == 1 and report["skipped"] == {"no text": 1}
    assert report["ids"][2] is None and report["ids"][0] == report["ids"][3]
    again = app.post("/api/v1/articles", json=ARTICLES[0],
                     headers={"Authorization": f"Bearer {KEY}"}).json()
    assert again["new"] == 0 and again["present"] == 1
    with open_store(db, read_only=True) as store:
        assert store.counts()["articles"] == 2 and store.counts()["canonical_events"] > 0
    stored = app.get(f"/api/v1/articles/{report['ids'][0]}").json()
    assert stored["article"]["source_id"] == "a1"


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "wrong"},
                                     {"Authorization": "Bearer wrong"}])
def test_a_write_without_the_right_key_gets_401(writable, headers):
    app, db = writable
    answer = app.post("/api/v1/articles", json=ARTICLES[0], headers=headers)
    assert answer.status_code == 401 and answer.json()["error"]["code"] == "unauthorized"
    assert not db.exists()


def test_a_server_without_key_is_read_only(client, small_db):
    answer = client.post("/api/v1/articles", json=ARTICLES[0], headers={"X-API-Key": KEY})
    assert answer.status_code == 403 and "read-only" in answer.json()["error"]["message"]


def test_an_oversized_body_gets_413(writable):
    app, db = writable
    big = {"text": "Rusia atacó Ucrania. " * 2000}
    for path in ("/api/v1/articles", "/api/v1/extract"):
        answer = app.post(path, json=big, headers={"X-API-Key": KEY})
        assert answer.status_code == 413 and answer.json()["error"]["code"] == "body_too_large"


def test_an_oversized_body_in_chunks_gets_413(writable):
    app, _ = writable

    def chunks():
        for _ in range(30):
            yield b"x" * 1000

    answer = app.post("/api/v1/extract", content=chunks(),
                      headers={"Content-Type": "application/json"})
    assert answer.status_code == 413 and answer.json()["error"]["code"] == "body_too_large"
