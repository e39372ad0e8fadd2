"""Judge resolved actor mentions against hand-annotated samples of a corpus.

A corpus is JSONL records ``{"id", "text", "url"?}``. A sample (``scripts/sample_mentions.py
sample``) is a seeded random draw of the system's mention spans; annotators give each one
the code it should have, without seeing the system's. Gold files are TSV with the
columns article, start, end, text, code, note; several acceptable codes are separated by
``|``, and an empty code says the span is no actor.

A system mention stands for an annotated span when it has exactly its offsets, or else
overlaps it and shares its syntactic head (the head-match rule of ACE and coreference
scoring); the span is judged right when one of those mentions has one of its codes, or
when there is none and the annotator judged it no actor.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heraldo.ingest.published import date_in_id, date_in_url
from heraldo.model import Article, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from heraldo.nlp.parse_cache import ParseCache
    from heraldo.pipeline import Analysis, Pipeline

#: the columns of a gold file, and of a failures file (with the system's codes)
GOLD_COLUMNS = ("article", "start", "end", "text", "code", "note")
FAILURE_COLUMNS = ("article", "start", "end", "text", "code", "system", "note")
#: an AFP id carries its publication date ("AFP_SPA_19940818.0119")


def read_corpus(path: Path) -> list[dict[str, Any]]:
    """The records of a corpus JSONL file that have a text."""
    with path.open(encoding="utf-8") as fh:
        return [r for r in (json.loads(line) for line in fh if line.strip())
                if (r.get("text") or "").strip()]


def published(record: dict[str, Any]) -> str | None:
    """The publication date an AFP id carries, which the annotators saw too; other
    articles have the one their URL carries, as ingestion gives them, or none."""
    return date_in_id(str(record["id"])) or date_in_url(record.get("url"))


def corpus_articles(records: Iterable[dict[str, Any]]) -> list[Article]:
    """Articles of corpus records: the record's id is the source id."""
    return [Article.from_text(r["text"], source_id=str(r["id"]), published=published(r))
            for r in records]


def analyse(pipeline: Pipeline, articles: Sequence[Article],
            cache: ParseCache | None = None) -> dict[str, Analysis]:
    """The analysis of each article by source id; parses come from ``cache`` if given."""
    if cache is None:
        analyses = pipeline.analyse_docs(articles)
    else:
        docs = cache.docs(pipeline, [a.text for a in articles])
        analyses = (pipeline.analyse_parsed(a, d) for a, d in zip(articles, docs, strict=True))
    return {a.document.article.source_id or "": a for a in analyses}


def read_gold(path: Path) -> list[dict[str, str]]:
    """The annotated rows of a gold TSV file."""
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _head(doc: Doc, start: int, end: int) -> int | None:
    """The index of the syntactic head of the characters start..end, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def matching(analysis: Analysis, start: int, end: int) -> list[Mention]:
    """The system mentions that stand for the annotated span: those with exactly its
    offsets, else those that overlap it and share its syntactic head ("la agencia de
    noticias" is matched by "la agencia de noticias indonesia Antara", "Estados Unidos"
    is not by "senador de los Estados Unidos")."""
    mentions = list(analysis.document.mentions)
    exact = [m for m in mentions if (m.start, m.end) == (start, end)]
    if exact:
        return exact
    head = _head(analysis.doc, start, end)
    return [m for m in mentions if m.start < end and start < m.end
            and head is not None and _head(analysis.doc, m.start, m.end) == head]


@dataclass(frozen=True)
class Judgement:
    """How a system did on a gold sample: its rows, how many it got right, and the rows
    it got wrong with the system's codes (column ``system``)."""

    rows: tuple[dict[str, str], ...]
    correct: int
    failed: tuple[dict[str, str], ...]

    @property
    def accuracy(self) -> float:
        """The share of rows the system got right (0 for no rows)."""
        return self.correct / max(len(self.rows), 1)


def judge(rows: Iterable[dict[str, str]], analyses: dict[str, Analysis]) -> Judgement:
    """Judge each annotated row against the analyses of its article (see the module
    docstring); an article without an analysis has no mention."""
    rows = tuple(rows)
    correct, failed = 0, []
    for row in rows:
        analysis = analyses.get(row["article"])
        found = matching(analysis, int(row["start"]), int(row["end"])) if analysis else []
        got = sorted({m.actor.code for m in found})
        ok = bool(set(got) & set(row["code"].split("|"))) or (not got and row["code"] == "")
        correct += ok
        if not ok:
            failed.append({**row, "system": "|".join(got)})
    return Judgement(rows, correct, tuple(failed))


def write_failures(path: Path, failed: Iterable[dict[str, str]]) -> None:
    """A TSV of failed rows (``FAILURE_COLUMNS``), as the ``*.known_failures.tsv`` files."""
    with path.open("w", encoding="utf-8") as fh:
        fh.write("\t".join(FAILURE_COLUMNS) + "\n")
        for f in failed:
            fh.write("\t".join(str(f.get(k, "")) for k in FAILURE_COLUMNS) + "\n")


def mention_spans(analyses: dict[str, Analysis]) -> list[tuple[str, int, int, str]]:
    """Every system mention span (article, start, end, text), one per span, in order."""
    spans = []
    for sid, analysis in analyses.items():
        seen = set()
        for m in analysis.document.mentions:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                spans.append((sid, m.start, m.end, m.text))
    return spans


def draw(spans: Sequence[tuple[str, int, int, str]], n: int,
         seed: int) -> list[tuple[str, int, int, str]]:
    """A seeded random sample of ``n`` spans (all when fewer), sorted."""
    return sorted(random.Random(seed).sample(list(spans), min(n, len(spans))))


def context(body: str, start: int, end: int) -> str:
    """The sentence (up to a full stop or a line break) around ``body[start:end]``."""
    left = max(body.rfind(".", 0, start), body.rfind("\n", 0, start)) + 1
    right = min(i for i in (body.find(".", end), body.find("\n", end), len(body)) if i >= 0)
    return body[left:right + 1].strip()
