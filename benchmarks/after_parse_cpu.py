"""CPU time of everything after the parse, on documents parsed once.

    python benchmarks/after_parse_cpu.py CORPUS.jsonl [--limit N] [--passes P]

On a shared machine wall-clock times of ``throughput.py`` move with other jobs' load by
more than a small change; CPU time (``time.process_time``) moves much less. After loading
and a warm-up it parses the first ``--limit`` articles once, then runs
``Pipeline.analyse_parsed`` over them ``--passes`` times (the token table is dropped
between passes), printing the CPU and wall seconds of each pass and the median CPU.
Run it on two versions alternately (``PYTHONPATH=OTHER/src``) to compare them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from heraldo.model import Article


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"after_parse_cpu: {args.corpus}: no such file", file=sys.stderr)
        return 2
    from heraldo.pipeline import Pipeline

    with args.corpus.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()][: args.limit]
    articles = [Article.from_text(r["text"], source_id=str(r.get("id")),
                                  published=r.get("published")) for r in records]
    pipeline = Pipeline("es")
    list(pipeline.analyse_docs(articles[:20]))  # warm-up
    docs = list(pipeline.parse([a.text for a in articles]))
    cpu, wall = [], []
    for _ in range(args.passes):
        for doc in docs:
            doc.user_data.pop("token_table", None)
        t, c = time.perf_counter(), time.process_time()
        for article, doc in zip(articles, docs, strict=True):
            pipeline.analyse_parsed(article, doc)
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    print(f"articles {len(articles)}  cpu {[round(x, 2) for x in cpu]}  "
          f"median cpu {statistics.median(cpu):.2f}  wall {[round(x, 2) for x in wall]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
