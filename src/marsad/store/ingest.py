"""The ingest loop: read input records, annotate them, store them — resumable and free of duplicates.

:func:`ingest` streams :func:`marsad.io.sources.iter_articles` → plan (key and deduplicate, in input
order) → :func:`marsad.pipeline.annotate` (here, or in ``workers`` processes) →
:meth:`marsad.store.db.Store.add`, committing every ``settings.INGEST_BATCH`` records or every
``settings.INGEST_COMMIT_INTERVAL_S`` seconds, whichever comes first.

Identity rules (documented in ``docs/architecture.md``):

* An *input record* is keyed by ``(source, ordinal)``: its source string as the reader names it
  (``archive.tar.gz::member``, ``file.json#12``) and, for readers that give several consecutive
  records the same source string, their position among them. A record whose key is in the store
  already, for the same bytes, is skipped without annotation — this is what makes a rerun after a
  crash cheap and a re-ingest add nothing. A key recorded for other bytes (a file rewritten in
  place, a feed, standard input) is a new version: stored, the earlier version's row renamed
  ``<source>@<12 hex digits of its hash>``.
* An *article* is keyed by the SHA-256 of its raw bytes (:attr:`Article.content_hash`). A new record
  whose bytes equal a stored article's (ANT v2.1 has 1,487 such copies under other file names) is
  recorded in ``sources`` as a duplicate of that article and not stored twice.
* A record that cannot be read is still stored, flagged ``failed``, with its raw bytes and problems;
  one whose annotations cannot be stored is kept as a bare failed copy (``store-failed``).
* *Stage upgrades*: the stages that ran on each article are recorded (``article_stages``). A record
  already present whose article lacks some of the requested stages that only add annotation lists
  (:data:`UPGRADABLE_STAGES`: ``entities``, ``quotes`` — a ``--core`` store ingested again with
  every stage) is loaded, given those stages, and its rows of those stages are replaced in the
  same batch transaction (mentions, entities, quotes, problems, the entity registry and the search
  index's entity rows), so an upgrade is idempotent and a killed one resumes: the articles of
  committed batches are recorded as upgraded, the rest are found lacking again. The tantivy search
  index is rebuilt once at the end of a run that upgraded articles (its documents carry the
  ``person:``/``org:``/``place:`` fields); a run killed before that leaves the note
  ``search-entities-stale`` in ``ingest_state`` and the next ingest rebuilds it first.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import queue
import re
import sqlite3
import tarfile
import threading
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad import settings
from marsad.model import Article, Problem
from marsad.store.db import (
    LONE_SURROGATE,
    Store,
    content_hash_of,
    failed_copy,
    has_lone_surrogate,
    raw_bytes_of,
)


@dataclass(slots=True)
class Summary:
    """What one :func:`ingest` run did.

    ``read``: input records read; ``stored``: new articles stored (``failed`` among them could not be
    read and are kept raw); ``already_present``: records recorded by an earlier run, skipped;
    ``duplicates``: records that are byte copies of a stored article (not stored again);
    ``same_story``: new articles whose title and prose equal a stored article's although their bytes
    differ (stored, marked ``duplicate_of``); ``removed_blocks``: repeated
    blocks removed inside the stored articles; ``failures`` / ``warnings``: problem codes counted
    (a failed article's error codes under ``failures``); ``bytes_read``: raw bytes of the records
    read; ``elapsed_s``: wall-clock seconds; ``inputs``: records read from each input path;
    ``limit_reached``: the ``limit`` stopped the run with input left.
    """

    read: int = 0
    stored: int = 0
    failed: int = 0
    already_present: int = 0
    duplicates: int = 0
    same_story: int = 0
    removed_blocks: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    bytes_read: int = 0
    elapsed_s: float = 0.0
    #: Records read from each input path given, in the order given (0 for one not reached).
    inputs: dict[str, int] = field(default_factory=dict)
    #: True when ``limit`` stopped the run before the end of the input.
    limit_reached: bool = False
    #: Ids of the articles this run stored (64-bit array: 8 bytes an article), for counts over this
    #: run's rows only while other processes write to the same store.
    stored_ids: array = field(default_factory=lambda: array("q"))
    #: ``"source: message"`` of the first errors about a whole archive or stream (truncated,
    #: corrupt, bomb, too large), at most ``_MAX_ARCHIVE_ERRORS_SHOWN``: what a summary must show.
    archive_errors: list[str] = field(default_factory=list)
    #: Other stores' files that folder walks left out, not read (:func:`marsad.io.sources.iter_folder`:
    #: SQLite databases, their ``-wal``/``-shm``/``-journal`` files, Marsad ``.search`` index folders),
    #: as ``(path, number of files)``; the CLI says how many in one line (twelfth new-user report).
    skipped_store_files: list[tuple[Path, int]] = field(default_factory=list)
    #: Articles already present that were given the requested stages they lacked (stage upgrade),
    #: and those stages' names (in pipeline order).
    upgraded: int = 0
    upgraded_stages: list[str] = field(default_factory=list)
    #: Records of a ``marsad export`` whose article is in this store (by the export's
    #: ``content_hash``, see :func:`exported_original`): recorded as copies of it (``sources``
    #: rows, ``duplicate`` = 1), counted among ``already_present``, never stored again.
    exported_present: int = 0
    #: True when this run rebuilt the search index after upgrades (or after a killed upgrade run).
    search_rebuilt: bool = False
    #: Failed articles of earlier runs replaced by this run's reading of the same record (read
    #: again with another format, or other bytes; see :class:`_FailedRecords`).
    retried: int = 0
    #: Records at a known ``(source, ordinal)`` whose bytes changed since it was ingested (a file
    #: rewritten in place, a feed, standard input): stored as new articles; the earlier version keeps
    #: its article under the source ``<source>@<first 12 hex digits of its SHA-256>``.
    changed: int = 0
    #: Records found again at another position of the same input (a feed with a record put before
    #: the others): their article, retired as an earlier version, gets its live name back
    #: (:meth:`Store.revive_source`); neither stored again nor counted as changed.
    moved: int = 0
    #: Earlier-version names given out by this run (``<source>@<hash12>``): a moved record found
    #: later takes its name back and is no longer counted in ``changed``.
    retired_names: set[str] = field(default_factory=set, repr=False)
    #: Input records an earlier Marsad keyed by a path as given (relative, through a link), renamed
    #: by this run to their canonical path (:func:`canonical_input`) before reading.
    rekeyed: int = 0
    #: Stored articles among ``failed`` that were read in part: their errors are only a stage that
    #: ran out of time or failed (:data:`PARTIAL_READ_CODES`), their text, title and earlier stages'
    #: annotations are stored and searchable (eighth new-user report, finding 20: a timed-out
    #: article made the run end "nothing could be read", rc 1).
    partial: int = 0
    #: Failed records among ``failed`` recorded without their bytes (no raw kept: a file, member or
    #: pipe over ``settings.MAX_MEMBER_BYTES``); the others are "kept raw" (nu26 M1: the wording was
    #: chosen by the error code, and a text over the length limit, kept raw, was said "not kept").
    failed_unkept: int = 0
    #: Failed records among ``failed`` that are no file to read: an archive's symbolic or hard
    #: links (error ``link``: not followed) and its devices or FIFOs (``special-file``), recorded
    #: with their reason and no bytes (:data:`NOT_A_FILE_CODES`). Counted apart from
    #: ``failed_unkept``: they were said "not stored, no bytes … over settings.MAX_MEMBER_BYTES"
    #: (task cli30, item 4).
    links: int = 0
    #: Problems of exported articles carried into the articles stored from a ``marsad export``
    #: file (:func:`carry_exported_problems`), and those left to the stages run again (their
    #: run-dependent problems, :data:`RUN_PROBLEM_CODES`): by ``code``.
    exported_carried: Counter[str] = field(default_factory=Counter)
    exported_not_carried: Counter[str] = field(default_factory=Counter)

    @property
    def rate(self) -> float:
        """Input records processed per second."""
        return self.read / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def nothing_read(self) -> bool:
        """True when no record could be read (the CLI then exits non-zero)."""
        return self.read == 0 or (
            self.failed == self.stored
            and self.partial == 0
            and self.stored > 0
            and self.already_present == 0
            and self.duplicates == 0
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields of this summary (``failures``/``warnings`` as plain dicts by code,
        ``elapsed_s`` rounded to ms, ``rate`` in records/s to 0.1)."""
        return {
            "read": self.read,
            # readable articles stored (read in part included); ``stored`` also counts the failed
            # records (nu27: the summary and ``marsad stats`` now say articles and failed apart)
            "articles": self.stored - self.failed + self.partial,
            "stored": self.stored,
            "failed": self.failed,
            "partial": self.partial,
            "failed_unkept": self.failed_unkept,
            "links": self.links,
            "already_present": self.already_present,
            "duplicates": self.duplicates,
            "same_story": self.same_story,
            "removed_blocks": self.removed_blocks,
            "failures": dict(self.failures),
            "warnings": dict(self.warnings),
            "bytes_read": self.bytes_read,
            "elapsed_s": round(self.elapsed_s, 3),
            "rate": round(self.rate, 1),
            "inputs": dict(self.inputs),
            "archive_errors": list(self.archive_errors),
            "limit_reached": self.limit_reached,
            "exported_present": self.exported_present,
            "upgraded": self.upgraded,
            "upgraded_stages": list(self.upgraded_stages),
            "search_rebuilt": self.search_rebuilt,
            "retried": self.retried,
            "changed": self.changed,
            "moved": self.moved,
            "rekeyed": self.rekeyed,
            "skipped_store_files": sum(n for _p, n in self.skipped_store_files),
            "exported_carried": dict(self.exported_carried),
            "exported_not_carried": dict(self.exported_not_carried),
        }


#: ``progress(summary)`` is called after every record; it must be cheap.
Progress = Callable[[Summary], None]


#: Seconds :func:`estimate_total` may spend counting input files before giving up (no ETA then).
ESTIMATE_TIME_BUDGET_S = 3.0
#: File name endings whose files may hold many records each (their count is not known up front).
_MULTI_RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson", ".jsonlines", ".zip", ".gz", ".tgz", ".tar")


def estimate_total(paths: Iterable[str | Path]) -> int | None:
    """Number of input records for the progress bar's ETA, or ``None`` when it is not known cheaply.

    Uses the io module's own count when it offers one (``estimate_total``/``count_records``);
    otherwise counts the files of folders and the members of ``.tar*`` archives, as long as each
    holds one record (no JSON inside) and counting takes under ``ESTIMATE_TIME_BUDGET_S`` seconds.
    """
    from marsad.io import sources

    paths = [Path(p) for p in paths]
    for name in ("estimate_total", "count_articles", "count_records"):
        fn = getattr(sources, name, None)
        if callable(fn):
            try:
                n = fn(paths)
            except Exception:  # noqa: BLE001 - an estimate is optional
                return None
            return int(n) if n is not None else None
    skipped = frozenset(getattr(sources, "SKIPPED_NAMES", ()))
    deadline = time.monotonic() + ESTIMATE_TIME_BUDGET_S
    total = 0
    try:
        for p in paths:
            if p.is_dir():
                for _root, _dirs, files in os.walk(p):
                    for f in files:
                        if f.lower().endswith(_MULTI_RECORD_SUFFIXES):
                            return None
                        total += f.lower() not in skipped
                    if time.monotonic() > deadline:
                        return None
            elif p.name.lower().endswith((".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tar.xz")):
                with tarfile.open(p, "r|*") as tar:
                    for i, m in enumerate(tar):
                        if m.isfile():
                            if m.name.lower().endswith(_MULTI_RECORD_SUFFIXES):
                                return None
                            total += m.name.rsplit("/", 1)[-1].lower() not in skipped
                        if i % 256 == 0 and time.monotonic() > deadline:
                            return None
            elif p.name.lower().endswith(_MULTI_RECORD_SUFFIXES):
                return None
            else:
                total += 1
    except (OSError, tarfile.TarError):
        return None
    return total


def ingest(
    paths: Iterable[str | Path],
    db_path: str | Path,
    *,
    fmt: str | None = None,
    only: tuple[str, ...] | None = None,
    progress: Progress | None = None,
    batch_size: int = settings.INGEST_BATCH,
    limit: int | None = None,
    workers: int = 1,
    batch_seconds: float | None = None,
) -> Summary:
    """Ingest every record under ``paths`` (files, folders, ``.zip``, ``.tar.gz``) into the store at
    ``db_path`` (created when absent) and return a :class:`Summary`.

    ``fmt`` forces the input format (detected per file otherwise); ``only`` restricts the annotation
    stages (e.g. :data:`marsad.pipeline.CORE_STAGES`); ``limit`` stops after that many input records;
    Each input is read under its canonical path (:func:`canonical_input`: absolute, links resolved),
    so the same folder given another way is already present; the keys an earlier Marsad recorded
    under the path as given are renamed first (:func:`_rekey_legacy_sources`).
    ``workers`` > 1 annotates in that many worker processes (reading, deduplication and writing stay
    in this process, in input order, so the store is the same as with one). Work is committed every
    ``batch_size`` records or every ``batch_seconds`` seconds of wall clock (default
    ``settings.INGEST_COMMIT_INTERVAL_S``), whichever comes first, and when a live input (a pipe,
    FIFO or device: standard input) gives nothing for ``min(batch_seconds, 0.5)`` s (:data:`IDLE`),
    so a killed run loses at most the current batch, and a rerun skips what is stored. Raises :class:`marsad.store.db.StoreError` when the store cannot be opened; bad input
    never raises; an unknown ``fmt`` raises ``ValueError`` before the store is opened.
    """
    from marsad.io.formats import FORMATS

    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    summary = Summary()
    t0 = time.perf_counter()
    paths = [str(p) for p in paths]
    with Store(db_path) as store:
        _rebuild_search_if_stale(store, summary)  # a killed upgrade run left the index behind
        summary.rekeyed = _rekey_legacy_sources(store, paths, summary)
        wanted = stage_names(only)
        upgrade_to = tuple(n for n in wanted if n in UPGRADABLE_STAGES)
        record_ids: dict[tuple[str, int], int] = {}
        if upgrade_to:
            record_ids = {
                (src, o): aid
                for src, o, aid in store.conn.execute("SELECT source, ordinal, article_id FROM sources")
            }
            known_sources: set[tuple[str, int]] | dict[tuple[str, int], int] = record_ids
        else:
            known_sources = store.known_sources()
        known_hashes: dict[str, int | None] = dict(store.known_hashes())
        failed = _FailedRecords.load(store.conn)
        for h in failed.by_hash:  # a failed article is no original to deduplicate against
            known_hashes.pop(h, None)
        tick = _idle_tick(settings.INGEST_COMMIT_INTERVAL_S if batch_seconds is None else batch_seconds)
        all_records = _per_input(
            paths, fmt, summary.inputs, store_files(db_path), idle_s=tick, skipped=summary.skipped_store_files
        )
        records: Iterable[Article] = all_records
        if limit is not None:
            records = _first_records(all_records, limit)
        planned = _plan(
            _guarded(records, store, summary), known_sources, known_hashes, failed, store.source_hash
        )
        cut_reads = _CutReads.load(store.conn, failed)
        if cut_reads.archives:
            planned = cut_reads.watch(planned)
        if upgrade_to:
            planned = _plan_upgrades(planned, store, record_ids, upgrade_to)
        if workers > 1:
            items = _annotate_in_workers(planned, only, workers)
        else:
            items = _annotate_here(planned, only)
        store.on_store_failed = lambda copy, was_ok, n_removed: _count_failed_copy(summary, was_ok, n_removed)
        # the search index commits every SEARCH_INDEX_COMMIT_DOCS (SEARCH_INDEX_COMMIT_DOCS_CORE
        # without the entities stage: its caches are what the memory target leaves room for), and
        # at the end
        lean = "entities" not in wanted
        with store.bulk(commit_docs=settings.SEARCH_INDEX_COMMIT_DOCS_CORE if lean else None):
            items = iter(items)
            exhausted = False
            # a live input waits for its next record outside a transaction: a paused feed holds no
            # write lock (another ingest into the store would wait for it)
            paused = any(_is_live_input(canonical_input(p)) for p in paths)
            while not exhausted:
                first = None
                if paused:
                    first = next((x for x in items if x is not IDLE), None)
                    if first is None:
                        break
                    paused = False
                exhausted = True
                batch_ends = time.monotonic() + (
                    settings.INGEST_COMMIT_INTERVAL_S if batch_seconds is None else batch_seconds
                )
                # The batch is read and annotated first, outside any transaction, then written in one
                # short write transaction: the write lock is held while rows are written, not while
                # articles are annotated (nu27: with the lock held for a whole 5 s batch and taken
                # again at once, a second ingest into the store starved and failed "database is
                # locked" after its 30 s busy timeout). Planning already runs ahead of storing (the
                # workers' window): a planned hash maps to None until its article is stored.
                batch: list[_Item] = []
                for item in items if first is None else itertools.chain((first,), items):
                    if item is IDLE:  # a live input gave nothing for a while: commit what is stored
                        exhausted = False
                        paused = True
                        break
                    batch.append(item)
                    # committed every batch_size records, or INGEST_COMMIT_INTERVAL_S seconds
                    if len(batch) >= batch_size or time.monotonic() >= batch_ends:
                        exhausted = False
                        break
                if not batch:
                    continue
                # rows written at COMMIT, one executemany per statement (see Store.transaction)
                with store.transaction(defer_rows=True):
                    for item in batch:
                        if item.replaces:
                            _delete_failed(item.replaces, store, known_hashes, summary)
                        if item.supersedes:
                            _keep_earlier_version(item, store, summary)
                        _store_one(item, store, known_hashes, summary, wanted)
                        if item.replaced_keys and known_hashes.get(item.content_hash):
                            for src, o in item.replaced_keys:
                                store.add_duplicate(src, o, known_hashes[item.content_hash])
                        if progress is not None:
                            summary.elapsed_s = time.perf_counter() - t0
                            progress(summary)
        if limit is not None and sum(summary.inputs.values()) >= limit:
            # was there more? (reads one record more, which is not stored). A live input that is idle
            # (IDLE first) may still give more: the run ends now and says so, rather than wait for a
            # record it would not store (nu25: `--limit` on a live feed waited for one more record)
            try:
                summary.limit_reached = next(all_records, None) is not None
            except Exception:  # noqa: BLE001 - a reader bug past the limit: there was more
                summary.limit_reached = True
            for path in summary.inputs:  # that record is not counted
                summary.inputs[path] = min(summary.inputs[path], limit)
        if summary.retired_names:  # versions retired by this run but met again at another position
            with store.transaction():
                promoted = store.promote_moved(sorted(summary.retired_names), source_base)
            summary.moved += promoted
            summary.changed -= promoted
            summary.duplicates -= promoted
        if cut_reads.archives:
            cut_reads.resolve(store, known_hashes, summary)
        # the articles this run stored, not every id above the start's maximum: another process
        # ingesting into the same store meanwhile had its rows counted here (nu29 item 10)
        ids = summary.stored_ids
        summary.same_story = sum(
            store.conn.execute(
                f"SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL AND id IN ({','.join('?' * len(part))})",
                part,
            ).fetchone()[0]
            for part in (ids[lo : lo + 500].tolist() for lo in range(0, len(ids), 500))
        )
        _rebuild_search_if_stale(store, summary)
    summary.elapsed_s = time.perf_counter() - t0
    return summary


#: Stages an ingest adds to articles already stored that lack them: they only add annotation lists
#: (the core stages make the blocks and sentences every later row points into; they are not re-run).
UPGRADABLE_STAGES = ("entities", "quotes")
#: The child tables each upgradable stage writes (replaced when the stage is added to an article).
_STAGE_TABLES = {"entities": ("mentions", "entities"), "quotes": ("quotes",)}
#: ``ingest_state`` key set in the transaction of an upgrade, removed after the search index rebuild.
SEARCH_STALE_KEY = "search-entities-stale"


def stage_names(only: tuple[str, ...] | None) -> tuple[str, ...]:
    """Names of the stages :func:`marsad.pipeline.annotate` runs for ``only``, in pipeline order."""
    from marsad.pipeline import STAGE_TABLE

    return tuple(name for name, _m, _f in STAGE_TABLE if only is None or name in only)


def stages_of(conn: sqlite3.Connection, article_id: int) -> frozenset[str]:
    """The stages that ran on stored article ``article_id``: its ``article_stages`` row; for an
    article stored before stages were recorded, the core stages plus ``entities`` when it has
    mention or entity rows and ``quotes`` when it has quote rows (an article of a full ingest
    with none of them is given those stages again: harmless, they find nothing again)."""
    from marsad.pipeline import CORE_STAGES

    row = conn.execute("SELECT stages FROM article_stages WHERE article_id = ?", (article_id,)).fetchone()
    if row is not None:
        return frozenset(s for s in row[0].split(",") if s)
    have = set(CORE_STAGES)
    if conn.execute(
        "SELECT 1 FROM mentions WHERE article_id = ? UNION ALL SELECT 1 FROM entities WHERE article_id = ? LIMIT 1",
        (article_id, article_id),
    ).fetchone():
        have.add("entities")
    if conn.execute("SELECT 1 FROM quotes WHERE article_id = ? LIMIT 1", (article_id,)).fetchone():
        have.add("quotes")
    return frozenset(have)


def _record_stages(conn: sqlite3.Connection, article_id: int, stages: Iterable[str]) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO article_stages (article_id, stages) VALUES (?, ?)",
        (article_id, ",".join(stages)),
    )


def _count_failed_copy(summary: Summary, was_ok: bool, n_removed: int) -> None:
    """``Store.on_store_failed`` of an ingest: a stored article was replaced at COMMIT by its
    failed copy (``store-failed``); count it as :func:`_store_one` counts a copy stored at once."""
    summary.failures["store-failed"] += 1
    if was_ok:
        summary.failed += 1
    summary.removed_blocks -= n_removed


def _plan_upgrades(
    items: Iterable[_Item], store: Store, record_ids: dict[tuple[str, int], int], upgrade_to: tuple[str, ...]
) -> Iterator[_Item]:
    """Turn each present record whose article lacks some of ``upgrade_to`` into an upgrade item
    (the stored article loaded, ``stages`` = what it lacks), once per article per run."""
    seen: set[int] = set()
    conn = store.conn
    for item in items:
        if item is IDLE:
            yield item
            continue
        if item.action == _PRESENT:
            aid = record_ids.get((item.article.source, item.ordinal))
            if aid and aid not in seen:
                seen.add(aid)
                have = stages_of(conn, aid)
                missing = tuple(n for n in upgrade_to if n not in have)
                if missing:
                    failed = conn.execute("SELECT failed FROM articles WHERE id = ?", (aid,)).fetchone()
                    if failed is not None and not failed[0]:
                        item.article = store.load_article(aid)
                        item.action, item.article_id, item.stages = _UPGRADE, aid, missing
        yield item


def _store_upgrade(item: _Item, store: Store, summary: Summary) -> None:
    """Replace the rows of the stages just added to a stored article (one ``SAVEPOINT``: all or
    nothing of it) and record its stages; mark the search index for a rebuild."""
    from marsad.store.db import _MAPPERS

    article, aid = item.article, item.article_id
    assert aid is not None
    conn = store.conn
    tables = {t for st in item.stages for t in _STAGE_TABLES.get(st, ())}
    conn.execute("SAVEPOINT upgrade_article")
    try:
        for m in _MAPPERS:
            if m.table.name in tables:
                conn.execute(f"DELETE FROM {m.table.name} WHERE article_id = ?", (aid,))
                rows = getattr(article, m.table.attr)
                if rows:
                    conn.executemany(m.insert_sql, m.rows(aid, rows))
        conn.execute("DELETE FROM problems WHERE article_id = ?", (aid,))
        conn.executemany(
            "INSERT INTO problems (article_id, idx, source, level, code, message) VALUES (?, ?, ?, ?, ?, ?)",
            [(aid, i, article.source, p.level, p.code, p.message) for i, p in enumerate(article.problems)],
        )
        conn.execute("UPDATE articles SET failed = ? WHERE id = ?", (0 if article.ok else 1, aid))
        if "entities" in item.stages:
            _save_entity_rows(conn, aid, article)
        have = stages_of(conn, aid) | set(item.stages)
        _record_stages(conn, aid, stage_names(tuple(have)))
        conn.execute("INSERT OR REPLACE INTO ingest_state (key, value) VALUES (?, '1')", (SEARCH_STALE_KEY,))
    except BaseException:
        conn.execute("ROLLBACK TO upgrade_article")
        conn.execute("RELEASE upgrade_article")
        raise
    conn.execute("RELEASE upgrade_article")
    summary.upgraded += 1
    for st in item.stages:
        if st not in summary.upgraded_stages:
            summary.upgraded_stages.append(st)
    for p in article.problems[item.problems_before :]:
        (summary.failures if p.level == "error" else summary.warnings)[p.code] += 1


def _delete_failed(
    article_ids: Iterable[int], store: Store, known_hashes: dict[str, int | None], summary: Summary
) -> None:
    """Delete failed articles of an earlier run that a record of this run replaces (see
    :class:`_FailedRecords`), inside the open batch transaction: their rows in every table keyed by
    ``article_id`` (annotations, problems, input records, the search and registry rows — the
    registry's counts kept right), then the ``articles`` row; mark the search index for a rebuild
    (its tantivy documents of those ids go with it, at the end of the run or at the next one)."""
    from marsad.entities import registry

    conn = store.conn
    tables = [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'articles'")
        if any(col[1] == "article_id" for col in conn.execute(f"PRAGMA table_info({name})"))
    ]
    for aid in article_ids:
        row = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (aid,)).fetchone()
        if row is None:  # replaced meanwhile by another process ingesting into the same store
            continue
        conn.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of = ?", (aid,))
        registry.save_article(conn, aid, Article(text=""))  # forgets its links and their counts
        for name in tables:
            conn.execute(f"DELETE FROM {name} WHERE article_id = ?", (aid,))
        conn.execute("DELETE FROM articles WHERE id = ?", (aid,))
        if known_hashes.get(row[0]) == aid:
            del known_hashes[row[0]]
        summary.retried += 1
    conn.execute("INSERT OR REPLACE INTO ingest_state (key, value) VALUES (?, '1')", (SEARCH_STALE_KEY,))


def _save_entity_rows(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    """The entity registry's and the search index's rows of one upgraded article (both extensions
    replace the article's earlier rows)."""
    from marsad.entities import registry
    from marsad.search import index

    registry.save_article(conn, article_id, article)
    conn.execute("DELETE FROM search_entity WHERE article_id = ?", (article_id,))
    entity_rows = index.article_rows(article_id, article)[2]
    if entity_rows:
        conn.executemany(
            "INSERT OR IGNORE INTO search_entity (article_id, type, name) VALUES (?, ?, ?)", entity_rows
        )


def _rebuild_search_if_stale(store: Store, summary: Summary) -> None:
    """Rebuild the tantivy search index when an upgrade changed entity rows (the note in
    ``ingest_state``), then remove the note. A failure leaves the note (the next ingest retries;
    ``marsad reindex`` does the same) and is a warning, never an ingest error."""
    import warnings

    conn = store.conn
    try:
        row = conn.execute("SELECT value FROM ingest_state WHERE key = ?", (SEARCH_STALE_KEY,)).fetchone()
    except sqlite3.OperationalError:  # a store without the table (read-only old store)
        return
    if row is None:
        return
    try:
        from marsad.search import index

        index.rebuild(conn)
    except Exception as exc:  # noqa: BLE001 - the store is committed; reindex later
        warnings.warn(
            f"search index not rebuilt after the stage upgrade: {type(exc).__name__}: {exc}; "
            "run `marsad reindex`",
            stacklevel=2,
        )
        return
    with store.transaction():
        conn.execute("DELETE FROM ingest_state WHERE key = ?", (SEARCH_STALE_KEY,))
    summary.search_rebuilt = True


def store_files(db_path: str | Path) -> frozenset[Path]:
    """The resolved paths a store at ``db_path`` writes: the SQLite file, its ``-wal``, ``-shm``
    and ``-journal`` companions and the search index folder ``<db>.search``. A folder walk over the
    input leaves them out (second-user finding: ``marsad ingest . --db a.db`` read its own store
    file, being written, as an article)."""
    db = Path(db_path).resolve()
    return frozenset(
        [db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal", ".search"))]
    )


def _per_input(
    paths: list[str],
    fmt: str | None,
    counts: dict[str, int],
    exclude: frozenset[Path] = frozenset(),
    idle_s: float | None = None,
    skipped: list[tuple[Path, int]] | None = None,
) -> Iterator[Any]:
    """The records of each input path in turn (:func:`marsad.io.sources.iter_articles`, leaving
    out the ``exclude`` paths in folder walks, and other stores' files, which go into ``skipped``), counting how many each gave in ``counts`` (every
    path is a key, from the start). Should a reader raise (readers record problems instead), the
    path gets one ``read-failed`` record naming it and the next path is read (one bad JSON Lines
    line once stopped the whole ingest: fifth new-user report, finding 2).

    With ``idle_s``, an input that is a pipe, FIFO, device or socket (standard input of
    ``marsad ingest -``: a live feed) is read in a thread (:func:`_live`), and :data:`IDLE` is
    yielded, not counted, whenever it gave nothing for ``idle_s`` seconds."""
    from marsad.io.readers import error_article
    from marsad.io.sources import iter_articles

    for path in paths:
        counts.setdefault(path, 0)
    for path in paths:
        name = canonical_input(path)
        articles: Iterator[Any] | None = _special_file_articles(name, fmt)
        if articles is None:
            articles = iter_articles([name], fmt=fmt, exclude=exclude, skipped=skipped)
        if idle_s is not None and _is_live_input(name):
            articles = _live(articles, idle_s)
        while True:
            try:
                article = next(articles)
            except StopIteration:
                break
            except Exception as exc:  # noqa: BLE001 - a reader bug: recorded, the next input is read
                article = error_article(
                    path,
                    "read-failed",
                    storable_text(
                        f"reading stopped after {counts[path]:,} record(s): {type(exc).__name__}: {exc}; "
                        "the next input is read"
                    ),
                )
                counts[path] += 1
                yield article
                break
            if article is not IDLE:
                counts[path] += 1
            yield article


class _Idle:
    """The type of :data:`IDLE`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "IDLE"


#: Passed down the ingest's chain of generators (read → plan → annotate → store) in place of a record
#: when a live input (a pipe, FIFO or device) gave nothing for a while: each stage hands it on, the
#: worker pool sends out the records it holds, and the store loop commits its open batch. A record
#: whose line ended was otherwise held until the next record or the end of input, and a SIGTERM lost
#: it (``--batch-seconds`` was checked only when a record came; feed24 item 1).
IDLE = _Idle()
#: Records read ahead of the ingest loop from a live input (memory: this many records at most).
_LIVE_QUEUE = 64


def _is_live_input(name: str) -> bool:
    """Whether input ``name`` (canonical) is a pipe, FIFO, device or socket — standard input of
    ``marsad ingest -`` included — which may pause: read by :func:`_live`."""
    from marsad.io.sources import special_file_kind

    p = Path(name)
    return not p.is_dir() and special_file_kind(p) is not None


def _idle_tick(batch_seconds: float) -> float:
    """Seconds a live input may give nothing before its open batch is committed: ``batch_seconds``,
    at most 0.5 s (an idle feed is committed soon even with a long batch time) and at least 0.05 s
    (``--batch-seconds 0`` commits every record anyway; this only bounds the polling)."""
    return min(max(batch_seconds, 0.05), 0.5)


def _live(articles: Iterator[Article], idle_s: float) -> Iterator[Any]:
    """``articles``, read in a daemon thread, with :data:`IDLE` yielded whenever none came for
    ``idle_s`` seconds. A reader's exception is raised here, in the caller's thread (where
    :func:`_per_input` records it). The thread stops when this generator is closed (a ``--limit``
    or an interrupt), once its blocked read returns; being a daemon, it never holds the process."""
    q: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=_LIVE_QUEUE)
    stop = threading.Event()

    def put(entry: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                q.put(entry, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for article in articles:
                if not put(("record", article)):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer
            put(("error", exc))
            return
        put(("end", None))

    threading.Thread(target=read, name="marsad-live-input", daemon=True).start()
    try:
        while True:
            try:
                kind, value = q.get(timeout=idle_s)
            except queue.Empty:
                yield IDLE
                continue
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()


def _first_records(records: Iterator[Any], limit: int) -> Iterator[Any]:
    """The first ``limit`` records of ``records`` (:data:`IDLE` passed on, not counted)."""
    if limit <= 0:
        return
    n = 0
    for record in records:
        yield record
        if record is not IDLE:
            n += 1
            if n >= limit:
                return


#: Inputs named as given, never resolved: standard input (``/dev/stdin`` resolves to a pipe name
#: that changes every run) and other device or process files.
_UNRESOLVED_PREFIXES = ("/dev/", "/proc/")


def canonical_input(path: str | Path) -> str:
    """The name an input path's records are keyed by: absolute, ``..`` and symbolic links resolved
    (:meth:`pathlib.Path.resolve`), so ``data``, ``./data``, ``/abs/data`` and a link to it give
    the same keys (eleventh new-user report, finding 14); paths under ``/dev/`` and ``/proc/``
    (``-`` is ``/dev/stdin``) stay as given. A path that does not exist is made absolute too."""
    p = str(path)
    if p.startswith(_UNRESOLVED_PREFIXES):
        return p
    try:
        return str(Path(p).resolve())
    except (OSError, RuntimeError):  # a symlink loop: absolute at least
        return os.path.abspath(p)


def legacy_input_names(path: str | Path) -> list[str]:
    """The names an earlier Marsad (which keyed records by the path as given) may have recorded
    ``path``'s records under: the path as given (normalised as :class:`pathlib.Path` writes it),
    absolute, and relative to the current folder (before and after resolving links) — each
    different from :func:`canonical_input`; ``[]`` for a path under ``/dev/`` or ``/proc/``. A
    relative name is taken to be relative to the current folder, as the earlier Marsad took it."""
    p = str(path)
    canonical = canonical_input(p)
    if p.startswith(_UNRESOLVED_PREFIXES):
        return []
    given = str(Path(p))
    names = [given, os.path.abspath(given)]
    for absolute in (names[1], canonical):
        try:
            names.append(os.path.relpath(absolute))
        except ValueError:  # another drive (Windows)
            pass
    return [n for n in dict.fromkeys(names) if n != canonical]


def _rekey_legacy_sources(store: Store, paths: list[str], summary: Summary) -> int:
    """Rename the records an earlier Marsad keyed under a legacy name of one of ``paths``
    (:func:`legacy_input_names`) to the canonical name (:meth:`Store.rekey_sources`), in one
    transaction before anything is read; the number of rows renamed (0, after a first run: a few
    primary-key range lookups per input). A legacy record left because its canonical key names
    another article is deleted when its own article is failed and has no other record (an empty
    file read once by a path and once through a link was stored twice, failed, each keyed by its
    name): counted in ``summary.retried`` (:func:`_delete_failed`)."""
    pairs = [(old, canonical_input(p)) for p in paths for old in legacy_input_names(p)]
    if not pairs:
        return 0
    n = 0
    left: list[tuple[str, int, int]] = []
    with store.transaction():
        for old, new in pairs:
            n += store.rekey_sources(old, new, exists=os.path.exists, left=left)
        conn = store.conn
        stale = [
            aid
            for _src, _o, aid in left
            if conn.execute("SELECT failed FROM articles WHERE id = ?", (aid,)).fetchone() == (1,)
            and conn.execute("SELECT count(*) FROM sources WHERE article_id = ?", (aid,)).fetchone() == (1,)
        ]
        if stale:
            _delete_failed(dict.fromkeys(stale), store, {}, summary)
    return n


def _special_file_articles(path: str, fmt: str | None) -> Iterator[Article] | None:
    """The records of an input named on the command line that is not a regular file — a
    character device (``/dev/zero``, a terminal), a named pipe or standard input as a pipe
    (``marsad ingest -``), a socket; a symbolic link to one too — read with the size limit of a
    record: at most ``settings.MAX_MEMBER_BYTES`` (64 MB) are read, and one byte more makes the
    input one ``too-large`` error record (its bytes are not kept, nothing more is read; the batch
    goes on with the next input). ``None`` for a regular file or a folder (read by
    :func:`marsad.io.sources.iter_articles`, which checks a file's size before reading it) and for
    JSON Lines (streamed line by line there, each line under the same limit).

    Such an input has no size to check first: ``marsad ingest /dev/zero`` grew past 10 GB and
    ``yes … | marsad ingest -`` ran out of memory (hostile-tester report rob23, HIGH 3). A
    shorter input is read as a file's bytes are (an archive too, in memory)."""
    from marsad.io import sources
    from marsad.io.readers import error_article

    p = Path(path)
    if p.is_dir() or sources.special_file_kind(p) is None or sources._is_jsonl(p.name, fmt):
        return None
    limit = settings.MAX_MEMBER_BYTES

    def read() -> Iterator[Article]:
        try:
            with p.open("rb") as fh:
                data = fh.read(limit + 1)
        except OSError as exc:
            yield error_article(path, "unreadable", f"cannot read: {type(exc).__name__}: {exc}")
            return
        if len(data) > limit:
            kind = sources.special_file_kind(p) or "not a regular file"
            del data
            yield error_article(
                path,
                "too-large",
                f"{kind} that gave more than {limit:,} bytes (settings.MAX_MEMBER_BYTES, the limit of one "
                "record); not read, nothing kept (write it to a file, or give JSON Lines with --format jsonl "
                "to read it record by record)",
            )
            return
        yield from sources._iter_blob(data, p.name, path, fmt, 1)

    return read()


def _guarded(records: Iterable[Article], store: Store, summary: Summary) -> Iterator[Article]:
    """Yield from ``records``; if the reader itself raises (a bug: readers record problems instead),
    record the error as an input-level problem and end the stream cleanly."""
    it = iter(records)
    while True:
        try:
            article = next(it)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - reported, committed work is kept
            msg = storable_text(f"reading stopped: {type(exc).__name__}: {exc}")
            store.add_problem("error", "read-failed", msg)
            summary.failures["read-failed"] += 1
            return
        if article is not IDLE:
            _make_names_storable(article)
        yield article


def storable_text(s: str) -> str:
    """``s`` as valid Unicode text that SQLite accepts, without losing what it says: each lone UTF-16
    surrogate U+DC80–U+DCFF (what ``errors="surrogateescape"`` — used by :mod:`tarfile`, ``os.listdir``
    and :class:`pathlib.Path` on POSIX — makes of a byte of a name that is not UTF-8, such as a
    cp1256 member name written on Windows) becomes ``\\xNN`` for its byte; any other lone surrogate
    (U+D800–U+DC7F, U+DD00–U+DFFF: half a pair, e.g. a JSON escape ``"\\ud83d"``) becomes ``\\uNNNN``.
    A string without lone surrogates is returned as it is (the usual case: one regex search).

    The escapes are those of Python's ``backslashreplace`` (PEP 383 for ``surrogateescape``), so the
    original bytes of a name can be recovered; the mapping is a function of ``s``, so a rerun keys
    the same record the same way (resume and re-ingest stay free of duplicates)."""
    if not has_lone_surrogate(s):
        return s
    return LONE_SURROGATE.sub(_surrogate_escape, s)


def _surrogate_escape(m: re.Match[str]) -> str:
    c = ord(m.group())
    return f"\\x{c - 0xDC00:02x}" if 0xDC80 <= c <= 0xDCFF else f"\\u{c:04x}"


def _make_names_storable(article: Article) -> None:
    """Replace lone surrogates in the parts of an input record that name it or describe it —
    ``source``, ``meta`` values, problem messages — by :func:`storable_text` escapes (warning
    ``source-name`` when the source changed), so that a file or archive member whose name is not
    UTF-8 is stored like any other instead of failing the batch's INSERT. ``Article.text`` is not
    touched: a text with lone surrogates is stored as a failed copy with its raw bytes (see
    :func:`marsad.store.db.failed_copy`)."""
    source = article.source
    if has_lone_surrogate(source):
        article.source = storable_text(source)
        article.warn(
            "source-name",
            f"the name '{article.source}' is not valid UTF-8: each byte that is not is written \\xNN",
        )
    for key, value in article.meta.items():
        if isinstance(value, str) and has_lone_surrogate(value):
            article.meta[key] = storable_text(value)
    for i, p in enumerate(article.problems):
        if has_lone_surrogate(p.message):
            article.problems[i] = Problem(p.level, p.code, storable_text(p.message))


# What to do with one input record, decided in input order before any annotation.
_PRESENT, _DUPLICATE, _NEW, _UPGRADE = "present", "duplicate", "new", "upgrade"
#: A record of ``marsad export`` whose article is in this store (:func:`exported_original`).
_EXPORTED = "exported"
_SHA256_HEX = re.compile(r"[0-9a-f]{64}\Z")
#: SHA-256 of no bytes: what an export gives as ``content_hash`` for a content-less error record.
_EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def exported_hashes(article: Article) -> list[str]:
    """The content hashes a record read back from ``marsad export`` names its stored article by
    (see :func:`exported_original`): the line's ``content_hash`` field, then the SHA-256 of the
    record's text as UTF-8; ``[]`` for a record that is not an export's (no ``exported_source`` in
    its meta, no ``export-failed`` error) or has no raw line. Parses the line once more (JSON)."""
    if not article.raw or (
        "exported_source" not in article.meta and not any(p.code == "export-failed" for p in article.problems)
    ):
        return []
    import hashlib
    import json

    try:
        record = json.loads(article.raw)
    except (ValueError, RecursionError):
        record = None
    hashes = []
    if isinstance(record, dict):
        h = record.get("content_hash")
        if isinstance(h, str) and _SHA256_HEX.match(h):
            hashes.append(h)
        src, probs = record.get("source"), record.get("problems")
        text = record.get("text")
        if isinstance(h, str) and not text and isinstance(src, str) and isinstance(probs, list):
            # a failed record without text is stored under the hash of its source and reasons (and
            # of its bytes, whose SHA-256 is the line's content_hash: cli29)
            from marsad.store.db import error_record_hash

            try:
                problems = [Problem(p["level"], p["code"], p["message"]) for p in probs]
                hashes.append(error_record_hash(src, problems, "" if h == _EMPTY_SHA256 else h))
            except (KeyError, TypeError):
                pass
    if article.text:
        hashes.append(hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest())
    return hashes


def exported_original(
    article: Article, known_hashes: dict[str, int | None], failed_hashes: dict[str, int] | None = None
) -> int | None:
    """The id of the stored article that ``article``, a record read back from ``marsad export``
    (``meta["exported_source"]``, set by :func:`marsad.io.jsonrec.export_record_to_article`; or its
    ``export-failed`` error: the export of a failed article, which holds no text), is a copy of; ``None`` for any other record or when that article is not in this store.

    The export line (``article.raw``) names its article by ``content_hash`` (the SHA-256 of the
    stored raw bytes): found in ``known_hashes`` (content hash -> stored id; ``None`` while only
    planned) or ``failed_hashes`` (the failed articles, left out of ``known_hashes``), it is that
    article. Without that field (an edited export), the SHA-256 of the
    record's ``text`` as UTF-8 is looked up: the raw bytes of a plain or TREC article stored as
    UTF-8 are its text. Source of the rule: hostile-tester report rob23, HIGH 1 (an export
    ingested into its own store stored every article again: "stored 305, same story 305")."""
    for h in exported_hashes(article):
        aid = known_hashes.get(h)
        if aid is None and failed_hashes:
            aid = failed_hashes.get(h)
        if aid is not None:
            return aid
    return None


def _exported_planned(article: Article, known_hashes: dict[str, int | None]) -> str:
    """The content hash of the article ``article`` (a record read back from ``marsad export``) is a
    copy of when that article is planned in this run but not stored yet (``known_hashes`` maps it
    to ``None``), else ``""``. ``marsad ingest orig/ export.jsonl --workers 2`` stored the export's
    records as "same story" copies: planning runs a window ahead of storing, so the originals had
    no id yet (feed24 item 2c; with one worker each original is stored before the next record is
    planned)."""
    for h in exported_hashes(article):
        if h in known_hashes and known_hashes[h] is None:
            return h
    return ""


#: Actions whose article is annotated (an upgrade with its own ``stages``).
_ANNOTATED = (_NEW, _UPGRADE)


@dataclass(slots=True)
class _Item:
    """One input record on its way to the store: ``action`` is present / duplicate / new / upgrade
    (a present record whose stored article, loaded into ``article``, gets ``stages``; its id is
    ``article_id``; ``problems_before`` counts its problems before those stages ran)."""

    article: Article
    ordinal: int
    content_hash: str
    action: str
    article_id: int | None = None
    stages: tuple[str, ...] = ()
    problems_before: int = 0
    #: Failed articles of earlier runs this new record replaces (deleted just before it is stored).
    replaces: tuple[int, ...] = ()
    #: The other input records of those articles that are byte copies of this one (recorded
    #: again as duplicates of its article).
    replaced_keys: tuple[tuple[str, int], ...] = ()
    #: The record's key was recorded for other bytes (the content hash of the article it named): that
    #: row is renamed to the earlier version's source before this record takes the key.
    supersedes: str = ""
    #: A new record read back from ``marsad export`` whose article is planned earlier in this run (its
    #: content hash): recorded as a copy of it when that article is stored (:func:`_exported_planned`).
    exported_of: str = ""


#: Error codes of a failed article that the same bytes read the same way get again: not retried. A
#: ``timeout`` (over ``settings.ARTICLE_TIME_LIMIT_S`` of CPU) comes back on a rerun too: retrying it
#: cost 5-6 s of CPU and a rebuild of the whole search index on every rerun (fifth new-user report,
#: finding 9); a record read in another format or with other bytes is still read again.
_NOT_RETRIED_CODES = frozenset({"too-large", "timeout"})
#: A record number that a multi-record file's reader appends to its source (``file.jsonl#12``).
_RECORD_SUFFIX = re.compile(r"#\d+\Z")


def source_base(source: str) -> str:
    """``source`` without the record number a multi-record reader appends to it
    (``examples/a.txt#3`` → ``examples/a.txt``): the input file a record came from, whatever
    format it was read in (a wrong ``--format json`` reads a text file as one record per line)."""
    return _RECORD_SUFFIX.sub("", source)


@dataclass(slots=True)
class _FailedRecords:
    """The failed articles of earlier runs and their input records, for retrying them (third
    new-user report, finding 1: a wrong ``--format`` stored every record as failed, and the right
    rerun skipped them as "already in the store", losing the articles for good).

    A record is read again, and its new article replaces the failed one (deleted with its rows in
    the batch that stores the new one), when

    * its key ``(source, ordinal)`` is a failed article's and it is read in another format or
      gives other bytes, or it is read without error now while the stored copy failed for another
      reason than its size (``--format xml`` stored every file as failed with the ``format`` error,
      in the format ``text``); the same bytes failing the same way at read time again, or an
      article too large to annotate, are not retried, so a rerun of a corpus with a few broken
      records stays a no-op;
    * it is new, and the same input file (:func:`source_base`) gave failed records read in another
      format (``a.txt#0`` … ``a.txt#14`` as JSON Lines, now ``a.txt`` as text); a present record
      also removes such failed siblings (:meth:`stale_siblings`);
    * its key is a failed article's read in another format, and the same input file gave other
      failed records in that format: they go with it, whatever their numbering (eleventh new-user
      report, finding 8: ``two-docs.trec --format jsonl`` stored 19 failed records
      ``two-docs.trec#0`` … ``#18``; the TREC reading names its two ``<DOC>`` ``#0`` and ``#1``,
      which replaced only their namesakes and left 17 failed rows until the next run);
    * its bytes are a failed article's (the file renamed, read now with the right format).

    ``by_key``: ``(source, ordinal) -> (article id, format, content hash)``; ``by_base``: input
    file -> ``[(article id, format)]``; ``by_hash``: content hash -> article id; ``keys_of``:
    article id -> its input records; ``codes``: article id -> its error codes; ``taken``:
    articles already given to a replacing record; ``raw_hash``: see the field.
    """

    by_key: dict[tuple[str, int], tuple[int, str, str]] = field(default_factory=dict)
    by_base: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    by_hash: dict[str, int] = field(default_factory=dict)
    keys_of: dict[int, list[tuple[str, int]]] = field(default_factory=dict)
    codes: dict[int, frozenset[str]] = field(default_factory=dict)
    taken: set[int] = field(default_factory=set)
    #: article id -> SHA-256 of its raw bytes, for a failed record without text (keyed by its
    #: source and reasons since cli29; found by its bytes too)
    raw_hash: dict[int, str] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> _FailedRecords:
        """The failed articles of the store (found through their error-level problems: the
        ``problems_code`` index, no scan of the large ``articles`` rows)."""
        out = cls()
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT article_id FROM problems WHERE level = 'error' AND article_id IS NOT NULL"
            )
        ]
        for aid in ids:
            row = conn.execute(
                "SELECT format, content_hash, failed, raw_storage, "
                "CASE WHEN length(text) = 0 THEN raw END, length(text) FROM articles WHERE id = ?",
                (aid,),
            ).fetchone()
            if row is None or not row[2]:
                continue
            fmt, h = row[0], row[1]
            out.by_hash[h] = aid
            if not row[5] and isinstance(row[4], bytes) and row[4]:
                # keyed by its source and reasons (cli29), still found by its bytes: read right under
                # another name, they replace it (:meth:`replaced_by`)
                raw = raw_bytes_of(row[3], row[4], "")
                if raw:
                    out.raw_hash[aid] = hashlib.sha256(raw).hexdigest()
                    out.by_hash.setdefault(out.raw_hash[aid], aid)
            out.codes[aid] = frozenset(
                c for (c,) in conn.execute("SELECT code FROM problems WHERE article_id = ? AND level = 'error'", (aid,))
            )
            for src, o in conn.execute("SELECT source, ordinal FROM sources WHERE article_id = ?", (aid,)):
                out.by_key[(src, o)] = (aid, fmt, h)
                out.keys_of.setdefault(aid, []).append((src, o))
                out.by_base.setdefault(source_base(src), []).append((aid, fmt))
        return out

    def replaced_by(
        self, key: tuple[str, int], fmt: str, content_hash: str, known: bool, read_ok: bool = False
    ) -> tuple[int, ...]:
        """The failed articles the record ``key`` (read in ``fmt``, hashing to ``content_hash``,
        ``read_ok``: read without error; ``known``: its key is recorded in the store) replaces,
        each given once per run."""
        found: list[int] = []
        if known:
            old = self.by_key.get(key)
            if old is None:
                return ()
            if old[1] == fmt and old[2] == content_hash:
                if not read_ok or self.codes.get(old[0], frozenset()) <= _NOT_RETRIED_CODES:
                    return ()  # the same reading: it would fail the same way
            found.append(old[0])
            if old[1] != fmt:  # the other records of that wrong reading of the same input file go too
                found += [aid for aid, f in self.by_base.get(source_base(key[0]), ()) if f == old[1]]
        else:
            found += [aid for aid, f in self.by_base.get(source_base(key[0]), ()) if f != fmt]
        aid = self.by_hash.get(content_hash)
        if aid is not None:
            found.append(aid)
        out = tuple(dict.fromkeys(a for a in found if a not in self.taken))
        self.taken.update(out)
        return out

    def stale_siblings(self, key: tuple[str, int], fmt: str) -> tuple[int, ...]:
        """Failed articles of the input file of the present record ``key`` (read in ``fmt``) that
        were read in another format (``a.jsonl`` stored whole as failed text, ``a.jsonl#0`` …
        stored right by another run): they go, nothing replaces them."""
        out = tuple(
            dict.fromkeys(
                aid
                for aid, f in self.by_base.get(source_base(key[0]), ())
                if f != fmt and aid not in self.taken and key not in self.keys_of.get(aid, ())
            )
        )
        self.taken.update(out)
        return out


def _plan(
    records: Iterable[Article],
    known_sources: set[tuple[str, int]] | dict[tuple[str, int], int],
    known_hashes: dict[str, int | None],
    failed: _FailedRecords | None = None,
    stored_hash: Callable[[tuple[str, int]], str | None] | None = None,
) -> Iterator[_Item]:
    """Key every record ``(source, ordinal)`` and decide its fate: already present (key recorded),
    a byte copy of an article stored or planned (hash known), or new. Updates both maps as it goes
    (a planned hash maps to ``None`` until the article is stored). A record that replaces failed
    articles of an earlier run (``failed``, see :class:`_FailedRecords`) is new, with ``replaces``.
    A record whose key is recorded for other bytes (``stored_hash(key)``: the content hash of the
    article the key names; fifth new-user report, finding 3: a file rewritten in place, a feed and
    every standard-input ingest after the first were skipped as "already in the store") is new or a
    duplicate by its hash, with ``supersedes`` set to the old hash."""
    last_source: str | None = None
    ordinal = 0
    for article in records:
        if article is IDLE:
            yield article
            continue
        src = article.source
        # Records that share a source string come together (one file's <DOC>s or JSON records).
        ordinal = ordinal + 1 if src == last_source else 0
        last_source = src
        key = (src, ordinal)
        replaces: tuple[int, ...] = ()
        h = ""
        if key in known_sources:
            if failed is None:
                yield _Item(article, ordinal, "", _PRESENT)
                continue
            if stored_hash is not None and (exp := exported_hashes(article)) and stored_hash(key) in exp:
                # an export record recorded as a copy of its stored article: nothing changed
                yield _Item(article, ordinal, "", _PRESENT)
                continue
            if key in failed.by_key and failed.by_key[key][0] not in failed.taken:
                h = content_hash_of(article)
                replaces = failed.replaced_by(key, article.fmt, h, True, article.ok)
            if not replaces and stored_hash is not None and not (failed.by_key and key in failed.by_key):
                old_hash = stored_hash(key)
                if old_hash is not None:
                    h = content_hash_of(article)
                    if h != old_hash:  # the same record name, other bytes: a new version
                        action = _DUPLICATE if h in known_hashes else _NEW
                        if action == _NEW:
                            known_hashes[h] = None
                        yield _Item(article, ordinal, h, action, supersedes=old_hash)
                        continue
            if not replaces:
                stale = failed.stale_siblings(key, article.fmt) if failed.by_base else ()
                for aid in stale:  # their input records go with them: read again when met
                    for k in failed.keys_of.get(aid, ()):
                        if isinstance(known_sources, dict):
                            known_sources.pop(k, None)
                        else:
                            known_sources.discard(k)
                yield _Item(article, ordinal, "", _PRESENT, replaces=stale)
                continue
        elif isinstance(known_sources, dict):
            known_sources[key] = 0  # planned here (its article id is not known yet)
        else:
            known_sources.add(key)
        if not h:
            h = content_hash_of(article)
            if failed is not None and (failed.by_base or failed.by_hash):
                replaces = failed.replaced_by(key, article.fmt, h, False)
        others: list[tuple[str, int]] = []
        if replaces:
            assert failed is not None
            for aid in replaces:
                for k in failed.keys_of.get(aid, ()):
                    if k == key:
                        continue
                    if failed.by_key[k][2] == h or failed.raw_hash.get(aid) == h:
                        others.append(k)  # a byte copy of this record: recorded again as such
                    elif isinstance(known_sources, dict):
                        known_sources.pop(k, None)  # its row goes: read again (now or next run)
                    else:
                        known_sources.discard(k)
        action = _DUPLICATE if h in known_hashes else _NEW
        if action == _NEW and not replaces and (
            orig := exported_original(article, known_hashes, failed.by_hash if failed is not None else None)
        ) is not None:
            yield _Item(article, ordinal, h, _EXPORTED, article_id=orig)
            continue
        exported_of = ""
        if action == _NEW and not replaces:
            # its article is planned in this run, not stored yet (``--workers``: planning runs a window
            # ahead of storing): :func:`_store_one` records it as a copy once that article is stored
            exported_of = _exported_planned(article, known_hashes)
        if action == _NEW:
            known_hashes[h] = None
        yield _Item(
            article, ordinal, h, action, replaces=replaces, replaced_keys=tuple(others), exported_of=exported_of
        )


#: Warnings a cut archive's reading puts on records that were read whole: the decoder saw the member
#: end in the middle of a character (``cut-character``) or the reader saw it end early (``truncated``).
_CUT_WARNING_CODES = ("cut-character", "truncated")


@dataclass(slots=True)
class _CutReads:
    """Archives that an earlier run found cut short (a stored failed ``archive-truncated`` row, the
    archive itself as source) and what that cut reading left on their records (eighth new-user
    report, finding 12: a zip downloaded in two goes kept ``failed: 1`` for ever, and its first,
    complete record the false warning ``cut-character``).

    When this run reads such an archive again without the cut (records met, no new
    ``archive-truncated`` error for it, not stopped by ``limit``), the stale archive row is deleted
    as a replaced failed record (:func:`_delete_failed`, counted in ``Summary.retried``), and a
    record found already present whose new reading lacks a cut warning its stored article carries
    loses that warning row. ``archives``: archive source -> failed article ids; ``warned``: record
    key -> ``[(problem row id, code)]``; ``seen`` / ``cut_again``: archives met by this run / cut
    again by it; ``stale_problems``: warning rows to delete."""

    archives: dict[str, list[int]] = field(default_factory=dict)
    warned: dict[tuple[str, int], list[tuple[int, str]]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    cut_again: set[str] = field(default_factory=set)
    stale_problems: list[int] = field(default_factory=list)

    @classmethod
    def load(cls, conn: sqlite3.Connection, failed: _FailedRecords) -> _CutReads:
        """The cut archives among ``failed`` and the cut warnings of their records (two indexed
        queries, only when there is a cut archive)."""
        out = cls()
        for aid, codes in failed.codes.items():
            if "archive-truncated" in codes:
                for src, _o in failed.keys_of.get(aid, ()):
                    out.archives.setdefault(src, []).append(aid)
        if out.archives:
            marks = ",".join("?" * len(_CUT_WARNING_CODES))
            for pid, src, o, code in conn.execute(
                "SELECT p.id, s.source, s.ordinal, p.code FROM problems p JOIN sources s ON s.article_id = p.article_id "
                f"WHERE p.level = 'warning' AND p.code IN ({marks})",
                _CUT_WARNING_CODES,
            ):
                if src.partition("::")[0] in out.archives:
                    out.warned.setdefault((src, o), []).append((pid, code))
        return out

    def watch(self, items: Iterable[_Item]) -> Iterator[_Item]:
        """Pass ``items`` through, noting the cut archives met and the stale warnings."""
        for item in items:
            if item is IDLE:
                yield item
                continue
            src = item.article.source
            base = src.partition("::")[0]
            if base in self.archives:
                if base == src:
                    if any(p.code == "archive-truncated" for p in item.article.problems):
                        self.cut_again.add(base)
                else:
                    self.seen.add(base)
                    if item.action == _PRESENT and (src, item.ordinal) in self.warned:
                        now = {p.code for p in item.article.problems}
                        self.stale_problems += [
                            pid for pid, code in self.warned[(src, item.ordinal)] if code not in now
                        ]
            yield item

    def resolve(self, store: Store, known_hashes: dict[str, int | None], summary: Summary) -> None:
        """Delete the stale warnings and the rows of the archives read whole by this run."""
        whole = [] if summary.limit_reached else sorted(self.seen - self.cut_again)
        if not whole and not self.stale_problems:
            return
        with store.transaction():
            store.conn.executemany("DELETE FROM problems WHERE id = ?", [(pid,) for pid in self.stale_problems])
            ids = [aid for base in whole for aid in self.archives[base]]
            if ids:
                _delete_failed(dict.fromkeys(ids), store, known_hashes, summary)


def _annotate_here(items: Iterable[_Item], only: tuple[str, ...] | None) -> Iterator[_Item]:
    """Annotate the new records in this process (the time limit's signal handler installed once
    for the run: :func:`marsad.pipeline.timer_handler_installed`)."""
    from marsad.pipeline import annotate, timer_handler_installed

    with timer_handler_installed():
        for item in items:
            if item is IDLE:
                pass
            elif item.action == _NEW:
                annotate(item.article, only=only)
            elif item.action == _UPGRADE:
                item.problems_before = len(item.article.problems)
                annotate(item.article, only=item.stages)
            yield item


def _annotate_article(article: Article, only: tuple[str, ...] | None) -> Article:
    """Worker-process task: annotate one article and send it back."""
    from marsad.pipeline import annotate

    return annotate(article, only=only)


#: Seconds between a worker process's checks that the ingest process that started it still runs.
_PARENT_CHECK_S = 0.5


def _exit_with_parent(parent_pid: int) -> None:
    """Worker initializer: a daemon thread ends the worker when its parent is gone. An ingest killed
    with SIGKILL cannot shut its pool down, and its workers, blocked on their task queue (whose pipe
    they hold open themselves), would otherwise wait forever."""

    import signal

    # the CLI's SIGTERM handler (raise Terminated) is inherited through fork: a worker ends on SIGTERM
    signal.signal(signal.SIGTERM, signal.SIG_DFL)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(_PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, name="marsad-exit-with-parent", daemon=True).start()


def _annotate_in_workers(
    items: Iterable[_Item], only: tuple[str, ...] | None, workers: int
) -> Iterator[_Item]:
    """Annotate the new records in ``workers`` processes, window by window (``settings.INGEST_WINDOW``
    records in flight at most, so memory stays flat), keeping input order. If the pool breaks (a
    worker killed), the rest is annotated in this process."""
    from concurrent.futures import ProcessPoolExecutor

    from marsad.pipeline import annotate, stages

    stages(only)  # import the selected stages once, before forking, so workers share them
    window = settings.INGEST_WINDOW
    pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
        max_workers=workers, initializer=_exit_with_parent, initargs=(os.getpid(),)
    )

    def submit(chunk: list[_Item]) -> Any:
        nonlocal pool
        todo = [it for it in chunk if it.action in _ANNOTATED]
        for it in todo:
            it.problems_before = len(it.article.problems) if it.action == _UPGRADE else 0
        if pool is not None and todo:
            try:
                return pool.map(
                    _annotate_article,
                    [it.article for it in todo],
                    [it.stages if it.action == _UPGRADE else only for it in todo],
                    chunksize=8,
                )
            except Exception:  # noqa: BLE001 - a broken pool: carry on in this process
                pool.shutdown(cancel_futures=True)
                pool = None
        return None

    def finish(chunk: list[_Item], results: Any) -> list[_Item]:
        nonlocal pool
        annotated: list[Article] | None = None
        if results is not None:
            try:
                annotated = list(results)
            except Exception:  # noqa: BLE001 - a worker died: annotate this window here
                if pool is not None:
                    pool.shutdown(cancel_futures=True)
                pool = None
        new_items = [it for it in chunk if it.action in _ANNOTATED]
        if annotated is None:
            for it in new_items:
                annotate(it.article, only=it.stages if it.action == _UPGRADE else only)
        else:
            for it, a in zip(new_items, annotated, strict=True):
                it.article = a
        return chunk

    try:
        it = iter(items)
        pending: tuple[list[_Item], Any] | None = None
        while True:
            chunk: list[_Item] = []
            idle = False
            for item in it:
                if item is IDLE:  # a live input paused: what was read goes out now, not a window later
                    idle = True
                    break
                chunk.append(item)
                if len(chunk) >= window:
                    break
            if not chunk and not idle:
                break
            results = submit(chunk) if chunk else None
            if pending is not None:
                yield from finish(*pending)
                pending = None
            if idle:
                if chunk:
                    yield from finish(chunk, results)
                yield IDLE
            else:
                pending = (chunk, results)
        if pending is not None:
            yield from finish(*pending)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _keep_earlier_version(item: _Item, store: Store, summary: Summary) -> None:
    """Before a changed record takes its key: the record holding it becomes the earlier version,
    ``<source>@<12 hex digits of its hash>`` (:meth:`Store.retire_source`), so its article keeps a
    source row and a rerun finds the new bytes recorded. Read again inside the write transaction:
    another process may have stored these very bytes under the key meanwhile (then nothing moves)."""
    if store.retire_source(item.article.source, item.ordinal, unless_hash=item.content_hash):
        summary.changed += 1
        if item.supersedes:
            summary.retired_names.add(f"{item.article.source}@{item.supersedes[:12]}")


def _store_one(
    item: _Item,
    store: Store,
    known_hashes: dict[str, int | None],
    summary: Summary,
    wanted: tuple[str, ...] = (),
) -> None:
    """Record one planned input record in the store and count it in ``summary`` (``wanted``: the
    stages run on new articles, recorded with them)."""
    article = item.article
    summary.read += 1
    summary.bytes_read += len(article.raw) if article.raw is not None else len(article.text)
    if item.action == _PRESENT:
        summary.already_present += 1
        return
    if item.action == _UPGRADE:
        summary.already_present += 1
        _store_upgrade(item, store, summary)
        return
    if item.action == _EXPORTED:  # its article is stored: the export record is a copy of it
        assert item.article_id is not None
        store.add_duplicate(article.source, item.ordinal, item.article_id, exported=True)
        summary.already_present += 1
        summary.exported_present += 1
        return
    if item.exported_of and (orig := known_hashes.get(item.exported_of)) is not None:
        # an export record whose article this run stored a moment ago: a copy of it, as above
        store.add_duplicate(article.source, item.ordinal, orig, exported=True)
        known_hashes[item.content_hash] = orig
        summary.already_present += 1
        summary.exported_present += 1
        return
    if item.action == _DUPLICATE:
        existing = known_hashes.get(item.content_hash)
        if existing is not None and (retired := store.revive_source(article.source, item.ordinal, existing, source_base)):
            summary.moved += 1
            if retired in summary.retired_names:  # retired a moment ago: it moved, nothing changed
                summary.retired_names.discard(retired)
                summary.changed -= 1
            return
        if existing is not None:
            store.add_duplicate(article.source, item.ordinal, existing)
            summary.duplicates += 1
            return
        # the original was lost (cannot happen in input order); store this copy instead
    carried, not_carried = carry_exported_problems(article)
    summary.exported_carried.update(p.code for p in carried)
    summary.exported_not_carried.update(p.code for p in not_carried)
    try:
        article_id = store.add(
            article, ordinal=item.ordinal, content_hash=item.content_hash, stages=wanted or None
        )
    except sqlite3.IntegrityError:
        # Stored meanwhile by another process ingesting into the same store: a duplicate after all.
        existing = store.article_id_by_hash(item.content_hash)
        if existing is None:
            raise
        known_hashes[item.content_hash] = existing
        _stored_meanwhile(item, existing, store, summary, wanted)
        return
    except Exception as exc:  # noqa: BLE001 - the article is kept as a failed copy, the batch goes on
        from marsad.store.db import is_disk_full

        if is_disk_full(exc):
            raise  # not the article's fault: its failed copy would not fit either
        article = failed_copy(
            article, f"could not be stored with its annotations: {type(exc).__name__}: {exc}"
        )
        article_id = store.add(article, ordinal=item.ordinal, stages=wanted or None)
    known_hashes[item.content_hash] = article_id
    summary.stored += 1
    summary.stored_ids.append(article_id)
    summary.removed_blocks += len(article.removed)
    if not article.ok:
        summary.failed += 1
        if article.text and {p.code for p in article.problems if p.level == "error"} <= PARTIAL_READ_CODES:
            summary.partial += 1
        elif article.raw is None and not article.text:
            if {p.code for p in article.problems if p.level == "error"} <= NOT_A_FILE_CODES:
                summary.links += 1
            else:
                summary.failed_unkept += 1
    for p in article.problems:
        (summary.failures if p.level == "error" else summary.warnings)[p.code] += 1
        if p.code in _ARCHIVE_ERROR_CODES and len(summary.archive_errors) < _MAX_ARCHIVE_ERRORS_SHOWN:
            summary.archive_errors.append(f"{article.source}: {p.message}")


def _stored_meanwhile(
    item: _Item, existing: int, store: Store, summary: Summary, wanted: tuple[str, ...]
) -> None:
    """A new record whose bytes another process stored as article ``existing`` while this run
    annotated it (two ingests of one input into one store). Its input record is "already in the
    store" when the other run recorded the same ``(source, ordinal)``, else a byte copy recorded as
    a duplicate. When the other run ran fewer stages (a ``--core`` ingest racing a full one:
    rob23 HIGH 6, 163 of 300 articles were left without entities and quotes and counted as
    "duplicate records"), the stored article gets the stages it lacks from this run's annotation of
    the same bytes (:func:`_store_upgrade`: the same text, blocks and sentences, as the core stages
    are deterministic), so it ends as a full ingest leaves it."""
    article = item.article
    key = (article.source, item.ordinal)
    row = store.conn.execute("SELECT article_id FROM sources WHERE source = ? AND ordinal = ?", key).fetchone()
    if row is not None and row[0] == existing:
        summary.already_present += 1  # rob23 MED 9: it said "duplicate records"
    else:
        store.add_duplicate(article.source, item.ordinal, existing)
        summary.duplicates += 1
    have = stages_of(store.conn, existing)
    missing = tuple(n for n in (wanted or stage_names(None)) if n in UPGRADABLE_STAGES and n not in have)
    if not missing or not article.ok:
        return
    failed = store.conn.execute("SELECT failed FROM articles WHERE id = ?", (existing,)).fetchone()
    if failed is None or failed[0]:
        return
    item.article_id, item.stages, item.problems_before = existing, missing, len(article.problems)
    _store_upgrade(item, store, summary)


#: Error codes of an article read in part: the text and the stages before the one that failed or ran
#: out of time are stored (:func:`marsad.pipeline.annotate`), so the record was read (counted in
#: :attr:`Summary.partial`, not "nothing could be read").
PARTIAL_READ_CODES = frozenset({"timeout", "stage-failed"})

#: Error codes of a failed record that is no file to read: an archive's link (not followed) or
#: device/FIFO member (:func:`marsad.io.sources._not_a_file_article`); counted in
#: :attr:`Summary.links`, not among the records over the size limit.
NOT_A_FILE_CODES = frozenset({"link", "special-file"})

#: Problem codes that say how one run went, not what the record holds: a stage that ran out of
#: time or failed, an article that could not be stored with its annotations, a NER model missing
#: where it ran. An article read back from ``marsad export`` is annotated again, so such a problem
#: of the exported article is not carried into it (:func:`carry_exported_problems`).
RUN_PROBLEM_CODES = frozenset({"timeout", "stage-failed", "store-failed", "ner-model-missing"})

#: Appended to the message of a problem carried from an exported article (:func:`carry_exported_problems`).
CARRIED_NOTE = " [carried from marsad export: recorded when the article was first ingested]"


def carry_exported_problems(article: Article) -> tuple[list[Problem], list[Problem]]:
    """Give ``article``, annotated after being read back from a ``marsad export`` line (its
    ``meta["exported_source"]``; the line is ``article.raw``), the problems the exported article had
    recorded that this reading did not give again: ``(carried, not_carried)``, the first appended
    to ``article.problems`` in the export's order, each message ending in :data:`CARRIED_NOTE`.

    The reading problems of the original bytes (``decode``: bytes not valid in the encoding, NUL
    padding left out; ``truncated``; ``source-name``…) cannot be given again: the export holds the
    decoded text, not the bytes (task cli30, item 2: export → ingest lost them). A problem whose code
    the article has again (the stages, run again on the same text, gave their own ``no-date``) is
    not doubled, and a problem of :data:`RUN_PROBLEM_CODES` (a timeout of that run) is not carried:
    the stages ran again. Nothing for any other record, or for one exported from a failed article
    without text (:func:`marsad.io.jsonrec.export_record_to_article` keeps its errors). Never raises."""
    if "exported_source" not in article.meta or not article.text or not article.raw:
        return [], []
    import json

    try:
        record = json.loads(article.raw)
    except (ValueError, RecursionError, UnicodeDecodeError):
        return [], []
    probs = record.get("problems") if isinstance(record, dict) else None
    if not isinstance(probs, list):
        return [], []
    have = {p.code for p in article.problems}
    carried: list[Problem] = []
    not_carried: list[Problem] = []
    for p in probs:
        if not isinstance(p, dict):
            continue
        level, code, message = p.get("level"), p.get("code"), p.get("message")
        if level not in ("error", "warning") or not isinstance(code, str) or not isinstance(message, str):
            continue
        if code in have:
            continue
        if code in RUN_PROBLEM_CODES:
            not_carried.append(Problem(level, code, message))
            continue
        # (an export of an export: the note is there once)
        carried.append(Problem(level, code, message if message.endswith(CARRIED_NOTE) else message + CARRIED_NOTE))
    article.problems.extend(carried)
    return carried, not_carried


#: Error codes about a whole archive or compressed stream (see ``docs/io.md``).
_ARCHIVE_ERROR_CODES = frozenset(
    {"archive-truncated", "archive", "archive-too-large", "zip-bomb", "read-failed"}
)
_MAX_ARCHIVE_ERRORS_SHOWN = 5
