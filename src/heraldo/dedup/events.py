"""The same event reported by several articles, merged into one canonical event.

Two events are the same when they have the same actors (source and target codes), the
same CAMEO code and negation, and either come from near-duplicate articles, or fall in
one date group: a group opens with an event and takes the later events within ``window``
days of that first one whose places are compatible (one unknown, the same name, or the
same country). The canonical event keeps every mention: ``num_mentions`` (evidence spans
over all articles), ``num_articles``, ``num_sources``.

Date groups are formed in runs: the dated events of one merge key whose days follow each
other with gaps of at most ``window`` days. A group never spans two runs, and the groups
of a run depend only on its own events, so an added event changes the groups of its run
alone (``heraldo.dedup.canonical`` merges incrementally with it).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

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
    #: the id of the first event of its date group (None: undated, or not grouped yet)
    date_group: str | None = None

    @cached_property
    def merge_key(self) -> str:
        """Its actors (sets of codes), CAMEO code and negation as one string: only events
        with the same merge key can merge."""
        sources = ",".join(sorted(set(self.sources)))
        targets = ",".join(sorted(set(self.targets)))
        return f"{sources}|{targets}|{self.cameo}|{int(self.negated)}"


@dataclass(frozen=True)
class Canonical:
    """Events merged as one: the representative (the earliest, then most confident) and every
    member, with the counts GDELT gives an event."""

    representative: EventRecord
    members: tuple[EventRecord, ...]

    @property
    def id(self) -> str:
        """The representative's event id, which names the canonical event."""
        return self.representative.id

    @property
    def num_mentions(self) -> int:
        """The evidence spans over all its members (each member at least one)."""
        return sum(max(1, m.mentions) for m in self.members)

    @property
    def num_articles(self) -> int:
        """The number of articles its members come from."""
        return len({m.article_id for m in self.members})

    @property
    def num_sources(self) -> int:
        """The number of sources (agencies, hosts or clusters) its members come from."""
        return len({m.source for m in self.members})

    @property
    def confidence(self) -> float:
        """The highest confidence of its members."""
        return max(m.confidence for m in self.members)


def compatible_places(a: EventRecord, b: EventRecord) -> bool:
    """Whether two events may have happened at one place: one unknown, the same name, or the same
    country."""
    if not a.place_name or not b.place_name:
        return True
    if a.place_name == b.place_name:
        return True
    return bool(a.place_country) and a.place_country == b.place_country


class _Groups:
    """Union-find over the indices of a list of records."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        """The root of ``x``'s group."""
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        """Join the groups of ``a`` and ``b`` (the smaller root stays the root)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _order(r: EventRecord) -> tuple[object, ...]:
    return (r.day is None, r.day or dt.date.min, -r.confidence, r.id)


def group_by_date(records: Sequence[EventRecord],
                  window: int = WINDOW_DAYS) -> list[EventRecord]:
    """``records`` with their date groups: in order (day, most confident first), each
    dated event joins the first open group whose first event is at most ``window`` days
    older and has a compatible place, else it opens a group; undated events have none."""
    by_key: dict[str, list[EventRecord]] = defaultdict(list)
    for record in sorted(records, key=_order):
        by_key[record.merge_key].append(record)
    grouped = []
    for members in by_key.values():
        open_groups: list[EventRecord] = []
        for record in members:
            if record.day is None:
                grouped.append(record if record.date_group is None
                               else replace(record, date_group=None))
                continue
            open_groups = [a for a in open_groups if _days(a, record) <= window]
            anchor = next((a for a in open_groups if compatible_places(a, record)), None)
            if anchor is None:
                open_groups.append(record)
            grouped.append(replace(record, date_group=(anchor or record).id))
    return grouped


def _days(first: EventRecord, later: EventRecord) -> int:
    assert first.day is not None and later.day is not None
    return (later.day - first.day).days


def canonical_events(records: Sequence[EventRecord]) -> list[Canonical]:
    """The canonical events of grouped ``records``: those of one merge key that share a
    date group or an article cluster are one; the representative is the earliest, then
    the most confident."""
    groups = _Groups(len(records))
    first: dict[tuple[str, str, str], int] = {}
    for i, record in enumerate(records):
        key = record.merge_key
        links = [("cluster", record.cluster_id)]
        if record.date_group is not None:
            links.append(("date", record.date_group))
        for kind, value in links:
            groups.union(first.setdefault((key, kind, value), i), i)
    merged: dict[int, list[EventRecord]] = defaultdict(list)
    for i, record in enumerate(records):
        merged[groups.find(i)].append(record)
    result = []
    for members in merged.values():
        ordered = sorted(members, key=_order)
        result.append(Canonical(ordered[0], tuple(ordered)))
    return result


def merge(records: Sequence[EventRecord], window: int = WINDOW_DAYS) -> list[Canonical]:
    """Canonical events over ``records`` (all the events of their merge keys)."""
    return canonical_events(group_by_date(records, window))
