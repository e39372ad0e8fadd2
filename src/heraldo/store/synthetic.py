"""Synthetic Documents with realistic shapes, for benchmarks and tests of the store.

Deterministic for a given seed: actors drawn from a small pool of country and government
codes, CAMEO codes from a handful of roots, dates over a few years.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from heraldo.model import Actor, Article, Document, Event, Mention, Place, When, stable_hash

COUNTRIES = ("RUS", "TUR", "UKR", "USA", "COL", "VEN", "MEX", "ESP", "FRA", "CHN", "IRN",
             "ISR", "SYR", "BRA", "ARG", "CUB")
SECTORS = ("", "GOV", "MIL", "REB", "OPP", "CVL")
CAMEO = (("010", "STATEMENT", 0.0, 1), ("036", "CONSULT", 4.0, 1), ("042", "CONSULT", 1.9, 1),
         ("043", "CONSULT", 2.8, 1), ("057", "AGREE", 8.0, 2), ("061", "COOPERATE", 6.4, 2),
         ("112", "ACCUSE", -2.0, 3), ("130", "THREATEN", -4.4, 3), ("141", "PROTEST", -6.5, 3),
         ("163", "SANCTION", -8.0, 4), ("190", "ASSAULT", -10.0, 4))
START = dt.date(2020, 1, 1)


def _mention(rng: random.Random, start: int) -> Mention:
    country = rng.choice(COUNTRIES)
    sector = rng.choice(SECTORS)
    actor = Actor(code=country + sector, country=country, sectors=(sector,) if sector else (),
                  name=f"{country} {sector}".strip(), kb_id=f"country:{country}")
    return Mention(actor, country.title(), start, start + 6, 0, "dictionary:country")


def documents(n_articles: int, events_per_article: int = 10, *, seed: int = 0,
              days: int = 1500) -> Iterator[Document]:
    """``n_articles`` Documents with ``events_per_article`` events each."""
    rng = random.Random(seed)
    for i in range(n_articles):
        day = START + dt.timedelta(days=rng.randrange(days))
        text = f"Artículo sintético {i} ({seed}). " + "Texto de relleno. " * 20
        article = Article.from_text(text, published=day.isoformat(), source=f"agencia{i % 7}")
        events = []
        for j in range(events_per_article):
            s, t = _mention(rng, 10 * j), _mention(rng, 10 * j + 7)
            cameo, plover, goldstein, quad = rng.choice(CAMEO)
            when = When(day.isoformat(), "day", inferred=True)
            where = Place("Moscú", "RUS", 55.75, 37.62, "Moscú", 0, 5) if j % 3 == 0 else None
            events.append(Event(
                id=stable_hash(article.id, j), article_id=article.id, sentence=j, start=10 * j,
                end=10 * j + 9, trigger="reunió", sources=(s,), targets=(t,), cameo=cameo,
                plover=plover, plover_mode="", goldstein=goldstein, quad_class=quad,
                when=when, where=where, confidence=round(rng.uniform(0.3, 0.95), 2),
                rule=f"synthetic.{cameo}", evidence=((10 * j, 10 * j + 9),)))
        yield Document(article, (*(e.sources[0] for e in events),), tuple(events))
