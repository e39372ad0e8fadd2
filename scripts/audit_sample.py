"""The precision audit of coded events: a random sample to judge blind, and its score.

    python scripts/audit_sample.py draw DOCS.jsonl --out SAMPLE.tsv [--size 150] [--seed 16]
    python scripts/audit_sample.py score JUDGED.tsv

``draw`` samples events uniformly from Documents (``heraldo extract --format jsonl`` or
``scripts/event_sides.py``'s input) and writes, for each, only what a judge needs: the
sentence, the trigger, the CAMEO code and its name, whether it is negated and its modality
(asserted, reported, intended, hypothetical...: an event Heraldo marks as hypothetical is
right as such), and each side's actors (code, the
knowledge base's name, the words of the text). The rule that coded the event is left out,
so the judge sees the claim, not how it was made. The judge fills ``root_ok``,
``source_ok``, ``target_ok`` (y or n; an empty side is right only when the sentence names
no such actor) and a ``note``. ``score`` prints the share right on each and on all three.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path
from typing import Any

JUDGED = ("root_ok", "source_ok", "target_ok")
COLUMNS = ("n", "article", "sentence", "trigger", "cameo", "cameo_name", "negated", "modality",
           "source", "target", *JUDGED, "note")


def _side(mentions: list[dict[str, Any]]) -> str:
    return " | ".join(f"{(m.get('actor') or {}).get('code') or '?'} "
                      f"({(m.get('actor') or {}).get('name') or ''}: \"{m.get('text', '')}\")"
                      for m in mentions)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (between full stops or line breaks) around ``start``..``end``."""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return " ".join(text[left:right].split())


def draw(documents: Path, size: int, seed: int) -> list[dict[str, Any]]:
    from heraldo.ontology import load_ontology

    ontology = load_ontology()
    pool = []
    with documents.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            text = doc["article"]["text"]
            for event in doc.get("events", []):
                pool.append((doc["article"]["id"], text, event))
    rows = []
    for n, (article, text, event) in enumerate(random.Random(seed).sample(pool, size), 1):
        rows.append({
            "n": n, "article": article, "sentence": _sentence(text, event["start"], event["end"]),
            "trigger": event["trigger"], "cameo": event["cameo"],
            "cameo_name": ontology.event(event["cameo"]).name,
            "negated": "negated" if event.get("negated") else "",
            "modality": event.get("modality") or "",
            "source": _side(event.get("sources") or []),
            "target": _side(event.get("targets") or []),
            **{k: "" for k in (*JUDGED, "note")}})
    return rows


def score(judged: Path) -> str:
    with judged.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    done = [r for r in rows if all(r[k] in ("y", "n") for k in JUDGED)]
    lines = [f"judged {len(done)} of {len(rows)} events"]
    for k in JUDGED:
        right = sum(r[k] == "y" for r in done)
        lines.append(f"{k:10} {right:4} {right / len(done):.3f}" if done else k)
    right = sum(all(r[k] == "y" for k in JUDGED) for r in done)
    if done:
        lines.append(f"{'all three':10} {right:4} {right / len(done):.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw")
    d.add_argument("documents", type=Path)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--size", type=int, default=150)
    d.add_argument("--seed", type=int, default=16)
    s = sub.add_parser("score")
    s.add_argument("judged", type=Path)
    args = parser.parse_args(argv)
    if args.command == "score":
        print(score(args.judged))
        return 0
    rows = draw(args.documents, args.size, args.seed)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} events -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
