"""Store faults of the eleventh new-user report (nu22, findings 8 and 14).

Finding 8: a wrong ``--format`` stored many failed records of one input file under numbers the right
reading does not give (``two-docs.trec --format jsonl``: 19 failed rows ``#0`` … ``#18`` with byte
copies; the TREC reading names its two ``<DOC>`` ``#0`` and ``#1``); one right rerun must leave
none of them. Finding 14: the same folder by a relative path or a symbolic link must be "already
in the store", not byte copies under new keys.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from marsad.pipeline import CORE_STAGES as CORE
from marsad.store import ingest as ingest_mod
from marsad.store.db import Store
from marsad.store.ingest import ingest
from marsad.store.verify import verify


TWO_DOCS = """<DOC>
<DOCNO>T-001</DOCNO>
<TITLE>غارات على غزة</TITLE>
<TIME>2018-05-14</TIME>
<TEXT>
قتل عشرات الفلسطينيين في غزة يوم الاثنين.
وقالت وزارة الصحة إن 52 شخصا قتلوا.
</TEXT>
</DOC>
<DOC>
<DOCNO>T-002</DOCNO>
<TITLE>وثيقة ثانية في الملف نفسه</TITLE>
<TIME>2018-05-15</TIME>
<TEXT>
أعلنت حركة حماس الحداد العام في قطاع غزة.
</TEXT>
</DOC>
"""


def _q(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _verified(db: Path) -> bool:
    with Store(db, readonly=True) as store:
        return verify(store).ok


@pytest.fixture()
def trec(tmp_path: Path) -> Path:
    p = tmp_path / "in" / "two-docs.trec"
    p.parent.mkdir()
    p.write_text(TWO_DOCS, encoding="utf-8")
    return p


def test_one_right_rerun_leaves_no_failed_row_of_a_wrong_format(tmp_path, trec):
    db = tmp_path / "w.db"
    wrong = ingest([trec], db, fmt="jsonl", only=CORE)
    # 17 non-blank lines, each a failed "JSON record"; 4 are byte copies (<DOC>, </DOC>, ...)
    assert (wrong.read, wrong.stored, wrong.failed, wrong.duplicates) == (17, 13, 13, 4)
    right = ingest([trec], db, only=CORE)
    assert (right.stored, right.failed, right.retried) == (2, 0, 13)
    assert _q(db, "SELECT count(*), sum(failed) FROM articles") == [(2, 0)]
    assert sorted(_q(db, "SELECT source, ordinal FROM sources")) == [
        (f"{trec}#0", 0),
        (f"{trec}#1", 0),
    ]
    assert _q(db, "SELECT count(*) FROM problems WHERE level = 'error'") == [(0,)]
    assert _verified(db)
    again = ingest([trec], db, only=CORE)
    assert (again.stored, again.retried, again.already_present) == (0, 0, 2)


def test_killed_rerun_after_a_wrong_format_resumes_without_loss(tmp_path, trec, monkeypatch):
    db = tmp_path / "k.db"
    ingest([trec], db, fmt="jsonl", only=CORE)
    real = ingest_mod._store_one
    calls = {"n": 0}

    def dying(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:  # the first record's batch (of 1) is committed
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_mod, "_store_one", dying)
    with pytest.raises(KeyboardInterrupt):
        ingest([trec], db, only=CORE, batch_size=1)
    monkeypatch.setattr(ingest_mod, "_store_one", real)
    # the committed record took every failed row of the file with it
    assert _q(db, "SELECT count(*), sum(failed) FROM articles") == [(1, 0)]
    resumed = ingest([trec], db, only=CORE, batch_size=1)
    assert (resumed.already_present, resumed.stored, resumed.retried) == (1, 1, 0)
    assert _q(db, "SELECT count(*), sum(failed) FROM articles") == [(2, 0)]
    assert _verified(db)


def test_a_same_format_failure_keeps_its_siblings(tmp_path):
    """One broken line of a JSON Lines file read again in the same format: nothing is retried and
    the good records stay present (a rerun of a corpus with a broken record is a no-op)."""
    src = tmp_path / "feed.jsonl"
    src.write_text('{"title": "أ", "text": "نص أول للخبر."}\n{broken\n{"title": "ب", "text": "نص ثان."}\n', encoding="utf-8")
    db = tmp_path / "j.db"
    first = ingest([src], db, only=CORE)
    assert (first.stored, first.failed) == (3, 1)
    again = ingest([src], db, only=CORE)
    assert (again.stored, again.retried, again.already_present) == (0, 0, 3)
