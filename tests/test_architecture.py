"""The layers of ARCHITECTURE.md hold: no import goes up the layer order, and no two
subpackages import each other, directly or round a loop.

A unit is a subpackage (``heraldo.store``) or a top-level module (``heraldo.pipeline``);
``heraldo`` itself is the package's ``__init__``. Every import counts: at module level,
inside functions, and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT

SRC = ROOT / "src"
PACKAGE = SRC / "heraldo"

#: imports that go up the layer order today and are being removed on another branch; the
#: lead empties this list when that branch is merged (the test fails on a stale entry)
PENDING_EDGES: dict[tuple[str, str], str] = {}


def layers() -> list[tuple[str, ...]]:
    """The numbered list of units under ARCHITECTURE.md's "## Layers", bottom first."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    section = text.split("\n## Layers\n", 1)[1].split("\n## ", 1)[0]
    found = []
    for line in section.splitlines():
        match = re.match(r"(\d+)\. ((?:`[a-z_]+`(?:, )?)+) ", line)
        if match:
            assert int(match.group(1)) == len(found) + 1, f"layer numbering at {line!r}"
            found.append(tuple(re.findall(r"`([a-z_]+)`", match.group(2))))
    return found


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def imported(module: str, tree: ast.AST) -> Iterator[tuple[str, int]]:
    """(heraldo module, line) for every import in ``tree``, at any depth."""
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            # ``from heraldo import store`` imports the subpackage, not the package's __init__
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base
                     for a in node.names]
        else:
            continue
        for name in dict.fromkeys(names):
            if name == "heraldo" or name.startswith("heraldo."):
                yield name, node.lineno


def edges() -> dict[tuple[str, str], list[str]]:
    """(unit, imported unit) -> where ("heraldo/x.py:12"), for imports between units."""
    found: dict[tuple[str, str], list[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for name, line in imported(module, tree):
            if unit(name) != unit(module):
                where = f"{path.relative_to(SRC)}:{line}"
                found.setdefault((unit(module), unit(name)), []).append(where)
    return found


def cycle(graph: dict[str, set[str]]) -> list[str]:
    """One loop of ``graph`` (a list of nodes, the first repeated at the end), or []."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_every_unit_has_a_layer():
    rank = {u for layer in layers() for u in layer}
    assert len(rank) == sum(len(layer) for layer in layers()), "a unit is in two layers"
    missing = sorted({unit(m) for m in MODULES} - rank)
    assert not missing, f"add {missing} to the layers of ARCHITECTURE.md"


def test_no_import_goes_up_the_layers():
    rank = {u: i for i, layer in enumerate(layers()) for u in layer}
    up = {edge: where for edge, where in edges().items()
          if rank[edge[1]] > rank[edge[0]] and edge not in PENDING_EDGES}
    assert not up, "imports that go up the layer order:\n" + "\n".join(
        f"  {a} -> {b}: {', '.join(where)}" for (a, b), where in sorted(up.items()))


def test_pending_edges_still_exist():
    stale = sorted(set(PENDING_EDGES) - set(edges()))
    assert not stale, f"remove these fixed edges from PENDING_EDGES: {stale}"


def test_no_cycle_between_units():
    graph: dict[str, set[str]] = {}
    for a, b in edges():
        graph.setdefault(a, set()).add(b)
    assert cycle(graph) == []


@pytest.mark.parametrize("graph, expected", [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
    ({"a": {"b"}, "b": {"c"}, "c": {"b"}}, ["b", "c", "b"]),
])
def test_cycle_finds_loops(graph, expected):
    assert cycle(graph) == expected


def test_imports_are_found_at_any_depth():
    source = ("from heraldo import store\nfrom . import rows\n"
              "def f():\n    from heraldo.nlp.loader import load_nlp\n"
              "if TYPE_CHECKING:\n    import heraldo.pipeline\n")
    found = dict(imported("heraldo.store.db", ast.parse(source)))
    assert found == {"heraldo.store": 1, "heraldo.store.rows": 2, "heraldo.nlp.loader": 4,
                     "heraldo.pipeline": 6}


#: the units that hold a database connection: the store and the derived tables it keeps
CONNECTED = ("store", "dedup")


def test_only_the_store_touches_a_connection():
    """Everything else reads through the store's typed queries (``Store.events`` …)."""
    found = []
    for module, path in MODULES.items():
        if unit(module) in CONNECTED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "conn":
                found.append(f"{module}:{node.lineno} .conn")
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            found += [f"{module}:{node.lineno} imports {n}" for n in names
                      if n.split(".")[0] == "duckdb"]
    assert found == []
