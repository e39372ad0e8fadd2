"""A real ``heraldo serve`` process and a concurrent ``heraldo ingest`` into the same store
file: under the store access policy the server holds no lock between requests, so the
ingest writes while the server keeps answering."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from test_writes import ARTICLES

from heraldo.dedup import refresh
from heraldo.store import open_store
from heraldo.store.synthetic import documents


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _heraldo(*args: str, key: str = "") -> subprocess.Popen[str]:
    env = {**os.environ, "HERALDO_API_KEY": key}
    return subprocess.Popen([sys.executable, "-m", "heraldo.cli", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.fixture()
def served(tmp_path):
    db = tmp_path / "live.duckdb"
    with open_store(db) as store:
        store.write_documents(documents(20, 3, seed=8, days=100))
        refresh(store)
    port = _free_port()
    server = _heraldo("serve", "--db", str(db), "--port", str(port))
    base = f"http://127.0.0.1:{port}/api/v1"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and server.poll() is None:
        try:
            httpx.get(f"{base}/health", timeout=2)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield db, base, server
    server.terminate()
    server.wait(timeout=10)


def test_ingest_writes_while_the_server_answers(served, tmp_path):
    db, base, server = served
    corpus = tmp_path / "new.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES),
                      encoding="utf-8")
    before = httpx.get(f"{base}/health").json()["counts"]["articles"]
    ingest = _heraldo("ingest", str(corpus), "--db", str(db), "--lang", "es")
    answers = []
    while ingest.poll() is None:
        answers.append(httpx.get(f"{base}/events", params={"limit": 5}, timeout=30))
        time.sleep(0.2)
    _, err = ingest.communicate()
    assert ingest.returncode == 0, err
    assert answers and all(a.status_code == 200 for a in answers)
    assert httpx.get(f"{base}/health").json()["counts"]["articles"] == before + 2
    server.terminate()
    _, err = server.communicate(timeout=10)
    assert "read-only: HERALDO_API_KEY is not set" in err

