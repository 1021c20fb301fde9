"""Marsad's search index: Marsad's own Arabic analysis in a tantivy index beside the SQLite store.

The store (SQLite) stays the system of record; the inverted index is derived from it:

* **In the ingest transaction** (SQLite): ``search_doc`` — per article the display title, the
  display lead + body (for snippets and for rebuilding the index; NULL in a store of schema 2 when it
  follows from the article's stored text and blocks, and then made again when read:
  :func:`_derived_texts`), ``lead_len``, source,
  publication instant, reference, URL and ``dup``, a 64-bit key of the title and lead surface keys
  (hits with the same key are one result); ``search_hashtag`` and ``search_entity`` — the search
  keys of hashtags and entity names; ``search_meta`` — the store's ``store_id``.
* **After each commit** (tantivy, a directory beside the store file,
  ``<db>.search/v<LAYOUT>-<store_id>/``): one document per article with the analyzed token streams
  of :mod:`marsad.search.analyzer` — surface keys ``kt kl kb`` (with positions, for phrases) and
  stems ``st sl sb`` of title, lead and body, read back by a whitespace tokenizer — and the filter
  fields (``source``, ``tag``, ``per``/``org``/``loc``, ``pub`` as Unix seconds, ``article_id``,
  ``dup``; ``failed`` on a record that could not be read, which no query lists). BM25 (Robertson & Zaragoza 2009, tantivy's ``k1 = 1.2, b = 0.75``) with per-field
  boosts from :mod:`marsad.settings`; filters are index clauses, so the top k stays the top k.

The index's high-water mark is the highest ``article_id`` it holds (read from the index itself,
so it is committed atomically with the documents). :func:`sync` adds every ``search_doc`` row
above the mark (articles are only ever added, with growing ids); the store calls it after each
batch commit (:func:`after_commit`, with the rows it just wrote, so nothing is analyzed twice) —
during an ingest (:func:`begin_bulk` … :func:`end_bulk`) once ``settings.SEARCH_INDEX_COMMIT_DOCS``
committed rows have gathered, and at the end — and every search calls it first, so a killed ingest
is repaired by the next ingest or search.

Contract used by :mod:`marsad.store` (see ``marsad.store.db.EXTENSIONS``): ``create_schema``,
``article_rows`` + ``save_rows`` (in the transaction), ``save_article`` (both in one),
``after_commit`` (after the commit), ``begin_bulk``/``end_bulk`` (around an ingest), ``verify``. Query side: :func:`run_query`, :func:`search`;
maintenance: :func:`sync`, :func:`rebuild`, :func:`status`.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
import time
import uuid
import warnings
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from datetime import date as _date
from pathlib import Path
from typing import Any, NamedTuple

import tantivy

from marsad import settings
from marsad.model import OUTLET_KEYS, Article
from marsad.search.analyzer import analyze_text
from marsad.search.query import (
    ENTITY_FILTERS,
    Compiled,
    Plan,
    compile_query,
    date_bound,
    parse,
    phrase_forms,
    ranks,
    with_filters,
)
from marsad.search.snippets import highlight, make_snippet
from marsad.search.stemmer import stems as _stems
from marsad.search.variants import (
    VARIANTS,
    compound_spellings,
    letter_variants,
    news_counts_foreign,
    reads_as_foreign_name,
    unsegmented,
    variants_of,
)
from marsad.store.db import insert_rows, title_text_of
from marsad.text.normalize import display_text, search_key

SCHEMA: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS search_doc (
  article_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  text BLOB,
  source TEXT NOT NULL DEFAULT '',
  published TEXT,
  ref TEXT,
  url TEXT,
  dup INTEGER,
  lead_len INTEGER
)""",
    # Clustered by article: rows of one batch are appended, and a catch-up reads a range.
    "CREATE TABLE IF NOT EXISTS search_hashtag (article_id INTEGER NOT NULL, tag TEXT NOT NULL, "
    "PRIMARY KEY (article_id, tag)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS search_entity (article_id INTEGER NOT NULL, type TEXT NOT NULL, "
    "name TEXT NOT NULL, PRIMARY KEY (article_id, type, name)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

#: Version of the tantivy document layout and of the analysis feeding it; part of the index
#: directory's name, so a change builds a new index beside the old one instead of reading it
#: wrongly. 2: the stemmer kept nisba adjectives of names apart and the root ``ه`` of verb forms
#: V/VI/VIII (``يتوجه`` ↛ ``يتوج``); 3: nisba adjectives meet the name again (``القطرية`` → ``قطر``); 4: a
#: ``day`` field, the local calendar day, for ``from:``/``to:`` dates (they compared the UTC day);
#: 5: ``pub`` and ``day`` are fast fields only, not also indexed (no query read their terms; a
#: unique term per article in two term dictionaries cost ~10 % of the index's CPU at ingest);
#: 6: the search key folds Latin accents (``Café`` = ``cafe``, ``Zürich`` = ``Zurich``; the stored
#: hashtag and entity keys of an older store are keyed again when its index is rebuilt); 7: clitics
#: are segmented with a corpus lexicon (``وزارة`` no longer indexes ``زار``; ``بجامعة`` → ``جامع``);
#: 8: possessive suffixes are cut by a corpus lexicon (``بلادهم`` → ``بلاد``, ``حكومته`` → ``حكوم``)
#: and a word mixing digits and letters indexes the stems of each run (``السعودية2030``); 9: a word
#: + taa marbuta whose stem would be a name only is kept whole (``قطرة`` ↛ ``قطر``:
#: :data:`marsad.search.names.NAME_TAA_WORDS`); 10: their plurals ``N`` + ``ات`` too (``قطرات`` ↛ ``قطر``:
#: :data:`marsad.search.names.NAME_TAA_PLURALS`); 11:
#: the search key folds heh doachashmee ``ھ`` (U+06BE) to ``ه``
#: (``الھیئة`` = ``الهيئة``), mathematical digits to ASCII (``𝟙𝟚`` = ``12``) and a presentation form
#: of keheh or heh doachashmee on to the Arabic letter (fmt24); 12: a soft hyphen, ZWSP, word joiner,
#: BOM or NUL inside a word no longer splits it (nu25); 13: a name's family words that are another
#: word get the stem ``N`` + ``ه`` (``رياضة``, ``الرياضيين`` → ``رياضه``, no longer the name ``رياض``:
#: :data:`marsad.search.names.NAME_FAMILIES`; time25); 14: a proclitic + ``أنّ`` + pronoun is the
#: particle (``بأنه`` → ``انه``, no longer the name ``بان``), a word whose ``ال`` is its own keeps it
#: (``ألماني`` → ``المان``, not ``مان``: :data:`marsad.search.names.AL_OWN_WORDS`), ``جامعة`` gets
#: ``جامعه`` (not ``جامع``, a mosque), person names such as ``حسني`` are kept whole
#: (:data:`marsad.search.names.PERSON_NISBA_NAMES`) and a country's nisba meets the country
#: (``السوري`` → ``سوريا``, not ``سور``: :data:`marsad.search.names.NISBA_NAMES`; time26); 15: a word
#: whose ``ال`` is its own keeps three letters after it (``ألمان`` → ``المان``, not ``الم``), a
#: proclitic + ``أن``/``إن`` written with its hamza keeps it in its key (``بأن`` ≠ ``بان``) and family
#: names such as ``الزياني`` are kept whole (:data:`marsad.search.names.PERSON_SURNAMES`; nu27);
#: 16: a ``failed`` field marks the records that could not be read, which no query lists (a query
#: of exclusions only, ``-source:bbc``, listed them as blank rows: nu28).
LAYOUT = 16

#: Meta fields, in order of preference, giving an article's source (its outlet:
#: :data:`marsad.model.OUTLET_KEYS`, as :attr:`marsad.model.Article.outlet` reads them), reference and URL.
SOURCE_FIELDS = OUTLET_KEYS
REF_FIELDS = ("DOCNO", "docno", "id", "URL", "url")
URL_FIELDS = ("URL", "url")

#: Analyzed text fields: surface keys and stems of title, lead, body.
FIELDS = ("kt", "kl", "kb", "st", "sl", "sb")
KEY_FIELDS = FIELDS[:3]
#: Entity type → index field of the ``person:``/``org:``/``place:`` filters.
ENTITY_FIELDS = {"PER": "per", "ORG": "org", "LOC": "loc"}

_WS = "marsad_ws"  # whitespace tokenizer: the analyzer's tokens as they are
_WS_LOWER = "marsad_ws_lower"  # entity names (search keys, Latin lower-cased)
_RAW_LOWER = "marsad_raw_lower"  # source names: one token, lower case


def _tantivy_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_unsigned_field("article_id", indexed=True, fast=True)
    sb.add_integer_field("dup", fast=True)
    # the instant and the local day are read as fast fields only (from:/to: are fast-field range
    # queries, "newest first" sorts by the fast field): no inverted index for them (LAYOUT 5)
    sb.add_integer_field("pub", fast=True)
    sb.add_integer_field("day", fast=True)
    # 1 on a record that could not be read (:func:`_unreadable_ids`), absent on every other: every
    # query excludes the term (LAYOUT 16)
    sb.add_unsigned_field("failed", indexed=True)
    sb.add_text_field("source", tokenizer_name=_RAW_LOWER, index_option="basic")
    sb.add_text_field("tag", tokenizer_name="raw", index_option="basic")
    for name in ENTITY_FIELDS.values():
        sb.add_text_field(name, tokenizer_name=_WS_LOWER)
    for name in KEY_FIELDS:
        sb.add_text_field(name, tokenizer_name=_WS)
    for name in FIELDS[3:]:
        sb.add_text_field(name, tokenizer_name=_WS, index_option="freq")
    return sb.build()


_TANTIVY_SCHEMA = _tantivy_schema()


def _register_tokenizers(index: tantivy.Index) -> None:
    ws = tantivy.Tokenizer.whitespace()
    index.register_tokenizer(_WS, tantivy.TextAnalyzerBuilder(ws).build())
    index.register_tokenizer(
        _WS_LOWER, tantivy.TextAnalyzerBuilder(ws).filter(tantivy.Filter.lowercase()).build()
    )
    index.register_tokenizer(
        _RAW_LOWER,
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.raw()).filter(tantivy.Filter.lowercase()).build(),
    )


# -- the SQLite side (inside the ingest transaction) ---------------------------------------------
def create_schema(conn: sqlite3.Connection) -> None:
    """Create the search tables (idempotent; no commit). Migrates a store of the FTS5 era: adds
    ``search_doc.lead_len`` and drops the ``search_fts`` table (the index is now the tantivy
    directory, rebuilt from ``search_doc`` by :func:`sync`)."""
    for ddl in SCHEMA:
        conn.execute(ddl)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(search_doc)")}
    if "lead_len" not in columns:
        conn.execute("ALTER TABLE search_doc ADD COLUMN lead_len INTEGER")
    conn.execute("INSERT OR IGNORE INTO search_meta(key, value) VALUES ('store_id', ?)", (uuid.uuid4().hex,))
    conn.execute("DROP TABLE IF EXISTS search_fts")


def _meta(article: Article, names: tuple[str, ...]) -> str:
    meta = article.meta
    for n in names:  # the first truthy value (a loop: a generator and next() cost ~1 us more)
        value = meta.get(n)
        if value:
            return value  # type: ignore[no-any-return]
    return ""


def article_fields(article: Article) -> tuple[str, str, str]:
    """Display text of ``(title, lead, body)`` of an article (body: the other kept blocks, one
    paragraph per line pair). A readable article without blocks is indexed through its whole display
    text; an unreadable one (error-level problem) with empty fields, so the index stays in step."""
    return _article_fields(article)[:3]  # type: ignore[return-value]


#: Block kinds whose display text is the searchable prose (``Article.paragraphs``).
_PARAGRAPH_KINDS = ("lead", "body", "subheading")


def _lead_and_body(text: str, blocks: Iterable[Any]) -> tuple[str, str, bool]:
    """``(lead, body, from_blocks)`` of :func:`article_fields` from the article's ``text`` and
    ``blocks`` (objects with ``start``, ``end``, ``kind``, in order): the lead block's display text;
    the display text of the other paragraphs joined by blank lines (one ``display_text`` call over
    the raw paragraphs joined by blank lines: its edits and the orthography rule never reach across
    a line break, so this is the paragraphs' display texts joined; tests/test_search_index_rows.py
    checks it); ``from_blocks`` when the pair depends on ``text`` and ``blocks`` alone (there is a
    paragraph besides the lead, or the lead's display text is not empty), else the caller decides
    ``body`` (:func:`_article_fields`)."""
    lead_block = None
    for b in blocks:  # the first lead (Article.lead)
        if b.kind == "lead":
            lead_block = b
            break
    lead = display_text(text[lead_block.start : lead_block.end]) if lead_block is not None else ""
    paragraphs = [text[b.start : b.end] for b in blocks if b.kind in _PARAGRAPH_KINDS and b is not lead_block]
    if paragraphs:
        return lead, display_text("\n\n".join(paragraphs)), True
    return lead, "", bool(lead)


def _article_fields(article: Article) -> tuple[str, str, str, bool]:
    """:func:`article_fields` and whether lead and body follow from the stored text and blocks
    alone (:func:`_lead_and_body`: then ``search_doc.text`` is not stored, see :func:`article_rows`)."""
    try:  # the store computed it for the articles row just before (kept there for this call)
        title = title_text_of(article) if article.title is not None else ""
    except Exception:  # noqa: BLE001 - a layout bug must not lose the article from the index
        title = article.display(article.title)
    lead, body, from_blocks = _lead_and_body(article.text, article.blocks)
    if not from_blocks and not lead and not title and article.ok:
        body = article.display()
    return title, lead, body, from_blocks


def _dup_key(title_keys: str, lead_keys: str, body_keys: str) -> int | None:
    basis = title_keys + "|" + (lead_keys or body_keys)[:400]
    if basis == "|":
        return None
    return int.from_bytes(hashlib.blake2b(basis.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


#: Token streams of one article, in :data:`FIELDS` order.
Streams = tuple[str, str, str, str, str, str]
#: What :func:`article_rows` returns for one article: the ``search_doc`` row, the
#: ``search_hashtag`` rows, the ``search_entity`` rows and the token streams for the index.
IndexRows = tuple[tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]], Streams]

_DOC_INSERT = (
    "INSERT OR REPLACE INTO search_doc(article_id, title, text, source, published, ref, url, dup, lead_len) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_HASHTAG_INSERT = "INSERT OR IGNORE INTO search_hashtag(article_id, tag) VALUES (?, ?)"
_ENTITY_INSERT = "INSERT OR IGNORE INTO search_entity(article_id, type, name) VALUES (?, ?, ?)"

#: Python types SQLite binds (anything else fails at ``executemany``).
_BINDABLE = (str, int, float, bytes)


def openings(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    """``{article_id: opening}``: the first ``settings.LISTING_UNTITLED_WORDS`` words of each
    article's display lead + body (``search_doc``), with ``…`` when there are more; what a listing
    shows for an article without a title (cli29 item 8). ``""`` for a text without words; ids not
    in ``search_doc`` are left out; ``{}`` without a ``search_doc`` table."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    try:
        rows = conn.execute(
            f"SELECT article_id, text FROM search_doc WHERE article_id IN ({marks})", ids
        ).fetchall()
    except sqlite3.Error:
        return {}
    derived = _derived_texts(conn, [aid for aid, text in rows if text is None])
    out = {}
    n = settings.LISTING_UNTITLED_WORDS
    for aid, text in rows:
        parts = (_text_of(text) if text is not None else derived.get(aid, "")).split()
        out[aid] = " ".join(parts[:n]) + (" …" if len(parts) > n else "")
    return out


def _join(lead: str, body: str) -> str:
    return lead + "\n\n" + body if lead and body else lead or body


def _text_of(value: str | bytes | None) -> str:
    """``search_doc.text``: the display lead + body as text; stores of the FTS5 era kept it
    zlib-compressed (decompressing cost ~20 µs a hit, a quarter of a snippet's time)."""
    if isinstance(value, bytes):
        return zlib.decompress(value).decode("utf-8")
    return value or ""


def _split(text: str, lead_len: int | None) -> tuple[str, str]:
    """Inverse of :func:`_join`; a row of the FTS5 era (no ``lead_len``) splits at its first blank
    line."""
    if lead_len is None:
        lead, _, body = text.partition("\n\n")
        return lead, body
    if lead_len and len(text) > lead_len:
        return text[:lead_len], text[lead_len + 2 :]
    return text[:lead_len], text[lead_len:]


def _derived_texts(
    conn: sqlite3.Connection, ids: list[int] | None = None, lo: int = 0, hi: int = 0
) -> dict[int, str]:
    """``search_doc.text`` of articles that do not store it (NULL in a store of schema 2, :data:`marsad.store.schema.SCHEMA_VERSION`):
    ``{article_id: display lead + body}`` (:func:`_join` of :func:`_lead_and_body`) made from
    ``articles.text`` and the article's ``blocks``, for the articles ``ids`` or, when ``ids`` is
    ``None``, those in ``(lo, hi]``. Equal to what the ingest would have stored: both come from the
    same text and blocks (which never change once stored: later stages only add annotation lists)
    through the same function."""
    if ids is not None:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        block_sql = (
            f'SELECT article_id, start, "end", kind FROM blocks WHERE article_id IN ({marks}) '
            f"AND kind IN {_PARAGRAPH_KINDS!r} ORDER BY article_id, idx"
        )
        text_sql = f"SELECT id, text FROM articles WHERE id IN ({marks})"
        params: list[int] = list(ids)
    else:
        block_sql = (
            'SELECT article_id, start, "end", kind FROM blocks WHERE article_id > ? AND article_id <= ? '
            f"AND kind IN {_PARAGRAPH_KINDS!r} ORDER BY article_id, idx"
        )
        text_sql = "SELECT id, text FROM articles WHERE id > ? AND id <= ?"
        params = [lo, hi]
    blocks: dict[int, list[_StoredBlock]] = {}
    out: dict[int, str] = {}
    try:
        for aid, start, end, kind in conn.execute(block_sql, params):  # the paragraph kinds only
            blocks.setdefault(aid, []).append(_StoredBlock(start, end, kind))
        for aid, text in conn.execute(text_sql, params):
            lead, body, _ = _lead_and_body(text or "", blocks.get(aid, ()))
            out[aid] = _join(lead, body)
    except sqlite3.OperationalError:  # no store tables beside the search tables: nothing to make
        return {}
    return out


class _StoredBlock(NamedTuple):
    """A block as :func:`_derived_texts` reads it back (``start``, ``end``, ``kind``)."""

    start: int
    end: int
    kind: str


def _streams(title: str, lead: str, body: str) -> tuple[Streams, int | None]:
    kt, st = analyze_text(title)
    kl, sl = analyze_text(lead)
    kb, sb = analyze_text(body)
    return (kt, kl, kb, st, sl, sb), _dup_key(kt, kl, kb)


def article_rows(article_id: int, article: Article) -> IndexRows:
    """The rows that index one article under ``article_id`` (pure: touches no database). Raises
    ``TypeError`` for a meta value SQLite cannot store (the store then keeps the article as a failed
    copy, as when the insert itself failed). Cost: ~0.3 ms CPU per ANT article once the word cache
    is warm (mostly analysis; see docs/benchmarks/search.md)."""
    title, lead, body, from_blocks = _article_fields(article)
    streams, dup = _streams(title, lead, body)
    value = article.published.value if article.published is not None else None
    # local time with its offset (the instant and the local calendar day both follow from it),
    # else the UTC instant; a naive local time when the zone is unknown
    published = (value.local or value.utc) if value is not None else None
    doc = (_TextFromBlocks if from_blocks else tuple)(
        (
            article_id,
            title,
            _join(lead, body),
            _meta(article, SOURCE_FIELDS),
            published,
            _meta(article, REF_FIELDS) or None,
            _meta(article, URL_FIELDS) or None,
            dup,
            len(lead),
        )
    )
    for v in doc:
        if v is not None and type(v) not in _BINDABLE:
            # written at COMMIT, not in the article's SAVEPOINT: fail here, for this article alone
            raise TypeError(f"search_doc value of type {type(v).__name__} cannot be stored: {v!r:.80}")
    hashtags = [(article_id, _tag_key(h.tag)) for h in article.hashtags]
    entities = [
        (article_id, e.type, search_key(name)) for e in article.entities for name in {e.name, *e.aliases}
    ]
    return doc, hashtags, entities, streams


class _TextFromBlocks(tuple):  # type: ignore[type-arg]
    """A ``search_doc`` row (a tuple, shown as one) whose display lead + body follow from the
    article's stored ``text`` and ``blocks`` alone (:func:`_lead_and_body`): in a store (which has
    those tables) its ``text`` is written NULL and made again when read (:func:`_derived_texts`;
    store schema 2). ~4 KB per ANT article not encoded, inserted, logged and checkpointed:
    ~60 K instructions per article, 1.5 % of a ``--core`` ingest (docs/benchmarks/ingest.md)."""

    __slots__ = ()


def _stores_blocks(conn: sqlite3.Connection) -> bool:
    """True when ``conn`` holds the store's ``articles`` and ``blocks`` tables (a Marsad store;
    the search tables alone — tests, tools — keep every row's text)."""
    return (
        conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('articles', 'blocks')"
        ).fetchone()[0]
        == 2
    )


def save_rows(conn: sqlite3.Connection, batch: list[IndexRows]) -> None:
    """Write the SQLite rows of many articles' :func:`article_rows`, one ``executemany`` per table
    (the store calls this once per ingest batch, just before its ``COMMIT``). The tantivy index is
    written after the commit (:func:`after_commit`, :func:`sync`). In a store, the ``text`` of a
    row that :func:`_derived_texts` can make again is written NULL (:class:`_TextFromBlocks`)."""
    if not batch:
        return
    if _stores_blocks(conn):
        values: list[Any] = []
        for b in batch:
            d = b[0]
            if type(d) is _TextFromBlocks:
                values += d[:2]
                values.append(None)
                values += d[3:]
            else:
                values += d
    else:
        values = [v for b in batch for v in b[0]]
    # multi-row INSERTs (store.db.insert_rows): the rows that one execution per row writes
    insert_rows(conn, _DOC_INSERT, values, 9)
    hashtags = [v for b in batch for r in b[1] for v in r]
    if hashtags:
        insert_rows(conn, _HASHTAG_INSERT, hashtags, 2)
    entities = [r for b in batch for r in b[2]]
    if entities:
        conn.executemany(_ENTITY_INSERT, entities)


def save_article(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    """Store one article's search rows under ``article_id`` (inside the caller's transaction). The
    tantivy index picks the article up at the next :func:`sync` (every search runs one first)."""
    save_rows(conn, [article_rows(article_id, article)])


def _load_malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim`` (``None`` elsewhere)."""
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


#: tantivy's indexing threads free their memory into glibc's per-thread arenas, which keep it;
#: ``malloc_trim(0)`` after each index commit hands it back (peak RSS of a 6,000-article
#: ``--core`` ingest: 185 MB without, 135 MB with, 98 MB with no search index at all).
_MALLOC_TRIM = _load_malloc_trim()


def after_commit(conn: sqlite3.Connection, batch: list[IndexRows]) -> None:
    """Store hook, after each successful commit: bring the tantivy index up to date, using the
    token streams of ``batch`` (the rows just committed) instead of analyzing them again. Waits up
    to ``settings.SEARCH_SYNC_WAIT_S`` for another process's index writer; a failure is a warning,
    never an ingest error (the SQLite rows are committed; the next sync catches up)."""
    if not batch:
        return
    try:
        side = _side(conn)
        assert side is not None
        if side.bulk:
            # drop the display text (the largest part; not indexed) while the rows wait
            side.pending.extend(((d[0], None, None, *d[3:]), h, e, st) for d, h, e, st in batch)
            if len(side.pending) < (side.commit_docs or settings.SEARCH_INDEX_COMMIT_DOCS):
                return
            batch, side.pending = side.pending, []
        result = sync(conn, wait=not side.gave_up, prepared=batch)
        # After one wait in vain (a writer stuck in another process), later commits do not wait
        # again until a sync succeeds: the ingest goes on and the index catches up later.
        side.gave_up = result.behind > 0
        if result.added and _MALLOC_TRIM is not None:
            _MALLOC_TRIM(0)
        if result.behind:
            warnings.warn(
                f"search index not updated: another process holds its writer; {result.behind:,} articles "
                "wait for the next sync",
                stacklevel=2,
            )
    except Exception as exc:  # noqa: BLE001 - the store is committed; the index catches up later
        warnings.warn(f"search index not updated after a commit: {type(exc).__name__}: {exc}", stacklevel=2)


def begin_bulk(conn: sqlite3.Connection, commit_docs: int | None = None) -> None:
    """Store hook at the start of an ingest (:meth:`marsad.store.db.Store.bulk`): until
    :func:`end_bulk`, :func:`after_commit` keeps the committed batches' index rows and writes
    them to the index every ``commit_docs`` (default ``settings.SEARCH_INDEX_COMMIT_DOCS``;
    an ingest without the entities stage passes ``settings.SEARCH_INDEX_COMMIT_DOCS_CORE``)
    documents instead of after each store batch (each index commit writes a segment and feeds tantivy's merges: ~0.25 ms CPU per
    article with a commit per 500 articles, ~0.1 ms per 8,000; docs/benchmarks/ingest.md). The
    rows are added in one go while this thread waits (adding them as they come, with the writer
    kept open, let tantivy's thread run beside the pipeline and cost more CPU on two cores). A
    process killed in between loses only rows not yet indexed: their ``search_doc`` rows are
    committed, and the next sync (ingest or search) adds them."""
    side = _side(conn)
    assert side is not None
    side.bulk = True
    side.commit_docs = commit_docs


def end_bulk(conn: sqlite3.Connection) -> None:
    """Store hook at the end of an ingest: index the rows still waiting (as :func:`after_commit`)."""
    side = _side(conn, create=False)
    if side is None:
        return
    side.bulk = False
    side.commit_docs = None
    batch, side.pending = side.pending, []
    after_commit(conn, batch)


def _tag_key(tag: str) -> str:
    return search_key(tag.lstrip("#")).lower()


def hashtag_filter_keys(value: str) -> list[str]:
    """The stored hashtag keys a ``hashtag:`` filter value matches: its search key with spaces
    written as the tag's underscores (``hashtag:"بيونغ يانغ"`` = ``#بيونغ_يانغ``), and every
    spelling of a listed transliterated name in each part (``hashtag:ترامب`` = ``#ترمب``; the
    table of :mod:`marsad.search.variants`, as word search uses). Shape: the typed spelling
    first, then the others, no repeats (third new-user report, finding 18)."""
    parts = _tag_key(value).replace("_", " ").split()
    if not parts:
        return [_tag_key(value)]
    keys = ["_".join(parts)]
    for i, part in enumerate(parts):
        for other in VARIANTS.get(part, ()):
            key = "_".join([*parts[:i], other, *parts[i + 1 :]])
            if key not in keys:
                keys.append(key)
    return keys


def _parse_iso(value: str | None) -> datetime | None:
    """An ISO 8601 date or time (with or without an offset), ``None`` when empty or not one."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _instant(value: str | None) -> int | None:
    """An ISO 8601 date or instant → Unix seconds (naive values are taken as UTC, as the stored
    naive local times of articles whose zone is unknown); ``None`` when not a date."""
    dt = _parse_iso(value)
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return int(dt.timestamp())


def _wall_clock(value: str | None) -> int | None:
    """An ISO 8601 local time → its wall-clock reading as Unix seconds (the offset dropped:
    ``2016-09-09T00:00:00+01:00`` → the seconds of ``2016-09-09T00:00:00Z``), so that ``from:`` /
    ``to:`` dates select articles by the calendar day of the place they were published (second-user
    finding: a Tunis article of 09/09 was only found by ``from:2016-09-08``, its UTC day); ``None``
    when not a date."""
    dt = _parse_iso(value)
    return None if dt is None else int(dt.replace(tzinfo=UTC).timestamp())


def _document(
    article_id: int,
    source: str | None,
    published: str | None,
    dup: int | None,
    tags: Iterable[str],
    entities: Iterable[tuple[str, str]],
    streams: Streams,
    failed: bool = False,
) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_unsigned("article_id", article_id)
    if failed:
        doc.add_unsigned("failed", 1)
    if dup is not None:
        doc.add_integer("dup", dup)
    dt = _parse_iso(published)  # read once for both (_instant, _wall_clock)
    if dt is not None:
        local = dt.replace(tzinfo=UTC)
        doc.add_integer("pub", int((dt if dt.tzinfo is not None else local).timestamp()))
        doc.add_integer("day", int(local.timestamp()))
    if source:
        doc.add_text("source", source)
    for tag in tags:
        doc.add_text("tag", tag)
    for etype, name in entities:
        fname = ENTITY_FIELDS.get(etype)
        if fname:
            doc.add_text(fname, name)
    for fname, text in zip(FIELDS, streams, strict=True):
        doc.add_text(fname, text)
    return doc


def _document_of_rows(rows: IndexRows, failed: bool = False) -> tantivy.Document:
    doc, hashtags, entities, streams = rows
    return _document(
        doc[0],
        doc[3],
        doc[4],
        doc[7],
        [t for _, t in hashtags],
        [(t, n) for _, t, n in entities],
        streams,
        failed,
    )


#: Error codes that leave an article read in part, searchable (as
#: :data:`marsad.store.ingest.PARTIAL_READ_CODES`; ``marsad stats`` counts them as articles).
_PARTIAL_READ_SQL = "('timeout', 'stage-failed', 'too-large')"


def _unreadable_ids(conn: sqlite3.Connection, lo: int, hi: int) -> set[int]:
    """The stored records in ``(lo, hi]`` that could not be read — ``marsad stats``' "failed": an
    error problem other than a stage that ran out of time or failed or an article too long to
    annotate that has a title (searched by its title alone: cli29 item 6), or no text (an empty
    line, a broken JSON record, a ``store-failed`` copy) — which no query may list (nu28 item 1). Read from
    the ``problems`` table by its ``(article_id, idx)`` index (failed records are few), not from
    ``articles.failed`` (behind the text and raw bytes of every row). ``set()`` for the search
    tables alone (no ``problems`` table: tests, tools)."""
    try:
        rows = conn.execute(
            "SELECT p.article_id FROM problems p WHERE p.article_id > ? AND p.article_id <= ? "
            "AND p.level = 'error' GROUP BY p.article_id "
            f"HAVING sum(p.code NOT IN {_PARTIAL_READ_SQL}) > 0 "
            "OR (SELECT a.text FROM articles a WHERE a.id = p.article_id) = '' "
            "OR (sum(p.code = 'too-large') > 0 "
            "AND coalesce((SELECT a.title FROM articles a WHERE a.id = p.article_id), '') = '')",
            (lo, hi),
        ).fetchall()
    except sqlite3.OperationalError:
        return set()
    return {int(r[0]) for r in rows}


# -- the tantivy side: one index directory per store ----------------------------------------------
class SearchIndexError(Exception):
    """The search index cannot be opened or written; the message is for the user."""


@dataclass
class _Side:
    """An open tantivy index of one store and what this process knows of it."""

    index: tantivy.Index
    path: Path | None  # None: in memory (a ``:memory:`` store, or a directory that cannot be written)
    mark: int = -1  # highest article id in the index at the last reload (-1: not read yet)
    searcher: Any = None
    gave_up: bool = False  # the last commit of this process waited for the writer in vain
    #: An ingest in bulk mode (:func:`begin_bulk`): the committed batches' index rows (without
    #: display text) wait here until ``settings.SEARCH_INDEX_COMMIT_DOCS`` are ready.
    bulk: bool = False
    pending: list[Any] = field(default_factory=list)
    commit_docs: int | None = None  # the bulk's commit interval (None: the setting)
    note: str | None = None  # why a read-only copy is searched (see _readonly_copy), else None


#: Open indexes by directory (or ``memory:<store_id>``), oldest first.
_SIDES: OrderedDict[str, _Side] = OrderedDict()
#: Most indexes a process keeps open (each holds a few files per segment open): a test run or a
#: long-lived process that touches many stores closes the oldest.
_MAX_OPEN_INDEXES = 32
_SIDES_LOCK = threading.RLock()


def _main_file(conn: sqlite3.Connection) -> str:
    """The store's file ('' for an in-memory or temporary database), from ``PRAGMA database_list``."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return file or ""
    return ""


def _store_id(conn: sqlite3.Connection) -> str:
    """The store's identity: ``search_meta.store_id``; for a store of the FTS5 era read without
    write access, a fingerprint of its first indexed article."""
    try:
        row = conn.execute("SELECT value FROM search_meta WHERE key = 'store_id'").fetchone()
    except sqlite3.OperationalError:
        row = None
    if row:
        return str(row[0])
    first = conn.execute(
        "SELECT article_id, title, ref FROM search_doc ORDER BY article_id LIMIT 1"
    ).fetchone()
    return "legacy-" + hashlib.blake2b(repr(first).encode("utf-8"), digest_size=8).hexdigest()


def index_path(conn: sqlite3.Connection) -> Path | None:
    """The index directory of the store on ``conn`` (``None`` for an in-memory store)."""
    return _index_path(_main_file(conn), _store_id(conn))


def _index_path(file: str, store_id: str) -> Path | None:
    return Path(file + ".search") / f"v{LAYOUT}-{store_id}" if file else None


def _open_dir(path: Path) -> tantivy.Index:
    """Open (or create) the index in ``path``; a directory that is not a readable index (a crash
    while it was created) is emptied and created again."""
    fresh = not (path / "meta.json").exists()
    path.mkdir(parents=True, exist_ok=True)
    try:
        index = tantivy.Index(_TANTIVY_SCHEMA, path=str(path), reuse=True)
    except (OSError, ValueError):
        if fresh:
            raise
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True, exist_ok=True)
        index = tantivy.Index(_TANTIVY_SCHEMA, path=str(path), reuse=True)
    if fresh:  # indexes of stores that were at this path before (their store_id differs)
        for other in path.parent.iterdir():
            if other != path and other.is_dir() and other.name.startswith("v"):
                shutil.rmtree(other, ignore_errors=True)
    return index


#: The store's file, its ``store_id`` and the highest ``search_doc`` id, in one statement (what
#: every search checks first: ~10 µs instead of ~30 µs for three).
_STATE_SQL = (
    "SELECT (SELECT file FROM pragma_database_list WHERE name = 'main'), "
    "(SELECT value FROM search_meta WHERE key = 'store_id'), "
    "(SELECT coalesce(max(article_id), 0) FROM search_doc)"
)


def _state(conn: sqlite3.Connection) -> tuple[str, str, int]:
    """``(store file or '', store_id, highest article id in search_doc)``."""
    try:
        file, store_id, top = conn.execute(_STATE_SQL).fetchone()
    except sqlite3.OperationalError:  # a store of the FTS5 era (no search_meta)
        file, store_id, top = _main_file(conn), None, _stored_max(conn)
    return file or "", store_id or _store_id(conn), top


def _side(
    conn: sqlite3.Connection, create: bool = True, state: tuple[str, str, int] | None = None
) -> _Side | None:
    """The open index of the store on ``conn`` (opened or created on first use); ``None`` when
    ``create`` is false and there is none. ``state``: :func:`_state`, when already read."""
    file, store_id, _ = state or _state(conn)
    memory_key = "memory:" + store_id
    key = f"{file}.search/v{LAYOUT}-{store_id}" if file else memory_key
    side = _SIDES.get(key) or _SIDES.get(memory_key)
    if side is not None:
        return side
    path = _index_path(file, store_id)
    with _SIDES_LOCK:
        side = _SIDES.get(key) or _SIDES.get(memory_key)
        if side is not None:
            return side
        if path is not None and not create and not (path / "meta.json").exists():
            return None
        index = None
        if path is not None:
            try:
                index = _open_dir(path)
            except (OSError, ValueError) as exc:
                copied = _readonly_copy(path, exc)
                if copied is not None:
                    index, copy_path, why = copied
                    _register_tokenizers(index)
                    index.config_reader("Manual", 0)
                    side = _Side(index, copy_path, note=why)
                    _SIDES[key] = side
                    return side
                if not create:
                    raise SearchIndexError(f"cannot open the search index {path}: {exc}") from exc
                warnings.warn(f"search index kept in memory: cannot write {path}: {exc}", stacklevel=3)
                key, path = memory_key, None
        if index is None:
            index = tantivy.Index(_TANTIVY_SCHEMA)
        _register_tokenizers(index)
        index.config_reader("Manual", 0)
        side = _Side(index, path)
        _SIDES[key] = side
        memory = [k for k in _SIDES if k.startswith("memory:")]
        for k in memory[: max(0, len(memory) - settings.SEARCH_MEMORY_INDEXES)]:
            del _SIDES[k]
        while len(_SIDES) > _MAX_OPEN_INDEXES:  # the oldest opened is closed (reopened on use)
            _SIDES.popitem(last=False)
        return side


def _readonly_copy(path: Path, exc: Exception) -> tuple[tantivy.Index, Path, str] | None:
    """A store in a folder that is not writable (read-only mount, another user's store): tantivy
    cannot open ``path`` (it creates lock files there), so the index is copied to a temporary
    folder (removed at exit) and that copy is searched; ``None`` when ``path`` holds no index or
    is writable (the error is then another one). Added by the io/store work (first-user finding:
    a read-only store could not be searched)."""
    import atexit
    import os
    import tempfile

    if not (path / "meta.json").exists() or os.access(path, os.W_OK):
        return None
    tmp = Path(tempfile.mkdtemp(prefix="marsad-ro-index-"))
    atexit.register(shutil.rmtree, tmp, True)
    copy = tmp / path.name
    shutil.copytree(path, copy)
    for sub in [copy, *copy.rglob("*")]:  # the copy keeps the modes: make it writable (lock files)
        sub.chmod(sub.stat().st_mode | 0o700)
    index = tantivy.Index(_TANTIVY_SCHEMA, path=str(copy), reuse=True)
    why = f"the search index folder {path} is not writable ({exc}); searching a temporary copy of it"
    return index, copy, why


def _reload(side: _Side) -> None:
    side.index.reload()
    searcher = side.index.searcher()
    side.searcher = searcher
    if searcher.num_docs == 0:
        side.mark = 0
    else:
        hits = searcher.search(tantivy.Query.all_query(), 1, count=False, order_by_field="article_id").hits
        side.mark = int(hits[0][0])


def _stored_max(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(article_id), 0) FROM search_doc").fetchone()[0]


@dataclass
class SyncResult:
    """What one :func:`sync` did: ``added`` documents; ``behind``: articles still not in the index
    (another process holds the index writer and was not waited for); ``path`` of the index."""

    added: int = 0
    behind: int = 0
    path: Path | None = None
    side: Any = field(default=None, repr=False, compare=False)


#: ``progress(done, total)`` during a long catch-up or a rebuild.
SyncProgress = Callable[[int, int], None]


def _writer(side: _Side, heap_mb: int) -> Any:
    return side.index.writer(heap_mb * 1_000_000, 1)


def _lock_busy(exc: Exception) -> bool:
    return "LockBusy" in str(exc)


def _behind(conn: sqlite3.Connection, mark: int) -> int:
    return conn.execute("SELECT count(*) FROM search_doc WHERE article_id > ?", (mark,)).fetchone()[0]


def sync(
    conn: sqlite3.Connection,
    *,
    wait: bool = False,
    prepared: list[IndexRows] | None = None,
    progress: SyncProgress | None = None,
    timeout_s: float | None = None,
) -> SyncResult:
    """Add to the tantivy index every ``search_doc`` row above its high-water mark.

    ``prepared``: :func:`article_rows` of rows just committed (used instead of reading and
    analyzing them again). When another process holds the index writer (tantivy allows one):
    ``wait=False`` returns at once with ``behind`` set; ``wait=True`` retries until that process
    has indexed these rows or the writer is free, up to ``timeout_s`` (default
    ``settings.SEARCH_SYNC_WAIT_S``). Never writes to SQLite (works on a read-only connection).
    Raises :class:`SearchIndexError` when the index cannot be written, ``sqlite3.Error`` when the
    store cannot be read."""
    state = _state(conn)
    side = _side(conn, state=state)
    assert side is not None
    target = state[2]
    if side.mark < 0 or target > side.mark:
        _reload(side)
    if target <= side.mark:
        return SyncResult(0, 0, side.path, side)
    deadline = time.monotonic() + (settings.SEARCH_SYNC_WAIT_S if timeout_s is None else timeout_s)
    while True:
        try:
            writer = _writer(side, settings.SEARCH_WRITER_HEAP_MB)
            break
        except ValueError as exc:
            if not _lock_busy(exc):
                raise SearchIndexError(f"cannot write the search index {side.path}: {exc}") from exc
            if not wait or time.monotonic() > deadline:
                return SyncResult(0, _behind(conn, side.mark), side.path, side)
            time.sleep(settings.SEARCH_SYNC_RETRY_S)
            _reload(side)
            if side.mark >= target:  # the writer's process indexed these rows (and maybe more)
                return SyncResult(0, 0, side.path, side)
    try:
        _reload(side)  # another process may have committed before this one got the writer
        added = _add_missing(conn, side, writer, prepared, progress)
        writer.commit()
    except BaseException as exc:
        try:
            writer.rollback()
            writer.wait_merging_threads()  # drops the writer: releases the lock
        except (ValueError, OSError):
            pass  # a writer already killed (a full disk): the error below says why
        if isinstance(exc, (ValueError, OSError)):  # tantivy's writer failed (rob23 HIGH 5: disk full)
            raise SearchIndexError(_write_failure(conn, side, exc)) from exc
        raise
    writer.wait_merging_threads()
    _reload(side)
    return SyncResult(added, 0, side.path, side)


def _write_failure(conn: sqlite3.Connection, side: _Side, exc: BaseException) -> str:
    """One line for an index writer that failed while catching up: the disk when it is full (a
    tantivy writer killed by ENOSPC says only "An index writer was killed"), how many articles
    are not searchable, and how to recover."""
    import shutil

    try:
        full = shutil.disk_usage(side.path).free < (1 << 20)
    except OSError:
        full = False
    try:
        behind = f"{_behind(conn, side.mark):,} newest articles are not searchable yet"
    except sqlite3.Error:
        behind = "the newest articles are not searchable yet"
    why = "the disk is full" if full else f"{type(exc).__name__}: {exc}"
    return (
        f"cannot write the search index {side.path} ({why}); {behind} — free space if needed, "
        "then search again (it catches up) or run `marsad reindex`"
    )


def _add_missing(
    conn: sqlite3.Connection,
    side: _Side,
    writer: Any,
    prepared: list[IndexRows] | None,
    progress: SyncProgress | None,
) -> int:
    """Add the ``search_doc`` rows above ``side.mark`` to ``writer`` (not committed)."""
    mark = side.mark
    # Nothing above the mark may be added twice (the mark is the index's own maximum, so this
    # deletes nothing unless the index was changed behind this process's back).
    writer.delete_documents_by_query(
        tantivy.Query.range_query(
            _TANTIVY_SCHEMA, "article_id", tantivy.FieldType.Unsigned, mark + 1, None, use_inverted_index=True
        )
    )
    ready = {rows[0][0]: rows for rows in prepared or ()}
    total = _behind(conn, mark) if progress is not None else 0
    added = 0
    chunk = settings.SEARCH_CATCHUP_CHUNK
    while True:
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT article_id FROM search_doc WHERE article_id > ? ORDER BY article_id LIMIT ?",
                (mark, chunk),
            )
        ]
        if not ids:
            break
        hi = ids[-1]
        missing = [i for i in ids if i not in ready]
        failed = _unreadable_ids(conn, mark, hi)
        loaded = _load_rows(conn, mark, hi, missing, failed) if missing else {}
        for article_id in ids:
            rows = ready.get(article_id)
            writer.add_document(
                _document_of_rows(rows, article_id in failed) if rows is not None else loaded[article_id]
            )
        added += len(ids)
        mark = hi
        if progress is not None:
            progress(added, total)
    return added


def _load_rows(
    conn: sqlite3.Connection,
    lo: int,
    hi: int,
    ids: list[int],
    failed: set[int] | frozenset[int] = frozenset(),
) -> dict[int, tantivy.Document]:
    """Index documents of the ``search_doc`` rows ``ids`` (all in ``(lo, hi]``; those in ``failed``
    marked as records that could not be read), analyzed again from
    the stored display text; the stored hashtag and entity keys are keyed again (idempotent: a key
    is its own key), so an index rebuilt for a new :data:`LAYOUT` has the current search key's
    filter terms too."""
    wanted = set(ids)
    tags: dict[int, list[str]] = {}
    for aid, tag in conn.execute(
        "SELECT article_id, tag FROM search_hashtag WHERE article_id > ? AND article_id <= ?", (lo, hi)
    ):
        if aid in wanted:  # keyed again: a store written before a change of the search key
            tags.setdefault(aid, []).append(_tag_key(tag))
    ents: dict[int, list[tuple[str, str]]] = {}
    for aid, etype, name in conn.execute(
        "SELECT article_id, type, name FROM search_entity WHERE article_id > ? AND article_id <= ?", (lo, hi)
    ):
        if aid in wanted:
            ents.setdefault(aid, []).append((etype, search_key(name)))
    out: dict[int, tantivy.Document] = {}
    # the local time from the articles table: stores written before search_doc held local times
    # (it held the UTC instant) get the local calendar day too when their index is rebuilt
    local = "coalesce((SELECT a.published_local FROM articles a WHERE a.id = search_doc.article_id), published)"
    sql = "SELECT article_id, title, text, source, {}, {} FROM search_doc WHERE article_id > ? AND article_id <= ?"
    rows = None
    # lead_len is missing in a store of the FTS5 era read without write access; articles in a
    # bare search table (tests, tools)
    for published, lead_len in ((local, "lead_len"), ("published", "lead_len"), ("published", "NULL")):
        try:
            rows = conn.execute(sql.format(published, lead_len), (lo, hi))
            break
        except sqlite3.OperationalError:
            if lead_len == "NULL":
                raise
    rows = [r for r in rows if r[0] in wanted]
    derived = _derived_texts(conn, lo=lo, hi=hi) if any(r[2] is None for r in rows) else {}
    for aid, title, blob, source, published, lead_len in rows:
        if blob is None and aid in derived:  # not stored: made from the article's text and blocks
            lead, body = _split(derived[aid], lead_len)
        else:
            lead, body = _split(_text_of(blob), lead_len)
        streams, dup = _streams(title or "", lead, body)
        out[aid] = _document(
            aid, source, published, dup, tags.get(aid, ()), ents.get(aid, ()), streams, aid in failed
        )
    return out


def rebuild(conn: sqlite3.Connection, progress: SyncProgress | None = None) -> SyncResult:
    """Build the tantivy index again from ``search_doc`` (``marsad reindex``): waits for the index
    writer, deletes every document and adds every row; searches in other processes see the old
    index until the new one is committed. Returns a :class:`SyncResult` (``added``: documents)."""
    side = _side(conn)
    assert side is not None
    deadline = time.monotonic() + settings.SEARCH_SYNC_WAIT_S
    while True:
        try:
            writer = _writer(side, settings.SEARCH_REBUILD_HEAP_MB)
            break
        except ValueError as exc:
            if not _lock_busy(exc) or time.monotonic() > deadline:
                raise SearchIndexError(f"cannot write the search index {side.path}: {exc}") from exc
            time.sleep(settings.SEARCH_SYNC_RETRY_S)
    try:
        writer.delete_all_documents()
        side.mark = 0
        added = _add_missing(conn, side, writer, None, progress)
        writer.commit()
    except BaseException:
        writer.rollback()
        writer.wait_merging_threads()
        side.mark = -1
        raise
    writer.wait_merging_threads()
    _reload(side)
    return SyncResult(added, 0, side.path)


def status(conn: sqlite3.Connection) -> dict[str, Any]:
    """``{"path", "stored", "indexed", "behind"}``: the index directory (``None`` in memory), the
    articles in ``search_doc``, the documents in the index, and the rows above its mark. Opens the
    index without creating it (``indexed`` 0 when there is none)."""
    stored = conn.execute("SELECT count(*) FROM search_doc").fetchone()[0]
    side = _side(conn, create=False)
    if side is None:
        return {"path": index_path(conn), "stored": stored, "indexed": 0, "behind": stored}
    _reload(side)
    return {
        "path": side.path,
        "stored": stored,
        "indexed": side.searcher.num_docs,
        "behind": _behind(conn, side.mark),
    }


def terms(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """Every ``(field, term, document frequency)`` of the analyzed and filter text fields of the
    index, sorted (after :func:`sync`): what the index holds, for tests and debugging."""
    sync(conn, wait=True)
    side = _side(conn)
    assert side is not None
    fields = (*FIELDS, "source", "tag", *ENTITY_FIELDS.values())
    return sorted((f, t, n) for f in fields for t, n in side.searcher.terms_with_prefix(f, ""))


def verify(conn: sqlite3.Connection) -> list[str]:
    """What is out of sync between the articles, ``search_doc`` and the tantivy index (empty list
    when none; an index only behind the store, which the next ingest or search mends, is a
    :class:`marsad.store.verify.VerifyNote`). Reads only (an in-memory store's index, which lives only in this process, is
    brought up to date first). The index is compared with ``search_doc`` by document count,
    highest and sum of article ids."""
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
    n, top, total = conn.execute(
        "SELECT count(*), coalesce(max(article_id), 0), coalesce(sum(article_id), 0) FROM search_doc"
    ).fetchone()
    if not _main_file(conn):
        sync(conn, wait=True)
    try:
        side = _side(conn, create=False)
    except SearchIndexError as exc:
        return [*problems, str(exc)]
    if side is None:
        if n:
            problems.append(
                f"the search index {index_path(conn)} is missing: {n:,} articles cannot be found "
                "(run `marsad reindex`, or any search, to build it)"
            )
        return problems
    _reload(side)
    searcher = side.searcher
    n_index = searcher.num_docs
    top_index = total_index = 0
    if n_index:
        agg = searcher.aggregate(
            tantivy.Query.all_query(),
            {"top": {"max": {"field": "article_id"}}, "total": {"sum": {"field": "article_id"}}},
        )
        top_index, total_index = int(agg["top"]["value"] or 0), int(agg["total"]["value"] or 0)
    # Behind (a note, mended by the next sync: it adds every row above the index's high-water
    # mark) only when the index holds exactly the store's rows up to its highest id; a hole below
    # that mark is never mended by a sync and is a fault.
    prefix = conn.execute(
        "SELECT count(*), coalesce(sum(article_id), 0) FROM search_doc WHERE article_id <= ?",
        (top_index,),
    ).fetchone()
    if n_index < n and top_index <= top and (n_index, total_index) == tuple(prefix):
        from marsad.store.verify import VerifyNote

        problems.append(
            VerifyNote(
                f"the search index is behind the store: {n - n_index:,} of {n:,} articles not indexed "
                "(the next ingest or search catches up; `marsad reindex` rebuilds it)"
            )
        )
    elif (n_index, top_index, total_index) != (n, top, total):
        problems.append(
            f"the search index does not hold the store's articles ({n_index:,} documents, highest id "
            f"{top_index}, vs {n:,} rows, highest id {top}): run `marsad reindex`"
        )
    return problems


# -- searching -----------------------------------------------------------------------------------
@dataclass
class SearchResult:
    """The answer to one query: ``hits`` (dicts, shape in docs/search.md), the compiled query in
    its readable FTS5-style form (``fts``; ``None`` when nothing was searched), and ``notes`` on
    what was ignored."""

    query: str
    hits: list[dict[str, Any]] = field(default_factory=list)
    fts: str | None = None
    notes: list[str] = field(default_factory=list)
    #: Articles matching the query and filters, every copy of a duplicate group counted (tantivy's
    #: count collector: exact, it visits every match); 0 when nothing was searched.
    total: int = 0
    #: ``"relevance"`` (BM25, best first) or ``"published"`` (a query of filters only: newest
    #: publication first, articles without a date last; hits then have ``score`` ``None``).
    sort: str = "relevance"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready ``{"query", "fts", "notes", "total", "sort", "hits"}`` (the shape of
        ``marsad search --json``)."""
        return {
            "query": self.query,
            "fts": self.fts,
            "notes": self.notes,
            "total": self.total,
            "sort": self.sort,
            "hits": self.hits,
        }


def _weights() -> tuple[float, ...]:
    t, le, b, s = (
        settings.SEARCH_WEIGHT_TITLE,
        settings.SEARCH_WEIGHT_LEAD,
        settings.SEARCH_WEIGHT_BODY,
        settings.SEARCH_STEM_WEIGHT,
    )
    return (t, le, b, t * s, le * s, b * s)


def _regex_literal(text: str) -> str:
    """``text`` as a literal in tantivy's regex syntax (Rust ``regex``): letters and digits as they
    are, anything else as a ``\\x{…}`` escape."""
    return "".join(c if c.isalnum() else f"\\x{{{ord(c):x}}}" for c in text)


_Q = tantivy.Query
_SHOULD, _MUST, _MUST_NOT = tantivy.Occur.Should, tantivy.Occur.Must, tantivy.Occur.MustNot


def _should(clauses: list[Any]) -> Any:
    return clauses[0] if len(clauses) == 1 else _Q.boolean_query([(_SHOULD, c) for c in clauses])


def _plan_query(
    plan: Plan, weights: dict[str, float], searcher: Any = None, linked: dict[tuple[str, str], list[int]] | None = None
) -> Any:
    """A tantivy query for one :data:`marsad.search.query.Plan` node. BM25 per field, times the
    field's weight, summed over the clauses that match. ``linked``: an entity filter's
    ``(name, value)`` → the ids of the articles the entity registry links to it
    (:func:`_registry_links`)."""
    schema = _TANTIVY_SCHEMA
    kind = plan[0]
    if kind == "word":
        _, key, stems = plan
        clauses = []
        if key not in stems:
            clauses += [_Q.boost_query(_Q.term_query(schema, f, key), weights[f]) for f in KEY_FIELDS]
        for s in stems:
            clauses += [_Q.boost_query(_Q.term_query(schema, f, s), weights[f]) for f in FIELDS]
        return _should(clauses)
    if kind == "phrase" and len(plan) >= 3:
        # a typed phrase: each word as written or with proclitics (لمكافحة الإرهاب for
        # "مكافحة الإرهاب"; nu16 M2), a regex per position (its forms) over the key field's terms
        if all(len(forms) == 1 for forms in plan[2]):  # one form each in this index: a plain phrase
            plan = ("phrase", tuple(forms[0] for forms in plan[2]))
            return _plan_query(plan, weights, searcher, linked)
        patterns = ["(?:" + "|".join(_regex_literal(f) for f in forms) + ")" for forms in plan[2]]
        if len(patterns) == 1:
            return _should(
                [_Q.boost_query(_Q.regex_query(schema, f, patterns[0]), weights[f]) for f in KEY_FIELDS]
            )
        return _should(
            [_Q.boost_query(_Q.regex_phrase_query(schema, f, patterns), weights[f]) for f in KEY_FIELDS]
        )
    if kind == "phrase":
        keys = list(plan[1])
        if len(keys) == 1:
            return _should(
                [_Q.boost_query(_Q.term_query(schema, f, keys[0]), weights[f]) for f in KEY_FIELDS]
            )
        return _should([_Q.boost_query(_Q.phrase_query(schema, f, keys), weights[f]) for f in KEY_FIELDS])
    if kind == "prefix":
        _, key, bare = plan
        clauses = [
            _Q.boost_query(_Q.regex_query(schema, f, _regex_literal(key) + ".*"), weights[f])
            for f in KEY_FIELDS
        ]
        clauses += [
            _Q.boost_query(_Q.regex_query(schema, f, _regex_literal(bare) + ".*"), weights[f]) for f in FIELDS
        ]
        return _should(clauses)
    if kind == "or":
        # a ("spellings", …) node not resolved against an index (index._present_forms) adds nothing
        return _should(
            [_plan_query(p, weights, searcher, linked) for p in plan[1] if p[0] not in ("spellings", "prefix_words")]
        )
    if kind == "variant":
        return _Q.boost_query(_plan_query(plan[1], weights, searcher, linked), settings.SEARCH_VARIANT_WEIGHT)
    if kind == "filter":
        return _filter_query(plan[1], plan[2], searcher, (linked or {}).get((plan[1], plan[2])))
    if kind == "all":
        return _Q.const_score_query(_Q.all_query(), 0.0)
    _, pos, neg = plan
    if len(pos) == 1 and not neg:
        return _plan_query(pos[0], weights, searcher, linked)
    return _Q.boolean_query(
        [(_MUST, _plan_query(p, weights, searcher, linked)) for p in pos]
        + [(_MUST_NOT, _plan_query(p, weights, searcher, linked)) for p in neg]
    )


def _present_forms(plan: Plan, searcher: Any, found: set[str] | None = None) -> Plan:
    """``plan`` with each typed phrase's forms (:func:`marsad.search.query.phrase_forms`, up to 24
    a word) cut to those some key field of the index holds (the core is kept when none is: the
    phrase then matches nothing). Fewer alternatives make the per-position regex of
    :func:`_plan_query` cheaper (ANT v2.1, ``"مكافحة الإرهاب"``: 18 forms → 9, 6.4 → 2.0 ms in
    tantivy), and a phrase whose words have one form each is a plain phrase query."""
    kind = plan[0]
    if kind == "phrase" and len(plan) >= 3:
        kept = []
        spell = plan[3] if len(plan) > 3 else ((k, ()) for k in plan[1])
        for forms, (key, others) in zip(plan[2], spell, strict=True):
            # a foreign name's other letters in a phrase ("بيل جيتس" / "بيل غيتس"; nu27 item 2)
            same = [o for o in others if _key_df(searcher, o) and _same_foreign_name(searcher, key, o)]
            if same:
                if found is not None:
                    found.update(same)
                forms = tuple(
                    dict.fromkeys([*forms, *(f for o in same for f in phrase_forms(o, tuple(_stems(o))))])
                )
            present = tuple(f for f in forms if any(searcher.doc_freq(fld, f) for fld in KEY_FIELDS))
            kept.append(present or forms[:1])
        return ("phrase", plan[1], tuple(kept))
    if kind == "or":
        return ("or", tuple(q for p in plan[1] for q in _or_items(_present_forms(p, searcher, found))))
    if kind == "spellings":
        return _foreign_spellings(plan[1], plan[2], searcher, found)
    if kind == "prefix_words":
        return _prefix_words(plan[1], plan[2], plan[3], searcher, found)
    if kind == "variant":
        return ("variant", _present_forms(plan[1], searcher, found))
    if kind == "and":
        return (
            "and",
            tuple(_present_forms(p, searcher, found) for p in plan[1]),
            tuple(_present_forms(p, searcher, found) for p in plan[2]),
        )
    return plan


def _or_items(plan: Plan) -> tuple[Plan, ...]:
    """The items an ``or`` takes from one resolved child: a resolved ``spellings`` node is an ``or``
    of its kept variants (none: no item)."""
    return plan[1] if plan[0] == "or" and plan[1:2] and all(p[0] == "variant" for p in plan[1]) else (plan,)


def _key_df(searcher: Any, term: str) -> int:
    """Articles whose title, lead or body holds ``term`` as a surface key (the largest field count:
    a lower bound of the articles, exact when one field holds them all)."""
    return max(searcher.doc_freq(f, term) for f in KEY_FIELDS)


def _native_evidence(searcher: Any, key: str) -> bool:
    """Does ``key`` read as a native word: cut by the stemmer (a clitic or suffix: ``كونها``, ``بغرب``;
    :func:`marsad.search.variants.unsegmented`), or written with the article ``ال`` in more than
    :data:`marsad.settings.SEARCH_LETTER_VARIANT_MAX_DEFINITE_SHARE` of its uses, in this index or in the
    shipped news counts (:func:`marsad.search.variants.reads_as_foreign_name`,
    :func:`~marsad.search.variants.news_counts_foreign`: a small store has too few uses to tell
    ``قاسم``, 36 % definite in the news, from a foreign name)?"""
    df = _key_df(searcher, key)
    return (
        not unsegmented(key)
        or not reads_as_foreign_name(df, _key_df(searcher, "ال" + key))
        or not news_counts_foreign(key)
    )


def _name_share(searcher: Any, key: str) -> float:
    """Share of the articles writing ``key`` in which it is a word of an entity name (the
    ``per``/``org``/``loc`` fields; 0 for a key the index does not hold)."""
    df = _key_df(searcher, key)
    return max(searcher.doc_freq(f, key) for f in ENTITY_FIELDS.values()) / df if df else 0.0


def _same_foreign_name(searcher: Any, key: str, other: str) -> bool:
    """Are ``key`` and its :func:`~marsad.search.variants.letter_variants` spelling ``other`` one foreign
    name by this index's evidence: neither reads as a native word (:func:`_native_evidence`) and one of
    them is mostly a word of entity names
    (:data:`marsad.settings.SEARCH_LETTER_VARIANT_MIN_NAME_SHARE` of its articles: the tagger tags
    ``أنجيلا`` in most of its articles, ``أنغيلا`` seldom)? Symmetric in the two (spell25)."""
    return (
        not _native_evidence(searcher, key)
        and not _native_evidence(searcher, other)
        and max(_name_share(searcher, key), _name_share(searcher, other)) >= settings.SEARCH_LETTER_VARIANT_MIN_NAME_SHARE
    )


def _field_spellings(forms: list[list[str]], fname: str, searcher: Any) -> list[list[str]]:
    """The other writings of entity-filter ``forms`` (lists of name words) whose one word is another
    spelling of a foreign name (:func:`marsad.search.variants.letter_variants`) that the entity field
    ``fname`` holds (:func:`_same_foreign_name`): the filter ``person:أنغيلا`` also takes ``أنجيلا``
    (spell25). Not yet in ``forms``."""
    out: list[list[str]] = []
    for form in forms:
        for i, w in enumerate(form):
            for other in letter_variants(w):
                alt = [*form[:i], other, *form[i + 1 :]]
                if searcher.doc_freq(fname, other) and alt not in forms and alt not in out:
                    if _same_foreign_name(searcher, w, other):
                        out.append(alt)
    return out


def _prefix_words(key: str, bare: str, word: Plan, searcher: Any, found: set[str] | None) -> Plan:
    """A ``("prefix_words", key, bare, word)`` node of a prefix query resolved against the index
    (cli29 item 1): an ``or`` of ``word`` (what the word ``key`` finds: its stems) when some key
    field holds ``key`` as a word, and a ``variant`` word for each other spelling
    (:func:`marsad.search.variants.variants_of`; a foreign name's other letters as
    :func:`_foreign_spellings` keeps them) of the ``settings.SEARCH_PREFIX_SPELLING_WORDS``
    commonest key-field words starting with ``key`` or ``bare`` — spellings that do not start so
    themselves (``نتنياه*``: ``نتانياهو``, of ``نتنياهو``). A prefix under
    ``settings.SEARCH_PREFIX_SPELLING_MIN_CHARS`` letters takes no such spellings."""
    items: list[Plan] = []
    if _key_df(searcher, key):  # the letters typed are a word: at least what it finds (nu27)
        items += _or_items(_present_forms(word, searcher, found))
        if found is not None:
            found.add(key)
    if len(bare) < settings.SEARCH_PREFIX_SPELLING_MIN_CHARS:
        return ("or", tuple(items))
    counts: dict[str, int] = {}
    for f in KEY_FIELDS:
        for p in {key, bare}:
            for t, n in searcher.terms_with_prefix(f, p):
                counts[t] = counts.get(t, 0) + n
    starts = (key, bare)
    seen: set[str] = set(counts)
    for t in sorted(counts, key=lambda t: (-counts[t], t))[: settings.SEARCH_PREFIX_SPELLING_WORDS]:
        st = tuple(_stems(t))
        others = [v for v in variants_of(st, t) if v not in seen and not v.startswith(starts)]
        seen.update(others)
        items += [("variant", ("word", v, tuple(_stems(v)))) for v in others]
        if found is not None:
            found.update(others)
        letters = tuple(v for v in letter_variants(t) if v not in seen and not v.startswith(starts))
        if letters:
            resolved = _foreign_spellings(t, letters, searcher, found)
            seen.update(p[1][1] for p in resolved[1])
            items += resolved[1]
    return ("or", tuple(items))


def _foreign_spellings(key: str, others: tuple[str, ...], searcher: Any, found: set[str] | None) -> Plan:
    """A ``("spellings", key, others)`` node resolved against the index (spell25): each of ``others``
    the index holds that is the same foreign name as ``key`` (:func:`_same_foreign_name`: ``قاسم``
    never reaches ``جاسم``, both take the article), as a ``variant`` word; an ``or`` of them (empty:
    nothing). Symmetric: of two indexed spellings, each finds the other or neither does
    (``مورينهو`` ↔ ``مورينيو``)."""
    kept = [o for o in others if _key_df(searcher, o) and _same_foreign_name(searcher, key, o)]
    if found is not None:
        found.update(kept)
    return ("or", tuple(("variant", ("word", v, tuple(_stems(v)))) for v in kept))


def _has_offset(value: str) -> bool:
    dt = _parse_iso(value)
    return dt is not None and dt.tzinfo is not None


def _has_entities(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute("SELECT 1 FROM search_entity LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def _entities_stale(conn: sqlite3.Connection) -> bool:
    """Did a stage upgrade add entity rows the index has not taken in yet (its ``ingest_state``
    note, removed by the rebuild at the end of the upgrade run or by the next ingest)?"""
    try:
        return conn.execute("SELECT 1 FROM ingest_state WHERE key = 'search-entities-stale'").fetchone() is not None
    except sqlite3.Error:
        return False


def _date_clause(name: str, value: str) -> Any | None:
    """The range clause of a ``from:`` (``name`` ``"from"``) or ``to:`` date; ``None`` when
    ``value`` is not an ISO date. A date compares with the local calendar day (``day``), a full
    instant with an offset (``2018-03-05T10:00+03:00``) with the instant itself (``pub``)."""
    upper = name == "to"
    bound = date_bound(value, upper)
    field = "pub" if bound is not None and len(bound) > 10 and _has_offset(bound) else "day"
    instant = _instant(bound) if field == "pub" else _wall_clock(bound)
    if instant is None:
        return None
    if upper:
        return _Q.range_query(
            _TANTIVY_SCHEMA, field, tantivy.FieldType.Integer, None, instant, include_upper=False
        )
    return _Q.range_query(_TANTIVY_SCHEMA, field, tantivy.FieldType.Integer, instant, None)


def _entity_words(value: str) -> list[str]:
    return search_key(value).lower().split()


def filter_prefix(name: str, value: str) -> str | None:
    """For a ``hashtag:``, ``person:``, ``org:`` or ``place:`` value ending in ``*`` whose last
    word keeps at least ``settings.SEARCH_MIN_PREFIX_CHARS`` letters or digits without it
    (``person:ترام*``, ``person:"دونالد ترا*"``, ``hashtag:سوري*``): the value without the ``*``,
    searched as a prefix of that word (of the tag); else ``None`` (a whole-word value, or a
    ``*`` left after too few letters: :func:`_filter_notes` says so)."""
    if name not in ENTITY_FILTERS and name != "hashtag":
        return None
    stripped = value.rstrip()
    if not stripped.endswith("*"):
        return None
    base = stripped.rstrip("*").rstrip()
    words = _entity_words(base) if name != "hashtag" else [_tag_key(base)]
    if not words or len(words[-1]) < settings.SEARCH_MIN_PREFIX_CHARS or base.endswith(tuple(" \t")):
        return None
    return base


def _source_value(value: str) -> str:
    """A ``source:`` value as matched: a ``source:`` filter already matches every source containing
    the text, so a trailing ``*`` (``source:bbc*``) adds nothing and is dropped (cli29 item 2)."""
    return value.rstrip().rstrip("*") or value


def _prefix_names(prefix: str) -> list[str]:
    """The other spellings of the listed transliterated names (:data:`VARIANTS`) some spelling of
    which starts with ``prefix`` and which do not start with it themselves: ``ترا`` → ``ترمب``
    (of ``ترامب``), ``نتنياه`` → ``نتانياهو`` (of ``نتنياهو``)."""
    out: list[str] = []
    for spelling, others in VARIANTS.items():
        if spelling.startswith(prefix):
            out += [o for o in others if not o.startswith(prefix) and o not in out]
    return out


def _filter_query(name: str, value: str, searcher: Any = None, linked: list[int] | None = None) -> Any:
    """The index clause of one filter (``name`` in :data:`marsad.search.query.FILTER_NAMES`),
    matched or not: scored 0, so filters never change the BM25 order of the words' hits. A value
    :func:`_filter_notes` would drop matches nothing here. With ``searcher``, an entity filter also takes
    a foreign name's other letters that the entity field holds (:func:`_field_spellings`, spell25).
    ``linked``: the ids of the articles the store's entity registry links to the entity the value
    names (:func:`_registry_links`): matched too, so ``org:داعش`` finds the articles that call it
    ``تنظيم الدولة الإسلامية`` (nu33 W10)."""
    schema = _TANTIVY_SCHEMA
    q: Any = None
    base = filter_prefix(name, value)
    if base is None and name not in ("from", "to"):  # a '*' it cannot take: ignored, with a note
        value = _source_value(value)
    if name == "source":
        q = _Q.regex_query(schema, "source", ".*" + _regex_literal(_source_value(value).lower()) + ".*")
    elif name == "hashtag" and base is not None:  # hashtag:سوري*: tags starting so (cli29 item 2)
        keys = [*hashtag_filter_keys(base), *_prefix_names(_tag_key(base))]
        q = _should([_Q.regex_query(schema, "tag", _regex_literal(k) + ".*") for k in keys])
    elif name == "hashtag":
        q = _should([_Q.term_query(schema, "tag", k) for k in hashtag_filter_keys(value)])
    elif name in ENTITY_FILTERS and base is not None:
        # person:ترام*: a name with a word starting so, its last word the prefix (cli29 item 2: it
        # gave 0 hits and no note); a listed name's other spellings starting so come as whole words
        words = _entity_words(base)
        fname = ENTITY_FIELDS[ENTITY_FILTERS[name]]
        head = [_regex_literal(w) for w in words[:-1]]
        pats = [[*head, _regex_literal(words[-1]) + ".*"]]
        pats += [[*head, _regex_literal(other)] for other in _prefix_names(words[-1])]
        q = _should(
            [
                _Q.regex_query(schema, fname, p[0])
                if len(p) == 1
                else _Q.regex_phrase_query(schema, fname, p)
                for p in pats
            ]
        )
    elif name in ("from", "to"):
        q = _date_clause(name, value)
    elif name in ENTITY_FILTERS and _entity_words(value):
        fname = ENTITY_FIELDS[ENTITY_FILTERS[name]]
        # the other spellings of a listed name (person:ترامب also finds ترمب), each compound
        # name also joined or apart (عبدالفتاح = عبد الفتاح: compound_spellings)
        spellings = [
            sp
            for form in compound_spellings(_entity_words(value))
            for sp in [form]
            + [
                [*form[:i], other, *form[i + 1 :]]
                for i, w in enumerate(form)
                for other in VARIANTS.get(w, ())
            ]
        ]
        if searcher is not None:  # a foreign name's other letters in this field (أنغيلا / أنجيلا)
            spellings += _field_spellings(spellings, fname, searcher)
        q = _should(
            [
                _Q.term_query(schema, fname, ws[0]) if len(ws) == 1 else _Q.phrase_query(schema, fname, ws)
                for ws in spellings
            ]
            # the registry's articles of this entity, under any of its names (org:داعش ⊇ تنظيم الدولة)
            + ([_Q.term_set_query(schema, "article_id", linked)] if linked else [])
        )
    return _Q.const_score_query(q if q is not None else _Q.empty_query(), 0.0)


def _registry_links(
    conn: sqlite3.Connection, filters: dict[str, list[str]], dropped: frozenset[tuple[str, str]]
) -> dict[tuple[str, str], list[int]]:
    """For each entity filter typed (``person:``, ``org:``, ``place:``; not a prefix ``ترام*``, not
    one :func:`_filter_notes` dropped): the ids of the stored articles that the entity registry links
    to the entity the value names (:func:`marsad.entities.registry.articles_for`: its curated aliases,
    recorded alias spellings and, for people, the surname/lineage merges) — the articles ``marsad
    entities`` counts for it. The index's entity fields hold only the names each article itself uses,
    so without these ``org:داعش`` missed the articles that say ``تنظيم الدولة الإسلامية`` (nu33 W10:
    385 of the entity's 547 articles). ``{}`` for a store without a registry (the search tables
    alone)."""
    links: dict[tuple[str, str], list[int]] = {}
    for name in ENTITY_FILTERS:
        for value in filters.get(name, []):
            if (name, value) in dropped or value.rstrip().endswith("*") or not _entity_words(value):
                continue
            # (imported here: a query without an entity filter loads no entities module, cli26)
            from marsad.entities.registry import articles_for

            try:
                ids = articles_for(conn, value.strip().strip('"'), ENTITY_FILTERS[name])
            except sqlite3.OperationalError:  # no registry tables in this database
                return {}
            if ids:
                links[(name, value)] = ids
    return links


def _filter_notes(
    conn: sqlite3.Connection, filters: dict[str, list[str]]
) -> tuple[frozenset[tuple[str, str]], list[str]]:
    """``(dropped, notes)`` for the filters typed (name → values, wherever they stand in the
    query): the ``(name, value)`` pairs that cannot be applied — a date that is not an ISO date, an
    entity value without letters or digits, any entity filter on a store without entity
    annotations — which :func:`marsad.search.query.compile_query` leaves out of the query (as a
    word without letters is: ``a OR person:x`` is then ``a``), each with a note; and a note when
    entity rows were added after the index was built."""
    dropped: set[tuple[str, str]] = set()
    notes: list[str] = []
    for name in ("from", "to"):
        for value in filters.get(name, []):
            if _date_clause(name, value) is None:
                dropped.add((name, value))
                notes.append(f"{name}:{value} is not a date (2018-03-05, 2018-03, 2018, or as written in the news): ignored")
    entity_filters = [(n, v) for n in ENTITY_FILTERS for v in filters.get(n, [])]
    if entity_filters:
        if not _has_entities(conn):
            dropped.update(entity_filters)
            notes.append(
                "no entity annotations in this database yet: "
                + ", ".join(f"{n}:{v}" for n, v in entity_filters)
                + " ignored (the store was ingested with --core: ingest the same input again"
                " without --core to add entities and quotes)"
            )
        else:
            if _entities_stale(conn):  # third new-user report, #6: a killed upgrade gave a silent 0
                notes.append(
                    "entities added by a stage upgrade are not in the search index yet (the upgrade is "
                    "running or was interrupted): person:/org:/place: may miss articles; `marsad reindex` "
                    "or the next ingest rebuilds it"
                )
            for name, value in entity_filters:
                if not _entity_words(value):
                    dropped.add((name, value))
                    notes.append(f"{name}:{value} has no letters or digits: ignored")
    for name in ("hashtag", *ENTITY_FILTERS):
        for value in filters.get(name, []):
            if (
                value.rstrip().endswith("*")
                and (name, value) not in dropped
                and filter_prefix(name, value) is None
            ):
                notes.append(
                    f"{name}:{value}: a prefix needs at least {settings.SEARCH_MIN_PREFIX_CHARS} letters"
                    " before '*', at the end of a word: the '*' is ignored"
                )
    for value in filters.get("source", []):
        if _source_value(value) != value:
            notes.append(
                f"source:{value}: source: already matches every source containing"
                f" {_source_value(value)!r}: the '*' is ignored"
            )
    return frozenset(dropped), notes


def _catch_up(conn: sqlite3.Connection, notes: list[str]) -> _Side:
    """The store's index, brought up to date when no other process is writing it."""
    side = None
    try:
        result = sync(conn)
        side = result.side
        if result.behind:
            notes.append(
                f"{result.behind:,} newest articles are not searchable yet (another process is updating the index)"
            )
    except SearchIndexError as exc:
        notes.append(f"the search index could not be brought up to date: {exc}")
    if side is None:
        side = _side(conn)
    assert side is not None
    if side.note:
        notes.append(side.note)
    if side.searcher is None:
        _reload(side)
    return side


def _cut_query(query: str, limit: int) -> str:
    """``query`` cut to at most ``limit`` characters at a word boundary (the last white space at or
    before the limit), so that no word is searched as a fragment of itself (nu27: 400 × ``ترامب`` cut
    inside the last word added ``AND "ترام"`` and found 1 article of 470). A query with no white space
    in its first ``limit`` characters is cut at the limit. A trailing operator is dropped with it."""
    if len(query) <= limit:
        return query
    if query[limit].isspace():
        cut = query[:limit]
    else:
        space = max((i for i in range(limit - 1, -1, -1) if query[i].isspace()), default=-1)
        cut = query[:space] if space > 0 else query[:limit]
    words = cut.split()
    while words and words[-1] in {"AND", "OR", "NOT"}:
        words.pop()
    return " ".join(words) if words else cut


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
    ``place=``) add to the ones written in the query. The index is first brought up to date
    (:func:`sync`, without waiting for another process's writer)."""
    notes: list[str] = []
    if len(query) > settings.SEARCH_MAX_QUERY_CHARS:
        query = _cut_query(query, settings.SEARCH_MAX_QUERY_CHARS)
        most = settings.SEARCH_MAX_QUERY_CHARS
        notes.append(f"query cut to its first {len(query):,} characters (whole words; at most {most:,})")
    parsed = parse(query)
    parsed.notes[:0] = notes
    with_filters(
        parsed,
        {
            name.rstrip("_"): [value] if isinstance(value, str) else list(value)
            for name, value in filters.items()
            if value is not None
        },
    )
    dropped, filter_notes = _filter_notes(conn, parsed.filters) if parsed.filters else (frozenset(), [])
    compiled = compile_query(parsed, dropped)
    result = SearchResult(query=query, fts=compiled.match, notes=parsed.notes + compiled.notes + filter_notes)
    if compiled.plan is None:
        if not result.notes:
            result.notes.append("nothing to search for (no letters or digits in the query)")
        return result  # (filters alone that were all ignored: the notes say why)
    side = _catch_up(conn, result.notes)
    weights = dict(zip(FIELDS, _weights(), strict=True))
    found: set[str] = set()
    linked = _registry_links(conn, parsed.filters, dropped)
    q = _plan_query(_present_forms(compiled.plan, side.searcher, found), weights, side.searcher, linked)
    # records that could not be read are never hits (nu28: "-source:bbc" listed them as blank rows)
    q = _Q.boolean_query([(_MUST, q), (_MUST_NOT, _Q.term_query(_TANTIVY_SCHEMA, "failed", 1))])
    if found:  # foreign-name spellings kept: highlighted like the typed word's (spell25)
        compiled.keys.update(found)
        compiled.stems.update(st for v in found for st in _stems(v))
    if ranks(compiled.plan):
        ranked, result.total = _ranked(conn, side.searcher, q, limit)
    else:
        # Filters and exclusions alone ("all articles from okaz", "all about person X", "all but
        # BBC's"): the matching articles, newest publication first (no relevance to rank by).
        result.sort = "published"
        ranked, result.total = _ranked(conn, side.searcher, q, limit, order_by="pub")
    result.hits = _hits(conn, ranked, compiled, limit, snippets)
    if not result.hits and parsed.filters.get("source"):
        result.notes.extend(_unknown_source_notes(conn, parsed.filters["source"]))
    if not result.hits and (parsed.filters.get("from") or parsed.filters.get("to")):
        result.notes.extend(_date_range_notes(conn, parsed.filters))
    return result


def _date_range_notes(conn: sqlite3.Connection, filters: dict[str, list[str]]) -> list[str]:
    """For a search that found nothing: a note for each ``from:`` value after the newest stored
    article's publication day (and saying so when that date is after today, the machine's local
    date) and each ``to:`` value before the oldest one's — ``from:2030-01-01`` gave 0 hits and no
    word (hostile-tester report rob23, item 16). Days are the first 10 characters of
    ``search_doc.published`` (the article's local calendar day, as the filters compare). Values that
    are not dates already have their note (:func:`marsad.search.query.date_filter_notes`). Runs only
    on an empty result (one scan of ``search_doc``); never raises."""
    try:
        oldest, newest = conn.execute(
            "SELECT min(substr(published, 1, 10)), max(substr(published, 1, 10)) FROM search_doc "
            "WHERE published IS NOT NULL AND published != ''"
        ).fetchone()
    except sqlite3.Error:
        return []
    if newest is None:
        return ["no stored article has a publication date: from:/to: cannot match any"]
    today = _date.today().isoformat()
    notes = []
    for value in filters.get("from", []):
        bound = date_bound(value, upper=False)
        if bound is not None and bound[:10] > newest:
            future = "; that date is in the future" if bound[:10] > today else ""
            notes.append(
                f"from:{value} is after the newest stored article (published {newest}){future}: "
                "no article can match"
            )
    for value in filters.get("to", []):
        bound = date_bound(value, upper=True)
        # a date bound is exclusive (the day after to:); an instant is compared as given
        if bound is not None and (bound[:10] <= oldest if len(bound) == 10 else bound[:10] < oldest):
            notes.append(
                f"to:{value} is before the oldest stored article (published {oldest}): no article can match"
            )
    return notes


def _unknown_source_notes(conn: sqlite3.Connection, values: list[str]) -> list[str]:
    """For a search that found nothing: a note for each ``source:`` value that no stored article's
    source contains, naming the sources there are (a misspelt source gave 0 hits and no hint:
    second-user finding). Runs only on an empty result (one scan of ``search_doc``'s sources)."""
    try:
        known = sorted({s for (s,) in conn.execute("SELECT DISTINCT source FROM search_doc") if s})
    except sqlite3.Error:
        return []
    notes = []
    for value in map(_source_value, values):
        if not any(value.lower() in s.lower() for s in known):
            shown = ", ".join(known[:12]) + (f" … ({len(known):,} in all)" if len(known) > 12 else "")
            notes.append(f"no stored article's source contains {value!r}; sources: {shown or 'none'}")
    return notes


def _ranked(
    conn: sqlite3.Connection, searcher: Any, q: Any, limit: int, order_by: str | None = None
) -> tuple[list[tuple[int, float | None, int]], int]:
    """``([(article_id, score, group)], total)``: the best candidates, enough to fill ``limit``
    duplicate groups (``limit × SEARCH_CANDIDATES_PER_HIT + 10`` first, four times more while
    copies crowd them out, up to ``SEARCH_MAX_CANDIDATES``), and the exact number of matching
    articles. ``group`` is a candidate's duplicate group (:func:`_groups`). ``order_by="pub"``:
    newest publication first, ``score`` ``None`` (articles without a date come last)."""
    k = max(limit, 1) * settings.SEARCH_CANDIDATES_PER_HIT + 10
    total = -1
    while True:
        if order_by is None:
            found = searcher.search(q, k, count=total < 0)
            hits = found.hits
            scores: list[float | None] = [s for s, _ in hits]
        else:
            found = searcher.search(q, k, count=total < 0, order_by_field=order_by)
            hits = found.hits
            scores = [None] * len(hits)
        if total < 0:
            total = int(found.count or 0)
        addresses = [a for _, a in hits]
        ids = searcher.fast_field_values("article_id", addresses)
        groups = _groups(conn, ids, searcher.fast_field_values("dup", addresses))
        if len(hits) < k or len(set(groups)) >= limit or k >= settings.SEARCH_MAX_CANDIDATES:
            return [(int(i), s, g) for s, i, g in zip(scores, ids, groups, strict=True)], total
        k = min(k * 4, settings.SEARCH_MAX_CANDIDATES)


def _groups(conn: sqlite3.Connection, ids: list[int], dups: list[int | None]) -> list[int]:
    """The duplicate group of each candidate (parallel to ``ids``): candidates are one group when
    they share the index's ``dup`` key (title + lead surface keys) or the store's
    ``articles.duplicate_of`` root (same body hash: it also joins copies whose lead was segmented
    differently, so their ``dup`` keys differ) or the same-story group of ``marsad stories``
    (MinHash near-duplicates, :func:`marsad.stories.group_ids`; a reworded headline over the same
    prose: seventh new-user report, finding 7). A group is named by its first candidate's id."""
    root: dict[int, int] = {}
    if ids:
        try:
            rows = conn.execute(
                f"SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL AND id IN "
                f"({','.join('?' * len(ids))})",
                ids,
            ).fetchall()
        except sqlite3.Error:  # a store without the articles table (search tables only)
            rows = []
        root = {int(i): int(d) for i, d in rows}
        from marsad.stories import group_ids  # same-story groups of `marsad stories` (docs/stories.md)

        root.update(group_ids(conn, [int(i) for i in ids]))  # {} before the first `marsad stories`
    parent: dict[Any, Any] = {}

    def find(x: Any) -> Any:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, d in zip(ids, dups, strict=True):
        me = find(("a", root.get(i, i)))
        if d is not None:
            other = find(("d", d))
            if other != me:
                parent[other] = me
    label: dict[Any, int] = {}
    return [label.setdefault(find(("a", root.get(i, i))), int(i)) for i in ids]


def _hits(
    conn: sqlite3.Connection,
    ranked: list[tuple[int, float | None, int]],
    compiled: Compiled,
    limit: int,
    snippets: bool,
) -> list[dict[str, Any]]:
    hits: list[dict[str, Any]] = []
    by_dup: dict[int, dict[str, Any]] = {}
    for article_id, score, dup in ranked:
        if dup in by_dup:
            by_dup[dup]["duplicates"].append(article_id)
            continue
        if len(hits) >= limit:
            by_dup[dup] = {"duplicates": []}  # later copies of an unshown hit stay unshown
            continue
        hit: dict[str, Any] = {
            "article_id": article_id,
            "score": float(f"{score:.6g}") if score is not None else None,
            "title": "",
            "title_highlights": [],
            "published": None,
            "published_is_crawl_time": False,
            "source": "",
            "ref": None,
            "url": None,
            "snippet": "",
            "highlights": [],
            "duplicates": [],
        }
        hits.append(hit)
        by_dup[dup] = hit
    if not hits:
        return hits
    shown = {h["article_id"]: h for h in hits}
    cols = "article_id, title, source, published, ref, url" + (", text" if snippets else "")
    rows = conn.execute(
        f"SELECT {cols} FROM search_doc WHERE article_id IN ({','.join('?' * len(shown))})", list(shown)
    ).fetchall()
    derived = _derived_texts(conn, [r[0] for r in rows if r[6] is None]) if snippets else {}
    for row in rows:
        hit = shown[row[0]]
        hit["title"], hit["source"], hit["published"], hit["ref"], hit["url"] = (
            row[1] or "",
            row[2],
            row[3],
            row[4],
            row[5],
        )
        if snippets:
            hit["title_highlights"] = highlight(hit["title"], compiled)
            text = derived[row[0]] if row[6] is None and row[0] in derived else _text_of(row[6])
            hit["snippet"], hit["highlights"] = make_snippet(text, compiled)
    for aid in _crawl_time_ids(conn, list(shown)):
        shown[aid]["published_is_crawl_time"] = True
    return hits


def _crawl_time_ids(conn: sqlite3.Connection, ids: list[int]) -> list[int]:
    """The articles among ``ids`` whose ``published`` is a crawl time (SaudiNewsNet's
    ``date_extracted``: when the page was fetched, not published; see
    :mod:`marsad.time.publication`, second and third new-user reports). ``[]`` for a store
    written before ``articles.published_source`` existed."""
    from marsad.time.crawl import crawl_time_sql

    crawl, params = crawl_time_sql()
    try:
        rows = conn.execute(
            f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(ids))}) AND {crawl}",
            [*ids, *params],
        )
        return [r[0] for r in rows]
    except sqlite3.OperationalError:
        return []


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
