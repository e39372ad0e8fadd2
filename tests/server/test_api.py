"""The read endpoints of /api/v1 against the small synthetic store: each answers what the
store's typed queries answer, with the CLI's filters, pages and the one error shape."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from urllib.parse import quote

import pytest
from api_stores import client, small_db

from heraldo.store import open_store


@pytest.fixture(scope="module")
def store(small_db):
    with open_store(small_db, read_only=True) as opened:
        yield opened


def _json(rows):
    """Typed rows as the API shows them (dates as ISO text)."""
    def plain(value):
        return value.isoformat() if isinstance(value, dt.date) else value
    return [{k: plain(v) for k, v in asdict(row).items()} for row in rows]


def test_events_pages_walk_every_event_once(client, store):
    seen, cursor = [], None
    while True:
        params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/v1/events", params=params).json()
        assert len(page["events"]) <= 7
        seen += page["events"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == _json(store.events(limit=None))


@pytest.mark.parametrize("params, kwargs", [
    ({"actor": "rus"}, {"actor": "rus"}),
    ({"dyad": "RUS,TUR"}, {"dyad": ("RUS", "TUR")}),
    ({"type": "CONSULT"}, {"type": "CONSULT"}),
    ({"type": "04", "since": "2020-02-01", "until": "2020-04-30"},
     {"type": "04", "since": dt.date(2020, 2, 1), "until": dt.date(2020, 4, 30)}),
    ({"min_confidence": 0.8}, {"min_confidence": 0.8}),
])
def test_events_take_the_cli_filters(client, store, params, kwargs):
    page = client.get("/api/v1/events", params={**params, "limit": 1000}).json()
    expected = store.events(**kwargs, limit=None)
    assert expected and page["events"] == _json(expected)


def test_one_event_has_every_mention_and_its_sentence(client, store):
    first = store.events(limit=1)[0]
    body = client.get(f"/api/v1/events/{first.id}").json()
    assert body["event"]["id"] == first.id and body["mentions"]
    mention = body["mentions"][0]
    assert mention["event"]["id"] == first.id and "text" not in mention["article"]
    article = store.article(mention["article"]["id"]).article
    assert article.text[mention["sentence_start"]:mention["sentence_end"]] == mention["sentence"]
    start, end = mention["event"]["start"], mention["event"]["end"]
    assert mention["sentence_start"] <= start < end <= mention["sentence_end"]


def test_actors_and_one_actor(client, store):
    listed = client.get("/api/v1/actors", params={"limit": 5}).json()["actors"]
    assert listed == _json(store.actors(limit=5))
    code = listed[0]["code"]
    body = client.get(f"/api/v1/actors/{code}", params={"freq": "year"}).json()
    assert body["actor"] == listed[0]
    assert body["counterparts"] and all(c["direction"] in ("in", "out")
                                        for c in body["counterparts"])
    assert sum(c["events"] for c in body["counterparts"]) >= 1
    assert body["roles"][0]["kb_id"].startswith("country:")


def test_dyads_graph_timeline_places(client, store):
    dyads = client.get("/api/v1/dyads", params={"freq": "year", "level": "country",
                                                "no_self": "true"}).json()["dyads"]
    assert dyads == _json(store.dyads(freq="year", level="country", no_self=True))
    graph = client.get("/api/v1/graph", params={"kind": "state", "limit": 10}).json()
    assert len(graph["edges"]) == 10
    codes = {n["code"] for n in graph["nodes"]}
    assert all(e["source"] in codes and e["target"] in codes for e in graph["edges"])
    periods = client.get("/api/v1/timeline").json()["periods"]
    assert sum(p["events"] + p["negated"] for p in periods) == store.counts()["canonical_events"]
    places = client.get("/api/v1/places").json()["places"]
    assert places[0]["name"] == "Moscú" and places[0]["lat"] == 55.75


def test_article_is_its_document(client, store):
    event = store.events(limit=1)[0]
    body = client.get(f"/api/v1/articles/{event.article_id}").json()
    assert body == store.article(event.article_id).to_dict()


@pytest.mark.parametrize("path", ["/api/v1/events/nope", "/api/v1/actors/NOPE",
                                  "/api/v1/articles/nope"])
def test_unknown_ids_answer_404(client, path):
    answer = client.get(path)
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("path, params, parameter", [
    ("/api/v1/events", {"since": "yesterday"}, "since"),
    ("/api/v1/events", {"limit": 0}, "limit"),
    ("/api/v1/events", {"min_confidence": 2}, "min_confidence"),
    ("/api/v1/events", {"dyad": "RUS"}, "dyad"),
    ("/api/v1/events", {"cursor": "not-a-cursor"}, "cursor"),
    ("/api/v1/dyads", {"freq": "fortnight"}, "freq"),
    ("/api/v1/dyads", {"level": "city"}, "level"),
    ("/api/v1/graph", {"kind": "planet"}, "kind"),
    ("/api/v1/graph", {"min_events": -1}, "min_events"),
])
def test_bad_parameters_answer_422_naming_them(client, path, params, parameter):
    answer = client.get(path, params=params)
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["parameter"] == parameter and f"'{parameter}'" in error["message"]
    assert error["code"] == "invalid_parameter" and set(answer.json()) == {"error"}


#: what an SQL injection would try: quotes, comments, statement ends, LIKE wildcards,
#: DuckDB's parameter and cast syntax, a NUL byte
PAYLOADS = ("'; DROP TABLE events; --", "RUS' OR '1'='1", "%", "_", "\\", "$actor",
            "RUS)) OR true --", "1::INTEGER", "\x00")
#: every filter of every GET endpoint; the text filters match nothing with these values,
#: the others refuse them with 422
FILTERS = {
    "/api/v1/events": ("actor", "dyad", "type", "since", "until", "min_confidence", "limit",
                       "cursor"),
    "/api/v1/dyads": ("freq", "actor", "dyad", "since", "until", "level", "no_self"),
    "/api/v1/graph": ("actor", "type", "since", "until", "kind", "country", "min_events",
                      "limit"),
    "/api/v1/timeline": ("freq", "actor", "type", "since", "until"),
    "/api/v1/places": ("actor", "type", "since", "until", "limit"),
    "/api/v1/actors": ("limit",),
}


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sql_metacharacters_in_every_filter(client, small_db, payload):
    with open_store(small_db, read_only=True) as store:
        before = store.counts()
    for path, names in FILTERS.items():
        for name in names:
            value = f"{payload},{payload}" if name == "dyad" else payload
            answer = client.get(path, params={name: value})
            assert answer.status_code in (200, 422), (path, name, answer.text)
            body = answer.json()
            if answer.status_code == 422:
                assert body["error"]["parameter"] == name
            else:
                rows = next(iter(body.values()))  # events, dyads, nodes, periods...
                assert rows == [], (path, name)
    for path in ("/api/v1/events/", "/api/v1/actors/", "/api/v1/articles/"):
        assert client.get(path + quote(payload, safe="")).status_code in (404, 422)
    with open_store(small_db, read_only=True) as store:
        assert store.counts() == before
