"""The records Heraldo produces: frozen dataclasses with a JSON-ready dict form.

Every record has ``to_dict()`` and ``from_dict()``; ``Document.to_dict()`` is the
versioned JSON form described by ``data/schema/document.schema.json``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

Modality = Literal["asserted", "reported", "intended", "expected", "hypothetical"]
MODALITIES: tuple[str, ...] = ("asserted", "reported", "intended", "expected", "hypothetical")
Precision = Literal["day", "month", "year", "unknown"]
ActorKind = Literal["state", "person", "organisation", "group"]
#: where an article's publication date came from (``heraldo.ingest.published``)
PublishedFrom = Literal["metadata", "url", "id", "dateline", "argument", "text"]


def normalise_text(text: str) -> str:
    """The form of a text that its identity is computed from (NFC, collapsed whitespace)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def stable_hash(*parts: object, length: int = 16) -> str:
    """A short hex digest of the parts, stable across runs and machines."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def article_id(text: str) -> str:
    """The id of an article: the hash of its normalised text (re-ingesting is idempotent)."""
    return stable_hash(normalise_text(text))


@dataclass(frozen=True)
class Article:
    """A news article: its text (the id is a hash of it), language and where and when it was
    published."""

    id: str
    text: str
    language: str = "es"
    published: str | None = None
    source_id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_from: PublishedFrom | None = None

    @classmethod
    def from_text(cls, text: str, **kwargs: Any) -> Article:
        """An Article of ``text``, its id the hash of the normalised text."""
        return cls(id=article_id(text), text=text, **kwargs)

    def to_dict(self) -> dict[str, Any]:
        """Its JSON form, as the Document schema writes it."""
        return {
            "id": self.id,
            "source_id": self.source_id,
            "text": self.text,
            "language": self.language,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published_from": self.published_from,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """The Article of its JSON form (``to_dict``)."""
        return cls(
            id=d["id"],
            text=d["text"],
            language=d.get("language", "es"),
            published=d.get("published"),
            source_id=d.get("source_id"),
            title=d.get("title"),
            url=d.get("url"),
            source=d.get("source"),
            published_from=d.get("published_from"),
        )


@dataclass(frozen=True)
class Actor:
    """A resolved political actor. ``code`` follows CAMEO conventions (``RUSGOV``)."""

    code: str
    country: str = ""
    sectors: tuple[str, ...] = ()
    org: str = ""
    name: str = ""
    kind: ActorKind = "state"
    kb_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Its JSON form, as the Document schema writes it."""
        return {
            "code": self.code,
            "country": self.country,
            "sectors": list(self.sectors),
            "org": self.org,
            "name": self.name,
            "kind": self.kind,
            "kb_id": self.kb_id,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        """The Actor of its JSON form (``to_dict``)."""
        return cls(
            code=d["code"],
            country=d.get("country", ""),
            sectors=tuple(d.get("sectors", ())),
            org=d.get("org", ""),
            name=d.get("name", ""),
            kind=d.get("kind", "state"),
            kb_id=d.get("kb_id", ""),
        )


@dataclass(frozen=True)
class Mention:
    """A span of text that names an actor, with the rule that resolved it."""

    actor: Actor
    text: str
    start: int
    end: int
    sentence: int
    how: str

    def to_dict(self) -> dict[str, Any]:
        """Its JSON form, as the Document schema writes it."""
        return {
            "actor": self.actor.to_dict(),
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "how": self.how,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        """The Mention of its JSON form (``to_dict``)."""
        return cls(
            actor=Actor.from_dict(d["actor"]),
            text=d["text"],
            start=d["start"],
            end=d["end"],
            sentence=d["sentence"],
            how=d["how"],
        )


@dataclass(frozen=True)
class When:
    """When an event happened: an ISO value of some precision, the text it was read from, and
    whether it was inferred (from a reporting clause or the publication date)."""

    value: str | None
    precision: Precision = "unknown"
    text: str = ""
    start: int | None = None
    end: int | None = None
    inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Its JSON form, as the Document schema writes it."""
        return {
            "value": self.value,
            "precision": self.precision,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "inferred": self.inferred,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> When:
        """The When of its JSON form (``to_dict``)."""
        return cls(
            value=d.get("value"),
            precision=d.get("precision", "unknown"),
            text=d.get("text", ""),
            start=d.get("start"),
            end=d.get("end"),
            inferred=d.get("inferred", False),
        )


@dataclass(frozen=True)
class Place:
    """Where an event happened: a place name, its country (ISO alpha-3), coordinates when known,
    and the text it was read from."""

    name: str
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    text: str = ""
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Its JSON form, as the Document schema writes it."""
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        """The Place of its JSON form (``to_dict``)."""
        return cls(
            name=d["name"],
            country=d.get("country", ""),
            lat=d.get("lat"),
            lon=d.get("lon"),
            text=d.get("text", ""),
            start=d.get("start"),
            end=d.get("end"),
        )


@dataclass(frozen=True)
class Event:
    """A coded event: its trigger and sentence, source and target mentions, CAMEO and PLOVER
    codes, date, place, modality, the rule that coded it and its evidence."""

    id: str
    article_id: str
    sentence: int
    start: int
    end: int
    trigger: str
    sources: tuple[Mention, ...]
    targets: tuple[Mention, ...]
    cameo: str
    plover: str
    plover_mode: str
    goldstein: float
    quad_class: int
    negated: bool = False
    modality: Modality = "asserted"
    attributed_to: Mention | None = None
    when: When | None = None
    where: Place | None = None
    confidence: float = 0.5
    rule: str = ""
    evidence: tuple[tuple[int, int], ...] = field(default=())

    def dedup_key(self) -> tuple[Any, ...]:
        """Within an article an event is unique by (sources, targets, CAMEO code, date)."""
        date = self.when.value if self.when else None
        return (
            tuple(sorted(m.actor.code for m in self.sources)),
            tuple(sorted(m.actor.code for m in self.targets)),
            self.cameo,
            date,
        )

    def to_dict(self) -> dict[str, Any]:
        """Its JSON form, as the Document schema writes it."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "sources": [m.to_dict() for m in self.sources],
            "targets": [m.to_dict() for m in self.targets],
            "cameo": self.cameo,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "negated": self.negated,
            "modality": self.modality,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "when": self.when.to_dict() if self.when else None,
            "where": self.where.to_dict() if self.where else None,
            "confidence": self.confidence,
            "rule": self.rule,
            "evidence": [list(span) for span in self.evidence],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        """The Event of its JSON form (``to_dict``)."""
        attributed = d.get("attributed_to")
        return cls(
            id=d["id"],
            article_id=d["article_id"],
            sentence=d["sentence"],
            start=d["start"],
            end=d["end"],
            trigger=d["trigger"],
            sources=tuple(Mention.from_dict(m) for m in d.get("sources", ())),
            targets=tuple(Mention.from_dict(m) for m in d.get("targets", ())),
            cameo=d["cameo"],
            plover=d.get("plover", ""),
            plover_mode=d.get("plover_mode", ""),
            goldstein=d.get("goldstein", 0.0),
            quad_class=d.get("quad_class", 0),
            negated=d.get("negated", False),
            modality=d.get("modality", "asserted"),
            attributed_to=Mention.from_dict(attributed) if attributed else None,
            when=When.from_dict(d["when"]) if d.get("when") else None,
            where=Place.from_dict(d["where"]) if d.get("where") else None,
            confidence=d.get("confidence", 0.5),
            rule=d.get("rule", ""),
            evidence=tuple((int(a), int(b)) for a, b in d.get("evidence", ())),
        )


@dataclass(frozen=True)
class Relation:
    """A relation between two actor mentions (e.g. a person's post in an organisation) with its
    evidence."""

    kind: str
    a: Mention
    b: Mention
    evidence: str
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Its JSON form, as the Document schema writes it."""
        return {
            "kind": self.kind,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Relation:
        """The Relation of its JSON form (``to_dict``)."""
        return cls(
            kind=d["kind"],
            a=Mention.from_dict(d["a"]),
            b=Mention.from_dict(d["b"]),
            evidence=d["evidence"],
            start=d.get("start", 0),
            end=d.get("end", 0),
        )


@dataclass(frozen=True)
class Statement:
    """Reported speech: who said it (when known), what was said and the verb that reports it."""

    speaker: Mention | None
    content: str
    cue: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Its JSON form, as the Document schema writes it."""
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "content": self.content,
            "cue": self.cue,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        """The Statement of its JSON form (``to_dict``)."""
        speaker = d.get("speaker")
        return cls(
            speaker=Mention.from_dict(speaker) if speaker else None,
            content=d["content"],
            cue=d["cue"],
            start=d["start"],
            end=d["end"],
        )


@dataclass(frozen=True)
class Document:
    """Everything coded in one article: its mentions, events, relations and statements."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    statements: tuple[Statement, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Its JSON form (with the schema version), as ``document-1.0.schema.json`` describes it."""
        return {
            "schema_version": SCHEMA_VERSION,
            "article": self.article.to_dict(),
            "mentions": [m.to_dict() for m in self.mentions],
            "events": [e.to_dict() for e in self.events],
            "relations": [r.to_dict() for r in self.relations],
            "statements": [s.to_dict() for s in self.statements],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        """The Document of its JSON form; a ValueError for another schema version."""
        version = d.get("schema_version")
        if version != SCHEMA_VERSION:
            raise ValueError(
                f"unsupported Document schema_version {version!r}; this Heraldo reads "
                f"{SCHEMA_VERSION!r}"
            )
        return cls(
            article=Article.from_dict(d["article"]),
            mentions=tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
            events=tuple(Event.from_dict(e) for e in d.get("events", ())),
            relations=tuple(Relation.from_dict(r) for r in d.get("relations", ())),
            statements=tuple(Statement.from_dict(s) for s in d.get("statements", ())),
        )
