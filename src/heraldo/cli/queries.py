"""``heraldo events``, ``dyads``, ``export`` and ``actors list``: thin commands over
``heraldo.query`` and ``heraldo.query.export``."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from heraldo.cli.corpus import DB_HELP, open_existing, store_errors
from heraldo.cli.errors import date_option, friendly, output_path, warn
from heraldo.errors import UsageError

OUTPUTS = ("table", "json", "csv")
# wide enough for the event table when the output is a pipe or a file (rich assumes 80)
console = Console() if sys.stdout.isatty() else Console(width=160)


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(str(v) for v in value) or "—"
    if value is None:
        return ""
    return str(value)


def _print(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str,
           title: str) -> None:
    if fmt not in OUTPUTS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(OUTPUTS)}")
    if fmt == "json":
        typer.echo(json.dumps(list(rows), ensure_ascii=False, default=str, indent=1))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([_cell(r[c]) for c in columns] for r in rows)
    else:
        table = Table(title=title)
        for column in columns:
            table.add_column(HEADERS.get(column, column))
        for row in rows:
            table.add_row(*(_cell(row[c]) for c in columns))
        console.print(table)


def _filter(actor: str | None, dyad: str | None, kind: str | None, since: str | None,
            until: str | None, min_confidence: float | None, limit: int) -> Any:
    from heraldo.query import EventFilter

    pair = None
    if dyad:
        parts = [p.strip() for p in dyad.split(",")]
        if len(parts) != 2 or not all(parts):
            raise UsageError(f"--dyad {dyad!r}: give two actor codes, SOURCE,TARGET")
        pair = (parts[0], parts[1])
    first, last = date_option(since, "--since"), date_option(until, "--until")
    if first and last and first > last:
        warn(f"--since {first} is after --until {last}: no event can match")
    if kind and not _known_type(kind):
        warn(f"--type {kind!r} is neither a PLOVER type (CONSULT) nor the prefix of a "
             "CAMEO code (04): no event can match")
    return EventFilter(actor, pair, kind, first, last, min_confidence, limit or None)


def _known_type(kind: str) -> bool:
    """Whether ``--type`` names a PLOVER type or begins a CAMEO code."""
    from heraldo.ontology import load_ontology

    ontology = load_ontology()
    if kind.isdigit():
        return any(code.startswith(kind) for code in ontology.cameo)
    return kind.upper() in ontology.plover


TABLE_COLUMNS = ("day", "source_codes", "cameo", "target_codes", "plover", "trigger",
                 "num_mentions", "num_articles", "num_sources")
HEADERS = {"source_codes": "source", "target_codes": "target", "num_mentions": "mentions",
           "num_articles": "articles", "num_sources": "sources"}


@friendly
def events(
    db: Path = typer.Option(Path("heraldo.duckdb"), "--db", metavar="PATH", help=DB_HELP),
    actor: str = typer.Option(None, "--actor", metavar="CODE",
                              help="Actor code or prefix (RUS, RUSGOV)."),
    dyad: str = typer.Option(None, "--dyad", metavar="SOURCE,TARGET",
                             help="SOURCE,TARGET codes or prefixes."),
    kind: str = typer.Option(None, "--type", metavar="TYPE",
                             help="PLOVER type (CONSULT) or CAMEO prefix (04)."),
    since: str = typer.Option(None, "--since", metavar="DATE", help="From this day (YYYY-MM-DD)."),
    until: str = typer.Option(None, "--until", metavar="DATE", help="Up to this day (YYYY-MM-DD)."),
    min_confidence: float = typer.Option(None, "--min-confidence", metavar="X", min=0.0, max=1.0,
                                         help="At least this confidence (0 to 1)."),
    limit: int = typer.Option(100, "--limit", metavar="N",
                              min=0, help="At most this many (0: all)."),
    fmt: str = typer.Option("table", "--format", metavar="FORMAT", help="table, json or csv."),
) -> None:
    """Canonical events (each merged over every article reporting it), latest first."""
    from heraldo.query import find_events
    from heraldo.query.events import COLUMNS

    f = _filter(actor, dyad, kind, since, until, min_confidence, limit)
    with store_errors(), open_existing(db) as store:
        rows = find_events(store.conn, f)
    _print(rows, TABLE_COLUMNS if fmt == "table" else COLUMNS, fmt, f"{len(rows)} events")


@friendly
def dyads(
    db: Path = typer.Option(Path("heraldo.duckdb"), "--db", metavar="PATH", help=DB_HELP),
    freq: str = typer.Option("month", "--freq", metavar="FREQ",
                             help="day, week, month, quarter or year."),
    actor: str = typer.Option(None, "--actor", metavar="CODE", help="Actor code or prefix."),
    dyad: str = typer.Option(None, "--dyad", metavar="SOURCE,TARGET",
                             help="SOURCE,TARGET codes or prefixes."),
    since: str = typer.Option(None, "--since", metavar="DATE",
                              help="From this day (YYYY-MM-DD)."),
    until: str = typer.Option(None, "--until", metavar="DATE",
                              help="Up to this day (YYYY-MM-DD)."),
    fmt: str = typer.Option("table", "--format", metavar="FORMAT", help="table, json or csv."),
) -> None:
    """Dyad time series: events, mentions, Goldstein sum and quad classes per period."""
    from heraldo.query import dyad_series
    from heraldo.query.series import COLUMNS, FREQUENCIES

    if freq not in FREQUENCIES:
        raise UsageError(f"unknown frequency {freq!r}; choose one of {', '.join(FREQUENCIES)}")
    f = _filter(actor, dyad, None, since, until, None, 0)
    with store_errors(), open_existing(db) as store:
        rows = dyad_series(store.conn, freq, f)
    _print(rows, COLUMNS, fmt, f"dyads per {freq}")


@friendly
def export(
    db: Path = typer.Option(Path("heraldo.duckdb"), "--db", metavar="PATH", help=DB_HELP),
    fmt: str = typer.Option(..., "--format", metavar="FORMAT",
                            help="jsonl, csv, parquet (a directory), "
                            "cameo-tsv, plover-json, graphml, gexf or graph-json."),
    out: Path = typer.Option(..., "--out", metavar="PATH",
                             help="Output file (directory for parquet)."),
) -> None:
    """Export the store: Documents, canonical events, tables or the actor graph."""
    from heraldo.query.export import EXPORT_FORMATS
    from heraldo.query.export import export as run

    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    output_path(out, directory=fmt == "parquet")
    with store_errors(), open_existing(db) as store:
        n = run(store.conn, fmt, out)
    unit = {"parquet": "tables", "jsonl": "documents"}.get(fmt, "records")
    if fmt in ("graphml", "gexf", "graph-json"):
        unit = "edges"
    typer.echo(f"wrote {n} {unit} to {out}")


@friendly
def actors_list(
    db: Path = typer.Option(Path("heraldo.duckdb"), "--db", metavar="PATH", help=DB_HELP),
    limit: int = typer.Option(50, "--limit", metavar="N",
                              min=0, help="At most this many (0: all)."),
    fmt: str = typer.Option("table", "--format", metavar="FORMAT", help="table, json or csv."),
) -> None:
    """The actors of a store, most mentioned first."""
    from heraldo.query import list_actors
    from heraldo.query.actors import COLUMNS

    with store_errors(), open_existing(db) as store:
        rows = list_actors(store.conn, limit or None)
    _print(rows, COLUMNS, fmt, f"{len(rows)} actors")


def register(app: typer.Typer, actors_app: typer.Typer) -> None:
    """Add the corpus commands to the ``heraldo`` app."""
    from heraldo.cli.corpus import ingest

    app.command()(ingest)
    app.command()(events)
    app.command()(dyads)
    app.command()(export)
    actors_app.command("list")(actors_list)
