"""Sample actor mentions from a corpus for annotation, and score resolution against them.

    python scripts/sample_mentions.py sample CORPUS.jsonl OUT.jsonl [--n 300] [--seed 13]
    python scripts/sample_mentions.py score CORPUS.jsonl GOLD.tsv [--failures OUT.tsv]

`sample` runs the pipeline over the corpus, collects every actor mention (one per span)
and draws a seeded random sample, written with its sentence as context for annotators
(the system's code is deliberately not written). `score` runs resolution on the sampled
articles and compares each mention's code with the annotated one (GOLD.tsv columns:
article, start, end, text, code, note; several acceptable codes are separated by `|`); it
prints the accuracy and writes the failures. The judge is ``heraldo.evaluate.mentions``.

Parses are cached in ``.cache/heraldo/`` at the repository root (``$HERALDO_CACHE``
overrides it; delete the folder to clear it): see ``heraldo.nlp.parse_cache``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from heraldo.evaluate import mentions
from heraldo.nlp.parse_cache import ParseCache, cache_folder
from heraldo.pipeline import Analysis, Pipeline

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "heraldo"


def _analyses(records: list[dict[str, Any]]) -> dict[str, Analysis]:
    return mentions.analyse(Pipeline("es"), mentions.corpus_articles(records),
                            ParseCache(cache_folder(CACHE)))


def sample(corpus: Path, out: Path, n: int, seed: int) -> int:
    records = mentions.read_corpus(corpus)
    texts = {str(r["id"]): r["text"] for r in records}
    spans = mentions.mention_spans(_analyses(records))
    chosen = mentions.draw(spans, n, seed)
    with out.open("w", encoding="utf-8") as fh:
        for sid, start, end, text in chosen:
            fh.write(json.dumps({"article": sid, "start": start, "end": end, "text": text,
                                 "context": mentions.context(texts[sid], start, end)},
                                ensure_ascii=False) + "\n")
    print(f"{len(chosen)} mentions sampled from {len(spans)} in {len(records)} articles")
    return 0


def score(corpus: Path, gold: Path, failures: Path | None) -> int:
    rows = mentions.read_gold(gold)
    wanted = {r["article"] for r in rows}
    records = [r for r in mentions.read_corpus(corpus) if str(r["id"]) in wanted]
    judgement = mentions.judge(rows, _analyses(records))
    print(f"accuracy {judgement.correct}/{len(rows)} = {judgement.accuracy:.3f}")
    if failures is not None:
        mentions.write_failures(failures, judgement.failed)
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("corpus", type=Path)
    s.add_argument("out", type=Path)
    s.add_argument("--n", type=int, default=300)
    s.add_argument("--seed", type=int, default=13)
    c = sub.add_parser("score")
    c.add_argument("corpus", type=Path)
    c.add_argument("gold", type=Path)
    c.add_argument("--failures", type=Path)
    args = parser.parse_args(argv)
    if args.command == "sample":
        return sample(args.corpus, args.out, args.n, args.seed)
    return score(args.corpus, args.gold, args.failures)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
