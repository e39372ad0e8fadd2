"""Resolution accuracy on actor mentions sampled from the Spanish news corpus.

Fourteen samples, each drawn by ``scripts/sample_mentions.py sample
../shared/eval/es-news-corpus.jsonl OUT --n N --seed S`` and annotated by hand without the
system's codes:

- ``tests/data/actor_mentions.tsv``: 300 mentions (seed 13), the development sample the
  resolver has been tuned on;
- ``tests/data/actor_mentions_2.tsv``: 120 mentions (seed 2026),
  ``tests/data/actor_mentions_3.tsv``: 119 mentions (seed 77),
  ``tests/data/actor_mentions_4.tsv``: 125 mentions (seed 4242),
  ``tests/data/actor_mentions_5.tsv``: 140 mentions (seed 5150),
  ``tests/data/actor_mentions_6.tsv``: 143 mentions (seed 60606),
  ``tests/data/actor_mentions_7.tsv``: 144 mentions (seed 777001),
  ``tests/data/actor_mentions_8.tsv``: 153 mentions (seed 80808),
  ``tests/data/actor_mentions_9.tsv``: 164 mentions (seed 90909),
  ``tests/data/actor_mentions_10.tsv``: 164 mentions (seed 101010),
  ``tests/data/actor_mentions_11.tsv``: 177 mentions (seed 111111),
  ``tests/data/actor_mentions_12.tsv``: 182 mentions (seed 121212),
  ``tests/data/actor_mentions_13.tsv``: 183 mentions (seed 131313) and
  ``tests/data/actor_mentions_14.tsv``: 184 mentions (seed 141414), less any mention an
  earlier sample holds, each drawn and annotated blind later (the annotator saw neither
  the system's output nor its failures) to measure how far the tuning generalises: 0.708,
  0.689, 0.664, 0.764, 0.734, 0.715, 0.752, 0.768, 0.756, 0.757, 0.747, 0.803 and 0.766
  when first scored; samples 2-12 have since served to find general errors, so they are
  no longer blind; 13 and 14 have not.

Five annotations of samples 6-8 were revised, each noted in its row: their annotator left
a named organisation inside a title empty ("presidente del PRI"), where samples 1-4 code it
("el candidato del PRI", "secretario general de la OEA, César Gaviria").

The mentions we still get wrong are listed, not deleted, in the matching
``*.known_failures.tsv`` (refresh with ``scripts/sample_mentions.py score ... --failures``).
A system mention stands for an annotated span when it has exactly its offsets, or else
overlaps it and shares its syntactic head (the head-match rule of ACE and coreference
scoring), so a span that grows into a better phrase ("la agencia de noticias" -> "la agencia
de noticias indonesia Antara") is still judged on its code. The floors are the accuracies
measured when the samples were last scored by the script's own judge
(``heraldo.evaluate.mentions``).

The samples hold article ids and offsets; the texts come from the corpus in ../shared. The
union of the samples' articles is analysed once per session, its parses read from the
parse cache (``heraldo.nlp.parse_cache``, ``.cache/heraldo/``), and each test only judges.
"""

from __future__ import annotations

import pytest

from conftest import EVAL, ROOT, need_shared
from heraldo.evaluate import mentions

DATA = ROOT / "tests" / "data"
SAMPLES = [
    ("actor_mentions.tsv", 300, 0.89),
    ("actor_mentions_2.tsv", 120, 0.90),
    ("actor_mentions_3.tsv", 119, 0.85),
    ("actor_mentions_4.tsv", 125, 0.88),
    ("actor_mentions_5.tsv", 140, 0.85),
    ("actor_mentions_6.tsv", 143, 0.84),
    ("actor_mentions_7.tsv", 144, 0.82),
    ("actor_mentions_8.tsv", 153, 0.87),
    ("actor_mentions_9.tsv", 164, 0.84),
    ("actor_mentions_10.tsv", 164, 0.79),
    ("actor_mentions_11.tsv", 177, 0.78),
    ("actor_mentions_12.tsv", 182, 0.78),
    ("actor_mentions_13.tsv", 183, 0.81),
    ("actor_mentions_14.tsv", 184, 0.78),
]


@pytest.fixture(scope="session")
def sample_analyses(pipeline, parse_cache):
    """The analyses of every article any sample annotates, by article id."""
    corpus = need_shared(EVAL / "es-news-corpus.jsonl")
    wanted = {row["article"] for gold, _, _ in SAMPLES for row in mentions.read_gold(DATA / gold)}
    records = [r for r in mentions.read_corpus(corpus) if str(r["id"]) in wanted]
    assert {str(r["id"]) for r in records} == wanted, "sample articles missing from the corpus"
    return mentions.analyse(pipeline, mentions.corpus_articles(records), parse_cache)


@pytest.mark.parametrize("gold, size, floor", SAMPLES)
def test_mention_sample_accuracy_does_not_regress(gold, size, floor, sample_analyses):
    judgement = mentions.judge(mentions.read_gold(DATA / gold), sample_analyses)
    assert len(judgement.rows) == size
    assert judgement.accuracy >= floor
