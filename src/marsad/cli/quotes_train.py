"""Command ``marsad train quotes``: rebuild the shipped speaker ranker (thin: the work is in
:mod:`marsad.quotes.ranker_train`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from marsad.cli.app import fail, train_app


@train_app.command("quotes")
def train_quotes_cmd(
    shared: Annotated[
        Path | None, typer.Option("--shared", help="The shared data folder (default $MARSAD_SHARED or ../shared).")
    ] = None,
    sets: Annotated[
        Path | None, typer.Option("--sets", help="Folder of the annotated sets (default tests/data/quotes).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Where to write the model JSON (default: the shipped one).")
    ] = None,
    no_cv: Annotated[bool, typer.Option("--no-cv", help="Skip the leave-one-set-out table.")] = False,
) -> None:
    """Rebuild the quotes speaker ranker from the eleven annotated sets; print its cross-validation table."""
    from marsad.entities.train import default_shared

    try:
        from marsad.quotes.ranker_train import MODEL_PATH, format_table, train_quotes
    except ImportError as exc:  # pragma: no cover - the train extra is missing
        fail(f"{exc}: install the train extra (pip install 'marsad[train]')")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        fail("scikit-learn is missing: install the train extra (pip install 'marsad[train]')")
    target = out or MODEL_PATH
    try:
        res = train_quotes(shared or default_shared(), sets, target, cv=not no_cv, log=typer.echo)
    except FileNotFoundError as exc:
        fail(str(exc))
    if res["rows"]:
        typer.echo(format_table(res["rows"]))
    typer.echo(f"model: {target} ({len(res['model']['weights'])} weights, {res['model']['training']['groups']} quotations)")
