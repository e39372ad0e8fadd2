"""The per-article pipeline: parse, resolve actors, code events.

``Pipeline`` loads the models and tables once and processes batches with ``nlp.pipe``;
``extract`` is the one-call convenience. The pipeline is a pure function of
(article, resources): the same input gives the same Document on any worker.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from heraldo.actors.demonyms import adjective_demonyms
from heraldo.actors.kb import load_kb, user_actor_files
from heraldo.actors.resolve import Resolver
from heraldo.actors.spans import PLACE_KINDS, ActorSpan
from heraldo.actors.standing import (
    article_country,
    datelines,
    is_credit,
    is_dateline,
    localise_mention,
    names_an_event,
    nationals,
    slugs,
    specific,
    stands,
)
from heraldo.actors.use import no_actor_use
from heraldo.coding.coder import Coded, Coder
from heraldo.coding.places import Places
from heraldo.errors import InputError
from heraldo.lang import LanguagePack, load_pack
from heraldo.model import Article, Document, Mention
from heraldo.nlp.chunks import chunk_bounds, split_at
from heraldo.nlp.dates import parse_date
from heraldo.nlp.loader import load_nlp
from heraldo.nlp.places import load_gazetteer
from heraldo.nlp.text import clean_for_parse, mark_uncased, open_breaks, paragraph_breaks

#: the longest text parsed as one, far under spaCy's limit (E088: 1,000,000 characters):
#: the parser's memory grows with the characters of a batch, and a batch of such chunks
#: stays near that of news articles (a 1.2-million-character text: 1.2 GB peak, against
#: 3.8 GB in chunks of a million; benchmarks/long_text.py)
CHUNK_CHARS = 10_000

#: kinds of resolved spans whose words are names of actors, not of places
NAMED_KINDS = frozenset({"person", "group", "organisation"})


@dataclass(frozen=True)
class Analysis:
    """Everything the pipeline learnt about one article (``explain`` shows it)."""

    document: Document
    doc: Doc
    spans: tuple[ActorSpan, ...]
    trace: tuple[str, ...]


def check_text(text: object) -> None:
    """An ``InputError`` unless ``text`` is text that can be coded."""
    if not isinstance(text, str):
        raise InputError(f"the text must be a str, not {type(text).__name__}")
    if not text.strip():
        raise InputError("the text is empty")
    if "\x00" in text:
        raise InputError("the input looks binary (it contains NUL bytes), not text")


def check_published(published: object) -> None:
    """An ``InputError`` unless ``published`` is None or a date as the command line takes
    it (``YYYY-MM-DD``, ``YYYYMMDD`` or an ISO timestamp)."""
    if published is None:
        return
    if not isinstance(published, str):
        raise InputError(f"published must be a str (YYYY-MM-DD), not {type(published).__name__}")
    if parse_date(published) is None:
        raise InputError(f"published {published!r} is not a date (use YYYY-MM-DD)")


class Pipeline:
    """Loads the language resources once; codes articles one by one or in batches."""

    def __init__(self, lang: str = "es", *, batch_size: int = 32,
                 actor_files: Iterable[Path] = ()) -> None:
        """Load the spaCy model, the language pack, the actor knowledge base (with
        ``actor_files``) and the coder of ``lang``; parse ``batch_size`` texts at a time."""
        self.lang = lang
        self.batch_size = batch_size
        self.nlp = load_nlp(lang)
        #: the longest text parsed as one: longer ones are parsed in chunks
        self.max_chars: int = min(CHUNK_CHARS, self.nlp.max_length)
        self.pack = load_pack(lang)
        extra = tuple(actor_files) or tuple(user_actor_files())  # or $HERALDO_ACTORS
        self.resolver = Resolver(self.pack, load_kb(lang, extra))
        self.coder = Coder(self.pack)
        self.gazetteer = load_gazetteer(self.pack)

    def make_docs(self, text: str) -> list[Doc]:
        """Tokenised Docs of ``text``, one per chunk under ``max_chars`` (one Doc for any
        text but a very long one: ``heraldo.nlp.chunks``), whose paragraph breaks are
        sentence boundaries."""
        cleaned = clean_for_parse(text)
        breaks = paragraph_breaks(text)
        docs = []
        bounds = split_at(chunk_bounds(text, self.max_chars, breaks), open_breaks(text, breaks))
        for start, end in bounds:
            doc = self.nlp.make_doc(cleaned[start:end])
            for token in doc[1:]:
                if token.idx + start in breaks:
                    token.is_sent_start = True
            docs.append(doc)
        if len(docs) == 1:
            mark_uncased(docs[0], text)
        return docs

    def join(self, parts: list[Doc], text: str) -> Doc:
        """The one Doc of ``text`` from the parsed Docs of its chunks: token offsets are
        offsets in ``text``."""
        if len(parts) == 1:
            return parts[0]
        doc = Doc.from_docs(parts, ensure_whitespace=False)
        mark_uncased(doc, text)
        return doc

    def parse(self, texts: Iterable[str]) -> Iterator[Doc]:
        """The parsed Doc of each of ``texts``, in order, parsed in batches of chunks."""
        pending: deque[tuple[str, int]] = deque()

        def chunks() -> Iterator[Doc]:
            for text in texts:
                docs = self.make_docs(text)
                pending.append((text, len(docs)))
                yield from docs

        parsed = iter(self.nlp.pipe(chunks(), batch_size=self.batch_size))
        for first in parsed:
            text, n = pending.popleft()
            yield self.join([first, *itertools.islice(parsed, n - 1)], text)

    def analyse_docs(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        """Analyses of ``articles`` as they come: ``nlp.pipe`` takes them in batches, and
        each text is checked just before it is parsed (the input is never held whole)."""
        pending: deque[Article] = deque()

        def texts() -> Iterator[str]:
            for article in articles:
                check_text(article.text)
                check_published(article.published)
                pending.append(article)
                yield article.text

        for doc in self.parse(texts()):
            yield self.analyse_parsed(pending.popleft(), doc)

    def analyse_parsed(self, article: Article, doc: Doc) -> Analysis:
        """The analysis of an article already parsed as ``doc``: actor spans, places, dates,
        events and the trace of each decision."""
        published = parse_date(article.published)
        date = published.isoformat() if published else None
        spans = self.resolver.resolve(doc, date)
        # a name the resolver took for a person, a group or an organisation is no place
        # ("recalcó Mesa": Carlos Mesa, not Mesa, Arizona; the party Morena, not Morena,
        # India)
        named = {i for s in spans if s.kind in NAMED_KINDS for i in range(s.start, s.end)}
        matches = [m for m in self.gazetteer.match(doc)
                   if named.isdisjoint(range(m.start, m.end))]
        items = sorted(datelines(doc, spans) + slugs(doc, self.resolver.kb))
        # place names standing as actors (a place's standing needs no other span's tokens)
        pack = self.pack
        acting = frozenset(s.start for s in spans
                           if s.kind in PLACE_KINDS and stands(pack, doc, s))
        country = article_country(doc, spans, matches)
        if len(items) == 1 and items[0][1] != country:
            items = []  # the reporter's desk ("PARÍS, 28 oct (AFP)" over a Moscow story)
        places = Places(pack, doc, matches, country, items, nationals(spans), acting)
        # "BOGOTÁ, 20 jun (AFP) -", "Colombia" in "Bogotá, Colombia", "Alemania 2006": places,
        # credits or names, no actors
        spans = [s for s in spans if not is_dateline(doc, s) and s.start not in places.qualifiers
                 and not names_an_event(pack, doc, s) and not is_credit(doc, s)]
        # a common noun used as no actor ("jefe de gabinete", "fue víctima", "ningún
        # rehén") is no event's argument either
        arguments = [s for s in spans
                     if s.kind not in ("agent", "demonym") or not no_actor_use(pack, doc, s)]
        coded: Coded = self.coder.code(doc, arguments, article.id, published, places,
                                       adjective_demonyms(doc, self.resolver.kb, spans))
        mentions = self._mentions(pack, doc, spans, places, coded)
        document = Document(article, tuple(mentions), coded.events, coded.relations,
                            coded.statements)
        return Analysis(document, doc, tuple(spans), coded.trace)

    @staticmethod
    def _mentions(pack: LanguagePack, doc: Doc, spans: list[ActorSpan], places: Places,
                  coded: Coded) -> list[Mention]:
        """Every actor mention: the spans that stand as actors, with the nationality their
        sentence or article gives them, and every mention an event uses."""
        mentions: list[Mention] = []
        actor_tokens = frozenset(i for span in spans for i in range(span.start, span.end))
        for span in spans:
            if stands(pack, doc, span, actor_tokens):
                sector = span.actors[0].sectors[0] if span.actors[0].sectors else ""
                head = doc[span.head]
                # the place of the clause the actor takes part in ("Argentina, país donde
                # la policía utilizó gases": Argentine police), or of the relative clause
                # of place it stands in, however deep
                where = (places.of_event(head.head) if head.dep_ in pack.deps.clause_role
                         else None) \
                    or places.around(head)
                country, why = places.country_for(head, where, sector)
                in_story = specific(pack, head)
                mentions.extend(localise_mention(m, country, why, in_story)
                                for part in (span, *span.nested) for m in part.mentions(doc))
        seen = {(m.start, m.end, m.actor.code) for m in mentions}
        for event in coded.events:
            for m in (*event.sources, *event.targets):
                if (m.start, m.end, m.actor.code) not in seen:
                    seen.add((m.start, m.end, m.actor.code))
                    mentions.append(m)
        return sorted(mentions, key=lambda m: (m.start, m.end))

    def process(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Documents for ``articles``, parsed in batches."""
        for analysis in self.analyse_docs(articles):
            yield analysis.document

    def extract(self, text: str, *, published: str | None = None, **meta: str | None) -> Document:
        """The Document of one text, coded with the publication date ``published`` and the
        article metadata ``meta``."""
        article = Article.from_text(text, language=self.lang, published=published, **meta)
        return next(self.process([article]))


_PIPELINES: dict[str, Pipeline] = {}


def get_pipeline(lang: str = "es") -> Pipeline:
    """A process-wide Pipeline per language (models load once)."""
    if lang not in _PIPELINES:
        _PIPELINES[lang] = Pipeline(lang)
    return _PIPELINES[lang]


def extract(text: str, *, lang: str = "es", published: str | None = None) -> Document:
    """Code one article: actors, events, statements (an ``InputError`` for input that is
    no text or a ``published`` that is no date)."""
    check_text(text)
    check_published(published)
    return get_pipeline(lang).extract(text, published=published)
