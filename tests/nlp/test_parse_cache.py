"""The parse cache gives the same Docs, and so the same Documents, as a fresh parse."""

from __future__ import annotations

import pytest

from conftest import EVAL, need_shared
from heraldo.evaluate import mentions
from heraldo.nlp.parse_cache import ParseCache, parse_key

#: corpus articles with a headline in capitals (tokens marked uncased) and paragraphs
ARTICLES = ("AFP_SPA_19950118.0086", "AFP_SPA_19950503.0315", "AFP_SPA_19960325.0398")


def _tokens(doc):
    return [(t.text, t.whitespace_, t.tag_, t.pos_, str(t.morph), t.lemma_, t.norm_, t.dep_,
             t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def articles():
    corpus = need_shared(EVAL / "es-news-corpus.jsonl")
    records = [r for r in mentions.read_corpus(corpus) if r["id"] in ARTICLES]
    assert len(records) == len(ARTICLES)
    return mentions.corpus_articles(records)


def test_cached_parses_give_the_same_documents(pipeline, articles, tmp_path, monkeypatch):
    fresh = list(pipeline.analyse_docs(articles))
    assert any(a.doc.user_data["uncased"] for a in fresh)  # the articles test what they should
    cache = ParseCache(tmp_path)
    texts = [a.text for a in articles]
    written = cache.docs(pipeline, texts)
    # one file per piece parsed apart (a headline and a dateline without a full stop)
    pieces = sum(len(pipeline.make_docs(text)) for text in texts)
    assert len(list(tmp_path.rglob("*.spacy"))) == pieces > len(articles)

    def no_parse(*args, **kwargs):
        raise AssertionError("a cached text was parsed again")

    monkeypatch.setattr(pipeline.nlp, "pipe", no_parse)
    read = cache.docs(pipeline, texts)
    monkeypatch.undo()
    for article, analysis, new, old in zip(articles, fresh, written, read, strict=True):
        assert _tokens(old) == _tokens(new) == _tokens(analysis.doc)
        # what make_docs writes (the analysis adds caches of its own)
        assert old.user_data == new.user_data
        assert old.user_data.items() <= analysis.doc.user_data.items()
        assert pipeline.analyse_parsed(article, old).document == analysis.document


def test_the_key_holds_the_pre_parse_steps(pipeline):
    nlp = pipeline.nlp
    key = parse_key(nlp, pipeline.make_docs("Dijo que sí. La OEA lo negó.")[0])
    # the same words in another paragraph: make_docs starts a sentence there
    assert parse_key(nlp, pipeline.make_docs("Dijo que sí.\nLa OEA lo negó.")[0]) != key
    # curly quotes become straight ones before parsing: the same parse
    assert parse_key(nlp, pipeline.make_docs("Dijo “no”.")[0]) == \
        parse_key(nlp, pipeline.make_docs('Dijo "no".')[0])
    assert parse_key(nlp, pipeline.make_docs("Dijo que sí. La OEA lo negó.")[0]) == key


def test_another_model_version_is_another_entry(pipeline, tmp_path, monkeypatch):
    nlp, cache = pipeline.nlp, ParseCache(tmp_path)
    made = pipeline.make_docs("La OEA lo negó.")[0]
    key = parse_key(nlp, made)
    path = cache.path(nlp, key)
    monkeypatch.setitem(nlp.meta, "version", "9.9.9")
    assert parse_key(nlp, made) != key
    assert cache.path(nlp, parse_key(nlp, made)).parent.parent != path.parent.parent
