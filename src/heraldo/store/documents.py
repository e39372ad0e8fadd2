"""Reading Documents back from the store, in chunks of articles (exports, checks)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import duckdb

from heraldo.model import Actor, Article, Document, Event, Mention, Relation, Statement
from heraldo.store.provenance import in_list
from heraldo.store.rows import event_from_row

_MENTIONS = """
SELECT m.article_id, m.text, m."start", m."end", m.sentence, m.how,
       a.code, a.country, a.sectors, a.org, a.name, a.kind, a.kb_id
FROM mentions m JOIN actors a USING (actor_key)
WHERE m.article_id IN (SELECT unnest($ids)) ORDER BY m.article_id, m.position
"""


def _dicts(conn: duckdb.DuckDBPyConnection, sql: str, ids: Sequence[str]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, {"ids": list(ids)})
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _by_article(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row["article_id"]].append(row)
    return grouped


def _mention(row: dict[str, Any]) -> Mention:
    actor = Actor(row["code"], row["country"] or "", tuple(row["sectors"] or ()),
                  row["org"] or "", row["name"] or "", row["kind"] or "state",
                  row["kb_id"] or "")
    return Mention(actor, row["text"], row["start"], row["end"], row["sentence"], row["how"])


def load_documents(conn: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[Document]:
    """The Documents of the articles ``ids`` (those stored), in the order of ``ids``."""
    articles = {r["id"]: Article.from_dict(r) for r in _dicts(
        conn, "SELECT * FROM articles WHERE id IN (SELECT unnest($ids))", ids)}
    mentions = _by_article(_dicts(conn, _MENTIONS, ids))
    events = _by_article(_dicts(
        conn, "SELECT * EXCLUDE (source_codes, target_codes) FROM events "
              "WHERE article_id IN (SELECT unnest($ids)) ORDER BY article_id, position", ids))
    relations = _by_article(_dicts(
        conn, "SELECT * FROM relations WHERE article_id IN (SELECT unnest($ids)) "
              "ORDER BY article_id, position", ids))
    statements = _by_article(_dicts(
        conn, "SELECT * FROM statements WHERE article_id IN (SELECT unnest($ids)) "
              "ORDER BY article_id, position", ids))
    return [Document(
        articles[i],
        tuple(_mention(m) for m in mentions[i]),
        tuple(event_from_row(e) for e in events[i]),
        tuple(Relation.from_dict(r) for r in relations[i]),
        tuple(Statement.from_dict(s) for s in statements[i]),
    ) for i in ids if i in articles]


def iter_documents(conn: duckdb.DuckDBPyConnection, chunk: int = 500) -> Iterator[Document]:
    """Every stored Document, by article id."""
    ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    for start in range(0, len(ids), chunk):
        yield from load_documents(conn, ids[start:start + chunk])


def load_events(conn: duckdb.DuckDBPyConnection,
                ids: Sequence[str]) -> dict[str, tuple[Event, Article]]:
    """Events by id (looked up in the index of their ids), each with its article."""
    listed, params = in_list(ids)
    cursor = conn.execute("SELECT * EXCLUDE (source_codes, target_codes) FROM events "
                          f"WHERE id IN ({listed})", params)
    names = [d[0] for d in cursor.description or ()]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    article_ids = sorted({r["article_id"] for r in rows})
    articles = {r["id"]: Article.from_dict(r) for r in _dicts(
        conn, "SELECT * FROM articles WHERE id IN (SELECT unnest($ids))", article_ids)}
    return {r["id"]: (event_from_row(r), articles[r["article_id"]]) for r in rows}
