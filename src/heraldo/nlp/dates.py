"""Temporal expressions: found by data-driven rules, resolved against the publication date.

``date_rules.tsv`` holds one regular expression per rule, with placeholders filled from
``date_words.tsv`` (months, weekdays, numbers, units, edges, directions). The resolution
of each rule (calendar arithmetic) is code. Expressions without a year take it from the
publication date and the tense of their clause: "a finales de octubre" in a January
article's past tense is the previous October.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from heraldo.lang import LanguagePack
from heraldo.lang.dates import DateWords
from heraldo.model import When
from heraldo.resources import fold, strip_accents

EDGE_DAY = {"start": 5, "mid": 15, "end": 25}


@dataclass(frozen=True)
class Found:
    """A temporal expression at characters ``start``..``end`` of the searched text."""

    rule: str
    start: int
    end: int
    text: str
    groups: dict[str, str]


def find_dates(text: str, pack: LanguagePack) -> list[Found]:
    """Non-overlapping temporal expressions in ``text`` (rules earlier in the file win)."""
    # same length as text for Spanish letters; not ``fold``, whose cache is for words
    folded = strip_accents(text.lower())
    rules = pack.dates.rules
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    for rule in rules:
        for m in rule.regex.finditer(folded if len(folded) == len(text) else text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = {k: v for k, v in m.groupdict().items() if v}
            found.append(Found(rule.name, m.start(), m.end(), text[m.start():m.end()], groups))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def resolve(found: Found, published: dt.date | None, pack: LanguagePack,
            tense: str = "past") -> When:
    """The date ``found`` refers to, given the publication date and the clause's tense."""
    words = pack.dates.words
    base = When(None, "unknown", found.text, found.start, found.end)
    try:
        value, precision = RESOLVERS[found.rule](found.groups, words, published, tense)
    except (KeyError, ValueError, OverflowError):
        return base
    if value is None:
        return base
    return When(value, precision, found.text, found.start, found.end)  # type: ignore[arg-type]


Resolution = tuple[str | None, str]


def _year_for(month: int, day: int, published: dt.date | None, tense: str) -> int | None:
    if published is None:
        return None
    year = published.year
    candidate = (month, day)
    now = (published.month, published.day)
    if tense == "past" and candidate > now:
        year -= 1
    elif tense == "future" and candidate < now:
        year += 1
    return year


def _day_month(g: dict[str, str], w: DateWords, pub: dt.date | None, tense: str) -> Resolution:
    month, day = int(w.key("month", g["month"])), int(g["day"])
    year = int(g["year"]) if "year" in g else _year_for(month, day, pub, tense)
    if year is None:
        return f"--{month:02d}-{day:02d}", "unknown"
    return dt.date(year, month, day).isoformat(), "day"


def _day_of_month(g: dict[str, str], w: DateWords, pub: dt.date | None,
                  tense: str) -> Resolution:
    if pub is None:
        return None, "unknown"
    day = int(g["day"])
    month, year = pub.month, pub.year
    if day > pub.day and "next" not in _directions(g, w):
        month, year = (12, year - 1) if month == 1 else (month - 1, year)
    return dt.date(year, month, day).isoformat(), "day"


def _edge_month(g: dict[str, str], w: DateWords, pub: dt.date | None, tense: str) -> Resolution:
    month = int(w.key("month", g["month"]))
    day = EDGE_DAY[w.key("edge", g["edge"])]
    year = int(g["year"]) if "year" in g else _year_for(month, day, pub, tense)
    return (f"{year:04d}-{month:02d}" if year else None), "month"


def _edge_year(g: dict[str, str], w: DateWords, pub: dt.date | None, tense: str) -> Resolution:
    return g["year"], "year"


def _month_year(g: dict[str, str], w: DateWords, pub: dt.date | None, tense: str) -> Resolution:
    return f"{int(g['year']):04d}-{int(w.key('month', g['month'])):02d}", "month"


def _month(g: dict[str, str], w: DateWords, pub: dt.date | None, tense: str) -> Resolution:
    month = int(w.key("month", g["month"]))
    year = _year_for(month, 15, pub, tense)
    if pub is not None and month == pub.month:
        year = pub.year
    return (f"{year:04d}-{month:02d}" if year else None), "month"


def _directions(g: dict[str, str], w: DateWords) -> set[str]:
    out = set()
    for key in ("dir", "dir2"):
        if key in g:
            out.add("past" if fold(g[key]) in w.words.get("past", {}) else "next")
    return out


def _weekday(g: dict[str, str], w: DateWords, pub: dt.date | None, tense: str) -> Resolution:
    if pub is None:
        return None, "unknown"
    target = int(w.key("weekday", g["weekday"]))
    dirs = _directions(g, w)
    forward = "next" in dirs or (not dirs and tense == "future")
    delta = (target - pub.weekday()) % 7 if forward else -((pub.weekday() - target) % 7)
    if delta == 0:
        delta = 7 if "next" in dirs else (-7 if "past" in dirs else 0)
    return (pub + dt.timedelta(days=delta)).isoformat(), "day"


def _relative_day(g: dict[str, str], w: DateWords, pub: dt.date | None,
                  tense: str) -> Resolution:
    if pub is None:
        return None, "unknown"
    return (pub + dt.timedelta(days=int(w.key("relative", g["relative"])))).isoformat(), "day"


def _shift(pub: dt.date, unit: str, n: int) -> tuple[dt.date, str]:
    if unit == "day":
        return pub + dt.timedelta(days=n), "day"
    if unit == "week":
        return pub + dt.timedelta(weeks=n), "day"
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 + n
        return dt.date(months // 12, months % 12 + 1, 1), "month"
    return dt.date(pub.year + n, 1, 1), "year"


def _format(day: dt.date, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]


def _ago(g: dict[str, str], w: DateWords, pub: dt.date | None, tense: str) -> Resolution:
    if pub is None:
        return None, "unknown"
    number = g["number"]
    n = int(number) if number.isdigit() else int(w.key("number", number))
    day, precision = _shift(pub, w.key("unit", g["unit"]), -n)
    return _format(day, precision), precision


def _this_period(g: dict[str, str], w: DateWords, pub: dt.date | None,
                 tense: str) -> Resolution:
    if pub is None:
        return None, "unknown"
    unit = w.key("unit", g["unit"])
    precision = {"week": "day", "month": "month", "year": "year"}[unit]
    return _format(pub, precision), precision


def _other_period(g: dict[str, str], w: DateWords, pub: dt.date | None,
                  tense: str) -> Resolution:
    dirs = _directions(g, w)
    if pub is None or not dirs:
        return None, "unknown"
    unit = w.key("unit", g.get("unit") or g["unit2"])
    day, precision = _shift(pub, unit, 1 if "next" in dirs else -1)
    return _format(day, precision), precision


def _year(g: dict[str, str], w: DateWords, pub: dt.date | None, tense: str) -> Resolution:
    return g["year"], "year"


RESOLVERS: dict[str, Callable[[dict[str, str], DateWords, dt.date | None, str], Resolution]] = {
    "day_month": _day_month,
    "day_of_month": _day_of_month,
    "edge_month": _edge_month,
    "edge_year": _edge_year,
    "month_year": _month_year,
    "month": _month,
    "weekday": _weekday,
    "relative_day": _relative_day,
    "ago": _ago,
    "this_period": _this_period,
    "other_period": _other_period,
    "year": _year,
}


def parse_date(value: str | None) -> dt.date | None:
    """A publication date from ``YYYY-MM-DD``, ``YYYYMMDD`` or an ISO timestamp; else None."""
    if not value:
        return None
    text = str(value).strip()
    for candidate in (text[:10], text[:8]):
        for fmt in ("%Y-%m-%d", "%Y%m%d"):
            try:
                return dt.datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
    return None
