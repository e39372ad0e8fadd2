"""Rank the verbs and event nouns of a corpus that have actor arguments on both sides but
fire no pattern, by the number of articles they occur in (lexical gaps of the coder).

    python scripts/untriggered_predicates.py CORPUS.jsonl [--top 60]

A verb counts when an actor is its subject and another actor is one of its arguments
(object, indirect object or a prepositional argument); a noun counts when one actor is
its genitive or agent and another is any other argument. A predicate "fires" when the
trigger rules give it at least one pattern. Each row: articles, occurrences, kind,
lemma, and the most frequent argument roles (the one to put in the pattern's columns).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from heraldo.coding.arguments import ActorIndex, arguments
from heraldo.coding.triggers import triggers
from heraldo.evaluate.mentions import corpus_articles, read_corpus
from heraldo.lang.roles import Role
from heraldo.pipeline import Pipeline
from heraldo.resources import fold


def _sides(index: ActorIndex, tok, subject_deps: frozenset[str]) -> tuple[bool, list[str]]:
    pack = index.pack
    subject = any(index.spans_at(c, Role.SUBJECT) for c in tok.children
                  if c.dep_ in subject_deps)
    roles = [str(a.slot) for a in arguments(pack, tok) if index.spans_at(a.token, a.slot)]
    return subject, roles


def _gaps(corpus: Path) -> tuple[dict[tuple[str, str], set[str]], Counter[tuple[str, str]],
                                 dict[tuple[str, str], Counter[str]]]:
    pipeline = Pipeline("es")
    pack = pipeline.pack
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    uses: Counter[tuple[str, str]] = Counter()
    roles_of: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for analysis in pipeline.analyse_docs(corpus_articles(read_corpus(corpus))):
        doc = analysis.doc
        nouns, verbs = triggers(pack, doc)
        index = ActorIndex(pack, list(analysis.spans))
        for tok in doc:
            if tok.pos_ not in ("VERB", "NOUN") or nouns.get(tok.i) or verbs.get(tok.i):
                continue
            if tok.pos_ == "VERB":
                subject, roles = _sides(index, tok, pack.deps.subject)
            else:
                roles = [str(a.slot) for a in arguments(pack, tok)
                         if index.spans_at(a.token, a.slot)]
                subject = bool({"genitive", "agent"} & set(roles)) and len(roles) > 1
            if not (subject and roles):
                continue
            key = (tok.pos_.lower(), fold(tok.lemma_))
            articles[key].add(analysis.document.article.id)
            uses[key] += 1
            roles_of[key].update(roles)
    return articles, uses, roles_of


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args()
    articles, uses, roles_of = _gaps(args.corpus)
    ranked = sorted(articles, key=lambda k: (-len(articles[k]), -uses[k], k))
    for key in ranked[:args.top]:
        roles = ",".join(r for r, _ in roles_of[key].most_common(3))
        print(f"{len(articles[key]):4} {uses[key]:4}  {key[0]:4} {key[1]:20} {roles}")


if __name__ == "__main__":
    main()
