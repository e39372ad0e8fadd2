"""User-facing errors (``heraldo.errors``) as one clear line on stderr and a non-zero exit,
never a traceback; the date and input checks of the commands."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from heraldo.errors import EXPECTED, UsageError

if TYPE_CHECKING:
    from heraldo.ingest import Skipped
    from heraldo.model import Article

F = TypeVar("F", bound=Callable[..., Any])

#: the exit status of a command whose reader closed standard output (``heraldo … | head``):
#: 128 + SIGPIPE, as a Unix tool killed by the signal reports it
CLOSED_PIPE = 141


def fail(message: str, code: int = 2) -> None:
    """Print ``message`` as one error line on stderr and exit with ``code``."""
    typer.echo(f"heraldo: error: {message}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    """One line on stderr about a request that runs but cannot give what was likely meant."""
    typer.echo(f"heraldo: warning: {message}", err=True)


def quiet_closed_stdout() -> None:
    """Point standard output at the null device once its reader has gone, so that the
    output still buffered is dropped at exit instead of raising BrokenPipeError again."""
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, sys.stdout.fileno())
    finally:
        os.close(null)


def output_path(out: Path, option: str = "--out", *, directory: bool = False) -> None:
    """A clear error unless ``out`` can be written: its folder exists and, for a file,
    ``out`` is not a folder (for a ``directory``, not a file)."""
    parent = out.absolute().parent
    if not parent.is_dir():
        raise UsageError(f"{option} {out}: no such directory {parent}")
    if directory and out.exists() and not out.is_dir():
        raise UsageError(f"{option} {out}: is a file, not a directory")
    if not directory and out.is_dir():
        raise UsageError(f"{option} {out}: is a directory, not a file")
    if not os.access(out if out.exists() else parent, os.W_OK):
        raise UsageError(f"{option} {out}: not writable")


def friendly(func: F) -> F:
    """Turn expected exceptions into one line on stderr and exit status 2; a closed
    standard output ends the command quietly with status ``CLOSED_PIPE``."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except BrokenPipeError:  # the reader of stdout is gone (`| head`): end quietly
            quiet_closed_stdout()
            raise typer.Exit(CLOSED_PIPE) from None
        except EXPECTED as exc:
            if os.environ.get("HERALDO_DEBUG"):
                raise
            fail(str(exc))
        except KeyboardInterrupt as exc:  # Ctrl-C, or a signal an ingest turned into one
            signum = getattr(exc, "signum", signal.SIGINT)
            fail(f"interrupted ({signal.Signals(signum).name})", 128 + signum)
        except Exception as exc:  # noqa: BLE001 - last resort: no traceback for users
            if os.environ.get("HERALDO_DEBUG"):
                raise
            fail(f"unexpected {type(exc).__name__}: {exc} (set HERALDO_DEBUG=1 for details)", 1)
        return None

    return wrapper  # type: ignore[return-value]


def date_option(value: str | None, option: str) -> dt.date | None:
    """The date given to ``option``, None when absent; a clear error when malformed."""
    if value is None:
        return None
    from heraldo.nlp.dates import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise UsageError(f"{option} {value!r} is not a date (use YYYY-MM-DD)")
    return parsed


def articles_of(path: str, lang: str, published: str | None) -> list[Article]:
    """The Articles of one file, or of stdin for "-", read as ``ingest`` reads them (a
    record's own language and date first); every input left out is a warning, and none
    left at all a clear error."""
    from heraldo.ingest import ReadOptions, Skipped, read_paths
    from heraldo.ingest.records import normalise_date

    if path != "-" and not os.path.exists(path):
        raise UsageError(f"{path}: no such file")
    if os.path.isdir(path):
        raise UsageError(f"{path}: is a directory, not a file")
    items = list(read_paths([Path(path)], ReadOptions(normalise_date(published), lang=lang)))
    skipped = [i for i in items if isinstance(i, Skipped)]
    articles = [i for i in items if not isinstance(i, Skipped)]
    if not articles and skipped:
        raise UsageError(_skip_line(skipped[0]))
    for item in skipped:
        warn(f"left out {_skip_line(item)}")
    if not articles:
        raise UsageError(f"{path}: no article found")
    return articles


def _skip_line(item: Skipped) -> str:
    return f"{item.origin}: {item.reason}" + (f" ({item.detail})" if item.detail else "")
