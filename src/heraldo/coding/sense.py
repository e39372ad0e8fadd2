"""The sense of a trigger: whether its sentence puts it in a domain that is no politics.

"México atacó por la banda derecha y marcó un gol", "un ataque de tos", "la guerra de
precios": the trigger's pattern names the domains in which it has another sense (its
``void_in``), and the language pack's domain cues (``domains.tsv``) say which domains
its sentence is in. A candidate in one of those domains is no political event; the
coder leaves it out and the trace (``explain``) says why ("sense: sport").

A state institution acting in its own capacity keeps a cooperative reading: "el
Gobierno apoya a la selección", "el presidente se reunió con la selección" are acts of
the state towards the team (quad classes 1-2). Force is never read so: "el Gobierno
lanzó una ofensiva contra el cáncer" is no attack.
"""

from __future__ import annotations

from spacy.tokens import Span

from heraldo.coding.candidates import Candidate
from heraldo.lang import LanguagePack
from heraldo.ontology import Ontology, sectors
from heraldo.resources import fold


def sentence_words(sentence: Span) -> frozenset[str]:
    """The folded words and lemmas of a sentence, which domain cues are looked up in."""
    return frozenset(w for t in sentence for w in (fold(t.text), fold(t.lemma_)))


def void_sense(pack: LanguagePack, ontology: Ontology, cand: Candidate) -> str | None:
    """The domain in which ``cand``'s trigger is no political event (by the cues of its
    sentence), or None when its political sense stands."""
    void_in = cand.pattern.void_in
    if not void_in:
        return None
    found = [d for d in pack.domains.of(sentence_words(cand.trigger.sent)) if d in void_in]
    if not found:
        return None
    state = sectors("state")
    # cooperation (verbal or material) by a state keeps its sense in any domain
    if not ontology.conflict(cand.cameo) and any(
            set(a.sectors) & state for span in cand.sources for a in span.actors):
        return None
    return found[0]
