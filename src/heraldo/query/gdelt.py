"""The GDELT 2.0 event table: 61 tab-separated columns in the codebook's order, one row
per dyad of a canonical event (negated events left out: GDELT has no negation), no header
unless asked.

What Heraldo cannot fill stays empty: the actors' ``EthnicCode``, ``Religion1Code`` and
``Religion2Code``, ``AvgTone``, and the geography's ``ADM2Code``. Geography: ``ActionGeo``
is the event's place (type 4, a world city, when its coordinates are known; else type 1,
its country); ``Actor1Geo`` and ``Actor2Geo`` are the actor's country (type 1). Geo
country codes are FIPS 10-4, as GDELT's; ``ADM1Code`` and ``FeatureID`` of a country are
its FIPS code. ``DATEADDED`` is the time of the export (UTC), ``SOURCEURL`` the URL of the
first mention's article, else its source, else its article id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from heraldo.dyads import dyad_rows
from heraldo.model import Actor, Place
from heraldo.model import stable_hash as _hash
from heraldo.ontology.countries import country
from heraldo.ontology.event_code import EventCode
from heraldo.query.names import canonical_name
from heraldo.store.canonical import Canonical

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
        "FeatureID")
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in _GEO),
    "DATEADDED", "SOURCEURL",
)
#: GDELT's geo types used here
COUNTRY, WORLD_CITY = "1", "4"


def event_number(canonical_id: str, source: str, target: str) -> int:
    """A stable integer id (below 2**60) for one dyad of a canonical event."""
    return int(_hash(canonical_id, source, target, length=15), 16)


def _dates(day: dt.date | None, value: str | None) -> list[str]:
    """SQLDATE, MonthYear, Year, FractionDate."""
    if day is not None:
        fraction = day.year + (day.timetuple().tm_yday - 1) / 365
        return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
                f"{fraction:.4f}"]
    value = value or ""
    month = value[:7].replace("-", "") if len(value) >= 7 and value[:4].isdigit() else ""
    year = value[:4] if value[:4].isdigit() else ""
    return ["", month, year, ""]


def _actor(actor: Actor | None, lang: str) -> list[str]:
    if actor is None:
        return [""] * len(_ACTOR)
    types = [*actor.sectors[:3], "", "", ""][:3]
    return [actor.code, canonical_name(actor, lang).upper(), actor.country, actor.org,
            "", "", "", *types]


def _country_geo(iso3: str) -> list[str]:
    found = country(iso3)
    if found is None:
        return [""] * len(_GEO)
    return [COUNTRY, found.name, found.fips, found.fips, "", "", "", found.fips]


def _place_geo(place: Place | None) -> list[str]:
    if place is None:
        return [""] * len(_GEO)
    if place.lat is None or place.lon is None:
        geo = _country_geo(place.country)
        return geo if geo[0] else ["", place.name, "", "", "", "", "", ""]
    found = country(place.country)
    fips = found.fips if found else ""
    name = f"{place.name}, {found.name}" if found else place.name
    return [WORLD_CITY, name, fips, fips, "", f"{place.lat:.4f}", f"{place.lon:.4f}", ""]


def gdelt_rows(canonical: Canonical, added: str) -> Iterator[list[str]]:
    """The rows of one canonical event (one per dyad); ``added`` is DATEADDED."""
    event, article, row = canonical.event, canonical.article, canonical.row
    actors: dict[str, Actor] = {m.actor.code: m.actor
                                for m in (*event.sources, *event.targets)}
    code = EventCode.parse(event.cameo)
    dates = _dates(row["day"], row["date_value"])
    url = article.url or article.source or article.id
    counts = [str(row["num_mentions"]), str(row["num_sources"]), str(row["num_articles"])]
    for dyad in dyad_rows(event):
        a1, a2 = actors.get(dyad["source"]), actors.get(dyad["target"])
        yield [
            str(event_number(event.id, dyad["source"], dyad["target"])), *dates,
            *_actor(a1, article.language), *_actor(a2, article.language),
            "1" if event.sentence == 0 else "0", event.cameo, code.base, code.root,
            str(event.quad_class), f"{event.goldstein:.1f}", *counts, "",
            *(_country_geo(a1.country) if a1 else [""] * len(_GEO)),
            *(_country_geo(a2.country) if a2 else [""] * len(_GEO)),
            *_place_geo(event.where), added, url,
        ]


def added_now() -> str:
    """DATEADDED for an export made now: ``YYYYMMDDHHMMSS`` UTC."""
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S")


def clean(cells: list[str]) -> str:
    """One TSV line: tabs and line breaks inside a cell become spaces."""
    return "\t".join(" ".join(c.split()) if ("\t" in c or "\n" in c) else c for c in cells)
