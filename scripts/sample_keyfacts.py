"""Draw the articles of the article-level key-fact set, at random with a fixed seed.

    python scripts/sample_keyfacts.py CORPUS.jsonl OUT.jsonl [--n 60] [--dev 40] [--seed 1616]
                                      [--min-words 80] [--max-words 900] [--texts DIR]

Every article of the corpus whose text has between ``--min-words`` and ``--max-words``
words (so that one annotator can read it whole) is a candidate; ``--n`` of them are drawn
with ``random.Random(seed)``, and the first ``--dev`` drawn form the development part, the
rest the blind part. OUT holds one line per drawn article: its corpus id, its part, its
word count and the publication date the pipeline is given (the AFP id's date, else the
URL's, else none), never the text. ``--texts DIR`` also writes each text to
``DIR/<n>_<id>.txt`` for annotators (outside the repository: the texts are published
articles). The gold facts are written by hand afterwards, in the format of
``../shared/eval/keyfacts.py``, before the system is run on these articles.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any


def draw(corpus: Path, n: int, dev: int, seed: int, min_words: int,
         max_words: int) -> list[dict[str, Any]]:
    from heraldo.evaluate.mentions import published, read_corpus

    records = read_corpus(corpus)
    candidates = [r for r in records
                  if min_words <= len((r.get("text") or "").split()) <= max_words]
    drawn = random.Random(seed).sample(candidates, n)
    return [{"id": r["id"], "part": "dev" if i < dev else "blind",
             "words": len(r["text"].split()), "published": published(r), "text": r["text"]}
            for i, r in enumerate(drawn)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--dev", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1616)
    parser.add_argument("--min-words", type=int, default=80)
    parser.add_argument("--max-words", type=int, default=900)
    parser.add_argument("--texts", type=Path)
    args = parser.parse_args(argv)
    rows = draw(args.corpus, args.n, args.dev, args.seed, args.min_words, args.max_words)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: v for k, v in row.items() if k != "text"},
                                ensure_ascii=False) + "\n")
    if args.texts:
        args.texts.mkdir(parents=True, exist_ok=True)
        for i, row in enumerate(rows, start=1):
            (args.texts / f"{i:02d}_{row['id']}.txt").write_text(
                f"id: {row['id']}\npart: {row['part']}\npublished: {row['published']}\n\n"
                f"{row['text']}\n", encoding="utf-8")
    print(f"{len(rows)} articles drawn ({args.dev} dev) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
