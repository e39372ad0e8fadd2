"""The app: health, read-only without a key, the one error shape."""

from __future__ import annotations

import re

import duckdb
from api_stores import client, small_db
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from heraldo.cli.main import app as cli
from heraldo.server import create_app
from heraldo.store import open_store
from heraldo.store.migrate import latest_version, migrate

runner = CliRunner()


def test_health_reports_counts_and_schema_version(client, small_db):
    answer = client.get("/api/v1/health")
    assert answer.status_code == 200
    body = answer.json()
    with open_store(small_db, read_only=True) as store:
        assert body["counts"] == store.counts()
        assert body["schema_version"] == store.schema_version() > 0
    assert body["read_only"] is True


def test_unknown_path_answers_the_error_shape(client):
    answer = client.get("/api/v1/nothing")
    assert answer.status_code == 404
    assert answer.json() == {"error": {"status": 404, "code": "not_found",
                                       "message": "Not Found", "parameter": None}}


def test_openapi_is_served_with_no_cdn(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href|url)\s*[:=]\s*["\']([^"\']+)', page.text)
    assert assets and not [a for a in assets if "//" in a]  # every asset is the app's
    assert all(client.get(a).status_code == 200 for a in assets if a.endswith((".js", ".css")))
    assert "/api/v1/health" in client.get("/openapi.json").json()["paths"]


def test_serve_refuses_a_missing_store_without_a_key(tmp_path):
    result = runner.invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")],
                           env={"HERALDO_API_KEY": ""})
    assert result.exit_code == 2
    assert "no such store" in result.stderr and "HERALDO_API_KEY" in result.stderr


def test_a_store_of_an_older_schema_is_upgraded_by_the_first_request(tmp_path):
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    migrate(conn, target=1)
    conn.close()
    served = TestClient(create_app(path))
    for _ in range(2):
        answer = served.get("/api/v1/health")
        assert answer.status_code == 200, answer.text
        assert answer.json()["schema_version"] == latest_version()
