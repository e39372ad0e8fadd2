"""Resolution accuracy on 300 annotated mentions sampled from the Spanish news corpus.

The sample (``tests/data/actor_mentions.tsv``) was drawn by
``scripts/sample_mentions.py sample ../shared/eval/es-news-corpus.jsonl`` (seed 13) and
annotated by hand; the mentions we still get wrong are listed, not deleted, in
``tests/data/actor_mentions.known_failures.tsv`` (refresh it with
``scripts/sample_mentions.py score ... --failures``). A system mention stands for an
annotated span when it has exactly its offsets, or else overlaps it and shares its syntactic
head (the head-match rule of ACE and coreference scoring), so a span that grows into a better
phrase ("la agencia de noticias" -> "la agencia de noticias indonesia Antara") is still
judged on its code. The floor below is the accuracy measured when the sample was last
scored by the script's own judge.
"""

from __future__ import annotations

import importlib.util

from conftest import EVAL, ROOT, need_shared

FLOOR = 0.865


def _script():
    path = ROOT / "scripts" / "sample_mentions.py"
    spec = importlib.util.spec_from_file_location("sample_mentions", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_mention_sample_accuracy_does_not_regress():
    corpus = need_shared(EVAL / "es-news-corpus.jsonl")
    gold = ROOT / "tests" / "data" / "actor_mentions.tsv"
    correct, rows, _ = _script().judge(corpus, gold)
    assert len(rows) == 300
    assert correct / len(rows) >= FLOOR
