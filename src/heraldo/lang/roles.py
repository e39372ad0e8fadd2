"""Roles: what an argument is to its predicate, whatever marks it in the language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from heraldo.resources import fold


class Role(StrEnum):
    """What an argument is to its predicate, whatever marks it in the language: a case
    marker (``roles.tsv``) or its dependency (subject, object, indirect object)."""

    SUBJECT = "subject"
    OBJ = "obj"
    IOBJ = "iobj"
    AGENT = "agent"  # es "por", en "by": the passive agent
    RECIPIENT = "recipient"  # es "a", en "to" (also the personal "a" of an object)
    COMITATIVE = "comitative"  # es "con", en "with"
    ADVERSATIVE = "adversative"  # es "contra", en "against"
    GENITIVE = "genitive"  # es "de", en "of"
    LOCATIVE = "locative"  # es "en", en "in"
    ORIGIN = "origin"  # es "desde", en "from"
    DIRECTION = "direction"  # es "hacia", en "towards"
    TERMINUS = "terminus"  # es "hasta", en "until"
    BETWEEN = "between"  # es "entre", en "between"
    AUDIENCE = "audience"  # es "ante", en "before"
    TOPIC = "topic"  # es "sobre", en "about"
    PURPOSE = "purpose"  # es "para", en "for"
    DURING = "during"  # es "durante", en "during"
    POSTERIOR = "posterior"  # es "tras", en "after"
    ATTRIBUTION = "attribution"  # es "según", en "according"
    PRIVATIVE = "privative"  # es "sin", en "without"
    BENEATH = "beneath"  # es "bajo", en "under"
    INSTRUMENT = "instrument"  # es "mediante", en "through"
    PROXIMITY = "proximity"  # es "cerca (de)", en "near"
    FACING = "facing"  # es "frente (a)", en "opposite"
    ADJACENCY = "adjacency"  # es "junto (a)", en "beside"
    EXTERIOR = "exterior"  # es "afuera", en "outside"
    OUTSKIRTS = "outskirts"  # es "afueras"
    INTERIOR = "interior"  # es "dentro (de)", en "inside"
    #: a marker the pack does not map, or a dependency that is no argument role
    OTHER = "other"


@dataclass(frozen=True)
class Roles:
    """Case markers (folded) to roles."""

    by_marker: dict[str, Role]

    def of(self, marker: str) -> Role:
        """The role of a (folded) case marker; ``Role.OTHER`` for one the pack lacks."""
        return self.by_marker.get(fold(marker), Role.OTHER)

    def markers(self, role: Role) -> frozenset[str]:
        """The markers of ``role`` ("de" for ``GENITIVE`` in Spanish)."""
        return frozenset(m for m, r in self.by_marker.items() if r == role)
