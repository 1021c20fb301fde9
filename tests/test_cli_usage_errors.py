"""Bad option values are one-line usage errors with exit status 2 and quote what was typed;
``--format``/``fmt`` and ``--type`` accept other cases and the usual other names (seventh new-user
report, finding 13: ``--type PERSON`` was refused as 'PERON', exit codes were 1 or 2 by command,
``marsad.parse(fmt="TEXT")`` raised where ``ingest --format TEXT`` worked)."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad
import marsad.cli.entities  # noqa: F401 - registers the commands
import marsad.cli.ingest  # noqa: F401
import marsad.cli.stories  # noqa: F401
from marsad.cli.app import app

SEED = Path(__file__).parent / "data" / "000_146a293be66b7c19.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("usage") / "u.db"
    result = CliRunner().invoke(app, ["ingest", str(SEED), "--db", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["entities", "--type", "PERSONS"], "--type must be one of PER, ORG, LOC, MISC, not 'PERSONS'"),
        (["show", "abc"], "article ID must be a whole number, not 'abc'"),
        (["show", "0"], "article ID must be 1 or more, not 0"),
        # nu24 item 9: stories --show gave a pydantic-style message where show gave this one
        (["stories", "--show", "abc"], "article ID must be a whole number, not 'abc'"),
        (["ingest", str(SEED), "--format", "xml"], "unknown --format 'xml'"),
    ],
)
def test_a_bad_option_value_exits_2_with_one_line(db: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 2
    err = result.stderr.strip()
    assert err.count("\n") == 0 and err.startswith("marsad: error: ") and message in err


@pytest.mark.parametrize("given", ["PERSON", "person", "PERS", " PER "])
def test_entity_type_names_are_accepted(db: Path, given: str) -> None:
    result = CliRunner().invoke(app, ["entities", "--type", given, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output


def test_parse_reads_a_format_name_in_any_case() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert marsad.parse(text, fmt="TEXT").to_dict() == marsad.parse(text, fmt="text").to_dict()
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        marsad.parse(text, fmt="XML")


@pytest.mark.parametrize("command", ["ingest", "show", "search", "entities", "quotes", "date"])
def test_help_shows_flags_without_a_bool_value(command: str) -> None:
    import marsad.cli.quotes  # noqa: F401
    import marsad.cli.search  # noqa: F401
    import marsad.cli.time  # noqa: F401

    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "<bool>" not in result.output and "BOOLEAN" not in result.output
