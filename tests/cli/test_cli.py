"""The command line: outputs, and bad input giving one clear line and a non-zero exit."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import EVAL, ROOT, need_shared
from heraldo.cli.main import app

runner = CliRunner()
EXAMPLE = ROOT / "examples" / "es_cumbre_frontera.txt"


def test_cli_extract_json_is_document_dict():
    result = runner.invoke(app, ["extract", str(EXAMPLE), "--published", "2024-03-15",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema_version"] == "1.0"
    assert data["events"] and isinstance(data["events"][0]["cameo"], str)
    assert data["mentions"]


def test_cli_extract_cameo_tsv_has_gdelt_columns():
    result = runner.invoke(app, ["extract", str(EXAMPLE), "--format", "cameo-tsv"])
    assert result.exit_code == 0, result.output
    header, *rows = result.output.strip().split("\n")
    assert header.split("\t")[:3] == ["GLOBALEVENTID", "SQLDATE", "Actor1Code"]
    assert rows and all(len(r.split("\t")) == len(header.split("\t")) for r in rows)


def test_cli_extract_plover_json():
    result = runner.invoke(app, ["extract", str(EXAMPLE), "--format", "plover-json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert records and {"event_type", "mode", "actor", "recipient"} <= set(records[0])


def test_cli_extract_table():
    result = runner.invoke(app, ["extract", str(EXAMPLE)])
    assert result.exit_code == 0 and "events" in result.output


def test_cli_explain_shows_resolution_and_rules():
    result = runner.invoke(app, ["explain", "El presidente ruso criticó a la OTAN."])
    assert result.exit_code == 0, result.output
    assert "agent+demonym" in result.output and "es.verb.criticar" in result.output


def test_cli_explain_shows_a_trigger_discarded_for_its_sense():
    result = runner.invoke(app, ["explain", "La FIFA sancionó a la federación de Chile por "
                                            "los cantos de sus hinchas en el estadio."])
    assert result.exit_code == 0, result.output
    assert "discarded: sense: sport" in " ".join(result.output.split())


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"   \n", "empty"), (b"\x00\x01\x02binary", "binary"),
    (b"caf\xe9 con Rusia", "UTF-8"),
])
def test_cli_bad_input_is_one_clear_line(tmp_path, content, message):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "heraldo.cli", "extract", str(path)],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args, message", [
    (["extract", "/nonexistent/file.txt"], "no such file"),
    (["extract", "-", "--lang", "xx"], "not supported"),
    (["extract", "-", "--format", "xml"], "unknown format"),
    (["extract", "-", "--published", "ayer"], "not a date"),
    (["evaluate", "/nonexistent.jsonl"], "no such file"),
])
def test_cli_bad_arguments(args, message):
    result = subprocess.run([sys.executable, "-m", "heraldo.cli", *args], input="Rusia atacó.",
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr


def test_cli_evaluate_equals_reference_scorer(tmp_path):
    scorer = need_shared(EVAL / "score.py")
    gold = tmp_path / "es-mini.jsonl"
    records = [
        {"id": "1", "date": "20240315", "text": "Rusia atacó Ucrania.",
         "events": [{"source": "RUS", "target": "UKR", "cameo": "190"}]},
        {"id": "2", "date": "121108", "text": "Francia y Alemania firmaron un acuerdo.",
         "events": [{"source": "FRA", "target": "DEU", "cameo": "057"},
                    {"source": "DEU", "target": "FRA", "cameo": "057"}]},
        {"id": "3", "date": "2024-03-15", "text": "Llovió en Lima.", "events": []},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    system = tmp_path / "system.jsonl"
    result = runner.invoke(app, ["evaluate", str(gold), "--json", "--output", str(system)])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.output)
    reference = subprocess.run([sys.executable, str(scorer), str(gold), str(system), "--json"],
                               capture_output=True, text=True, check=True)
    assert ours == json.loads(reference.stdout)
    assert [json.loads(line)["id"] for line in system.read_text().splitlines()] == ["1", "2", "3"]
    assert ours["root"]["tp"] == 3
