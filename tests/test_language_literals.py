"""No function word of any language pack is written into the code outside ``heraldo/lang``.

Every string constant of ``src/heraldo`` (docstrings aside; comments are no constants)
that is a preposition, article, clitic or pronoun, conjunction or auxiliary of the
Spanish or English pack fails the test: such words belong in ``data/lang/<code>/``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from heraldo.lang import load_pack
from heraldo.resources import data_path, fold

SRC = Path(__file__).resolve().parent.parent / "src" / "heraldo"
#: (word, the files or folders it may stand in, why it is no word there); at most 10
ALLOWED: tuple[tuple[frozenset[str], tuple[str, ...], str], ...] = (
    (frozenset({"es", "en"}),
     ("__init__.py", "pipeline.py", "model.py", "evaluate", "cli/", "ingest/", "scale/",
      "nlp/loader.py", "actors/lookup.py", "server/"),
     "language codes: they name packs and models (`--lang es`), they are not words"),
    (frozenset({"a"}), ("model.py", "store/"),
     "the relation fields `a` and `b` (Relation.a, its store column), not the preposition"),
    (frozenset({"where", "when"}), ("model.py", "store/"),
     "the Event.where and Event.when fields and their columns, not the adverbs"),
    (frozenset({"until"}), ("store/", "server/"), "the `until` field of an event filter"),
    (frozenset({"e"}), ("store/",), "the SQL alias of the events table"),
    (frozenset({"i"}), ("cli/",), "the token-index column of `heraldo explain`"),
)


def _function_words() -> frozenset[str]:
    codes = sorted(p.name for p in data_path("lang").iterdir() if p.is_dir())
    assert codes, "no language packs"
    return frozenset().union(*(load_pack(c).grammar.function_words for c in codes))


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) \
                and node.body and isinstance(node.body[0], ast.Expr) \
                and isinstance(node.body[0].value, ast.Constant):
            out.add(id(node.body[0].value))
    return out


def literals(words: frozenset[str], root: Path = SRC) -> list[tuple[str, int, str]]:
    """(file, line, text) of every non-docstring string constant that is one of ``words``
    (in any case), outside ``heraldo/lang`` and ``heraldo/data``. A phrase of a message
    (" by ", "a ") is text, not a word the rules use."""
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(("lang/", "data/")):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in docstrings and fold(node.value) in words:
                found.append((rel, node.lineno, node.value))
    return found


def _allowed(rel: str, text: str) -> bool:
    return any(fold(text) in words and rel.startswith(places)
               for words, places, _ in ALLOWED)


def test_no_function_word_in_code():
    assert len(ALLOWED) <= 10
    offending = [f"{rel}:{line}: {text!r}" for rel, line, text in literals(_function_words())
                 if not _allowed(rel, text)]
    assert not offending, "function words belong in data/lang/<code>/:\n" + "\n".join(offending)


@pytest.mark.parametrize("source, expected", [
    ('X = "por"\n', ["por"]),
    ('def f():\n    """Un docstring con de y por."""\n    return 1  # "de"\n', []),
    ('def f(x):\n    return f"{x} de " + "a" * 2\n', ["a"]),
    ('S = frozenset({"con", "contra", "Del", "the", "nsubj"})\n', ["con", "contra", "Del", "the"]),
])
def test_the_walk_finds_literals(tmp_path, source, expected):
    (tmp_path / "mod.py").write_text(source, encoding="utf-8")
    assert sorted(t for _, _, t in literals(_function_words(), tmp_path)) == sorted(expected)
