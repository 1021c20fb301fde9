"""The Typer application object; subcommand modules register on it (see :mod:`marsad.cli.main`).

The CLI holds no logic: each command parses arguments and calls the library.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import typer

app = typer.Typer(
    name="marsad",
    help="Marsad (مرصد): Arabic news into clean, structured, searchable knowledge.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # -h as well as --help, inherited by every command (nu26 item 5: ``marsad -h`` said "No such option")
    context_settings={"help_option_names": ["-h", "--help"]},
)
#: `marsad train …` and `marsad eval …` groups; models register their subcommands here.
train_app = typer.Typer(help="Train the models that ship inside the package.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluate a stage against annotated data.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")


def _flags_show_no_type() -> None:
    """Help lists a flag (``--core``, ``--json``, ``--help``) without a value type: typer 0.29's
    rich help prints ``--core <bool>`` (its plain help does not), and a user following it typed
    ``--core true`` and had ``true`` read as an input path (second, third and seventh new-user
    reports). A flag takes no value, so its type column is left empty."""
    try:
        from typer.core import TyperOption
    except ImportError:  # pragma: no cover - another typer layout: keep its help as it is
        return
    shown = getattr(TyperOption, "display_type_rich", None)
    if shown is None or getattr(shown, "_marsad_flags", False):  # pragma: no cover
        return

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        if getattr(self, "is_flag", False) and not getattr(self, "count", False):
            return None
        return shown(self, ctx)

    display_type_rich._marsad_flags = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_show_no_type()


def _option_values_are_not_option_names() -> None:
    """An option that takes a value and was given none before the next option (``quotes
    --speaker --db x.db``) takes that option's name as its value (click's parser), and the command
    ran with ``--db`` as the speaker or failed on "unexpected extra argument (x.db)" (nu26 item 5).
    A value that is exactly one of the command's own option names is a usage error instead:
    ``Invalid value for '--speaker': needs a value before the option --db``."""
    try:
        from typer.core import TyperOption
    except ImportError:  # pragma: no cover - another typer layout
        return
    processed = getattr(TyperOption, "process_value", None)
    if processed is None or getattr(processed, "_marsad_option_names", False):  # pragma: no cover
        return

    def process_value(self: Any, ctx: Any, value: Any) -> Any:
        if isinstance(value, str) and value.startswith("-") and not getattr(self, "is_flag", False):
            names = set(getattr(ctx, "help_option_names", ()))
            for param in getattr(ctx.command, "params", ()):
                names.update(getattr(param, "opts", ()), getattr(param, "secondary_opts", ()))
            if value in names:
                raise typer.BadParameter(f"needs a value before the option {value}", ctx=ctx, param=self)
        return processed(self, ctx, value)

    process_value._marsad_option_names = True  # type: ignore[attr-defined]
    TyperOption.process_value = process_value  # type: ignore[method-assign]


_option_values_are_not_option_names()


def _print_version(value: bool) -> None:
    if value:
        from marsad import __version__

        typer.echo(f"marsad {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(
        False, "--version", "-V", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    # the options of ``marsad`` itself (nu26 item 5: ``marsad --version`` said "No such option");
    # no docstring: the group's help is the Typer's own
    pass


#: What a listing shows for an article without a title (cli29 item 8: such rows were blank).
NO_TITLE = "(no title)"


def listing_title(title: str | None, opening: str = "") -> str:
    """A listing's title for an article: ``title``, else :data:`NO_TITLE` and the first words of
    its body (``opening``: :func:`marsad.search.index.openings`) when it has any."""
    if title and title.strip():
        return title
    return f"{NO_TITLE} {opening}" if opening else NO_TITLE


def fail(message: str, code: int = 1) -> None:
    """Print a clear one-line error to stderr and exit with ``code``. A message longer than
    :data:`marsad.settings.ERROR_MAX_CHARS` (it quotes a long user input: ``marsad date`` with
    100,000 letters printed them all; nu29 item 13) keeps its start and its end (the reason) with the
    middle left out and counted; line breaks in it are shown as ``⏎`` so that it stays one line."""
    from marsad.settings import ERROR_MAX_CHARS

    message = message.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    if len(message) > ERROR_MAX_CHARS:
        half = ERROR_MAX_CHARS // 2
        message = f"{message[:half]} … ({len(message) - 2 * half:,} characters left out) … {message[-half:]}"
    typer.echo(f"marsad: error: {message}", err=True)
    raise typer.Exit(code)


#: A year or a year and month (ISO 8601 reduced precision: ``2018``, ``2018-08``).
_PARTIAL_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2}))?")


def iso_date_option(value: str | None, option: str) -> str | None:
    """Check a date option (``--from``): an ISO 8601 date or date-time (``2018-03-01``,
    ``2018-03-01T12:00:00+03:00``) or a year or month (``2018``, ``2018-08``, as search's
    ``from:``; fifth new-user report, finding 14), returned as given, or a date as Marsad reads it in
    an article (``14 تشرين الأول 2018``, ``1 رمضان 1439``: :func:`marsad.time.parse_datetime`, as
    ``marsad date`` does; returned as its local ISO form); anything else is a one-line usage error
    (exit status 2, like every other bad option value)."""
    if value is None:
        return None
    from datetime import date, datetime

    partial = _PARTIAL_DATE_RE.fullmatch(value.strip())
    if partial is not None and (partial.group(2) is None or 1 <= int(partial.group(2)) <= 12):
        return value.strip()  # a year or a month, as search's from: (a prefix of every later date)
    try:
        if "T" in value or " " in value.strip():
            datetime.fromisoformat(value.strip())
        else:
            date.fromisoformat(value.strip())
    except ValueError:
        from marsad.time import parse_datetime

        # a date written as in the news (``14 تشرين الأول 2018``, Hijri): its local ISO form
        read = parse_datetime(value.strip())
        if read is not None:
            return read.local
        from marsad.time.reasons import invalid_gregorian

        why = ""
        parts = value.strip()[:10].split("-")
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            why = invalid_gregorian(int(parts[0]), int(parts[1]), int(parts[2])) or ""
        fail(
            f"{option} {value!r} is not a date (ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM,"
            " or a date as `marsad date` reads it)"
            + (f": {why}" if why else ""),
            code=2,
        )
    return value.strip()


def check_db(db: Path) -> None:
    """Refuse a ``--db`` that exists and is no regular file (a folder, a device) with the one line
    ``ingest`` gives, exit status 2 as for any bad option value: every command said it apart
    (``cannot open the store in: unable to open database file``, exit 1; task cli30, item 3)."""
    if db.exists() and not db.is_file():
        fail(f"--db {db} is not a regular file: the store is one SQLite file (e.g. marsad.db)", code=2)


def check_writable_store(db: Path) -> None:
    """Refuse a ``--db`` the command would write to (``ingest``, ``stories``) that cannot be written
    (:func:`marsad.store.db.check_writable`: the file or its folder not writable, the folder
    missing) with its one-line reason, exit status 2 as ``export --out`` to a place it cannot
    write (task cli30, item 3: both exited 1 while every other bad option value exits 2)."""
    from marsad.store.db import StoreError, check_writable

    try:
        check_writable(db)
    except StoreError as exc:
        fail(str(exc), code=2)


def note(message: str) -> None:
    """Print a one-line note to stderr (the command goes on)."""
    typer.echo(f"marsad: note: {message}", err=True)


def open_readonly(db: Path) -> sqlite3.Connection:
    """Open the store ``db`` read-only for a query command (search, quotes, entities).

    Through :func:`marsad.store.db.connect_readonly`: a store in a folder that is not writable is
    read as an immutable file, with a one-line note on stderr saying what that costs. Exits with a
    one-line error (never a traceback) when the file is missing or SQLite cannot open it; what a
    command then reads may still raise ``sqlite3.Error``, which the command reports.

    A store stamped by a newer Marsad (``PRAGMA user_version`` above
    :data:`marsad.store.schema.SCHEMA_VERSION`) is refused with the one line ``ingest``, ``show``
    and ``stats`` give (:class:`marsad.store.db.Store`): its tables may not mean what this
    version reads (hostile-tester report rob23, item 16: it was searched without a word).
    """
    from marsad.store.db import connect_readonly
    from marsad.store.schema import SCHEMA_VERSION

    check_db(db)
    if not db.exists():
        fail(f"no store at {db} (run `marsad ingest PATH --db {db}` first)")
    try:
        conn, why = connect_readonly(db)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        fail(f"cannot open {db}: {exc}")
    if version > SCHEMA_VERSION:
        conn.close()
        fail(f"{db} was written by a newer Marsad (store schema {version}, this one reads {SCHEMA_VERSION})")
    if why:
        note(why)
    return conn


def stage_coverage(db: Path, stage: str) -> tuple[int, int]:
    """``(articles whose recorded stages include stage, stored articles)`` of the store ``db``,
    from its ``article_stages`` table (comma-separated stage names per article); ``(0, 0)`` when
    the store predates that table or cannot be read, so callers add no note then. Never raises."""
    from marsad.store.db import connect_readonly

    try:
        conn, _why = connect_readonly(db)
    except sqlite3.Error:
        return 0, 0
    try:
        total = conn.execute("SELECT count(*) FROM article_stages").fetchone()[0]
        done = conn.execute(
            "SELECT count(*) FROM article_stages WHERE ',' || stages || ',' LIKE ?", (f"%,{stage},%",)
        ).fetchone()[0]
    except sqlite3.Error:
        return 0, 0
    finally:
        conn.close()
    return done, total


def console(**kwargs: Any) -> Any:
    """A ``rich.console.Console(**kwargs)`` whose output piped into a reader that goes away
    (``marsad show 1 | head``) ends the command with status 0, as ``export`` and ``quotes`` do; rich's
    own handler exits 1 (nu26 M4). Imported lazily: rich costs ~40 ms to import."""
    import os
    import sys

    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise SystemExit(0)

    return _Console(**kwargs)
