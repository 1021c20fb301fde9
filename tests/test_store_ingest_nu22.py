"""Store faults of the eleventh new-user report (nu22, findings 8 and 14).

Finding 8: a wrong ``--format`` stored many failed records of one input file under numbers the right
reading does not give (``two-docs.trec --format jsonl``: 19 failed rows ``#0`` … ``#18`` with byte
copies; the TREC reading names its two ``<DOC>`` ``#0`` and ``#1``); one right rerun must leave
none of them. Finding 14: the same folder by a relative path or a symbolic link must be "already
in the store", not byte copies under new keys.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from marsad.pipeline import CORE_STAGES as CORE
from marsad.store import ingest as ingest_mod
from marsad.store.db import Store, source_file
from marsad.store.ingest import canonical_input, ingest, legacy_input_names
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
    # 17 non-blank lines, each a failed "JSON record"; 4 are byte copies (<DOC>, </DOC>, ...),
    # each recorded as failed under its own line since cli29 (they were "duplicate records")
    assert (wrong.read, wrong.stored, wrong.failed, wrong.duplicates) == (17, 17, 17, 0)
    right = ingest([trec], db, only=CORE)
    assert (right.stored, right.failed, right.retried) == (2, 0, 17)
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
    src.write_text(
        '{"title": "أ", "text": "نص أول للخبر."}\n{broken\n{"title": "ب", "text": "نص ثان."}\n',
        encoding="utf-8",
    )
    db = tmp_path / "j.db"
    first = ingest([src], db, only=CORE)
    assert (first.stored, first.failed) == (3, 1)
    again = ingest([src], db, only=CORE)
    assert (again.stored, again.retried, again.already_present) == (0, 0, 3)


# -- finding 14: one folder, several names --------------------------------------------------------


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("عنوان الخبر الأول\n\nقال الوزير إن الاجتماع انتهى.\n", encoding="utf-8")
    (d / "sub" / "b.txt").write_text(
        "عنوان الخبر الثاني\n\nأعلنت الحكومة خطة جديدة للنقل.\n", encoding="utf-8"
    )
    (d / "two.trec").write_text(TWO_DOCS, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (tmp_path / "link").symlink_to(d, target_is_directory=True)
    return d


def test_canonical_input_resolves_relative_paths_and_links(tmp_path, folder, monkeypatch):
    monkeypatch.chdir(tmp_path)
    real = str(folder.resolve())
    assert {canonical_input(p) for p in ("corpus", "./corpus", "link", str(tmp_path / "link"), real)} == {
        real
    }
    assert canonical_input("/dev/stdin") == "/dev/stdin"
    assert canonical_input("nowhere/x.txt") == str(tmp_path.resolve() / "nowhere" / "x.txt")
    assert source_file(f"{real}/a.zip::m.json#2@0123456789ab") == f"{real}/a.zip"
    assert source_file(f"{real}/two.trec#1") == f"{real}/two.trec"


def test_same_folder_by_relative_path_absolute_path_or_link_is_already_present(tmp_path, folder, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "f.db"
    first = ingest(["corpus"], db, only=CORE)
    assert (first.read, first.stored, first.failed) == (5, 5, 1)  # a, b, two #0 #1, empty (failed)
    real = str(folder.resolve())
    assert sorted(s for (s,) in _q(db, "SELECT source FROM sources")) == [
        f"{real}/a.txt",
        f"{real}/empty.txt",
        f"{real}/sub/b.txt",
        f"{real}/two.trec#0",
        f"{real}/two.trec#1",
    ]
    for name in ("./corpus", "link", str(tmp_path / "link"), real, "corpus/../corpus"):
        again = ingest([name], db, only=CORE)
        assert (again.already_present, again.stored, again.duplicates, again.retried) == (5, 0, 0, 0), name
    assert _q(db, "SELECT count(*) FROM sources") == [(5,)]
    assert _q(db, "SELECT count(*) FROM articles") == [(5,)]
    assert _verified(db)


def _as_given(monkeypatch) -> None:
    """Make ingest key records by the path as given, as Marsad did before the canonical keys."""
    monkeypatch.setattr(ingest_mod, "canonical_input", lambda p: str(Path(p)))
    monkeypatch.setattr(ingest_mod, "legacy_input_names", lambda p: [])


def test_a_store_keyed_by_relative_paths_is_rekeyed_once_and_keeps_working(tmp_path, folder, monkeypatch):
    """A store an earlier Marsad wrote, keys as given on its command line (``corpus/a.txt``), with
    the byte-copy rows of a second run through a link (``link/a.txt``) and the empty file stored
    twice, failed, once per name: the next ingest by any name renames the keys to the canonical
    path — the article's own source, its problems' source and a content-less error record's hash
    with them — drops the redundant rows and failed copy, and finds every record present."""
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "old.db"
    with monkeypatch.context() as m:
        _as_given(m)
        ingest(["corpus"], db, only=CORE)
        second = ingest(["link"], db, only=CORE)
    # the user's figures, in small: byte copies under new keys, and a second failed empty record
    assert (second.already_present, second.duplicates, second.stored) == (0, 4, 1)
    assert _q(db, "SELECT count(*) FROM sources") == [(10,)]
    assert _q(db, "SELECT count(*), sum(failed) FROM articles") == [(6, 2)]
    assert _verified(db)
    again = ingest(["link"], db, only=CORE)
    assert (again.rekeyed, again.retried) == (9, 1)  # "link/…" 5 renamed, "corpus/…" 4 dropped; 1 copy
    assert (again.already_present, again.stored, again.duplicates) == (5, 0, 0)
    real = str(folder.resolve())
    assert sorted(_q(db, "SELECT source, duplicate FROM sources")) == [
        (f"{real}/a.txt", 0),
        (f"{real}/empty.txt", 0),
        (f"{real}/sub/b.txt", 0),
        (f"{real}/two.trec#0", 0),
        (f"{real}/two.trec#1", 0),
    ]
    assert _q(db, "SELECT count(*), sum(failed) FROM articles") == [(5, 1)]
    assert _q(db, "SELECT count(*) FROM articles WHERE source NOT LIKE '/%'") == [(0,)]
    assert _q(db, "SELECT count(*) FROM problems WHERE source NOT LIKE '/%'") == [(0,)]
    assert _verified(db)
    third = ingest(["corpus"], db, only=CORE)
    assert (third.rekeyed, third.already_present, third.stored, third.retried) == (0, 5, 0, 0)


def test_a_killed_first_run_after_the_upgrade_resumes(tmp_path, folder, monkeypatch):
    """The re-keying is one transaction before any record: a run killed after it resumes like any
    other (its committed records present, the rest stored)."""
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "kr.db"
    with monkeypatch.context() as m:
        _as_given(m)
        ingest(["corpus"], db, only=CORE, limit=2)
    real = ingest_mod._store_one
    calls = {"n": 0}

    def dying(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_mod, "_store_one", dying)
    with pytest.raises(KeyboardInterrupt):
        ingest(["./corpus"], db, only=CORE, batch_size=1)
    monkeypatch.setattr(ingest_mod, "_store_one", real)
    resumed = ingest([str(folder)], db, only=CORE)
    assert (resumed.rekeyed, resumed.already_present, resumed.stored, resumed.duplicates) == (0, 3, 2, 0)
    assert _q(db, "SELECT count(*) FROM sources") == [(5,)]
    assert _verified(db)


def test_a_relative_key_of_a_file_that_is_not_there_is_left_alone(tmp_path, folder, monkeypatch):
    """``.`` given: relative keys are renamed only when their file exists under the current folder
    (a key written from another folder keeps its name)."""
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "r.db"
    ingest(["corpus"], db, only=CORE)
    real = str(folder.resolve())
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE sources SET source = 'elsewhere/a.txt' WHERE source = ?", (f"{real}/a.txt",))
        con.execute("UPDATE sources SET source = 'corpus/sub/b.txt' WHERE source = ?", (f"{real}/sub/b.txt",))
    con.close()
    with Store(db) as store, store.transaction():
        assert store.rekey_sources(".", str(tmp_path.resolve()), exists=os.path.exists) == 1
    assert sorted(s for (s,) in _q(db, "SELECT source FROM sources") if not s.startswith("/")) == [
        "elsewhere/a.txt"
    ]


def test_standard_input_keeps_its_name():
    assert legacy_input_names("/dev/stdin") == []
    assert canonical_input("/dev/stdin") == "/dev/stdin"
