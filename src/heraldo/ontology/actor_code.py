"""CAMEO actor codes as values: a head of three letters (a country, ``---`` when unknown,
or a type CAMEO writes first: "MNC", "IGO") followed by three-letter parts (roles, a
group's own id): "COLGOV", "---GOV", "MNCUSA", "PSEREBHMS", "IGOUNOHLHWHO"."""

from __future__ import annotations

from dataclasses import dataclass

#: the head of a code whose country is unknown
UNKNOWN = "---"
#: the length of a code's head and of each of its parts
PART = 3


@dataclass(frozen=True)
class ActorCode:
    """An actor code: ``head`` and ``parts``, rendered by ``str``."""

    head: str
    parts: tuple[str, ...] = ()

    @classmethod
    def parse(cls, code: str) -> ActorCode:
        """The code ``code`` written as text, split into its head and three-letter parts."""
        rest = code[PART:]
        return cls(code[:PART], tuple(rest[i:i + PART] for i in range(0, len(rest), PART)))

    @classmethod
    def of(cls, country: str, *parts: str) -> ActorCode:
        """``parts`` of ``country`` ("" for unknown: ``---``)."""
        return cls(country or UNKNOWN, tuple(p for p in parts if p))

    @classmethod
    def top_level(cls, kind: str, country: str) -> ActorCode:
        """A type CAMEO writes first, with the country after it: "MNC", "MNCUSA"."""
        return cls(kind, (country,) if country else ())

    def __str__(self) -> str:
        """The code as CAMEO writes it ("COLGOV")."""
        return self.head + "".join(self.parts)

    @property
    def unplaced(self) -> bool:
        """Whether the code's country is unknown (``---GOV``)."""
        return self.head == UNKNOWN

    def placed(self, country: str) -> ActorCode:
        """The same code with ``country`` as its head."""
        return ActorCode(country, self.parts)

    def starts_with(self, head: str, parts: tuple[str, ...]) -> bool:
        """Whether the code is ``head`` followed by ``parts`` and maybe more."""
        return self.head == head and self.parts[:len(parts)] == parts

    def with_parts(self, old: int, new: tuple[str, ...]) -> ActorCode:
        """The code with its first ``old`` parts replaced by ``new``."""
        return ActorCode(self.head, (*new, *self.parts[old:]))
