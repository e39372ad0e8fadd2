"""Sample actor mentions from a corpus for annotation, and score resolution against them.

    python scripts/sample_mentions.py sample CORPUS.jsonl OUT.jsonl [--n 300] [--seed 13]
    python scripts/sample_mentions.py score CORPUS.jsonl GOLD.tsv [--failures OUT.tsv]

`sample` runs the pipeline over the corpus, collects every actor mention (one per span)
and draws a seeded random sample, written with its sentence as context for annotators
(the system's code is deliberately not written). `score` re-runs resolution on the
sampled articles and compares each mention's code with the annotated one (GOLD.tsv
columns: article, start, end, text, code, note; several acceptable codes are separated by
`|`); it prints the accuracy and writes the failures.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from pathlib import Path
from typing import Any


def _articles(corpus: Path) -> list[dict[str, Any]]:
    with corpus.open(encoding="utf-8") as fh:
        return [r for r in (json.loads(line) for line in fh if line.strip())
                if (r.get("text") or "").strip()]


def _published(record: dict[str, Any]) -> str | None:
    """The publication date an AFP id carries ("AFP_SPA_19940818.0119"), which the
    annotators saw too; other articles have the one their URL carries, as ingestion gives
    them (``heraldo.ingest.records.date_in_url``), or none."""
    from heraldo.ingest.records import date_in_url

    match = re.match(r"AFP_[A-Z]{3}_(\d{4})(\d{2})(\d{2})", str(record["id"]))
    return "-".join(match.groups()) if match else date_in_url(record.get("url"))


def _analyses(records: list[dict[str, Any]]) -> dict[str, Any]:
    from heraldo.model import Article
    from heraldo.pipeline import Pipeline

    pipeline = Pipeline("es")
    articles = [Article.from_text(r["text"], source_id=str(r["id"]),
                                  published=_published(r)) for r in records]
    return {a.document.article.source_id or "": a for a in pipeline.analyse_docs(articles)}


def _mentions(records: list[dict[str, Any]]) -> dict[str, list[Any]]:
    return {sid: list(a.document.mentions) for sid, a in _analyses(records).items()}


def _head(doc: Any, start: int, end: int) -> int | None:
    """The index of the syntactic head of the characters start..end, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def _matching(analysis: Any, start: int, end: int) -> list[Any]:
    """The system mentions that stand for the annotated span: those with exactly its
    offsets, else those that overlap it and share its syntactic head (the head-match rule
    of ACE and coreference scoring: "la agencia de noticias" is matched by "la agencia
    de noticias indonesia Antara", "Estados Unidos" is not by "senador de los Estados
    Unidos")."""
    mentions = list(analysis.document.mentions)
    exact = [m for m in mentions if (m.start, m.end) == (start, end)]
    if exact:
        return exact
    head = _head(analysis.doc, start, end)
    return [m for m in mentions if m.start < end and start < m.end
            and head is not None and _head(analysis.doc, m.start, m.end) == head]


def sample(corpus: Path, out: Path, n: int, seed: int) -> int:
    records = _articles(corpus)
    texts = {str(r["id"]): r["text"] for r in records}
    spans = []
    for sid, mentions in _mentions(records).items():
        seen = set()
        for m in mentions:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                spans.append((sid, m.start, m.end, m.text))
    rng = random.Random(seed)
    chosen = sorted(rng.sample(spans, min(n, len(spans))))
    with out.open("w", encoding="utf-8") as fh:
        for sid, start, end, text in chosen:
            body = texts[sid]
            left = max(body.rfind(".", 0, start), body.rfind("\n", 0, start)) + 1
            right = min(i for i in (body.find(".", end), body.find("\n", end), len(body))
                        if i >= 0)
            fh.write(json.dumps({"article": sid, "start": start, "end": end, "text": text,
                                 "context": body[left:right + 1].strip()},
                                ensure_ascii=False) + "\n")
    print(f"{len(chosen)} mentions sampled from {len(spans)} in {len(records)} articles")
    return 0


def judge(corpus: Path, gold: Path) -> tuple[int, list[dict[str, str]], list[dict[str, str]]]:
    """(correct, annotated rows, failed rows with the system's codes): a mention is right
    when a system mention that stands for it (`_matching`) has one of its codes, or when
    there is none and the annotator judged the span no actor (empty code)."""
    rows = list(csv.DictReader(gold.open(encoding="utf-8"), delimiter="\t"))
    wanted = {r["article"] for r in rows}
    records = [r for r in _articles(corpus) if str(r["id"]) in wanted]
    analyses = _analyses(records)
    correct, failed = 0, []
    for row in rows:
        analysis = analyses.get(row["article"])
        found = _matching(analysis, int(row["start"]), int(row["end"])) if analysis else []
        got = sorted({m.actor.code for m in found})
        ok = bool(set(got) & set(row["code"].split("|"))) or (not got and row["code"] == "")
        correct += ok
        if not ok:
            failed.append({**row, "system": "|".join(got)})
    return correct, rows, failed


def score(corpus: Path, gold: Path, failures: Path | None) -> int:
    correct, rows, failed = judge(corpus, gold)
    print(f"accuracy {correct}/{len(rows)} = {correct / max(len(rows), 1):.3f}")
    if failures is not None:
        with failures.open("w", encoding="utf-8") as fh:
            fh.write("article\tstart\tend\ttext\tcode\tsystem\tnote\n")
            for f in failed:
                fh.write("\t".join(str(f.get(k, "")) for k in
                                   ("article", "start", "end", "text", "code", "system", "note"))
                         + "\n")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("corpus", type=Path)
    s.add_argument("out", type=Path)
    s.add_argument("--n", type=int, default=300)
    s.add_argument("--seed", type=int, default=13)
    c = sub.add_parser("score")
    c.add_argument("corpus", type=Path)
    c.add_argument("gold", type=Path)
    c.add_argument("--failures", type=Path)
    args = parser.parse_args(argv)
    if args.command == "sample":
        return sample(args.corpus, args.out, args.n, args.seed)
    return score(args.corpus, args.gold, args.failures)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
