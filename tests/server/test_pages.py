"""The dashboard's pages over a synthetic store, without a browser: what they answer for
bad parameters, missing things, cursor pages, SQL metacharacters and text to analyse."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from conftest import synthetic_store
from heraldo.dedup import refresh
from heraldo.server.app import create_app
from heraldo.store import open_store
from heraldo.store.synthetic import documents


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = synthetic_store(tmp_path_factory.mktemp("pages") / "pages.duckdb",
                           12, 3, seed=5, days=60)
    return TestClient(create_app(path))


@pytest.mark.parametrize("path", ["/", "/network", "/map", "/events", "/analyse",
                                  "/network?kind=person&min_events=1&limit=10",
                                  "/map?since=2020-01-01&type=CONSULT"])
def test_every_page_answers_html(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert 'id="json-twin"' in response.text


@pytest.mark.parametrize("path, status, named", [
    ("/events?since=2024-13-01", 422, "since"),
    ("/events?cursor=garbage", 422, "cursor"),
    ("/events?source=RUS", 422, "target"),
    ("/network?kind=robot", 422, "kind"),
    ("/network?min_events=0", 422, "min_events"),
    ("/events/no-such-event", 404, "no-such-event"),
    ("/articles/no-such-article", 404, "no-such-article"),
    ("/actors/NOSUCH", 404, "NOSUCH"),
])
def test_bad_requests_are_one_line(client, path, status, named):
    response = client.get(path)
    assert response.status_code == status
    (line,) = re.findall(r'<p class="error" id="error-message">([^<]*)</p>', response.text)
    assert named in line and "Traceback" not in response.text


def test_cursor_pages_walk_the_events_once(client):
    seen: list[str] = []
    path = "/events?limit=7"
    while path:
        page = client.get(path).text
        seen += re.findall(r'href="/events/([0-9a-f]+)"', page)
        following = re.search(r'id="next-page" href="([^"]+)"', page)
        path = following.group(1).replace("&amp;", "&") if following else ""
    assert len(seen) == len(set(seen)) == 36


@pytest.mark.parametrize("value", ["'; DROP TABLE events; --", "%", "_", "$actor",
                                   "\\", "RUS' OR '1'='1"])
def test_sql_metacharacters_in_the_page_filters(client, value):
    for name in ("actor", "type", "country"):
        page = "/network" if name == "country" else "/events"
        assert client.get(page, params={name: value}).status_code == 200
    response = client.get("/events", params={"source": value, "target": value})
    assert response.status_code == 200 and "No event matches" in response.text
    assert client.get("/api/v1/health").json()["counts"]["events"] == 36


@pytest.mark.parametrize("form, named", [
    ({"text": "", "lang": "es"}, "text"),
    ({"text": "Hola.", "lang": "xx"}, "lang"),
    ({"text": "Hello.", "lang": "en"}, "lang"),
    ({"text": "Hola.", "lang": "es", "published": "ayer"}, "published"),
])
def test_text_that_cannot_be_analysed_is_one_line(client, form, named):
    response = client.post("/analyse", data=form)
    assert response.status_code == 422
    (line,) = re.findall(r'<p class="error" id="analyse-error">([^<]*)</p>', response.text)
    assert named in line
