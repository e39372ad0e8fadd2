"""User-facing errors (``heraldo.errors``) as one clear line on stderr and a non-zero exit,
never a traceback; the date and input checks of the commands."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import typer

from heraldo.errors import EXPECTED, UsageError

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"heraldo: error: {message}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    """One line on stderr about a request that runs but cannot give what was likely meant."""
    typer.echo(f"heraldo: warning: {message}", err=True)


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
    """Turn expected exceptions into one line on stderr and exit status 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except EXPECTED as exc:
            if os.environ.get("HERALDO_DEBUG"):
                raise
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", 130)
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


def read_input(path: str) -> str:
    """The text of a file, or of stdin for "-"; clear errors for binary or non-UTF-8 input."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            raise UsageError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise UsageError(f"{path}: is a directory, not a file") from None
        name = path
    if b"\x00" in data:
        raise UsageError(f"{name}: looks binary (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{name}: not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise UsageError(f"{name}: the text is empty")
    return text
