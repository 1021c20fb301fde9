"""Entry point of the ``marsad`` command: imports every command module, then runs the app."""

from __future__ import annotations

import importlib
import inspect
import re

from marsad.cli.app import app, eval_app, train_app

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


#: reStructuredText roles and literals in a docstring (``--all``, :func:`marsad.parse`).
_RST_LITERAL = re.compile(r"``(.+?)``")
_RST_ROLE = re.compile(r":[a-z]+:`~?(.+?)`")


def plain_help(doc: str) -> str:
    """A command's docstring as ``--help`` shows it: reStructuredText literals (double backquotes)
    and roles (``:func:`` and the like) as plain text, and each paragraph on one line, so that the
    command list's short help is not broken at the docstring's own line ends (the lead, reading
    ``marsad stats --help``: the option name was shown inside its backquotes). Paragraphs stay
    separated by a blank line."""
    text = _RST_ROLE.sub(r"\1", _RST_LITERAL.sub(r"\1", inspect.cleandoc(doc)))
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paragraphs)


def _load() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real missing dependency inside the module
                raise
    for group in (app, train_app, eval_app):
        for info in group.registered_commands:
            doc = info.help or (info.callback.__doc__ if info.callback else None)
            if doc:
                info.help = plain_help(doc)


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
