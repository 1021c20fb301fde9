"""Command ``marsad search`` (thin: the work is in :mod:`marsad.search.index`)."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Annotated

import typer

from marsad.cli.app import app, fail, open_readonly


def _connect(db: Path) -> sqlite3.Connection:
    conn = open_readonly(db)
    try:
        found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone()
    except sqlite3.Error as exc:
        fail(f"cannot open {db}: {exc}")
    if not found:
        fail(f"{db} has no search index (was it made by `marsad ingest`?)")
    return conn


# ignore_unknown_options: a query may start with "-" (``-داعش``, the NOT form the help lists).
@app.command(context_settings={"ignore_unknown_options": True})
def search(
    query: Annotated[
        str,
        typer.Argument(
            help='Words, "exact phrases", prefix*, AND/OR/NOT, -word, '
            "source:, hashtag:, from:/to: (ISO dates)."
        ),
    ],
    db: Annotated[Path, typer.Option("--db", help="The store: one SQLite file.")] = Path("marsad.db"),
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="Most hits shown.")] = 10,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the result as JSON (docs/search.md).")
    ] = False,
) -> None:
    """Search the store: Arabic spelling variants, clitics and suffixes match; BM25 ranking."""
    from marsad.search.index import run_query

    conn = _connect(db)
    t0 = time.perf_counter()
    result = run_query(conn, query, limit=limit)
    elapsed_ms = (time.perf_counter() - t0) * 1000
    if as_json:
        out = result.to_dict()
        out["elapsed_ms"] = round(elapsed_ms, 2)
        typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    for note in result.notes:
        console.print(f"[yellow]note:[/yellow] {note}")
    table = Table(title=f"{len(result.hits)} hits for {query!r} ({elapsed_ms:.1f} ms)", show_lines=True)
    for name in ("id", "score", "published", "source", "title / snippet"):
        table.add_column(name, overflow="fold")
    for hit in result.hits:
        title = Text(hit["title"] or "", style="bold")
        for h in hit["title_highlights"]:
            title.stylize("reverse", h["start"], h["end"])
        snippet = Text(hit["snippet"])
        for h in hit["highlights"]:
            snippet.stylize("bold yellow", h["start"], h["end"])
        extra = f"  (+{len(hit['duplicates'])} duplicates)" if hit["duplicates"] else ""
        table.add_row(
            str(hit["article_id"]),
            f"{hit['score']:.2f}",
            (hit["published"] or "")[:16],
            hit["source"] or "",
            Text.assemble(title, extra, "\n", snippet),
        )
    console.print(table)
