"""The filters of a dashboard page, read from its URL's query string: the CLI's options
(``actor``, ``source`` and ``target`` of a dyad, ``type``, ``since``, ``until``,
``min_confidence``, ``limit``) and the network's (``kind``, ``country``, ``min_events``).

Empty fields count as absent, so a submitted form with blanks means "no filter". A value
that cannot be read raises ``FormError`` naming the parameter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, get_args

from heraldo.model import ActorKind

#: the kinds of actor a network can be narrowed to
KINDS: tuple[str, ...] = get_args(ActorKind)
#: the date range's parameters (the CLI's options), and the filters of every page
DATES = ("since", "until")
FILTERS = ("actor", "type", *DATES)
#: events per page of the events table: the default and the most
LIMIT, MOST = 50, 500
#: edges of a network: the heaviest shown by default, and the most
EDGES, MOST_EDGES = 300, 5000


class FormError(ValueError):
    """A query parameter that cannot be read: ``name`` and why."""

    def __init__(self, name: str, message: str) -> None:
        """The parameter ``name`` could not be read, because of ``message``."""
        super().__init__(f"{name}: {message}")
        self.name = name


@dataclass
class Form:
    """What a page's query string asked for: the values as given (to fill its form in
    again) and the keyword arguments they make for a ``Store`` query."""

    values: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)


def _text(params: Mapping[str, str], name: str) -> str | None:
    value = params.get(name, "").strip()
    if len(value) > 200:
        raise FormError(name, "longer than 200 characters")
    return value or None


def _day(params: Mapping[str, str], name: str) -> dt.date | None:
    value = _text(params, name)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FormError(name, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _number(params: Mapping[str, str], name: str, kind: type, low: float,
            high: float) -> Any:
    value = _text(params, name)
    if value is None:
        return None
    try:
        number = kind(value)
    except ValueError:
        raise FormError(name, f"{value!r} is not a{'n integer' if kind is int else ' number'}") \
            from None
    if not low <= number <= high:
        raise FormError(name, f"{value} is outside {low:g}..{high:g}")
    return number


def _common(params: Mapping[str, str], form: Form, *names: str) -> None:
    """The filters every listing shares (actor, type, the date range), and ``names``."""
    for name in (*FILTERS, *names):
        if name in DATES:
            form.query[name] = _day(params, name)
        elif name == "min_confidence":
            form.query[name] = _number(params, name, float, 0, 1)
        else:
            form.query[name] = _text(params, name)
        form.values[name] = params.get(name, "")
    first, last = (form.query[name] for name in DATES)
    if first and last and first > last:
        raise FormError(DATES[1], f"{last} is before {DATES[0]} ({first})")


def events_form(params: Mapping[str, str]) -> Form:
    """The events table's filters (``Store.events``), a page of ``limit`` events."""
    form = Form()
    _common(params, form, "min_confidence")
    source, target = _text(params, "source"), _text(params, "target")
    if bool(source) != bool(target):
        raise FormError("target" if source else "source", "a dyad needs both source and target")
    form.query["dyad"] = (source, target) if source and target else None
    form.values.update(source=source or "", target=target or "")
    limit = _number(params, "limit", int, 1, MOST)
    form.query["limit"] = form.values["limit"] = limit or LIMIT
    return form


def graph_form(params: Mapping[str, str]) -> Form:
    """The network's filters (``Store.graph``)."""
    form = Form()
    _common(params, form, "country")
    kind = _text(params, "kind")
    if kind and kind not in KINDS:
        raise FormError("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
    form.query["kind"] = kind
    min_events = _number(params, "min_events", int, 1, 1_000_000)
    form.query["min_events"] = min_events or 1
    limit = _number(params, "limit", int, 1, MOST_EDGES)
    form.query["limit"] = limit or EDGES
    form.values.update(kind=kind or "", min_events=min_events or 1, limit=limit or EDGES)
    return form


def places_form(params: Mapping[str, str]) -> Form:
    """The map's filters (``Store.places``)."""
    form = Form()
    _common(params, form)
    return form
