"""Marsad's search index inside the SQLite store: FTS5 over pre-analyzed Arabic tokens, BM25 ranking.

Contract used by :mod:`marsad.store` (see ``marsad.store.db.EXTENSIONS``):

* ``create_schema(conn)`` — create the search tables (idempotent);
* ``save_article(conn, article_id, article)`` — index one stored article (inside the ingest
  transaction, once per new article);
* ``article_rows(article_id, article)`` and ``save_rows(conn, rows)`` — the same in two steps, which
  the store uses to write the index once per batch (one FTS5 segment per batch, not per article);
* ``search(conn, query, limit=10, **filters) -> list[dict]`` — hits (shape in ``docs/search.md``);
* ``verify(conn) -> list[str]`` — what is out of sync (empty when all is well).

Tables:

``search_fts`` (FTS5, contentless): six columns, surface keys ``kt kl kb`` and stems ``st sl sb``
of title, lead and body, each a space-separated string of tokens made by
:mod:`marsad.search.analyzer` (letters and digits only, lower case), so FTS5's ``ascii`` tokenizer
(every non-ASCII character is a token character; ASCII punctuation and spaces separate) reads them
back exactly and cheaply (measured: 40% faster inserts than ``unicode61``). Analysis happens in Python; FTS5 is the inverted index and BM25
(Robertson & Zaragoza 2009; FTS5 ``bm25()`` with per-column weights from :mod:`marsad.settings`).

``search_doc``: per article the display text of the title, and of lead and body (joined by a blank
line, zlib-compressed: 2.4× smaller, 10 µs to inflate) for snippets; source,
publication instant, a reference (DOCNO or URL), and ``dup``, a 64-bit key of the title and lead
surface keys: hits with the same key are one result (reposts and copies).

``search_hashtag`` and ``search_entity``: the search keys of hashtags and entity names, for the
``hashtag:`` and ``person:``/``org:``/``place:`` filters.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from dataclasses import dataclass, field
from typing import Any

from marsad import settings
from marsad.model import Article
from marsad.search.analyzer import analyze_text
from marsad.search.query import ENTITY_FILTERS, Compiled, compile_query, date_bound, parse
from marsad.search.snippets import highlight, make_snippet
from marsad.text.normalize import search_key

SCHEMA: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "kt, kl, kb, st, sl, sb, content='', tokenize='ascii')",
    """CREATE TABLE IF NOT EXISTS search_doc (
  article_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  text BLOB,
  source TEXT NOT NULL DEFAULT '',
  published TEXT,
  ref TEXT,
  url TEXT,
  dup INTEGER
)""",
    "CREATE INDEX IF NOT EXISTS search_doc_published ON search_doc(published)",
    "CREATE TABLE IF NOT EXISTS search_hashtag (article_id INTEGER NOT NULL, tag TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS search_hashtag_tag ON search_hashtag(tag)",
    "CREATE TABLE IF NOT EXISTS search_entity (article_id INTEGER NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS search_entity_name ON search_entity(type, name)",
)

#: Meta fields, in order of preference, giving an article's source, reference and URL.
SOURCE_FIELDS = ("source", "SRC", "src")
REF_FIELDS = ("DOCNO", "docno", "id", "URL", "url")
URL_FIELDS = ("URL", "url")


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the search tables (idempotent)."""
    for ddl in SCHEMA:
        conn.execute(ddl)


def _meta(article: Article, names: tuple[str, ...]) -> str:
    return next((article.meta[n] for n in names if article.meta.get(n)), "")


def article_fields(article: Article) -> tuple[str, str, str]:
    """Display text of ``(title, lead, body)`` of an article (body: the other kept blocks, one
    paragraph per line pair). A readable article without blocks is indexed through its whole display
    text; an unreadable one (error-level problem) with empty fields, so the index stays in step."""
    try:
        title = article.title_text if article.title is not None else ""
    except Exception:  # noqa: BLE001 - a layout bug must not lose the article from the index
        title = article.display(article.title)
    lead_block = article.lead
    lead = article.display(lead_block) if lead_block is not None else ""
    paragraphs = [b for b in article.paragraphs if b is not lead_block]
    if paragraphs:
        body = "\n\n".join(article.display(b) for b in paragraphs)
    elif not lead and not title and article.ok:
        body = article.display()
    else:
        body = ""
    return title, lead, body


def _dup_key(title_keys: str, lead_keys: str, body_keys: str) -> int | None:
    basis = title_keys + "|" + (lead_keys or body_keys)[:400]
    if basis == "|":
        return None
    return int.from_bytes(hashlib.blake2b(basis.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


#: What :func:`article_rows` returns for one article: the ``search_fts`` row, the ``search_doc`` row,
#: the ``search_hashtag`` rows and the ``search_entity`` rows.
IndexRows = tuple[tuple[Any, ...], tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]]]

_FTS_INSERT = "INSERT INTO search_fts(rowid, kt, kl, kb, st, sl, sb) VALUES (?, ?, ?, ?, ?, ?, ?)"
_DOC_INSERT = (
    "INSERT OR REPLACE INTO search_doc(article_id, title, text, source, published, ref, url, dup) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_HASHTAG_INSERT = "INSERT INTO search_hashtag(article_id, tag) VALUES (?, ?)"
_ENTITY_INSERT = "INSERT INTO search_entity(article_id, type, name) VALUES (?, ?, ?)"


#: Python types SQLite binds (anything else fails at ``executemany``).
_BINDABLE = (str, int, float, bytes)


def article_rows(article_id: int, article: Article) -> IndexRows:
    """The rows that index one article under ``article_id`` (pure: touches no database). Raises
    ``TypeError`` for a meta value SQLite cannot store (the store then keeps the article as a failed
    copy, as when the insert itself failed). Cost: ~0.35 ms CPU per ANT article once the word cache
    is warm (analysis ~0.23, zlib level 1 of lead + body ~0.05; loaded 2-core machine)."""
    title, lead, body = article_fields(article)
    kt, st = analyze_text(title)
    kl, sl = analyze_text(lead)
    kb, sb = analyze_text(body)
    value = article.published.value if article.published is not None else None
    published = (value.utc or value.local) if value is not None else None
    doc = (
        article_id,
        title,
        zlib.compress((lead + "\n\n" + body if lead and body else lead or body).encode("utf-8"), 1),
        _meta(article, SOURCE_FIELDS),
        published,
        _meta(article, REF_FIELDS) or None,
        _meta(article, URL_FIELDS) or None,
        _dup_key(kt, kl, kb),
    )
    for v in doc:
        if v is not None and type(v) not in _BINDABLE:
            # written at COMMIT, not in the article's SAVEPOINT: fail here, for this article alone
            raise TypeError(f"search_doc value of type {type(v).__name__} cannot be stored: {v!r:.80}")
    hashtags = [(article_id, _tag_key(h.tag)) for h in article.hashtags]
    entities = [
        (article_id, e.type, search_key(name)) for e in article.entities for name in {e.name, *e.aliases}
    ]
    return (article_id, kt, kl, kb, st, sl, sb), doc, hashtags, entities


def save_rows(conn: sqlite3.Connection, batch: list[IndexRows]) -> None:
    """Write the :func:`article_rows` of many articles, one ``executemany`` per table.

    The store calls this once per ingest batch, just before its ``COMMIT``: FTS5 keeps inserted
    rows in memory until a savepoint or the commit and then writes them as one new index segment,
    so rows written article by article (each article in its own ``SAVEPOINT``) made one segment per
    article (~0.37 ms CPU per ANT article for the FTS and ``search_doc`` inserts), where one segment
    per batch of 500 costs ~0.1 ms per article (measured, 2,000 ANT articles, ``--core``).
    """
    if not batch:
        return
    conn.executemany(_FTS_INSERT, [b[0] for b in batch])
    conn.executemany(_DOC_INSERT, [b[1] for b in batch])
    hashtags = [r for b in batch for r in b[2]]
    if hashtags:
        conn.executemany(_HASHTAG_INSERT, hashtags)
    entities = [r for b in batch for r in b[3]]
    if entities:
        conn.executemany(_ENTITY_INSERT, entities)


def save_article(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    """Index one stored article under ``article_id`` (call once per article, inside the ingest
    transaction): :func:`save_rows` of :func:`article_rows`. :class:`marsad.store.db.Store` instead
    collects :func:`article_rows` per article and writes a batch with :func:`save_rows`."""
    save_rows(conn, [article_rows(article_id, article)])


def _tag_key(tag: str) -> str:
    return search_key(tag.lstrip("#")).lower()


def verify(conn: sqlite3.Connection) -> list[str]:
    """What is out of sync between the articles and the search tables (empty list when none)."""
    problems: list[str] = []
    has_articles = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='articles'"
    ).fetchone()
    if has_articles:
        missing = conn.execute(
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM search_doc)"
        ).fetchone()[0]
        extra = conn.execute(
            "SELECT count(*) FROM search_doc WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        if missing:
            problems.append(f"{missing} articles are not in the search index")
        if extra:
            problems.append(f"{extra} search index rows have no article")
    n_docs = conn.execute("SELECT count(*) FROM search_doc").fetchone()[0]
    n_fts = conn.execute("SELECT count(*) FROM search_fts_docsize").fetchone()[0]
    if n_docs != n_fts:
        problems.append(f"search_doc has {n_docs} rows but search_fts {n_fts}")
    return problems


# -- searching -----------------------------------------------------------------------------------
@dataclass
class SearchResult:
    """The answer to one query: ``hits`` (dicts, shape in docs/search.md), the FTS5 expression it
    ran (``fts``; ``None`` when nothing was searched), and ``notes`` on what was ignored."""

    query: str
    hits: list[dict[str, Any]] = field(default_factory=list)
    fts: str | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready ``{"query", "fts", "notes", "hits"}`` (the shape of ``marsad search --json``)."""
        return {"query": self.query, "fts": self.fts, "notes": self.notes, "hits": self.hits}


def _weights() -> tuple[float, ...]:
    t, le, b, s = (
        settings.SEARCH_WEIGHT_TITLE,
        settings.SEARCH_WEIGHT_LEAD,
        settings.SEARCH_WEIGHT_BODY,
        settings.SEARCH_STEM_WEIGHT,
    )
    return (t, le, b, t * s, le * s, b * s)


def _table_has_rows(conn: sqlite3.Connection, table: str) -> bool:
    try:
        return conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def _filter_sql(
    conn: sqlite3.Connection, filters: dict[str, list[str]], notes: list[str]
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    for value in filters.get("source", []):
        where.append("d.source LIKE ? ESCAPE '\\'")
        args.append("%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    for value in filters.get("hashtag", []):
        where.append("d.article_id IN (SELECT article_id FROM search_hashtag WHERE tag = ?)")
        args.append(_tag_key(value))
    for name, op, upper in (("from", ">=", False), ("to", "<", True)):
        for value in filters.get(name, []):
            bound = date_bound(value, upper)
            if bound is None:
                notes.append(f"{name}:{value} is not an ISO date (2018-03-05, 2018-03, 2018): ignored")
                continue
            where.append(f"d.published {op} ?")
            args.append(bound)
    entity_filters = [(n, v) for n in ENTITY_FILTERS for v in filters.get(n, [])]
    if entity_filters:
        if not _table_has_rows(conn, "search_entity"):
            notes.append(
                "no entity annotations in this database yet: "
                + ", ".join(f"{n}:{v}" for n, v in entity_filters)
                + " ignored"
            )
        else:
            for name, value in entity_filters:
                where.append(
                    "d.article_id IN (SELECT article_id FROM search_entity WHERE type = ? AND ' ' || name || ' ' LIKE ?)"
                )
                args.extend([ENTITY_FILTERS[name], "% " + search_key(value).strip() + " %"])
    return where, args


def run_query(
    conn: sqlite3.Connection,
    query: str,
    limit: int = 10,
    *,
    snippets: bool = True,
    **filters: str | list[str] | None,
) -> SearchResult:
    """Run a user query (any string; never raises on its content) and return ranked, de-duplicated
    hits with snippets (``snippets=False``: without snippet and highlights, for ranking only).
    ``filters`` (``source=``, ``hashtag=``, ``from_=``/``from``, ``to=``, ``person=``, ``org=``,
    ``place=``) add to the ones written in the query."""
    notes: list[str] = []
    if len(query) > settings.SEARCH_MAX_QUERY_CHARS:
        notes.append(f"query cut to its first {settings.SEARCH_MAX_QUERY_CHARS:,} characters")
        query = query[: settings.SEARCH_MAX_QUERY_CHARS]
    parsed = parse(query)
    parsed.notes[:0] = notes
    for name, value in filters.items():
        if value is None:
            continue
        name = name.rstrip("_")
        for v in [value] if isinstance(value, str) else value:
            parsed.filters.setdefault(name, []).append(v)
    compiled = compile_query(parsed)
    result = SearchResult(query=query, fts=compiled.match, notes=parsed.notes + compiled.notes)
    if compiled.match is None:
        if parsed.filters:
            given = " ".join(f"{name}:" for name in parsed.filters)
            result.notes.append(
                f"filters ({given}) only narrow a search: add at least one word to search for"
            )
        elif not result.notes:
            result.notes.append("nothing to search for (no letters or digits in the query)")
        return result
    where, args = _filter_sql(conn, parsed.filters, result.notes)
    weights = _weights()
    wsql = ", ".join(str(w) for w in weights)
    n_candidates = max(limit, 1) * settings.SEARCH_CANDIDATES_PER_HIT + 10
    sql = (
        f"SELECT f.rowid, bm25(search_fts, {wsql}) AS score FROM search_fts f "
        + ("JOIN search_doc d ON d.article_id = f.rowid " if where else "")
        + "WHERE search_fts MATCH ? "
        + "".join(f"AND {w} " for w in where)
        + "ORDER BY score LIMIT ?"
    )
    rows = conn.execute(sql, (compiled.match, *args, n_candidates)).fetchall()
    result.hits = _hits(conn, rows, compiled, limit, snippets)
    return result


def _hits(
    conn: sqlite3.Connection, rows: list[tuple[int, float]], compiled: Compiled, limit: int, snippets: bool
) -> list[dict[str, Any]]:
    if not rows:
        return []
    ids = [r[0] for r in rows]
    docs = {
        r[0]: r
        for r in conn.execute(
            "SELECT article_id, title, source, published, ref, url, dup FROM search_doc "
            f"WHERE article_id IN ({','.join('?' * len(ids))})",
            ids,
        )
    }
    hits: list[dict[str, Any]] = []
    by_dup: dict[int, dict[str, Any]] = {}
    for article_id, score in rows:
        doc = docs.get(article_id)
        if doc is None:
            continue
        _, title, source, published, ref, url, dup = doc
        if dup is not None and dup in by_dup:
            by_dup[dup]["duplicates"].append(article_id)
            continue
        if len(hits) >= limit:
            if dup is not None:
                by_dup[dup] = {"duplicates": []}  # later copies of an unshown hit stay unshown
            continue
        hit: dict[str, Any] = {
            "article_id": article_id,
            "score": float(f"{-score:.6g}"),
            "title": title,
            "title_highlights": highlight(title, compiled) if snippets else [],
            "published": published,
            "source": source,
            "ref": ref,
            "url": url,
            "snippet": "",
            "highlights": [],
            "duplicates": [],
        }
        hits.append(hit)
        if dup is not None:
            by_dup[dup] = hit
    if snippets and hits:
        shown = {h["article_id"]: h for h in hits}
        for article_id, blob in conn.execute(
            f"SELECT article_id, text FROM search_doc WHERE article_id IN ({','.join('?' * len(shown))})",
            list(shown),
        ):
            text = zlib.decompress(blob).decode("utf-8") if blob else ""
            shown[article_id]["snippet"], shown[article_id]["highlights"] = make_snippet(text, compiled)
    return hits


def search(
    conn: sqlite3.Connection, query: str, limit: int = 10, **filters: str | list[str] | None
) -> list[dict[str, Any]]:
    """Ranked, de-duplicated hits for ``query`` (shape in docs/search.md). Notes on ignored parts
    of the query are in :func:`run_query`'s result; here they are attached to each hit as
    ``notes`` when there are any."""
    result = run_query(conn, query, limit, **filters)
    if result.notes:
        for hit in result.hits:
            hit["notes"] = result.notes
    return result.hits
