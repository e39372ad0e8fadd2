"""Snapshot what the pipeline produces on a corpus, and compare two snapshots.

    python scripts/behaviour_snapshot.py snap CORPUS.jsonl OUT.jsonl [--seed FILE --published D]
    python scripts/behaviour_snapshot.py diff OLD.jsonl NEW.jsonl [--show N]

`snap` codes every article of the corpus (published date as the mention samples give it:
the AFP id's date, else the URL's) and, with ``--seed``, one more text file; it writes one
line per article with its mentions, events, relations and statements (the Document's dict
without the article's text). `diff` compares two snapshots article by article and prints
how many mentions, events and relations were added or removed, with the first N
differences, so that a refactoring can show it changed no behaviour (or which).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def snap(corpus: Path, out: Path, seed: Path | None, seed_published: str | None) -> None:
    from heraldo.evaluate.mentions import corpus_articles, read_corpus
    from heraldo.model import Article
    from heraldo.pipeline import Pipeline

    articles = corpus_articles(read_corpus(corpus))
    if seed is not None:
        articles.append(Article.from_text(seed.read_text(encoding="utf-8"),
                                          source_id=f"seed:{seed.name}",
                                          published=seed_published))
    pipeline = Pipeline("es")
    with out.open("w", encoding="utf-8") as fh:
        for document in pipeline.process(articles):
            d = document.to_dict()
            d.pop("article", None)
            d["id"] = document.article.source_id
            fh.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")


def _items(d: dict[str, Any]) -> dict[str, Counter[str]]:
    return {kind: Counter(json.dumps(x, ensure_ascii=False, sort_keys=True)
                          for x in d.get(kind, []))
            for kind in ("mentions", "events", "relations", "statements")}


def diff(old: Path, new: Path, show: int) -> int:
    def load(path: Path) -> dict[str, dict[str, Any]]:
        with path.open(encoding="utf-8") as fh:
            return {d["id"]: d for d in (json.loads(line) for line in fh if line.strip())}

    a, b = load(old), load(new)
    totals: Counter[str] = Counter()
    shown = 0
    for key in sorted(set(a) | set(b)):
        ia, ib = _items(a.get(key, {})), _items(b.get(key, {}))
        for kind in ia:
            gone, added = ia[kind] - ib[kind], ib[kind] - ia[kind]
            totals[f"{kind} removed"] += sum(gone.values())
            totals[f"{kind} added"] += sum(added.values())
            for sign, items in (("-", gone), ("+", added)):
                for item in items:
                    if shown < show:
                        print(f"{sign} {key} {kind}: {item[:400]}")
                        shown += 1
    print(f"articles: {len(a)} old, {len(b)} new")
    for kind in ("mentions", "events", "relations", "statements"):
        print(f"{kind}: -{totals[kind + ' removed']} +{totals[kind + ' added']}")
    return 1 if any(totals.values()) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snap")
    s.add_argument("corpus", type=Path)
    s.add_argument("out", type=Path)
    s.add_argument("--seed", type=Path)
    s.add_argument("--published")
    d = sub.add_parser("diff")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--show", type=int, default=20)
    args = parser.parse_args(argv)
    if args.cmd == "snap":
        snap(args.corpus, args.out, args.seed, args.published)
        return 0
    return diff(args.old, args.new, args.show)


if __name__ == "__main__":
    sys.exit(main())
