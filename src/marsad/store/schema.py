"""The SQLite schema of a Marsad store, and the table-driven mapping between annotation lists and rows.

One file holds everything (see ``docs/architecture.md``):

* ``articles`` — one row per distinct record (by SHA-256 of its raw bytes): source, format, encoding,
  raw bytes and how they are kept (``raw_storage``: ``"blob"`` = in ``raw``; ``"text"`` = exactly the
  UTF-8 encoding of ``text``, not stored twice; ``"text+tail"`` = the UTF-8 encoding of ``text``
  followed by the bytes in ``raw`` (a one-record TREC file: ``raw`` is its final newline, where a
  ``"blob"`` held the ~3 KB twice); ``"none"`` = the article came without raw bytes),
  ``text`` (the string every offset points into), title / dateline / byline spans and their text,
  the publication time flattened into ``published_*`` columns, ``fields`` and ``meta`` as JSON,
  ``failed`` (1 when an error-level problem means the record could not be read), ``body_hash``
  (SHA-256 of the title and kept prose blocks, whitespace collapsed) and ``duplicate_of`` (the first
  stored article with the same ``body_hash``: the same story in a record whose bytes differ, such as
  ANT v2.1's copies filed under a second DOCNO or category — stored, since their metadata differ);
* ``sources`` — one row per input record seen, keyed by ``(source, ordinal)`` where ``ordinal``
  counts earlier records with the same ``source`` string in the same input (a TREC file with many
  ``<DOC>``, a JSON array). It points to the article; ``duplicate`` = 1 when the record is an exact
  byte copy of an article stored earlier under another source (not stored twice), 2 when it is a
  ``marsad export`` record of a stored article (its line names the article's content hash; not
  stored twice either, and not a byte copy: ``marsad stats`` counts it in ``export_records``);
* ``article_stages`` — per article the annotation stages that ran on it (comma-separated names of
  :data:`marsad.pipeline.STAGE_TABLE`), so that ``marsad ingest`` can add the stages a store lacks
  (a ``--core`` store ingested again with every stage gets entities and quotes); an article of a
  store written before this table existed has no row, and its stages are read off its annotations
  (:func:`marsad.store.ingest.stages_of`). ``ingest_state`` — key/value notes of the ingest
  (``search-entities-stale``: an upgrade changed entity rows that the search index must take in);
* one child table per annotation list of :class:`~marsad.model.Article` (``blocks``, ``removed``,
  ``sentences``, ``hashtags``, ``fixes``, ``timexes``, ``mentions``, ``entities``, ``quotes``,
  ``problems``), ``(article_id, idx)`` keyed, described by :data:`TABLES`. A field that a later
  version of the model appends to an annotation class is kept in the row's ``extra`` JSON column,
  so :meth:`marsad.store.db.Store.load_article` still rebuilds the article exactly.

Offsets are character offsets into ``articles.text``, half-open ``[start, end)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.model import (
    Block,
    Entity,
    Fix,
    Hashtag,
    Mention,
    Problem,
    Quote,
    RemovedBlock,
    Sentence,
    TimeExpression,
)

#: Bumped when the core tables change incompatibly; stored in ``PRAGMA user_version``. 2
#: (2026-11-30): ``search_doc.text`` (the display lead + body) is NULL for an article whose lead and
#: body follow from its ``text`` and ``blocks`` (made again when read: ~4 KB per ANT article not
#: written; :func:`marsad.search.index._derived_texts`). A schema-1 store is migrated when it is
#: next opened for writing (its rows keep their text: nothing to convert); a Marsad that reads
#: schema 1 only refuses a schema-2 store with one line (it would show empty snippets).
SCHEMA_VERSION = 2


@dataclass(frozen=True, slots=True)
class AnnotationTable:
    """How one annotation list of an Article maps to a child table.

    ``attr``: the Article attribute (a list); ``cls``: the annotation dataclass; ``columns``: scalar
    fields stored as columns of the same name; ``spans``: nested ``Span | None`` fields stored as
    ``<name>_start`` / ``<name>_end``; ``lists``: list fields stored as JSON text. Any other field of
    ``cls`` goes to the ``extra`` JSON column.
    """

    name: str
    attr: str
    cls: type
    columns: tuple[str, ...]
    spans: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()

    @property
    def sql_columns(self) -> list[str]:
        """Column names after ``article_id, idx`` and before ``extra``, in row order."""
        out = list(self.columns)
        for s in self.spans:
            out += [f"{s}_start", f"{s}_end"]
        out += list(self.lists)
        return out


#: Child tables in the order they are written and read.
TABLES: tuple[AnnotationTable, ...] = (
    AnnotationTable("hashtags", "hashtags", Hashtag, ("start", "end", "tag")),
    AnnotationTable("blocks", "blocks", Block, ("start", "end", "kind", "field")),
    AnnotationTable(
        "removed", "removed", RemovedBlock, ("start", "end", "kind", "similarity", "what"), spans=("repeats",)
    ),
    AnnotationTable("sentences", "sentences", Sentence, ("start", "end", "block")),
    AnnotationTable("fixes", "fixes", Fix, ("start", "end", "before", "after", "rule")),
    AnnotationTable(
        "timexes", "timexes", TimeExpression, ("start", "end", "text", "value", "type", "warning")
    ),
    AnnotationTable("mentions", "mentions", Mention, ("start", "end", "type", "text", "entity", "score")),
    AnnotationTable(
        "entities", "entities", Entity, ("name", "type", "key"), lists=("aliases", "roles", "mentions")
    ),
    AnnotationTable(
        "quotes",
        "quotes",
        Quote,
        ("start", "end", "kind", "cue_text", "speaker", "entity"),
        spans=("cue", "speaker_span"),
    ),
)

#: SQLite column type of every child-table column name (unlisted: TEXT).
_COLUMN_TYPES = {
    "start": "INTEGER",
    "end": "INTEGER",
    "block": "INTEGER",
    "entity": "INTEGER",
    "similarity": "REAL",
    "score": "REAL",
}


def _child_ddl(t: AnnotationTable) -> str:
    cols = []
    for c in t.sql_columns:
        typ = "INTEGER" if c.endswith(("_start", "_end")) else _COLUMN_TYPES.get(c, "TEXT")
        cols.append(f'"{c}" {typ}')
    return (
        f"CREATE TABLE IF NOT EXISTS {t.name} (\n"
        "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
        "  idx INTEGER NOT NULL,\n  " + ",\n  ".join(cols) + ",\n  extra TEXT,\n"
        "  PRIMARY KEY (article_id, idx)\n) WITHOUT ROWID"
    )


#: Columns of ``articles`` after ``id`` that :mod:`marsad.store.db` writes, in order.
ARTICLE_COLUMNS: tuple[str, ...] = (
    "source",
    "format",
    "encoding",
    "content_hash",
    "raw",
    "raw_storage",
    "text",
    "title",
    "title_start",
    "title_end",
    "dateline",
    "dateline_start",
    "dateline_end",
    "byline",
    "byline_start",
    "byline_end",
    "published_raw",
    "published_start",
    "published_end",
    "published_source",
    "published_local",
    "published_utc",
    "published_tz",
    "published_precision",
    "published_confidence",
    "published_naive",
    "published_calendar",
    "published_warnings",
    "fields",
    "meta",
    "failed",
    "n_removed",
    "ingested_at",
    "body_hash",
    "duplicate_of",
)

CORE_DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  raw BLOB,
  raw_storage TEXT NOT NULL DEFAULT 'blob',
  text TEXT NOT NULL,
  title TEXT, title_start INTEGER, title_end INTEGER,
  dateline TEXT, dateline_start INTEGER, dateline_end INTEGER,
  byline TEXT, byline_start INTEGER, byline_end INTEGER,
  published_raw TEXT, published_start INTEGER, published_end INTEGER, published_source TEXT,
  published_local TEXT, published_utc TEXT, published_tz TEXT, published_precision TEXT,
  published_confidence REAL, published_naive INTEGER, published_calendar TEXT, published_warnings TEXT,
  fields TEXT NOT NULL DEFAULT '{}',
  meta TEXT NOT NULL DEFAULT '{}',
  failed INTEGER NOT NULL DEFAULT 0,
  n_removed INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL,
  body_hash TEXT,
  duplicate_of INTEGER REFERENCES articles(id)
)""",
    "CREATE INDEX IF NOT EXISTS articles_body_hash ON articles(body_hash)",
    "CREATE INDEX IF NOT EXISTS articles_published_utc ON articles(published_utc)",
    """CREATE TABLE IF NOT EXISTS sources (
  source TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  duplicate INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (source, ordinal)
) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS sources_article ON sources(article_id)",
    """CREATE TABLE IF NOT EXISTS problems (
  id INTEGER PRIMARY KEY,
  article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL DEFAULT 0,
  source TEXT,
  level TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS problems_article ON problems(article_id, idx)",
    "CREATE INDEX IF NOT EXISTS problems_code ON problems(level, code)",
    # added 2026-11-29 (stage upgrades); IF NOT EXISTS: an older store gets them when next written
    """CREATE TABLE IF NOT EXISTS article_stages (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  stages TEXT NOT NULL
)""",
    "CREATE TABLE IF NOT EXISTS ingest_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    *(_child_ddl(t) for t in TABLES),
)

#: Problem is stored in ``problems`` (article_id may be NULL for input-level trouble).
PROBLEM_CLS = Problem
