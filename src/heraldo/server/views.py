"""What each dashboard page shows, shaped from the store's typed rows: the data its
scripts draw (plain JSON, embedded with Jinja's ``tojson``, which escapes markup) and the
marked text of its sentences and articles (``markup.py``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from heraldo.model import Document
from heraldo.server import markup
from heraldo.server.errors import ApiError
from heraldo.server.forms import Form, FormError
from heraldo.server.writes import ExtractIn, extract

#: the quad classes of CAMEO, by number
QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict",
              4: "Material conflict"}
#: the most actors listed on the overview
TOP_ACTORS = 10
#: the overview's periods, the coarsest first, and the fewest periods a chart should have
FREQUENCIES = ("month", "week", "day")
FEWEST_PERIODS = 6
#: an actor page's periods, the finest first, and the most columns its table should have
ACTOR_FREQUENCIES = ("month", "quarter", "year")
MOST_COLUMNS = 12


def timeline(store: Any) -> tuple[str, list[Any]]:
    """The frequency and periods of the overview's chart: months, or weeks or days when
    the events span too few months to draw a chart."""
    for freq in FREQUENCIES:
        periods = store.timeline(freq=freq)
        if len(periods) >= FEWEST_PERIODS:
            break
    return freq, periods


def overview(store: Any) -> dict[str, Any]:
    """Counts, the events per period by quad class and the most mentioned actors."""
    counts = store.counts()
    freq, periods = timeline(store)
    shown = [("articles", counts.get("articles", 0)),
             ("events", counts.get("canonical_events", 0)),
             ("event mentions", counts.get("events", 0)),
             ("actor mentions", counts.get("mentions", 0)),
             ("story clusters", counts.get("clusters", 0))]
    total = sum(p.q1 + p.q2 + p.q3 + p.q4 for p in periods)
    data = {"freq": freq, "total": total,
            "quad_names": {str(k): v for k, v in QUAD_NAMES.items()},
            "periods": [{"period": p.period.isoformat(), "q1": p.q1, "q2": p.q2, "q3": p.q3,
                         "q4": p.q4} for p in periods],
            "links": {"events": "/events", "network": "/network", "map": "/map"}}
    return {"counts": shown, "freq": freq, "total": total, "timeline": data,
            "actors": store.actors(limit=TOP_ACTORS)}


def actor_href(code: str) -> str:
    """The dashboard page of an actor code."""
    return f"/actors/{quote(code, safe='')}"


def graph_data(graph: Any) -> dict[str, Any]:
    """The graph as Cytoscape's script reads it."""
    return {"nodes": [{**dataclasses.asdict(n), "href": actor_href(n.code)} for n in graph.nodes],
            "edges": [dataclasses.asdict(e) for e in graph.edges]}


def map_data(places: list[Any], world: str) -> dict[str, Any]:
    """The places with coordinates, and the countries (by ISO 3166 numeric code, the ids of
    the world-atlas shapes) with their events; ``world`` is the shapes' URL."""
    import pycountry

    per_country: Counter[str] = Counter()
    for place in places:
        if place.country:
            per_country[place.country] += place.events
    countries = []
    for code, events in per_country.most_common():
        found = pycountry.countries.get(alpha_3=code)
        if found is not None:
            countries.append({"country": code, "numeric": found.numeric, "events": events})
    points = [dataclasses.asdict(p) for p in places if p.lat is not None and p.lon is not None]
    return {"world": world, "points": points, "countries": countries}


def cursor(token: str | None) -> Any:
    """The events listing's cursor from its token (``FormError`` for a bad one)."""
    if not token:
        return None
    from heraldo.store.events import Cursor

    try:
        return Cursor.parse(token)
    except ValueError as exc:
        raise FormError("cursor", str(exc)) from None


def next_token(row: Any) -> str:
    """The cursor token of the page after ``row``."""
    from heraldo.store.events import Cursor

    return Cursor.after(row).token


def api_params(form: Form) -> dict[str, Any]:
    """The events table's filters as the API's ``GET /events`` takes them."""
    params = {k: v for k, v in form.values.items() if k not in ("source", "target")}
    dyad = form.query.get("dyad")
    if dyad:
        params["dyad"] = f"{dyad[0]},{dyad[1]}"
    return params


def event_view(detail: Any) -> dict[str, Any]:
    """Each mention's sentence, with its trigger and both sides marked."""
    from heraldo.ontology import load_ontology

    mentions = []
    marks: list[markup.Mark] = []
    for m in detail.mentions:
        own = markup.event_marks(m.event)
        marks += own
        parts = markup.segments(m.article.text, own, m.sentence_start, m.sentence_end)
        mentions.append({"event": m.event, "article": m.article, "parts": parts})
    code = detail.event.cameo
    ontology = load_ontology()
    name = ontology.event(code).name if ontology.is_code(code) else ""
    return {"mentions": mentions, "kinds": markup.legend(marks), "cameo_name": name}


def document_view(document: Document, stored: bool = True) -> dict[str, Any]:
    """An article's text with its actors, triggers, dates and places marked."""
    marks = markup.document_marks(document, stored)
    return {"document": document, "parts": markup.segments(document.article.text, marks),
            "kinds": markup.legend(marks)}


def period_label(first: dt.date, freq: str) -> str:
    """A period by its first day: ``2024``, ``2024-Q2``, ``2024-04`` or the day."""
    if freq == "year":
        return str(first.year)
    if freq == "quarter":
        return f"{first.year}-Q{(first.month - 1) // 3 + 1}"
    if freq == "month":
        return first.strftime("%Y-%m")
    return first.isoformat()


def rolled(first: dt.date, freq: str) -> dt.date:
    """The first day of the ``freq`` period (month, quarter, year) of a month."""
    if freq == "year":
        return first.replace(month=1, day=1)
    if freq == "quarter":
        return first.replace(month=(first.month - 1) // 3 * 3 + 1, day=1)
    return first.replace(day=1)


def actor_detail(store: Any, code: str) -> tuple[str, Any]:
    """The actor ``code`` with its counterparts per month (one query), shown per month,
    quarter or year: the finest with no more than ``MOST_COLUMNS`` periods (None when
    there is no such actor)."""
    detail = store.actor(code, freq=ACTOR_FREQUENCIES[0])
    for freq in ACTOR_FREQUENCIES:
        if detail is None or len({rolled(c.period, freq) for c in detail.counterparts}) \
                <= MOST_COLUMNS:
            break
    return freq, detail


def actor_view(detail: Any, events_url: str, freq: str) -> dict[str, Any]:
    """The counterparts as rows (counterpart and direction) of events per ``freq``
    period, rolled up from the monthly counts of ``detail``."""
    periods = sorted({rolled(c.period, freq) for c in detail.counterparts})
    index = {p: i for i, p in enumerate(periods)}
    rows: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {"counts": [0] * len(periods), "weighted": 0.0})
    for c in detail.counterparts:
        row = rows[(c.counterpart, c.direction)]
        row["counts"][index[rolled(c.period, freq)]] += c.events
        row["weighted"] += (c.mean_goldstein or 0.0) * c.events
    code = detail.actor.code
    shown = []
    for (other, direction), row in rows.items():
        total = sum(row["counts"])
        sides = {"source": code, "target": other} if direction == "out" else \
            {"source": other, "target": code}
        shown.append({"code": other, "direction": direction, "counts": row["counts"],
                      "total": total, "mean": row["weighted"] / total if total else None,
                      "events_href": f"{events_url}?{urlencode(sides)}"})
    shown.sort(key=lambda r: (-r["total"], r["code"], r["direction"]))
    return {"periods": [period_label(p, freq) for p in periods], "counterparts": shown,
            "freq": freq}


def posted(body: bytes) -> dict[str, str]:
    """The fields of a posted urlencoded form (the last value of each)."""
    fields = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {k: v[-1] for k, v in fields.items()}


def languages() -> tuple[list[str], str]:
    """The languages a text can be analysed in (those with a model), and the default."""
    from heraldo.nlp.loader import installed_model, supported_languages

    default = str(ExtractIn.model_fields["lang"].default)
    return [x for x in supported_languages() if installed_model(x)] or [default], default


async def analyse(form: dict[str, str]) -> dict[str, Any]:
    """The Document of the posted text, made by the API's ``POST /extract`` (nothing is
    stored) and marked like an article; ``ValueError`` (one line naming the field) for
    a text or field that cannot be analysed."""
    try:
        body = ExtractIn(text=form.get("text", ""), lang=form.get("lang") or languages()[1],
                         published=form.get("published") or None)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(part) for part in first.get("loc", ())) or "form"
        raise ValueError(f"{name}: {first.get('msg', 'invalid value')}") from None
    try:
        coded = await run_in_threadpool(extract, body)
    except ApiError as exc:
        raise ValueError(str(exc.detail)) from None
    return document_view(Document.from_dict(coded), stored=False)
