"""The errors Heraldo reports to its users: each message is one complete line.

A light module (standard library only), so that every layer can raise these and the
command line can catch them without importing the layers (spaCy, the pipeline, the store)
that raise them. The CLI prints an ``EXPECTED`` error as ``heraldo: error: MESSAGE`` and
exits with status 2; a ``StoreError`` the same way with status 1.
"""

from __future__ import annotations


class UsageError(Exception):
    """A problem with what the user asked for (an option, a path, a format)."""


class InputError(ValueError):
    """The input cannot be processed (empty, not text); the message says why."""


class DataError(ValueError):
    """A data file is malformed; the message names the file and the line."""


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says why."""


class ModelNotAvailable(RuntimeError):
    """No spaCy model is installed for the requested language."""


#: what the command line reports as one line with exit status 2 (a gold file's ``GoldError``
#: is a ValueError); other exceptions are unexpected
EXPECTED: tuple[type[Exception], ...] = (
    UsageError, InputError, DataError, ModelNotAvailable, FileNotFoundError,
    IsADirectoryError, PermissionError, UnicodeDecodeError, ValueError)
