"""What a user installs: the version, the licence, type information, readable help."""

from __future__ import annotations

import re
import tomllib

import pytest
from typer.testing import CliRunner

import heraldo
from conftest import ROOT
from heraldo.cli.main import app

runner = CliRunner()
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
COMMANDS = (["ingest"], ["events"], ["dyads"], ["export"], ["extract"], ["explain"],
            ["evaluate"], ["actors", "list"], ["actors", "lookup"], ["actors", "validate"],
            ["plot", "dyads"], ["serve"], [])


def test_version_is_the_project_s():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"heraldo {PYPROJECT['project']['version']}\n"
    assert heraldo.__version__ == PYPROJECT["project"]["version"]


def test_licence_file_matches_pyproject():
    assert PYPROJECT["project"]["license"] == {"text": "MIT"}
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")


def test_type_information_is_packaged():
    assert (ROOT / "src" / "heraldo" / "py.typed").is_file()
    assert "py.typed" in PYPROJECT["tool"]["setuptools"]["package-data"]["heraldo"]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_names_every_value(command):
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert not re.findall(r"<[a-z][\w\[\] ]*>", result.stdout), result.stdout


def test_help_shows_the_value_names():
    help_text = runner.invoke(app, ["events", "--help"]).stdout
    for shown in ("--since DATE", "--limit N", "--db PATH", "--dyad SOURCE,TARGET"):
        assert shown in help_text
    assert "ingest [OPTIONS] {PATH}..." in runner.invoke(
        app, ["ingest", "--help"]).stdout
