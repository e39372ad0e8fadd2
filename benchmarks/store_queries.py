"""Store bulk-insert rate and query latency on a synthetic store of N events.

    python benchmarks/store_queries.py [--events 1000000] [--db PATH] [--json OUT]

Builds the store from synthetic Documents (``heraldo.store.synthetic``, 10 events per
article) in batches of 2,000 articles, timing separately the conversion of Documents to
Arrow tables and the insert (one transaction per batch); then the deduplication refresh over
everything; then adds ``--add`` new articles (1,000) and times the incremental refresh;
then p50/p95 latency of the ``heraldo events`` filters (and a dyad series), each run
``--repeat`` times after one warm-up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from heraldo.dedup import refresh
from heraldo.store import open_store
from heraldo.store.events import EventFilter
from heraldo.store.rows import to_tables
from heraldo.store.synthetic import documents

FILTERS = {
    "no filter": EventFilter(),
    "--actor RUS": EventFilter(actor="RUS"),
    "--dyad RUS,TUR": EventFilter(dyad=("RUS", "TUR")),
    "--type CONSULT": EventFilter(type="CONSULT"),
    "--type 04": EventFilter(type="04"),
    "--since/--until (1 month)": EventFilter(since=dt.date(2021, 3, 1),
                                             until=dt.date(2021, 3, 31)),
    "--min-confidence 0.9": EventFilter(min_confidence=0.9),
    "--actor RUSGOV --type 04 --since 2021-01-01": EventFilter(
        actor="RUSGOV", type="04", since=dt.date(2021, 1, 1)),
}


def build(path: Path, n_events: int, per_batch: int = 2000) -> dict[str, Any]:
    n_articles = n_events // 10
    convert = insert = 0.0
    with open_store(path) as store:
        for start in range(0, n_articles, per_batch):
            docs = list(documents(min(per_batch, n_articles - start), 10, seed=start))
            t = time.perf_counter()
            tables = to_tables(docs)
            convert += time.perf_counter() - t
            t = time.perf_counter()
            store.write_tables(tables)
            insert += time.perf_counter() - t
        events = store.counts()["events"]
        t = time.perf_counter()
        refresh(store)
        dedup = time.perf_counter() - t
        canonical = store.counts()["canonical_events"]
    return {"events": events, "canonical_events": canonical,
            "insert_events_per_s": round(events / insert),
            "convert_events_per_s": round(events / convert),
            "documents_to_store_events_per_s": round(events / (convert + insert)),
            "dedup_refresh_seconds": round(dedup, 1)}


def add_articles(path: Path, n_articles: int) -> dict[str, Any]:
    """Add ``n_articles`` new articles (10 events each) to the built store: the time to
    write them and the time of the incremental deduplication refresh that follows."""
    tables = to_tables(documents(n_articles, 10, seed=10**9))
    with open_store(path) as store:
        t = time.perf_counter()
        store.write_tables(tables)
        write = time.perf_counter() - t
        t = time.perf_counter()
        refresh(store)
        dedup = time.perf_counter() - t
    return {"added_articles": n_articles, "added_events": tables["events"].num_rows,
            "add_write_seconds": round(write, 2), "add_refresh_seconds": round(dedup, 2)}


def latency(path: Path, repeat: int) -> dict[str, dict[str, float]]:
    results = {}
    with open_store(path) as store:
        runs: dict[str, Any] = {name: (lambda f=f: store.events(**asdict(f)))
                                for name, f in FILTERS.items()}
        runs["dyads --freq month --dyad RUS,TUR"] = lambda: store.dyads(
            freq="month", dyad=("RUS", "TUR"))
        for name, run in runs.items():
            run()
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                run()
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            results[name] = {"p50_ms": round(statistics.median(times), 1),
                             "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1)}
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--add", type=int, default=1000,
                        help="articles added after the build (incremental refresh)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        result: dict[str, Any] = build(path, args.events)
        result.update(add_articles(path, args.add))
        result["latency"] = latency(path, args.repeat)
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
