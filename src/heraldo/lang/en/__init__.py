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
    inflection: int = 3  # "walk|ing"

    def reflexive_base(self, lemma: str) -> str | None:
        return None

    def verb_stem(self, lemma: str) -> str:
        return lemma.removesuffix("e")

    def motion_stem(self, lemma: str) -> str | None:
        return self.verb_stem(lemma) if len(lemma) >= MOTION_MIN else None

    def has_enclitic(self, form: str) -> bool:
        return False

    def singulars(self, word: str) -> tuple[str, ...]:
        return tuple(word[:-len(e)] for e in PLURAL_ENDINGS if word.endswith(e))

    def plural_form(self, word: str) -> bool:
        return word.endswith(PLURAL_MARK)

    def dropped_subject(self, verb: Token) -> Token | None:
        return None  # English does not drop subjects


MORPHOLOGY = EnglishMorphology()
