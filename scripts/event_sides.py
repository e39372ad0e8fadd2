"""How many coded events have both sides, one side, or none, on a corpus.

    python scripts/event_sides.py CORPUS.jsonl            # codes the corpus, then counts
    python scripts/event_sides.py --documents DOCS.jsonl  # counts Documents already coded

A side counts only when it names an actor: a mention whose actor has a code with a
known country or sector (not an empty code). An event has both sides when one of its
dyads does, by the one rule of the store's dyads and the exports (``heraldo.dyads``):
coordinated actors of a mutual event ("Rusia y Turquía conversaron") are each other's
counterpart. Events are counted overall and split by
the kind of trigger (verb or noun, from the rule id); negated events are counted like
the others. With a corpus, articles get the publication date the mention samples give
them (``heraldo.evaluate.mentions.published``); ``--documents`` reads one Document dict per
line (``heraldo extract --format jsonl`` or a behaviour snapshot).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from heraldo.dyads import dyad_pairs

SHARES = ("both", "source only", "target only", "neither")


def _codes(mentions: Iterable[dict[str, Any]]) -> list[str]:
    return [code for m in mentions if (code := (m.get("actor") or {}).get("code"))]


def side_class(event: dict[str, Any]) -> str:
    """"both", "source only", "target only" or "neither" for one event dict. An event has
    both sides when one of its dyads does, by the rule of the store's dyads and the exports
    (``heraldo.dyads``): a source and a target, or two coordinated actors of a mutual event
    ("Rusia y Turquía conversaron": each the other's counterpart)."""
    sources, targets = _codes(event.get("sources") or []), _codes(event.get("targets") or [])
    pairs = dyad_pairs(sources, targets, str(event.get("cameo") or ""))
    if any(s and t for s, t in pairs):
        return "both"
    if sources:
        return "source only"
    return "target only" if targets else "neither"


def trigger_kind(event: dict[str, Any]) -> str:
    """"noun" or "verb" (or the rule's second part) from a rule id like es.noun.x.y.z."""
    parts = str(event.get("rule") or "").split(".")
    return parts[1] if len(parts) > 1 else "?"


def count(documents: Iterable[dict[str, Any]]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {"all": Counter()}
    for document in documents:
        for event in document.get("events", []):
            cls = side_class(event)
            out["all"][cls] += 1
            out.setdefault(trigger_kind(event), Counter())[cls] += 1
    return out


def _documents(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _coded(corpus: Path) -> Iterator[dict[str, Any]]:
    from heraldo.evaluate.mentions import corpus_articles, read_corpus
    from heraldo.pipeline import Pipeline

    for document in Pipeline("es").process(corpus_articles(read_corpus(corpus))):
        yield document.to_dict()


def report(counts: dict[str, Counter[str]]) -> str:
    lines = [f"{'':8} {'events':>7}  " + "  ".join(f"{s:>13}" for s in SHARES)]
    for kind, counter in counts.items():
        total = sum(counter.values())
        cells = "  ".join(f"{counter[s]:>6} {counter[s] / total:>5.0%} " if total else
                          f"{0:>6} {'-':>5} " for s in SHARES)
        lines.append(f"{kind:8} {total:>7}  {cells}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--documents", type=Path)
    args = parser.parse_args(argv)
    if (args.corpus is None) == (args.documents is None):
        parser.error("give a corpus or --documents, not both")
    if args.documents:
        documents = _documents(args.documents)
    else:
        documents = _coded(args.corpus)
    print(report(count(documents)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
