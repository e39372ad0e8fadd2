"""Share of a corpus's articles and events that have a day.

    python scripts/date_coverage.py ../shared/eval/es-news-corpus.jsonl --db /tmp/corpus.duckdb

Ingests the corpus into ``--db`` with ``heraldo ingest`` when that store does not exist
yet (``--workers`` processes), then counts, read-only: articles with a publication date
(and where it came from, ``published_from``, when the store records it), stored events
whose date is a day (their own, or the publication date they fall back to), and canonical
events with a day (what ``dyads`` can place in time).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb

_EVENT_DAY = """
SELECT count(*), count(*) FILTER (WHERE e.date.precision = 'day'
                                  OR (e.date.value IS NULL AND a.published IS NOT NULL))
FROM events e JOIN articles a ON a.id = e.article_id
"""


def coverage(conn: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """The counts and shares of one store."""
    ((articles, dated),) = conn.execute(
        "SELECT count(*), count(published) FROM articles").fetchall()
    columns = {r[0] for r in conn.execute("DESCRIBE articles").fetchall()}
    origins: dict[str, int] = {}
    if "published_from" in columns:
        origins = dict(conn.execute(
            "SELECT coalesce(published_from, 'none'), count(*) FROM articles "
            "GROUP BY ALL ORDER BY 2 DESC").fetchall())
    ((events, events_day),) = conn.execute(_EVENT_DAY).fetchall()
    ((canonical, canonical_day),) = conn.execute(
        "SELECT count(*), count(day) FROM canonical_events").fetchall()

    def share(part: int, whole: int) -> float:
        return round(part / whole, 3) if whole else 0.0

    return {"articles": articles, "articles_with_day": dated,
            "articles_share": share(dated, articles), "published_from": origins,
            "events": events, "events_with_day": events_day,
            "events_share": share(events_day, events),
            "canonical_events": canonical, "canonical_with_day": canonical_day,
            "canonical_share": share(canonical_day, canonical)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.db.exists():
        heraldo = Path(sys.executable).with_name("heraldo")
        subprocess.run([str(heraldo), "ingest", str(args.corpus), "--db", str(args.db),
                        "--workers", str(args.workers)], check=True)
    conn = duckdb.connect(str(args.db), read_only=True)
    try:
        print(json.dumps(coverage(conn), indent=1))
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
