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
from dataclasses import dataclass
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
    #: the date group of each member (the id of its group's first event; None: undated)
    date_groups: tuple[str | None, ...]

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


def group_by_date(records: Sequence[EventRecord], window: int = WINDOW_DAYS) -> list[str | None]:
    """The date group of each of ``records`` (the id of the group's first event; None for an
    undated one): in order (day, most confident first), each dated event joins the first
    open group of its merge key whose first event is at most ``window`` days older and has
    a compatible place, else it opens a group."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i in sorted(range(len(records)), key=lambda i: _order(records[i])):
        by_key[records[i].merge_key].append(i)
    groups: list[str | None] = [None] * len(records)
    for members in by_key.values():
        open_groups: list[EventRecord] = []
        for i in members:
            record = records[i]
            if record.day is None:
                continue
            open_groups = [a for a in open_groups if _days(a, record) <= window]
            anchor = next((a for a in open_groups if compatible_places(a, record)), None)
            if anchor is None:
                open_groups.append(record)
            groups[i] = (anchor or record).id
    return groups


def _days(first: EventRecord, later: EventRecord) -> int:
    assert first.day is not None and later.day is not None
    return (later.day - first.day).days


def canonical_events(records: Sequence[EventRecord],
                     groups: Sequence[str | None]) -> list[Canonical]:
    """The canonical events of ``records`` in their date ``groups``: those of one merge key
    that share a date group or an article cluster are one; the representative is the
    earliest, then the most confident."""
    components = _Groups(len(records))
    first: dict[tuple[str, str, str], int] = {}
    for i, (record, group) in enumerate(zip(records, groups, strict=True)):
        links = [("cluster", record.cluster_id)] + ([("date", group)] if group is not None else [])
        for kind, value in links:
            components.union(first.setdefault((record.merge_key, kind, value), i), i)
    merged: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        merged[components.find(i)].append(i)
    result = []
    for members in merged.values():
        ordered = sorted(members, key=lambda i: _order(records[i]))
        result.append(Canonical(records[ordered[0]], tuple(records[i] for i in ordered),
                                tuple(groups[i] for i in ordered)))
    return result


def merge(records: Sequence[EventRecord], window: int = WINDOW_DAYS) -> list[Canonical]:
    """Canonical events over ``records`` (all the events of their merge keys)."""
    return canonical_events(records, group_by_date(records, window))
