"""The pipeline streams its input, and its coder keeps nothing of a document once coded."""

from __future__ import annotations

import itertools

import pytest

from heraldo.model import Article

TEXTS = ("Rusia y Turquía se comprometieron a cooperar en Siria, dijo el Kremlin.",
         "El ejército colombiano atacó un campamento del ELN en Arauca.")


def test_process_streams_its_input(pipeline):
    pulled = []

    def articles():
        for n in range(10 * pipeline.batch_size):
            pulled.append(n)
            yield Article.from_text(TEXTS[n % 2], language="es", published="2022-01-03")

    first = list(itertools.islice(pipeline.process(articles()), 3))
    assert len(first) == 3
    # nlp.pipe reads one batch ahead at most, never the whole input
    assert len(pulled) <= 3 + pipeline.batch_size


def test_each_text_is_checked_before_it_is_parsed(pipeline):
    from heraldo.pipeline import InputError

    articles = [Article.from_text(TEXTS[0], language="es"),
                Article(id="empty", text="  ", language="es")]
    with pytest.raises(InputError, match="empty"):
        list(pipeline.process(articles))


def test_coder_keeps_no_state_across_documents(pipeline):
    coder = pipeline.coder
    before = dict(vars(coder))
    first = [pipeline.extract(t, published="2022-01-03") for t in TEXTS]
    assert vars(coder) == before
    again = [pipeline.extract(t, published="2022-01-03") for t in reversed(TEXTS)]
    assert [d.events for d in first] == [d.events for d in reversed(again)]
