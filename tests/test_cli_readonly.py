"""A store in a folder that is not writable (first-user finding): the read commands work (SQLite
``mode=ro``, else ``immutable=1`` with a note), ``marsad ingest`` into it fails with one line.

Root ignores file permissions, so the real test runs the commands as the user ``nobody`` through
``setpriv`` when the tests run as root (CI does); as another user ``chmod`` is enough."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.entities  # noqa: F401 - registers the commands
import marsad.cli.ingest  # noqa: F401
import marsad.cli.quotes  # noqa: F401
import marsad.cli.search  # noqa: F401
from marsad.cli.app import app
from marsad.store import db as store_db
from marsad.store.db import Store, StoreError, connect_readonly

runner = CliRunner()
ARTICLE = 'انفجار في المدينة\n\nقالت الشرطة إن الإرهاب وراء الانفجار. وقال الوزير: "لا تعليق على الحادث".\n'
MARSAD = [sys.executable, "-c", "from marsad.cli.main import main; main()"]


def _make_store(folder: Path) -> Path:
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = folder / "b.db"
    r = runner.invoke(app, ["ingest", str(folder / "a.txt"), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    return db


def _as_other_user() -> list[str] | None:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@pytest.fixture(scope="module")
def ro_store():
    prefix = _as_other_user()
    if prefix is None:
        pytest.skip("running as root without setpriv: cannot make a folder read-only for the commands")
    if prefix:
        # the checkout and its virtualenv may sit where the other user cannot read (a 0700 home)
        probe = subprocess.run(
            [*prefix, sys.executable, "-c", "import marsad.cli.main"],
            capture_output=True,
            cwd="/tmp",
            timeout=60,
        )
        if probe.returncode != 0:
            pytest.skip(
                "the user nobody cannot import marsad from this checkout: cannot run the commands as another user"
            )
    top = Path(tempfile.mkdtemp(prefix="marsad-ro-test-"))
    try:
        folder = top / "ro"
        folder.mkdir()
        db = _make_store(folder)
        for p in [top, *top.rglob("*")]:  # readable by all, writable by nobody
            mode = p.stat().st_mode
            p.chmod(
                (mode | stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH | (0o111 if p.is_dir() else 0)) & ~0o222
            )
        top.chmod(0o555)
        yield prefix, db
    finally:
        for p in [top, *top.rglob("*")]:
            p.chmod(p.stat().st_mode | stat.S_IWUSR)
        shutil.rmtree(top, ignore_errors=True)


def _run(prefix: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": "/tmp", "COLUMNS": "200"}
    return subprocess.run(
        [*prefix, *MARSAD, *args], capture_output=True, text=True, timeout=120, env=env, cwd="/tmp"
    )


def test_read_commands_work_on_a_read_only_store(ro_store):
    prefix, db = ro_store
    assert not (db.parent / "b.db-wal").exists()
    checks = {
        ("search", "الإرهاب", "--json"): lambda out: json.loads(out)["hits"][0]["article_id"] == 1,
        ("show", "1", "--json"): lambda out: json.loads(out)["title"] == "انفجار في المدينة",
        ("stats",): lambda out: json.loads(out)["articles"] == 1,
        ("verify",): lambda out: "all checks passed" in out,
        ("export",): lambda out: json.loads(out.splitlines()[0])["id"] == 1,
        ("entities", "--json"): lambda out: True,
        ("quotes", "--json"): lambda out: (
            "لا تعليق على الحادث" in [json.loads(x)["text"] for x in out.splitlines()]
        ),
    }
    for args, ok in checks.items():
        r = _run(prefix, *args, "--db", str(db))
        assert r.returncode == 0, (args, r.stderr)
        assert "unable to open" not in r.stderr and "Traceback" not in r.stderr, (args, r.stderr)
        assert ok(r.stdout), (args, r.stdout, r.stderr)
        if args[0] != "search":  # search prints its notes with the result
            assert "read as an immutable file" in r.stderr, (args, r.stderr)
    assert not list(Path(tempfile.gettempdir()).glob("marsad-ro-index-*"))  # the index copy is removed


def test_ingest_into_a_read_only_store_is_one_line(ro_store):
    prefix, db = ro_store
    r = _run(prefix, "ingest", str(db.parent / "a.txt"), "--db", str(db))
    assert r.returncode == 2  # a --db that cannot be written is a usage error (cli30 item 3: it exited 1)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("marsad: error: cannot write to the store"), r.stderr
    assert "not writable" in lines[0]


def test_ingest_into_a_folder_that_is_not_writable(tmp_path, monkeypatch):
    """(In process, any user) the folder check names the folder and the side files."""
    real = os.access
    folder = tmp_path.resolve()

    def access(p, mode):
        return False if Path(p) == folder and mode & os.W_OK else real(p, mode)

    monkeypatch.setattr(store_db.os, "access", access)
    with pytest.raises(StoreError, match=r"folder .* is not writable \(SQLite creates new\.db-wal"):
        Store(tmp_path / "new.db")
    r = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "new.db")])
    assert r.exit_code == 2 and "is not writable" in r.output
    assert not (tmp_path / "new.db").exists()


def test_readonly_falls_back_to_immutable_with_a_note(tmp_path, monkeypatch):
    """(In process) when ``mode=ro`` cannot open the file, ``immutable=1`` reads it, and the note
    says what that costs, naming the unread write-ahead log bytes."""
    db = _make_store(tmp_path)
    (tmp_path / "b.db-wal").write_bytes(b"\0" * 100)  # a WAL that an immutable reader ignores
    real = sqlite3.connect

    def connect(database, *a, **kw):
        if "mode=ro" in str(database):
            raise sqlite3.OperationalError("unable to open database file")
        return real(database, *a, **kw)

    monkeypatch.setattr(store_db.sqlite3, "connect", connect)
    conn, note = connect_readonly(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert "immutable" in note and "unable to open database file" in note and "100 bytes of b.db-wal" in note
    with Store(db, readonly=True) as store:
        assert store.note == note and store.count() == 1
    r = runner.invoke(app, ["stats", "--db", str(db)])
    assert r.exit_code == 0 and "marsad: note:" in r.output and '"articles": 1' in r.output


def test_readonly_store_opens_normally_when_writable(tmp_path):
    db = _make_store(tmp_path)
    conn, note = connect_readonly(db)
    assert note is None and conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    with Store(db, readonly=True) as store, pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.conn.execute("DELETE FROM articles")
