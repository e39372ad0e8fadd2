"""The same event reported by several articles, merged into one canonical event.

Two events are the same when they have the same actors (source and target codes), the
same CAMEO code and negation, and either come from near-duplicate articles, or have days
within ``window`` days of the first event of the group and compatible places (one
unknown, the same name, or the same country). The canonical event keeps every mention:
``num_mentions`` (evidence spans over all articles), ``num_articles``, ``num_sources``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

WINDOW_DAYS = 2


@dataclass(frozen=True)
class EventRecord:
    """What merging needs to know of a stored event."""

    id: str
    article_id: str
    cluster_id: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    cameo: str
    negated: bool
    day: dt.date | None
    place_name: str | None
    place_country: str | None
    mentions: int
    source: str
    confidence: float

    def key(self) -> tuple[object, ...]:
        return (tuple(sorted(set(self.sources))), tuple(sorted(set(self.targets))),
                self.cameo, self.negated)

    def merge_key(self) -> str:
        """``key()`` as a string: only events with the same one can merge."""
        sources = ",".join(sorted(set(self.sources)))
        targets = ",".join(sorted(set(self.targets)))
        return f"{sources}|{targets}|{self.cameo}|{int(self.negated)}"


@dataclass(frozen=True)
class Canonical:
    representative: EventRecord
    members: tuple[EventRecord, ...]

    @property
    def id(self) -> str:
        return self.representative.id

    @property
    def num_mentions(self) -> int:
        return sum(max(1, m.mentions) for m in self.members)

    @property
    def num_articles(self) -> int:
        return len({m.article_id for m in self.members})

    @property
    def num_sources(self) -> int:
        return len({m.source for m in self.members})

    @property
    def confidence(self) -> float:
        return max(m.confidence for m in self.members)


def compatible_places(a: EventRecord, b: EventRecord) -> bool:
    if not a.place_name or not b.place_name:
        return True
    if a.place_name == b.place_name:
        return True
    return bool(a.place_country) and a.place_country == b.place_country


class _Groups:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _link_by_date(records: Sequence[EventRecord], members: list[int], groups: _Groups,
                  window: int) -> None:
    """Join each dated event to the first open group whose first event is at most
    ``window`` days older and has a compatible place; else it opens a group."""
    dated = sorted((i for i in members if records[i].day is not None),
                   key=lambda i: _order(records[i]))
    open_groups: list[int] = []
    for i in dated:
        open_groups = [a for a in open_groups if _days(records[a], records[i]) <= window]
        anchor = next((a for a in open_groups if compatible_places(records[a], records[i])),
                      None)
        if anchor is None:
            open_groups.append(i)
        else:
            groups.union(anchor, i)


def _days(first: EventRecord, later: EventRecord) -> int:
    assert first.day is not None and later.day is not None
    return (later.day - first.day).days


def _link_by_cluster(records: Sequence[EventRecord], members: list[int],
                     groups: _Groups) -> None:
    seen: dict[str, int] = {}
    for i in members:
        j = seen.setdefault(records[i].cluster_id, i)
        if j != i:
            groups.union(j, i)


def _order(r: EventRecord) -> tuple[object, ...]:
    return (r.day is None, r.day or dt.date.min, -r.confidence, r.id)


def merge(records: Sequence[EventRecord], window: int = WINDOW_DAYS) -> list[Canonical]:
    """Canonical events over ``records``; the representative is the earliest, then the
    most confident."""
    by_key: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        by_key[record.key()].append(i)
    groups = _Groups(len(records))
    for members in by_key.values():
        _link_by_date(records, members, groups, window)
        _link_by_cluster(records, members, groups)
    merged: dict[int, list[EventRecord]] = defaultdict(list)
    for i, record in enumerate(records):
        merged[groups.find(i)].append(record)
    result = []
    for members_ in merged.values():
        ordered = sorted(members_, key=_order)
        result.append(Canonical(ordered[0], tuple(ordered)))
    return result
