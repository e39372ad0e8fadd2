"""How a mention was resolved: the rule that found it and its arguments.

A ``How`` is rendered as text only for output (``Mention.how``): "dictionary:person:
president@era:2013-01-20", "agent+demonym", "agent+name+head". Code asks a ``How`` for its
``rule``, and reads a rendered text back with ``rule_of``, never by its prefix.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Rule(Enum):
    """The rules of resolution, by the name a mention's ``how`` gives them."""

    DICTIONARY = "dictionary"  # a name in the knowledge base (args: kind[, role])
    DEMONYM = "agent+demonym"  # "el presidente ruso"
    GENITIVE = "agent+de"  # "el ministro de Exteriores de Rusia"
    PLACE = "agent+place"  # "los separatistas ... en el este de Ucrania"
    AGENT = "agent"  # a sector word of no country
    FORMER = "agent+former"  # "el ex gobernador"
    FORMER_PERSON = "agent+former+person"  # "el destituido presidente Alberto Fujimori"
    UNPLACED = "agent+unplaced"  # "la prensa internacional" (args: "neighbours")
    GROUP = "agent+group"  # "guerrilleros de las FARC"
    NAME = "agent+name"  # "la Comisión de Libre Competencia (CLICAC)": a name the KB lacks
    PERSON = "agent+person"  # "el presidente Frei"
    ANTECEDENT = "agent+antecedent"  # "Pfizer informó ... explicó la compañía"
    LEADER_ANTECEDENT = "agent+leader"  # "Putin visitó Ankara ... El mandatario condenó"
    STATE_ANTECEDENT = "agent+state"  # "Cuba expulsó ... El régimen acusó"
    APPOSITION = "context:apposition"  # "el presidente ruso, Vladímir Putin"
    TITLE = "context:title"  # "el expresidente Carlos Salinas"
    NAME_REFERENCE = "coreference:name"  # a later bare "Putin"
    TITLE_REFERENCE = "coreference:title"  # a later "López Obrador", as titled before
    COUNTERPART = "counterpart"  # "su homólogo turco"
    SIDE = "side"  # "la parte turca"
    BOTH = "both"  # "ambas partes"
    DEMONYM_NOUN = "demonym-noun"  # "los colombianos"
    DESCRIBED = "person+demonym"  # "el escritor colombiano Gabriel García Márquez"
    DESCRIBED_ELSEWHERE = "person+description"  # "Ronaldo ... el jugador portugués"
    DEMONYM_ADJECTIVE = "demonym-adjective"  # "la incursión turca" (an event noun's side)
    SECTOR_ADJECTIVE = "sector-adjective"  # "la protesta estudiantil" (an event noun's side)


@dataclass(frozen=True)
class How:
    """``rule`` with its ``args``; ``when``: the date a person's role was read on, when not
    the article's ("era:2013-01-20" for an undated article's era, or an event's date);
    ``heads``: how many times the phrase's actor is the institution's it names ("el
    portavoz del ejército ruso": ``agent+demonym+head``)."""

    rule: Rule
    args: tuple[str, ...] = ()
    when: str = ""
    heads: int = 0

    def __str__(self) -> str:
        """The provenance as text: the rule, its arguments, the date it held on and the heads it
        climbed ("agent:x@era:2013-01-20+head")."""
        text = self.rule.value + "".join(f":{a}" for a in self.args)
        if self.when:
            text += f"@{self.when}"
        return text + "+head" * self.heads

    def headed(self) -> How:
        """This ``how`` for the role whose institution it resolved."""
        return How(self.rule, self.args, self.when, self.heads + 1)


#: the rules by their names, longest first: "agent+former+person" before "agent+former"
_BY_NAME = sorted(Rule, key=lambda r: -len(r.value))


def rule_of(text: str) -> Rule | None:
    """The rule of a rendered ``how`` (with what was added after it: "+place")."""
    for rule in _BY_NAME:
        name = rule.value
        if text.startswith(name) and text[len(name):len(name) + 1] in ("", ":", "@", "+"):
            return rule
    return None
