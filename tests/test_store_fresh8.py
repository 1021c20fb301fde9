"""Eighth new-user report, findings 12 and 20: a zip cut mid-download then completed, and an
article read in part (a stage timed out) counted as read."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
import marsad.cli.search  # noqa: F401
from marsad import pipeline
from marsad.cli.app import app
from marsad.store.ingest import ingest

runner = CliRunner()
_CONTENT = "قال الوزير إن الحكومة تعمل على تحسين الخدمات في المدن والقرى. " * 5


def _zip_and_cut(n: int = 40) -> tuple[bytes, bytes]:
    """A stored (uncompressed) zip of one JSON member with ``n`` records, and its first half cut
    inside a two-byte UTF-8 character (a download stopped midway)."""
    recs = [
        {"title": f"عنوان الخبر رقم {i}", "content": _CONTENT, "date_extracted": "2015-08-01 10:00:00"}
        for i in range(n)
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("day.json", json.dumps(recs, ensure_ascii=False).encode())
    data = buf.getvalue()
    cut = len(data) // 2
    while data[cut] & 0xC0 != 0x80:  # a continuation byte: the cut falls inside a character
        cut += 1
    return data, data[:cut]


def _codes(db: Path) -> list[tuple[str, str, int]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT a.source, p.code, a.failed FROM problems p JOIN articles a ON a.id = p.article_id "
            "WHERE p.code != 'crawl-time' ORDER BY a.id"
        ).fetchall()
    finally:
        con.close()


def test_a_cut_zip_read_whole_later_leaves_no_stale_failure_nor_cut_warning(tmp_path):
    whole, half = _zip_and_cut()
    path, db = tmp_path / "day.zip", tmp_path / "d.db"
    path.write_bytes(half)
    first = ingest([path], db, only=pipeline.CORE_STAGES)
    assert first.failures["archive-truncated"] == 1
    before = _codes(db)
    # the cut reading: the archive row failed, and the cut warning on the record the cut went through
    assert (str(path), "archive-truncated", 1) in before
    assert any(code == "cut-character" for _s, code, _f in before)

    path.write_bytes(whole)
    second = ingest([path], db, only=pipeline.CORE_STAGES)
    assert second.read == 40 and second.failed == 0
    assert second.retried == 2  # the archive row and the record cut in the middle
    assert _codes(db) == []  # no archive-truncated row, no cut-character / truncated warning left
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*), sum(failed) FROM articles").fetchone() == (40, 0)
    finally:
        con.close()
    r = runner.invoke(app, ["stats", "--db", str(db)])
    assert r.exit_code == 0 and json.loads(r.output)["failed"] == 0


def test_an_archive_cut_again_keeps_its_failure(tmp_path):
    _whole, half = _zip_and_cut()
    path, db = tmp_path / "day.zip", tmp_path / "d.db"
    path.write_bytes(half)
    ingest([path], db, only=pipeline.CORE_STAGES)
    again = ingest([path], db, only=pipeline.CORE_STAGES)  # the same cut file: nothing changes
    assert again.retried == 0 and again.stored == 0
    assert (str(path), "archive-truncated", 1) in _codes(db)
    assert any(code == "cut-character" for _s, code, _f in _codes(db))


def _time_out_in(stage_name: str):
    real = pipeline.stages

    def stages(only=None):
        def boom(article):
            raise pipeline.StageTimeout()

        return [(n, boom if n == stage_name else f) for n, f in real(only)]

    return stages


def test_a_timed_out_article_counts_as_read(tmp_path, monkeypatch):
    src = tmp_path / "a.txt"
    src.write_text("عنوان الخبر\n\nوقال الوزير إن الحكومة تعمل على تحسين الخدمات.\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "stages", _time_out_in("time"))
    db = tmp_path / "t.db"
    s = ingest([src], db, only=pipeline.CORE_STAGES)
    assert (s.stored, s.failed, s.partial) == (1, 1, 1)
    assert s.failures["timeout"] == 1
    assert not s.nothing_read
    assert s.to_dict()["partial"] == 1

    db2 = tmp_path / "t2.db"
    r = runner.invoke(app, ["ingest", str(src), "--db", str(db2), "--core"])
    assert r.exit_code == 0, r.output
    assert "nothing could be read" not in r.output
    line = next(x for x in r.output.splitlines() if "articles stored" in x)
    assert "1 read in part" in line and "failed, kept raw" not in line
    assert "timeout ×1" in r.output
    found = runner.invoke(app, ["search", "الحكومة", "--db", str(db2), "--json"])
    assert found.exit_code == 0 and json.loads(found.output)["total"] == 1


def test_an_unreadable_record_still_exits_nonzero(tmp_path):
    src = tmp_path / "bad.json"
    src.write_text("{not json", encoding="utf-8")
    r = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "b.db"), "--format", "json"])
    assert r.exit_code == 1
    assert "nothing could be read" in r.output


def test_an_all_failed_run_says_the_records_are_kept(tmp_path):
    """An empty file is stored raw as failed (``empty``): the error says so, not only "nothing could be
    read" (nu16 L1: read as lost data)."""
    src = tmp_path / "empty.txt"
    src.write_bytes(b"")
    db = tmp_path / "e.db"
    r = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert r.exit_code == 1
    assert "nothing could be read" in r.output and "every record failed (empty ×1)" in r.output
    assert f"1 kept raw in {db}" in r.output
