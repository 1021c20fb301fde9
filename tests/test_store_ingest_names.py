"""Input names that are not UTF-8 (issue 2: bad input never stops a batch; fourth new-user report #1).

``tarfile``, ``os.listdir`` and ``pathlib`` decode such names with ``surrogateescape``; SQLite refuses
the lone surrogates, which used to fail the whole batch (and every rerun at the same place)."""

from __future__ import annotations

import io
import os
import sqlite3
import sys
import tarfile

import pytest

from marsad.model import Article, Problem
from marsad.store.db import Store
from marsad.store.ingest import ingest, storable_text
from marsad.store.verify import verify

BODY = "عنوان {i}\n\nقال الوزير إن الوضع صعب رقم {i}.\n"


def test_storable_text_escapes_lone_surrogates_and_keeps_the_rest():
    assert storable_text("خبر.txt") == "خبر.txt"
    name = b"\xce\xc8\xd1.txt".decode("utf-8", "surrogateescape")  # cp1256 خبر as surrogateescape
    assert storable_text(name) == "\\xce\\xc8\\xd1.txt"
    assert storable_text("a\ud83db") == "a\\ud83db"  # half a surrogate pair (a JSON escape)
    # the escapes are backslashreplace's: the bytes of the name can be recovered
    assert storable_text(name).encode("ascii").decode("unicode_escape").encode("latin-1") == b"\xce\xc8\xd1.txt"


def _cp1256_tar(path):
    with tarfile.open(path, "w:gz", format=tarfile.GNU_FORMAT, encoding="cp1256") as tf:
        for i, n in enumerate(["good1.txt", "خبر.txt", "good2.txt"]):
            data = BODY.format(i=i).encode()
            info = tarfile.TarInfo(n)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))


def test_a_cp1256_member_name_is_stored_escaped_and_the_batch_goes_on(tmp_path):
    archive = tmp_path / "cp1256.tar.gz"
    _cp1256_tar(archive)
    db = tmp_path / "m.db"
    first = ingest([archive], db, only=("layout.segment", "layout.dedup", "text", "time"))
    assert (first.stored, first.failed) == (3, 0)
    assert first.warnings["source-name"] == 1
    again = ingest([archive], db, only=("layout.segment", "layout.dedup", "text", "time"))
    assert (again.stored, again.already_present) == (0, 3)  # the escaped key is found again
    con = sqlite3.connect(db)
    sources = [r[0] for r in con.execute("SELECT source FROM sources ORDER BY ordinal, source")]
    con.close()
    assert sorted(s.rsplit("::", 1)[1] for s in sources) == ["\\xce\\xc8\\xd1.txt", "good1.txt", "good2.txt"]
    with Store(db, create=False) as store:
        assert verify(store).ok


@pytest.mark.skipif(sys.platform != "linux", reason="byte file names: POSIX only")
def test_a_file_name_that_is_not_utf8_in_a_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"\xce\xc8\xd1.txt"), "wb") as f:
        f.write("قال الوزير إن الوضع صعب.".encode())
    s = ingest([folder], tmp_path / "nu.db")
    assert (s.stored, s.failed) == (1, 0)
    assert s.warnings["source-name"] == 1


def test_meta_values_and_problem_messages_with_lone_surrogates_are_escaped(tmp_path, monkeypatch):
    art = Article(text="قال الوزير إن الوضع صعب.", source="x.json#1", fmt="json", encoding="utf-8")
    art.meta["url"] = "http://a/\udcce"
    art.problems.append(Problem("warning", "decode", "bad \ud800 byte"))

    def reader(paths, fmt=None, exclude=frozenset(), skipped=None):
        yield art

    monkeypatch.setattr("marsad.io.sources.iter_articles", reader)
    s = ingest(["x.json"], tmp_path / "j.db", only=("layout.segment", "text"))
    assert (s.stored, s.failed) == (1, 0)
    con = sqlite3.connect(tmp_path / "j.db")
    (meta,) = con.execute("SELECT meta FROM articles").fetchone()
    messages = [r[0] for r in con.execute("SELECT message FROM problems")]
    con.close()
    assert "\\\\xce" in meta  # JSON of the text \xce
    assert "bad \\ud800 byte" in messages
