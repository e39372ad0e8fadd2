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
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TextIO

from heraldo.query.gdelt import GDELT_COLUMNS, added_now, clean, gdelt_rows
from heraldo.query.graph import GRAPH_FORMATS, write_graph
from heraldo.query.icews import ICEWS_COLUMNS, icews_rows
from heraldo.query.plover import plover_record
from heraldo.query.tabular import write_csv
from heraldo.store import Store
from heraldo.store.events import COLUMNS

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "icews", "plover-json",
                  *GRAPH_FORMATS)


@dataclass
class Exported:
    """What an export wrote: ``count`` records (files for parquet, edges for graphs) and
    what it left out, by reason."""

    count: int = 0
    left_out: Counter[str] = field(default_factory=Counter)


def _write_gdelt(store: Store, out: TextIO, header: bool) -> Exported:
    done = Exported()
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    added = added_now()
    for canonical in store.canonical():
        if canonical.event.negated:
            done.left_out["negated events (GDELT has no negation)"] += 1
            continue
        for row in gdelt_rows(canonical, added):
            out.write(clean(row) + "\n")
            done.count += 1
    return done


def _write_icews(store: Store, out: TextIO, header: bool) -> Exported:
    done = Exported()
    out.write("\t".join(ICEWS_COLUMNS) + "\n")
    for canonical in store.canonical():
        if canonical.event.negated:
            done.left_out["negated events (ICEWS has no negation)"] += 1
            continue
        for row in icews_rows(canonical):
            out.write(clean(row) + "\n")
            done.count += 1
    return done


def _write_plover(store: Store, out: TextIO, header: bool) -> Exported:
    done = Exported()
    out.write("[")
    for canonical in store.canonical():
        record = plover_record(canonical)
        if record is None:
            done.left_out[f"events PLOVER has no type for (CAMEO {canonical.event.cameo[:2]})"] += 1
            continue
        out.write((",\n" if done.count else "\n") + json.dumps(record, ensure_ascii=False))
        done.count += 1
    out.write("\n]\n")
    return done


def _write_jsonl(store: Store, out: TextIO, header: bool) -> Exported:
    done = Exported()
    for document in store.documents():
        out.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
        done.count += 1
    return done


def _write_csv(store: Store, out: TextIO, header: bool) -> Exported:
    rows = (asdict(row) for row in store.events(limit=None))
    return Exported(write_csv(rows, COLUMNS, out))


WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "gdelt": _write_gdelt,
           "icews": _write_icews, "plover-json": _write_plover}


def export(store: Store, fmt: str, out: Path, *,
           header: bool = False) -> Exported:
    """Write the store in ``fmt`` to ``out`` (a directory for parquet). ``header`` adds
    the column names to the GDELT table (the codebook's layout has none)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "parquet":
        return Exported(store.write_parquet(out))
    if fmt in GRAPH_FORMATS:
        return Exported(write_graph(store, fmt, out))
    with out.open("w", encoding="utf-8", newline="") as fh:
        return WRITERS[fmt](store, fh, header)
