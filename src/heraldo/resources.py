"""The one reader of Heraldo's data files (``src/heraldo/data/``).

Tables are tab-separated UTF-8 with a header row; multi-valued cells separate values
with ``|``. Reading validates the shape and reports the file and line of any problem.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from heraldo.errors import DataError


def data_path(*parts: str) -> Path:
    """The path of a file shipped under ``heraldo/data``."""
    return Path(str(files("heraldo").joinpath("data", *parts)))


def read_tsv(path: Path, required: Iterable[str]) -> list[dict[str, str]]:
    """Rows of a TSV file as dicts; raises DataError on a missing column or a bad row."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read data file ({exc})") from exc
    if not lines:
        raise DataError(f"{path}: empty data file")
    header = lines[0].split("\t")
    missing = [c for c in required if c not in header]
    if missing:
        raise DataError(f"{path}:1: missing column(s) {', '.join(missing)}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) > len(header):
            raise DataError(f"{path}:{number}: {len(cells)} cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        row = {k: v.strip() for k, v in zip(header, cells, strict=True)}
        row["_line"] = f"{path.name}:{number}"
        rows.append(row)
    return rows


def split_values(cell: str) -> list[str]:
    """The values of a ``|``-separated cell, stripped, empty ones dropped."""
    return [v.strip() for v in cell.split("|") if v.strip()]


class _Marks(dict[int, int | None]):
    """``str.translate``'s table that drops combining marks (Unicode category ``Mn``)
    and keeps every other character, filled in as characters are first seen: one
    translation in C instead of a Python test per character of a text."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.category(chr(code)) == "Mn" else code
        self[code] = kept
        return kept


_MARKS = _Marks()


def strip_accents(text: str) -> str:
    """``text`` without combining marks ("Turquía" -> "Turquia")."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFD", text).translate(_MARKS)


@lru_cache(maxsize=500_000)
def fold(text: str) -> str:
    """Lower-case, accent-free form used as a dictionary key ("Turquía" -> "turquia").
    Cached: it runs on every token, and news repeats its words."""
    return strip_accents(text.lower())


def require(condition: Any, where: str, message: str) -> None:
    """Raise DataError(``where: message``) unless ``condition``."""
    if not condition:
        raise DataError(f"{where}: {message}")
