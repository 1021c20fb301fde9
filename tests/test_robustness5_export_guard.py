"""Fifth new-user report, finding 1: ``marsad export --out`` must never overwrite the store it reads
(``marsad export -o marsad.db``, meaning "from marsad.db", emptied the store to 0 bytes and printed a
traceback), nor any other SQLite database, and a failed export leaves an existing ``--out`` as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad.cli.app import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("exp") / "m.db"
    r = runner.invoke(app, ["ingest", str(ROOT / "examples"), "--db", str(db), "--core", "-q"])
    assert r.exit_code == 0, r.output
    return db


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".search/x.jsonl"])
def test_export_refuses_the_store_itself_and_its_companions(store, suffix):
    before = _digest(store)
    r = runner.invoke(app, ["export", "--db", str(store), "--out", str(store) + suffix])
    assert r.exit_code == 2  # a refused --out is a usage error (task cli30, item 3: it exited 1)
    assert "is the store being exported" in r.output
    assert "Traceback" not in r.output
    assert _digest(store) == before


def test_export_refuses_a_relative_path_to_the_store(store, monkeypatch):
    monkeypatch.chdir(store.parent)
    before = _digest(store)
    r = runner.invoke(app, ["export", "--db", store.name, "-o", f"./{store.name}"])
    assert r.exit_code == 2 and "is the store being exported" in r.output
    assert _digest(store) == before


def test_export_refuses_any_other_sqlite_database(store, tmp_path):
    other = tmp_path / "notes.sqlite"
    with sqlite3.connect(other) as con:
        con.execute("create table t (x)")
    before = _digest(other)
    r = runner.invoke(app, ["export", "--db", str(store), "--out", str(other)])
    assert r.exit_code == 2 and "is an SQLite database" in r.output
    assert _digest(other) == before


def test_export_replaces_an_ordinary_file_only_when_it_succeeded(store, tmp_path):
    out = tmp_path / "old.jsonl"
    out.write_text("old content\n", encoding="utf-8")
    r = runner.invoke(app, ["export", "--db", str(store), "--out", str(out)])
    assert r.exit_code == 0, r.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 5 and lines[0].startswith('{"id": 1,')
    assert [p.name for p in tmp_path.iterdir()] == ["old.jsonl"]  # no temporary file left


def test_a_failed_export_leaves_the_existing_file_and_no_temporary_file(store, tmp_path, monkeypatch):
    from marsad.store.db import Store

    out = tmp_path / "keep.jsonl"
    out.write_text("keep me\n", encoding="utf-8")

    def broken(self, aid):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(Store, "load_article", broken)
    r = runner.invoke(app, ["export", "--db", str(store), "--out", str(out)])
    assert r.exit_code == 1
    assert "cannot read" in r.output and "malformed" in r.output and "Traceback" not in r.output
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.jsonl"]


def test_a_store_in_a_missing_folder_is_named_as_such(tmp_path):
    missing = tmp_path / "no-such-dir" / "x.db"
    r = runner.invoke(app, ["ingest", str(ROOT / "examples"), "--db", str(missing), "--core", "-q"])
    assert r.exit_code == 2  # a --db that cannot be written is a usage error (cli30 item 3: it exited 1)
    assert f"cannot create the store {missing}: the folder {missing.parent} does not exist" in r.output
    afile = tmp_path / "plain.txt"
    afile.write_text("x", encoding="utf-8")
    r = runner.invoke(app, ["ingest", str(ROOT / "examples"), "--db", str(afile / "x.db"), "--core", "-q"])
    assert r.exit_code == 2 and f"{afile} is not a folder" in r.output


# --- sixth new-user report: what --out may be ------------------------------------------------
def test_out_dash_is_standard_output(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, ["export", "--db", str(store), "--out", "-"])
    assert r.exit_code == 0 and r.stdout.startswith('{"id": 1,')
    assert not (tmp_path / "-").exists()


def test_a_named_pipe_is_written_through(store, tmp_path):
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    r = runner.invoke(app, ["export", "--db", str(store), "--out", str(fifo)])
    reader.join(30)
    assert r.exit_code == 0, r.output
    assert got and got[0].startswith(b'{"id": 1,') and fifo.is_fifo()


def test_an_existing_file_keeps_its_permissions_and_a_link_is_written_through(store, tmp_path):
    import os
    import stat

    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    os.chmod(real, 0o600)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    r = runner.invoke(app, ["export", "--db", str(store), "--out", str(link)])
    assert r.exit_code == 0, r.output
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith('{"id": 1,')
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


def test_side_files_of_another_store_and_index_files_are_refused(store, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as con:
        con.execute("create table t (x)")
    wal = tmp_path / "other.db-wal"
    wal.write_bytes(b"wal bytes")
    r = runner.invoke(app, ["export", "--db", str(store), "--out", str(wal)])
    assert r.exit_code == 2 and "side file of the SQLite database" in r.output
    assert wal.read_bytes() == b"wal bytes"
    index = tmp_path / "other.db.search"
    index.mkdir()
    (index / "meta.json").write_text("{}", encoding="utf-8")
    r = runner.invoke(app, ["export", "--db", str(store), "--out", str(index / "meta.json")])
    assert r.exit_code == 2 and "inside a search index folder" in r.output
    assert (index / "meta.json").read_text(encoding="utf-8") == "{}"
