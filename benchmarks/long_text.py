"""One article longer than spaCy's limit, coded in chunks: time, peak memory, events.

    python benchmarks/long_text.py CORPUS.jsonl [--chars 1200000]

Joins the corpus's texts (a blank line between two) until the text holds ``--chars``
characters, then codes it as one article with ``Pipeline.extract``: the parse runs in
paragraph-aligned chunks under the model's ``max_length`` (``heraldo.nlp.chunks``). It
prints the text's length, its chunks, the seconds taken, the peak RSS, the events coded,
and checks that every event's and mention's offsets hold in the original text.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path


def long_text(corpus: Path, chars: int) -> str:
    parts: list[str] = []
    size = 0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            text = (json.loads(line).get("text") or "") if line.strip() else ""
            if text.strip():
                parts.append(text.strip())
                size += len(parts[-1]) + 2
            if size >= chars:
                break
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--chars", type=int, default=1_200_000)
    args = parser.parse_args()
    from heraldo.pipeline import Pipeline

    pipeline = Pipeline("es")
    text = long_text(args.corpus, args.chars)
    started = time.perf_counter()
    document = pipeline.extract(text, published="2000-01-01")
    seconds = time.perf_counter() - started
    chunks = len(pipeline.make_docs(text))
    true = all(text[m.start:m.end] == m.text for m in document.mentions)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(text)} characters in {chunks} chunks: {seconds:.1f} s, peak RSS "
          f"{peak:.0f} MB, {len(document.events)} events, {len(document.mentions)} "
          f"mentions, offsets true: {true}")


if __name__ == "__main__":
    main()
