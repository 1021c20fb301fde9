"""Third new-user report, finding 6: after ``kill -9`` during the ``--core`` → all-stages upgrade,
``person:`` filters returned 0 silently while ``marsad verify`` said the search index was in sync
(it compared document counts only; the upgrade changes the entity fields of documents already
indexed, rebuilt only at the end of the run).

Now ``verify`` compares, per entity type, the indexed documents holding a name of that type with
the articles that have such ``search_entity`` rows, and the next ingest or ``marsad reindex``
repairs the index. The kill is simulated at the bad point: after the first upgrade batch is
committed, before the end-of-run rebuild."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from marsad.pipeline import CORE_STAGES
from marsad.search import index
from marsad.store.db import Store
from marsad.store.ingest import SEARCH_STALE_KEY, ingest
from marsad.store.verify import verify

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CHECK = "search entity filters (person:/org:/place:) in sync"


def _check(db: Path):
    with Store(db, readonly=True) as store:
        report = verify(store)
    return report, next(c for c in report.checks if c.name == CHECK)


def _person_hits(db: Path, name: str) -> int:
    with Store(db, readonly=True) as store:
        return index.run_query(store.conn, f"person:{name}").total


def _killed_upgrade(db: Path) -> None:
    """``--core`` ingest of examples/, then the full ingest killed in its second batch of 2."""
    ingest([EXAMPLES], db, only=CORE_STAGES)

    def die_at_three(summary):
        if summary.read == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([EXAMPLES], db, batch_size=2, progress=die_at_three)


@pytest.fixture(scope="module")
def full_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("full") / "full.db"
    ingest([EXAMPLES], db)
    return db


def test_full_store_passes_the_entity_filter_check(full_db):
    report, check = _check(full_db)
    assert report.ok and check.ok
    # examples/: the seed's PER, ORG and LOC names in 6 articles: something was compared
    assert check.checked >= 6
    assert _person_hits(full_db, "لافروف") == 1


def test_verify_detects_the_stale_entity_filters_of_a_killed_upgrade(tmp_path, full_db):
    db = tmp_path / "k.db"
    _killed_upgrade(db)
    with Store(db) as store:
        assert store.conn.execute("SELECT value FROM ingest_state WHERE key = ?", (SEARCH_STALE_KEY,)).fetchone()
    # the user's symptom was: the seed (first batch) has its mentions stored, but person: found nothing;
    # since step 54f (nu33 W10) person: also takes the articles the entity registry links to the name,
    # and the registry is written with the articles, so the seed is found while the index lags (0 before)
    assert _person_hits(db, "لافروف") == 1
    report, check = _check(db)
    assert not report.ok and not check.ok
    assert check.broken == 1
    msg = check.examples[0]
    assert "entity filters are stale" in msg and "interrupted stage upgrade" in msg and "marsad reindex" in msg
    # the committed first batch: 2 articles (the seed and 001) with names of each type
    assert "PER: 0 indexed articles vs 2 with entity rows" in msg and "LOC: 0 indexed articles vs 2" in msg
    # the other checks still pass: only the entity fields are behind
    assert all(c.ok for c in report.checks if c.name != CHECK)


def test_reindex_repairs_a_killed_upgrade(tmp_path):
    db = tmp_path / "r.db"
    _killed_upgrade(db)
    with Store(db) as store:  # what `marsad reindex` runs
        index.rebuild(store.conn)
    report, check = _check(db)
    assert report.ok and check.ok
    assert _person_hits(db, "لافروف") == 1


def test_next_ingest_repairs_a_killed_upgrade(tmp_path, full_db):
    db = tmp_path / "i.db"
    _killed_upgrade(db)
    resumed = ingest([EXAMPLES], db)
    assert resumed.search_rebuilt and resumed.upgraded >= 1
    report, check = _check(db)
    assert report.ok and check.ok
    assert check.checked == _check(full_db)[1].checked
    assert _person_hits(db, "لافروف") == _person_hits(full_db, "لافروف") == 1


def test_core_store_has_nothing_to_compare(tmp_path):
    db = tmp_path / "c.db"
    ingest([EXAMPLES], db, only=CORE_STAGES)
    report, check = _check(db)
    assert report.ok and check.ok and check.checked == 0


def test_entity_rows_without_indexed_names_are_reported(tmp_path):
    """An entity row added behind the index's back (what the killed upgrade leaves) is found."""
    db = tmp_path / "e.db"
    ingest([EXAMPLES], db)
    con = sqlite3.connect(db)
    try:
        aid = con.execute(
            "SELECT min(id) FROM articles WHERE id NOT IN (SELECT article_id FROM search_entity WHERE type = 'ORG')"
        ).fetchone()[0]
        assert aid is not None
        con.execute("INSERT INTO search_entity (article_id, type, name) VALUES (?, 'ORG', 'اوبك')", (aid,))
        con.commit()
    finally:
        con.close()
    report, check = _check(db)
    assert not check.ok and "ORG:" in check.examples[0]


def test_search_notes_stale_entity_filters_until_rebuilt(tmp_path):
    db = tmp_path / "n.db"
    _killed_upgrade(db)
    with Store(db, readonly=True) as store:
        result = index.run_query(store.conn, "person:لافروف")
    assert result.total == 1  # (0 before step 54f: the registry's links find the seed while the index lags)
    assert any("not in the search index yet" in n and "marsad reindex" in n for n in result.notes)
    ingest([EXAMPLES], db)  # the next ingest rebuilds and removes the note
    with Store(db, readonly=True) as store:
        result = index.run_query(store.conn, "person:لافروف")
    assert result.total == 1 and result.notes == []


def test_cli_reindex_repairs_and_removes_the_note(tmp_path):
    from typer.testing import CliRunner

    import marsad.cli.search  # noqa: F401 - registers the commands
    from marsad.cli.app import app

    db = tmp_path / "c.db"
    _killed_upgrade(db)
    result = CliRunner().invoke(app, ["reindex", "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    with Store(db, readonly=True) as store:
        assert store.conn.execute("SELECT count(*) FROM ingest_state WHERE key = ?", (SEARCH_STALE_KEY,)).fetchone() == (0,)
        result = index.run_query(store.conn, "person:لافروف")
    assert result.total == 1 and result.notes == []
    report, check = _check(db)
    assert report.ok and check.ok
