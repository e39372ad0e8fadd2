"""PLOVER event records (JSON): the fields of the PLOVER event schema, one record per
canonical event, described by ``data/schema/plover-event.schema.json``.

``event`` and ``mode`` are the PLOVER type and mode; ``context`` the contexts Heraldo
knows (``data/ontology/plover_contexts.tsv``: by CAMEO code prefix, e.g. 14 -> protest,
and by the actors' sectors, e.g. MIL -> military); ``actor`` and ``recipient`` lists of
actors with the knowledge base's name. Provenance (``article_id``, ``url``, ``source``,
``sentence``) and the counts over every mention complete each record. Events PLOVER has
no type for (CAMEO 01, statements) have no record: the export counts them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from heraldo.errors import DataError
from heraldo.model import Event, Mention
from heraldo.query.names import canonical_name
from heraldo.resources import data_path, read_tsv
from heraldo.store.canonical import Canonical


@cache
def _contexts() -> tuple[dict[str, str], dict[str, str]]:
    """(context by CAMEO code prefix, context by sector)."""
    by: dict[str, dict[str, str]] = {"cameo": {}, "sector": {}}
    for row in read_tsv(data_path("ontology", "plover_contexts.tsv"),
                        ("kind", "value", "context")):
        if row["kind"] not in by:
            raise DataError(f"{row['_line']}: unknown kind {row['kind']!r}")
        by[row["kind"]][row["value"]] = row["context"]
    return by["cameo"], by["sector"]


def contexts(event: Event) -> list[str]:
    """The PLOVER contexts of ``event``, in a stable order, each once."""
    by_code, by_sector = _contexts()
    found = [c for prefix, c in by_code.items() if event.cameo.startswith(prefix)]
    for mention in (*event.sources, *event.targets):
        found += [by_sector[s] for s in mention.actor.sectors if s in by_sector]
    return sorted(set(found))


def _actors(mentions: Iterable[Mention], lang: str) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for m in mentions:
        a = m.actor
        seen.setdefault(a.code, {"code": a.code, "name": canonical_name(a, lang),
                                 "country": a.country or None, "sectors": list(a.sectors),
                                 "text": m.text})
    return list(seen.values())


def plover_record(canonical: Canonical) -> dict[str, Any] | None:
    """The PLOVER record of a canonical event, or None when PLOVER has no type for it."""
    event, article, row = canonical.event, canonical.article, canonical.row
    if not event.plover:
        return None
    where = event.where
    return {
        "id": event.id,
        "date": row["day"].isoformat() if row["day"] else None,
        "date_value": row["date_value"],
        "event": event.plover,
        "mode": event.plover_mode or None,
        "context": contexts(event),
        "actor": _actors(event.sources, article.language),
        "recipient": _actors(event.targets, article.language),
        "negated": event.negated,
        "modality": event.modality,
        "cameo": event.cameo,
        "intensity": event.goldstein,
        "confidence": row["confidence"],
        "location": None if where is None else {
            "name": where.name, "country": where.country or None, "lat": where.lat,
            "lon": where.lon},
        "article_id": article.id,
        "url": article.url,
        "source": article.source,
        "sentence": canonical.sentence,
        "publication_date": article.published,
        "num_mentions": row["num_mentions"],
        "num_sources": row["num_sources"],
        "num_articles": row["num_articles"],
    }
