"""Every command's ``--help`` is plain text: no reStructuredText literal (````--all````) or role
(``:func:``) leaks from the docstrings, and the command list's short help is not broken at the
docstring's own line ends (the lead: ``stats --help`` showed the option name inside its backquotes)."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from marsad.cli import main
from marsad.cli.app import app

main._load()

COMMANDS = [[], ["ingest"], ["show"], ["export"], ["verify"], ["stats"], ["search"], ["reindex"],
            ["date"], ["entities"], ["quotes"], ["stories"], ["train"], ["train", "ner"],
            ["train", "quotes"], ["eval"], ["eval", "ner"], ["eval", "quotes"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "marsad")
def test_help_has_no_rst_markup(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    assert "``" not in result.output
    assert "`" not in result.output  # a Markdown code span is not rendered either (nu25: four option helps)
    for role in (":func:", ":class:", ":data:", ":mod:", ":meth:"):
        assert role not in result.output


def test_plain_help_joins_paragraph_lines_and_strips_markup() -> None:
    doc = """Counts of a store: articles,
    failed; ``--failed`` lists them (:func:`marsad.store.db.failed`).

    Second paragraph
    on two lines."""
    assert main.plain_help(doc) == (
        "Counts of a store: articles, failed; --failed lists them (marsad.store.db.failed).\n\n"
        "Second paragraph on two lines."
    )


def test_stats_short_help_in_the_command_list() -> None:
    result = CliRunner().invoke(app, ["--help"])
    flat = " ".join(result.output.replace("│", " ").split())
    assert "stats Counts of a store: articles, failed, duplicate records, removed blocks, problems by code; " \
        "--failed lists the failed records themselves (id, source, first problem), oldest first." in flat
