"""Marked text: segments cover the text exactly, marks never overlap, and an article's
actors, triggers, dates and places become marks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from heraldo.model import Actor, Article, Document, Event, Mention, Place, When
from heraldo.server.markup import Mark, document_marks, event_marks, legend, segments

TEXT = "Petro se reunió el martes en Caracas con Maduro."


def _mention(text: str, code: str) -> Mention:
    start = TEXT.index(text)
    return Mention(Actor(code, name=text), text, start, start + len(text), 0, "kb")


def _event() -> Event:
    petro, maduro = _mention("Petro", "COLGOV"), _mention("Maduro", "VENGOV")
    trigger = TEXT.index("reunió")
    when = When("2024-03-12", "day", "el martes", TEXT.index("el martes"),
                TEXT.index("el martes") + 9)
    where = Place("Caracas", "VEN", 10.5, -66.9, "Caracas", TEXT.index("Caracas"),
                  TEXT.index("Caracas") + 7)
    return Event("ev1", "a1", 0, 0, len(TEXT) - 1, "reunió", (petro,), (maduro,), "043",
                 "CONSULT", "visit", 2.8, 1, when=when, where=where,
                 evidence=((trigger, trigger + 6),))


def test_segments_cover_the_text_and_keep_the_first_of_overlapping_marks():
    marks = [Mark(0, 5, "actor", "COLGOV"), Mark(3, 10, "trigger", "043"),
             Mark(9, 15, "date", "x")]
    parts = segments(TEXT, marks)
    assert "".join(p.text for p in parts) == TEXT
    assert [p.mark.label for p in parts if p.mark] == ["COLGOV", "x"]


def test_a_window_keeps_only_the_marks_inside_it():
    parts = segments(TEXT, [Mark(0, 5, "actor", "A"), Mark(41, 47, "actor", "B")], 6, 30)
    assert "".join(p.text for p in parts) == TEXT[6:30]
    assert not any(p.mark for p in parts)


def test_an_event_marks_its_trigger_and_both_sides():
    parts = segments(TEXT, event_marks(_event()))
    marked = {(p.text, p.mark.kind) for p in parts if p.mark}
    assert marked == {("Petro", "source"), ("reunió", "trigger"), ("Maduro", "target")}
    source = next(p.mark for p in parts if p.mark and p.mark.kind == "source")
    assert source.href == "/actors/COLGOV"


def test_an_article_marks_actors_triggers_dates_and_places():
    event = _event()
    document = Document(Article("a1", TEXT), (*event.sources, *event.targets), (event,))
    marks = document_marks(document)
    assert legend(marks) == ["actor", "trigger", "date", "place"]
    shown = {p.text: p.mark.label for p in segments(TEXT, marks) if p.mark}
    assert shown == {"Petro": "COLGOV", "reunió": "043", "el martes": "2024-03-12",
                     "Caracas": "Caracas · VEN", "Maduro": "VENGOV"}


@given(st.text(max_size=40), st.lists(st.tuples(st.integers(-5, 50), st.integers(-5, 50)),
                                      max_size=8))
def test_segments_always_rebuild_the_text(text, spans):
    parts = segments(text, [Mark(a, b, "actor", "X") for a, b in spans])
    assert "".join(p.text for p in parts) == text
    assert all(p.text for p in parts)


def test_the_triggers_of_a_text_not_stored_link_nowhere():
    event = _event()
    document = Document(Article("a1", TEXT), (*event.sources, *event.targets), (event,))
    triggers = [m for m in document_marks(document, stored=False) if m.kind == "trigger"]
    assert triggers and all(m.href is None for m in triggers)
    assert all(m.href == "/events/ev1" for m in document_marks(document)
               if m.kind == "trigger")
