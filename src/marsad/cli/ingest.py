"""Commands ``marsad ingest``, ``show``, ``export``, ``verify`` and ``stats`` (thin: the work is in
:mod:`marsad.store`)."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from marsad import settings
from marsad.cli.app import app, check_db, check_writable_store, console, fail, note

DbOption = Annotated[Path, typer.Option("--db", help="The store: one SQLite file.")]

#: Seconds between two redraws of the progress bar (the callback runs once per article).
_PROGRESS_REFRESH_S = 0.2
#: Seconds between two plain progress lines when stderr is no terminal (a redirected or logged run
#: drew no bar and said nothing for ten minutes: nu32).
PROGRESS_LINE_S = 60.0


def _open(db: Path):  # -> Store
    """The store ``db`` opened read-only (show, export, verify, stats); a note on stderr when it
    can only be read as an immutable file (a folder that is not writable)."""
    from marsad.store.db import Store, StoreError

    check_db(db)
    try:
        store = Store(db, readonly=True)
    except StoreError as exc:
        fail(str(exc))
    except sqlite3.Error as exc:
        fail(f"cannot open {db}: {exc}")
    if store.note:
        note(store.note)
    return store


def _stored_count(db: Path) -> str:
    """``"the store holds N articles"`` for a message after an interrupted ingest (its committed
    state, read-only), or ``"what was"`` when it cannot be read."""
    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return "what was"
    return f"the store holds {n:,} article{'s' if n != 1 else ''}"


def article_id_error(n: int) -> str:
    """The usage error of an article ID below 1 (``show 0``, ``show -1``): IDs start at 1, the
    first article stored, and a negative one is not counted from the end."""
    return f"article ID must be 1 or more, not {n}" + (" (IDs are not counted from the end)" if n < 0 else "")


def _article_id(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        fail(f"article ID must be a whole number, not {value!r}", code=2)
    if n < 1:
        fail(article_id_error(n), code=2)
    if n > MAX_ARTICLE_ID:  # rob23 LOW 15: SQLite's OverflowError came out as a traceback
        fail(f"no article {n}: article IDs are at most {MAX_ARTICLE_ID:,} (SQLite's largest integer)")
    return n


#: The largest article id SQLite can hold (a signed 64-bit INTEGER); a larger one names no article.
MAX_ARTICLE_ID = 2**63 - 1


@app.command()
def ingest(
    # str, not Path: typer makes Path("") of an empty argument, which is "." (the current folder)
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, .zip or .tar.gz archives; - reads standard input.")
    ],
    db: DbOption = Path("marsad.db"),
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="Force the input format: text, trec, json, jsonl, html."),
    ] = None,
    core: Annotated[
        bool, typer.Option("--core", help="Run only the core stages (layout, text, time).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar (on a terminal) nor progress lines (a minute apart, when stderr is redirected).")] = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Records per committed transaction.")
    ] = settings.INGEST_BATCH,
    batch_seconds: Annotated[
        float,
        typer.Option("--batch-seconds", min=0.0, help="Also commit a batch open this many seconds (wall clock; 0: after every record); a paused live input (stdin) is committed within min(this, 0.5 s)."),
    ] = settings.INGEST_COMMIT_INTERVAL_S,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Stop after this many records.")] = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Annotate in this many processes.")
    ] = 1,
) -> None:
    """Read, annotate and store articles; rerunning skips what is stored (resumable, no duplicates).

    Rerunning without --core on a store ingested with --core adds the missing stages (entities,
    quotes) to the articles already stored, and rebuilds the search index for person:/org:/place:.
    """
    from marsad.pipeline import CORE_STAGES
    from marsad.store.db import StoreError, StoreLocked, is_disk_full, is_locked
    from marsad.store.ingest import Summary
    from marsad.store.ingest import ingest as run_ingest

    # An empty argument (``marsad ingest "$DIR"`` with DIR unset) is no path: it read the current
    # folder without a word (twelfth new-user report). Checked before anything is read or written.
    if any(not p for p in paths):
        fail("an empty path was given (an unset shell variable?); nothing read", code=2)
    # ``-`` is standard input, the Unix convention (third new-user report, finding 18)
    input_paths = [Path("/dev/stdin") if p == "-" else Path(p) for p in paths]
    check_db(db)
    check_writable_store(db)
    if fmt is not None:  # checked before anything is read or written (third new-user report, #1)
        from marsad.io.formats import FORMATS

        fmt = fmt.strip().lower()
        if fmt not in FORMATS:
            fail(f"unknown --format {fmt!r}: use one of {', '.join(FORMATS)} (or leave it out to detect it)", code=2)
    existing = [p for p in input_paths if p.exists()]
    for p in input_paths:
        if not p.exists():
            typer.echo(f"marsad: warning: {p} does not exist; skipped", err=True)
    if not existing:
        fail("none of the given paths exists")

    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    err = console(stderr=True)
    show_bar = not quiet and err.is_terminal
    total = progress_total(existing, limit) if show_bar else None
    columns: list[Any] = [SpinnerColumn(), TextColumn("[bold]ingest")]
    if total:
        columns += [BarColumn(), MofNCompleteColumn()]
    else:
        columns += [TextColumn("{task.completed:,} articles")]
    columns += [TextColumn("{task.fields[rate]:,.0f} articles/s"), TimeElapsedColumn()]
    if total:
        columns += [TextColumn("ETA"), TimeRemainingColumn()]
    bar = Progress(*columns, console=err, transient=True, disable=not show_bar)
    task = bar.add_task("ingest", total=total, rate=0.0)
    last = [0.0]

    started = time.monotonic()

    def on_progress(s: Summary) -> None:
        now = time.monotonic()
        if show_bar:
            if now - last[0] >= _PROGRESS_REFRESH_S:
                last[0] = now
                bar.update(task, completed=s.read, rate=s.rate)
        elif not quiet and now - max(last[0], started) >= PROGRESS_LINE_S:
            last[0] = now  # no terminal: one plain line a minute, for a log
            err.print(f"ingest: {s.read:,} records read, {s.rate:,.0f} articles/s, {now - started:,.0f} s",
                      markup=False, highlight=False, soft_wrap=True)

    import signal
    import warnings

    from marsad.store.db import is_disk_full as _disk_full

    def warn_now(message: Any, category: type[Warning], filename: str, lineno: int, file: Any = None,
                 line: str | None = None) -> None:
        # a warning is one line on stderr when it happens (it was held to the end of the run: a live
        # feed's came hours late; feed24 item 2e); one about a full disk is left to the error line
        if not _disk_full(Exception(str(message))):
            err.print(warning_line(message, category), markup=False, highlight=False, soft_wrap=True)

    caught = warnings.catch_warnings()  # the filters in force apply (library DeprecationWarnings stay hidden)
    caught.__enter__()
    warnings.showwarning = warn_now
    # SIGTERM (`timeout`, a service manager) ends the run as Ctrl-C does: the open batch is rolled back,
    # the committed ones stay, the resume message is printed, exit status 143 (128 + 15)
    previous_term = _on_sigterm(signal)
    try:
        with bar:
            summary = run_ingest(
                existing,
                db,
                fmt=fmt,
                only=CORE_STAGES if core else None,
                progress=on_progress,
                batch_size=batch_size,
                batch_seconds=batch_seconds,
                limit=limit,
                workers=workers,
            )
    except Exception as exc:
        caught.__exit__(None, None, None)
        _restore_sigterm(signal, previous_term)
        if is_disk_full(exc):  # rob23 HIGH 5: it said "cannot rollback - no transaction is active"
            fail(
                f"the disk holding {db} is full ({type(exc).__name__}: {exc}); {_stored_count(db)} committed "
                "and consistent (the batch being written was rolled back); free space, then rerun the same "
                "command to resume (`marsad search` catches its index up then)"
            )
        if isinstance(exc, StoreLocked) or is_locked(exc):
            # nu27: "store x.db: database is locked" said neither what was kept nor what to do
            fail(
                f"{exc if isinstance(exc, StoreLocked) else f'the store {db} is locked by another process ({exc})'}; "
                f"{_stored_count(db)} committed and consistent (the batch being written was rolled back); "
                "rerun the same command to resume"
            )
        if isinstance(exc, StoreError):
            fail(str(exc))
        if isinstance(exc, sqlite3.Error):
            fail(f"store {db}: {exc}")
        raise
    except KeyboardInterrupt as exc:
        caught.__exit__(None, None, None)
        _restore_sigterm(signal, previous_term)
        term = isinstance(exc, Terminated)
        fail(
            f"{'terminated (SIGTERM)' if term else 'interrupted'}; {_stored_count(db)} committed (a batch is "
            f"committed every {batch_size:,} records or {batch_seconds:g} s, and when a live input pauses); "
            "rerun the same command to resume",
            code=143 if term else 130,
        )
    caught.__exit__(None, None, None)
    _restore_sigterm(signal, previous_term)

    if as_json:
        typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_summary(summary, existing, db, limit)
        if fmt is not None and summary.already_present:
            # nu31: `ingest page.html --format trec` on a stored page said only "already in the store 1"
            typer.echo(
                f"--format {fmt} was not applied to the {summary.already_present:,} record"
                f"{'' if summary.already_present == 1 else 's'} already in the store (a stored record is not"
                f" read again); to read {'it' if summary.already_present == 1 else 'them'} as that format,"
                " ingest into another store"
            )
    if summary.nothing_read:
        where = ", ".join(map(str, existing))
        too_large = summary.failures.get("too-large", 0)
        unkept = summary.failed_unkept
        if summary.stored and too_large and set(summary.failures) == {"too-large"} and unkept == summary.stored:
            # its bytes are not kept: "kept raw" was wrong for a file, device or pipe over the limit
            fail(f"nothing could be read from {where}: too large ({too_large:,} record(s) over the limit of one "
                 f"record, {settings.MAX_MEMBER_BYTES:,} bytes: settings.MAX_MEMBER_BYTES); recorded as failed in "
                 f"{db} without their bytes (marsad stats --failed)"
                 + ("" if fmt == "jsonl" else "; for a pipe or device, JSON Lines with --format jsonl is read line by line"))
        if summary.stored:  # stored raw with their reasons (nu16 L1: the bare message read as "lost")
            reasons = ", ".join(f"{code} ×{n}" for code, n in sorted(summary.failures.items()))
            links = summary.links
            kept = summary.stored - unkept - links  # (nu26 M1: a member over the limit was said "kept raw")
            said = [
                f"{kept:,} kept raw in {db} with the reason (marsad show ID)" if kept else "",
                f"{unkept:,} recorded in {db} without their bytes (marsad stats --failed)" if unkept else "",
                f"{links:,} link{'s' if links != 1 else ''} or special file{'s' if links != 1 else ''} not "
                f"followed, recorded in {db} (marsad stats --failed)"
                if links
                else "",
            ]
            fail(f"nothing could be read from {where}: every record failed ({reasons}); "
                 + "; ".join(x for x in said if x))
        fail(f"nothing could be read from {where}")


def warning_line(message: Warning | str, category: type[Warning]) -> str:
    """The one line ``marsad ingest`` prints on stderr for a Python warning raised during the run,
    at the time it is raised: ``marsad: warning: <message> (<category>)``, the message's line
    breaks folded to spaces (Python's own format takes two lines, with the source line)."""
    text = " ".join(str(message).split())
    return f"marsad: warning: {text} ({category.__name__})"


class Terminated(KeyboardInterrupt):
    """Raised in the main thread by ``marsad ingest``'s SIGTERM handler: the run ends as on Ctrl-C
    (open batch rolled back, committed batches kept), with exit status 143."""


def _raise_terminated(signum: int, frame: Any) -> None:
    raise Terminated()


def _on_sigterm(signal: Any) -> Any:
    """Install :func:`_raise_terminated` for SIGTERM; the previous handler (``None`` when it cannot be
    installed: not the main thread)."""
    try:
        return signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:
        return None


def _restore_sigterm(signal: Any, previous: Any) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)


def progress_total(paths: list[Path], limit: int | None) -> int | None:
    """The progress bar's total (its ETA is shown whenever there is one): the records counted up
    front (:func:`marsad.store.ingest.estimate_total`: folders and tars of one-record files), at
    most ``limit``; ``limit`` alone when they cannot be counted cheaply (a zip, JSON)."""
    from marsad.store.ingest import estimate_total

    total = estimate_total(paths)
    if limit is not None:
        total = limit if total is None else min(total, limit)
    return total


def _print_summary(s: Any, paths: list[Path], db: Path, limit: int | None = None) -> None:
    mb = s.bytes_read / 1e6
    mbs = mb / s.elapsed_s if s.elapsed_s > 0 else 0.0
    # records per second (all records read, stored or not: a rerun that stores nothing still reads);
    # one decimal below 10 so that a slow single record is not "0 …/s" (nu24 item 9)
    rate = f"{s.rate:,.1f}" if s.rate < 10 else f"{s.rate:,.0f}"
    lines = [
        f"Ingested {s.read:,} record{'' if s.read == 1 else 's'} into {db} in {s.elapsed_s:.1f} s "
        f"({rate} records/s, {mbs:.1f} MB/s)",
    ]
    for path, n in s.inputs.items():
        note = ""
        if s.limit_reached and n == 0:
            note = "  (not reached: --limit stopped the run)"
        lines.append(f"  from {path}: {n:,} record{'' if n == 1 else 's'}{note}")
    if s.limit_reached:
        lines.append(
            f"  stopped by --limit {limit:,}: input is left; rerun with a higher --limit (or none) "
            "to read the rest (what is stored is skipped)"
        )
    lines += [
        f"  records read              {s.read:>8,}",
        # a too-large record is a failure row without its bytes: not an article stored (nu25: "1 stored
        # (1 failed)" beside "nothing could be read")
        # a failed record kept raw is no article either (nu27: "articles stored 5,977" held 19
        # unreadable records): its own line, with where to read the reasons
        f"  articles stored           {s.stored - s.failed_unkept - _links(s) - _failed_kept(s):>8,}"
        + _failed_note(s),
        f"  already in the store      {s.already_present:>8,}" + _exported_note(s),
        f"  duplicate records         {s.duplicates:>8,}  (byte copies of a stored article, not stored again)",
        # ("copy", not "same story": that is `marsad stories`' near-duplicate link; nu24 item 6)
        f"  copies in other bytes     {s.same_story:>8,}  (the same title and prose as a stored article: "
        "stored, marked duplicate_of)",
        f"  repeated blocks removed   {s.removed_blocks:>8,}",
    ]
    if _failed_kept(s):
        lines.insert(
            len(lines) - 4,
            f"  failed, kept raw          {_failed_kept(s):>8,}  (records that could not be read: stored with "
            "their bytes and reason, not as articles; which and why: marsad stats --failed)",
        )
    if s.upgraded:  # a --core store ingested again with every stage
        lines.append(
            f"  stages added to stored    {s.upgraded:>8,}  ({', '.join(s.upgraded_stages)}: "
            "articles already present that lacked them)"
        )
    if _links(s):  # cli30 item 4: they were counted "not stored, no bytes … over MAX_MEMBER_BYTES"
        lines.append(
            f"  links not followed        {_links(s):>8,}  (symbolic or hard links, devices or FIFOs in an "
            "archive: recorded as failed 'link' or 'special-file' with the reason, nothing read)"
        )
    if s.exported_carried or s.exported_not_carried:
        lines.append(_carried_line(s))
    if s.failed_unkept:
        lines.append(
            f"  not stored, no bytes      {s.failed_unkept:>8,}  (recorded as failed with their reason, "
            "without bytes: over settings.MAX_MEMBER_BYTES, or an input with no record)"
        )
    if s.changed:
        lines.append(
            f"  changed since ingested    {s.changed:>8,}  (same file or record, other bytes: stored as new "
            "articles; earlier versions kept under <source>@<hash>)"
        )
    if s.moved:
        lines.append(
            f"  found again elsewhere     {s.moved:>8,}  (an earlier version's bytes at a position of the same "
            "file or feed: records moved, or a file restored; the stored article takes that position)"
        )
    if s.rekeyed:
        lines.append(
            f"  records re-keyed          {s.rekeyed:>8,}  (recorded by an earlier Marsad under the path as given; "
            "now under the absolute, resolved path)"
        )
    if s.retried:
        lines.append(
            f"  failed records replaced   {s.retried:>8,}  (stored failed by an earlier run, read again now)"
        )
    if s.skipped_store_files:  # other stores in an input folder: one counted note, no failed records
        n = sum(k for _p, k in s.skipped_store_files)
        names = ", ".join(
            p.name + ("/" if k != 1 or p.is_dir() else "") for p, k in s.skipped_store_files[:3]
        )
        more = " …" if len(s.skipped_store_files) > 3 else ""
        lines.append(
            f"  store files skipped       {n:>8,}  (SQLite databases, their -wal/-shm/-journal and .search "
            f"index folders in the input folders: {names}{more}; not articles)"
        )
    if s.search_rebuilt:
        lines.append("  search index rebuilt (entity filters person:/org:/place: include the added entities)")
    if s.failures:
        lines.append(
            "  errors:   " + ", ".join(f"{c} ×{n:,}" for c, n in s.failures.most_common())
            + "  (which records: marsad stats --failed)"
        )
    for message in s.archive_errors:  # a cut or corrupt archive: say it, not only count it
        lines.append(f"  ! {message}")
    if s.warnings:
        lines.append("  warnings: " + ", ".join(f"{c} ×{n:,}" for c, n in s.warnings.most_common()))
    typer.echo("\n".join(lines))


def _exported_note(s: Any) -> str:
    """``  (N of them records of a marsad export of stored articles)`` for the already-present line
    ('' when none; rob23 HIGH 1: an export ingested into its own store was stored again)."""
    n = getattr(s, "exported_present", 0)
    return f"  ({n:,} of them records of a marsad export of stored articles, not stored again)" if n else ""


def _failed_kept(s: Any) -> int:
    """Failed records of the summary ``s`` stored with their bytes (not read in part, not without
    bytes, no link): counted on their own line, not as articles stored."""
    return s.failed - getattr(s, "partial", 0) - s.failed_unkept - _links(s)


def _links(s: Any) -> int:
    """Failed records of the summary ``s`` that are an archive's links, devices or FIFOs
    (:attr:`marsad.store.ingest.Summary.links`): their own line, not "not stored, no bytes"."""
    return getattr(s, "links", 0)


def _carried_line(s: Any) -> str:
    """The summary line of an ingest of ``marsad export`` records: the exported articles' problems
    carried into the articles stored (by code), and those not carried because the stages ran again
    (:func:`marsad.store.ingest.carry_exported_problems`; task cli30, item 2)."""
    def by_code(c: Any) -> str:
        return ", ".join(f"{code} ×{n:,}" for code, n in sorted(c.items()))

    carried = sum(s.exported_carried.values())
    what = f"{by_code(s.exported_carried)}: recorded when the exported articles were first read" if carried else ""
    dropped = (
        f"{'; ' if carried else ''}not carried: {by_code(s.exported_not_carried)}, the stages ran again"
        if s.exported_not_carried
        else ""
    )
    return f"  problems carried from export {carried:>5,}  ({what}{dropped})"


def _failed_note(s: Any) -> str:
    """``  (M read in part: …)`` for the stored-articles line ('' when none). An article read in
    part (a stage timed out or failed) is stored with its text and searchable: it is an article, not
    "failed, kept raw" (eighth new-user report, finding 20); the failed records have their own line."""
    partial = getattr(s, "partial", 0)
    parts = []
    if partial:
        parts.append(
            f"{partial:,} read in part: a stage ran out of time or failed, text and earlier stages stored "
            "and searchable"
        )
    return f"  ({'; '.join(parts)})" if parts else ""


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id (see marsad search).")],
    db: DbOption = Path("marsad.db"),
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the article as JSON (export shape).")
    ] = False,
) -> None:
    """Show one stored article's structure: time, title, layout, repeats removed, entities, quotes."""
    from marsad.store.db import StoreError

    n = _article_id(article_id)
    store = _open(db)
    try:
        try:
            article = store.load_article(n)
        except StoreError as exc:
            fail(str(exc))
        sources = store.article_sources(n)
        same_story = _duplicate_of(store, n)
        story = _story_group(store, n)
    finally:
        store.close()
    if as_json:
        d = {"id": n, "duplicate_of": same_story, "same_story": story, **article.to_dict()}
        typer.echo(json.dumps(d, ensure_ascii=False, indent=2))
        return
    _render_article(n, article, sources, same_story)
    if story:
        typer.echo(f"  same story (marsad stories --show {n}): articles {', '.join(map(str, story))}")


def _story_group(store: Any, article_id: int) -> list[int]:
    """The other articles of ``article_id``'s same-story group (``marsad stories``: MinHash
    near-duplicates, docs/stories.md), in id order; ``[]`` when it is in none or the store was
    never processed (``show --json`` then gives ``"same_story": []``)."""
    from marsad.stories import story_group

    try:
        return [m.article_id for m in story_group(store.conn, article_id) if m.article_id != article_id]
    except (LookupError, sqlite3.Error):
        return []


def _duplicate_of(store: Any, article_id: int) -> int | None:
    """The id of the earlier stored article with the same title and kept prose (the store's
    ``articles.duplicate_of``, set by the exact body-hash check at ingest), or ``None``."""
    row = store.conn.execute("SELECT duplicate_of FROM articles WHERE id = ?", (article_id,)).fetchone()
    return None if row is None else row[0]


def _render_article(
    article_id: int, a: Any, sources: list[tuple[str, int, bool]], same_story: int | None = None
) -> None:
    """Print the human view of ``show``: one section per non-empty part of the article."""
    from rich.markup import escape
    from rich.table import Table

    con = console(highlight=False, soft_wrap=True)
    disp = a.display

    def section(title: str) -> None:
        con.print(f"\n[bold cyan]{title}[/]")

    def short(s: str, n: int = 90) -> str:
        s = " ".join(s.split())
        return s if len(s) <= n else s[: n - 1] + "…"

    con.print(
        f"[bold]Article {article_id}[/]  {escape(a.source)}  [dim]({a.fmt}, {a.encoding or '?'}, "
        f"sha256 {a.content_hash[:12]}…)[/]"
    )
    if a.outlet:  # the publisher as the input names it (JSON source, TREC SRC, HTML og:site_name): nu33
        con.print(f"  outlet: {escape(a.outlet)}")
    if not a.ok:  # nu29 item 14: a failed record read like an article ("Article 13") and nothing more
        errors = [p for p in a.problems if p.level == "error"]
        why = f"{errors[0].code}: {short(errors[0].message, 120)}" if errors else "see Problems"
        con.print(f"  [bold red]failed record[/] — {escape(why)}; " + (
            "its raw bytes are kept in the store" if a.raw is not None else "kept with its reason"))
    for src, ordinal, dup in sources:
        if dup:
            con.print(
                f"  [dim]also at {escape(src)}" + (f" #{ordinal}" if ordinal else "") + " (byte copy)[/]"
            )
    if same_story is not None:
        con.print(f"  [yellow]copy of article {same_story}[/] [dim](the same title and prose as an earlier article, "
                  "in other bytes)[/]")
    if a.published is not None:
        v = a.published.value
        from marsad.time.crawl import CRAWL_TIME_CODE

        crawl = any(p.code == CRAWL_TIME_CODE for p in a.problems)
        section("Published (crawl time: when the page was fetched, not published)" if crawl else "Published")
        con.print(f"  local {v.local or '?'}   UTC {v.utc or '(zone unknown)'}   zone {v.tz or '?'}")
        if v.precision in ("day", "month", "year") and v.utc:
            # nu31 item 9: a date with no time of day read as an exact midnight instant
            con.print(f"  [dim]a {v.precision} with no time of day: the UTC instant is when that local {v.precision} begins[/]")
        for w in v.warnings:
            con.print(f"  [yellow]{escape(w)}[/]")
        con.print(
            f"  [dim]from {a.published.source or '?'}: {escape(a.published.raw)!s}"
            + ("; naive local time" if v.naive else "")
            + "[/]"
        )
    modified = a.meta.get("date_modified_iso") or a.meta.get("date_modified")
    if isinstance(modified, str) and modified:  # an "آخر تحديث:" line or a dateModified field
        con.print(f"  last updated {escape(modified)}")
    if a.title is not None:
        section("Title")
        con.print("  " + escape(a.title_text))
    if a.hashtags:
        con.print("  hashtags: " + "، ".join(escape(h.tag) for h in a.hashtags))
    if a.dateline is not None:
        section("Dateline")
        con.print("  " + escape(disp(a.dateline)))
    # other byline blocks (an agency credit "(رويترز)" after the writer's name): stored, shown too
    # (new-user report nu23 item 9: the agency was in the JSON but not in `show`)
    other_bylines = [
        b for b in a.blocks
        if b.kind == "byline" and (a.byline is None or not (b.start <= a.byline.start < b.end))
    ]
    if a.byline is not None or other_bylines:
        section("Byline")
        if a.byline is not None:
            con.print("  " + escape(disp(a.byline)))
        for b in other_bylines:
            con.print("  " + escape(disp(b)))
    if a.lead is not None:
        section("Lead")
        con.print("  " + escape(disp(a.lead)))
    rest = [b for b in a.blocks if b.kind in ("body", "subheading")]
    if rest:
        # The heading counts what is listed under it: the lead is shown above (under Lead), so it
        # is named, not counted; ``Article.body`` (lead included) is the total the gold counts.
        n_listed = sum(1 for b in rest if b.kind == "body")
        after = " after the lead" if a.lead is not None else ""
        total = f"; {len(a.body)} with the lead" if a.lead is not None else ""
        section(f"Body ({_n(n_listed, 'paragraph')}{after}, {_n(len(a.subheadings), 'sub-heading')}{total})")
        for b in rest:
            if b.kind == "subheading":
                con.print(f"  [bold]## {escape(disp(b))}[/]")
            else:
                con.print(f"  {escape(disp(b))}")
    trailers = [b for b in a.blocks if b.kind == "trailer"]
    if trailers:
        con.print("  [dim]trailer: " + " | ".join(escape(disp(b)) for b in trailers) + "[/]")
    teasers = [b for b in a.blocks if b.kind == "related"]
    if teasers:
        section(f"Teasers of other stories ({len(teasers)}; not this article's prose)")
        for b in teasers:
            con.print(f"  [dim]{escape(short(disp(b), 160))}[/]")
    if a.removed:
        section(f"Repeated blocks removed ({len(a.removed)})")
        for r in a.removed:
            what = (
                f"{r.kind} ({r.what})"  # page or site furniture: it repeats nothing of this article
                if r.kind == "boilerplate"
                else f"{r.kind} repeat of the {r.what} (similarity {r.similarity:.2f})"
            )
            con.print(f"  {what} at [{r.start}, {r.end}): [dim]{escape(short(a.span_text(r)))}[/]")
    if a.fixes:
        section(f"Fixes ({len(a.fixes)})")
        for f in a.fixes:
            con.print(f"  {escape(f.before)} → {escape(f.after)}  [dim]{f.rule} at {f.start}[/]")
    if a.timexes:
        section(f"Time expressions ({len(a.timexes)})")
        for t in a.timexes:
            con.print(
                f"  {escape(t.text)} → {_readable_timex(t.value)}  [dim]{t.type}"
                + (f"; {escape(t.warning)}" if t.warning else "")
                + "[/]"
            )
    if a.entities:
        section(f"Entities ({len(a.entities)})")
        table = Table(show_header=True, box=None, padding=(0, 2))
        for col in ("name", "type", "mentions", "roles", "aliases"):
            table.add_column(col)
        for e in a.entities:
            table.add_row(
                escape(e.name),
                e.type,
                str(len(e.mentions)),
                escape(", ".join(e.roles)),
                escape("، ".join(x for x in e.aliases if x != e.name)),
            )
        con.print(table)
    if a.quotes:
        section(f"Quotes ({len(a.quotes)})")
        for q in a.quotes:
            who = escape(q.speaker) if q.speaker else "?"
            cue = f" ({escape(q.cue_text)})" if q.cue_text else ""
            where = " [dim](in a teaser of another story)[/]" if any(
                b.kind == "related" and b.start <= q.start < b.end for b in teasers
            ) else ""
            con.print(f"  [bold]{who}[/]{cue} [dim]{q.kind}[/]: «{escape(short(disp(q), 160))}»{where}")
    if a.problems:
        section(f"Problems ({len(a.problems)})")
        for p in a.problems:
            color = "red" if p.level == "error" else "yellow"
            con.print(f"  [{color}]{p.level}[/] {p.code}: {escape(p.message)}")


@app.command()
def export(
    db: DbOption = Path("marsad.db"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format (jsonl).")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Write every stored article as JSON Lines: one Article.to_dict() object, plus its id, per line.

    ``--out``: ``-`` or nothing is standard output; a device or a named pipe is written directly; a
    regular file (through a symbolic link: its target) is written beside and renamed over it at the
    end, with its permissions, so a failed export leaves it as it was (a file with several hard links
    is written in place, keeping them). Never over a SQLite database, a ``-wal``/``-shm``/``-journal``
    file of one, or a search index folder's file."""
    if fmt.strip().lower() != "jsonl":  # a bad option value: a usage error, as everywhere (cli29)
        fail(f"unknown --format {fmt!r}: export writes JSON Lines only (--format jsonl)", code=2)
    if out is not None and str(out) == "-":
        out = None
    target = None if out is None else _export_target(out, db)
    store = _open(db)
    tmp: Path | None = None
    try:
        if target is None:
            fh = sys.stdout
        elif target[1]:  # written beside, renamed over --out at the end
            tmp = target[0].with_name(f".{target[0].name}.marsad-export-{os.getpid()}.tmp")
            fh = tmp.open("w", encoding="utf-8")
            if target[2] is not None:
                os.chmod(tmp, target[2])
        else:  # a device, a pipe, a hard-linked file: written through
            fh = target[0].open("w", encoding="utf-8")
    except OSError as exc:  # nothing written yet: --out cannot be written (no such folder, no permission)
        store.close()
        fail(f"cannot write {out}: {exc.strerror or exc}", code=2)
    from marsad.quotes.store import RegistryKeys
    from marsad.store.ingest import PARTIAL_READ_CODES

    n = n_failed = 0
    try:
        keys = RegistryKeys(store.conn)
        for aid in store.ids():
            article = store.load_article(aid)
            d = {
                "id": aid,
                "duplicate_of": _duplicate_of(store, aid),
                "same_story": _story_group(store, aid),
                **article.to_dict(),
            }
            _quote_keys(d, keys)
            fh.write(json.dumps(d, ensure_ascii=False))
            fh.write("\n")
            n += 1
            # a record that could not be read (as `marsad stats` counts "failed"; read in part is an article)
            if not article.ok and not (
                article.text
                and {p.code for p in article.problems if p.level == "error"} <= PARTIAL_READ_CODES
            ):
                n_failed += 1
        if target is not None:
            fh.close()
        if tmp is not None:
            os.replace(tmp, target[0])  # type: ignore[index]
            tmp = None
    except BrokenPipeError:
        pass
    except sqlite3.Error as exc:
        fail(f"cannot read {db}: {exc}")
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror or exc}")
    finally:
        store.close()
        if target is not None and not fh.closed:
            fh.close()
        if tmp is not None:  # failed or interrupted: --out is untouched, the partial file removed
            tmp.unlink(missing_ok=True)
    if out is not None:
        # nu28 item 3: "exported 24 articles" when 13 of the 24 rows were failed records
        failed = (
            f" and {n_failed:,} failed records (could not be read: marsad stats --failed)" if n_failed else ""
        )
        typer.echo(f"exported {n - n_failed:,} articles{failed} to {out}", err=True)


def _quote_keys(d: dict, keys) -> None:
    """Give each quote of an exported article dict its speaker's registry ``key``
    (:class:`marsad.quotes.store.RegistryKeys`: one key per person across spellings, as ``marsad quotes
    --json``; ``None`` when unlinked). In place."""
    ents = d.get("entities") or []
    for q in d.get("quotes") or []:
        i = q.get("entity")
        e = ents[i] if isinstance(i, int) and 0 <= i < len(ents) and isinstance(ents[i], dict) else {}
        names = [e.get("name"), *(a for f in ("aliases", "roles") for a in e.get(f) or [] if isinstance(a, str))]
        q["key"] = keys.of(e.get("key"), q.get("speaker"), names)


#: The first 16 bytes of every SQLite 3 database file (https://www.sqlite.org/fileformat.html §1.3.1).
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: Side files SQLite keeps beside a database (``x.db-wal`` …).
_SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def _is_sqlite(path: Path) -> bool:
    """True when ``path`` is a regular file that starts with the SQLite header."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as fh:
            return fh.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def _export_target(out: Path, db: Path) -> tuple[Path, bool, int | None]:
    """Where ``export --out`` writes: ``(path, replace, mode)`` — the path (a symbolic link's target),
    whether to write beside and rename over it, and the permission bits to give the new file (the
    old file's). Exits with a one-line error when the path is the store being read (its file, side
    files or ``.search/`` index), any SQLite database or side file of one, or a file of a search
    index folder: ``marsad export -o marsad.db`` emptied the store (fifth new-user report, finding 1),
    and ``--out other.db-wal`` lost another store's committed tables (sixth new-user report, 2)."""
    store = db.resolve()
    target = out.resolve()
    companions = {store, *(store.with_name(store.name + s) for s in _SQLITE_SIDE_SUFFIXES)}
    index = store.with_name(store.name + ".search")
    if target in companions or target == index or index in target.parents:
        fail(f"--out {out} is the store being exported ({db}); choose another file", code=2)
    if _is_sqlite(target):
        fail(f"--out {out} is an SQLite database; export writes JSON Lines, so it will not overwrite it", code=2)
    for suffix in _SQLITE_SIDE_SUFFIXES:
        if target.name.endswith(suffix) and _is_sqlite(target.with_name(target.name[: -len(suffix)])):
            fail(f"--out {out} is a side file of the SQLite database beside it; choose another file", code=2)
    if any(p.name.endswith(".search") or (p / ".managed.json").exists() for p in target.parents):
        fail(f"--out {out} is inside a search index folder; choose another file", code=2)
    try:
        st = target.stat()
    except FileNotFoundError:
        return target, True, None
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror or exc}", code=2)
    import stat as _stat

    if _stat.S_ISDIR(st.st_mode):
        fail(f"cannot write {out}: it is a folder", code=2)
    if not _stat.S_ISREG(st.st_mode) or st.st_nlink > 1:
        return target, False, None
    return target, True, _stat.S_IMODE(st.st_mode)


@app.command()
def verify(
    db: DbOption = Path("marsad.db"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Check a store: SQLite integrity, raw hashes, offsets, sources, search index; exit 1 if broken
    (a search index only behind the store after a killed ingest is a note: the next search catches up)."""
    from marsad.store.verify import verify as run_verify

    store = _open(db)
    try:
        report = run_verify(store)
    except sqlite3.Error as exc:
        fail(f"cannot verify {db}: {exc}")
    finally:
        store.close()
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        for c in report.checks:
            mark = "ok    " if c.ok else "BROKEN"
            typer.echo(f"{mark} {c.name}: {c.checked:,} checked, {c.broken:,} broken")
            for e in c.examples:
                typer.echo(f"         {e}")
            for note in c.notes:
                typer.echo(f"  note   {note}")
        typer.echo(f"{db}: " + ("all checks passed" if report.ok else "problems found"))
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def stats(
    db: DbOption = Path("marsad.db"),
    failed: Annotated[
        bool,
        typer.Option("--failed", help="List the records that could not be read instead: id, source, reason (one per line)."),
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print JSON (the counts are JSON anyway); with --failed, one object per record: "
            "id, source, format, problems.",
        ),
    ] = False,
) -> None:
    """Counts of a store: articles, failed, duplicate records, removed blocks, problems by code;
    ``--failed`` lists the failed records themselves (id, source, first problem), oldest first.

    The counts are printed as JSON with or without ``--json``; with ``--failed``, ``--json`` prints
    one JSON object per failed record, every problem included, instead of tab-separated lines."""
    # JSON stays the default (scripts, the tests and the docs read its field names); --json is
    # accepted as every other command that prints JSON takes it (new-user report nu26: "No such
    # option: --json")
    store = _open(db)
    try:
        if failed:
            records = store.failed_records()
        else:
            s = store.stats()
    finally:
        store.close()
    if failed and as_json:
        for r in records:
            problems = [{"level": lv, "code": code, "message": msg} for lv, code, msg in r["problems"]]
            typer.echo(json.dumps({**r, "problems": problems}, ensure_ascii=False))
        return
    if failed:
        for r in records:
            first = r["problems"][0] if r["problems"] else ("error", "unknown", "no problem recorded")
            typer.echo(f"{r['id']}\t{_one_line(r['source'])}\t{_one_line(f'{first[1]}: {first[2]}')}")
        return
    typer.echo(json.dumps(s, ensure_ascii=False, indent=2))


#: Characters that would break a one-record-per-line listing, and their escapes.
_LINE_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _one_line(value: str) -> str:
    """``value`` with the characters that end a line or a tab-separated field escaped, so that
    ``marsad stats --failed`` keeps one record per line and three fields (hostile-tester report
    rob23, item 17: a zip member named «new\\nline.txt» broke it): ``\\n``, ``\\r``, ``\\t``,
    other control characters and U+0085/U+2028/U+2029 as ``\\xNN`` / ``\\uNNNN``. A backslash is
    left as it is, as in the ``\\xNN`` escapes the store already gives a name that is not UTF-8
    (``source-name``)."""
    if value.isprintable():
        return value
    out = []
    for ch in value:
        if ch in _LINE_ESCAPES:
            out.append(_LINE_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or ch in "\x85\u2028\u2029":
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


#: TIMEX3 part-of-day and season codes (ISO-TimeML, Pustejovsky et al. 2010; TIDES 2005 §4.1) as words.
_TIMEX_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
                "DT": "daytime", "SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def _readable_timex(value: str | None) -> str:
    """A TIMEX3 value for people: ``2018-03-08TEV`` → ``2018-03-08 evening (2018-03-08TEV)``,
    ``2018-SU`` → ``2018 summer (2018-SU)``; other values as they are, ``?`` for none (second-user
    finding: ``TEV`` read as jargon)."""
    if not value:
        return "?"
    head, sep, code = value.rpartition("T") if value[-3:-2] == "T" else value.rpartition("-")
    word = _TIMEX_PARTS.get(code) if sep else None
    return f"{head} {word} ({value})" if word and head else value


def _n(count: int, noun: str) -> str:
    """``1 paragraph``, ``2 paragraphs``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
