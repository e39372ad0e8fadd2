"""Every export format against its published layout, on a store of a few dozen corpus
articles (read by the ingest readers, coded by the pipeline from the parse cache):
GDELT 2.0's 61 columns, ICEWS's 20, PLOVER JSON against its schema, the one CSV layout
of ``events`` and ``export``, provenance, dyads by country, and the plot."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import asdict

import jsonschema
import pytest
from test_queries import GDELT2_EVENT_COLUMNS
from typer.testing import CliRunner

from conftest import EVAL, need_shared
from heraldo.cli.main import app
from heraldo.dedup import refresh
from heraldo.ingest import ReadOptions, read_paths
from heraldo.model import Actor
from heraldo.ontology import load_ontology
from heraldo.query.export import export
from heraldo.query.gdelt import GDELT_COLUMNS
from heraldo.query.icews import ICEWS_COLUMNS
from heraldo.query.names import canonical_name
from heraldo.resources import data_path
from heraldo.store import open_store
from heraldo.store.events import COLUMNS
from heraldo.store.provenance import sentence_of

runner = CliRunner()
#: every how-many-th corpus record goes into the store (40 of 1,079)
EVERY = 27
ICEWS_PUBLISHED = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude")


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory, pipeline, parse_cache):
    lines = need_shared(EVAL / "es-news-corpus.jsonl").read_text(encoding="utf-8").splitlines()
    folder = tmp_path_factory.mktemp("layouts")
    sample = folder / "sample.jsonl"
    sample.write_text("\n".join(lines[::EVERY]) + "\n", encoding="utf-8")
    articles = list(read_paths([sample], ReadOptions()))
    docs = parse_cache.docs(pipeline, [a.text for a in articles])
    documents = [pipeline.analyse_parsed(a, d).document
                 for a, d in zip(articles, docs, strict=True)]
    path = folder / "corpus.duckdb"
    with open_store(path) as store:
        store.write_documents(documents)
        refresh(store)
    return path


@pytest.fixture(scope="session")
def exported(corpus_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    out, left_out = {}, {}
    with open_store(corpus_db) as store:
        for fmt in ("gdelt", "icews", "plover-json", "csv"):
            done = export(store, fmt, folder / fmt)
            out[fmt] = (folder / fmt).read_text(encoding="utf-8")
            left_out[fmt] = done.left_out
        canonical = [asdict(e) for e in store.events(limit=None)]
        names = store.conn.execute("SELECT name, kb_id FROM actors").fetchall()
    return out, left_out, canonical, names


def _tsv(text):
    return [line.split("\t") for line in text.splitlines()]


def test_gdelt_layout(exported):
    out, _, canonical, _ = exported
    rows = _tsv(out["gdelt"])
    assert GDELT_COLUMNS == tuple(GDELT2_EVENT_COLUMNS) and len(GDELT_COLUMNS) == 61
    assert rows and all(len(r) == 61 for r in rows)
    assert rows[0][0].isdigit()  # no header by default
    col = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    ids = [r[col["GLOBALEVENTID"]] for r in rows]
    assert all(i.isdigit() for i in ids) and len(set(ids)) == len(ids)
    cameo = load_ontology().cameo
    for r in rows:
        assert re.fullmatch(r"(\d{8})?", r[col["SQLDATE"]])
        assert re.fullmatch(r"(\d{6})?", r[col["MonthYear"]])
        assert re.fullmatch(r"(\d{4})?", r[col["Year"]])
        assert re.fullmatch(r"(\d{4}\.\d{4})?", r[col["FractionDate"]])
        assert r[col["EventCode"]] in cameo
        assert r[col["EventRootCode"]] == r[col["EventCode"]][:2]
        assert r[col["QuadClass"]] in {"1", "2", "3", "4"}
        assert -10 <= float(r[col["GoldsteinScale"]]) <= 10
        assert int(r[col["NumMentions"]]) >= int(r[col["NumArticles"]]) >= 1
        assert r[col["IsRootEvent"]] in {"0", "1"}
        for empty in ("AvgTone", "Actor1EthnicCode", "Actor2Religion1Code"):
            assert r[col[empty]] == ""
        for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
            assert r[col[f"{geo}_Type"]] in {"", "1", "4"}
            assert re.fullmatch(r"([A-Z]{2})?", r[col[f"{geo}_CountryCode"]])
            for axis in ("Lat", "Long"):
                assert re.fullmatch(r"(-?\d+\.\d{4})?", r[col[f"{geo}_{axis}"]])
        for actor in ("Actor1", "Actor2"):
            assert re.fullmatch(r"([A-Z]{3})?", r[col[f"{actor}CountryCode"]])
            assert bool(r[col[f"{actor}Code"]]) == bool(r[col[f"{actor}Name"]])
        assert re.fullmatch(r"\d{14}", r[col["DATEADDED"]]) and r[col["SOURCEURL"]]
    dated = {e["day"].strftime("%Y%m%d") for e in canonical if e["day"]}
    assert {r[col["SQLDATE"]] for r in rows} - {""} <= dated
    assert any(r[col["ActionGeo_Type"]] for r in rows)  # places are filled where known


def test_gdelt_actor_names_are_the_knowledge_bases(exported):
    out, _, _, names = exported
    col = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    rows = [r for r in _tsv(out["gdelt"]) if r[col["Actor1Code"]]]
    assert rows
    entries = {n.upper() for n, kb_id in names if ":" in kb_id}
    # composed actors ("el presidente ruso") keep the phrase as their name
    phrases = {n.upper() for n, kb_id in names if ":" not in kb_id} - entries
    assert phrases
    written = {r[col[f"{a}Name"]] for r in rows for a in ("Actor1", "Actor2")}
    assert not written & phrases


def test_canonical_name_of_a_composed_actor_is_its_countrys():
    composed = Actor("RUSGOV", "RUS", ("GOV",), "", "presidente ruso", "state", "RUS")
    entry = Actor("IGOWSTNAT", "", ("IGO",), "NATO", "OTAN", "organisation", "org:NATO")
    assert canonical_name(composed, "es") == "Rusia"
    assert canonical_name(entry, "es") == "OTAN"


def test_icews_layout(exported, corpus_db):
    out, left_out, _, _ = exported
    header, *rows = _tsv(out["icews"])
    assert tuple(header) == ICEWS_COLUMNS == ICEWS_PUBLISHED
    assert rows and all(len(r) == 20 for r in rows)
    col = {name: i for i, name in enumerate(header)}
    with open_store(corpus_db) as store:
        stored = {r[0] for r in store.conn.execute("SELECT id FROM articles").fetchall()}
    for r in rows:
        assert re.fullmatch(r"(\d{4}-\d{2}-\d{2})?", r[col["Event Date"]])
        assert r[col["CAMEO Code"]] in load_ontology().cameo and r[col["Event Text"]]
        assert -10 <= float(r[col["Intensity"]]) <= 10
        assert r[col["Story ID"]] in stored and int(r[col["Sentence Number"]]) >= 1
    assert len({r[col["Event ID"]] for r in rows}) == len(rows)
    assert all("negated" in reason for reason in left_out["icews"])


def test_plover_json_follows_its_schema_and_counts_what_it_leaves_out(exported):
    out, left_out, canonical, _ = exported
    records = json.loads(out["plover-json"])
    schema = json.loads(data_path("schema", "plover-export.schema.json").read_text("utf-8"))
    jsonschema.validate(records, schema)
    types = set(load_ontology().plover)
    assert records and {t for r in records for t in r["event"]} <= types
    assert all(len(r["event"]) == 1 for r in records)
    untyped = sum(1 for e in canonical if not e["plover"])
    assert sum(left_out["plover-json"].values()) == untyped
    assert len(records) + untyped == len(canonical)
    protests = [r for r in records if r["cameo"].startswith("14")]
    assert all("protest" in r["context"] for r in protests)
    by_id = {e["id"]: e for e in canonical}
    for r in records:  # the PLOVER fields carry the first mention's provenance
        event = by_id[r["id"]]
        assert r["cite_info"]["citation"] == event["article_id"]
        assert (r["cite_info"]["url"], r["text"]) == (event["url"], event["sentence"])
        assert r["cite_info"]["publication"] == event["source"]
        assert r["event_scale"] == event["goldstein"] and r["quad_code"] == event["quad_class"]
    placed = [r["event_loc"] for r in records if r["event_loc"] and r["event_loc"]["cc3"]]
    assert placed and all(loc["country code"] for loc in placed if loc["cc3"] != "---")


def test_csv_is_one_layout_for_events_and_export(exported, corpus_db):
    out, _, canonical, _ = exported
    exported_rows = list(csv.DictReader(io.StringIO(out["csv"])))
    result = runner.invoke(app, ["events", "--db", str(corpus_db), "--format", "csv",
                                 "--limit", "0"])
    assert result.exit_code == 0, result.output
    listed = list(csv.DictReader(io.StringIO(result.output)))
    assert tuple(exported_rows[0]) == tuple(listed[0]) == COLUMNS
    assert sorted(r["id"] for r in exported_rows) == sorted(r["id"] for r in listed)
    assert len(exported_rows) == len(canonical)
    for row in exported_rows:
        for column in ("source_codes", "target_codes"):
            codes = row[column].split(";") if row[column] else []
            assert len(codes) == len(set(codes)) and "," not in row[column]
        assert row["negated"] in {"true", "false"}
        assert "None" not in row.values() and "[]" not in row.values()


def test_every_event_carries_its_provenance(exported, corpus_db):
    _, _, canonical, _ = exported
    with open_store(corpus_db) as store:
        urls = dict(store.conn.execute("SELECT id, url FROM articles").fetchall())
    for event in canonical:
        assert event["article_id"] in urls and event["url"] == urls[event["article_id"]]
        assert event["trigger"] in event["sentence"] and "\n" not in event["sentence"]
    result = runner.invoke(app, ["events", "--db", str(corpus_db), "--limit", "3",
                                 "--show-evidence"])
    assert result.exit_code == 0
    assert all(e["sentence"][:40] in " ".join(result.output.split())
               for e in canonical[:3])


def test_sentence_of_stops_at_sentence_ends_and_lines():
    text = "Titular\nEl Gobierno criticó a la OTAN. Luego Rusia respondió. Fin."
    start = text.index("criticó")
    assert sentence_of(text, start, start + 7) == "El Gobierno criticó a la OTAN."
    start = text.index("respondió")
    assert sentence_of(text, start, start + 9) == "Luego Rusia respondió."


def test_dyads_by_country_without_self_dyads(corpus_db):
    with open_store(corpus_db) as store:
        actors = [asdict(r) for r in store.dyads(freq="year")]
        countries = [asdict(r) for r in store.dyads(freq="year", level="country")]
        others = [asdict(r) for r in store.dyads(freq="year", level="country", no_self=True)]
    assert sum(r["events"] for r in countries) <= sum(r["events"] for r in actors)
    assert all(len(r["source"]) == 3 or r["source"].startswith(("IGO", "NGO", "MNC"))
               for r in countries)
    assert all(r["source"] != r["target"] for r in others)
    assert sum(r["events"] for r in others) < sum(r["events"] for r in countries)
    for r in countries:
        assert r["mean_goldstein"] == pytest.approx(r["goldstein"] / r["events"], abs=0.06)
        assert r["per_1000_articles"] is None or r["per_1000_articles"] > 0


def test_plot_dyads_writes_png_and_svg(corpus_db, tmp_path):
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml")):
        out = tmp_path / f"dyads{suffix}"
        result = runner.invoke(app, ["plot", "dyads", "--db", str(corpus_db), "--freq", "year",
                                     "--level", "country", "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_bytes().startswith(magic)
    result = runner.invoke(app, ["plot", "dyads", "--db", str(corpus_db),
                                 "--out", str(tmp_path / "x.gif")])
    assert result.exit_code == 2 and "png or .svg" in result.output


def test_event_table_fits_80_columns_and_shows_the_place(corpus_db):
    result = runner.invoke(app, ["events", "--db", str(corpus_db), "--limit", "30"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "place" in result.output
    dates = [m for line in lines for m in re.findall(r"\d{4}-\d{2}-\d{2}", line)]
    assert dates  # the date is printed whole, never cut
    assert dt.date.fromisoformat(dates[0])
