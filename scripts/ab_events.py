"""The events that change when a mechanism is switched off: an A/B of the coder on corpus
articles, for reading every change a mechanism makes by hand.

    python scripts/ab_events.py N MODULE.ATTR EXPR [MODULE.ATTR EXPR ...]

codes the first N articles of ``../shared/eval/es-news-corpus.jsonl`` (``--corpus`` for
another) twice in one process: as the code is, and with each ``MODULE.ATTR`` replaced by
the value of the Python expression ``EXPR`` (the mechanism off), then prints each event
only one of the runs has, "-" for off, "+" for on, with its trigger's context, and a last
line "changed K of M". Replace the name where it is looked up: a function imported by
name into another module is switched off there ("heraldo.coding.candidates.merge_harm
'lambda s, c: c'"). Example:

    python scripts/ab_events.py 500 heraldo.coding.noun_sides.detached 'lambda *a: []'
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from heraldo.pipeline import Pipeline

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / \
    "es-news-corpus.jsonl"
#: characters of context around a trigger
CONTEXT = 80

Event = tuple[str, str, str, str, str]


def _switches(pairs: list[str]) -> list[tuple[ModuleType, str, Any, Any]]:
    """(module, name, value on, value off) for each ``MODULE.ATTR EXPR`` pair."""
    if not pairs or len(pairs) % 2:
        raise SystemExit("error: give MODULE.ATTR EXPR pairs")
    out = []
    for target, expr in zip(pairs[::2], pairs[1::2], strict=True):
        name, _, attr = target.rpartition(".")
        module = importlib.import_module(name)
        out.append((module, attr, getattr(module, attr), eval(expr)))  # noqa: S307
    return out


def _events(pipeline: Pipeline, article: dict[str, Any]) -> set[Event]:
    text = article["text"]
    document = pipeline.extract(text, published=article.get("published") or None)
    return {(e.cameo, e.trigger, ",".join(m.actor.code for m in e.sources),
             ",".join(m.actor.code for m in e.targets),
             text[max(0, e.start - CONTEXT):e.end + CONTEXT].replace("\n", " "))
            for e in document.events}


def _articles(corpus: Path, limit: int) -> Iterator[dict[str, Any]]:
    with corpus.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= limit:
                return
            yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    """Print the events that differ between the code as it is and with the switches off."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("limit", type=int)
    parser.add_argument("switches", nargs="+", help="MODULE.ATTR EXPR pairs")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    switches = _switches(args.switches)
    pipeline, changed, total = Pipeline("es"), 0, 0
    for article in _articles(args.corpus, args.limit):
        runs = []
        for on in (False, True):  # the code is left as it was
            for module, attr, value_on, value_off in switches:
                setattr(module, attr, value_on if on else value_off)
            runs.append(_events(pipeline, article))
        old, new = runs
        total += len(new)
        for sign, events in (("-", old - new), ("+", new - old)):
            for event in sorted(events):
                print(sign, article["id"], event[:4], "::", event[4])
        changed += len(old - new)
    print(f"changed {changed} of {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
