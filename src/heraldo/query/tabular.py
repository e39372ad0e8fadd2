"""The one CSV writer of event listings (``events --format csv`` and ``export --format
csv``): the same columns, an empty cell for a missing value, ``;`` between the items of a
list (each code once), ``true``/``false`` for booleans, dates as ``YYYY-MM-DD``."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

LIST_SEPARATOR = ";"


def cell(value: Any) -> str:
    """One value as a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(dict.fromkeys(str(v) for v in value if v not in (None, "")))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    """Write a header of ``columns`` and one line per row; the number of rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
        n += 1
    return n
