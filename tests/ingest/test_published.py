"""Publication dates recovered from the id, the dateline or the first sentences, with
where each came from (``heraldo.ingest.published``)."""

from __future__ import annotations

import json

import pytest

from heraldo.ingest import ReadOptions, read_paths
from heraldo.ingest.published import date_in_id, recover

BODY = "El presidente argentino relativizó este sábado las diferencias comerciales."


@pytest.mark.parametrize("source_id, expected", [
    ("AFP_SPA_19940620.0191", "1994-06-20"),
    ("efe-2019-03-04-123", "2019-03-04"),
    ("FNCS-train-9-train", None),
    ("AFP_SPA_19941340.0001", None),   # no such day
    (None, None),
])
def test_date_in_id(source_id, expected):
    assert date_in_id(source_id) == expected


@pytest.mark.parametrize("text, url, expected", [
    # the AFP layout: title, blank line, dateline with an abbreviated month
    (f"MENEM MINIMIZO DIFERENCIAS\n\nBUENOS AIRES, Mar 29\n\n{BODY}",
     "https://x.example/1997/nota", ("1997-03-29", "dateline")),
    (f"Titular\n\nPor Raúl Zamora; PARIS, Nov 20\n\n{BODY}",
     "https://x.example/mundo/1995/x.html", ("1995-11-20", "dateline")),
    (f"Titular\n\nCIUDAD DEL VATICANO, Set 21\n\n{BODY} Ocurrió en 1998.",
     None, ("1998-09-21", "dateline")),             # the year stated in the text
    (f"BOGOTÁ, 20 jun de 2001 (AFP) - {BODY}", None, ("2001-06-20", "dateline")),
    (f"Titular\n\nQUITO, Jun 20\n\n{BODY}", None, (None, None)),   # no year anywhere
])
def test_recover_from_the_dateline(text, url, expected):
    assert recover(text, "es", url=url) == expected


def test_recover_from_the_first_sentences_takes_the_latest_stated_day():
    text = ("Pandemia: el primer aniversario\nEste episodio se publicó el 11 de marzo de "
            "2021, un año después de la declaración del 11 de marzo de 2020.")
    assert recover(text, "es") == ("2021-03-11", "text")
    late = "Titular\nUna frase.\nOtra frase.\nOtra más.\nY al fin el 2 de enero de 2020."
    assert recover(late, "es") == (None, None)   # beyond the first sentences


def test_recover_order_metadata_url_id_dateline_argument_text():
    text = f"Titular\n\nQUITO, Jun 20\n\n{BODY} Lo dijo el 3 de mayo de 1999."
    full = {"metadata": "2001-01-01", "url": "https://x.example/2002/02/02/a",
            "source_id": "AFP_SPA_20030303.0001", "default": "2005-05-05"}
    assert recover(text, "es", **full) == ("2001-01-01", "metadata")
    del full["metadata"]
    assert recover(text, "es", **full) == ("2002-02-02", "url")
    del full["url"]
    assert recover(text, "es", **full) == ("2003-03-03", "id")
    del full["source_id"]
    assert recover(text, "es", **full) == ("1999-06-20", "dateline")
    assert recover(BODY + " Lo dijo el 3 de mayo de 1999.", "es", default="2005-05-05") \
        == ("2005-05-05", "argument")
    assert recover(BODY + " Lo dijo el 3 de mayo de 1999.", "es") == ("1999-05-03", "text")


def test_ingest_readers_record_published_from(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "AFP_SPA_19940620.0191", "lang": "es",
                                "text": f"T\n\nQUITO, Jun 19\n\n{BODY}"}) + "\n",
                    encoding="utf-8")
    (article,) = read_paths([path], ReadOptions())
    assert (article.published, article.published_from) == ("1994-06-20", "id")
