"""The candidates a sample of corpus articles loses to their sense (``heraldo.coding.sense``).

    python scripts/sense_discards.py CORPUS.jsonl [--size 300] [--seed 16]

Codes ``--size`` articles drawn at random (fixed ``--seed``) from the corpus, parses from
the parse cache ($HERALDO_CACHE), and prints each candidate discarded because its sentence
is in a domain that is no politics: the domain, the code and rule, the trigger and its
sentence, for a reader to judge whether the sense was truly not a political event. The
last line counts them and the events coded.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

#: a trace line of a candidate discarded for its sense (``Coder.code``)
DISCARDED = re.compile(r"^(?P<trigger>.+)@(?P<at>\d+): (?P<code>\S+) by (?P<rule>\S+) "
                       r"discarded: sense: (?P<domain>\S+)$")


def main(argv: list[str] | None = None) -> int:
    from heraldo.evaluate.mentions import analyse, corpus_articles, read_corpus
    from heraldo.nlp.parse_cache import ParseCache, cache_folder
    from heraldo.pipeline import Pipeline

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    records = read_corpus(args.corpus)
    sample = random.Random(args.seed).sample(records, min(args.size, len(records)))
    articles = corpus_articles(sample)
    cache = ParseCache(cache_folder(Path(".cache") / "heraldo"))
    analyses = analyse(Pipeline("es"), articles, cache)
    discarded = events = 0
    for source_id, analysis in analyses.items():
        events += len(analysis.document.events)
        for line in analysis.trace:
            found = DISCARDED.match(line)
            if found is None:
                continue
            discarded += 1
            at = int(found["at"])
            sentence = next(s for s in analysis.doc.sents if s.start_char <= at < s.end_char)
            print(f"{discarded}\t{source_id}\t{found['domain']}\t{found['code']}\t"
                  f"{found['trigger']}\t{found['rule']}\t{' '.join(sentence.text.split())}")
    print(f"# {discarded} candidates discarded for their sense; {events} events coded "
          f"in {len(articles)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
