"""The Python API checks its input as the command line does: ``InputError`` for input that
is no text and for a ``published`` that is no date."""

from __future__ import annotations

import datetime as dt

import pytest

import heraldo
from heraldo.errors import InputError
from heraldo.model import Article

TEXT = "Rusia atacó Ucrania."


@pytest.mark.parametrize("text, message", [
    (None, "must be a str, not NoneType"), (b"Rusia", "must be a str, not bytes"),
    (42, "must be a str, not int"), ("", "empty"), (" \n", "empty"),
    ("a\x00b", "binary"),
])
def test_extract_refuses_what_is_no_text(text, message):
    with pytest.raises(InputError, match=message):
        heraldo.extract(text)


@pytest.mark.parametrize("published, message", [
    ("ayer", "'ayer' is not a date"), ("2024-13-01", "is not a date"),
    (dt.date(2024, 3, 15), "must be a str"), (20240315, "must be a str"),
])
def test_extract_refuses_a_published_that_is_no_date(published, message):
    with pytest.raises(InputError, match=message):
        heraldo.extract(TEXT, published=published)


@pytest.mark.parametrize("published", ["2024-03-15", "20240315", "2024-03-15T10:00:00Z", None])
def test_extract_takes_the_dates_the_command_line_takes(published):
    document = heraldo.extract(TEXT, published=published)
    assert document.events


def test_pipeline_checks_each_article_s_date(pipeline):
    articles = [Article.from_text(TEXT, language="es", published="2024-03-15"),
                Article.from_text(TEXT + " ", language="es", published="mañana")]
    with pytest.raises(InputError, match="'mañana' is not a date"):
        list(pipeline.process(articles))
