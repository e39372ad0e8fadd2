"""Throughput of the pipeline against spaCy's parse alone, in one process and one run.

    python benchmarks/throughput.py CORPUS.jsonl [--json OUT] [--limit N] [--batch-size B]

After loading (timed apart) and a warm-up, it times (1) spaCy's parse alone over the
corpus, then (2) the full pipeline stage by stage on the same articles with the same
batch size: the parse, then everything after it (``Pipeline.analyse_parsed``); then,
on the same parsed documents, each part apart: actor resolution, places, event coding
(with context, dates and relations) and dates alone. It prints
articles/s, words/s, seconds per stage, peak RSS and the ratio full / parse-only.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from heraldo.model import Article
from heraldo.nlp.dates import parse_date


def load_corpus(path: Path, limit: int | None) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            text = record.get("text") or ""
            if text.strip():
                articles.append(Article.from_text(text, source_id=str(record.get("id")),
                                                  published=record.get("published")))
            if limit and len(articles) >= limit:
                break
    return articles


def run(corpus: Path, limit: int | None, batch_size: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    from heraldo.pipeline import Pipeline

    pipeline = Pipeline("es", batch_size=batch_size)
    load_seconds = time.perf_counter() - t0
    articles = load_corpus(corpus, limit)
    texts = [a.text for a in articles]
    warm = articles[: min(20, len(articles))]
    list(pipeline.analyse_docs(warm))

    t = time.perf_counter()
    docs = list(pipeline.parse(texts))
    parse_only = time.perf_counter() - t
    words = sum(1 for d in docs for tok in d if not (tok.is_punct or tok.is_space))
    del docs

    from heraldo.coding.context import DateIndex
    from heraldo.coding.places import Places

    # the product's path: parse, then everything after the parse in analyse_parsed()
    stages = {"parse": 0.0, "after_parse": 0.0}
    events = 0
    t = time.perf_counter()
    docs = list(pipeline.parse(texts))
    stages["parse"] = time.perf_counter() - t
    t = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        events += len(pipeline.analyse_parsed(article, doc).document.events)
    stages["after_parse"] = time.perf_counter() - t

    # the same work again, stage by stage, on the same parsed documents
    parts = {"actors": 0.0, "places": 0.0, "coding": 0.0, "dates": 0.0}
    for article, doc in zip(articles, docs, strict=True):
        published = parse_date(article.published)
        t = time.perf_counter()
        spans = pipeline.resolver.resolve(doc, published.isoformat() if published else None)
        parts["actors"] += time.perf_counter() - t
        t = time.perf_counter()
        places = Places(pipeline.pack, doc, pipeline.gazetteer.match(doc))
        parts["places"] += time.perf_counter() - t
        t = time.perf_counter()
        pipeline.coder.code(doc, spans, article.id, published, places)
        parts["coding"] += time.perf_counter() - t
        t = time.perf_counter()
        DateIndex(doc, published, set(), pipeline.pack)  # timed apart; also part of "coding"
        parts["dates"] += time.perf_counter() - t
    full = sum(stages.values())
    n = len(articles)
    return {
        "corpus": str(corpus), "articles": n, "words": words, "batch_size": batch_size,
        "model_load_seconds": round(load_seconds, 2),
        "parse_only_seconds": round(parse_only, 2),
        "parse_only_articles_per_s": round(n / parse_only, 1),
        "parse_only_words_per_s": round(words / parse_only),
        "stages_seconds": {k: round(v, 2) for k, v in stages.items()},
        "after_parse_parts_seconds": {k: round(v, 2) for k, v in parts.items()},
        "full_seconds": round(full, 2),
        "full_articles_per_s": round(n / full, 1),
        "full_words_per_s": round(words / full),
        "ratio_full_to_parse": round(full / parse_only, 3),
        "actors_over_parse": round(parts["actors"] / parse_only, 3),
        "coding_over_parse": round(parts["coding"] / parse_only, 3),
        "dates_and_places_over_parse": round((parts["dates"] + parts["places"]) / parse_only, 3),
        "events": events,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"throughput: {args.corpus}: no such file", file=sys.stderr)
        return 2
    result = run(args.corpus, args.limit, args.batch_size)
    for key, value in result.items():
        print(f"{key:28s} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
