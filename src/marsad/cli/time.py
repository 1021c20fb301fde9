"""Command ``marsad date`` (thin: the work is in :mod:`marsad.time`)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from marsad.cli.app import app, fail


@app.command("date")
def date_command(
    string: Annotated[
        str, typer.Argument(help="A date/time string, e.g. '20-04-2024 01:18 AM بتوقيت القدس المحتلة'.")
    ],
    ref: Annotated[
        str | None,
        typer.Option(
            "--ref",
            help=(
                "Reference (publication) date or date-time, ISO 8601: also resolve the time expressions in "
                "STRING. A UTC date-time (Z, +00:00) at or after 21:00 is read as the pipeline reads such "
                "a stamp (a bare weekday of the next day told in the past is that day)."
            ),
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source", help="Source convention: ant-multisource, ant-v1.1, saudinewsnet (or a SRC value)."
        ),
    ] = None,
    month_first: Annotated[
        bool, typer.Option("--month-first", help="Read an ambiguous all-numeric date as MM/DD/YYYY.")
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print JSON (the result is JSON anyway); for a string read as no date, the JSON object"
            " with its reason as well.",
        ),
    ] = False,
) -> None:
    """Parse one date string and print the result as JSON (local, utc, tz, precision, confidence …).

    A string read as no date (and, with --ref, holding no time expression) is a one-line error on
    stderr with the reason, exit status 1, as the other commands fail; with --json its JSON object
    (value null, reason) is printed on stdout too."""
    from marsad.time import describe

    try:
        out = describe(string, ref=ref, source_convention=source, day_first=not month_first)
    except ValueError as exc:
        fail(str(exc), code=2)  # a bad --ref or --source: a usage error, like any bad option value
    if out["value"] is None and not out.get("expressions"):
        # cli28: it printed the JSON object on stdout and exited 1 (stdout said nothing was wrong)
        if as_json:
            typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        why = out.get("reason") or "no date found"
        fail(
            f"no date read in {string!r}: {why}" + ("; no time expression either" if ref is not None else "")
        )
    typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
