"""The commands that only read a store start without spaCy and the coding layers.

Each command runs as its own process under ``python -X importtime``, which names every
module the process imported; none of the heavy ones may be among them.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

#: what a read-only command must not import (spaCy loads in about half a second)
HEAVY = ("spacy", "thinc", "heraldo.pipeline", "heraldo.coding", "heraldo.actors")


def imported(args: list[str], status: int = 0) -> set[str]:
    """The modules a ``heraldo`` process running ``args`` imported; it exits with ``status``."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "heraldo.cli", *args],
                            input="Rusia atacó Ucrania.", capture_output=True, text=True)
    assert result.returncode == status, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    return {line.rsplit("|", 1)[1].strip() for line in lines}


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.startswith(HEAVY))


@pytest.mark.parametrize("args", [
    ["events", "--help"], ["--help"],
    ["events", "--since", "2020-01-01"], ["events", "--format", "csv"],
    ["dyads", "--freq", "year"], ["actors", "list", "--format", "json"],
    ["export", "--format", "jsonl"], ["export", "--format", "gdelt"],
    ["export", "--format", "icews"], ["export", "--format", "plover-json"],
    ["dyads", "--level", "country"],
    ["export", "--format", "graph-json"],
])
def test_read_only_commands_do_not_import_spacy(small_store, tmp_path, args):
    if "--help" not in args:
        args = [*args, "--db", str(small_store)]
    if args[0] == "export":
        args = [*args, "--out", str(tmp_path / "out")]
    modules = imported(args)
    assert "heraldo.cli.main" in modules  # the check sees the process's imports
    assert heavy(modules) == []


def test_the_check_sees_spacy_where_it_is_imported():
    # coding imports the pipeline and spaCy before it finds no model for the language
    modules = imported(["extract", "-", "--lang", "xx"], status=2)
    assert {"spacy", "heraldo.pipeline", "heraldo.coding.coder"} <= set(heavy(modules))
