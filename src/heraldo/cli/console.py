"""Standard output as a rich console for the tables of the commands."""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console


class _StdoutConsole(Console):
    """A console whose closed standard output (``heraldo … | head``) raises
    BrokenPipeError, which ``cli.errors.friendly`` turns into a quiet end, as for every
    other write (rich's own handling would exit with status 1)."""

    def on_broken_pipe(self) -> None:
        """Stop writing and let the command's error handling end it."""
        self.quiet = True
        raise BrokenPipeError


def stdout_console(width: int, **options: Any) -> Console:
    """Standard output as a console: as wide as the terminal, or ``width`` columns when
    the output is a pipe or a file (rich would assume 80)."""
    if sys.stdout.isatty():
        return _StdoutConsole()
    return _StdoutConsole(width=width, **options)
