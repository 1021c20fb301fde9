"""The Typer application object; subcommand modules register on it (see :mod:`marsad.cli.main`).

The CLI holds no logic: each command parses arguments and calls the library.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="marsad",
    help="Marsad (مرصد): Arabic news into clean, structured, searchable knowledge.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
#: `marsad train …` and `marsad eval …` groups; models register their subcommands here.
train_app = typer.Typer(help="Train the models that ship inside the package.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluate a stage against annotated data.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")


def fail(message: str, code: int = 1) -> None:
    """Print a clear one-line error to stderr and exit with ``code``."""
    typer.echo(f"marsad: error: {message}", err=True)
    raise typer.Exit(code)
