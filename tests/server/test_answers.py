"""The server's kept answers: a repeated request is answered without a query while the
store is unchanged, and a write (in this process or another) makes the next read fresh."""

from __future__ import annotations

import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from heraldo.dedup import refresh
from heraldo.server import create_app
from heraldo.server.answers import Answers
from heraldo.store import Access, open_store
from heraldo.store.synthetic import documents

#: an ingest in another process: a batch of new articles and the refresh after it
WRITE = ("import sys\n"
         "from heraldo.dedup import refresh\n"
         "from heraldo.store import open_store\n"
         "from heraldo.store.synthetic import documents\n"
         "with open_store(sys.argv[1]) as store:\n"
         "    store.write_documents(documents(5, 3, seed=int(sys.argv[2]), days=30))\n"
         "    refresh(store)\n")


def test_an_answer_is_built_once_per_generation():
    answers, built = Answers(size=8), []

    def build(text):
        return lambda: built.append(text) or text.encode()

    assert answers.get(1, "a", build("a1")) == b"a1"
    assert answers.get(1, "a", build("again")) == b"a1"
    assert answers.get(2, "a", build("a2")) == b"a2"   # a new generation: built again
    assert answers.get(1, "a", build("a1'")) == b"a1'"  # and an older one never served
    assert built == ["a1", "a2", "a1'"]


def test_the_least_recently_used_answers_go_first_and_size_0_keeps_none():
    answers = Answers(size=2)
    for key in ("a", "b", "a", "c"):
        answers.get(1, key, key.encode)
    assert answers.get(1, "a", lambda: b"new") == b"a"
    assert answers.get(1, "b", lambda: b"new") == b"new"
    small = Answers(size=8, max_bytes=5)
    for key in ("aa", "bb", "cc", "toolong"):
        small.get(1, key, key.encode)
    assert small.get(1, "aa", lambda: b"new") == b"new"  # 6 bytes: the first went
    assert small.get(1, "cc", lambda: b"new") == b"cc"
    assert small.get(1, "toolong", lambda: b"x") == b"x"  # larger than all: never kept
    none = Answers(size=0)
    none.get(1, "a", lambda: b"a")
    assert len(none) == 0 and none.get(1, "a", lambda: b"again") == b"again"
    with pytest.raises(ValueError):
        Answers(size=-1)


def test_every_writing_session_bumps_the_generation(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        first = store.generation()
    with Access(path).reading() as store:
        assert store.generation() == first
    with Access(path).writing() as store:
        assert store.generation() == first + 1


@pytest.fixture()
def served(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        store.write_documents(documents(10, 3, seed=1, days=30))
        refresh(store)
    return path, TestClient(create_app(path, api_key="k"))


ENDPOINTS = ("/api/v1/events?limit=1000", "/api/v1/dyads?freq=year", "/api/v1/graph",
             "/api/v1/timeline", "/api/v1/places", "/api/v1/actors")


def everything(client):
    return {url: client.get(url).json() for url in ENDPOINTS}


def test_a_write_in_another_process_makes_the_next_read_fresh(served):
    path, client = served
    before = everything(client)
    kept = client.app.state.sessions.answers
    assert len(kept) == len(ENDPOINTS) and everything(client) == before
    done = subprocess.run([sys.executable, "-c", WRITE, str(path), "77"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    after = everything(client)
    assert len(after["/api/v1/events?limit=1000"]["events"]) > len(
        before["/api/v1/events?limit=1000"]["events"])
    with open_store(path, read_only=True) as store:
        assert after["/api/v1/events?limit=1000"]["events"] == client.get(
            "/api/v1/events", params={"limit": 1000}).json()["events"]
        assert len(after["/api/v1/events?limit=1000"]["events"]) == len(
            store.events(limit=None))
    for url in ENDPOINTS:
        if url != "/api/v1/actors":  # the same synthetic actors
            assert after[url] != before[url], url


def test_a_writing_session_of_the_server_makes_the_next_read_fresh(served):
    _, client = served
    before = client.get("/api/v1/events", params={"limit": 1000}).json()["events"]
    with client.app.state.sessions.writing() as store:
        store.write_documents(documents(4, 3, seed=99, days=30))
        refresh(store)
    after = client.get("/api/v1/events", params={"limit": 1000}).json()["events"]
    assert len(after) > len(before)
