"""``heraldo events``, ``dyads``, ``export`` and ``actors list``: thin commands over the
store's typed queries (``heraldo.store.Store``) and ``heraldo.query.export``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from heraldo.cli.console import stdout_console
from heraldo.cli.corpus import DB_HELP, lock_timeout_option, reading, store_errors
from heraldo.cli.errors import date_option, friendly, output_path, warn
from heraldo.errors import UsageError

OUTPUTS = ("table", "json", "csv")
#: terminal tables fit this many columns when the output is no terminal (a pipe, a file)
WIDTH = 80
console = stdout_console(WIDTH)


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(dict.fromkeys(str(v) for v in value)) or "—"
    if value is None:
        return ""
    return str(value)


def _dicts(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """Typed rows (dataclasses) as dicts of their fields."""
    return [asdict(row) for row in rows]


def _print(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str,
           title: str, table_columns: Sequence[str] | None = None) -> None:
    """``rows`` as JSON, CSV (the one CSV writer, ``heraldo.query.tabular``) or a table
    of ``table_columns`` (default ``columns``) that never cuts the first (the date)."""
    if fmt not in OUTPUTS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(OUTPUTS)}")
    if fmt == "json":
        typer.echo(json.dumps(list(rows), ensure_ascii=False, default=str, indent=1))
    elif fmt == "csv":
        from heraldo.query.tabular import write_csv

        write_csv(rows, columns, sys.stdout)
    else:
        table = Table(title=title)
        for i, column in enumerate(table_columns or columns):
            table.add_column(HEADERS.get(column, column), no_wrap=True,
                             min_width=10 if i == 0 else None,
                             max_width=NARROW.get(column),
                             overflow="fold" if i == 0 else "ellipsis")
        for row in rows:
            table.add_row(*(_cell(row[c]) for c in table_columns or columns))
        console.print(table)


def _filter(actor: str | None, dyad: str | None, kind: str | None, since: str | None,
            until: str | None, min_confidence: float | None, limit: int) -> Any:
    from heraldo.store.events import EventFilter

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


TABLE_COLUMNS = ("day", "source_codes", "cameo", "target_codes", "plover", "place_name",
                 "num_mentions")
HEADERS = {"source_codes": "source", "target_codes": "target", "num_mentions": "n",
           "num_articles": "articles", "num_sources": "sources", "place_name": "place",
           "mean_goldstein": "mean gs", "per_1000_articles": "/1k art", "goldstein": "gs",
           "events": "n", "quads": "quads"}
#: the widest a table column may be, so that a table fits 80 columns
NARROW = {"source": 12, "target": 12, "source_codes": 14, "target_codes": 14,
          "place_name": 14, "plover": 10}


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
    show_evidence: bool = typer.Option(False, "--show-evidence",
                                       help="Print each event's sentence and article."),
    lock_timeout: float = lock_timeout_option(),
) -> None:
    """Canonical events (each merged over every article reporting it), latest first."""
    from heraldo.store.events import COLUMNS

    f = _filter(actor, dyad, kind, since, until, min_confidence, limit)
    with store_errors(), reading(db, lock_timeout) as store:
        rows = _dicts(store.events(**asdict(f)))
    _print(rows, COLUMNS, fmt, f"{len(rows)} events", TABLE_COLUMNS)
    if show_evidence:
        _evidence(rows)


def _evidence(rows: Sequence[dict[str, Any]]) -> None:
    """Each event's sentence, under a line that names it and its article."""
    out = console if sys.stdout.isatty() else stdout_console(WIDTH, soft_wrap=True)
    for i, row in enumerate(rows, 1):
        where = row["url"] or row["source"] or ""
        out.print(f"[{i}] {_cell(row['day'])} {_cell(row['source_codes'])} {row['cameo']} "
                  f"{_cell(row['target_codes'])}  article {row['article_id']} {where}",
                  markup=False, highlight=False)
        out.print(f"    {row['sentence'] or ''}", markup=False, highlight=False)


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
    level: str = typer.Option("actor", "--level", metavar="LEVEL", help="actor, or country "
                              "(codes rolled up to countries or organisations)."),
    no_self: bool = typer.Option(False, "--no-self", help="Leave out self-dyads (A,A)."),
    fmt: str = typer.Option("table", "--format", metavar="FORMAT", help="table, json or csv."),
    lock_timeout: float = lock_timeout_option(),
) -> None:
    """Dyad time series: events, mentions, Goldstein sum and mean, events per 1,000
    articles of the period, and quad classes per period."""
    from heraldo.store.series import COLUMNS

    rows = series_rows(db, freq, actor, dyad, since, until, level, no_self, lock_timeout)
    if fmt == "table":
        rows = [{**r, "quads": "/".join(str(r[q]) for q in ("q1", "q2", "q3", "q4"))}
                for r in rows]
    _print(rows, COLUMNS, fmt, f"dyads per {freq}", DYAD_TABLE)


DYAD_TABLE = ("period", "source", "target", "events", "mean_goldstein", "per_1000_articles",
              "quads")


def series_rows(db: Path, freq: str, actor: str | None, dyad: str | None, since: str | None,
                until: str | None, level: str, no_self: bool,
                lock_timeout: float) -> list[dict[str, Any]]:
    """The checked arguments of a dyad series, run on the store ``db``."""
    from heraldo.store.series import FREQUENCIES, LEVELS

    if freq not in FREQUENCIES:
        raise UsageError(f"unknown frequency {freq!r}; choose one of {', '.join(FREQUENCIES)}")
    if level not in LEVELS:
        raise UsageError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    f = _filter(actor, dyad, None, since, until, None, 0)
    with store_errors(), reading(db, lock_timeout) as store:
        return _dicts(store.dyads(freq=freq, actor=f.actor, dyad=f.dyad, since=f.since,
                                  until=f.until, level=level, no_self=no_self))


@friendly
def export(
    db: Path = typer.Option(Path("heraldo.duckdb"), "--db", metavar="PATH", help=DB_HELP),
    fmt: str = typer.Option(..., "--format", metavar="FORMAT",
                            help="jsonl, csv, parquet (a directory), "
                            "gdelt, icews, plover-json, graphml, gexf or graph-json."),
    out: Path = typer.Option(..., "--out", metavar="PATH",
                             help="Output file (directory for parquet)."),
    header: bool = typer.Option(False, "--header", help="gdelt: a first line with the "
                                "column names (the codebook's layout has none)."),
    lock_timeout: float = lock_timeout_option(),
) -> None:
    """Export the store: Documents, canonical events, tables or the actor graph."""
    from heraldo.query.export import EXPORT_FORMATS
    from heraldo.query.export import export as run

    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    output_path(out, directory=fmt == "parquet")
    with store_errors(), reading(db, lock_timeout) as store:
        done = run(store, fmt, out, header=header)
    unit = {"parquet": "tables", "jsonl": "documents"}.get(fmt, "records")
    if fmt in ("graphml", "gexf", "graph-json"):
        unit = "edges"
    typer.echo(f"wrote {done.count} {unit} to {out}")
    for reason, n in sorted(done.left_out.items()):
        typer.echo(f"left out {n} {reason}", err=True)


@friendly
def actors_list(
    db: Path = typer.Option(Path("heraldo.duckdb"), "--db", metavar="PATH", help=DB_HELP),
    limit: int = typer.Option(50, "--limit", metavar="N",
                              min=0, help="At most this many (0: all)."),
    fmt: str = typer.Option("table", "--format", metavar="FORMAT", help="table, json or csv."),
    lock_timeout: float = lock_timeout_option(),
) -> None:
    """The actors of a store, most mentioned first."""
    from heraldo.store.actors import COLUMNS

    with store_errors(), reading(db, lock_timeout) as store:
        rows = _dicts(store.actors(limit=limit or None))
    _print(rows, COLUMNS, fmt, f"{len(rows)} actors")


def register(app: typer.Typer, actors_app: typer.Typer) -> None:
    """Add the corpus commands to the ``heraldo`` app."""
    from heraldo.cli.corpus import ingest

    app.command()(ingest)
    app.command()(events)
    app.command()(dyads)
    app.command()(export)
    actors_app.command("list")(actors_list)
    from heraldo.cli.plot import register as register_plot
    from heraldo.cli.serve import register as register_serve

    register_plot(app)
    register_serve(app)
