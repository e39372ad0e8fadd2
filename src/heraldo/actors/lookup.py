"""Look up how a phrase resolves: ``heraldo actors lookup "el canciller alemán"``."""

from __future__ import annotations

from heraldo.actors.kb import load_kb, user_actor_files
from heraldo.actors.resolve import Resolver
from heraldo.lang import load_pack
from heraldo.model import Mention
from heraldo.nlp.loader import load_nlp
from heraldo.nlp.text import clean_for_parse


def lookup(text: str, *, lang: str = "es", date: str | None = None) -> list[Mention]:
    """The actor mentions of ``text`` resolved on ``date`` (ISO), each with its ``how``."""
    doc = load_nlp(lang)(clean_for_parse(text))
    resolver = Resolver(load_pack(lang), load_kb(lang, tuple(user_actor_files())))
    spans = resolver.resolve(doc, date)
    return [m for span in spans for m in span.mentions(doc)]
