"""Archives and compressed streams cut short (first-user finding): the records read before the cut
are kept and one ``archive-truncated`` error record says where it stopped; content-less error
records are never taken for byte copies of each other."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

from marsad.io.sources import iter_articles
from marsad.store.db import Store, content_hash_of
from marsad.store.ingest import ingest
from marsad.store.verify import verify

N = 60


def _text(i: int) -> bytes:
    # Incompressible enough that a cut half-way lands inside the members, not in the padding.
    words = " ".join(f"كلمة{(i * 7919 + k * 104729) % 99991}" for k in range(120))
    return f"عنوان الخبر رقم {i}\n\n{words}.\n".encode()


def _make_tar(path: Path, mode: str = "w:gz") -> None:
    with tarfile.open(path, mode) as tf:
        for i in range(N):
            data = _text(i)
            info = tarfile.TarInfo(f"news/{i:03d}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))


def _cut(src: Path, dst: Path, fraction: float) -> Path:
    data = src.read_bytes()
    dst.write_bytes(data[: int(len(data) * fraction)])
    return dst


def _errors(articles):
    return [(a.source, a.problems[0].code, a.problems[0].message) for a in articles if not a.ok]


def test_whole_tar_gz_has_no_error(tmp_path):
    _make_tar(tmp_path / "a.tar.gz")
    arts = list(iter_articles([tmp_path / "a.tar.gz"]))
    assert len(arts) == N and _errors(arts) == []


def test_truncated_tar_gz_keeps_members_and_records_the_cut(tmp_path):
    _make_tar(tmp_path / "a.tar.gz")
    cut = _cut(tmp_path / "a.tar.gz", tmp_path / "t.tar.gz", 0.5)
    arts = list(iter_articles([cut]))
    good = [a for a in arts if a.ok]
    errors = _errors(arts)
    assert 10 < len(good) < N
    assert [a.source for a in good] == [f"{cut}::news/{i:03d}.txt" for i in range(len(good))]
    assert len(errors) == 1
    source, code, message = errors[0]
    assert (source, code) == (str(cut), "archive-truncated")
    assert f"after {len(good)} members read whole" in message
    assert f"news/{len(good) - 1:03d}.txt" in message  # the last member read
    assert f"{cut.stat().st_size:,} bytes" in message


def test_plain_tar_cut_at_a_member_boundary_is_truncated(tmp_path):
    _make_tar(tmp_path / "a.tar", "w")
    data = (tmp_path / "a.tar").read_bytes()
    cut = tmp_path / "t.tar"
    with tarfile.open(tmp_path / "a.tar") as tf:
        members = tf.getmembers()
    off = members[5].offset  # header of the 6th member
    cut.write_bytes(data[:off])  # cut right after the 5th member's data
    arts = list(iter_articles([cut]))
    assert sum(a.ok for a in arts) == 5
    assert [e[1] for e in _errors(arts)] == ["archive-truncated"]
    assert "no end-of-archive block" in _errors(arts)[0][2]


def test_truncated_zip_reads_members_from_local_headers(tmp_path):
    whole = tmp_path / "a.zip"
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(N):
            zf.writestr(f"news/{i:03d}.txt", _text(i))
    cut = _cut(whole, tmp_path / "t.zip", 0.5)
    arts = list(iter_articles([cut]))
    good = [a for a in arts if a.ok]
    assert 10 < len(good) < N
    assert good[0].source == f"{cut}::news/000.txt" and good[0].text == _text(0).decode()
    errors = _errors(arts)
    assert [e[:2] for e in errors] == [(str(cut), "archive-truncated")]
    partial = [a for a in good if any(p.code == "truncated" for p in a.problems)]
    assert len(partial) == 1 and partial[0] is good[-1]  # the member cut in two: its first part
    assert f"after {len(good) - 1} members read whole" in errors[0][2]
    assert "no central directory" in errors[0][2]


def test_truncated_zip_of_one_json_array_keeps_the_records_before_the_cut(tmp_path):
    records = [{"title": f"خبر {i}", "content": _text(i).decode()} for i in range(N)]
    whole = tmp_path / "a.zip"
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("day.json", json.dumps(records, ensure_ascii=False, indent=1))
    cut = _cut(whole, tmp_path / "t.zip", 0.5)
    arts = list(iter_articles([cut]))
    good = [a for a in arts if a.ok]
    assert 10 < len(good) < N
    assert good[0].span_text(good[0].fields["title"]) == "خبر 0"
    assert _errors(arts)[-1][:2] == (str(cut), "archive-truncated")
    # only the record the cut went through is marked (here the broken element, an error already)
    warned = [a for a in arts if any(p.code == "truncated" for p in a.problems)]
    assert len(warned) == 1 and warned[0] is arts[-2]


def test_truncated_gz_text_and_jsonl(tmp_path):
    text = b"".join(_text(i) for i in range(20))
    whole = tmp_path / "a.txt.gz"
    whole.write_bytes(gzip.compress(text))
    cut = _cut(whole, tmp_path / "t.txt.gz", 0.6)
    arts = list(iter_articles([cut]))
    assert [a.ok for a in arts] == [True, False]
    assert text.decode("utf-8", "ignore").startswith(arts[0].text.rstrip("\ufffd")[:1000])
    assert len(arts[0].text) > 1000
    assert [p.code for p in arts[0].problems if p.level == "warning"][-1] == "truncated"
    assert arts[1].problems[0].code == "archive-truncated"
    assert "decompressed bytes" in arts[1].problems[0].message

    lines = b"".join(
        json.dumps({"title": f"خبر {i}", "content": _text(i).decode()}, ensure_ascii=False).encode() + b"\n"
        for i in range(N)
    )
    whole = tmp_path / "a.jsonl.gz"
    whole.write_bytes(gzip.compress(lines))
    cut = _cut(whole, tmp_path / "t.jsonl.gz", 0.5)
    arts = list(iter_articles([cut]))
    good = [a for a in arts if a.ok]
    assert 10 < len(good) < N
    err = _errors(arts)
    assert [e[1] for e in err] == ["archive-truncated"]
    assert f"after {len(good)} record(s)" in err[0][2]


def test_error_records_without_bytes_are_never_duplicates(tmp_path):
    """A truncated tar cut before its first member and an empty file both have no content: each is
    stored with its own reason, neither is a "duplicate" of the other."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_empty.txt").write_bytes(b"")
    _make_tar(tmp_path / "whole.tar.gz")
    _cut(tmp_path / "whole.tar.gz", folder / "c_cut.tar.gz", 0.002)
    _cut(tmp_path / "whole.tar.gz", folder / "d_cut.tar.gz", 0.003)
    (folder / "e.txt").write_bytes(_text(1))
    db = tmp_path / "s.db"
    s = ingest([folder], db, only=("layout.segment",))
    assert s.duplicates == 0
    assert s.failures == {"empty": 2, "archive-truncated": 2}
    with Store(db) as store:
        rows = store.conn.execute("SELECT source, duplicate FROM sources ORDER BY source").fetchall()
        assert [r[1] for r in rows] == [0, 0, 0, 0, 0]
        reasons = {
            store.load_article(i).source: [p.code for p in store.load_article(i).problems]
            for i in store.ids()
        }
        assert reasons[str(folder / "c_cut.tar.gz")] == ["archive-truncated"]
        assert reasons[str(folder / "a_empty.txt")] == ["empty"]
        report = verify(store)
        assert report.ok, report.to_dict()
    # a rerun adds nothing
    s2 = ingest([folder], db, only=("layout.segment",))
    assert (s2.stored, s2.already_present) == (0, 5)


def test_content_hash_of_real_content_unchanged(tmp_path):
    from marsad.model import Article

    a = Article(text="نص", raw="نص".encode(), source="x")
    assert content_hash_of(a) == a.content_hash
    broken = Article(text="", raw=b"\x00\x01", source="y")
    broken.error("binary", "binary")
    # cli29: a failed record without text is keyed by its source and reasons plus its bytes' hash
    # (it was hashed by its bytes alone: a copy of it elsewhere was a "duplicate record")
    from marsad.store.db import error_record_hash

    assert content_hash_of(broken) == error_record_hash("y", broken.problems, broken.content_hash)
    copy = Article(text="", raw=b"\x00\x01", source="z")
    copy.error("binary", "binary")
    assert content_hash_of(copy) != content_hash_of(broken)
