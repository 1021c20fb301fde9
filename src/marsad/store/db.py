"""The Marsad store: one SQLite file (WAL mode) holding every article, its raw bytes and annotations.

Usage::

    from marsad.store.db import Store
    with Store("marsad.db") as store:
        with store.transaction():
            article_id = store.add(article)
        again = store.load_article(article_id)      # an equal Article, rebuilt from the rows

Writes go through :meth:`Store.transaction` (``BEGIN IMMEDIATE`` … ``COMMIT``); a process killed
inside one loses that transaction only (SQLite's write-ahead log, ``synchronous=NORMAL``: a committed
transaction survives a process crash; an OS crash may lose the last few). Readers in other processes
see the last committed state while an ingest writes (WAL).

Search and other indexes plug in through :data:`EXTENSIONS`: modules with ``create_schema(conn)`` and
``save_article(conn, article_id, article)``, called inside the same transaction, so an index is never
ahead of or behind the articles it indexes. A module may also offer ``verify(conn) -> list[str]``
(descriptions of what is broken, empty when in sync), used by :func:`marsad.store.verify.verify`.
A module that also offers ``article_rows(article_id, article) -> rows`` (pure, no database) and
``save_rows(conn, list_of_rows)`` is written in batches: the store computes its rows inside the
article's ``SAVEPOINT`` (an error there still rolls back that article alone) and writes the rows of
the whole transaction just before ``COMMIT`` (for the FTS5 search index one index segment per batch
instead of one per article: FTS5 flushes its pending rows at every savepoint). A module may also
offer ``after_commit(conn, rows)``: called after each successful ``COMMIT`` of :meth:`Store.transaction`
with the ``article_rows`` that transaction wrote through ``save_rows`` (a list, possibly empty), to
update an index kept outside SQLite (the search index: a tantivy directory beside the store file).
Optional ``begin_bulk(conn)`` / ``end_bulk(conn)`` bracket a long run of transactions
(:meth:`Store.bulk`, used by the ingest): the search index then commits its own files less often
than the store commits (its uncommitted documents are re-added from the committed rows after a crash).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import MISSING
from dataclasses import fields as dc_fields
from datetime import UTC, datetime
from operator import attrgetter
from pathlib import Path
from types import ModuleType
from typing import Any

from marsad import settings
from marsad.model import Article, Problem, Published, Span, TimeValue
from marsad.store.schema import ARTICLE_COLUMNS, CORE_DDL, SCHEMA_VERSION, TABLES, AnnotationTable

#: Modules that index stored articles (each: ``create_schema(conn)``, ``save_article(conn, id, article)``,
#: optionally ``verify(conn) -> list[str]``). Append yours here (one line).
EXTENSIONS: list[str] = ["marsad.search.index", "marsad.entities.registry"]


#: Tables every Marsad store has (with ``PRAGMA user_version`` ≥ 1): how an existing SQLite file
#: is recognised as a store. A file with other tables only is refused, never written to.
MARSAD_TABLES = frozenset({"articles", "sources", "problems"})


class StoreError(Exception):
    """A store that cannot be opened or an article that is not there; the message is for the user."""


def _uri(path: Path, mode: str) -> str:
    """An SQLite URI (https://sqlite.org/uri.html) for ``path``: absolute, ``?`` ``#`` ``%`` quoted."""
    from urllib.parse import quote

    return f"file:{quote(str(path.absolute()))}?{mode}"


def _wal_bytes(path: Path) -> int:
    try:
        return (path.parent / (path.name + "-wal")).stat().st_size
    except OSError:
        return 0


def connect_readonly(path: str | Path, timeout_s: float = 30.0) -> tuple[sqlite3.Connection, str | None]:
    """Open the SQLite file ``path`` for reading only: ``(connection, note)``.

    First ``mode=ro``: a normal reader that sees the write-ahead log and coexists with an ingest.
    A WAL-mode file can only be read that way when SQLite can open or create its ``-shm`` (and
    ``-wal``) side files beside it; in a folder that is not writable (a read-only mount, another
    user's store) that fails ("unable to open database file" / "attempt to write a readonly
    database"). Then ``immutable=1``: SQLite reads the main file alone, without locks or side
    files. The trade-off, said in ``note`` (``None`` for a normal reader): what is still in the
    ``-wal`` file (committed but not checkpointed) is not seen, and a process writing the store
    meanwhile is not noticed (results may be inconsistent). Raises ``sqlite3.Error`` when neither
    works (not an SQLite file, unreadable).
    """
    path = Path(path)
    conn = None
    try:
        conn = sqlite3.connect(_uri(path, "mode=ro"), uri=True, timeout=timeout_s, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn, None
    except sqlite3.OperationalError as exc:
        first = exc
        if conn is not None:
            conn.close()
    conn = sqlite3.connect(_uri(path, "immutable=1"), uri=True, timeout=timeout_s, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        raise first from None
    wal = _wal_bytes(path)
    unseen = (
        f"; {wal:,} bytes of {path.name}-wal (changes not yet checkpointed) are not seen" if wal else ""
    )
    return conn, (
        f"{path} read as an immutable file: SQLite cannot create its side files in "
        f"{path.parent.absolute()} ({first}){unseen}; a process writing to it meanwhile is not noticed"
    )


def check_writable(path: str | Path) -> None:
    """Raise :class:`StoreError` with a one-line reason when the store ``path`` cannot be written:
    the file exists and is not writable, or its folder is not (SQLite creates ``-wal``, ``-shm``
    and, for a new store, the file itself there)."""
    path = Path(path)
    folder = path.parent.absolute()
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"cannot write to the store {path}: the file is not writable (read commands still work)")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(
            f"cannot write to the store {path}: the folder {folder} is not writable "
            f"(SQLite creates {path.name}-wal and {path.name}-shm there; read commands still work)"
        )


#: Lone UTF-16 surrogates (what ``errors="surrogateescape"`` leaves for undecodable bytes): SQLite
#: text must be valid UTF-8, so such an article is stored as a failed copy (see ``ingest``).
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


#: Prefix of the hashed key of an error record that has no content (see :func:`content_hash_of`).
ERROR_RECORD_KEY = b"marsad-error-record\x00"


def is_contentless_error(article: Article) -> bool:
    """True for an error record with nothing of its own to hash: no raw bytes (or 0 of them) and no
    text — a truncated archive, an unreadable file, an empty file."""
    return not article.raw and not article.text and not article.ok


def error_record_hash(source: str, problems: list[Problem]) -> str:
    """SHA-256 of ``source`` and the error codes and messages: the key of a content-less error
    record, so two such records (an empty file and a truncated archive, two truncated archives)
    are never taken for byte copies of each other and each keeps its reason."""
    key = "\x00".join([source, *(f"{p.level}:{p.code}:{p.message}" for p in problems)])
    return hashlib.sha256(ERROR_RECORD_KEY + key.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash_of(article: Article) -> str:
    """:attr:`Article.content_hash`, also for a text with lone surrogates and no raw bytes; for a
    content-less error record (:func:`is_contentless_error`), :func:`error_record_hash` of its
    source and reasons instead (the SHA-256 of no bytes would make every such record a "duplicate"
    of the first one stored)."""
    if is_contentless_error(article):
        return error_record_hash(article.source, article.problems)
    if article.raw is not None:
        return article.content_hash
    return hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()


#: One reusable encoder: ``json.dumps(..., ensure_ascii=False)`` builds a new encoder per call.
_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def body_hash_of(article: Article) -> str | None:
    """SHA-256 of the title and kept prose blocks (raw text, whitespace runs collapsed), or ``None``
    for an article without them: equal for the same story in records whose bytes differ."""
    parts = [article.span_text(article.title)] if article.title is not None else []
    parts += [article.span_text(b) for b in article.paragraphs]
    if not any(parts):
        return None
    return hashlib.sha256(" ".join(" ".join(parts).split()).encode("utf-8", "surrogatepass")).hexdigest()


def _fields_json(fields: dict[str, Span]) -> str:
    """``fields`` as the JSON ``{"NAME":[start,end],…}`` (what ``_to_json`` gives), written directly
    when every name is a plain ASCII identifier (TREC tags, JSON keys: always so far)."""
    parts = []
    for k, s in fields.items():
        if not (k.isascii() and k.isidentifier() and type(s.start) is int and type(s.end) is int):
            return _to_json({k: [s.start, s.end] for k, s in fields.items()})
        parts.append(f'"{k}":[{s.start},{s.end}]')
    return "{" + ",".join(parts) + "}"


def raw_bytes_of(raw_storage: str, raw: bytes | None, text: str) -> bytes | None:
    """The raw bytes of a stored article from its ``raw_storage``, ``raw`` and ``text`` columns
    (kinds in :mod:`marsad.store.schema`); ``None`` for ``"none"`` (or an unknown kind)."""
    if raw_storage == "blob":
        return raw
    if raw_storage == "text":
        return text.encode("utf-8", "surrogatepass")
    if raw_storage == "text+tail":
        return text.encode("utf-8", "surrogatepass") + (raw or b"")
    return None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _span_start(s: Span | None) -> int | None:
    return None if s is None else s.start


def _span_end(s: Span | None) -> int | None:
    return None if s is None else s.end


def _to_plain(v: Any) -> Any:
    """JSON-ready form of an annotation field value (dataclasses become dicts)."""
    if isinstance(v, list):
        return [_to_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _to_plain(x) for k, x in v.items()}
    if hasattr(v, "__dataclass_fields__"):
        return {f.name: _to_plain(getattr(v, f.name)) for f in dc_fields(v)}
    return v


def _row_builder(table: AnnotationTable) -> Any:
    """``rows(article_id, items) -> list of row tuples`` for a table without ``extra`` fields, as one
    generated list comprehension reading each column attribute directly (the same rows as the
    generic path of :meth:`_RowMapper.rows`, about twice as fast: no per-object tuple unpacking)."""
    cols = [f"o.{c}" for c in table.columns]
    for sp in table.spans:
        cols += [f"(None if o.{sp} is None else o.{sp}.start)", f"(None if o.{sp} is None else o.{sp}.end)"]
    cols += [f"_to_json(o.{c})" for c in table.lists]
    assert all(c.isidentifier() for c in (*table.columns, *table.spans, *table.lists))
    src = f"lambda article_id, items: [(article_id, i, {', '.join(cols)}, None) for i, o in enumerate(items)]"
    return eval(src, {"_to_json": _to_json})  # noqa: S307 - built from the table's field names only


class _RowMapper:
    """Turns one annotation object into a row of its child table and back (see :class:`AnnotationTable`).

    Rows are built with :func:`operator.attrgetter` (one C call per object); the ``extra`` JSON is
    written only when an extra field differs from its default.
    """

    __slots__ = (
        "table",
        "extra_fields",
        "extra_defaults",
        "insert_sql",
        "select_sql",
        "getter",
        "simple",
        "fast",
    )

    def __init__(self, table: AnnotationTable) -> None:
        self.table = table
        known = set(table.columns) | set(table.spans) | set(table.lists)
        extra = [f for f in dc_fields(table.cls) if f.name not in known]
        self.extra_fields = tuple(f.name for f in extra)
        self.extra_defaults = tuple(
            f.default_factory() if f.default_factory is not MISSING else f.default  # type: ignore[misc]
            for f in extra
        )
        cols = ["article_id", "idx", *table.sql_columns, "extra"]
        quoted = ", ".join(f'"{c}"' for c in cols)
        self.insert_sql = f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join('?' * len(cols))})"
        self.select_sql = f"SELECT {quoted} FROM {table.name} WHERE article_id = ? ORDER BY idx"
        self.getter = attrgetter(*table.columns)
        self.simple = not (table.spans or table.lists or self.extra_fields)
        self.fast = None if self.extra_fields else _row_builder(table)

    def rows(self, article_id: int, items: list[Any]) -> list[tuple[Any, ...]]:
        if self.fast is not None:
            return self.fast(article_id, items)
        getter = self.getter
        if self.simple:
            return [(article_id, i, *getter(o), None) for i, o in enumerate(items)]
        t = self.table
        out = []
        for i, o in enumerate(items):
            row: list[Any] = [article_id, i, *getter(o)]
            for s in t.spans:
                v = getattr(o, s)
                row += (None, None) if v is None else (v.start, v.end)
            row += [_to_json(getattr(o, c)) for c in t.lists]
            extra = None
            if self.extra_fields:
                values = [getattr(o, f) for f in self.extra_fields]
                if any(v != d for v, d in zip(values, self.extra_defaults, strict=True) if d is not MISSING):
                    extra = _to_json(
                        {f: _to_plain(v) for f, v in zip(self.extra_fields, values, strict=True)}
                    )
                elif any(d is MISSING for d in self.extra_defaults):
                    extra = _to_json(
                        {f: _to_plain(v) for f, v in zip(self.extra_fields, values, strict=True)}
                    )
            row.append(extra)
            out.append(tuple(row))
        return out

    def build(self, row: tuple[Any, ...]) -> Any:
        t = self.table
        kw: dict[str, Any] = {}
        pos = 2
        for c in t.columns:
            kw[c] = row[pos]
            pos += 1
        for s in t.spans:
            start, end = row[pos], row[pos + 1]
            kw[s] = None if start is None else Span(start, end)
            pos += 2
        for c in t.lists:
            kw[c] = json.loads(row[pos])
            pos += 1
        extra = row[pos]
        if extra:
            for k, v in json.loads(extra).items():
                if k in self.extra_fields:
                    kw[k] = v
        return t.cls(**kw)


_MAPPERS: tuple[_RowMapper, ...] = tuple(_RowMapper(t) for t in TABLES)
_ARTICLE_INSERT = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})"
)
_PROBLEM_INSERT = (
    "INSERT INTO problems (article_id, idx, source, level, code, message) VALUES (?, ?, ?, ?, ?, ?)"
)


def load_extensions() -> list[ModuleType]:
    """Import the :data:`EXTENSIONS` modules (an import error is a real bug and propagates)."""
    return [importlib.import_module(name) for name in EXTENSIONS]


class Store:
    """A Marsad store in one SQLite file.

    ``path``: the database file (created with its schema unless ``create=False``).
    Raises :class:`StoreError` when ``create=False`` and the file does not exist or is not a Marsad
    store, and (also with ``create=True``) when the file is another application's SQLite database
    (tables, but not a Marsad store's): only an empty file or a Marsad store is written to. Use as a
    context manager, or call :meth:`close`.
    """

    def __init__(
        self, path: str | Path, *, create: bool = True, timeout_s: float = 30.0, readonly: bool = False
    ) -> None:
        self.path = Path(path)
        #: Why the store is read in a degraded way (see :func:`connect_readonly`), else ``None``.
        self.note: str | None = None
        self.readonly = readonly
        if (readonly or not create) and not self.path.exists():
            raise StoreError(f"no store at {self.path} (run `marsad ingest PATH --db {self.path}` first)")
        if readonly:
            self._open_readonly(timeout_s)
            return
        check_writable(self.path)
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=timeout_s, isolation_level=None)
            self.conn.execute(f"PRAGMA busy_timeout={int(timeout_s * 1000)}")
            # What the file holds, read before any PRAGMA that would change it (journal_mode=WAL
            # is written into the file's header).
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if tables and not (version >= 1 and MARSAD_TABLES <= tables):
                shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
                self.conn.close()
                raise StoreError(
                    f"{self.path} is an SQLite database but not a Marsad store (its tables: {shown}); "
                    "refusing to add Marsad's tables to it: give another --db path"
                )
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute(f"PRAGMA cache_size=-{settings.STORE_CACHE_MB * 1024}")
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc) or "unable to open" in str(exc):
                raise StoreError(
                    f"cannot write to the store {self.path}: {exc} (is the file or its folder "
                    "read-only? read commands still work)"
                ) from exc
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a Marsad store: {exc}") from exc
        self._finish_open(create, tables, version)

    def _open_readonly(self, timeout_s: float) -> None:
        """Open for the read commands (:func:`connect_readonly`): no schema is created, no PRAGMA
        written; writing through this store fails."""
        try:
            self.conn, self.note = connect_readonly(self.path, timeout_s)
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a Marsad store: {exc}") from exc
        if not (version >= 1 and MARSAD_TABLES <= tables):
            self.conn.close()
            raise StoreError(f"{self.path} is not a Marsad store (no articles table)")
        self._finish_open(False, tables, version)

    def _finish_open(self, create: bool, tables: set[str], version: int) -> None:
        if not tables and not create:
            self.conn.close()
            raise StoreError(f"{self.path} is not a Marsad store (no articles table)")
        if version > SCHEMA_VERSION:
            self.conn.close()
            raise StoreError(
                f"{self.path} was written by a newer Marsad (store schema {version}, this one reads {SCHEMA_VERSION})"
            )
        self.extensions = load_extensions()
        #: Extensions written in batches (``article_rows`` + ``save_rows``) and their rows not yet
        #: written in the open transaction, in article order.
        self._batched = [e for e in self.extensions if hasattr(e, "article_rows") and hasattr(e, "save_rows")]
        self._pending: dict[str, list[Any]] = {e.__name__: [] for e in self._batched}
        #: Extensions told after each successful COMMIT (``after_commit(conn, rows)``).
        self._after_commit = [e for e in self.extensions if hasattr(e, "after_commit")]
        self._in_tx = False
        self._ingested_at = _now()
        if create:
            self._create_schema()

    # -- lifecycle ----------------------------------------------------------------------------
    def _create_schema(self) -> None:
        # One transaction for the core and the extensions' tables: a reader of the same file (WAL)
        # sees either no schema or all of it — never ``articles`` without ``search_fts`` (a search
        # that ran in that window failed with "vtable constructor failed: search_fts").
        # Extensions must not commit in ``create_schema`` (no ``executescript``).
        with self.transaction():
            for ddl in CORE_DDL:
                self.conn.execute(ddl)
            if self.conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            for ext in self.extensions:
                ext.create_schema(self.conn)
                if not self.conn.in_transaction:
                    raise StoreError(f"{ext.__name__}.create_schema ended the schema transaction (commit)")

    def close(self) -> None:
        """Close the connection (uncommitted work is rolled back)."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Bracket a long run of transactions (an ingest): the extensions' ``begin_bulk(conn)``
        before, ``end_bulk(conn)`` after (also when the body raises). Not re-entrant."""
        hooks = [e for e in self.extensions if hasattr(e, "begin_bulk") and hasattr(e, "end_bulk")]
        for ext in hooks:
            ext.begin_bulk(self.conn)
        try:
            yield
        finally:
            for ext in hooks:
                ext.end_bulk(self.conn)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on an exception). Not re-entrant."""
        if self._in_tx:
            raise RuntimeError("transaction already open")
        self.conn.execute("BEGIN IMMEDIATE")
        self._in_tx = True
        self._ingested_at = _now()
        try:
            yield
            written = self._write_pending()
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self._in_tx = False
            for rows in self._pending.values():
                rows.clear()
        for ext in self._after_commit:
            ext.after_commit(self.conn, written.get(ext.__name__, []))

    def _write_pending(self) -> dict[str, list[Any]]:
        """Write the batched extensions' rows of this transaction (see the module docstring) and
        return them by extension name (for ``after_commit``)."""
        conn = self.conn
        written: dict[str, list[Any]] = {}
        for ext in self._batched:
            name = ext.__name__
            rows = self._pending[name]
            if rows:
                ext.save_rows(conn, rows)
                written[name] = rows
                self._pending[name] = []
                if not conn.in_transaction:
                    raise RuntimeError(f"{ext.__name__}.save_rows ended the ingest transaction")
        return written

    # -- writing ------------------------------------------------------------------------------
    def add(self, article: Article, *, ordinal: int = 0, content_hash: str | None = None) -> int:
        """Store ``article`` (annotated or failed) with its source record ``(article.source, ordinal)``
        and return its id. Must run inside :meth:`transaction`; all or nothing of the article is
        written (a ``SAVEPOINT``), so a caller may catch an error and store a fallback instead.

        Raises ``sqlite3.IntegrityError`` when an article with the same content hash is stored already
        (check :meth:`known_hashes` first; see :func:`marsad.store.ingest.ingest`), ``ValueError``
        when the text holds lone surrogates (not valid Unicode text for SQLite). ``content_hash``:
        :func:`content_hash_of` the article when the caller computed it already (not hashed again).
        """
        if not self._in_tx:
            raise RuntimeError("Store.add must run inside Store.transaction()")
        self.conn.execute("SAVEPOINT add_article")
        staged: list[tuple[str, Any]] = []
        try:
            article_id = self._add(article, ordinal, staged, content_hash)
        except BaseException:
            self.conn.execute("ROLLBACK TO add_article")
            self.conn.execute("RELEASE add_article")
            raise
        self.conn.execute("RELEASE add_article")
        pending = self._pending
        for name, rows in staged:
            pending[name].append(rows)
        return article_id

    def _add(
        self, article: Article, ordinal: int, staged: list[tuple[str, Any]], content_hash: str | None = None
    ) -> int:
        try:  # strict UTF-8 fails exactly on lone surrogates (LONE_SURROGATE), one pass for both
            utf8 = article.text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(
                "text holds lone surrogate code points (undecodable bytes kept as escapes)"
            ) from None
        conn = self.conn
        if content_hash is None:
            content_hash = content_hash_of(article)
        if article.raw is None:
            raw, raw_storage = None, "none"
        else:
            raw_bytes = bytes(article.raw)
            if raw_bytes == utf8:
                raw, raw_storage = None, "text"
            elif utf8 and raw_bytes.startswith(utf8):
                # a one-record TREC file: the <DOC> element, then the file's final newline
                raw, raw_storage = raw_bytes[len(utf8) :], "text+tail"
            else:
                raw, raw_storage = raw_bytes, "blob"
        body_hash = body_hash_of(article)
        duplicate_of = None
        if body_hash is not None:
            row0 = conn.execute(
                "SELECT id FROM articles WHERE body_hash = ? ORDER BY id LIMIT 1", (body_hash,)
            ).fetchone()
            duplicate_of = None if row0 is None else row0[0]
        pub = article.published
        val = pub.value if pub is not None else None
        try:
            title = article.title_text if article.title is not None else None
        except Exception:  # noqa: BLE001 - a layout bug must not lose the article
            title = article.span_text(article.title)
        row = (
            article.source,
            article.fmt,
            article.encoding,
            content_hash,
            raw,
            raw_storage,
            article.text,
            title,
            _span_start(article.title),
            _span_end(article.title),
            article.span_text(article.dateline) if article.dateline is not None else None,
            _span_start(article.dateline),
            _span_end(article.dateline),
            article.span_text(article.byline) if article.byline is not None else None,
            _span_start(article.byline),
            _span_end(article.byline),
            pub.raw if pub is not None else None,
            _span_start(pub),
            _span_end(pub),
            pub.source if pub is not None else None,
            val.local if val is not None else None,
            val.utc if val is not None else None,
            val.tz if val is not None else None,
            val.precision if val is not None else None,
            val.confidence if val is not None else None,
            (1 if val.naive else 0) if val is not None else None,
            val.calendar if val is not None else None,
            _to_json(list(val.warnings)) if val is not None else None,
            _fields_json(article.fields),
            _to_json(article.meta),
            0 if article.ok else 1,
            len(article.removed),
            self._ingested_at,
            body_hash,
            duplicate_of,
        )
        article_id = conn.execute(_ARTICLE_INSERT, row).lastrowid
        assert article_id is not None
        for m in _MAPPERS:
            items = getattr(article, m.table.attr)
            if items:
                conn.executemany(m.insert_sql, m.rows(article_id, items))
        if article.problems:
            conn.executemany(
                _PROBLEM_INSERT,
                [
                    (article_id, i, article.source, p.level, p.code, p.message)
                    for i, p in enumerate(article.problems)
                ],
            )
        conn.execute(
            "INSERT OR IGNORE INTO sources (source, ordinal, article_id, duplicate) VALUES (?, ?, ?, 0)",
            (article.source, ordinal, article_id),
        )
        for ext in self.extensions:
            if ext in self._batched:
                staged.append((ext.__name__, ext.article_rows(article_id, article)))
                continue
            ext.save_article(conn, article_id, article)
            if not conn.in_transaction:
                raise RuntimeError(
                    f"{ext.__name__}.save_article ended the ingest transaction (commit or executescript); "
                    "extensions must only execute statements"
                )
        return article_id

    def add_duplicate(self, source: str, ordinal: int, article_id: int) -> None:
        """Record that input record ``(source, ordinal)`` is a byte copy of stored ``article_id``."""
        self.conn.execute(
            "INSERT OR IGNORE INTO sources (source, ordinal, article_id, duplicate) VALUES (?, ?, ?, 1)",
            (source, ordinal, article_id),
        )

    def add_problem(self, level: str, code: str, message: str, source: str | None = None) -> None:
        """Record an input-level problem not tied to a stored article (e.g. an unreadable path)."""
        self.conn.execute(
            "INSERT INTO problems (article_id, idx, source, level, code, message) VALUES (NULL, 0, ?, ?, ?, ?)",
            (source, level, code, message),
        )

    # -- reading ------------------------------------------------------------------------------
    def known_sources(self) -> set[tuple[str, int]]:
        """Every ``(source, ordinal)`` input record already recorded (stored or duplicate)."""
        return set(self.conn.execute("SELECT source, ordinal FROM sources"))

    def known_hashes(self) -> dict[str, int]:
        """``content_hash -> article id`` of every stored article."""
        return dict(self.conn.execute("SELECT content_hash, id FROM articles"))

    def article_id_by_hash(self, content_hash: str) -> int | None:
        """Id of the stored article with this SHA-256 of its raw bytes, or ``None``."""
        row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return None if row is None else row[0]

    def count(self) -> int:
        """Number of stored articles."""
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def ids(self) -> list[int]:
        """Ids of all stored articles, ascending."""
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]

    def load_article(self, article_id: int) -> Article:
        """Rebuild the :class:`Article` stored under ``article_id`` from its rows.

        ``load_article(add(a)).to_dict() == a.to_dict()``. Raises :class:`StoreError` when there is
        no such article.
        """
        cur = self.conn.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?", (article_id,)
        )
        r = cur.fetchone()
        if r is None:
            raise StoreError(f"no article with id {article_id} in {self.path}")
        d = dict(zip(ARTICLE_COLUMNS, r, strict=True))
        text = d["text"]
        storage = d["raw_storage"]
        raw = raw_bytes_of(storage, d["raw"], text)
        a = Article(text=text, source=d["source"], fmt=d["format"], encoding=d["encoding"], raw=raw)
        a.fields = {k: Span(v[0], v[1]) for k, v in json.loads(d["fields"]).items()}
        a.meta = json.loads(d["meta"])
        if d["title_start"] is not None:
            a.title = Span(d["title_start"], d["title_end"])
        if d["dateline_start"] is not None:
            a.dateline = Span(d["dateline_start"], d["dateline_end"])
        if d["byline_start"] is not None:
            a.byline = Span(d["byline_start"], d["byline_end"])
        if d["published_start"] is not None:
            a.published = Published(
                d["published_start"],
                d["published_end"],
                raw=d["published_raw"],
                source=d["published_source"],
                value=TimeValue(
                    local=d["published_local"],
                    utc=d["published_utc"],
                    tz=d["published_tz"],
                    precision=d["published_precision"],
                    confidence=d["published_confidence"],
                    naive=bool(d["published_naive"]),
                    calendar=d["published_calendar"],
                    warnings=json.loads(d["published_warnings"] or "[]"),
                ),
            )
        for m in _MAPPERS:
            rows = self.conn.execute(m.select_sql, (article_id,)).fetchall()
            if rows:
                setattr(a, m.table.attr, [m.build(row) for row in rows])
        a.problems = [
            Problem(level, code, message)
            for level, code, message in self.conn.execute(
                "SELECT level, code, message FROM problems WHERE article_id = ? ORDER BY idx", (article_id,)
            )
        ]
        return a

    def article_sources(self, article_id: int) -> list[tuple[str, int, bool]]:
        """Every input record ``(source, ordinal, duplicate)`` that holds this article."""
        return [
            (s, o, bool(d))
            for s, o, d in self.conn.execute(
                "SELECT source, ordinal, duplicate FROM sources WHERE article_id = ? ORDER BY duplicate, source",
                (article_id,),
            )
        ]

    def stats(self) -> dict[str, Any]:
        """Counts for ``marsad stats``: articles, failed, sources, duplicates, removed blocks,
        problems by ``(level, code)``."""
        c = self.conn
        return {
            "articles": c.execute("SELECT count(*) FROM articles").fetchone()[0],
            "failed": c.execute("SELECT count(*) FROM articles WHERE failed = 1").fetchone()[0],
            "source_records": c.execute("SELECT count(*) FROM sources").fetchone()[0],
            "duplicate_records": c.execute("SELECT count(*) FROM sources WHERE duplicate = 1").fetchone()[0],
            "same_story_as_an_earlier_article": c.execute(
                "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"
            ).fetchone()[0],
            "removed_blocks": c.execute("SELECT count(*) FROM removed").fetchone()[0],
            "with_published_utc": c.execute(
                "SELECT count(*) FROM articles WHERE published_utc IS NOT NULL"
            ).fetchone()[0],
            "problems": {
                f"{lvl}:{code}": n
                for lvl, code, n in c.execute(
                    "SELECT level, code, count(*) FROM problems GROUP BY level, code ORDER BY count(*) DESC"
                )
            },
        }
