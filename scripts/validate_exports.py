"""Validate every event export of a store against its published layout.

    python scripts/validate_exports.py --db /tmp/corpus.duckdb [--out DIR]

Run it after an ingest of the whole corpus (``heraldo ingest ../shared/eval/es-news-corpus.jsonl
--db /tmp/corpus.duckdb``). It writes the GDELT, ICEWS, PLOVER JSON and CSV exports and
checks: GDELT's 61 columns, unique integer GLOBALEVENTIDs, SQLDATE 8 digits or empty, CAMEO
codes of the codebook, FIPS geo codes; ICEWS's 20 columns and dates; PLOVER JSON against
``data/schema/plover-export.schema.json`` with every untyped event counted; the CSV's
columns and one row per canonical event. Prints a JSON summary; exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import jsonschema

from heraldo.ontology import load_ontology
from heraldo.query.export import export
from heraldo.query.gdelt import GDELT_COLUMNS
from heraldo.query.icews import ICEWS_COLUMNS
from heraldo.resources import data_path
from heraldo.store import open_store
from heraldo.store.events import COLUMNS

GDELT_CHECKS = {"SQLDATE": r"(\d{8})?", "MonthYear": r"(\d{6})?", "Year": r"(\d{4})?",
                "GLOBALEVENTID": r"\d+", "QuadClass": r"[1-4]", "DATEADDED": r"\d{14}",
                "ActionGeo_CountryCode": r"([A-Z]{2})?", "Actor1CountryCode": r"([A-Z]{3})?"}


def _gdelt(path: Path, problems: list[str]) -> dict[str, Any]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    col = {c: i for i, c in enumerate(GDELT_COLUMNS)}
    cameo = load_ontology().cameo
    for n, row in enumerate(rows, 1):
        if len(row) != 61:
            problems.append(f"gdelt line {n}: {len(row)} columns")
            continue
        for column, pattern in GDELT_CHECKS.items():
            if not re.fullmatch(pattern, row[col[column]]):
                problems.append(f"gdelt line {n}: {column} {row[col[column]]!r}")
        if row[col["EventCode"]] not in cameo:
            problems.append(f"gdelt line {n}: EventCode {row[col['EventCode']]!r}")
    ids = [r[0] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("gdelt: repeated GLOBALEVENTID")
    return {"rows": len(rows), "with_sqldate": sum(1 for r in rows if r[col["SQLDATE"]]),
            "with_action_geo": sum(1 for r in rows if r[col["ActionGeo_Type"]]),
            "with_actor1": sum(1 for r in rows if r[col["Actor1Code"]])}


def _icews(path: Path, problems: list[str]) -> dict[str, Any]:
    header, *rows = [line.split("\t") for line in path.read_text("utf-8").splitlines()]
    if tuple(header) != ICEWS_COLUMNS:
        problems.append("icews: header differs from the 20 published columns")
    for n, row in enumerate(rows, 2):
        if len(row) != 20 or not re.fullmatch(r"(\d{4}-\d{2}-\d{2})?", row[1]):
            problems.append(f"icews line {n}: {len(row)} columns, date {row[1]!r}")
    return {"rows": len(rows), "with_date": sum(1 for r in rows if r[1])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="heraldo-exports-"))
    out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    summary: dict[str, Any] = {}
    with open_store(args.db) as store:
        done = {fmt: export(store, fmt, out / fmt)
                for fmt in ("gdelt", "icews", "plover-json", "csv")}
        ((canonical,),) = store.conn.execute(
            "SELECT count(DISTINCT id) FROM canonical_events").fetchall()
    summary["canonical_events"] = canonical
    summary["gdelt"] = _gdelt(out / "gdelt", problems)
    summary["icews"] = _icews(out / "icews", problems)
    records = json.loads((out / "plover-json").read_text(encoding="utf-8"))
    schema = json.loads(data_path("schema", "plover-export.schema.json").read_text("utf-8"))
    try:
        jsonschema.validate(records, schema)
    except jsonschema.ValidationError as exc:
        problems.append(f"plover-json: {exc.message}")
    untyped = sum(done["plover-json"].left_out.values())
    if len(records) + untyped != canonical:
        problems.append("plover-json: records and untyped events do not add up")
    summary["plover-json"] = {"records": len(records),
                              "with_context": sum(1 for r in records if r["context"])}
    with (out / "csv").open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    if tuple(reader.fieldnames or ()) != COLUMNS or len({r["id"] for r in rows}) != canonical:
        problems.append("csv: columns or row count differ")
    summary["csv"] = {"rows": len(rows), "with_sentence": sum(1 for r in rows if r["sentence"])}
    summary["left_out"] = {f: dict(d.left_out) for f, d in done.items() if d.left_out}
    summary["problems"] = problems[:20]
    summary["problem_count"] = len(problems)
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
