"""End-to-end ingest throughput: 1 worker, 2 workers, Dask (2 workers), against spaCy's
parse alone, in one run.

    python benchmarks/ingest.py CORPUS.jsonl [--limit N] [--json OUT]

Each configuration is the real command, ``heraldo ingest CORPUS --db NEW.duckdb …``, timed
wall-clock from start to exit (model loading, reading, coding, writing and deduplication
included) on a fresh store. spaCy's parse alone is timed in this process, after loading,
over the same texts with the same batch size. It also measures how much parallel CPU the
machine really gives: a pure-Python loop alone, then two copies at once.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SPIN = "x = 0\nfor i in range(20_000_000):\n    x += i\n"
CONFIGS = {
    "local, 1 worker": ["--workers", "1"],
    "local, 2 workers": ["--workers", "2"],
    "dask, 2 workers": ["--engine", "dask", "--workers", "2"],
}


def texts_of(corpus: Path, limit: int | None) -> list[str]:
    with corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    return texts[:limit] if limit else texts


def parse_only(texts: list[str]) -> float:
    from heraldo.pipeline import Pipeline

    pipeline = Pipeline("es")
    list(pipeline.parse(texts[:20]))
    t = time.perf_counter()
    for _ in pipeline.parse(texts):
        pass
    return time.perf_counter() - t


def parallel_ceiling() -> float:
    """Speed-up of two CPU-bound processes over one on this machine (2.0 is ideal)."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", SPIN], check=True)
    one = time.perf_counter() - t
    t = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(2)]
    for p in procs:
        p.wait()
    two = time.perf_counter() - t
    return 2 * one / two


def run_ingest(corpus: Path, args: list[str], tmp: Path) -> float:
    db = tmp / f"bench-{len(list(tmp.iterdir()))}.duckdb"
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "heraldo.cli", "ingest", str(corpus), "--db",
                    str(db), *args], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    texts = texts_of(args.corpus, args.limit)
    n = len(texts)
    result: dict[str, Any] = {"articles": n, "parallel_ceiling": round(parallel_ceiling(), 2)}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if args.limit:
            corpus = Path(tmp) / "corpus.jsonl"
            lines = args.corpus.read_text(encoding="utf-8").splitlines()[: args.limit]
            corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        parse_rate = n / parse_only(texts)
        result["spacy_parse_only_articles_per_s"] = round(parse_rate, 1)
        runs = {}
        for name, extra in CONFIGS.items():
            seconds = run_ingest(corpus, extra, Path(tmp))
            runs[name] = {"seconds": round(seconds, 1), "articles_per_s": round(n / seconds, 1),
                          "ratio_to_parse_only": round(n / seconds / parse_rate, 2)}
        base = runs["local, 1 worker"]["seconds"]
        for run in runs.values():
            run["speedup_vs_1_worker"] = round(base / run["seconds"], 2)
        result["runs"] = runs
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
