"""Command ``marsad train quotes``: train the speaker ranker (thin: the work is in
:mod:`marsad.quotes.ranker_train`). The model is written to ``models/quotes/speaker_ranker.json`` (or
``--out``) and used only when named by ``$MARSAD_QUOTES_RANKER``; the shipped model is replaced only
with ``--replace-shipped``, which keeps the old file as ``.bak`` (as ``marsad train ner``)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated

import typer

from marsad.cli.app import fail, train_app

#: Where ``marsad train quotes`` writes by default (the current folder, never the package).
DEFAULT_OUT = Path("models") / "quotes" / "speaker_ranker.json"


@train_app.command("quotes")
def train_quotes_cmd(
    shared: Annotated[
        Path | None, typer.Option("--shared", help="The shared data folder (default $MARSAD_SHARED or ../shared).")
    ] = None,
    sets: Annotated[
        Path | None, typer.Option("--sets", help="Folder of the annotated sets (default tests/data/quotes).")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Where to write the model JSON (default models/quotes/speaker_ranker.json)."),
    ] = None,
    replace_shipped: Annotated[
        bool,
        typer.Option("--replace-shipped", help="Write the shipped model inside the package (the old one kept as .bak)."),
    ] = False,
    no_cv: Annotated[bool, typer.Option("--no-cv", help="Skip the leave-one-set-out table.")] = False,
) -> None:
    """Rebuild the quotes speaker ranker from the annotated quote sets (tests/data/quotes); print its
    leave-one-set-out cross-validation table (docs/models/quotes-speaker-ranker.md)."""
    from marsad.entities.train import default_shared

    try:
        from marsad.quotes.ranker_train import MODEL_PATH, format_table, train_quotes
    except ImportError as exc:  # pragma: no cover - the train extra is missing
        fail(f"{exc}: install the training tools: make train-tools (or .venv/bin/pip install -e '.[train]')")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        fail("scikit-learn is missing: install the training tools: make train-tools (or .venv/bin/pip install -e '.[train]')")
    if out is not None and replace_shipped:
        fail("--out and --replace-shipped exclude each other (one target file)", code=2)
    if out is not None and out.is_dir():  # refused before training, not after (cli30 item 3)
        fail(f"--out {out} is a folder: the model is one JSON file (e.g. {out / 'speaker_ranker.json'})", code=2)
    target = MODEL_PATH if replace_shipped else (out or DEFAULT_OUT)
    if replace_shipped and MODEL_PATH.exists():
        shutil.copy2(MODEL_PATH, MODEL_PATH.with_name(MODEL_PATH.name + ".bak"))
    try:
        res = train_quotes(shared or default_shared(), sets, target, cv=not no_cv, log=typer.echo)
    except FileNotFoundError as exc:
        fail(str(exc))
    if res["rows"]:
        typer.echo(format_table(res["rows"]))
    if res.get("fills"):
        f = res["fills"]
        typer.echo(f"fresh fills (tests/data/quotes_fills, {f['quotations']} quotations, two halves): proposed "
                   f"{f['proposed']} ({f['proposed_right']} right), kept by the gate {f['fill_right']} right / "
                   f"{f['fill_wrong']} wrong")
    typer.echo(f"model: {target} ({len(res['model']['weights'])} weights, {res['model']['training']['groups']} quotations)")
    if not replace_shipped:
        from marsad.quotes.ranker import RANKER_MODEL_ENV

        typer.echo(f"use it with: {RANKER_MODEL_ENV}={target} marsad ingest …")
