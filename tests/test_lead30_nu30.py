"""The lead's fixes of the thirtieth new-user report (nu30): a blank search query, a note that
names no words, a speaker written in Latin letters, and ``verify`` after a kill that lost nothing
(the search index only behind the store: a note, exit 0 — the index half is in
tests/test_search_sidecar.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
import marsad.cli.quotes  # noqa: F401
import marsad.cli.search  # noqa: F401
from marsad.cli.app import app
from marsad.search import index
from marsad.search.query import parse

SEED = Path(__file__).parent / "data" / "000_146a293be66b7c19.txt"


def test_an_unmatched_quotation_mark_alone_names_no_words() -> None:
    assert parse('"').notes == ["an unmatched '\"' was ignored"]
    assert parse('لافروف "').notes == ["an unmatched '\"' was ignored"]
    assert parse('" لافروف').notes == [
        "an unmatched '\"' was ignored: the words after it were searched as separate words "
        "(close the quotation mark to search a phrase)"
    ]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("nu30") / "n.db"
    result = CliRunner().invoke(app, ["ingest", str(SEED), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("query", ["", "   "])
def test_a_blank_query_is_a_usage_error(store: Path, query: str) -> None:
    result = CliRunner().invoke(app, ["search", query, "--db", str(store)])
    assert result.exit_code == 2
    assert "the query is blank" in result.output


def test_a_speaker_in_latin_letters_gets_a_hint(store: Path) -> None:
    result = CliRunner().invoke(app, ["quotes", "--speaker", "Lavrov", "--db", str(store)])
    assert result.exit_code == 0
    assert result.output.strip() == (
        "no quotes found for 'Lavrov': speakers are matched as the articles write them, in Arabic"
        " script (e.g. --speaker أردوغان)"
    )
    result = CliRunner().invoke(app, ["quotes", "--speaker", "لافروف", "--db", str(store), "--count"])
    assert result.exit_code == 0 and "لافروف" in result.output and "Arabic script" not in result.output


def test_verify_after_a_kill_that_left_the_index_behind(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ingest committed its articles but was killed before the search index took them in
    (nu30: after a ``kill -9``, ``verify`` printed BROKEN and exited 1 though nothing was lost)."""
    monkeypatch.setattr(index, "after_commit", lambda conn, rows: None)  # the "kill"
    text = "عنوان خبر جديد\nقال الوزير إن الاجتماع كان مثمرا.\n"
    src = store.parent / "new.txt"
    src.write_text(text, encoding="utf-8")
    assert CliRunner().invoke(app, ["ingest", str(src), "--db", str(store), "-q"]).exit_code == 0
    monkeypatch.undo()
    result = CliRunner().invoke(app, ["verify", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "ok     search index in sync" in result.output
    assert "  note   marsad.search.index: the search index is behind the store: 1 of 2 articles not indexed" in result.output
    assert result.output.rstrip().endswith("all checks passed")
