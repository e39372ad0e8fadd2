"""Marked text, like displaCy: the spans of a Document (actors, event triggers and sides,
dates, places) as marks over its text, cut into segments that a template renders.

Segments carry plain text; the template escapes it (Jinja's autoescape), so article text
never reaches the page as markup. Marks never overlap: where two would, the one that
starts first (the longer, at the same start) is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from heraldo.model import Document, Event, Mention

#: the kinds of mark, in the order a legend lists them
KINDS = ("actor", "source", "target", "trigger", "date", "place")


@dataclass(frozen=True)
class Mark:
    """Characters ``start``..``end`` of a text are a ``kind`` (one of ``KINDS``), shown
    with a ``label`` (a code, a date) and ``title`` (a tooltip), linked to ``href``."""

    start: int
    end: int
    kind: str
    label: str
    title: str = ""
    href: str | None = None


@dataclass(frozen=True)
class Segment:
    """A piece of text, marked or not."""

    text: str
    mark: Mark | None = None


def segments(text: str, marks: Iterable[Mark], start: int = 0,
             end: int | None = None) -> list[Segment]:
    """``text[start:end]`` cut at the marks inside it (offsets are the whole text's)."""
    end = len(text) if end is None else min(end, len(text))
    out: list[Segment] = []
    at = start
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start < at or mark.end > end or mark.end <= mark.start:
            continue  # overlaps a kept mark, or lies outside the window
        if mark.start > at:
            out.append(Segment(text[at:mark.start]))
        out.append(Segment(text[mark.start:mark.end], mark))
        at = mark.end
    if at < end:
        out.append(Segment(text[at:end]))
    return out


def _actor(mention: Mention, kind: str = "actor") -> Mark:
    actor = mention.actor
    title = " · ".join(p for p in (actor.name, actor.kind, actor.country) if p)
    return Mark(mention.start, mention.end, kind, actor.code, title,
                f"/actors/{actor.code}" if actor.code else None)


def trigger_marks(event: Event, stored: bool = True) -> list[Mark]:
    """The event's trigger and the further evidence of it, each marked as a trigger
    (linked to the event's page when the event is ``stored``)."""
    spans = event.evidence or ((event.start, event.start + len(event.trigger)),)
    title = f"{event.plover} {event.plover_mode}".strip()
    href = f"/events/{event.id}" if stored else None
    return [Mark(a, b, "trigger", event.cameo, title, href) for a, b in spans]


def event_marks(event: Event) -> list[Mark]:
    """An event's own marks: trigger, sources and targets (an event page's sentence)."""
    sides = [_actor(m, "source") for m in event.sources]
    sides += [_actor(m, "target") for m in event.targets]
    return trigger_marks(event) + sides


def document_marks(document: Document, stored: bool = True) -> list[Mark]:
    """Every mark of an article: actors, triggers, dates and places (the triggers linked
    to their events' pages when the document is ``stored``)."""
    marks = [_actor(m) for m in document.mentions]
    seen: set[tuple[int, int]] = set()
    for event in document.events:
        marks += trigger_marks(event, stored)
        for span, kind, label in _anchored(event):
            if span not in seen:
                seen.add(span)
                marks.append(Mark(span[0], span[1], kind, label))
    return marks


def _anchored(event: Event) -> list[tuple[tuple[int, int], str, str]]:
    """The event's date and place where the text names them: (span, kind, label)."""
    found = []
    when, where = event.when, event.where
    if when and when.start is not None and when.end is not None and not when.inferred:
        found.append(((when.start, when.end), "date", when.value or when.text))
    if where and where.start is not None and where.end is not None:
        found.append(((where.start, where.end), "place",
                      " · ".join(p for p in (where.name, where.country) if p)))
    return found


def legend(marks: Sequence[Mark]) -> list[str]:
    """The kinds that occur among ``marks``, in the order of ``KINDS``."""
    present = {m.kind for m in marks}
    return [k for k in KINDS if k in present]
