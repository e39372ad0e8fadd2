"""An attack and the harm it did are one event. "Un policía murió en un ataque de las
FARC", "dos soldados murieron en un atentado reivindicado por Hamás", "tres civiles
fueron asesinados en un bombardeo ruso": the attack noun is the circumstance (a locative
phrase) of a predicate of harm, whose harmed are the attack's targets, and whose doer,
when the clause names none, is the attack's.

A predicate harms its subject when the pack's patterns of its lemma say so (``morir``: the
subject is the target), when it is the passive of an attack ("fueron asesinados"), or when
the phrase hangs on an attack's participle that says what befell its subject ("resultaron
heridos"). Its own event, when it has one, codes the attack: it takes the noun's source
when it has none, and the noun's targets beside its own. Otherwise the noun codes it, with
the harmed as its targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from heraldo.coding.arguments import case_of, has_passive_clitic, is_passive
from heraldo.coding.subjects import subjects
from heraldo.lang import LanguagePack, Role
from heraldo.resources import fold

if TYPE_CHECKING:
    from heraldo.coding.candidates import Candidate, Search

#: the CAMEO roots of attacks that harm people: assault, fight, mass violence
HARM_ROOTS = frozenset({"18", "19", "20"})


def harmed_predicate(pack: LanguagePack, noun: Token) -> Token | None:
    """The verb whose locative circumstance the noun ``noun`` is ("murió en un
    ataque"), when that verb harms its subject: its subject undergoes it ("morir"), it
    is the passive of an attack ("fueron asesinados"), or the phrase hangs on the
    participle of an attack that says what befell its subject ("resultaron heridos")."""
    verb = noun.head
    if case_of(pack, noun) != Role.LOCATIVE:
        return None
    participle = pack.patterns.participles.get(fold(verb.text))
    if participle and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i and any(
            p.code.root in HARM_ROOTS for p in pack.patterns.verbs.get(participle, ())):
        return verb.head  # "resultaron heridos en un ataque": the subject is harmed
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    patterns = pack.patterns.verbs.get(fold(verb.lemma_), ())
    if any(p.subject_is_target for p in patterns) or (
            any(p.code.root in HARM_ROOTS for p in patterns) and is_passive(pack, verb)
            and not has_passive_clitic(pack, verb)):
        return verb
    return None


def merge_harm(search: Search, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each attack noun merged into the predicate of harm it is the
    circumstance of: the verb's event, if coded, takes the noun's source when it has
    none and the noun's targets beside its own, and the noun is dropped; else the noun
    takes the harmed as its targets."""
    index, pack = search.index, search.pack
    verbs = {c.trigger.i: c for c in cands if not c.pattern.noun}
    kept = []
    for c in cands:
        verb = harmed_predicate(pack, c.trigger) if c.pattern.noun and \
            c.pattern.code.root in HARM_ROOTS else None
        if verb is None:
            kept.append(c)
            continue
        coded = verbs.get(verb.i)
        if coded is not None:
            if not coded.sources:
                coded.sources = [s for s in c.sources if s not in coded.targets]
            # "murieron en un atentado contra reclutas": the dead and whom it aimed at
            coded.targets += [s for s in c.targets
                              if s not in coded.sources and s not in coded.targets]
            search.note(c.trigger, f"the attack in which '{verb.text}' happened, which "
                        "codes it")
            continue
        if not c.targets:
            harmed = subjects(pack, verb, index).spans
            c.targets = [s for s in harmed if s not in c.sources]
        kept.append(c)
    return kept
