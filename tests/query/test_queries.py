"""Queries, exports and their commands over a synthetic store."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import asdict

import pytest
from typer.testing import CliRunner

from conftest import synthetic_store
from heraldo.cli.main import app
from heraldo.dedup import refresh
from heraldo.query import actor_graph
from heraldo.query.export import EXPORT_FORMATS, export
from heraldo.store import open_store
from heraldo.store.events import EventFilter
from heraldo.store.synthetic import documents

runner = CliRunner()
GDELT2_EVENT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode "
    "Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code "
    "Actor1Type1Code Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode "
    "Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code "
    "Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode "
    "EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code "
    "Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID Actor2Geo_Type "
    "Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName "
    "ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long "
    "ActionGeo_FeatureID DATEADDED SOURCEURL").split()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return synthetic_store(tmp_path_factory.mktemp("q") / "q.duckdb", 300, 5, seed=11, days=400)


@pytest.fixture(scope="module")
def everything(db):
    with open_store(db) as store:
        return [asdict(e) for e in store.events(limit=None)]


def _has(codes, prefix):
    return any(c.startswith(prefix) for c in codes)


@pytest.mark.parametrize("f, keep", [
    (EventFilter(actor="RUS"), lambda e: _has(e["source_codes"] + e["target_codes"], "RUS")),
    (EventFilter(dyad=("RUS", "TUR")),
     lambda e: _has(e["source_codes"], "RUS") and _has(e["target_codes"], "TUR")),
    (EventFilter(type="CONSULT"), lambda e: e["plover"] == "CONSULT"),
    (EventFilter(type="04"), lambda e: e["cameo"].startswith("04")),
    (EventFilter(since=dt.date(2020, 6, 1), until=dt.date(2020, 6, 30)),
     lambda e: dt.date(2020, 6, 1) <= e["day"] <= dt.date(2020, 6, 30)),
    (EventFilter(min_confidence=0.8), lambda e: e["confidence"] >= 0.8),
])
def test_query_event_filters(db, everything, f, keep):
    with open_store(db) as store:
        found = [asdict(e) for e in store.events(**{**asdict(f), "limit": None})]
    expected = [e for e in everything if keep(e)]
    assert found and {e["id"] for e in found} == {e["id"] for e in expected}


def test_query_dyad_series_totals(db, everything):
    with open_store(db) as store:
        rows = [asdict(r) for r in store.dyads(freq="month", dyad=("RUS", "TUR"))]
    expected = [e for e in everything if _has(e["source_codes"], "RUS")
                and _has(e["target_codes"], "TUR") and not e["negated"]]
    assert sum(r["events"] for r in rows) == len(expected)
    assert all(r["q1"] + r["q2"] + r["q3"] + r["q4"] == r["events"] for r in rows)
    assert all(r["period"].day == 1 for r in rows)


def test_query_actors_and_graph(db):
    with open_store(db) as store:
        actors = [asdict(a) for a in store.actors()]
        graph = actor_graph(store)
    assert actors[0]["mentions"] >= actors[-1]["mentions"] and actors[0]["events"] > 0
    assert graph.number_of_edges() > 0
    assert all(d["events"] >= 1 for _, _, d in graph.edges(data=True))


def test_export_gdelt_has_the_61_columns_without_header(db, tmp_path):
    out = tmp_path / "e.tsv"
    with open_store(db) as store:
        n = export(store, "gdelt", out).count
        export(store, "gdelt", tmp_path / "h.tsv", header=True)
    rows = out.read_text(encoding="utf-8").splitlines()
    assert n == len(rows) > 0 and all(len(r.split("\t")) == 61 for r in rows)
    header = (tmp_path / "h.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split("\t") == GDELT2_EVENT_COLUMNS


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "plover-json", "icews", "graphml", "gexf",
                                 "graph-json", "parquet"])
def test_export_formats(db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    with open_store(db) as store:
        n = export(store, fmt, out).count
        counts = store.counts()
    assert n > 0
    if fmt == "jsonl":
        lines = out.read_text(encoding="utf-8").splitlines()
        assert len(lines) == counts["articles"] and json.loads(lines[0])["schema_version"]
    elif fmt == "csv":
        with out.open(encoding="utf-8") as fh:
            assert len(list(csv.DictReader(fh))) == counts["canonical_events"]
    elif fmt == "plover-json":
        records = json.loads(out.read_text(encoding="utf-8"))
        assert {"event", "source", "recipient", "num_mentions"} <= set(records[0])
    elif fmt == "parquet":
        assert (out / "events.parquet").is_file() and (out / "canonical_events.parquet").is_file()


def test_reads_and_exports_leave_no_unfinished_result(tmp_path):
    """The pinned DuckDB refuses ``register()`` on a connection with a result not fetched to
    its end ("unfinished result from execute()"): after every export and query, the same
    connection still writes (``write_documents`` and ``refresh`` register Arrow tables)."""
    with open_store(tmp_path / "s.duckdb") as store:
        store.write_documents(documents(30, 3, seed=2))
        refresh(store)
        for n, fmt in enumerate(EXPORT_FORMATS):
            export(store, fmt, tmp_path / f"out.{fmt}")
            store.write_documents(documents(1, 2, seed=100 + n))
        store.events(limit=5)
        store.dyads(freq="month")
        store.actors(limit=3)
        actor_graph(store)
        store.write_documents(documents(2, 2, seed=99))
        refresh(store)
        assert store.counts()["articles"] == 30 + len(EXPORT_FORMATS) + 2


def test_cli_events_json_is_one_array(db):
    result = runner.invoke(app, ["events", "--db", str(db), "--actor", "RUS", "--type", "04",
                                 "--format", "json", "--limit", "5"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert isinstance(rows, list) and len(rows) == 5
    assert all(r["cameo"].startswith("04") for r in rows)


@pytest.mark.parametrize("args, expect", [
    (["events", "--format", "table"], "events"),
    (["events", "--format", "csv", "--dyad", "RUS,TUR"], "num_mentions"),
    (["dyads", "--freq", "month", "--dyad", "RUS,TUR"], "dyads per month"),
    (["dyads", "--freq", "year", "--format", "csv"], "period,source,target"),
    (["actors", "list", "--limit", "3"], "3 actors"),
])
def test_cli_queries(db, args, expect):
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert expect in result.output


def test_cli_export_writes_file(db, tmp_path):
    out = tmp_path / "e.json"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "plover-json",
                                 "--out", str(out)])
    assert result.exit_code == 0 and "wrote" in result.output and out.is_file()


@pytest.mark.parametrize("args, message", [
    (["events", "--db", "/nonexistent/x.duckdb"], "no such store"),
    (["events", "--since", "ayer"], "not a date"),
    (["events", "--dyad", "RUS"], "two actor codes"),
    (["dyads", "--freq", "hour"], "unknown frequency"),
    (["export", "--format", "xml", "--out", "x"], "unknown format"),
])
def test_cli_query_errors_are_one_line(db, args, message):
    if "--db" not in args:
        args = [args[0], "--db", str(db), *args[1:]]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output
