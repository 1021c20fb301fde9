"""``marsad ingest -`` reads standard input; a ``--db`` that is not a regular file is a one-line
error (third new-user report, finding 18)."""

import sqlite3
import subprocess
import sys

from marsad.store.db import raw_bytes_of


def _marsad(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "marsad", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_ingest_dash_reads_standard_input(tmp_path, seed_text):
    db = tmp_path / "m.db"
    r = _marsad("ingest", "-", "--db", str(db), "-q", stdin=seed_text.encode())
    assert r.returncode == 0, r.stderr.decode()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        storage, raw, text = conn.execute("SELECT raw_storage, raw, text FROM articles").fetchone()
    assert raw_bytes_of(storage, raw, text) == seed_text.encode()


def test_db_that_is_not_a_file_is_a_clear_error(tmp_path, seed_text):
    src = tmp_path / "a.txt"
    src.write_text(seed_text, encoding="utf-8")
    r = _marsad("ingest", str(src), "--db", str(tmp_path))
    assert r.returncode != 0
    assert r.stderr.decode().strip().splitlines()[-1] == (
        f"marsad: error: --db {tmp_path} is not a regular file: the store is one SQLite file (e.g. marsad.db)"
    )
