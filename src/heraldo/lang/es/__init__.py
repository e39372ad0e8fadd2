"""Spanish: the code that cannot be data (the word tables are ``data/lang/es/``).

Spanish drops subjects (a finite verb continues an earlier subject); its reflexive verbs
end in "-rse" ("reunirse") and carry the clitic as an ending ("reunirse",
"comprometerse"); its verbs inflect on a stem ("lleg|aron"); its plurals add "-s" or
"-es" ("iraquí" -> "iraquíes").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: infinitive endings
INFINITIVE = ("ar", "er", "ir")
#: the reflexive clitic as an infinitive's ending ("reunirse"), and as a lemma's
REFLEXIVE_ENDING = "se"
#: plural endings, longest first ("iraquíes", "colombianos")
PLURAL_ENDINGS = ("es", "s")
#: the letter every plural ends in
PLURAL_MARK = "s"
#: the endings of a regular participle, each with the infinitive endings it may come from
#: ("perpetrado" -> "perpetrar"; "sufrido" -> "sufrer", "sufrir")
PARTICIPLE_ENDINGS = (("ado", ("ar",)), ("ada", ("ar",)), ("ados", ("ar",)), ("adas", ("ar",)),
                      ("ido", ("er", "ir")), ("ida", ("er", "ir")), ("idos", ("er", "ir")),
                      ("idas", ("er", "ir")))
#: how many sentences back a dropped subject may be continued
CONTINUED = 3
#: a motion verb's stem recognises its garbled forms only when the infinitive is this long
MOTION_MIN = 6


@dataclass(frozen=True)
class SpanishMorphology:
    """What the Spanish coder needs of Spanish word forms: reflexive verbs, stems, enclitics,
    plurals and dropped subjects."""

    inflection: int = 4  # "lleg|aron", "expand|ió"

    def reflexive_base(self, lemma: str) -> str | None:
        """ "reunirse" -> "reunir"; None for a verb that is not reflexive."""
        if lemma.endswith("r" + REFLEXIVE_ENDING):
            return lemma[:-len(REFLEXIVE_ENDING)]
        return None

    def verb_stem(self, lemma: str) -> str:
        """ "llegar" -> "lleg": the infinitive without its ending."""
        return lemma[:-2]

    def motion_stem(self, lemma: str) -> str | None:
        """The stem of a verb of motion (its infinitive without ending) when long enough to be
        recognised by it, else None."""
        infinitive = lemma.removesuffix(REFLEXIVE_ENDING)
        if infinitive[-2:] in INFINITIVE and len(infinitive) >= MOTION_MIN:
            return infinitive[:-2]
        return None

    def has_enclitic(self, form: str) -> bool:
        """Whether a verb form ends in an enclitic "se" ("reunirse")."""
        return form.endswith(REFLEXIVE_ENDING)

    def singulars(self, word: str) -> tuple[str, ...]:
        """The singulars ``word`` may be the plural of (each plural ending removed)."""
        return tuple(word[:-len(e)] for e in PLURAL_ENDINGS if word.endswith(e))

    def plural_form(self, word: str) -> bool:
        """Whether ``word`` has a plural ending."""
        return word.endswith(PLURAL_MARK)

    def participle_verbs(self, form: str) -> tuple[str, ...]:
        """The infinitives a regular participle may be of ("perpetrado" -> "perpetrar";
        "sufridos" -> "sufrer", "sufrir"); none for another form."""
        for ending, infinitives in PARTICIPLE_ENDINGS:
            if form.endswith(ending) and len(form) > len(ending) + 1:
                return tuple(form[:-len(ending)] + i for i in infinitives)
        return ()

    def dropped_subject(self, verb: Token) -> Token | None:
        """Spanish drops subjects: a finite verb without one continues the subject of the
        previous sentence's main clause when person and number agree; a main clause that
        drops its own subject with the same agreement passes on the one it continues
        ("Putin llegó a Ankara. Dijo que ... Criticó ..."), up to ``CONTINUED`` sentences
        back."""
        if not _finite(verb) or "3" not in verb.morph.get("Person", ["3"]) or \
                any(c.dep_.startswith("nsubj") for c in verb.children):
            return None  # "La ciudad advirtió": a subject of its own, actor or not
        plural = "Plur" in verb.morph.get("Number", [])
        sentence = verb.sent
        for _ in range(CONTINUED):
            if sentence.start == 0:
                return None
            sentence = verb.doc[sentence.start - 1].sent
            root = sentence.root
            subjects = [c for c in root.children if c.dep_ == "nsubj"]
            if subjects:
                subject = subjects[0]
                subject_plural = bool(subject.conjuncts) or \
                    "Plur" in subject.morph.get("Number", [])
                return subject if plural == subject_plural else None
            if not _finite(root) or plural != ("Plur" in root.morph.get("Number", [])) or \
                    any(c.dep_.startswith("nsubj") for c in root.children):
                return None
        return None


def _finite(verb: Token) -> bool:
    return "Fin" in verb.morph.get("VerbForm", [])


MORPHOLOGY = SpanishMorphology()
