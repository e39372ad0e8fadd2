"""Whether a place name acts: a political actor ("condenó a Moscú") or a location
("llegó a Vietnam", "el este de Lima"), by its argument role and the word governing it."""

from __future__ import annotations

from spacy.tokens import Token

from heraldo.actors.spans import PLACE_KINDS, ActorSpan
from heraldo.lang import LanguagePack
from heraldo.lang import Role as ArgRole
from heraldo.resources import fold

#: roles where a destination or origin follows a motion verb
MOTION_SLOTS = frozenset({ArgRole.RECIPIENT, ArgRole.GENITIVE, ArgRole.ORIGIN, ArgRole.DIRECTION,
                          ArgRole.TERMINUS, ArgRole.PURPOSE})
#: roles where a place name acts politically ("condenó a Moscú", "Moscú quiere"), not as a
#: location ("se reúnan en Moscú")
ACTOR_SLOTS = frozenset({ArgRole.OBJ, ArgRole.IOBJ, ArgRole.RECIPIENT, ArgRole.COMITATIVE,
                         ArgRole.ADVERSATIVE, ArgRole.AGENT, ArgRole.BETWEEN, ArgRole.AUDIENCE,
                         ArgRole.TOPIC, ArgRole.GENITIVE, ArgRole.PURPOSE, ArgRole.SUBJECT})
#: roles after which a part noun makes a place a location ("el este de Lima", "la frontera
#: con Turquía", "la frontera entre A y B", "vecino a Caracas")
PART_SLOTS = frozenset({ArgRole.GENITIVE, ArgRole.BETWEEN, ArgRole.COMITATIVE,
                        ArgRole.RECIPIENT})


def acts_as_actor(pack: LanguagePack, span: ActorSpan, slot: ArgRole,
                  governor: Token | None = None) -> bool:
    """Whether a place name in argument ``slot`` (of ``governor``, when known) is a
    political actor or a location. The coder asks this for every argument; actors that are
    not place names always act. A motion verb or a part noun makes a place a location even
    in an actor slot: "llegó a Vietnam", "salió de Bélgica", "el este de Lima"."""
    if span.kind not in PLACE_KINDS:
        return True
    if slot not in ACTOR_SLOTS:
        return False
    if governor is None:
        return True
    if slot in MOTION_SLOTS and is_motion(pack, governor) \
            and not (governor.pos_ == "NOUN" and slot == ArgRole.GENITIVE):
        return False  # "llegó a Vietnam", "rumbo a Estados Unidos"; not "la llegada de Rusia"
    words = pack.place_words
    lemma = fold(governor.lemma_)
    if slot == ArgRole.GENITIVE and lemma in words.setting:
        return False  # "la crisis de Siria", "la historia de México": a setting or a topic
    # "el este de Lima", "fuera de Madrid", "vecino a Caracas"
    return not (slot in PART_SLOTS and lemma in words.part)


def is_motion(pack: LanguagePack, word: Token) -> bool:
    """A verb or noun of motion ("llegó", "los vuelos", "rumbo"), by its lemma or, for a
    verb whose lemma the lemmatizer garbled, by its form."""
    return fold(word.lemma_) in pack.place_words.motion or _motion_form(pack, word)


def _motion_form(pack: LanguagePack, verb: Token) -> bool:
    """A form of a motion verb whose lemma the lemmatizer garbled ("expandió" ->
    "expandeír"): the form is the infinitive's stem plus a short inflection."""
    word = fold(verb.text)
    morphology = pack.morphology
    if verb.pos_ not in ("VERB", "AUX") or word.startswith(
            morphology.verb_stem(fold(verb.lemma_))):
        return False  # the lemma explains the form: trust it ("entregó": entregar)
    stems = sorted({stem for w in pack.place_words.motion
                    if (stem := morphology.motion_stem(w)) is not None})
    return any(word.startswith(stem) and len(word) - len(stem) <= morphology.inflection
               for stem in stems)
