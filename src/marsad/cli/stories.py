"""Command ``marsad stories`` (thin: the work is in :mod:`marsad.stories`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from marsad.cli.app import app, check_db, check_writable_store, fail, listing_title, open_readonly

T = TypeVar("T")


@app.command("stories")
def stories_cmd(
    ctx: typer.Context,
    db: Annotated[Path, typer.Option("--db", help="The store: one SQLite file.")] = Path("marsad.db"),
    show: Annotated[
        str | None,
        typer.Option(
            "--show",
            metavar="ID",
            help="List the same-story group of article ID, any of its articles (read only; run without it first).",
        ),
    ] = None,
    list_: Annotated[
        bool,
        typer.Option(
            "--list",
            help="List the same-story groups, those told by the most sites first, each under the ID of the "
            "article whose title it shows (read only).",
        ),
    ] = False,
    min_sites: Annotated[
        int, typer.Option("--min-sites", min=1, help="With --list: only groups told by at least N sites.")
    ] = 1,
    limit: Annotated[int, typer.Option("--limit", min=1, help="With --list: most groups listed.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Link the articles that tell the same story (near-duplicates: MinHash + LSH over word
    shingles of the kept prose, each pair verified by its exact Jaccard index). Only articles not
    processed before are read; a killed run resumes. Exact copies stay marked by ingest
    (duplicate_of); this command never changes them.

    --list and --show exclude each other; --min-sites and --limit go with --list only."""
    _check_options(ctx, list_, show)
    if list_:
        _list(db, min_sites, limit, as_json)
        return
    if show is not None:
        from marsad.cli.ingest import _article_id

        _show(db, _article_id(show), as_json)  # (a bad ID: one line, as `marsad show abc` gives)
        return
    from marsad.store.db import StoreError
    from marsad.store.schema import SCHEMA_VERSION
    from marsad.stories import open_store, update_stories

    check_db(db)
    if db.exists():  # (a missing store is "no store at", exit 1, as for the read commands)
        check_writable_store(db)
    try:
        conn = open_store(db)
    except StoreError as exc:
        fail(str(exc))
    # a store stamped by a newer Marsad is refused as ingest refuses it (rob23, item 16)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        conn.close()
        fail(f"{db} was written by a newer Marsad (store schema {version}, this one reads {SCHEMA_VERSION})")
    try:
        s = update_stories(conn)
    except sqlite3.Error as exc:
        fail(f"cannot update same-story links in {db}: {exc}")
    finally:
        conn.close()
    if as_json:
        out = {k: getattr(s, k) for k in s.__slots__ if k != "stage_seconds"}
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    if s.restarted:
        typer.echo("parameters changed since the last run: same-story links rebuilt from scratch")
    per = f" ({s.seconds / s.processed * 1000:.2f} ms CPU per article)" if s.processed else ""
    typer.echo(
        f"processed {s.processed - s.failed:,} new articles"
        + (f" (and {s.failed:,} failed {'record' if s.failed == 1 else 'records'}, not linked)" if s.failed else "")
        + f" in {s.seconds:.1f} s CPU{per}; "
        f"{s.indexed:,} shingled, {s.candidates:,} candidate pairs verified, {s.linked:,} linked"
    )
    largest = f", largest {s.largest} articles (marsad stories --show {s.largest_id})" if s.largest else ""
    typer.echo(
        f"store: {s.pairs:,} same-story pairs; {s.groups:,} groups of {s.grouped:,} articles "
        f"(with exact copies){largest}"
    )


def _check_options(ctx: typer.Context, list_: bool, show: str | None) -> None:
    """Refuse options that contradict each other with a one-line usage error (exit status 2), as
    ``train ner --out … --replace-shipped`` is refused: ``--list --show N`` listed the groups and
    dropped ``--show`` without a word, and ``--limit``/``--min-sites`` without ``--list`` were
    ignored (task cli28, item 2)."""
    if list_ and show is not None:
        fail("--list and --show exclude each other (list the groups, or one article's group)", code=2)
    if not list_:
        given = [f"--{name.replace('_', '-')}" for name in ("min_sites", "limit") if _given(ctx, name)]
        if given:
            fail(f"{' and '.join(given)} go{'es' if len(given) == 1 else ''} with --list only", code=2)


def _given(ctx: typer.Context, name: str) -> bool:
    """True when the option ``name`` was typed on the command line (not its default)."""
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "COMMANDLINE"


def _read(db: Path, read: Callable[[sqlite3.Connection], T]) -> T:
    """``read(conn)`` on the store opened read-only; a missing table or a store not processed yet
    (``LookupError``) is a one-line error."""
    conn = open_readonly(db)
    try:
        return read(conn)
    except (LookupError, sqlite3.Error) as exc:
        fail(str(exc))
        raise  # (fail exits)
    finally:
        conn.close()


def _openings(db: Path, ids: list[int]) -> dict[int, str]:
    """The first words of the articles ``ids`` (:func:`marsad.search.index.openings`), for those
    listed without a title; ``{}`` for none."""
    if not ids:
        return {}
    from marsad.search.index import openings

    return _read(db, lambda conn: openings(conn, ids))


def _echo_json(rows: list[Any]) -> None:
    """One JSON list of the dataclass ``rows`` (their slots)."""
    typer.echo(json.dumps([{k: getattr(r, k) for k in r.__slots__} for r in rows], ensure_ascii=False))


def _unlinked(db: Path) -> int:
    """The articles of ``db`` that ``marsad stories`` has not processed yet (not in any listed group)."""
    from marsad.stories import unlinked_count

    return _read(db, unlinked_count)


def _list(db: Path, min_sites: int, limit: int, as_json: bool) -> None:
    """``stories --list``: the groups, most sites first (nu26 G2: "which stories do several sites
    carry" had no listing)."""
    from marsad.stories import list_groups

    def groups_or_none(conn: sqlite3.Connection) -> list[Any] | None:
        try:
            return list_groups(conn, min_sites=min_sites, limit=None)
        except LookupError:  # never grouped: not an error (nu29 item 14: it exited 1)
            return None

    every = _read(db, groups_or_none)
    if every is None:
        stored = _read(db, lambda conn: conn.execute("SELECT count(*) FROM articles WHERE failed = 0").fetchone()[0])
        what = f"its {stored:,} articles is" if stored != 1 else "its one article is"
        note = (f"no same-story groups yet: `marsad stories` never ran on this store, so none of {what} linked;"
                f" run `marsad stories --db {db}` to link them")
        if as_json:
            _echo_json([])
        typer.echo(note, err=as_json)
        return
    groups = every[:limit]
    # nu28 item 2: after a new ingest the old groups were listed silently
    unlinked = _unlinked(db)
    stale = (
        f"{unlinked:,} {'article' if unlinked == 1 else 'articles'} ingested since the last `marsad stories` "
        f"{'is' if unlinked == 1 else 'are'} not in these groups: "
        f"run `marsad stories --db {db}` to link them"
        if unlinked
        else ""
    )
    if as_json:
        _echo_json(groups)
        if stale:
            typer.echo(stale, err=True)
        return
    if stale:
        typer.echo(stale)
    if not groups:
        typer.echo(f"no same-story group told by {min_sites} or more sites" if min_sites > 1 else "no same-story group")
        return
    # each row under the ID of the article whose title it shows (cli30 item 1: it was the group's
    # smallest ID beside another article's title, and `show ID` gave another headline)
    shown = {g.group_id: g.article_id or g.group_id for g in groups}
    untitled = _openings(db, [shown[g.group_id] for g in groups if not (g.title or "").strip()])
    for g in groups:
        when = (g.first or "-")[:10] + ("" if (g.last or "")[:10] == (g.first or "")[:10] else f"..{(g.last or '-')[:10]}")
        typer.echo(f"[{shown[g.group_id]}] {g.size} articles, {len(g.sites)} sites ({', '.join(g.sites) or 'no URL'}), "
                   f"{when}: {listing_title(g.title, untitled.get(shown[g.group_id], ''))}")
    if len(every) > len(groups):  # nu27: the cut was silent (20 of 144 groups shown)
        typer.echo(f"{len(every) - len(groups):,} more groups not shown: raise --limit (now {limit:,})")
    typer.echo("(the ID is the article whose title is shown; marsad stories --show ID lists its group's "
               "articles, and takes any of their IDs)")


def _show(db: Path, article_id: int, as_json: bool) -> None:
    from marsad.cli.ingest import MAX_ARTICLE_ID
    from marsad.stories import story_group

    if article_id > MAX_ARTICLE_ID:  # rob23 LOW 15: SQLite's OverflowError came out as a traceback
        fail(f"no article {article_id}: article IDs are at most {MAX_ARTICLE_ID:,} (SQLite's largest integer)")
    members = _read(db, lambda conn: story_group(conn, article_id))
    if as_json:
        _echo_json(members)
        return
    if len(members) == 1:
        typer.echo(f"article {article_id} has no same-story article")
        return
    typer.echo(f"same story as article {article_id}: {len(members)} articles")
    untitled = _openings(db, [m.article_id for m in members if not (m.title or "").strip()])
    for m in members:
        if m.article_id == article_id:
            how = "this article"
        elif m.copy_of is not None:
            how = f"exact copy of {m.copy_of}"
        elif m.jaccard is not None:
            how = f"Jaccard {m.jaccard:.2f}"
        else:
            how = "via the group"
        title = listing_title(m.title, untitled.get(m.article_id, ""))
        crawl = " (crawl time)" if m.published_is_crawl_time else ""
        typer.echo(f"[{m.article_id}] {m.published or '-'}{crawl} {m.site or '-'} ({how}) {title}")
