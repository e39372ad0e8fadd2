"""How many event patterns fire at least once on a corpus.

    python scripts/pattern_coverage.py CORPUS.jsonl [--limit N] [--json OUT] [--lang es]

A pattern *fires* when it is the pattern chosen for a predicate of the text (its lemma,
clitic, object and source constraints hold), whether or not actors were then found.
Prints the number of patterns, how many fired, the distinct CAMEO codes and roots that
fired, and the patterns that never fired.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--lang", default="es")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"pattern_coverage: {args.corpus}: no such file", file=sys.stderr)
        return 2

    from heraldo.lang.patterns import RuleId
    from heraldo.model import Article
    from heraldo.pipeline import Pipeline

    pipeline = Pipeline(args.lang)
    texts = []
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                text = json.loads(line).get("text") or ""
                if text.strip():
                    texts.append(text)
            if args.limit and len(texts) >= args.limit:
                break
    counts: Counter[RuleId] = Counter()
    for article, doc in zip(texts, pipeline.parse(texts), strict=True):
        a = Article.from_text(article, language=args.lang)
        spans = pipeline.resolver.resolve(doc, None)
        counts.update(pipeline.coder.code(doc, spans, a.id, None).fired)
    patterns = pipeline.pack.patterns.all_patterns()
    by_id = {p.id: p for p in patterns}
    fired = [pid for pid in by_id if counts[pid]]
    codes = sorted({by_id[pid].code for pid in fired})
    result = {
        "articles": len(texts), "patterns": len(by_id), "fired": len(fired),
        "distinct_codes_fired": len(codes), "roots_fired": sorted({c.root for c in codes}),
        "distinct_codes_in_tables": len({p.cameo for p in patterns}),
        "never_fired": sorted(str(pid) for pid in set(by_id) - set(fired)),
    }
    for key, value in result.items():
        if key != "never_fired":
            print(f"{key:26s} {value}")
    print(f"{'never_fired':26s} {len(result['never_fired'])}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
