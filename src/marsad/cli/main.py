"""Entry point of the ``marsad`` command: imports every command module, then runs the app."""

from __future__ import annotations

import importlib

from marsad.cli.app import app

#: Command modules, each registering its commands on :data:`marsad.cli.app.app`.
COMMAND_MODULES = [
    "marsad.cli.ingest",  # ingest, show, export, verify
    "marsad.cli.search",  # search
    "marsad.cli.time",  # date
    "marsad.cli.entities",  # entities, train ner, eval ner
    "marsad.cli.quotes",  # quotes, eval quotes
    "marsad.cli.quotes_train",  # train quotes (the speaker ranker)
    "marsad.cli.stories",  # stories (same-story links)
]


def _load() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real missing dependency inside the module
                raise


def main() -> None:
    """Run the ``marsad`` command line.

    A usage error (a bad option value, an unknown option, a missing argument) is one line on stderr,
    ``marsad: error: …`` with exit status 2, like the commands' own errors (:func:`marsad.cli.app.fail`);
    Typer would draw a framed box under a usage line (new user of 2026-11-30, finding 12: ``quotes
    --limit 0``). A command run without arguments still prints its help.
    """
    import sys

    import typer

    _load()
    try:
        code = app(standalone_mode=False)
    except typer.Abort:
        typer.echo("marsad: aborted", err=True)
        code = 1
    except Exception as exc:
        # click's usage errors (Typer vendors click in some releases: matched by shape, not class)
        if not (hasattr(exc, "format_message") and isinstance(getattr(exc, "exit_code", None), int)):
            raise
        if type(exc).__name__ == "NoArgsIsHelpError":  # ``marsad`` / ``marsad train`` alone: the help
            typer.echo(exc.format_message())
        else:
            typer.echo(f"marsad: error: {exc.format_message()}", err=True)
        code = exc.exit_code
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
