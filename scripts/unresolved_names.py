"""Names and noun phrases of a corpus that no actor mention covers, ranked by articles.

    python scripts/unresolved_names.py CORPUS.jsonl [--out OUT.tsv] [--top N] [--limit K]

Runs the pipeline over every article of the corpus (a JSONL file of the shape of
``../shared/eval/es-news-corpus.jsonl``) and lists

- ``PER`` / ``ORG`` (and ``PERSON``) entities of spaCy's NER that no resolved actor span
  overlaps, keyed by their text, and
- the heads of subjects and objects (and of their conjuncts) that are common nouns and that
  no resolved span covers, keyed by lemma,

each with the number of ARTICLES it appears in (not of occurrences) and one example
sentence, most frequent first. The list is a worklist for the actor tables
(``data/actors/*.tsv``): a frequent unresolved name or role noun is a candidate row; most
entries are not political actors at all, so read them before adding any.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ENTITY_LABELS = frozenset({"PER", "PERSON", "ORG"})
#: dependency labels of the arguments whose heads are listed (UD and ClearNLP)
ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "obl",
                           "obl:agent", "pobj", "agent", "conj", "appos"})


def _clean(text: str) -> str:
    return " ".join(text.split())


def mine(corpus: Path, limit: int | None) -> tuple[dict[tuple[str, str], set[str]],
                                                    dict[tuple[str, str], str], int]:
    from heraldo.evaluate.mentions import corpus_articles, read_corpus
    from heraldo.pipeline import Pipeline

    articles = corpus_articles(read_corpus(corpus))[:limit]
    pipeline = Pipeline("es")
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    example: dict[tuple[str, str], str] = {}
    for analysis in pipeline.analyse_docs(articles):
        doc, aid = analysis.doc, analysis.document.article.source_id
        covered = {i for s in analysis.spans for i in range(s.start, s.end)}
        found: list[tuple[tuple[str, str], str]] = []
        for ent in doc.ents:
            if ent.label_ in ENTITY_LABELS and covered.isdisjoint(range(ent.start, ent.end)):
                found.append(((ent.label_, _clean(ent.text)), ent.sent.text))
        for token in doc:
            if token.pos_ == "NOUN" and token.dep_ in ARGUMENT_DEPS and token.i not in covered:
                found.append((("NOUN", token.lemma_.lower()), token.sent.text))
        for key, sentence in found:
            seen[key].add(aid)
            example.setdefault(key, _clean(sentence)[:200])
    return seen, example, len(articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, help="write the whole ranking as TSV here")
    parser.add_argument("--top", type=int, default=40, help="rows per kind to print")
    parser.add_argument("--limit", type=int, help="only the first K articles")
    args = parser.parse_args(argv)
    seen, example, n = mine(args.corpus, args.limit)
    ranked = sorted(seen, key=lambda k: (-len(seen[k]), k))
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            fh.write("kind\tkey\tarticles\texample\n")
            for key in ranked:
                fh.write(f"{key[0]}\t{key[1]}\t{len(seen[key])}\t{example[key]}\n")
    per_kind: Counter[str] = Counter()
    print(f"{n} articles; {len(ranked)} unresolved keys")
    for key in ranked:
        if per_kind[key[0]] < args.top:
            per_kind[key[0]] += 1
            print(f"{key[0]}\t{len(seen[key])}\t{key[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
