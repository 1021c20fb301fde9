"""STUB (owned by the search work): the search index inside the SQLite store.

Contract used by :mod:`marsad.store` (keep these signatures):

* ``create_schema(conn)`` — create the search tables (idempotent);
* ``save_article(conn, article_id, article)`` — index one stored article (called inside the
  ingest transaction, once per new article);
* ``search(conn, query, limit=10) -> list[dict]`` — hits with ``article_id``, ``score``, ``title``,
  ``snippet``.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from marsad.model import Article
from marsad.text.normalize import display_text, search_key


def create_schema(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(key, display UNINDEXED)")


def save_article(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    body = "\n".join(article.span_text(b) for b in article.paragraphs)
    conn.execute(
        "INSERT INTO search_fts(rowid, key, display) VALUES (?, ?, ?)",
        (article_id, search_key(article.title_text + "\n" + body), display_text(body)),
    )


def search(conn: sqlite3.Connection, query: str, limit: int = 10) -> list[dict[str, Any]]:
    q = '"' + search_key(query).replace('"', '""') + '"'
    rows = conn.execute(
        "SELECT rowid, bm25(search_fts), substr(display, 1, 200) FROM search_fts WHERE search_fts MATCH ? "
        "ORDER BY bm25(search_fts) LIMIT ?",
        (q, limit),
    ).fetchall()
    return [{"article_id": r[0], "score": -r[1], "snippet": r[2]} for r in rows]
