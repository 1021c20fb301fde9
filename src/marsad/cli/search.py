"""Commands ``marsad search`` and ``marsad reindex`` (thin: the work is in :mod:`marsad.search.index`)."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.core

from marsad import settings
from marsad.cli.app import NO_TITLE, app, console, fail, open_readonly

#: A catch-up of more articles than this shows a progress bar before the search runs (a store of
#: the FTS5 era, or one whose index directory was deleted, is indexed on its first search).
_BAR_FROM_ARTICLES = 2_000

DbOption = Annotated[Path, typer.Option("--db", help="The store: one SQLite file.")]


def _check_limit(value: int) -> int:
    """``--limit``: 1 to :data:`marsad.settings.SEARCH_MAX_LIMIT`, else a usage error that names
    both bounds (nu26: the most, 1,000, was only in ``--help``; ``--limit 0`` said "greater than or
    equal to 1")."""
    if not 1 <= value <= settings.SEARCH_MAX_LIMIT:
        raise typer.BadParameter(
            f"must be from 1 to {settings.SEARCH_MAX_LIMIT:,} (the most hits one search lists), not {value}"
        )
    return value


def _caption(result: Any, limit: int) -> str:
    """The table footer: hits shown of all matching articles, and why the others are not shown —
    copies folded into their story's hit, or more hits beyond ``--limit`` (ninth new-user report,
    item 11: "3 of 4 … (copies of one story shown as one hit)" when ``--limit 3`` had cut the 4th)."""
    shown = len(result.hits)
    folded = sum(len(h.get("duplicates") or ()) for h in result.hits)
    text = f"{shown} of {result.total:,} matching articles"
    why = []
    if folded:
        why.append(f"{folded:,} cop{'y' if folded == 1 else 'ies'} folded into their story's hit")
    rest = result.total - shown - folded
    if rest > 0 and shown >= limit >= settings.SEARCH_MAX_LIMIT:
        why.append(f"{rest:,} more not shown: {limit:,} is the most --limit lists; narrow the query")
    elif rest > 0 and shown >= limit:
        why.append(f"{rest:,} more not shown: raise --limit (now {limit})")
    elif rest > 0:
        why.append(f"{rest:,} copies of the stories shown")
    return text + (f" ({'; '.join(why)})" if why else "")


def _connect(db: Path) -> sqlite3.Connection:
    conn = open_readonly(db)
    try:
        found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_doc'").fetchone()
    except sqlite3.Error as exc:
        fail(f"cannot open {db}: {exc}")
    if not found:
        fail(f"{db} has no search tables (was it made by `marsad ingest`?)")
    return conn


def _with_bar(label: str, quiet: bool, run: Callable[[Callable[[int, int], None]], Any]) -> Any:
    """Run ``run(progress)`` under a rich progress bar on stderr (none when quiet or not a tty)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    err = console(stderr=True)
    bar = Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=quiet or not err.is_terminal,
    )
    task = bar.add_task(label, total=None)

    def progress(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total or None)

    with bar:
        return run(progress)


class _QueryFirstCommand(typer.core.TyperCommand):
    """The ``search`` command: an argument that starts with ``-`` and is not one of its options is query.

    Click reads ``-source:cnn`` as the short options ``-s -o … -n`` (``-n`` takes ``cnn``'s tail as
    ``--limit``); a query may start with the NOT form ``-word``/``-source:X`` the help lists. Such an
    argument gets a leading space, which the query parser ignores and Click does not read as an option.
    Kept as options: ``--…``, a bare ``-``, and a known short option alone or with digits (``-n``,
    ``-n5``, ``-h``).
    """

    def parse_args(self, ctx, args):  # noqa: D102 - Click's hook
        shorts = {name for param in self.params for name in getattr(param, "opts", ()) if len(name) == 2}
        shorts.update(name for name in ctx.help_option_names if len(name) == 2)

        def is_option(arg: str) -> bool:
            if not arg.startswith("-") or arg.startswith("--") or arg == "-":
                return True
            return arg[:2] in shorts and (len(arg) == 2 or arg[2:].isdigit())

        return super().parse_args(ctx, [a if is_option(a) else " " + a for a in args])


@app.command(cls=_QueryFirstCommand)
def search(
    query: Annotated[
        str,
        typer.Argument(
            help='Words, "phrases" (words in order, proclitics allowed), prefix*, AND/OR/NOT, -word, '
            "source:, hashtag:, from:/to: (ISO dates), person:/org:/place: (combined like words: "
            "-source:bbc, source:bbc OR source:cnn)."
        ),
    ],
    db: DbOption = Path("marsad.db"),
    limit: Annotated[
        int,
        typer.Option(
            "--limit",
            "-n",
            callback=_check_limit,
            help=f"Most hits shown: 1 to {settings.SEARCH_MAX_LIMIT:,} (more: the Python API, docs/search.md).",
        ),
    ] = 10,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the result as JSON (docs/search.md).")
    ] = False,
) -> None:
    """Search the store: Arabic spelling variants, clitics and suffixes match; BM25 ranking."""
    query = query.strip()  # _QueryFirstCommand's leading space, and any the user typed
    if not query:  # as `quotes --speaker ""` (nu30: a blank query printed an empty table, exit 0)
        fail('the query is blank: give words, "phrases" or filters such as source:bbc', code=2)
    from marsad.search.index import SearchIndexError, run_query, status, sync

    conn = _connect(db)
    try:
        behind = status(conn)["behind"]
        if behind > _BAR_FROM_ARTICLES:
            typer.echo(f"marsad: indexing {behind:,} articles for search (once)", err=True)
            _with_bar("index", as_json, lambda progress: sync(conn, wait=True, progress=progress))
        t0 = time.perf_counter()
        result = run_query(conn, query, limit=limit)
        elapsed_ms = (time.perf_counter() - t0) * 1000
    except (sqlite3.Error, SearchIndexError) as exc:
        fail(f"cannot search {db}: {exc}")
    if as_json:
        out = result.to_dict()
        out["elapsed_ms"] = round(elapsed_ms, 2)
        typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    from rich.table import Table
    from rich.text import Text

    out = console()
    for note in result.notes:
        out.print(f"[yellow]note:[/yellow] {note}")
    order = "newest first" if result.sort == "published" else "best first"
    table = Table(
        title=f"{len(result.hits)} hit{'' if len(result.hits) == 1 else 's'} for {query!r} ({order}, {elapsed_ms:.1f} ms)",
        caption=_caption(result, limit),
        show_lines=True,
    )
    for name in ("id", "score", "published", "source", "title / snippet"):
        table.add_column(name, overflow="fold")
    for hit in result.hits:
        # an article without a title: said so (its opening is the snippet below; cli29 item 8)
        title = (
            Text(hit["title"], style="bold") if (hit["title"] or "").strip() else Text(NO_TITLE, style="dim")
        )
        for h in hit["title_highlights"]:
            title.stylize("reverse", h["start"], h["end"])
        snippet = Text(hit["snippet"])
        for h in hit["highlights"]:
            snippet.stylize("bold yellow", h["start"], h["end"])
        extra = f"  (+{len(hit['duplicates'])} duplicates)" if hit["duplicates"] else ""
        table.add_row(
            str(hit["article_id"]),
            f"{hit['score']:.2f}" if hit["score"] is not None else "-",
            (hit["published"] or "")[:16] + ("\n(crawl time)" if hit.get("published_is_crawl_time") else ""),
            hit["source"] or "",
            Text.assemble(title, extra, "\n", snippet),
        )
    out.print(table)


@app.command()
def reindex(
    db: DbOption = Path("marsad.db"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Rebuild the search index (the directory <db>.search/) from the store."""
    from marsad.search.index import SearchIndexError, rebuild

    conn = _connect(db)
    t0 = time.perf_counter()
    try:
        result = _with_bar("reindex", quiet, lambda progress: rebuild(conn, progress=progress))
    except (sqlite3.Error, SearchIndexError) as exc:
        fail(f"cannot reindex {db}: {exc}")
    except KeyboardInterrupt:  # the writer rolled back: nothing of the new index was committed
        fail("interrupted; the search index was not changed (the previous one is kept)", code=130)
    finally:
        conn.close()
    _clear_stale_entities_note(db)
    where = result.path if result.path is not None else "memory"
    typer.echo(f"{result.added:,} articles indexed in {time.perf_counter() - t0:.1f} s ({where})")


def _clear_stale_entities_note(db: Path) -> None:
    """Remove the note a stage upgrade leaves until the index is rebuilt (``search-entities-stale``
    in ``ingest_state``; third new-user report, #6): the index now holds the entity rows. A store
    that cannot be written keeps it (the next ingest rebuilds once more, harmless)."""
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            con.execute("DELETE FROM ingest_state WHERE key = 'search-entities-stale'")
            con.commit()
        finally:
            con.close()
    except sqlite3.Error:
        pass
