"""rel27: several writers on one store, honest ingest counts, binary input refused (nu27 findings).

Small corpora written by the tests; the two-process test takes a few seconds.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad import settings
from marsad.cli.app import app
from marsad.io.encoding import decode
from marsad.pipeline import CORE_STAGES
from marsad.store.db import Store, StoreLocked
from marsad.store.ingest import ingest
from marsad.store.verify import verify

SRC = str(Path(__file__).resolve().parents[1] / "src")
runner = CliRunner()


def _article(i: int) -> str:
    return (
        f"افتتاح المعرض رقم {i}\n\nالرياض - افتتح الوزير المعرض رقم {i} يوم الأحد، "
        f"وقال إن المعرض يضم {i + 10} جناحا من دول عدة.\n"
    )


def _corpus(folder: Path, numbers: range) -> Path:
    folder.mkdir(parents=True)
    for i in numbers:
        (folder / f"{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    return folder


def _stored_rows(db: Path) -> int:
    """Committed ``sources`` rows of ``db`` (0 while the file or its schema is not there)."""
    try:
        return _count(db, "SELECT count(*) FROM sources") if db.exists() else 0
    except sqlite3.OperationalError:
        return 0


def _count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


# -- 1. several writers ------------------------------------------------------------------------------


def test_two_ingest_processes_and_stories_write_into_one_store(tmp_path: Path) -> None:
    """nu27: two `marsad ingest` into one store (with `stories` beside them) failed "database is
    locked" after the 30 s busy timeout in 2 of 3 runs. The inputs overlap by 10 files of the same
    bytes (byte copies under other names)."""
    a, b = _corpus(tmp_path / "a", range(0, 20)), _corpus(tmp_path / "b", range(10, 30))
    for i in range(10, 20):  # the same bytes in both folders, under other names in b
        (b / f"{i:03d}.txt").rename(b / f"copy-{i:03d}.txt")
    db = tmp_path / "s.db"
    env = {**os.environ, "PYTHONPATH": SRC}

    def marsad(*args: str) -> subprocess.Popen[str]:
        cmd = [sys.executable, "-m", "marsad.cli.main", *args, "--db", str(db)]
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    # a transaction every 2 records: ~10 write transactions per process (the core stages keep the
    # test short; that annotation is outside the lock whatever the stages is the next test)
    runs = [marsad("ingest", str(src), "--core", "--batch-size", "2", "--json") for src in (a, b)]
    deadline = time.monotonic() + 120
    while _stored_rows(db) == 0 and time.monotonic() < deadline and all(p.poll() is None for p in runs):
        time.sleep(0.05)
    stories = marsad("stories")  # a third writer, once the store has its tables
    outs = [p.communicate(timeout=300) for p in runs]
    s_out, s_err = stories.communicate(timeout=300)
    for p, (_out, err) in zip(runs, outs, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in err
    assert stories.returncode == 0, s_err
    summaries = [json.loads(out) for out, _ in outs]
    # each run read its 20 records; together they stored 30 articles, once each
    assert [s["read"] for s in summaries] == [20, 20]
    assert sum(s["stored"] for s in summaries) == 30
    assert sum(s["duplicates"] + s["already_present"] for s in summaries) == 10
    assert _count(db, "SELECT count(*) FROM articles") == 30
    assert _count(db, "SELECT count(DISTINCT content_hash) FROM articles") == 30
    assert _count(db, "SELECT count(*) FROM sources") == 40
    assert _count(db, "SELECT count(*) FROM articles WHERE failed = 1") == 0
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    with Store(db) as store:
        assert verify(store).ok


def test_the_write_lock_is_free_while_articles_are_annotated(tmp_path: Path, monkeypatch) -> None:
    """The cause of the nu27 lock-out: the batch's ``BEGIN IMMEDIATE`` was taken before its records
    were annotated, so an every-stage ingest held the write lock ~5 s at a time and took it again at
    once. Now another connection can take the lock (without waiting) whenever a record is annotated."""
    import marsad.pipeline

    src, db = _corpus(tmp_path / "in", range(6)), tmp_path / "l.db"
    real = marsad.pipeline.annotate
    got: list[bool] = []

    def annotate_and_try_the_lock(article, **kw):
        if db.exists():
            con = sqlite3.connect(db, timeout=0, isolation_level=None)
            try:
                con.execute("BEGIN IMMEDIATE")
                con.execute("ROLLBACK")
                got.append(True)
            except sqlite3.OperationalError:
                got.append(False)
            finally:
                con.close()
        return real(article, **kw)

    monkeypatch.setattr(marsad.pipeline, "annotate", annotate_and_try_the_lock)
    s = ingest([src], db, only=CORE_STAGES, batch_size=2)
    assert s.stored == 6
    assert got == [True] * 6


def test_a_lock_held_too_long_is_store_locked_and_a_short_one_is_waited_for(
    tmp_path: Path, monkeypatch
) -> None:
    db = tmp_path / "h.db"
    Store(db).close()
    monkeypatch.setattr(settings, "STORE_BUSY_TIMEOUT_S", 0.05)
    monkeypatch.setattr(settings, "STORE_LOCK_RETRY_PAUSE_S", 0.02)
    monkeypatch.setattr(settings, "STORE_LOCK_WAIT_S", 0.3)
    store = Store(db)
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreLocked, match=r"stayed locked by another process for 0 s"):
            with store.transaction():
                pass
        assert not store.conn.in_transaction
        # a holder that lets go within STORE_LOCK_WAIT_S: the writer retries and gets the lock
        monkeypatch.setattr(settings, "STORE_LOCK_WAIT_S", 10.0)
        threading.Timer(0.4, lambda: holder.execute("ROLLBACK")).start()
        with store.transaction():
            store.conn.execute("INSERT INTO ingest_state (key, value) VALUES ('rel27', 'x')")
    finally:
        store.close()
        holder.close()
    assert _count(db, "SELECT count(*) FROM ingest_state WHERE key = 'rel27'") == 1


def test_ingest_into_a_locked_store_says_what_is_kept_and_resumes(tmp_path: Path, monkeypatch) -> None:
    src, db = _corpus(tmp_path / "in", range(4)), tmp_path / "k.db"
    r = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--core", "-q"])
    assert r.exit_code == 0, r.output
    more = _corpus(tmp_path / "more", range(4, 7))
    monkeypatch.setattr(settings, "STORE_BUSY_TIMEOUT_S", 0.05)
    monkeypatch.setattr(settings, "STORE_LOCK_RETRY_PAUSE_S", 0.02)
    monkeypatch.setattr(settings, "STORE_LOCK_WAIT_S", 0.2)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a sqlite3 shell left in a transaction
    try:
        r = runner.invoke(app, ["ingest", str(more), "--db", str(db), "--core", "-q"])
    finally:
        holder.close()
    assert r.exit_code == 1
    lines = [x for x in r.output.splitlines() if x.strip()]
    assert len(lines) == 1, r.output
    assert lines[0].startswith(f"marsad: error: the store {db} stayed locked by another process for 0 s")
    assert "the store holds 4 articles committed and consistent" in lines[0]
    assert lines[0].endswith("rerun the same command to resume")
    r = runner.invoke(app, ["ingest", str(more), "--db", str(db), "--core", "-q", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["stored"] == 3
    assert _count(db, "SELECT count(*) FROM articles") == 7


# -- 2. counts: articles and failed records apart ------------------------------------------------------


def test_summary_and_stats_count_failed_records_apart_from_articles(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "in", range(3))
    (src / "bin.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    (src / "empty.txt").write_bytes(b"")
    db = tmp_path / "c.db"
    r = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--core", "-q"])
    assert r.exit_code == 0, r.output
    assert "  articles stored                  3\n" in r.output
    assert "  failed, kept raw                 2  (records that could not be read" in r.output
    assert "marsad stats --failed" in r.output
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db)]).output)
    assert (stats["articles"], stats["failed"], stats["read_in_part"], stats["stored"]) == (3, 2, 0, 5)
    listed = runner.invoke(app, ["stats", "--failed", "--db", str(db)]).output.splitlines()
    reasons = sorted(line.split("\t")[2].split(":")[0] for line in listed)
    assert reasons == ["binary", "empty"]
    r = runner.invoke(
        app, ["ingest", str(src / "000.txt"), "--db", str(tmp_path / "j.db"), "--core", "--json"]
    )
    s = json.loads(r.output)
    assert (s["articles"], s["stored"], s["failed"]) == (1, 1, 0)


# -- 3. binary input ------------------------------------------------------------------------------------

_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\x00\x00garbage",  # nu27: a UTF-32-LE BOM, then 7 bytes (one code unit past U+10FFFF)
        b"\x00\x00\xfe\xff" + bytes(range(256)),  # UTF-32-BE BOM, then every byte value
        b"\xff\xfe" + bytes(400),  # FF FE 00 00 …: a UTF-32-LE BOM and NULs
        b"\xfe\xff" + _PNG,  # a UTF-16-BE BOM before an image
        b"\xff\xfe" + _PNG,
        b"\xef\xbb\xbf" + bytes(40),  # a UTF-8 BOM and NULs
        b"\xef\xbb\xbf" + _PNG,
        _PNG,  # no BOM: the control bytes decide, as before
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),
    ],
    ids=[
        "nu27",
        "utf32be-bytes",
        "utf32le-nul",
        "utf16be-png",
        "utf16le-png",
        "utf8-nul",
        "utf8-png",
        "png",
        "zip",
    ],
)
def test_a_byte_order_mark_before_bytes_that_are_no_text_is_binary(data: bytes) -> None:
    d = decode(data)
    assert (d.text, d.encoding) == ("", None)
    assert [p.code for p in d.problems] == ["binary"]
    assert d.problems[0].level == "error"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"])
def test_text_after_a_byte_order_mark_is_still_text(codec: str) -> None:
    text = "خبر عاجل\r\nقال الوزير إن المحادثات مستمرة.\t(تحديث)\n"
    d = decode("\ufeff".encode(codec) + text.encode(codec))
    assert d.text == text and d.problems == []


def test_one_bad_unit_beside_text_is_damage_not_binary() -> None:
    d = decode(b"\xff\xfe" + "خبر".encode("utf-16-le") + b"\x00\xdc" + "اليوم".encode("utf-16-le"))
    assert d.text == "خبر\ufffdاليوم" and [p.code for p in d.problems] == ["decode"]


def test_binary_from_a_pipe_a_file_and_a_zip_member_is_refused_with_its_reason(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    env = {**os.environ, "PYTHONPATH": SRC}
    cmd = [sys.executable, "-m", "marsad.cli.main", "ingest", "-", "--db", str(db), "--core", "-q"]
    r = subprocess.run(cmd, input=b"\xff\xfe\x00\x00garbage", capture_output=True, env=env, timeout=120)
    assert r.returncode == 1
    assert "nothing could be read from /dev/stdin: every record failed (binary ×1)" in r.stderr.decode()
    z = tmp_path / "in.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("photo.txt", _PNG)
        zf.writestr("bom.txt", b"\xfe\xff" + _PNG)
        zf.writestr("ok.txt", _article(1))
    r2 = runner.invoke(app, ["ingest", str(z), "--db", str(db), "--core", "-q", "--json"])
    assert r2.exit_code == 0, r2.output
    s = json.loads(r2.output)
    assert (s["articles"], s["failed"], s["failures"]) == (1, 2, {"binary": 2})
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT a.source, p.message FROM articles a JOIN problems p ON p.article_id = a.id "
            "WHERE a.failed = 1 AND p.code = 'binary' ORDER BY a.source"
        ).fetchall()
        assert con.execute("SELECT count(*) FROM articles WHERE failed = 0").fetchone()[0] == 1
    finally:
        con.close()
    reasons = {src.rsplit("::", 1)[-1]: message for src, message in rows}
    assert sorted(reasons) == ["/dev/stdin", "bom.txt", "photo.txt"]
    assert reasons["bom.txt"].startswith("binary data, not text: a UTF-16-BE byte-order mark, then 528 bytes")
    assert reasons["photo.txt"] == "binary data, not text: 11% control/NUL bytes (528 bytes)"
