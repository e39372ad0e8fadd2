"""CAMEO event codes as values: a root (two digits, "04"), a base code (three, "041") or a
full code (four, "0411"). Code that needs a code's root, its base, its parent or whether it
is its root's generic code ("040") asks an ``EventCode`` instead of slicing the string.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from heraldo.ontology import Ontology

ROOT_DIGITS = 2
MAX_DIGITS = 4


@dataclass(frozen=True, order=True)
class EventCode:
    """A CAMEO event code of two to four digits (``str`` renders it)."""

    code: str

    def __post_init__(self) -> None:
        """Refuse anything but 2 to 4 digits (ValueError)."""
        if not (self.code.isdigit() and ROOT_DIGITS <= len(self.code) <= MAX_DIGITS):
            raise ValueError(f"bad CAMEO event code {self.code!r}")

    @classmethod
    def parse(cls, text: str) -> EventCode:
        """The code written in ``text`` (surrounding blanks aside); ValueError if none."""
        return cls(text.strip())

    @classmethod
    def leading(cls, text: object) -> EventCode | None:
        """The code a loosely written value starts with ("0231", "04 consult"), or None
        when it does not start with at least a root's two digits (gold files)."""
        value = str(text or "").strip()
        digits = len(value) - len(value.lstrip("0123456789"))
        return cls(value[:min(digits, MAX_DIGITS)]) if digits >= ROOT_DIGITS else None

    def __str__(self) -> str:
        """The code's digits."""
        return self.code

    @property
    def root(self) -> str:
        """The two digits of its root ("04" for "0411")."""
        return self.code[:ROOT_DIGITS]

    @property
    def base(self) -> str:
        """Its base code, three digits ("041" for "0411"; a root is its own base)."""
        return self.code[:ROOT_DIGITS + 1]

    @property
    def parent(self) -> EventCode | None:
        """The code one digit shorter (None for a root)."""
        return EventCode(self.code[:-1]) if len(self.code) > ROOT_DIGITS else None

    @property
    def generic(self) -> bool:
        """Whether it is its root's generic code ("040": "consult, not specified")."""
        return self.code == self.root + "0"

    def same_root(self, other: EventCode) -> bool:
        """Whether both codes have the same two-digit root."""
        return self.root == other.root

    def in_codebook(self, ontology: Ontology) -> bool:
        """Whether the codebook has this exact code."""
        return ontology.is_code(self.code)
