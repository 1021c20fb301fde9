"""Hostile-tester report rob23 (store and CLI): an export ingested into its own store, copies of one
article in ``marsad entities``, unbounded devices and pipes, a full disk, a --core run racing a full
one, ids too large for SQLite."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

import marsad.cli.entities  # noqa: F401 - registers the commands
import marsad.cli.ingest  # noqa: F401
import marsad.cli.search  # noqa: F401
import marsad.cli.stories  # noqa: F401
from marsad.cli.app import app
from marsad.pipeline import CORE_STAGES
from marsad.store.ingest import ingest

runner = CliRunner()

TEXT = "وزير الخارجية يزور القاهرة\n\nقال وزير الخارجية سامح شكري إن المحادثات في القاهرة مستمرة مع الجانب الأردني.\n"
OTHER = "افتتاح معرض الكتاب\n\nافتتح وزير الثقافة معرض الكتاب في الرياض يوم الأحد بحضور عدد من الناشرين.\n"
TREC = (
    "<DOC>\n<DOCNO>X-1</DOCNO>\n<TITLE>الرئيس يلتقي الوفد</TITLE>\n<TEXT>\n"
    "التقى الرئيس اليوم الوفد الزائر في العاصمة وبحثا التعاون.\n</TEXT>\n</DOC>\n"
)


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_bytes(OTHER.encode("cp1256"))
    (folder / "c.trec").write_text(TREC, encoding="utf-8")
    (folder / "j.json").write_text(json.dumps({"title": "عنوان الخبر", "content": "نص الخبر في سطر واحد طويل بما يكفي."}, ensure_ascii=False), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


# -- HIGH 1: an export ingested into the store it came from adds nothing ----------------------------


def test_export_ingested_into_its_own_store_adds_nothing(tmp_path: Path) -> None:
    db, out = tmp_path / "s.db", tmp_path / "export.jsonl"
    first = ingest([_corpus(tmp_path / "in")], db, only=CORE_STAGES)
    assert (first.stored, first.failed) == (5, 1)
    assert runner.invoke(app, ["export", "--db", str(db), "--out", str(out)]).exit_code == 0
    s = ingest([out], db, only=CORE_STAGES)
    assert (s.read, s.stored, s.already_present, s.exported_present, s.duplicates, s.same_story) == (5, 0, 5, 5, 0, 0)
    assert _count(db, "SELECT count(*) FROM articles") == 5
    # the export's records are recorded as copies of their articles (a rerun reads them as present)
    # (duplicate = 2: an export record, not a byte copy; feed24 item 2d)
    assert _count(db, "SELECT count(*) FROM sources WHERE duplicate = 2 AND source LIKE '%export.jsonl#%'") == 5
    again = ingest([out], db, only=CORE_STAGES)
    assert (again.stored, again.already_present, again.exported_present, again.changed, again.retried) == (0, 5, 0, 0, 0)
    assert _count(db, "SELECT count(*) FROM articles") == 5
    assert _count(db, "SELECT count(*) FROM articles WHERE failed = 1") == 1  # the failed original stays


def test_export_cli_summary_says_already_in_the_store(tmp_path: Path) -> None:
    db, out = tmp_path / "s.db", tmp_path / "export.jsonl"
    ingest([_corpus(tmp_path / "in")], db, only=CORE_STAGES)
    assert runner.invoke(app, ["export", "--db", str(db), "--out", str(out)]).exit_code == 0
    r = runner.invoke(app, ["ingest", str(out), "--db", str(db), "--core", "-q"])
    assert r.exit_code == 0, r.output
    line = next(x for x in r.output.splitlines() if "already in the store" in x)
    assert line.split()[4] == "5" and "5 of them records of a marsad export" in line


def test_export_into_another_store_is_still_stored(tmp_path: Path) -> None:
    db, db2, out = tmp_path / "s.db", tmp_path / "t.db", tmp_path / "export.jsonl"
    ingest([_corpus(tmp_path / "in")], db, only=CORE_STAGES)
    assert runner.invoke(app, ["export", "--db", str(db), "--out", str(out)]).exit_code == 0
    s = ingest([out], db2, only=CORE_STAGES)
    assert (s.stored, s.failed, s.already_present, s.exported_present) == (5, 1, 0, 0)


def test_edited_export_line_with_another_content_hash_is_matched_by_its_text(tmp_path: Path) -> None:
    db, out = tmp_path / "s.db", tmp_path / "export.jsonl"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    ingest([folder], db, only=CORE_STAGES)
    assert runner.invoke(app, ["export", "--db", str(db), "--out", str(out)]).exit_code == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    for d in rows:
        d["content_hash"] = "edited by hand"
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in rows), encoding="utf-8")
    s = ingest([out], db, only=CORE_STAGES)
    assert (s.stored, s.exported_present) == (0, 2), s


# -- HIGH 2: entities counts an article stored in three encodings once -----------------------------


def test_entities_count_copies_once_unless_asked(tmp_path: Path) -> None:
    folder, db = tmp_path / "enc", tmp_path / "e.db"
    folder.mkdir()
    (folder / "a_utf8.txt").write_bytes(TEXT.encode("utf-8"))
    (folder / "b_cp1256.txt").write_bytes(TEXT.encode("cp1256"))
    (folder / "c_utf16.txt").write_bytes(TEXT.encode("utf-16"))
    s = ingest([folder], db)
    assert (s.stored, s.same_story) == (3, 2)

    def counts(*extra: str) -> dict[str, tuple[int, int]]:
        r = runner.invoke(app, ["entities", "--db", str(db), "--json", *extra])
        assert r.exit_code == 0, r.output
        return {d["name"]: (d["articles"], d["mentions"]) for d in map(json.loads, r.output.splitlines())}

    once, all_copies = counts(), counts("--copies")
    assert once["القاهرة"] == (1, 2) and all_copies["القاهرة"] == (3, 6)
    assert set(once) == set(all_copies)
    assert all(all_copies[k] == (3 * a, 3 * m) for k, (a, m) in once.items())
    # the table agrees with --json
    r = runner.invoke(app, ["entities", "--db", str(db)])
    assert any(line.split()[1:3] == ["1", "2"] and "القاهرة" in line for line in r.output.splitlines())


# -- HIGH 3: a device or a pipe is read with the limit of one record --------------------------------


def test_device_symlink_and_fifo_are_read_with_the_record_limit(tmp_path: Path, monkeypatch) -> None:
    import os
    import threading

    from marsad import settings

    monkeypatch.setattr(settings, "MAX_MEMBER_BYTES", 4096)
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    fifo_big, fifo_small = tmp_path / "big.fifo", tmp_path / "small.fifo"
    os.mkfifo(fifo_big)
    os.mkfifo(fifo_small)

    def write(path: Path, data: bytes) -> None:
        with path.open("wb") as fh:
            try:
                fh.write(data)
            except BrokenPipeError:  # the reader stops at the limit
                pass

    writers = [
        threading.Thread(target=write, args=(fifo_big, b"x" * 10_000), daemon=True),
        threading.Thread(target=write, args=(fifo_small, TEXT.encode()), daemon=True),
    ]
    for w in writers:
        w.start()
    db = tmp_path / "z.db"
    s = ingest([link, fifo_big, fifo_small], db, only=CORE_STAGES)
    for w in writers:
        w.join(5)
    assert (s.read, s.stored, s.failed) == (3, 3, 2)
    assert s.failures == {"too-large": 2}
    con = sqlite3.connect(db)
    rows = con.execute("SELECT a.source, a.failed, p.message FROM articles a LEFT JOIN problems p "
                       "ON p.article_id = a.id AND p.level = 'error' ORDER BY a.id").fetchall()
    con.close()
    # records are keyed by the canonical input name, links resolved (ingest23): the link's target
    assert [(src.rsplit("/", 1)[-1], failed) for src, failed, _ in rows] == [
        ("zero", 1), ("big.fifo", 1), ("small.fifo", 0)]
    assert rows[0][2].startswith("a character device that gave more than 4,096 bytes")
    assert rows[1][2].startswith("a named pipe (FIFO) that gave more than 4,096 bytes")


def test_endless_standard_input_ends_in_one_too_large_record(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "y.db"
    env = {**__import__("os").environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    yes = subprocess.Popen(["yes", "سطر عربي طويل"], stdout=subprocess.PIPE)
    try:
        r = subprocess.run(
            [sys.executable, "-m", "marsad.cli.main", "ingest", "-", "--db", str(db), "-q", "--core"],
            stdin=yes.stdout, capture_output=True, text=True, timeout=120, env=env,
        )
    finally:
        yes.kill()
        yes.wait()
    assert r.returncode == 1
    assert "too-large ×1" in r.stdout and "nothing could be read from /dev/stdin" in r.stderr
    assert "Traceback" not in r.stderr and "MemoryError" not in r.stderr


# -- HIGH 5: a full disk is said in one line; the store stays consistent; search still answers ------


def _corpus_of(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:02d}.txt").write_text(f"خبر رقم {i}\n\nافتتح الوزير المعرض رقم {i} في الرياض يوم الأحد.\n", encoding="utf-8")
    return folder


def _fill_disk_at(monkeypatch, call: int) -> None:
    """From the ``call``-th batch on, COMMIT meets a full disk as SQLite does: the transaction is
    rolled back by SQLite itself, then ``database or disk is full`` is raised."""
    from marsad.store.db import Store

    real = Store._write_pending
    calls = [0]

    def full(self):  # noqa: ANN001, ANN202
        calls[0] += 1
        if calls[0] >= call:
            self.conn.execute("ROLLBACK")
            raise sqlite3.OperationalError("database or disk is full")
        return real(self)

    monkeypatch.setattr(Store, "_write_pending", full)


def test_is_disk_full_reads_sqlite_os_and_tantivy_errors() -> None:
    import errno

    from marsad.store.db import is_disk_full

    assert is_disk_full(sqlite3.OperationalError("database or disk is full"))
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    wrapped = RuntimeError("index")
    wrapped.__cause__ = OSError(errno.EDQUOT, "Disk quota exceeded")
    assert is_disk_full(wrapped)
    assert is_disk_full(ValueError("io error: No space left on device (os error 28)"))
    assert not is_disk_full(sqlite3.OperationalError("cannot rollback - no transaction is active"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(ValueError("An index writer was killed"))


def test_full_disk_ingest_raises_the_real_error_and_keeps_committed_batches(tmp_path: Path, monkeypatch) -> None:
    import pytest

    from marsad.store.db import Store
    from marsad.store.verify import verify

    folder, db = _corpus_of(tmp_path / "in", 6), tmp_path / "g.db"
    _fill_disk_at(monkeypatch, 4)  # call 1: the schema; 2: re-keying legacy sources; 3: batch 1 (2 records); 4: batch 2
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        ingest([folder], db, only=CORE_STAGES, batch_size=2)
    assert _count(db, "SELECT count(*) FROM articles") == 2
    assert _count(db, "SELECT count(*) FROM sources") == 2
    monkeypatch.undo()  # space freed: the same command resumes
    s = ingest([folder], db, only=CORE_STAGES, batch_size=2)
    assert (s.stored, s.already_present, s.failed) == (4, 2, 0)
    with Store(db) as store:
        assert verify(store).ok


def test_full_disk_cli_says_so_in_one_line(tmp_path: Path, monkeypatch) -> None:
    folder, db = _corpus_of(tmp_path / "in", 6), tmp_path / "g.db"
    _fill_disk_at(monkeypatch, 4)  # as above: batch 2 meets the full disk
    r = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--core", "-q", "--batch-size", "2"])
    assert r.exit_code == 1
    lines = [x for x in r.output.splitlines() if x.strip()]
    assert len(lines) == 1, r.output
    assert lines[0].startswith(f"marsad: error: the disk holding {db} is full")
    assert "the store holds 2 articles committed" in lines[0] and "rerun the same command" in lines[0]


def test_search_with_an_index_it_cannot_write_answers_with_a_note(tmp_path: Path, monkeypatch) -> None:
    from marsad.search import index

    folder, db = _corpus_of(tmp_path / "in", 3), tmp_path / "g.db"
    with monkeypatch.context() as m:  # the index is not written: it is behind, search catches up first
        m.setattr(index, "after_commit", lambda *_a, **_k: None)
        m.setattr(index, "end_bulk", lambda *_a, **_k: None)
        ingest([folder], db, only=CORE_STAGES)

    def killed(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise ValueError("An error occurred in a thread: 'An index writer was killed.'")

    monkeypatch.setattr(index, "_add_missing", killed)
    r = runner.invoke(app, ["search", "الرياض", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["hits"] == []
    (note,) = [n for n in out["notes"] if "could not be brought up to date" in n]
    assert "3 newest articles are not searchable yet" in note and "marsad reindex" in note
    monkeypatch.undo()
    r = runner.invoke(app, ["search", "الرياض", "--db", str(db), "--json"])
    assert len(json.loads(r.output)["hits"]) == 3


# -- HIGH 6: a record stored meanwhile by a --core run is upgraded, not counted a duplicate ---------

QUOTED = (
    "وزير الخارجية يزور القاهرة\n\nقال وزير الخارجية الأردني أيمن الصفدي إن \"المحادثات مستمرة\" "
    "مع الجانب المصري في القاهرة.\n"
)


def _rows_by_source(db: Path) -> dict[str, tuple]:
    con = sqlite3.connect(db)
    try:
        out = {}
        for aid, src in con.execute("SELECT id, source FROM articles"):
            out[Path(src).name] = (
                con.execute("SELECT stages FROM article_stages WHERE article_id = ?", (aid,)).fetchone()[0],
                con.execute("SELECT start, end, type, text FROM mentions WHERE article_id = ? ORDER BY idx", (aid,)).fetchall(),
                con.execute("SELECT start, end, speaker FROM quotes WHERE article_id = ? ORDER BY idx", (aid,)).fetchall(),
                con.execute("SELECT level, code FROM problems WHERE article_id = ? ORDER BY idx", (aid,)).fetchall(),
            )
        return out
    finally:
        con.close()


def _planned_before_the_core_run_committed(monkeypatch) -> None:
    """The full run plans as if the store were empty (the --core run committed after its start)."""
    from marsad.store import ingest as ingest_mod

    real = ingest_mod._plan
    monkeypatch.setattr(ingest_mod, "_plan", lambda records, _ks, _kh, *a: real(records, set(), {}, *a))


def test_full_run_upgrades_records_a_core_run_stored_meanwhile(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(QUOTED, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    direct, raced = tmp_path / "direct.db", tmp_path / "raced.db"
    ingest([folder], direct)
    assert ingest([folder], raced, only=CORE_STAGES).stored == 2
    _planned_before_the_core_run_committed(monkeypatch)
    s = ingest([folder], raced)
    assert (s.read, s.stored, s.already_present, s.duplicates, s.upgraded) == (2, 0, 2, 0, 2)
    assert s.upgraded_stages == ["entities", "quotes"] and s.search_rebuilt
    want = _rows_by_source(direct)
    assert _rows_by_source(raced) == want
    assert want["a.txt"][0].endswith("entities,quotes") and want["a.txt"][2]  # a quote with its speaker


def test_byte_copy_stored_meanwhile_under_another_name_is_a_duplicate_and_upgraded(tmp_path: Path, monkeypatch) -> None:
    core_in, full_in = tmp_path / "core", tmp_path / "full"
    core_in.mkdir()
    full_in.mkdir()
    (core_in / "a.txt").write_text(QUOTED, encoding="utf-8")
    (full_in / "copy.txt").write_text(QUOTED, encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([core_in], db, only=CORE_STAGES)
    _planned_before_the_core_run_committed(monkeypatch)
    s = ingest([full_in], db)
    assert (s.stored, s.already_present, s.duplicates, s.upgraded) == (0, 0, 1, 1)
    assert _count(db, "SELECT count(*) FROM sources WHERE duplicate = 1") == 1
    assert _count(db, "SELECT count(*) FROM quotes") >= 1


# -- LOW 15: an id too large for SQLite is a one-line error ----------------------------------------


def test_ids_past_sqlite_integers_are_one_line_errors(tmp_path: Path) -> None:
    folder, db = _corpus_of(tmp_path / "in", 1), tmp_path / "s.db"
    ingest([folder], db, only=CORE_STAGES)
    for args, n in (
        (["show", "99999999999999999999999"], "99999999999999999999999"),
        (["stories", "--show", "9223372036854775808"], "9223372036854775808"),
    ):
        r = runner.invoke(app, [*args, "--db", str(db)])
        assert r.exit_code == 1, r.output
        assert r.output.strip() == (
            f"marsad: error: no article {n}: article IDs are at most 9,223,372,036,854,775,807 "
            "(SQLite's largest integer)"
        )
    r = runner.invoke(app, ["show", "9223372036854775807", "--db", str(db)])
    assert r.exit_code == 1 and r.output.strip() == f"marsad: error: no article with id 9223372036854775807 in {db}"


# -- MED 7: verify finds rows edited behind Marsad's back -------------------------------------------


def test_verify_finds_edited_annotation_rows(tmp_path: Path) -> None:
    import shutil

    from marsad.store.db import Store
    from marsad.store.verify import verify

    folder, db = tmp_path / "in", tmp_path / "s.db"
    folder.mkdir()
    (folder / "a.txt").write_text(QUOTED, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    ingest([folder], db)

    def check(edit: str | None) -> tuple[int, list[str]]:
        copy = tmp_path / f"c{abs(hash(edit))}.db"
        shutil.copy(db, copy)
        if edit:
            con = sqlite3.connect(copy)
            con.execute(edit)
            con.commit()
            con.close()
        with Store(copy, readonly=True) as st:
            (c,) = [c for c in verify(st).checks if c.name == "annotations agree with their articles"]
        return c.broken, c.examples

    assert check(None) == (0, [])
    assert check("DELETE FROM blocks WHERE article_id = 1") == (
        1, ["article 1: 2 sentence(s) in blocks that are not stored (its body cannot be shown or searched)"])
    assert check("UPDATE mentions SET entity = 99999 WHERE article_id = 1 AND idx = 0") == (
        1, ["mention 1#0: entity 99999 is not an entity of article 1"])
    assert check("UPDATE quotes SET entity = 99999 WHERE article_id = 1 AND idx = 0") == (
        1, ["quote 1#0: entity 99999 is not an entity of article 1"])
    n, ex = check("UPDATE mentions SET text = 'فلان' WHERE article_id = 1 AND idx = 0")
    assert n == 1 and ex[0].startswith("mention 1#0: text 'فلان' is not its span's")
    assert check("UPDATE articles SET title = 'عنوان آخر' WHERE id = 2") == (
        1, ["article 2: title 'عنوان آخر' is not the text of its span"])
    assert check("UPDATE articles SET duplicate_of = 1 WHERE id = 2") == (
        1, ["article 2: duplicate_of 1 is not an earlier article with the same title and prose"])
