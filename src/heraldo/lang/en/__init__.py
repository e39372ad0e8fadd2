"""English: the code that cannot be data (the word tables are ``data/lang/en/``).

English does not drop subjects, marks reflexives with a pronoun ("themselves"), not with
an ending, and inflects verbs on the bare stem ("walk|ed"). Best effort: English is not
wired to a parser yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: plural endings, longest first ("churches", "soldiers")
PLURAL_ENDINGS = ("es", "s")
#: the letter regular plurals end in
PLURAL_MARK = "s"
#: a motion verb's stem recognises its garbled forms only when the verb is this long
MOTION_MIN = 4


@dataclass(frozen=True)
class EnglishMorphology:
    """What the English coder needs of English word forms: stems, plurals, no reflexives,
    enclitics or dropped subjects."""

    inflection: int = 3  # "walk|ing"

    def reflexive_base(self, lemma: str) -> str | None:
        """None: English marks no reflexive verb in its lemma."""
        return None

    def verb_stem(self, lemma: str) -> str:
        """The lemma without a final e ("agree" -> "agre"), the part its forms share."""
        return lemma.removesuffix("e")

    def motion_stem(self, lemma: str) -> str | None:
        """The stem of a verb of motion long enough to be recognised by it, else None."""
        return self.verb_stem(lemma) if len(lemma) >= MOTION_MIN else None

    def has_enclitic(self, form: str) -> bool:
        """False: English verb forms carry no enclitic pronoun."""
        return False

    def singulars(self, word: str) -> tuple[str, ...]:
        """The singulars ``word`` may be the plural of (each plural ending removed)."""
        return tuple(word[:-len(e)] for e in PLURAL_ENDINGS if word.endswith(e))

    def plural_form(self, word: str) -> bool:
        """Whether ``word`` has a plural ending."""
        return word.endswith(PLURAL_MARK)

    def participle_verbs(self, form: str) -> tuple[str, ...]:
        """The verbs a regular past participle may be of ("imposed" -> "impose", "impos";
        "carried" -> "carry"); none for another form."""
        if not form.endswith("ed") or len(form) < 5:
            return ()
        return (form[:-1], form[:-2], form[:-3] + "y")

    def dropped_subject(self, verb: Token) -> Token | None:
        """None: English does not drop subjects."""
        return None  # English does not drop subjects


MORPHOLOGY = EnglishMorphology()
