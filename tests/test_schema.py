"""The Document JSON schema (data/schema/document-1.0.schema.json) describes to_dict()."""

from __future__ import annotations

import json

import jsonschema

from heraldo.model import SCHEMA_VERSION
from heraldo.resources import data_path


def _schema():
    path = data_path("schema", f"document-{SCHEMA_VERSION}.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_schema_is_valid_and_versioned():
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_schema_accepts_a_real_document(pipeline):
    text = ("El presidente ruso, Vladímir Putin, y su homólogo turco conversaron por teléfono, "
            "dijo el Kremlin el 2 de enero. Turquía, miembro de la OTAN, suministró drones a "
            "Ucrania.")
    document = pipeline.extract(text, published="2022-01-03")
    assert document.events and document.relations and document.statements
    jsonschema.validate(json.loads(json.dumps(document.to_dict())), _schema())
