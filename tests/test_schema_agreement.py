"""The record schema is written four times: the dataclasses (``heraldo.model``), the JSON
Schema (``data/schema/``), the Arrow schemas (``store/rows.py``) and the SQL of the
migrations. This proves that the four agree.

Each is reduced to one shape per field: ``string``, ``int``, ``float``, ``bool``,
``("enum", values)``, ``("list", shape)`` or ``("struct", fields)``, and, where the
schema can say it, whether the field may be null.
- dataclasses and JSON Schema: the same fields, types, enums and nullability, through the
  whole Document;
- Arrow and dataclasses: each store table has the fields of its record (some renamed, some
  stored apart) plus its key columns, of the same types (Arrow fields are all nullable);
- SQL and Arrow: the migrated tables have the Arrow columns, of the very same Arrow types
  (integer widths, struct field order); a column that SQL declares NOT NULL is a field
  that the dataclass never leaves empty.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any, Literal, Union

import pyarrow as pa
import pytest

from heraldo.model import (
    SCHEMA_VERSION,
    Actor,
    Article,
    Document,
    Event,
    Mention,
    Relation,
    Statement,
)
from heraldo.resources import data_path
from heraldo.store import open_store
from heraldo.store.rows import SCHEMAS

Shape = Any  # str | tuple[str, Shape] | tuple[str, dict[str, Field]] | tuple[str, frozenset]
Field = tuple[Shape, bool]  # (shape, may be null)

#: store table -> (its record, record fields stored under another name or (None) apart,
#: the table's own key columns with their shapes)
STORED: dict[str, tuple[type, dict[str, str | None], dict[str, Shape]]] = {
    "articles": (Article, {}, {}),
    "actors": (Actor, {}, {"actor_key": "string"}),
    "mentions": (Mention, {"actor": None},  # the actor is a row of ``actors``
                 {"article_id": "string", "position": "int", "actor_key": "string",
                  "code": "string"}),
    "events": (Event, {"when": "date", "where": "place"}, {"position": "int"}),
    "relations": (Relation, {}, {"article_id": "string", "position": "int"}),
    "statements": (Statement, {}, {"article_id": "string", "position": "int"}),
}
#: columns only SQL has: derived from the events at insert, for filters
SQL_ONLY = {"events": {"source_codes": ("list", "string"), "target_codes": ("list", "string")}}
SCALARS = {str: "string", int: "int", float: "float", bool: "bool"}
JSON_SCALARS = {"string": "string", "integer": "int", "number": "float", "boolean": "bool"}


def from_hint(hint: Any) -> Field:
    """The shape of a dataclass field's type annotation."""
    nullable = False
    if typing.get_origin(hint) in (Union, types.UnionType):
        args = typing.get_args(hint)
        nullable = type(None) in args
        (hint,) = [a for a in args if a is not type(None)]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if dataclasses.is_dataclass(hint):
        return ("struct", record(hint)), nullable
    if origin is Literal:
        return ("enum", frozenset(args)), nullable
    if origin is tuple:  # tuple[X, ...] or a pair tuple[int, int]: a list in every schema
        (item,) = set(a for a in args if a is not Ellipsis)
        return ("list", from_hint(item)[0]), nullable
    return SCALARS[hint], nullable


def record(cls: type) -> dict[str, Field]:
    hints = typing.get_type_hints(cls)
    return {f.name: from_hint(hints[f.name]) for f in dataclasses.fields(cls)}


def from_json(node: dict[str, Any], defs: dict[str, Any]) -> Field:
    """The shape of a JSON Schema node; an object requires every property it has."""
    if "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[1]]
    if "oneOf" in node:
        options = [o for o in node["oneOf"] if o.get("type") != "null"]
        assert len(options) == 1 and len(node["oneOf"]) == 2, node
        return from_json(options[0], defs)[0], True
    kinds = node.get("type")
    nullable = isinstance(kinds, list) and "null" in kinds
    kind = [k for k in kinds if k != "null"][0] if isinstance(kinds, list) else kinds
    if "enum" in node:  # a null among the values is the field's nullability, no value
        values = frozenset(node["enum"])
        return ("enum", values - {None}), nullable or None in values
    if kind == "object":
        properties = node["properties"]
        assert set(node["required"]) == set(properties), f"{node} must require every field"
        return ("struct", {k: from_json(v, defs) for k, v in properties.items()}), nullable
    if kind == "array":
        return ("list", from_json(node["items"], defs)[0]), nullable
    return JSON_SCALARS[kind], nullable


def bare(shape: Shape) -> Shape:
    """``shape`` as Arrow and SQL can state it: no nullability, enums as strings."""
    if isinstance(shape, tuple) and shape[0] == "enum":
        return "string"
    if isinstance(shape, tuple) and shape[0] == "list":
        return ("list", bare(shape[1]))
    if isinstance(shape, tuple) and shape[0] == "struct":
        return ("struct", {k: (bare(s), False) for k, (s, _) in shape[1].items()})
    return shape


def from_arrow(kind: pa.DataType) -> Shape:
    if pa.types.is_string(kind):
        return "string"
    if pa.types.is_integer(kind):
        return "int"
    if pa.types.is_floating(kind):
        return "float"
    if pa.types.is_boolean(kind):
        return "bool"
    if pa.types.is_list(kind):
        return ("list", from_arrow(kind.value_type))
    if pa.types.is_struct(kind):
        return ("struct", {f.name: (from_arrow(f.type), False) for f in kind})
    raise AssertionError(f"no shape for Arrow type {kind}")


def differences(a: dict[str, Field], b: dict[str, Field], path: str = "") -> list[str]:
    """Where two sets of fields differ: a field only in one, or another shape or nullability."""
    out = [f"{path}{k}: only in the {'first' if k in a else 'second'}"
           for k in sorted(set(a) ^ set(b))]
    for k in sorted(set(a) & set(b)):
        (x, x_null), (y, y_null) = a[k], b[k]
        while isinstance(x, tuple) and isinstance(y, tuple) and x[0] == y[0] == "list":
            x, y = x[1], y[1]
        if x_null != y_null:
            out.append(f"{path}{k}: may be null in the {'first' if x_null else 'second'} only")
        if isinstance(x, tuple) and isinstance(y, tuple) and x[0] == y[0] == "struct":
            out += differences(x[1], y[1], f"{path}{k}.")
        elif x != y:
            out.append(f"{path}{k}: {x} / {y}")
    return out


def stored_columns(table: str) -> dict[str, Field]:
    """The columns a store table should have, from its record: (shape, may be null)."""
    cls, renamed, keys = STORED[table]
    columns = {k: (shape, False) for k, shape in keys.items()}
    for name, field in record(cls).items():
        if renamed.get(name, name) is not None:
            columns[renamed.get(name, name)] = field
    return columns


@pytest.fixture(scope="module")
def sql():
    """table -> {column: (Arrow type, NOT NULL)} of a freshly migrated store."""
    with open_store(":memory:") as store:
        out = {}
        for table in SCHEMAS:
            kinds = store.conn.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            required = {name for name, nullable in store.conn.execute(
                "SELECT column_name, is_nullable FROM information_schema.columns "
                "WHERE table_name = ?", [table]).fetchall() if nullable == "NO"}
            out[table] = {f.name: (f.type, f.name in required) for f in kinds}
        return out


def json_document(edit: Any = None) -> Field:
    """The shape of the Document in the JSON Schema (after ``edit`` of its ``$defs``)."""
    schema = json.loads(data_path("schema", f"document-{SCHEMA_VERSION}.schema.json")
                        .read_text(encoding="utf-8"))
    if edit:
        edit(schema["$defs"])
    root = dict(schema, properties={k: v for k, v in schema["properties"].items()
                                    if k != "schema_version"})
    root["required"] = [k for k in schema["required"] if k != "schema_version"]
    return from_json(root, schema["$defs"])


def test_dataclasses_and_json_schema_agree():
    assert differences({"Document": json_document()},
                       {"Document": (("struct", record(Document)), False)}) == []


@pytest.mark.parametrize("edit, where", [
    (lambda d: d["when"]["properties"]["start"].update(type="integer"),
     "when.start: may be null in the second only"),
    (lambda d: d["actor"]["properties"]["kind"]["enum"].append("agent"), "actor.kind: "),
    (lambda d: d["place"]["properties"].update(lat={"type": ["string", "null"]}),
     "where.lat: string / float"),
    (lambda d: (d["statement"]["properties"].pop("cue"), d["statement"]["required"].remove("cue")),
     "statements.cue: only in the second"),
])
def test_a_json_schema_disagreement_is_seen(edit, where):
    found = differences({"Document": json_document(edit)},
                        {"Document": (("struct", record(Document)), False)})
    assert found and all(where in line for line in found), found


@pytest.mark.parametrize("table", SCHEMAS)
def test_arrow_schemas_hold_the_records(table):
    expected = {k: (bare(shape), False) for k, (shape, _) in stored_columns(table).items()}
    assert differences({f.name: (from_arrow(f.type), False) for f in SCHEMAS[table]},
                       expected) == []


@pytest.mark.parametrize("table", SCHEMAS)
def test_sql_tables_match_the_arrow_schemas(sql, table):
    only = SQL_ONLY.get(table, {})
    assert set(sql[table]) == {*SCHEMAS[table].names, *only}
    for column in SCHEMAS[table]:  # the very Arrow type: widths, struct field order
        assert sql[table][column.name][0] == column.type, f"{table}.{column.name}"
    for name, shape in only.items():
        assert from_arrow(sql[table][name][0]) == shape


@pytest.mark.parametrize("table", SCHEMAS)
def test_sql_not_null_columns_are_never_empty_in_the_records(sql, table):
    columns = stored_columns(table)
    for name, (_, required) in sql[table].items():
        if required:
            assert not columns[name][1], f"{table}.{name} is NOT NULL but may be None"


@pytest.mark.parametrize("hint, expected", [
    (int | None, ("int", True)),
    (tuple[tuple[int, int], ...], (("list", ("list", "int")), False)),
    (Literal["a", "b"], (("enum", frozenset({"a", "b"})), False)),
])
def test_shapes_of_annotations(hint, expected):
    assert from_hint(hint) == expected

