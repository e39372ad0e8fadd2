"""``heraldo plot dyads``: the dyad time series drawn to a PNG or SVG file."""

from __future__ import annotations

from pathlib import Path

import typer

from heraldo.cli.corpus import DB_HELP, lock_timeout_option
from heraldo.cli.errors import friendly
from heraldo.errors import UsageError

plot_app = typer.Typer(no_args_is_help=True, help="Charts of a store.")


@friendly
def dyads(
    db: Path = typer.Option(Path("heraldo.duckdb"), "--db", metavar="PATH", help=DB_HELP),
    out: Path = typer.Option(..., "--out", metavar="PATH", help="The chart: FILE.png or FILE.svg."),
    freq: str = typer.Option("month", "--freq", metavar="FREQ",
                             help="day, week, month, quarter or year."),
    actor: str = typer.Option(None, "--actor", metavar="CODE", help="Actor code or prefix."),
    dyad: str = typer.Option(None, "--dyad", metavar="SOURCE,TARGET",
                             help="SOURCE,TARGET codes or prefixes."),
    since: str = typer.Option(None, "--since", metavar="DATE", help="From this day (YYYY-MM-DD)."),
    until: str = typer.Option(None, "--until", metavar="DATE", help="Up to this day (YYYY-MM-DD)."),
    level: str = typer.Option("actor", "--level", metavar="LEVEL", help="actor or country."),
    no_self: bool = typer.Option(False, "--no-self", help="Leave out self-dyads (A,A)."),
    lock_timeout: float = lock_timeout_option(),
) -> None:
    """Events per period by quad class, and the mean Goldstein score, of the dyads chosen."""
    from heraldo.cli.queries import series_rows
    from heraldo.query.plot import PLOT_SUFFIXES, plot_series

    if out.suffix.lower() not in PLOT_SUFFIXES:
        raise UsageError(f"--out {out}: give a .png or .svg file")
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: no such directory {out.parent}")
    rows = series_rows(db, freq, actor, dyad, since, until, level, no_self, lock_timeout)
    if not rows:
        raise UsageError("no dated events between actors match: nothing to plot")
    title = f"{dyad or actor or 'all dyads'} per {freq}"
    periods = plot_series(rows, out, title)
    typer.echo(f"wrote {periods} periods to {out}")


def register(app: typer.Typer) -> None:
    """Add ``heraldo plot`` to the app."""
    plot_app.command("dyads")(dyads)
    app.add_typer(plot_app, name="plot")
