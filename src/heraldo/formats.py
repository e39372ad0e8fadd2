"""Serialised forms of Documents: native JSON(L), CAMEO/GDELT-style TSV, PLOVER JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from heraldo.dyads import dyad_rows
from heraldo.model import Document, Event, Mention
from heraldo.ontology.event_code import EventCode

FORMATS = ("table", "json", "jsonl", "cameo-tsv", "plover-json")

CAMEO_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL", "Modality", "Negated", "Confidence",
    "Rule", "Trigger",
)


def _by_code(mentions: Iterable[Mention]) -> dict[str, Mention]:
    return {m.actor.code: m for m in mentions}


def cameo_rows(document: Document) -> Iterator[list[str]]:
    """One row per dyad (reciprocal events in both directions), GDELT 2.0 column names."""
    for event in document.events:
        if event.negated:
            continue
        actors = _by_code((*event.sources, *event.targets))
        for row in dyad_rows(event):
            yield _cameo_row(document, event, actors.get(row["source"]),
                             actors.get(row["target"]))


def _actor_cells(m: Mention | None) -> list[str]:
    if m is None:
        return ["", "", "", ""]
    a = m.actor
    return [a.code, m.text, a.country, a.sectors[0] if a.sectors else ""]


def _cameo_row(document: Document, event: Event, a1: Mention | None,
               a2: Mention | None) -> list[str]:
    date = (event.when.value or "") if event.when else ""
    where = event.where
    code = EventCode.parse(event.cameo)
    return [
        event.id, date.replace("-", ""), *_actor_cells(a1), *_actor_cells(a2),
        "1" if event.sentence == 0 else "0", event.cameo, code.base, code.root,
        str(event.quad_class), f"{event.goldstein:.1f}", str(len(event.evidence) or 1),
        where.name if where else "", where.country if where else "",
        "" if not where or where.lat is None else f"{where.lat:.4f}",
        "" if not where or where.lon is None else f"{where.lon:.4f}",
        document.article.url or "", event.modality, "1" if event.negated else "0",
        f"{event.confidence:.2f}", event.rule, event.trigger,
    ]


def cameo_tsv(documents: Iterable[Document]) -> Iterator[str]:
    """Heraldo's CAMEO TSV of ``documents``: the header, then one line per event dyad."""
    yield "\t".join(CAMEO_COLUMNS)
    for document in documents:
        for row in cameo_rows(document):
            yield "\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row)


def _actor_list(mentions: Iterable[Mention]) -> list[dict[str, Any]]:
    return [{"code": m.actor.code, "country": m.actor.country, "sectors": list(m.actor.sectors),
             "org": m.actor.org, "text": m.text} for m in mentions]


def plover_records(document: Document) -> Iterator[dict[str, Any]]:
    """PLOVER-style event records: actor lists, type, mode, context, evidence."""
    article = document.article
    for event in document.events:
        if not event.plover:
            continue
        yield {
            "id": event.id,
            "event_date": event.when.value if event.when else None,
            "event_type": event.plover,
            "mode": event.plover_mode,
            "context": [],
            "actor": _actor_list(event.sources),
            "recipient": _actor_list(event.targets),
            "negated": event.negated,
            "modality": event.modality,
            "location": event.where.to_dict() if event.where else None,
            "cameo": event.cameo,
            "confidence": event.confidence,
            "source_text": article.text[event.start:event.end],
            "article_id": article.id,
            "source_id": article.source_id,
            "publication_date": article.published,
        }


def plover_json(documents: Iterable[Document]) -> str:
    """The PLOVER-style records of ``documents`` as one indented JSON array."""
    return json.dumps([r for d in documents for r in plover_records(d)], ensure_ascii=False,
                      indent=2)
