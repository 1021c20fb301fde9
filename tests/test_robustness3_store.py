"""Third new-user report, finding 1: a wrong ``--format`` (``ingest examples --format json``)
stored every record as failed, and the right rerun skipped those files as "already in the store",
so the articles were lost for good; ``--format xml`` was accepted.

Now an unknown format is a one-line CLI error before anything is written, and a failed record of
an earlier run is read again and replaces its failure rows (no duplicates), while a rerun of the
same reading stays a no-op and a killed ingest still resumes without loss."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad.cli.app import app
from marsad.store import ingest as ingest_mod
from marsad.store.db import Store
from marsad.store.ingest import SEARCH_STALE_KEY, ingest, source_base
from marsad.store.verify import verify

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
#: examples/: 5 files, 6 records (002 is JSON Lines with 2), 6 articles; 3 hold الارهاب.
N_RECORDS = 6


def _q(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _counts(db: Path) -> tuple[int, int, int]:
    """(articles, failed articles, input records)."""
    (n, f), = _q(db, "SELECT count(*), coalesce(sum(failed), 0) FROM articles")
    (s,), = _q(db, "SELECT count(*) FROM sources")
    return n, f, s


def _verified(db: Path) -> bool:
    with Store(db, readonly=True) as store:
        return verify(store).ok


def _search_total(db: Path, query: str) -> int:
    from marsad.search.index import run_query

    with Store(db, readonly=True) as store:
        return run_query(store.conn, query).total


@pytest.fixture(scope="module")
def fresh_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("fresh") / "fresh.db"
    ingest([EXAMPLES], db)
    return db


def test_source_base_strips_the_record_number_only():
    assert source_base("examples/000.txt#14") == "examples/000.txt"
    assert source_base("a.tar.gz::x/y.jsonl#0") == "a.tar.gz::x/y.jsonl"
    assert source_base("examples/000.txt") == "examples/000.txt"
    assert source_base("odd#name.txt") == "odd#name.txt"


@pytest.mark.parametrize("fmt", ["xml", "JSONX", "csv"])
def test_unknown_format_is_a_one_line_cli_error_and_writes_nothing(tmp_path, fmt):
    db = tmp_path / "x.db"
    result = CliRunner().invoke(app, ["ingest", str(EXAMPLES), "--format", fmt, "--db", str(db), "-q"])
    assert result.exit_code == 2  # a usage error, as every bad option value
    err = result.stderr.strip()
    assert err.count("\n") == 0 and err.startswith("marsad: error: unknown --format")
    assert "trec, json, jsonl, html, text" in err
    assert not db.exists()


def test_unknown_format_raises_in_the_api_before_the_store_is_opened(tmp_path):
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        ingest([EXAMPLES], tmp_path / "x.db", fmt="xml")
    assert not (tmp_path / "x.db").exists()


def test_format_option_is_case_insensitive_in_the_cli(tmp_path):
    db = tmp_path / "j.db"
    result = CliRunner().invoke(
        app, ["ingest", str(EXAMPLES / "002_saudinewsnet-style.jsonl"), "--format", "JSONL", "--db", str(db), "-q"]
    )
    assert result.exit_code == 0, result.output
    assert _counts(db) == (2, 0, 2)


def test_wrong_format_then_right_rerun_recovers_every_article(tmp_path, fresh_db):
    db = tmp_path / "z.db"
    wrong = ingest([EXAMPLES], db, fmt="json")
    # the user's figures: 28 stored, 26 of them failed (each line of a text file a "JSON record");
    # since cli29 the 2 failed lines that were byte copies of other failed lines are recorded too
    assert (wrong.stored, wrong.failed) == (30, 28)
    right = ingest([EXAMPLES], db)
    assert right.retried == 28
    assert right.search_rebuilt
    # the store now equals a fresh one: 6 articles, none failed, 6 input records, 3 hits
    assert _counts(db) == _counts(fresh_db) == (6, 0, N_RECORDS)
    assert _search_total(db, "الارهاب") == _search_total(fresh_db, "الارهاب") == 3
    assert sorted(_q(db, "SELECT content_hash FROM articles")) == sorted(_q(fresh_db, "SELECT content_hash FROM articles"))
    assert _q(db, "SELECT count(*) FROM problems WHERE level = 'error'") == [(0,)]
    assert _q(db, "SELECT key FROM ingest_state WHERE key = ?".replace("?", repr(SEARCH_STALE_KEY))) == []
    assert _verified(db)
    again = ingest([EXAMPLES], db)  # a third run adds nothing
    assert (again.stored, again.retried, again.already_present) == (0, 0, N_RECORDS)
    assert _counts(db) == (6, 0, N_RECORDS)


def test_wrong_format_rerun_through_the_cli_reports_the_replaced_rows(tmp_path):
    db = tmp_path / "c.db"
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(EXAMPLES), "--format", "json", "--db", str(db), "-q"])
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "-q"])
    assert result.exit_code == 0
    assert "failed records replaced         28" in result.stdout  # (26 before cli29, as above)
    assert "articles stored                  4" in result.stdout  # 000, 001, 003, 004 (002 was read)


def test_a_record_that_fails_the_same_way_again_is_not_replaced(tmp_path):
    src = tmp_path / "in" / "feed.jsonl"
    src.parent.mkdir()
    good = '{"title": "خبر %d", "content": "الرياض - واس: أعلنت الوزارة اليوم خبرا رقم %d."}'
    src.write_text("\n".join([good % (0, 0), '{"title": "مكسور', good % (2, 2)]) + "\n", encoding="utf-8")
    db = tmp_path / "f.db"
    first = ingest([src.parent], db)
    assert (first.stored, first.failed) == (3, 1)
    ids = _q(db, "SELECT id, failed FROM articles ORDER BY id")
    second = ingest([src.parent], db)
    assert (second.stored, second.retried, second.already_present) == (0, 0, 3)
    assert _q(db, "SELECT id, failed FROM articles ORDER BY id") == ids
    assert not second.search_rebuilt


def test_a_failed_record_whose_bytes_changed_replaces_the_failure_row(tmp_path):
    src = tmp_path / "in" / "feed.jsonl"
    src.parent.mkdir()
    good = '{"title": "خبر %d", "content": "الرياض - واس: أعلنت الوزارة اليوم خبرا رقم %d."}'
    src.write_text("\n".join([good % (0, 0), '{"title": "مكسور', good % (2, 2)]) + "\n", encoding="utf-8")
    db = tmp_path / "f.db"
    ingest([src.parent], db)
    src.write_text("\n".join([good % (0, 0), good % (1, 1), good % (2, 2)]) + "\n", encoding="utf-8")
    second = ingest([src.parent], db)
    assert (second.stored, second.retried, second.failed) == (1, 1, 0)
    assert _counts(db) == (3, 0, 3)
    titles = sorted(t for (t,) in _q(db, "SELECT title FROM articles"))
    assert titles == ["خبر 0", "خبر 1", "خبر 2"]
    assert _verified(db)


def test_a_renamed_file_read_with_the_right_format_replaces_its_failed_bytes(tmp_path, fresh_db):
    wrong_dir, right_dir = tmp_path / "a", tmp_path / "b"
    wrong_dir.mkdir()
    right_dir.mkdir()
    name = "001_ant-style-skynews.txt"
    shutil.copy(EXAMPLES / name, wrong_dir / name)
    shutil.copy(EXAMPLES / name, right_dir / "renamed.txt")
    db = tmp_path / "r.db"
    wrong = ingest([wrong_dir], db, fmt="json")
    assert (wrong.stored, wrong.failed) == (1, 1)
    right = ingest([right_dir], db)
    # same bytes, another name: not a "duplicate" of the failed article; it replaces it
    assert (right.stored, right.duplicates, right.retried, right.failed) == (1, 0, 1, 0)
    # the old record (same bytes) is kept as a byte copy of the new article, as any copy is
    assert _counts(db) == (1, 0, 2)
    assert sorted(_q(db, "SELECT source, duplicate FROM sources")) == [
        (str(wrong_dir / name), 1),
        (str(right_dir / "renamed.txt"), 0),
    ]
    assert _verified(db)


def test_killed_retry_run_resumes_without_duplicates_or_loss(tmp_path, fresh_db, monkeypatch):
    db = tmp_path / "k.db"
    ingest([EXAMPLES], db, fmt="json")
    real = ingest_mod._store_one
    calls = {"n": 0}

    def dying(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:  # in the second batch of 2: the first batch is committed
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_mod, "_store_one", dying)
    with pytest.raises(KeyboardInterrupt):
        ingest([EXAMPLES], db, batch_size=2)
    monkeypatch.setattr(ingest_mod, "_store_one", real)
    # the committed batch replaced some failed rows and left the search index marked stale
    assert _q(db, f"SELECT count(*) FROM ingest_state WHERE key = '{SEARCH_STALE_KEY}'") == [(1,)]
    resumed = ingest([EXAMPLES], db, batch_size=2)
    assert resumed.search_rebuilt
    assert _counts(db) == (6, 0, N_RECORDS)
    assert sorted(_q(db, "SELECT content_hash FROM articles")) == sorted(_q(fresh_db, "SELECT content_hash FROM articles"))
    assert _search_total(db, "الارهاب") == 3
    assert _verified(db)


def test_killed_plain_ingest_still_resumes_without_duplicates(tmp_path, fresh_db, monkeypatch):
    db = tmp_path / "p.db"
    real = ingest_mod._store_one
    calls = {"n": 0}

    def dying(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_mod, "_store_one", dying)
    with pytest.raises(KeyboardInterrupt):
        ingest([EXAMPLES], db, batch_size=2)
    monkeypatch.setattr(ingest_mod, "_store_one", real)
    assert _counts(db)[2] == 4  # two committed batches of 2
    resumed = ingest([EXAMPLES], db, batch_size=2)
    assert (resumed.already_present, resumed.stored + resumed.duplicates, resumed.retried) == (4, 2, 0)
    assert _counts(db) == (6, 0, N_RECORDS)
    assert _verified(db)


def test_store_poisoned_by_an_unknown_format_heals(tmp_path, fresh_db, monkeypatch):
    """A store written before --format was checked (the user's ``--format xml`` run: every file a
    failed ``text`` record with the error ``format``, the JSON Lines file as one record) is healed
    by the right rerun, although the failed records have the same bytes and format."""
    from marsad.io import formats

    db = tmp_path / "y.db"
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, "xml"))
    poisoned = ingest([EXAMPLES], db, fmt="xml")
    monkeypatch.undo()
    assert (poisoned.stored, poisoned.failed) == (5, 5)
    assert {c for (c,) in _q(db, "SELECT code FROM problems WHERE level = 'error'")} == {"format"}
    right = ingest([EXAMPLES], db)
    assert (right.retried, right.stored, right.failed) == (5, 6, 0)
    assert _counts(db) == (6, 0, N_RECORDS)
    assert _verified(db)


def test_failed_sibling_read_in_another_format_goes_when_the_file_is_present(tmp_path, fresh_db, monkeypatch):
    """The JSON Lines file stored whole as a failed record by one run and stored right (``#0``,
    ``#1``) by another: the next run drops the failed whole-file record."""
    from marsad.io import formats

    db = tmp_path / "s.db"
    jsonl = EXAMPLES / "002_saudinewsnet-style.jsonl"
    ingest([jsonl], db)
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, "xml"))
    ingest([jsonl], db, fmt="xml")
    monkeypatch.undo()
    assert _counts(db) == (3, 1, 3)
    again = ingest([jsonl], db)
    assert (again.retried, again.stored, again.already_present) == (1, 0, 2)
    assert _counts(db) == (2, 0, 2)
    assert _verified(db)


def test_too_large_article_is_not_retried(tmp_path, monkeypatch):
    from marsad import settings

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("عنوان الخبر\n\n" + "كلمة " * 400, encoding="utf-8")
    db = tmp_path / "t.db"
    monkeypatch.setattr(settings, "MAX_ARTICLE_CHARS", 100)
    first = ingest([folder], db)
    assert (first.stored, first.failed, dict(first.failures)) == (1, 1, {"too-large": 1})
    again = ingest([folder], db)
    assert (again.retried, again.stored, again.already_present) == (0, 0, 1)
