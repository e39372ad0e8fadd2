"""Exports of a store: native JSONL Documents, canonical events as CSV, the GDELT 2.0
event table, the ICEWS layout, PLOVER JSON, every table as Parquet, and the actor graph
(GraphML, GEXF, JSON).

GDELT, ICEWS and PLOVER have one record per canonical event (per dyad for GDELT and
ICEWS), built from its representative event (its first mention), with the counts over
all its mentions: GDELT 2.0's NumMentions, NumSources and NumArticles.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import duckdb

from heraldo.query.canonical import iter_canonical
from heraldo.query.events import COLUMNS, EventFilter, find_events
from heraldo.query.gdelt import GDELT_COLUMNS, added_now, clean, gdelt_rows
from heraldo.query.graph import GRAPH_FORMATS, write_graph
from heraldo.query.icews import ICEWS_COLUMNS, icews_rows
from heraldo.query.plover import plover_record
from heraldo.query.tabular import write_csv
from heraldo.store.documents import iter_documents
from heraldo.store.rows import TABLES

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "icews", "plover-json",
                  *GRAPH_FORMATS)


@dataclass
class Exported:
    """What an export wrote: ``count`` records (files for parquet, edges for graphs) and
    what it left out, by reason."""

    count: int = 0
    left_out: Counter[str] = field(default_factory=Counter)


def _write_gdelt(conn: duckdb.DuckDBPyConnection, out: TextIO, header: bool) -> Exported:
    done = Exported()
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    added = added_now()
    for canonical in iter_canonical(conn):
        if canonical.event.negated:
            done.left_out["negated events (GDELT has no negation)"] += 1
            continue
        for row in gdelt_rows(canonical, added):
            out.write(clean(row) + "\n")
            done.count += 1
    return done


def _write_icews(conn: duckdb.DuckDBPyConnection, out: TextIO, header: bool) -> Exported:
    done = Exported()
    out.write("\t".join(ICEWS_COLUMNS) + "\n")
    for canonical in iter_canonical(conn):
        if canonical.event.negated:
            done.left_out["negated events (ICEWS has no negation)"] += 1
            continue
        for row in icews_rows(canonical):
            out.write(clean(row) + "\n")
            done.count += 1
    return done


def _write_plover(conn: duckdb.DuckDBPyConnection, out: TextIO, header: bool) -> Exported:
    done = Exported()
    out.write("[")
    for canonical in iter_canonical(conn):
        record = plover_record(canonical)
        if record is None:
            done.left_out[f"events PLOVER has no type for (CAMEO {canonical.event.cameo[:2]})"] += 1
            continue
        out.write((",\n" if done.count else "\n") + json.dumps(record, ensure_ascii=False))
        done.count += 1
    out.write("\n]\n")
    return done


def _write_jsonl(conn: duckdb.DuckDBPyConnection, out: TextIO, header: bool) -> Exported:
    done = Exported()
    for document in iter_documents(conn):
        out.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
        done.count += 1
    return done


def _write_csv(conn: duckdb.DuckDBPyConnection, out: TextIO, header: bool) -> Exported:
    rows = find_events(conn, EventFilter(limit=None))
    return Exported(write_csv(rows, COLUMNS, out))


def _write_parquet(conn: duckdb.DuckDBPyConnection, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    names = (*TABLES, "article_clusters", "event_clusters", "canonical_events",
             "canonical_dyads")
    for name in names:
        conn.execute(f"COPY {name} TO $out (FORMAT parquet)", {"out": str(out / f"{name}.parquet")})
    return len(names)


WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "gdelt": _write_gdelt,
           "icews": _write_icews, "plover-json": _write_plover}


def export(conn: duckdb.DuckDBPyConnection, fmt: str, out: Path, *,
           header: bool = False) -> Exported:
    """Write the store in ``fmt`` to ``out`` (a directory for parquet). ``header`` adds
    the column names to the GDELT table (the codebook's layout has none)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "parquet":
        return Exported(_write_parquet(conn, out))
    if fmt in GRAPH_FORMATS:
        return Exported(write_graph(conn, fmt, out))
    with out.open("w", encoding="utf-8", newline="") as fh:
        return WRITERS[fmt](conn, fh, header)
