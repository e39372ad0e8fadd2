"""``heraldo ingest``: summary and exit codes, idempotence, kill -9 and resume, Dask; real
processes sharing a store (a query answers while an ingest runs, an ingest goes on while
queries run); SIGTERM, SIGINT and SIGHUP to ``ingest --workers 2`` end its workers, and
what was stored before the signal is refreshed (canonical events)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from heraldo.cli.main import app
from heraldo.dedup import refresh
from heraldo.ingest import ReadOptions
from heraldo.scale.ingest import ingest
from heraldo.store import Access, open_store

runner = CliRunner()
TEMPLATES = (
    "El presidente ruso, Vladímir Putin, conversó por teléfono con su homólogo turco, Recep "
    "Tayyip Erdogan, el {d} de marzo, informó el Kremlin.",
    "El Gobierno colombiano acusó a Venezuela de violar la frontera el {d} de abril.",
    "Miles de personas protestaron en Caracas contra el Gobierno el {d} de mayo.",
)


def articles(n):
    return [TEMPLATES[i % 3].format(d=1 + i // 3) for i in range(n)]


def write_jsonl(path, texts):
    path.write_text("".join(json.dumps({"id": i, "text": t, "lang": "es",
                                        "published": "2024-06-01"}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    return path


def contents(db):
    with open_store(db) as store:
        conn = store.conn
        return {
            "articles": sorted(r[0] for r in conn.execute("SELECT id FROM articles").fetchall()),
            "events": sorted(conn.execute(
                "SELECT id, article_id, cameo, source_codes, target_codes FROM events")
                .fetchall()),
            "mentions": conn.execute("SELECT count(*) FROM mentions").fetchone()[0],
            "canonical": sorted(conn.execute(
                "SELECT id, num_mentions, num_articles, num_sources FROM canonical_events")
                .fetchall()),
            "duplicates": conn.execute("SELECT count(*) - count(DISTINCT id) FROM articles")
                .fetchone()[0],
        }


def test_ingest_directory_skips_bad_files_and_is_idempotent(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(articles(3)):
        (corpus / f"{i}.txt").write_text(text, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\xff\x00")
    (corpus / "latin1.txt").write_bytes("Rusia atacó Ucrania, dijo el portavoz".encode("latin-1"))
    (corpus / "lines.jsonl").write_text('{"id": 1, "text": "' + articles(4)[3] + '"}\n{bad\n',
                                        encoding="utf-8")
    (corpus / "big.txt").write_text("Rusia criticó a la OTAN. " * 50, encoding="utf-8")
    db = tmp_path / "h.duckdb"
    args = ["ingest", str(corpus), "--db", str(db), "--max-bytes", "1000",
            "--published", "2024-03-15"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "4 new" in first.output and "skipped 5" in first.output
    for reason in ("empty", "binary", "invalid UTF-8", "invalid JSON", "too large"):
        assert reason in first.output
    before = contents(db)
    assert len(before["articles"]) == 4 and before["events"]
    second = runner.invoke(app, args)
    assert second.exit_code == 0 and "0 new, 4 already in the store" in second.output
    assert contents(db) == before
    strict = runner.invoke(app, [*args, "--strict"])
    assert strict.exit_code == 1 and "--strict" in strict.output


def test_ingest_a_batch_without_events(tmp_path):
    quiet = write_jsonl(tmp_path / "quiet.jsonl", ["Hoy hace buen tiempo en la costa.",
                                                  articles(1)[0]])
    db = tmp_path / "h.duckdb"
    result = runner.invoke(app, ["ingest", str(quiet), "--db", str(db), "--batch-size", "1"])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output
    assert len(contents(db)["articles"]) == 2 and contents(db)["events"]


def test_ingest_nothing_processable_fails(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), "--db",
                                 str(tmp_path / "h.duckdb")])
    assert result.exit_code == 1 and "nothing could be processed" in result.output


def test_ingest_missing_input_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db",
                                 str(tmp_path / "h.duckdb")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_ingest_killed_and_resumed_holds_every_article_once(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", articles(12))
    db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "heraldo.cli", "ingest", str(corpus), "--db", str(db),
               "--batch-size", "2", "--verbose"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               text=True)
    assert process.stderr is not None
    for line in process.stderr:
        if "stored 2 new article" in line:
            os.kill(process.pid, signal.SIGKILL)
            break
    process.wait(timeout=120)
    assert process.returncode == -signal.SIGKILL  # killed mid-run, not finished
    partial = contents(db)
    assert 2 <= len(partial["articles"]) < 12
    resumed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(partial['articles'])} already in the store" in resumed.stdout
    clean = tmp_path / "clean.duckdb"
    with open_store(clean) as store:
        ingest([corpus], store)
    assert contents(db) == contents(clean)
    assert contents(db)["duplicates"] == 0 and len(contents(db)["articles"]) == 12


@pytest.mark.filterwarnings("ignore")
def test_ingest_dask_store_equals_local_store(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", articles(6))
    local, distributed = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    with open_store(local) as store:
        ingest([corpus], store, options=ReadOptions())
    with open_store(distributed) as store:
        report = ingest([corpus], store, engine="dask", workers=2, batch_size=2,
                        parquet_dir=tmp_path / "parts")
    assert report.new == 6 and not report.skipped
    assert len(list((tmp_path / "parts").glob("part-*/events.parquet"))) == 3
    assert contents(distributed) == contents(local)


HERALDO = [sys.executable, "-m", "heraldo.cli"]


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start_ingest(tmp_path, n, *extra):
    corpus = write_jsonl(tmp_path / "c.jsonl", articles(n))
    db = tmp_path / "h.duckdb"
    process = subprocess.Popen([*HERALDO, "ingest", str(corpus), "--db", str(db),
                                "--batch-size", "1", "--verbose", *extra],
                               stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    return process, db


def wait_for_stored(process):
    assert process.stderr is not None
    for line in process.stderr:
        if "stored 1 new article" in line:
            return
    raise AssertionError("the ingest ended before storing a batch")


def test_queries_during_an_ingest_then_sigterm_ends_its_workers(tmp_path):
    # far more articles than it codes before the signal: it must still be running then
    process, db = start_ingest(tmp_path, 300, "--workers", "2")
    wait_for_stored(process)
    workers = children(process.pid)
    with Access(db).reading() as store:
        first = store.counts()["articles"]
    query = subprocess.run([*HERALDO, "events", "--db", str(db), "--format", "json"],
                           capture_output=True, text=True, timeout=60)
    assert query.returncode == 0, query.stderr   # a query answers while the ingest runs
    stored, deadline = first, time.monotonic() + 120
    while stored < first + 2 and time.monotonic() < deadline:   # queries, back to back
        with Access(db).reading() as store:
            stored = store.counts()["articles"]
        time.sleep(0.02)
    assert stored >= first + 2 and process.poll() is None   # the ingest went on
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, err
    assert "interrupted (SIGTERM)" in err and "Traceback" not in err
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers and not [w for w in workers if alive(w)]
    with open_store(db) as store:
        counts = store.counts()
        assert stored <= counts["articles"] < 300 and counts["canonical_events"] >= 1
        assert refresh(store) == 0   # nothing stored was left out of the derived tables


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGHUP])
def test_other_signals_end_the_workers(tmp_path, signum):
    process, _ = start_ingest(tmp_path, 6, "--workers", "2")
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        workers = {w for w in children(process.pid) if b"spawn_main" in
                   Path(f"/proc/{w}/cmdline").read_bytes()}
        time.sleep(0.05)
    assert len(workers) == 2
    os.kill(process.pid, signum)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signum, err
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if alive(w)]
