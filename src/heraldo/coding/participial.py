"""The sides of an event noun from a participle that carries it: "las sanciones impuestas
por la Unión Europea contra Rusia", "el ataque perpetrado por las FARC contra una
patrulla", "la ofensiva lanzada por el Ejército contra los rebeldes"; and, for a verb
whose subject undergoes the event, "el ataque sufrido por la patrulla".

A participle carries the noun's event when it is a light verb (``light_verbs.tsv``:
"lanzada", "perpetrado", "sufrido"), or a verb that a pattern of the noun's CAMEO root
names with that noun as its object ("impuso sanciones": "las sanciones impuestas"). Its
agent ("por la Unión Europea") is then the one who does the noun's event (or, for a light
verb whose subject undergoes it, the one it is done to), and its own arguments ("contra
Rusia") are the noun's. Any other participle says nothing of who did the act: "la
manifestación reprimida por la policía" is no protest of the police; nor does a relative
clause ("las protestas que han tenido en vilo a Nicaragua").
"""

from __future__ import annotations

from spacy.tokens import Token

from heraldo.coding.arguments import Argument, arguments
from heraldo.lang import LanguagePack, Role
from heraldo.lang.patterns import Pattern
from heraldo.resources import fold

#: the role of a light verb's subject that undergoes its event ("sufrió un ataque")
UNDERGOES = "target"


def carrier_arguments(pack: LanguagePack, noun: Token, pattern: Pattern) -> list[Argument]:
    """The arguments the event noun ``noun`` (coded by ``pattern``) takes from a participle
    that carries its event: the agent in the role of the pattern's first source (or first
    target, for a verb whose subject undergoes the event), and the participle's other
    arguments in their own roles."""
    for child in noun.children:
        role = _carries(pack, child, noun, pattern)
        if role is None:
            continue
        side = pattern.targets if role == UNDERGOES else pattern.sources
        found = []
        for arg in arguments(pack, child):
            if arg.slot == Role.AGENT:
                if side:
                    found.append(Argument(arg.token, side[0]))
            elif arg.slot in pattern.targets:
                found.append(arg)
        return found
    return []


def _carries(pack: LanguagePack, child: Token, noun: Token, pattern: Pattern) -> str | None:
    """The role of the subject of the participle ``child`` of ``noun`` ("source" or
    "target") when it carries the noun's event, else None."""
    if child.dep_ not in pack.deps.adnominal or child.i < noun.i or any(
            c.dep_ in pack.deps.subject_or_passive or fold(c.text) in pack.grammar.relative
            for c in child.children):
        return None  # a clause of its own: "las protestas que han tenido en vilo a"
    lemmas = participle_lemmas(pack, child)
    light = next((pack.patterns.light_verbs[v] for v in lemmas
                  if v in pack.patterns.light_verbs), None)
    if light:
        return light
    words = {fold(noun.text), fold(noun.lemma_)}
    root = pattern.code.root
    for verb in (p for v in lemmas for p in pack.patterns.verbs.get(v, ())):
        if verb.code.root == root and any(len(o) == 1 and o[0] in words for o in verb.objects):
            return "source"
    return None


def participle_lemmas(pack: LanguagePack, token: Token) -> tuple[str, ...]:
    """The verbs ``token`` may be the participle of, whatever the parser tagged it
    ("perpetrado", an adjective to it): an irregular one of the pack's table
    ("impuestas" -> "imponer"), a regular one by its ending, or the parser's own verb
    lemma for a participle it tagged as one; none for another word."""
    form = fold(token.text)
    irregular = pack.patterns.participles.get(form)
    if irregular:
        return (irregular,)
    regular = pack.morphology.participle_verbs(form)
    if "Part" in token.morph.get("VerbForm", []):
        return (fold(token.lemma_), *regular)
    return regular
