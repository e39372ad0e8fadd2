"""Event scoring against gold files, with exactly the numbers of ``shared/eval/score.py``.

Gold records are ``{"id", "date", "text", "events": [{source, target, cameo, plover}]}``.
Each record is coded as one article; the system file holds one record per gold id with
every non-negated event of any modality, one row per (source, target) pair.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from heraldo.dyads import dyad_rows
from heraldo.model import Article, Document
from heraldo.nlp.dates import parse_date
from heraldo.ontology.actor_code import ActorCode
from heraldo.ontology.event_code import EventCode

LEVELS = ("root", "dyad", "full", "plover")
ROOT_TO_PLOVER = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
PLOVER_ALIASES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                  "FIGHT": "ASSAULT", "SACTION": "SANCTION", "CRIME": "ASSAULT"}


class GoldError(ValueError):
    """A gold file cannot be read; the message names the file and line."""


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a gold or system JSONL file; a GoldError names the file and line of
    anything unreadable."""
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read ({exc})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{number}: invalid JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or "id" not in record:
            raise GoldError(f"{path}:{number}: a record must be an object with an id")
        records.append(record)
    return records


def language_of(path: Path, lang: str | None) -> str:
    """The language of a gold file: ``lang`` when given, else the file name's prefix (es-, en-)."""
    if lang:
        return lang
    prefix = path.name.split("-", 1)[0]
    if prefix in ("es", "en"):
        return prefix
    raise GoldError(f"{path}: cannot tell the language; pass --lang es|en")


def gold_articles(records: Iterable[dict[str, Any]], lang: str) -> Iterator[Article]:
    """One Article per gold record (its text, id and date), to be coded as the system's answer."""
    for record in records:
        published = parse_date(str(record.get("date") or ""))
        text = record.get("text") or ""
        yield Article.from_text(text, language=lang, source_id=str(record["id"]),
                                published=published.isoformat() if published else None)


def system_record(source_id: str, document: Document) -> dict[str, Any]:
    """The system record of a gold id: the dyads of the Document's events that are not negated."""
    events = [row for e in document.events if not e.negated for row in dyad_rows(e)]
    return {"id": source_id, "events": events}


# -- the scorer (same semantics as shared/eval/score.py) --------------------------------
def _root(value: Any) -> str:
    code = EventCode.leading(value)
    return code.root if code is not None else ""


def _country(code: Any) -> str | None:
    code = str(code or "").strip().upper()
    if not code or code.startswith("~"):
        return None
    actor = ActorCode.parse(code)
    return None if actor.unplaced else actor.head


def _plover(ev: dict[str, Any]) -> str:
    p = (ev.get("plover") or "").upper()
    p = PLOVER_ALIASES.get(p, p)
    return p or ROOT_TO_PLOVER.get(_root(ev.get("cameo")), "")


def keys(ev: dict[str, Any], level: str) -> tuple[Any, ...]:
    """What must agree for two events to match at ``level`` (root, dyad, full or plover)."""
    if level == "root":
        return (_root(ev.get("cameo")),)
    if level == "dyad":
        return (_root(ev.get("cameo")), _country(ev.get("source")), _country(ev.get("target")))
    if level == "full":
        return (str(ev.get("cameo") or "").strip(), str(ev.get("source") or "").upper(),
                str(ev.get("target") or "").upper())
    if level == "plover":
        return (_plover(ev),)
    raise ValueError(level)


def _match(g: tuple[Any, ...], s: tuple[Any, ...], level: str) -> bool:
    if level != "dyad":
        return g == s
    if g[0] != s[0]:
        return False
    return all(gc is None or gc == sc for gc, sc in zip(g[1:], s[1:], strict=True))


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives of one scoring level."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp), rounded to 3 places; 0 without any system event."""
        return round(self.tp / (self.tp + self.fp), 3) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), rounded to 3 places; 0 without any gold event."""
        return round(self.tp / (self.tp + self.fn), 3) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall, rounded to 3 places."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return round(2 * p * r / (p + r), 3) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The counts and the three scores, as ``score.py --json`` prints them."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "p": self.precision,
                "r": self.recall, "f1": self.f1}


def score_level(gold: dict[str, dict[str, Any]], system: dict[str, dict[str, Any]],
                level: str) -> Score:
    """The score of ``system`` against ``gold`` at ``level``: each gold event matches at most one
    system event, in order."""
    tp = fp = fn = 0
    for gid, record in gold.items():
        g = [keys(e, level) for e in record.get("events", []) if keys(e, level)[0]]
        s = [keys(e, level) for e in system.get(gid, {}).get("events", []) if keys(e, level)[0]]
        used = [False] * len(s)
        for gk in g:
            for j, sk in enumerate(s):
                if not used[j] and _match(gk, sk, level):
                    used[j] = True
                    tp += 1
                    break
            else:
                fn += 1
        fp += used.count(False)
    return Score(tp, fp, fn)


def score(gold_records: list[dict[str, Any]],
          system_records: list[dict[str, Any]]) -> dict[str, Any]:
    """Every level's score of the system records against the gold records, and the number of gold
    sentences."""
    gold = {str(r["id"]): r for r in gold_records}
    system = {str(r["id"]): r for r in system_records}
    result: dict[str, Any] = {lvl: score_level(gold, system, lvl).to_dict() for lvl in LEVELS}
    result["sentences"] = len(gold)
    return result


def format_scores(result: dict[str, Any]) -> str:
    """The scores as text, one line per level, as ``score.py`` prints them."""
    lines = []
    for lvl in LEVELS:
        r = result[lvl]
        lines.append(f"{lvl:7s} P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f}  "
                     f"(tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    lines.append(f"sentences={result['sentences']}")
    return "\n".join(lines)


def code_gold(records: list[dict[str, Any]], lang: str, pipeline: Any) -> list[dict[str, Any]]:
    """System records, one per gold id, in gold order (``pipeline`` is a Pipeline)."""
    coded: list[dict[str, Any]] = []
    articles = list(gold_articles(records, lang))
    usable = [a for a in articles if a.text.strip()]
    documents = {a.source_id: d for a, d in zip(usable, pipeline.process(usable), strict=True)}
    for article in articles:
        sid = article.source_id or ""
        document = documents.get(sid)
        coded.append(system_record(sid, document) if document else {"id": sid, "events": []})
    return coded
