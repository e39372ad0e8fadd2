"""The targets ``heraldo.coding.grievance`` adds on a sample of a corpus, for reading.

    python scripts/grievance_targets.py CORPUS.jsonl [--limit 300] [--seed 16] [--out F.tsv]

Codes a random sample of the corpus (fixed seed) twice: as it is, and with the grievance
targets switched off; an event (by article, trigger offset and code) whose targets differ
between the two runs is written as one TSV row: article, trigger, code, sources, targets
without and with the mechanism, and the sentence. The count of events, of those changed
and of events with both sides is printed on stderr.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path
from typing import Any

import heraldo.coding.candidates as candidates
import heraldo.coding.subjects as subjects
from heraldo.model import Article, Event
from heraldo.pipeline import Pipeline


def sample(corpus: Path, limit: int, seed: int) -> list[Article]:
    """``limit`` articles of ``corpus`` drawn at random with ``seed``."""
    with corpus.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    chosen = random.Random(seed).sample(records, min(limit, len(records)))
    return [Article.from_text(r["text"], source_id=str(r.get("id")),
                              published=r.get("published")) for r in chosen if r.get("text")]


def _events(pipeline: Pipeline, articles: list[Article]) -> dict[tuple[str, int, str], Event]:
    """The events of ``articles`` by article, trigger offset and code."""
    return {(d.article.id, e.start, e.cameo): e for d in pipeline.process(articles)
            for e in d.events}


def _codes(event: Event | None, side: str) -> str:
    """The actor codes of one side of ``event`` ("" for no event)."""
    if event is None:
        return ""
    return "|".join(m.actor.code for m in getattr(event, side))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    articles = sample(args.corpus, args.limit, args.seed)
    texts = {a.id: a.text for a in articles}
    with_it = _events(Pipeline("es"), articles)
    kept = subjects.grievance_targets, candidates.grievance_targets
    subjects.grievance_targets = candidates.grievance_targets = lambda *a, **k: []
    try:  # a pipeline of its own: nothing one run leaves behind reaches the other
        without = _events(Pipeline("es"), articles)
    finally:
        subjects.grievance_targets, candidates.grievance_targets = kept
    out = args.out.open("w", encoding="utf-8", newline="") if args.out else sys.stdout
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["article", "trigger", "cameo", "sources", "before", "after", "sentence"])
    changed = 0
    for key, event in with_it.items():
        old = without.get(key)
        if _codes(old, "targets") == _codes(event, "targets"):
            continue
        changed += 1
        text = texts[key[0]]
        start = text.rfind(".", 0, event.start) + 1
        end = text.find(".", event.end)
        writer.writerow([key[0], event.trigger, event.cameo, _codes(event, "sources"),
                         _codes(old, "targets"), _codes(event, "targets"),
                         " ".join(text[start:end if end > 0 else None].split())])
    both = [sum(1 for e in run.values() if e.sources and e.targets) for run in (without, with_it)]
    summary: dict[str, Any] = {"articles": len(articles), "events": len(with_it),
                               "changed": changed, "both_without": both[0], "both_with": both[1]}
    print(json.dumps(summary), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
