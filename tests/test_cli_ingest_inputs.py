"""`marsad ingest A B --limit N` says how many records came from each input and that --limit stopped
it; the progress bar has a total (and so an ETA) whenever one is known (first-user findings)."""

from __future__ import annotations

import io
import json
import re
import tarfile
import zipfile
from pathlib import Path

from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad.cli.app import app
from marsad.cli.ingest import progress_total

runner = CliRunner()


def _tar(path: Path, n: int) -> Path:
    with tarfile.open(path, "w:gz") as tf:
        for i in range(n):
            data = f"عنوان الخبر {i}\n\nنص الخبر رقم {i} في المدينة.\n".encode()
            info = tarfile.TarInfo(f"a/{i}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def _zip(path: Path, n: int) -> Path:
    records = [{"title": f"خبر {i}", "content": f"نص الخبر {i} هنا."} for i in range(n)]
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("day.json", json.dumps(records, ensure_ascii=False))
    return path


def test_limit_summary_names_each_input(tmp_path):
    a, b = _tar(tmp_path / "A.tar.gz", 8), _zip(tmp_path / "B.zip", 5)
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["ingest", str(a), str(b), "--db", str(db), "--limit", "6", "--core", "-q"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].startswith(f"Ingested 6 records into {db}")
    assert re.search(r"\(\d[\d,.]* records/s, ", lines[0])  # records, read or not (nu24 item 9)
    assert f"  from {a}: 6 records" in lines
    assert f"  from {b}: 0 records  (not reached: --limit stopped the run)" in lines
    assert any(x.startswith("  stopped by --limit 6: input is left") for x in lines)

    r = runner.invoke(app, ["ingest", str(a), str(b), "--db", str(db), "--limit", "100", "--core", "--json"])
    s = json.loads(r.output)
    assert s["inputs"] == {str(a): 8, str(b): 5} and s["limit_reached"] is False
    assert (s["already_present"], s["stored"]) == (6, 7)


def test_limit_equal_to_the_input_is_not_reported_as_stopping(tmp_path):
    a = _tar(tmp_path / "A.tar.gz", 4)
    r = runner.invoke(
        app, ["ingest", str(a), "--db", str(tmp_path / "s.db"), "--limit", "4", "--core", "--json"]
    )
    s = json.loads(r.output)
    assert s["inputs"] == {str(a): 4} and s["limit_reached"] is False


def test_progress_total_whenever_known(tmp_path):
    a, b = _tar(tmp_path / "A.tar.gz", 8), _zip(tmp_path / "B.zip", 5)
    assert progress_total([a], None) == 8
    assert progress_total([a], 3) == 3
    assert progress_total([a, b], None) is None  # records inside a JSON zip are not counted up front
    assert progress_total([a, b], 3000) == 3000  # --limit gives the total: ETA shown


def test_summary_shows_a_truncated_archive(tmp_path):
    a = _tar(tmp_path / "A.tar.gz", 40)
    data = a.read_bytes()
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(data[: len(data) // 2])
    r = runner.invoke(app, ["ingest", str(cut), "--db", str(tmp_path / "s.db"), "--core", "-q"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert "  errors:   archive-truncated ×1  (which records: marsad stats --failed)" in lines
    shown = [x for x in lines if x.startswith("  ! ")]
    assert len(shown) == 1 and shown[0].startswith(f"  ! {cut}: tar archive cut short after ")
