"""Entry point of the ``marsad`` command: imports every command module, then runs the app."""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

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


#: A negative whole number, which click reads as an option name (``marsad show -1``: "No such
#: option: -1").
_NEGATIVE_NUMBER = re.compile(r"-\d+")
#: click's message for arguments left over (``Got unexpected extra argument(s) (2 3)``).
_EXTRA_ARGS = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)")


def _id_params(command: Any) -> tuple[bool, list[str]]:
    """How ``command`` takes an article ID: ``(as its argument, [its ID options])`` — the
    ``article_id`` argument (``show ID``) and the options shown as ``ID`` (``stories --show ID``)."""
    params = getattr(command, "params", ())
    argument = any(p.name == "article_id" and p.param_type_name == "argument" for p in params)
    options = [o for p in params if p.param_type_name == "option" and p.metavar == "ID" for o in p.opts]
    return argument, options


def _ids_given(command: Any, words: list[str]) -> list[str]:
    """The whole numbers among the command line ``words`` (after the command name) given as article
    IDs: the argument's place (a word that is no option and no option's value) or an ID option's value."""
    argument, id_options = _id_params(command)
    valued = {
        o
        for p in getattr(command, "params", ())
        if p.param_type_name == "option" and not getattr(p, "is_flag", False)
        for o in p.opts
    }
    ids: list[str] = []
    previous = None
    for word in words:
        if previous in id_options or (argument and not word.startswith("-") and previous not in valued):
            if word.isdigit():
                ids.append(word)
        previous = word
    return ids


def usage_message(exc: Any) -> str:
    """The one-line text of click's usage error ``exc``, for a command that takes an article ID
    (``show ID``, ``stories --show ID``) said in the user's terms:

    * a negative number (``marsad show -1``, ``show 1 -1``, ``stories --show 1 -1``), which click takes
      for an unknown option, gets the message ``show 0`` gets, naming the number as typed: IDs start
      at 1 and are not counted from the end (new-user report nu26, "No such option: -1"); after an ID
      already given, it adds that the command takes one ID (task cli28: ``stories --show 1 -1`` said
      "No such option: -1");
    * a second ID (``show 1 2``, an ID list) says the command takes one, naming the extra words
      (click: "Got unexpected extra argument(s) (2)").
    """
    import sys

    ctx = getattr(exc, "ctx", None)
    command = getattr(ctx, "command", None)
    argument, id_options = _id_params(command)
    if ctx is None or not (argument or id_options):
        return exc.format_message()
    name = getattr(ctx, "info_name", None) or "the command"
    args = sys.argv[1:]
    words = args[args.index(name) + 1 :] if name in args else args
    how = f"{name} takes one article ID" if argument else f"{name} {id_options[0]} takes one article ID"
    option = getattr(exc, "option_name", None)
    if type(exc).__name__ == "NoSuchOption" and option and _NEGATIVE_NUMBER.fullmatch(option):
        from marsad.cli.ingest import article_id_error

        # click splits ``-12`` into the short options ``-1`` ``-2``: the word as typed
        typed = next((w for w in words if w.startswith(option) and not w.startswith("--")), option)
        if _NEGATIVE_NUMBER.fullmatch(typed):
            message = article_id_error(int(typed))
        else:  # ``-1x``
            message = f"article ID must be a whole number, not {typed!r}"
        before = _ids_given(command, words[: words.index(typed)] if typed in words else words)
        return message + (f"; {how} (got {before[0]} before it)" if before else "")
    extra = _EXTRA_ARGS.fullmatch(exc.format_message())
    if extra is not None:
        given = _ids_given(command, words)
        if argument or given:
            first = f" ({given[0]})" if given else ""
            return f"{how}{first}; unexpected extra argument(s): {extra.group(1)}"
        if id_options:  # ``stories 5``: the ID goes after its option
            return (
                f"{name} takes no argument; unexpected: {extra.group(1)} (an article ID goes after "
                f"{id_options[0]}: marsad {name} {id_options[0]} ID)"
            )
    return exc.format_message()


def _readable_output(*streams: Any) -> None:
    """Make ``streams`` (standard output and error) escape what their encoding cannot write
    (``\\u0627``) instead of raising ``UnicodeEncodeError`` mid-table, and say so once on standard
    error: an ASCII or Latin-1 output (``PYTHONIOENCODING=ascii``, a non-UTF-8 locale) cannot show
    Arabic (nu26 C1: ``show`` and ``search`` ended in a traceback from rich)."""
    import codecs
    import sys

    for stream in streams:
        enc = getattr(stream, "encoding", None) or "utf-8"
        try:
            name = codecs.lookup(enc).name
        except LookupError:
            continue
        if name.startswith("utf") or not hasattr(stream, "reconfigure"):
            continue
        stream.reconfigure(errors="backslashreplace")
        if stream is sys.stdout:
            sys.stderr.write(
                f"marsad: warning: the output encoding ({enc}) cannot show Arabic: such "
                "characters are written as \\uXXXX escapes (set PYTHONIOENCODING=utf-8)\n"
            )


def main() -> None:
    """Run the ``marsad`` command line.

    A usage error (a bad option value, an unknown option, a missing argument) is one line on stderr,
    ``marsad: error: …`` with exit status 2, like the commands' own errors (:func:`marsad.cli.app.fail`);
    Typer would draw a framed box under a usage line (new user of 2026-11-30, finding 12: ``quotes
    --limit 0``). A command run without arguments still prints its help.
    """
    import os
    import sys

    import typer

    _readable_output(sys.stdout, sys.stderr)
    _load()
    try:
        code = app(standalone_mode=False)
    except BrokenPipeError:
        # the reader went away (``marsad quotes | head``): what it wanted was written; status 0, as
        # ``export`` gives (nu26 M4: ``quotes | head`` exited 1), and no second error at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    except SystemExit as exc:
        # click turns a closed pipe into exit status 1 after wrapping stdout in its
        # PacifyFlushWrapper (its marker of EPIPE): that is the same closed pipe, status 0
        if type(sys.stdout).__name__ != "PacifyFlushWrapper":
            raise
        code = 0 if exc.code == 1 else exc.code
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
            typer.echo(f"marsad: error: {usage_message(exc)}", err=True)
        code = exc.exit_code
    try:
        sys.stdout.flush()  # what is still buffered: a closed pipe here is the same closed pipe
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
