"""A store ingested with ``--core`` is upgraded by ingesting again with every stage (first-user
finding: the second ingest reported ``already_present`` and ran nothing): the articles already
present get the entities and quotes stages, recorded per article, idempotent, resumable after an
interruption, and the search index's entity filters (``person:``) see the added entities."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from marsad.pipeline import CORE_STAGES
from marsad.store.db import Store
from marsad.store.ingest import SEARCH_STALE_KEY, ingest, stage_names, stages_of
from marsad.store.verify import verify

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ALL = ",".join(stage_names(None))
CORE = ",".join(CORE_STAGES)
#: Tables whose rows the upgrade adds; compared with a store ingested with every stage at once.
TABLES = ("mentions", "entities", "quotes", "search_entity", "entity_links", "entity_registry", "problems")


def _rows(db: Path, table: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
        return sorted(
            con.execute(f"SELECT {', '.join(repr(c) for c in cols)} FROM {table}").fetchall(), key=repr
        )
    finally:
        con.close()


def _stages(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT stages FROM article_stages")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def full_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("full") / "full.db"
    ingest([EXAMPLES], db)
    return db


def test_core_store_is_upgraded_by_a_full_ingest(tmp_path, full_db):
    db = tmp_path / "m.db"
    first = ingest([EXAMPLES], db, only=CORE_STAGES)
    n = first.stored
    assert n >= 5 and _rows(db, "mentions") == [] and _stages(db) == {CORE}
    second = ingest([EXAMPLES], db)
    assert (second.stored, second.already_present, second.upgraded) == (0, first.read, n)
    assert second.upgraded_stages == ["entities", "quotes"] and second.search_rebuilt
    assert _stages(db) == {ALL}
    for table in TABLES:  # the same rows as an ingest with every stage at once
        assert _rows(db, table) == _rows(full_db, table), table
    with Store(db) as store:
        assert verify(store).ok, verify(store).to_dict()
    # the search index sees the added entities: person: finds the seed's Lavrov
    from marsad.search.index import search

    with Store(db) as store:
        hits = search(store.conn, "الإرهاب", person="لافروف")
        assert hits and all("notes" not in h or not any("no entity" in n for n in h["notes"]) for h in hits)
        assert SEARCH_STALE_KEY not in dict(store.conn.execute("SELECT key, value FROM ingest_state"))
    # idempotent: a third run changes nothing
    third = ingest([EXAMPLES], db)
    assert (third.stored, third.upgraded, third.search_rebuilt) == (0, 0, False)
    for table in TABLES:
        assert _rows(db, table) == _rows(full_db, table), table


def test_core_ingest_of_a_full_store_removes_nothing(tmp_path, full_db):
    db = tmp_path / "m.db"
    ingest([EXAMPLES], db)
    again = ingest([EXAMPLES], db, only=CORE_STAGES)
    assert (again.stored, again.upgraded) == (0, 0)
    for table in TABLES:
        assert _rows(db, table) == _rows(full_db, table), table


def test_upgrade_interrupted_then_resumed(tmp_path, full_db):
    db = tmp_path / "m.db"
    first = ingest([EXAMPLES], db, only=CORE_STAGES)
    seen = []

    def stop_after_three(summary):
        seen.append(summary.read)
        if summary.read == 3:
            raise KeyboardInterrupt  # a kill in the middle of the second batch

    with pytest.raises(KeyboardInterrupt):
        ingest([EXAMPLES], db, batch_size=2, progress=stop_after_three)
    # the first batch (2 articles) is committed and recorded; the third article's work rolled back
    assert sorted(s.count(",") for s in _stages_list(db)) == sorted(
        [ALL.count(",")] * 2 + [CORE.count(",")] * (first.stored - 2)
    )
    with Store(db) as store:
        assert dict(store.conn.execute("SELECT key, value FROM ingest_state")).get(SEARCH_STALE_KEY) == "1"
    resumed = ingest([EXAMPLES], db)
    assert resumed.upgraded == first.stored - 2 and resumed.search_rebuilt
    assert _stages(db) == {ALL}
    for table in TABLES:  # no duplicate and no lost row
        assert _rows(db, table) == _rows(full_db, table), table


def _stages_list(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT stages FROM article_stages ORDER BY article_id")]
    finally:
        con.close()


def test_store_written_before_stages_were_recorded(tmp_path, full_db):
    # an older store has no article_stages rows: stages are read off the annotations
    db = tmp_path / "m.db"
    ingest([EXAMPLES], db, only=CORE_STAGES)
    con = sqlite3.connect(db)
    con.execute("DROP TABLE article_stages")
    con.commit()
    con.close()
    with Store(db) as store:  # opening for writing adds the table (migration)
        assert stages_of(store.conn, 1) == frozenset(CORE_STAGES)
    summary = ingest([EXAMPLES], db)
    assert summary.upgraded >= 5
    for table in TABLES:
        assert _rows(db, table) == _rows(full_db, table), table


def test_upgrade_in_worker_processes(tmp_path, full_db):
    db = tmp_path / "m.db"
    first = ingest([EXAMPLES], db, only=CORE_STAGES)
    second = ingest([EXAMPLES], db, workers=2)
    assert second.upgraded == first.stored and _stages(db) == {ALL}
    for table in TABLES:
        assert _rows(db, table) == _rows(full_db, table), table


def test_cli_summary_says_what_was_upgraded(tmp_path):
    from typer.testing import CliRunner

    import marsad.cli.ingest  # noqa: F401 - registers the commands
    from marsad.cli.app import app

    db = tmp_path / "m.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "--core", "-q"]).exit_code == 0
    out = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "-q"])
    assert out.exit_code == 0, out.output
    assert "stages added to stored" in out.output and "entities, quotes" in out.output
    assert "search index rebuilt" in out.output


def test_entity_filter_on_a_core_store_says_how_to_upgrade(tmp_path):
    """``person:`` on a ``--core`` store is ignored with a note that names the fix (ingest again
    without ``--core``), not only that entities are missing (first-user finding)."""
    from marsad.search.index import run_query

    db = tmp_path / "core.db"
    ingest([EXAMPLES], db, only=CORE_STAGES)
    with Store(db) as store:
        result = run_query(store.conn, "الإرهاب person:لافروف")
    note = next(n for n in result.notes if "no entity annotations" in n)
    assert "person:لافروف ignored" in note and "without --core" in note
    assert result.hits  # the words are still searched
