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
    """Run the ``marsad`` command line."""
    _load()
    app()


if __name__ == "__main__":
    main()
