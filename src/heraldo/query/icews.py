"""The ICEWS event layout: the 20 published columns, tab-separated with their header, one
row per dyad of a canonical event (negated events left out, as ICEWS codes none).

``Event ID`` is the dyad's GDELT id; ``Event Date`` the day (empty when unknown); names are
the knowledge base's; sectors the names of the actor's roles (``actor_roles.tsv``, joined
by ``,``); ``Event Text`` the CAMEO code's name; ``Intensity`` its Goldstein value; ``Story
ID`` the article id of the first mention, ``Sentence Number`` its sentence (from 1),
``Publisher`` the article's source. The place fills ``City`` (a place with coordinates),
``Country`` (its country's name) and the coordinates; ``District`` and ``Province`` stay
empty.
"""

from __future__ import annotations

from collections.abc import Iterator

from heraldo.dyads import dyad_rows
from heraldo.model import Actor
from heraldo.ontology import load_ontology, load_roles
from heraldo.ontology.countries import country
from heraldo.query.gdelt import event_number
from heraldo.query.names import canonical_name
from heraldo.store.canonical import Canonical

ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
    "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
    "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
    "Province", "Country", "Latitude", "Longitude",
)


def _side(actor: Actor | None, lang: str) -> list[str]:
    if actor is None:
        return ["", "", ""]
    roles = load_roles().names
    found = country(actor.country)
    return [canonical_name(actor, lang), ",".join(roles.get(s, s) for s in actor.sectors),
            found.name if found else ""]


def icews_rows(canonical: Canonical) -> Iterator[list[str]]:
    """The rows of one canonical event, one per dyad."""
    event, article, row = canonical.event, canonical.article, canonical.row
    actors = {m.actor.code: m.actor for m in (*event.sources, *event.targets)}
    ontology = load_ontology()
    text = ontology.cameo[event.cameo].name if event.cameo in ontology.cameo else ""
    place = event.where
    found = country(place.country) if place else None
    located = place is not None and place.lat is not None and place.lon is not None
    where = [place.name if place and located else "", "", "", found.name if found else "",
             f"{place.lat:.4f}" if place and place.lat is not None else "",
             f"{place.lon:.4f}" if place and place.lon is not None else ""]
    day = row["day"].isoformat() if row["day"] else ""
    for dyad in dyad_rows(event):
        source, target = dyad["source"], dyad["target"]
        yield [str(event_number(event.id, source, target)), day,
               *_side(actors.get(source), article.language), text, event.cameo,
               f"{event.goldstein:.1f}", *_side(actors.get(target), article.language),
               article.id, str(event.sentence + 1), article.source or "", *where]
