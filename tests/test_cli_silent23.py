"""Silent cases a hostile tester found (rob23 report, items 16 and 17): each now gets a note, a
warning or a refusal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad
import marsad.cli.entities  # noqa: F401 - registers the commands
import marsad.cli.ingest  # noqa: F401
import marsad.cli.quotes  # noqa: F401
import marsad.cli.search  # noqa: F401
import marsad.cli.stories  # noqa: F401
from marsad.cli.app import app
from marsad.search import index
from marsad.search.query import parse
from marsad.store.db import Store

runner = CliRunner()


def _article(day: str, title: str) -> str:
    return json.dumps(
        {"title": title, "content": f"{title}. قالت الحكومة المصرية إن المحادثات مستمرة.", "published": day},
        ensure_ascii=False,
    )


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dated")
    db = folder / "d.db"
    with Store(db) as store:
        with store.transaction():
            store.add(marsad.parse(_article("2018-04-10T12:00:00+03:00", "مصر تستضيف المحادثات"), fmt="json"))
            store.add(marsad.parse(_article("2021-03-15T10:30:00+02:00", "مصر والسودان"), fmt="json"))
    return db


# --- dangling operators -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "notes"),
    [
        ("مصر AND", ["AND has nothing to join after it: ignored"]),
        ("AND مصر", ["AND has nothing to join before it: ignored"]),
        ("مصر OR", ["OR has nothing to join after it: ignored"]),
        ("(مصر AND) سوريا", ["AND has nothing to join after it: ignored"]),
        ("AND", ["AND has nothing to join before or after it: ignored"]),
        ("مصر NOT", ["NOT has nothing after it to exclude: ignored"]),
        ("مصر AND AND سوريا", ["AND AND: the second operator was ignored"]),
        ("مصر &&", ["&& has nothing to join after it: ignored", "&& was read as AND"]),
    ],
)
def test_dangling_operator_is_noted(query, notes):
    assert parse(query).notes == notes


@pytest.mark.parametrize(
    "query",
    ["مصر AND سوريا", "مصر OR (سوريا)", "مصر AND NOT سوريا", "NOT مصر", "مصر AND source:bbc", "مصر -سوريا"],
)
def test_joined_operators_get_no_note(query):
    assert parse(query).notes == []


def test_dangling_and_reads_the_query_without_it(dated_store):
    r = runner.invoke(app, ["search", "مصر AND", "--db", str(dated_store), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["notes"] == ["AND has nothing to join after it: ignored"]
    assert out["total"] == 2


# --- dates outside the stored range ----------------------------------------------------------


def test_from_after_the_newest_article_is_noted(dated_store):
    with sqlite3.connect(dated_store) as conn:
        res = index.run_query(conn, "مصر from:2030-01-01")
        assert res.hits == []
        assert res.notes == [
            "from:2030-01-01 is after the newest stored article (published 2021-03-15); "
            "that date is in the future: no article can match"
        ]
        res = index.run_query(conn, "from:2021-03-16")
        assert res.notes == [
            "from:2021-03-16 is after the newest stored article (published 2021-03-15): no article can match"
        ]
        assert index.run_query(conn, "from:2021-03-15").total == 1  # the newest day itself matches


def test_to_before_the_oldest_article_is_noted(dated_store):
    with sqlite3.connect(dated_store) as conn:
        res = index.run_query(conn, "مصر to:2018-04-09")
        assert res.hits == []
        assert res.notes == [
            "to:2018-04-09 is before the oldest stored article (published 2018-04-10): no article can match"
        ]
        res = index.run_query(conn, "to:2018-04-10")
        assert res.total == 1 and res.notes == []


def test_empty_result_inside_the_range_gets_no_date_note(dated_store):
    with sqlite3.connect(dated_store) as conn:
        res = index.run_query(conn, "سوريا from:2019-01-01")
        assert res.total == 0 and res.notes == []


def test_cli_prints_the_date_note(dated_store):
    r = runner.invoke(app, ["search", "from:2030-01-01", "--db", str(dated_store)])
    assert r.exit_code == 0, r.output
    assert "from:2030-01-01 is after the newest stored article" in " ".join(r.stdout.split())


# --- a store stamped by a newer Marsad --------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["search", "مصر"],
        ["reindex"],
        ["quotes"],
        ["entities"],
        ["stories"],
        ["stories", "--show", "1"],
        ["show", "1"],
    ],
)
def test_newer_store_is_refused_by_every_command(dated_store, tmp_path, command):
    db = tmp_path / "v3.db"
    src = sqlite3.connect(dated_store)
    dst = sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.execute("PRAGMA user_version=3")
    dst.commit()
    dst.close()
    r = runner.invoke(app, [*command, "--db", str(db)])
    assert r.exit_code == 1, r.output
    assert (
        r.stderr.strip()
        == f"marsad: error: {db} was written by a newer Marsad (store schema 3, this one reads 2)"
    )
