"""Documents as Arrow tables, one per store table: the single bulk-write path.

Local ingest, the Dask runner (which writes these tables as Parquet) and
``Store.write_documents`` all go through :func:`to_tables`. Events keep the nested form of
``Event.to_dict()``; ``when``/``where`` are renamed ``date``/``place`` (SQL keywords).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from operator import attrgetter
from typing import Any

import pyarrow as pa

from heraldo.model import Actor, Document, Event, Mention, Place, When, stable_hash

ACTOR = pa.struct([("code", pa.string()), ("country", pa.string()),
                   ("sectors", pa.list_(pa.string())), ("org", pa.string()),
                   ("name", pa.string()), ("kind", pa.string()), ("kb_id", pa.string())])
MENTION = pa.struct([("actor", ACTOR), ("text", pa.string()), ("start", pa.int32()),
                     ("end", pa.int32()), ("sentence", pa.int32()), ("how", pa.string())])
WHEN = pa.struct([("value", pa.string()), ("precision", pa.string()), ("text", pa.string()),
                  ("start", pa.int32()), ("end", pa.int32()), ("inferred", pa.bool_())])
PLACE = pa.struct([("name", pa.string()), ("country", pa.string()), ("lat", pa.float64()),
                   ("lon", pa.float64()), ("text", pa.string()), ("start", pa.int32()),
                   ("end", pa.int32())])

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([(c, pa.string()) for c in (
        "id", "source_id", "text", "language", "published", "title", "url", "source",
        "published_from")]),
    "actors": pa.schema([("actor_key", pa.string()), *((f.name, f.type) for f in ACTOR)]),
    "mentions": pa.schema([("article_id", pa.string()), ("position", pa.int32()),
                           ("actor_key", pa.string()), ("code", pa.string()),
                           ("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                           ("sentence", pa.int32()), ("how", pa.string())]),
    "events": pa.schema([
        ("id", pa.string()), ("article_id", pa.string()), ("position", pa.int32()),
        ("sentence", pa.int32()),
        ("start", pa.int32()), ("end", pa.int32()), ("trigger", pa.string()),
        ("sources", pa.list_(MENTION)), ("targets", pa.list_(MENTION)),
        ("cameo", pa.string()), ("plover", pa.string()), ("plover_mode", pa.string()),
        ("goldstein", pa.float64()), ("quad_class", pa.int32()), ("negated", pa.bool_()),
        ("modality", pa.string()), ("attributed_to", MENTION), ("date", WHEN),
        ("place", PLACE), ("confidence", pa.float64()), ("rule", pa.string()),
        ("evidence", pa.list_(pa.list_(pa.int32())))]),
    "relations": pa.schema([("article_id", pa.string()), ("position", pa.int32()),
                            ("kind", pa.string()), ("a", MENTION), ("b", MENTION),
                            ("evidence", pa.string()), ("start", pa.int32()),
                            ("end", pa.int32())]),
    "statements": pa.schema([("article_id", pa.string()), ("position", pa.int32()),
                             ("speaker", MENTION), ("content", pa.string()),
                             ("cue", pa.string()), ("start", pa.int32()), ("end", pa.int32())]),
}
TABLES = tuple(SCHEMAS)


@lru_cache(maxsize=65536)
def actor_key(actor: Actor) -> str:
    """The identity of an actor record in the ``actors`` table."""
    return stable_hash(actor.code, actor.country, "|".join(actor.sectors), actor.org,
                       actor.name, actor.kind, actor.kb_id)


def event_row(event: Event) -> dict[str, Any]:
    """The store row of an event: its JSON form with ``when``/``where`` named ``date``/``place``
    (SQL keywords otherwise)."""
    row = event.to_dict()
    row["date"] = row.pop("when")
    row["place"] = row.pop("where")
    return row


def event_from_row(row: dict[str, Any]) -> Event:
    """The Event of a stored row (``event_row``'s inverse)."""
    d = dict(row)
    d.pop("position", None)
    d["when"] = d.pop("date", None)
    d["where"] = d.pop("place", None)
    return Event.from_dict(d)


def _strings(items: list[Any], attr: str) -> pa.Array:
    return pa.array(list(map(attrgetter(attr), items)), pa.string())


def _ints(items: list[Any], attr: str) -> pa.Array:
    return pa.array(list(map(attrgetter(attr), items)), pa.int32())


def _bools(items: list[Any], attr: str) -> pa.Array:
    return pa.array(list(map(attrgetter(attr), items)), pa.bool_())


def _sparse(items: list[Any], build: Callable[[list[Any]], pa.Array],
            kind: pa.DataType) -> pa.Array:
    """``build`` over the items that are not None, spread back with nulls."""
    present = [x for x in items if x is not None]
    if len(present) == len(items):
        return build(items)
    if not present:
        return pa.nulls(len(items), kind)
    index: list[int | None] = []
    k = 0
    for x in items:
        index.append(None if x is None else k)
        k += x is not None
    return build(present).take(pa.array(index, pa.int32()))


def _actors(actors: list[Actor]) -> pa.StructArray:
    return pa.StructArray.from_arrays(
        [_strings(actors, "code"), _strings(actors, "country"),
         pa.array([list(a.sectors) for a in actors], pa.list_(pa.string())),
         _strings(actors, "org"), _strings(actors, "name"), _strings(actors, "kind"),
         _strings(actors, "kb_id")], fields=list(ACTOR))


class _Actors:
    """The distinct actors of a batch; columns of actors are built once per actor."""

    def __init__(self) -> None:
        self.by_id: dict[int, int] = {}
        self.by_value: dict[Actor, int] = {}
        self.unique: list[Actor] = []
        self._struct: pa.StructArray | None = None

    def index(self, actors: Iterable[Actor]) -> pa.Array:
        out = []
        for a in actors:
            i = self.by_id.get(id(a))
            if i is None:
                i = self.by_value.setdefault(a, len(self.unique))
                if i == len(self.unique):
                    self.unique.append(a)
                self.by_id[id(a)] = i
            out.append(i)
        return pa.array(out, pa.int32())

    def struct(self) -> pa.StructArray:
        if self._struct is None or len(self._struct) != len(self.unique):
            self._struct = _actors(self.unique)
        return self._struct

    def keys(self) -> pa.Array:
        return pa.array([actor_key(a) for a in self.unique], pa.string())


def _mentions_of(actors: _Actors) -> Callable[[list[Mention]], pa.StructArray]:
    def build(ms: list[Mention]) -> pa.StructArray:
        index = actors.index(m.actor for m in ms)
        return pa.StructArray.from_arrays(
            [actors.struct().take(index), _strings(ms, "text"), _ints(ms, "start"),
             _ints(ms, "end"), _ints(ms, "sentence"), _strings(ms, "how")],
            fields=list(MENTION))
    return build


def _mention_lists(lists: list[tuple[Mention, ...]], actors: _Actors) -> pa.ListArray:
    offsets = [0]
    for ms in lists:
        offsets.append(offsets[-1] + len(ms))
    flat = [m for ms in lists for m in ms]
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), _mentions_of(actors)(flat))


def _present_whens(ws: list[When]) -> pa.StructArray:
    return pa.StructArray.from_arrays(
        [_strings(ws, "value"), _strings(ws, "precision"), _strings(ws, "text"),
         _ints(ws, "start"), _ints(ws, "end"), _bools(ws, "inferred")],
        fields=list(WHEN))


def _present_places(ps: list[Place]) -> pa.StructArray:
    return pa.StructArray.from_arrays(
        [_strings(ps, "name"), _strings(ps, "country"),
         pa.array([p.lat for p in ps], pa.float64()), pa.array([p.lon for p in ps], pa.float64()),
         _strings(ps, "text"), _ints(ps, "start"), _ints(ps, "end")], fields=list(PLACE))


def _events(docs: list[Document], actors: _Actors) -> pa.Table:
    es = [e for d in docs for e in d.events]
    columns = {
        "id": _strings(es, "id"), "article_id": _strings(es, "article_id"),
        "position": pa.array([i for d in docs for i in range(len(d.events))], pa.int32()),
        "sentence": _ints(es, "sentence"), "start": _ints(es, "start"), "end": _ints(es, "end"),
        "trigger": _strings(es, "trigger"),
        "sources": _mention_lists([e.sources for e in es], actors),
        "targets": _mention_lists([e.targets for e in es], actors),
        "cameo": _strings(es, "cameo"), "plover": _strings(es, "plover"),
        "plover_mode": _strings(es, "plover_mode"),
        "goldstein": pa.array([e.goldstein for e in es], pa.float64()),
        "quad_class": _ints(es, "quad_class"), "negated": _bools(es, "negated"),
        "modality": _strings(es, "modality"),
        "attributed_to": _sparse([e.attributed_to for e in es], _mentions_of(actors), MENTION),
        "date": _sparse([e.when for e in es], _present_whens, WHEN),
        "place": _sparse([e.where for e in es], _present_places, PLACE),
        "confidence": pa.array([e.confidence for e in es], pa.float64()),
        "rule": _strings(es, "rule"),
        "evidence": pa.array([[list(span) for span in e.evidence] for e in es],
                             pa.list_(pa.list_(pa.int32()))),
    }
    return pa.Table.from_pydict(columns, schema=SCHEMAS["events"])


def _mention_table(documents: list[Document], actors: _Actors) -> pa.Table:
    ids = [d.article.id for d in documents for _ in d.mentions]
    positions = [i for d in documents for i in range(len(d.mentions))]
    ms = [m for d in documents for m in d.mentions]
    index = actors.index(m.actor for m in ms)
    columns = {"article_id": pa.array(ids, pa.string()),
               "position": pa.array(positions, pa.int32()),
               "actor_key": actors.keys().take(index),
               "code": pa.array([m.actor.code for m in ms], pa.string()),
               "text": _strings(ms, "text"), "start": _ints(ms, "start"),
               "end": _ints(ms, "end"), "sentence": _ints(ms, "sentence"),
               "how": _strings(ms, "how")}
    return pa.Table.from_pydict(columns, schema=SCHEMAS["mentions"])


def _positioned(documents: list[Document], name: str) -> pa.Table:
    rows = [{"article_id": d.article.id, "position": i, **r.to_dict()}
            for d in documents for i, r in enumerate(getattr(d, name))]
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])


def _unique(documents: Iterable[Document]) -> list[Document]:
    seen: dict[str, Document] = {}
    for doc in documents:
        seen.setdefault(doc.article.id, doc)
    return list(seen.values())


@contextmanager
def _no_gc() -> Iterator[None]:
    """Conversion makes many short-lived lists and no cycles: pause the cyclic GC, which
    would otherwise rescan the (large, young) batch of Documents over and over."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def to_tables(documents: Iterable[Document]) -> dict[str, pa.Table]:
    """One Arrow table per store table for ``documents`` (an article once, even if repeated)."""
    docs = _unique(documents)
    with _no_gc():
        return _tables(docs)


def _tables(docs: list[Document]) -> dict[str, pa.Table]:
    actors = _Actors()
    mentions = _mention_table(docs, actors)
    events = _events(docs, actors)
    return {
        "articles": pa.Table.from_pylist([d.article.to_dict() for d in docs],
                                         schema=SCHEMAS["articles"]),
        "actors": pa.Table.from_arrays([actors.keys(), *actors.struct().flatten()],
                                       schema=SCHEMAS["actors"]),
        "mentions": mentions,
        "events": events,
        "relations": _positioned(docs, "relations"),
        "statements": _positioned(docs, "statements"),
    }
