"""PLOVER event records (JSON), one per canonical event, with the field names of the
PLOVER specification's "JSON Data Fields" (Open Event Data Alliance, PLOVER manual, draft
version 0.7b1), described by ``data/schema/plover-export.schema.json``.

``event``, ``mode`` and ``context`` are lists (the specification lets each hold several
values): the PLOVER type, its mode, and the contexts Heraldo knows
(``data/ontology/plover_contexts.tsv``: by CAMEO code prefix, e.g. 14 -> protest, and by
the actors' sectors, e.g. MIL -> military). ``source`` and ``recipient`` are actor objects
(``code``, ``sector``, ``actor_text``, ``identifier_id``/``identifier_text``: the
knowledge base's id and name); ``event_loc`` a location object with geonames' field
names; ``event_scale`` the Goldstein score, ``quad_code`` the quad class. Provenance is in
``text`` (the sentence of the first mention), ``text_info`` (its number, from 1) and
``cite_info`` (article id as ``citation``, ``url``, source as ``publication``,
``language``). Heraldo's own fields follow (modality, negation, CAMEO code, confidence,
counts over every mention): the specification welcomes extra named fields. Events PLOVER
has no type for (CAMEO 01, statements) have no record: the export counts them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from heraldo.errors import DataError
from heraldo.model import Event, Mention, Place
from heraldo.ontology.actor_code import ActorCode
from heraldo.ontology.countries import country
from heraldo.query.names import canonical_name
from heraldo.resources import data_path, read_tsv
from heraldo.store.canonical import Canonical

#: the ``coder`` of every record
CODER = "heraldo"


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
    """PLOVER actor objects (``code`` the head of the CAMEO code, ``sector`` its roles),
    each code once, with Heraldo's full code and country."""
    seen: dict[str, dict[str, Any]] = {}
    for m in mentions:
        a = m.actor
        seen.setdefault(a.code, {
            "code": ActorCode.parse(a.code).head, "sector": "".join(a.sectors) or None,
            "actor_text": m.text, "identifier_id": a.kb_id or None,
            "identifier_text": canonical_name(a, lang), "cameo_code": a.code,
            "country": a.country or None})
    return list(seen.values())


def _location(where: Place | None) -> dict[str, Any] | None:
    """A PLOVER location object (geonames field names) of the event's place."""
    if where is None:
        return None
    found = country(where.country)
    return {"name": where.name, "latitude": where.lat, "longitude": where.lon,
            "country code": found.iso2 if found else None, "cc3": where.country or None}


def plover_record(canonical: Canonical) -> dict[str, Any] | None:
    """The PLOVER record of a canonical event, or None when PLOVER has no type for it."""
    event, article, row = canonical.event, canonical.article, canonical.row
    if not event.plover:
        return None
    return {
        "id": event.id,
        "date": row["day"].isoformat() if row["day"] else None,
        "source": _actors(event.sources, article.language),
        "recipient": _actors(event.targets, article.language),
        "event": [event.plover],
        "mode": [event.plover_mode] if event.plover_mode else [],
        "context": contexts(event),
        "event_loc": _location(event.where),
        "event_text": [event.trigger],
        "quad_code": event.quad_class,
        "event_scale": event.goldstein,
        "text": canonical.sentence,
        "text_info": {"sequence": event.sentence + 1},
        "cite_info": {"citation": article.id, "url": article.url,
                      "publication": article.source, "language": article.language},
        "coder": CODER,
        "date_value": row["date_value"],
        "publication_date": article.published,
        "negated": event.negated,
        "modality": event.modality,
        "cameo": event.cameo,
        "confidence": row["confidence"],
        "num_mentions": row["num_mentions"],
        "num_sources": row["num_sources"],
        "num_articles": row["num_articles"],
    }
