"""The era of an undated article: when the offices its text gives known people were held.

Some corpora carry no date and mask every figure (the FakeNewsCorpusSpanish writes
"*NUMBER*" for years). Without a date a person the text does not title takes their latest
role: Biden is president in a 2020 campaign piece, Ceausescu governs Romania in a 2019 one.
The titles the text gives people the dictionary knows say when it was written: "el
presidente Trump" puts it in 2017-2021, "el expresidente Obama" after 2017, "el candidato
López Obrador" in one of his campaigns. The estimate is the middle of the stretch of time
that agrees with the most of those titles, and then with the offices of the other known
people the text names. A text that titles nobody is dated by the offices alone, when at
least two of its people held one at the same time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from heraldo.actors.kb import Entry

#: how many untitled known people must have held office at the same time to date a text
TOGETHER = 2
#: the people table is current to this date (``data/actors/SOURCES.md``): an office held
#: now is taken to run until then
OPEN_UNTIL = "2026-11-01"


@dataclass(frozen=True)
class Title:
    """A known person as the text titles them: holding an office of ``sector``, or, for
    "ELI", having left one ("el expresidente")."""

    entry: Entry
    sector: str


def periods(title: Title, until: str = OPEN_UNTIL) -> list[tuple[str, str]]:
    """The stretches of time (start, end) in which the title was true of its person."""
    roles = title.entry.roles
    if title.sector == "ELI":  # a former office: any time after the first one ended
        ends = [r.end for r in roles if r.end]
        return [(min(ends), until)] if ends else []
    return [(r.start, r.end or until) for r in roles if r.sector == title.sector]


def era(titles: Iterable[Title], people: Iterable[Entry] = (),
        until: str = OPEN_UNTIL) -> str | None:
    """The date (ISO) an undated text most likely speaks from, or None: the middle of the
    stretch of time that the most titles agree with; of those, the one in which the most of
    the known ``people`` it names (titled or not) held some office ("el presidente Trump"
    and Videgaray, Mexico's foreign secretary in 2017-2018: Trump's first term); of those,
    the latest. Without titles, the people's offices alone (``_together``)."""
    spans = [p for p in dict.fromkeys((t.entry.kb_id, t.sector, tuple(periods(t, until)))
                                      for t in titles) if p[2]]
    offices = [[(r.start, r.end or until) for r in entry.roles]
               for entry in {e.kb_id: e for e in people}.values()]
    if not spans:
        return _together(offices)
    points = _boundaries([*(s[2] for s in spans), *offices])
    if len(points) == 1:
        return points[0].isoformat()
    best: tuple[int, int, dt.date, dt.date] | None = None
    for start, end in pairwise(points):
        agree = sum(_within(start, end, s[2]) for s in spans)
        active = sum(_overlaps(start, end, held) for held in offices)
        if agree and (best is None or (agree, active) >= best[:2]):
            best = (agree, active, start, end)
    if best is None:
        return None
    start, end = best[2:]
    return (start + (end - start) / 2).isoformat()


def _together(offices: list[list[tuple[str, str]]]) -> str | None:
    """Without titles, the middle of the one unbroken stretch of time in which the most of
    the known people held office, when at least two did at once: López Obrador, Peña Nieto
    and Trump put a text in 2016-2018, before López Obrador governed. One person, people
    who never held office together, or two separate stretches that tie give no era."""
    points = _boundaries(offices)
    stretches = [(sum(_overlaps(start, end, held) for held in offices), start, end)
                 for start, end in pairwise(points)]
    most = max((s[0] for s in stretches), default=0)
    # the runs of adjacent stretches in which that many held office
    runs: list[list[dt.date]] = []
    for active, start, end in stretches:
        if active != most:
            continue
        if runs and runs[-1][1] == start:
            runs[-1][1] = end
        else:
            runs.append([start, end])
    if most < TOGETHER or len(runs) != 1:
        return None
    start, end = runs[0]
    return (start + (end - start) / 2).isoformat()


def _boundaries(stretch_lists: Iterable[Iterable[tuple[str, str]]]) -> list[dt.date]:
    """The days on which any of the stretches starts or ends, in order."""
    return sorted({_day(d) for stretches in stretch_lists for stretch in stretches
                   for d in stretch})


def _within(start: dt.date, end: dt.date, stretches: Iterable[tuple[str, str]]) -> bool:
    return any(_day(a) <= start and end <= _day(b) for a, b in stretches)


def _overlaps(start: dt.date, end: dt.date, stretches: Iterable[tuple[str, str]]) -> bool:
    return any(_day(a) < end and start < _day(b) for a, b in stretches)


def _day(value: str) -> dt.date:
    """A date of the people table, which may give only a year or a month."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])
