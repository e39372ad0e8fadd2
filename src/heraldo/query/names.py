"""Names for the codes an export writes: the knowledge base's canonical name of an actor
(a country's geography is ``heraldo.ontology.countries``).

An actor resolved from the dictionary carries its entry's canonical name; one composed
from a phrase ("el presidente ruso": RUSGOV) carries the phrase, so its canonical name is
its country's (``data/actors/countries.tsv``, read directly: exports stay light), or,
without a country, its roles' names.
"""

from __future__ import annotations

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
