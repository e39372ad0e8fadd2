"""Exports of a store: native JSONL Documents, canonical events as CSV, CAMEO/GDELT TSV or
PLOVER JSON, every table as Parquet, and the actor graph (GraphML, GEXF, JSON).

CAMEO TSV and PLOVER JSON have one record per canonical event (per dyad for CAMEO), built
by ``heraldo.formats`` from the representative event, with the counts over all its
mentions: GDELT 2.0's NumMentions, NumSources and NumArticles.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import duckdb

from heraldo.formats import CAMEO_COLUMNS, cameo_rows, plover_records
from heraldo.model import Document
from heraldo.query.graph import GRAPH_FORMATS, write_graph
from heraldo.store.documents import iter_documents, load_events
from heraldo.store.rows import TABLES

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "cameo-tsv", "plover-json", *GRAPH_FORMATS)
_MENTIONS_AT = CAMEO_COLUMNS.index("NumMentions")
EXPORT_CAMEO_COLUMNS = (*CAMEO_COLUMNS[:_MENTIONS_AT + 1], "NumSources", "NumArticles",
                        *CAMEO_COLUMNS[_MENTIONS_AT + 1:])
_COUNTS = "SELECT id, num_mentions, num_sources, num_articles FROM canonical_events ORDER BY id"
_CSV = """
COPY (SELECT id, day, date_value, array_to_string(source_codes, ';') AS sources, cameo,
             array_to_string(target_codes, ';') AS targets, plover, plover_mode, goldstein,
             quad_class, negated, modality, trigger, place_name, place_country, confidence,
             num_mentions, num_articles, num_sources
      FROM canonical_events ORDER BY day NULLS LAST, id) TO $out (HEADER, DELIMITER ',')
"""


def _canonical(conn: duckdb.DuckDBPyConnection,
               chunk: int = 1000) -> Iterator[tuple[Document, tuple[int, int, int]]]:
    """(a Document holding one representative event, its counts) per canonical event."""
    counts = conn.execute(_COUNTS).fetchall()
    for start in range(0, len(counts), chunk):
        part = counts[start:start + chunk]
        events = load_events(conn, [r[0] for r in part])
        for event_id, mentions, sources, articles in part:
            event, article = events[event_id]
            yield Document(article, events=(event,)), (mentions, sources, articles)


def _write_cameo(conn: duckdb.DuckDBPyConnection, out: TextIO) -> int:
    out.write("\t".join(EXPORT_CAMEO_COLUMNS) + "\n")
    n = 0
    for document, (mentions, sources, articles) in _canonical(conn):
        for row in cameo_rows(document):
            cells = [*row[:_MENTIONS_AT], str(mentions), str(sources), str(articles),
                     *row[_MENTIONS_AT + 1:]]
            out.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n")
            n += 1
    return n


def _write_plover(conn: duckdb.DuckDBPyConnection, out: TextIO) -> int:
    out.write("[")
    n = 0
    for document, (mentions, sources, articles) in _canonical(conn):
        for record in plover_records(document):
            full: dict[str, Any] = {**record, "num_mentions": mentions, "num_sources": sources,
                                    "num_articles": articles}
            out.write((",\n" if n else "\n") + json.dumps(full, ensure_ascii=False))
            n += 1
    out.write("\n]\n")
    return n


def _write_jsonl(conn: duckdb.DuckDBPyConnection, out: TextIO) -> int:
    n = 0
    for document in iter_documents(conn):
        out.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_parquet(conn: duckdb.DuckDBPyConnection, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    names = (*TABLES, "article_clusters", "event_clusters", "canonical_events",
             "canonical_dyads")
    for name in names:
        conn.execute(f"COPY {name} TO $out (FORMAT parquet)", {"out": str(out / f"{name}.parquet")})
    return len(names)


def export(conn: duckdb.DuckDBPyConnection, fmt: str, out: Path) -> int:
    """Write the store in ``fmt`` to ``out`` (a directory for parquet); the number of
    records (files for parquet, edges for graphs) written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "parquet":
        return _write_parquet(conn, out)
    if fmt in GRAPH_FORMATS:
        return write_graph(conn, fmt, out)
    if fmt == "csv":
        conn.execute(_CSV, {"out": str(out)})
        row = conn.execute("SELECT count(*) FROM canonical_events").fetchone()
        return int(row[0]) if row else 0
    writer = {"jsonl": _write_jsonl, "cameo-tsv": _write_cameo, "plover-json": _write_plover}
    with out.open("w", encoding="utf-8") as fh:
        return writer[fmt](conn, fh)
