"""Task feed24: a live feed on standard input is committed while it pauses (``--batch-seconds``
honoured without more input; SIGTERM ends the run as Ctrl-C does), an endless JSON line stops at
the record limit, the too-large message, Python warnings one line each when they happen."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad import settings
from marsad.cli.app import app
from marsad.pipeline import CORE_STAGES
from marsad.store import ingest as ingest_mod
from marsad.store.ingest import IDLE, ingest

runner = CliRunner()
SRC = str(Path(__file__).resolve().parents[1] / "src")


def _line(n: int) -> bytes:
    record = {"title": f"خبر {n}", "content": f"قال وزير الخارجية إن المحادثات في القاهرة مستمرة {n}.", "url": f"http://x/{n}"}
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def _sources(db: Path) -> list[str]:
    if not db.exists():
        return []
    con = sqlite3.connect(db, timeout=5)
    try:
        return [r[0] for r in con.execute("SELECT source FROM sources ORDER BY source")]
    except sqlite3.OperationalError:  # the schema is not written yet
        return []
    finally:
        con.close()


# -- item 1: a live feed is committed while it pauses; SIGTERM is Ctrl-C with status 143 -------------


def test_paused_stdin_feed_is_committed_and_sigterm_keeps_it(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    env = {**os.environ, "PYTHONPATH": SRC}
    p = subprocess.Popen(
        [sys.executable, "-m", "marsad.cli.main", "ingest", "-", "--format", "jsonl", "--core", "-q",
         "--batch-seconds", "0.2", "--db", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    try:
        assert p.stdin is not None
        p.stdin.write(_line(0) + _line(1))
        p.stdin.flush()  # the pipe stays open: no more input, no end of input
        deadline = time.monotonic() + 60
        while len(_sources(db)) < 2 and time.monotonic() < deadline and p.poll() is None:
            time.sleep(0.1)
        # both complete lines are committed with the input idle (before: the first only, or none)
        assert _sources(db) == ["/dev/stdin#0", "/dev/stdin#1"]
        # the paused feed holds no write transaction: another writer gets the lock at once
        con = sqlite3.connect(db, timeout=3, isolation_level=None)
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("ROLLBACK")
        finally:
            con.close()
        p.send_signal(signal.SIGTERM)
        out, err = p.communicate(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()
    assert p.returncode == 143, err
    text = err.decode()
    assert "marsad: error: terminated (SIGTERM); the store holds 2 articles committed" in text
    assert "rerun the same command to resume" in text and "Traceback" not in text
    assert _sources(db) == ["/dev/stdin#0", "/dev/stdin#1"]


def test_limit_on_a_live_feed_ends_without_waiting_for_one_more_record(tmp_path: Path) -> None:
    """``--limit 2`` on a pipe held open: the run ends once two records are read, not when a third
    comes (nu25); the summary says the input may hold more."""
    db = tmp_path / "lim.db"
    env = {**os.environ, "PYTHONPATH": SRC}
    p = subprocess.Popen(
        [sys.executable, "-m", "marsad.cli.main", "ingest", "-", "--format", "jsonl", "--core",
         "--limit", "2", "--db", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    try:
        assert p.stdin is not None
        p.stdin.write(_line(0) + _line(1))
        p.stdin.flush()  # the pipe stays open while the run ends (communicate() would close it)
        p.wait(timeout=60)
        out, err = p.communicate(timeout=10)
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()
    assert p.returncode == 0, err
    assert _sources(db) == ["/dev/stdin#0", "/dev/stdin#1"]
    assert "stopped by --limit 2" in out.decode()


def test_live_input_gives_idle_marks_and_its_first_record_at_once(tmp_path: Path) -> None:
    """A pipe's records come as their lines end, numbered from #0 (a single record is not held
    back to see whether a second comes), with :data:`IDLE` while the pipe is quiet."""
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    writer_done = threading.Event()

    def write() -> None:
        with open(fifo, "wb") as fh:
            fh.write(_line(0))
            fh.flush()
            writer_done.wait(10)  # held open until the reader has seen the record and an IDLE

    t = threading.Thread(target=write, daemon=True)
    t.start()
    counts: dict[str, int] = {}
    got = []
    it = ingest_mod._per_input([str(fifo)], "jsonl", counts, idle_s=0.05)
    for x in it:
        got.append(x)
        if x is IDLE and any(g is not IDLE for g in got):
            break
    writer_done.set()
    rest = list(it)
    t.join(5)
    records = [x for x in got + rest if x is not IDLE]
    assert [a.source for a in records] == [f"{fifo}#0"]
    assert got[-1] is IDLE and counts == {str(fifo): 1}  # IDLE is not counted as a record


def test_limit_does_not_count_idle_marks() -> None:
    marks = ["a", IDLE, IDLE, "b", IDLE, "c", "d"]
    assert list(ingest_mod._first_records(iter(marks), 2)) == ["a", IDLE, IDLE, "b"]


def test_worker_pool_sends_out_what_it_holds_when_the_input_pauses() -> None:
    from marsad.model import Article

    def item(n: int) -> ingest_mod._Item:
        return ingest_mod._Item(Article(text=f"نص الخبر رقم {n} في القاهرة.", source=f"s#{n}"), 0, str(n), ingest_mod._NEW)

    out = list(ingest_mod._annotate_in_workers(iter([item(0), item(1), IDLE, item(2)]), CORE_STAGES, 2))
    assert [x if x is IDLE else x.article.source for x in out] == ["s#0", "s#1", IDLE, "s#2"]
    assert all(x.article.blocks for x in out if x is not IDLE)  # annotated (layout made blocks)


# -- item 2b: an endless JSON line stops at the record limit ---------------------------------------


def test_dev_zero_as_json_lines_is_one_too_large_record(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(settings, "MAX_MEMBER_BYTES", 1 << 16)
    db = tmp_path / "z.db"
    t0 = time.monotonic()
    s = ingest([Path("/dev/zero")], db, fmt="jsonl", only=CORE_STAGES)
    assert time.monotonic() - t0 < 30  # it read forever before
    assert (s.read, s.stored, s.failed, dict(s.failures)) == (1, 1, 1, {"too-large": 1})
    con = sqlite3.connect(db)
    rows = con.execute("SELECT s.source, p.code, p.message FROM sources s JOIN problems p USING (article_id)").fetchall()
    con.close()
    assert rows[0][:2] == ("/dev/zero#0", "too-large")
    assert rows[0][2].startswith("JSON line of more than 65,536 bytes, over the limit of 65,536; not read; nothing more")


def test_an_overlong_line_in_a_regular_file_is_skipped_and_the_next_read(tmp_path: Path, monkeypatch) -> None:
    from marsad.io.sources import iter_articles

    monkeypatch.setattr(settings, "MAX_MEMBER_BYTES", 1 << 12)
    f = tmp_path / "a.jsonl"
    f.write_bytes(b'{"content": "' + b"x" * 10_000 + b'"}\n' + _line(1))
    got = list(iter_articles([f]))
    assert [p.code for p in got[0].problems] == ["too-large"] and "nothing more" not in got[0].problems[0].message
    assert got[1].text.startswith("خبر 1")


def test_utf16_endless_line_stops_too(monkeypatch) -> None:
    import io

    from marsad.io.encoding import iter_decoded_lines

    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, b) -> int:  # noqa: ANN001
            b[:] = b"a\x00" * (len(b) // 2) + b"a" * (len(b) % 2)
            return len(b)

    lines = list(iter_decoded_lines(io.BufferedReader(Endless()), "utf-16-le", 1000, endless=True))
    assert len(lines) == 1 and lines[0][2][0].code == "too-large"


# -- item 2a: a device or file over the limit is said to be too large --------------------------------


def test_too_large_pipe_is_said_too_large_not_kept_raw(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(settings, "MAX_MEMBER_BYTES", 1 << 12)
    db = tmp_path / "t.db"
    r = runner.invoke(app, ["ingest", "/dev/zero", "--db", str(db), "--core", "-q"])
    assert r.exit_code == 1
    # not counted as an article stored: a line of its own (nu25)
    assert "articles stored                  0\n" in r.output
    assert "not stored, no bytes             1  (recorded as failed with their reason, without bytes: " \
        "over settings.MAX_MEMBER_BYTES, or an input with no record)" in r.output
    err = [x for x in r.output.splitlines() if x.startswith("marsad: error:")]
    assert err == [
        "marsad: error: nothing could be read from /dev/zero: too large (1 record(s) over the limit of one record, "
        f"4,096 bytes: settings.MAX_MEMBER_BYTES); recorded as failed in {db} without their bytes "
        "(marsad stats --failed); for a pipe or device, JSON Lines with --format jsonl is read line by line"
    ]
    assert "kept raw" not in r.output
    # read as JSON Lines already: no hint to do so (an endless line, item 2b)
    r = runner.invoke(app, ["ingest", "/dev/zero", "--format", "jsonl", "--db", str(tmp_path / "j.db"), "--core", "-q"])
    err = [x for x in r.output.splitlines() if x.startswith("marsad: error:")]
    assert r.exit_code == 1 and len(err) == 1
    assert err[0].startswith("marsad: error: nothing could be read from /dev/zero: too large (1 record(s)")
    assert err[0].endswith("without their bytes (marsad stats --failed)")


# -- item 2e: Python warnings are one line each, when they happen ------------------------------------


def test_warnings_are_one_line_each_at_the_time(tmp_path: Path, monkeypatch) -> None:
    import marsad.pipeline

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"خبر {n}\n\nقال الوزير إن المحادثات مستمرة في القاهرة {n}.\n", encoding="utf-8")
    real = marsad.pipeline.annotate
    seen_by_second: list[str] = []
    calls = [0]

    def annotate(article, only=None):  # noqa: ANN001, ANN202
        calls[0] += 1
        if calls[0] == 1:
            warnings.warn("a test warning\nover two lines", UserWarning, stacklevel=1)
        elif calls[0] == 2:
            sys.stderr.flush()
            seen_by_second.append(sys.stderr.buffer.getvalue().decode())
        return real(article, only=only)

    monkeypatch.setattr(marsad.pipeline, "annotate", annotate)
    r = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "w.db"), "--core", "-q"])
    assert r.exit_code == 0, r.output
    line = "marsad: warning: a test warning over two lines (UserWarning)"
    assert line in seen_by_second[0]  # printed while the run went on, not after it
    lines = r.output.splitlines()
    assert lines.count(line) == 1 and lines.index(line) < next(i for i, x in enumerate(lines) if x.startswith("Ingested"))
    assert "warnings.warn" not in r.output  # not Python's two-line form with the source line


# -- items 2c and 2d: an export ingested with its originals; stats agree with the summary -----------

TEXTS = {
    "a.txt": "وزير الخارجية يزور القاهرة\n\nقال وزير الخارجية سامح شكري إن المحادثات في القاهرة مستمرة مع الجانب الأردني.\n",
    "b.txt": "افتتاح معرض الكتاب\n\nافتتح وزير الثقافة معرض الكتاب في الرياض يوم الأحد بحضور عدد من الناشرين.\n",
    "c.txt": "الرئيس يلتقي الوفد\n\nالتقى الرئيس اليوم الوفد الزائر في العاصمة وبحثا التعاون الاقتصادي.\n",
}


def _originals_and_export(tmp_path: Path) -> tuple[Path, Path]:
    orig, out = tmp_path / "orig", tmp_path / "export.jsonl"
    orig.mkdir()
    for name, text in TEXTS.items():
        (orig / name).write_text(text, encoding="utf-8")
    first = tmp_path / "first.db"
    ingest([orig], first, only=CORE_STAGES)
    assert runner.invoke(app, ["export", "--db", str(first), "--out", str(out)]).exit_code == 0
    return orig, out


def test_export_ingested_with_its_originals_in_one_run_with_workers(tmp_path: Path) -> None:
    orig, out = _originals_and_export(tmp_path)
    for workers in (1, 2):  # with 2, planning ran a window ahead: the export records were "same story"
        db = tmp_path / f"w{workers}.db"
        s = ingest([orig, out], db, only=CORE_STAGES, workers=workers)
        assert (s.read, s.stored, s.already_present, s.exported_present, s.duplicates, s.same_story) == (6, 3, 3, 3, 0, 0)
        again = ingest([orig, out], db, only=CORE_STAGES, workers=workers)
        assert (again.stored, again.already_present) == (0, 6)


def test_stats_count_export_records_apart_from_duplicate_records(tmp_path: Path) -> None:
    orig, out = _originals_and_export(tmp_path)
    db = tmp_path / "s.db"
    (orig / "copy.txt").write_text(TEXTS["a.txt"], encoding="utf-8")  # a byte copy: a duplicate record
    r = runner.invoke(app, ["ingest", str(orig), str(out), "--db", str(db), "--core", "-q"])
    assert r.exit_code == 0, r.output
    assert "  duplicate records                1" in r.output
    assert "  already in the store             3  (3 of them records of a marsad export" in r.output
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db)]).output)
    assert (stats["source_records"], stats["duplicate_records"], stats["export_records"]) == (7, 1, 3)


def test_kept_raw_or_not_follows_the_bytes_not_the_error_code(tmp_path: Path, monkeypatch) -> None:
    """nu26 M1: a text over the length limit is kept raw (its bytes are in the store) and is said so;
    a zip member over the byte limit is recorded without its bytes and is not said "kept raw"."""
    import zipfile

    monkeypatch.setattr(settings, "MAX_ARTICLE_CHARS", 200)
    long = tmp_path / "long.txt"
    long.write_text("قال الوزير إن المحادثات مستمرة. " * 20, encoding="utf-8")
    r = runner.invoke(app, ["ingest", str(long), "--db", str(tmp_path / "a.db"), "--core"])
    # rel27: a failed record is no article; it has its own line (nu27: 5,977 "articles" held 19 failed)
    assert "articles stored                  0\n" in r.output
    assert "failed, kept raw                 1  (records that could not be read" in r.output
    assert "not stored, no bytes" not in r.output
    assert "1 kept raw in" in r.output and "without their bytes" not in r.output

    monkeypatch.setattr(settings, "MAX_MEMBER_BYTES", 1 << 10)
    z = tmp_path / "big.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("a.txt", "خبر " * 1000)
        zf.writestr("b.txt", "خبر " * 1000)
    r = runner.invoke(app, ["ingest", str(z), "--db", str(tmp_path / "b.db"), "--core"])
    assert "articles stored                  0\n" in r.output
    assert "not stored, no bytes             2" in r.output
    assert "kept raw" not in r.output
