"""Requests that cannot give what was meant: one clear line on stderr (an error, or a
warning when the command still runs), never a raw DuckDB or IO message."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import synthetic_store
from heraldo.cli.main import app
from heraldo.store import open_store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return synthetic_store(tmp_path_factory.mktemp("bad") / "q.duckdb", 20, 3, seed=5, days=60)


def heraldo(*args):
    """The ``heraldo`` command in its own process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "heraldo.cli", *args], capture_output=True,
                          text=True, input="")


@pytest.mark.parametrize("args, message", [
    (["events", "--limit", "-5"], "'--limit': Input should be greater than or equal to 0"),
    (["actors", "list", "--limit", "-3"], "'--limit'"),
    (["events", "--min-confidence", "2"], "'--min-confidence'"),
    (["events", "--bogus"], "No such option: --bogus"),
    (["export", "--format", "csv", "--out", "/nonexistent/x.csv"],
     "--out /nonexistent/x.csv: no such directory /nonexistent"),
    (["ingest", "/nonexistent/x.txt", "--max-bytes", "0"], "'--max-bytes'"),
])
def test_bad_requests_are_one_line(db, args, message):
    result = heraldo(*args, "--db", str(db))
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("heraldo: error: ")
    assert message in result.stderr
    assert not any(raw in result.stderr for raw in ("Binder", "SELECT", "IOException", "Traceback"))


@pytest.mark.parametrize("out, fmt, message", [
    ("folder", "csv", "is a directory, not a file"),
    ("folder", "jsonl", "is a directory, not a file"),
    ("file.txt", "parquet", "is a file, not a directory"),
    ("missing/x.gexf", "gexf", "no such directory"),
])
def test_export_refuses_an_output_it_cannot_write(db, tmp_path, out, fmt, message):
    (tmp_path / "folder").mkdir()
    (tmp_path / "file.txt").write_text("keep me")
    result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt,
                                 "--out", str(tmp_path / out)])
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / "missing").exists()
    assert (tmp_path / "file.txt").read_text() == "keep me"


@pytest.mark.parametrize("args, warning", [
    (["events", "--type", "XYZ"], "--type 'XYZ' is neither a PLOVER type"),
    (["events", "--type", "99"], "--type '99' is neither"),
    (["events", "--since", "2024-02-01", "--until", "2024-01-01"],
     "--since 2024-02-01 is after --until 2024-01-01"),
    (["dyads", "--since", "2024-02-01", "--until", "2024-01-01"], "is after --until"),
])
def test_requests_that_match_nothing_warn(db, args, warning):
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("heraldo: warning: ") and warning in result.stderr


@pytest.mark.parametrize("args", [["events", "--type", "consult"], ["events", "--type", "04"],
                                  ["events", "--since", "2024-01-01", "--until", "2024-01-01"]])
def test_requests_that_can_match_do_not_warn(db, args):
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 0 and "warning" not in result.stderr


def test_ingest_checks_its_options_before_reading(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--lang", "xx"])
    assert result.exit_code == 2 and "--lang 'xx' is not supported" in result.stderr
    result = runner.invoke(app, ["ingest", "/nonexistent/x.txt", "--scheduler", "tcp://x:1"])
    assert "--scheduler applies to --engine dask only" in result.stderr
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_query_api_refuses_a_negative_limit(db):
    with open_store(db) as store:
        with pytest.raises(ValueError, match="limit -5"):
            store.events(limit=-5)
        with pytest.raises(ValueError, match="limit -1"):
            store.actors(limit=-1)
