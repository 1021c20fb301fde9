"""Streaming files, folders and archives (marsad.io.sources), hostile archives included (issue 7)."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import tarfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from marsad import settings
from marsad.io import count_inputs, iter_articles, read_records
from marsad.io.sources import iter_jsonl_stream

IO_DATA = Path(__file__).parent / "data" / "io"
TREC = (IO_DATA / "two_docs.txt").read_bytes()
ONE_DOC = b"<DOC>\n<DOCNO>D1</DOCNO>\n<TITLE>\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86</TITLE>\n<TEXT>\nx\n</TEXT>\n</DOC>\n"


def codes(article):
    return [p.code for p in article.problems]


def make_zip(path: Path, members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def make_tar(path: Path, members: dict[str, bytes], mode="w:gz") -> Path:
    with tarfile.open(path, mode) as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


# -- files and folders ------------------------------------------------------------------------------
def test_folder_is_recursive_sorted_and_skips_documentation(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_bytes(ONE_DOC)
    (tmp_path / "a.txt").write_text("نص أ", encoding="utf-8")
    (tmp_path / "README.md").write_text("# readme <DOC>", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("Apache", encoding="utf-8")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    arts = list(iter_articles([tmp_path]))
    assert [a.source for a in arts] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt")]
    assert [a.fmt for a in arts] == ["text", "trec"]
    assert count_inputs([tmp_path]) == 2
    # named explicitly, a README is read
    (readme,) = iter_articles([tmp_path / "README.md"])
    assert readme.text == "# readme <DOC>"


def test_missing_path_is_an_error_article(tmp_path):
    (a,) = iter_articles([tmp_path / "nope.txt"])
    assert codes(a) == ["not-found"] and not a.ok


def test_oversized_file_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "MAX_MEMBER_BYTES", 100)
    (tmp_path / "big.txt").write_bytes(b"x" * 101)
    (a,) = iter_articles([tmp_path / "big.txt"])
    assert codes(a) == ["too-large"] and a.raw is None and "101 bytes" in a.problems[0].message


def test_empty_file_and_binary_named_txt(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    empty, binary = iter_articles([tmp_path])
    assert codes(binary) == ["binary"] and binary.raw.startswith(b"\x89PNG")
    assert codes(empty) == ["empty"] and empty.raw == b""


def test_jsonl_file_is_streamed_line_by_line(tmp_path):
    lines = [json.dumps({"title": f"خبر {i}", "content": "نص"}, ensure_ascii=False) for i in range(5000)]
    data = ("\n".join(lines) + "\n").encode()
    fh = io.BytesIO(data)
    first = list(itertools.islice(iter_jsonl_stream(fh, "s.jsonl"), 3))
    assert [a.source for a in first] == ["s.jsonl#0", "s.jsonl#1", "s.jsonl#2"]
    assert fh.tell() < 1000  # only the lines read so far (plus one of look-ahead)
    (tmp_path / "s.jsonl").write_bytes(data)
    arts = list(iter_articles([tmp_path / "s.jsonl"]))
    assert len(arts) == 5000 and arts[-1].source.endswith("s.jsonl#4999") and arts[0].raw == lines[0].encode()


def test_jsonl_stream_bad_bytes_and_long_line(monkeypatch):
    monkeypatch.setattr(settings, "MAX_MEMBER_BYTES", 200)
    data = (
        b'\xef\xbb\xbf{"title": "a\xff", "content": "b"}\n'
        + b'{"title": "'
        + b"x" * 500
        + b'"}\n{"title": "c"}\n'
    )
    a, big, c = iter_jsonl_stream(io.BytesIO(data), "x.jsonl")
    assert codes(a) == ["decode"] and a.text.startswith("a\ufffd")
    assert codes(big) == ["too-large"]
    assert codes(c) == ["title-only"]


# -- zip -----------------------------------------------------------------------------------------------
def test_zip_members_streamed_with_sources(tmp_path):
    z = make_zip(
        tmp_path / "c.zip",
        {
            "dir/": b"",
            "dir/one.txt": ONE_DOC,
            "dir/two.txt": TREC,
            "day.json": json.dumps([{"title": "أ", "content": "ن"}, {"title": "ب", "content": ""}]).encode(),
            "LICENSE": b"license text",
            "__MACOSX/._one.txt": b"\x00\x05\x16\x07",
            "empty.txt": b"",
        },
    )
    arts = list(iter_articles([z]))
    assert [a.source for a in arts] == [
        f"{z}::dir/one.txt",
        f"{z}::dir/two.txt#0",
        f"{z}::dir/two.txt#1",
        f"{z}::day.json#0",
        f"{z}::day.json#1",
        f"{z}::empty.txt",
    ]
    assert arts[0].raw == ONE_DOC
    assert codes(arts[4]) == ["title-only"]
    assert codes(arts[5]) == ["empty"] and not arts[5].ok  # 0-byte member: recorded, not dropped
    assert count_inputs([z]) == 4  # members, not records


def test_zip_path_traversal_is_read_in_memory_only(tmp_path):
    z = make_zip(tmp_path / "evil.zip", {"../../x.txt": "نص".encode(), "/abs/y.txt": "نص".encode()})
    before = sorted(os.listdir(tmp_path.parent))
    arts = list(iter_articles([z]))
    assert [a.source for a in arts] == [f"{z}::../../x.txt", f"{z}::/abs/y.txt"]
    assert all(codes(a)[0] == "unsafe-path" and a.text == "نص" for a in arts)
    assert sorted(os.listdir(tmp_path.parent)) == before and sorted(os.listdir(tmp_path)) == ["evil.zip"]


def test_zip_bomb_is_refused_and_reading_goes_on(tmp_path):
    bomb = b" " * (3 * 1024 * 1024)  # ~1000:1 compressible, over BOMB_CHECK_MIN_BYTES
    z = make_zip(tmp_path / "bomb.zip", {"a.txt": "قبل".encode(), "bomb.txt": bomb, "b.txt": "بعد".encode()})
    a, boom, b = iter_articles([z])
    assert codes(boom) == ["zip-bomb"] and "compression ratio" in boom.problems[0].message
    assert boom.source == f"{z}::bomb.txt" and boom.raw is None
    assert (a.text, b.text) == ("قبل", "بعد")


def test_zip_member_and_archive_limits(tmp_path, monkeypatch):
    z = make_zip(tmp_path / "l.zip", {"a.txt": b"a" * 50, "big.txt": b"b" * 500, "c.txt": b"c" * 50})
    monkeypatch.setattr(settings, "MAX_MEMBER_BYTES", 100)
    a, big, c = iter_articles([z])
    assert codes(big) == ["too-large"] and a.ok and c.ok
    monkeypatch.setattr(settings, "MAX_MEMBER_BYTES", 1000)
    monkeypatch.setattr(settings, "MAX_ARCHIVE_BYTES", 120)
    a, stop = iter_articles([z])
    assert codes(stop) == ["archive-too-large"] and stop.source == str(z)


def test_corrupt_zip_is_one_error_article(tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 this is not a zip archive")
    (a,) = iter_articles(
        [
            bad,
        ]
    )
    assert codes(a) == ["archive"] and "unreadable zip archive" in a.problems[0].message
    good = make_zip(tmp_path / "g.zip", {"a.txt": "نص".encode() * 100})
    data = bytearray(good.read_bytes())
    data[40:60] = b"\x00" * 20  # damage the compressed member data
    (tmp_path / "damaged.zip").write_bytes(bytes(data))
    arts = list(iter_articles([tmp_path / "damaged.zip"]))
    # The central directory is damaged too: the member is read from its local header (its data
    # fails the CRC check), then one error describes the archive. Not a truncation: bytes follow.
    assert [(a.source, codes(a)) for a in arts] == [
        (f"{tmp_path / 'damaged.zip'}::a.txt", ["archive-member"]),
        (str(tmp_path / "damaged.zip"), ["archive"]),
    ]
    assert "crc" in arts[0].problems[0].message and "damaged zip archive" in arts[1].problems[0].message


# -- tar -----------------------------------------------------------------------------------------------
def test_tar_gz_members_in_order_and_skips(tmp_path):
    t = make_tar(
        tmp_path / "c.tar.gz",
        {
            "corpus/README.md": b"<DOC> readme",
            "corpus/a/1.txt": ONE_DOC,
            "corpus/a/2.json.gz": gzip.compress(b'[{"title": "x", "content": "y"}]'),
            "corpus/zero.txt": b"",
            "../../x.txt": ONE_DOC,
        },
    )
    arts = list(iter_articles([t]))
    assert [a.source for a in arts] == [
        f"{t}::corpus/a/1.txt",
        f"{t}::corpus/a/2.json.gz",
        f"{t}::corpus/zero.txt",
        f"{t}::../../x.txt",
    ]
    assert arts[0].fmt == "trec" and arts[0].raw == ONE_DOC
    assert arts[1].fmt == "json" and arts[1].text == "x\n\ny"
    assert codes(arts[2]) == ["empty"]
    assert codes(arts[3])[0] == "unsafe-path" and arts[3].ok
    assert count_inputs([t]) == 4
    assert sorted(os.listdir(tmp_path)) == ["c.tar.gz"]


@pytest.mark.parametrize(
    ("suffix", "mode"), [(".tar", "w"), (".tgz", "w:gz"), (".tar.bz2", "w:bz2"), (".tar.xz", "w:xz")]
)
def test_tar_flavours(tmp_path, suffix, mode):
    t = make_tar(tmp_path / f"c{suffix}", {"1.txt": ONE_DOC}, mode)
    (a,) = iter_articles([t])
    assert a.fmt == "trec" and a.meta["DOCNO"] == "D1"


def test_tar_member_too_large_and_rest_read(tmp_path, monkeypatch):
    t = make_tar(tmp_path / "c.tar.gz", {"a.txt": b"a" * 10, "big.txt": b"b" * 5000, "c.txt": b"c" * 10})
    monkeypatch.setattr(settings, "MAX_MEMBER_BYTES", 1000)
    a, big, c = iter_articles([t])
    assert codes(big) == ["too-large"] and (a.text, c.text) == ("a" * 10, "c" * 10)


def test_tar_bomb_by_ratio(tmp_path, monkeypatch):
    t = make_tar(tmp_path / "bomb.tar.gz", {f"{i}.txt": b" " * 400_000 for i in range(10)})
    monkeypatch.setattr(settings, "BOMB_CHECK_MIN_BYTES", 500_000)
    arts = list(iter_articles([t]))
    assert codes(arts[-1]) == ["zip-bomb"] and len(arts) < 10


def test_truncated_tar_gz_keeps_what_was_read(tmp_path):
    members = {
        f"{i:03d}.txt": (f"مقال رقم {i} " * 50).encode() + os.urandom(64).hex().encode() for i in range(40)
    }
    t = make_tar(tmp_path / "c.tar.gz", members)
    data = t.read_bytes()
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(data[: len(data) // 2])
    arts = list(iter_articles([cut]))
    assert 1 <= len(arts) < 40
    assert all(a.ok for a in arts[:-1])
    assert arts[-1].problems[-1].code == "archive-truncated" and arts[-1].source == str(cut)
    assert count_inputs([cut]) is None


def test_garbage_tar_and_gz(tmp_path):
    (tmp_path / "x.tar.gz").write_bytes(b"\x1f\x8b garbage")
    (tmp_path / "y.json.gz").write_bytes(b"\x1f\x8b\x08\x00 garbage")
    a, b = iter_articles([tmp_path / "x.tar.gz", tmp_path / "y.json.gz"])
    assert codes(a) == ["archive"] and codes(b) == ["archive"]
    assert a.raw == b"\x1f\x8b garbage" and b.raw == b"\x1f\x8b\x08\x00 garbage"


def test_gz_single_files_and_magic_sniffing(tmp_path):
    (tmp_path / "day.json.gz").write_bytes(gzip.compress(b'[{"title": "a", "content": "b"}, {"title": "c"}]'))
    (tmp_path / "s.jsonl.gz").write_bytes(gzip.compress(b'{"title": "a", "content": "b"}\n{"title": "c"}\n'))
    (tmp_path / "misnamed.dat").write_bytes(make_zip(tmp_path / "m.zip", {"1.txt": ONE_DOC}).read_bytes())
    arts = list(iter_articles([tmp_path / "day.json.gz", tmp_path / "s.jsonl.gz", tmp_path / "misnamed.dat"]))
    assert [a.source for a in arts] == [
        f"{tmp_path}/day.json.gz#0",
        f"{tmp_path}/day.json.gz#1",
        f"{tmp_path}/s.jsonl.gz#0",
        f"{tmp_path}/s.jsonl.gz#1",
        f"{tmp_path}/misnamed.dat::1.txt",
    ]
    assert [a.fmt for a in arts] == ["json", "json", "jsonl", "jsonl", "trec"]


def test_nested_archives_and_depth_limit(tmp_path, monkeypatch):
    inner = make_zip(tmp_path / "inner.zip", {"1.txt": ONE_DOC}).read_bytes()
    t = make_tar(tmp_path / "outer.tar.gz", {"inner.zip": inner})
    (a,) = iter_articles([t])
    assert a.source == f"{t}::inner.zip::1.txt" and a.fmt == "trec"
    monkeypatch.setattr(settings, "MAX_ARCHIVE_DEPTH", 1)
    (b,) = iter_articles([t])
    assert codes(b) == ["archive-depth"] and b.raw == inner


# -- never raises --------------------------------------------------------------------------------------
@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.sampled_from([None, "text", "trec", "json", "jsonl", "html"]))
def test_read_records_never_raises_and_spans_fit(data, fmt):
    for article in read_records(data, source="fuzz", fmt=fmt):
        assert article.raw is not None
        for span in article.fields.values():
            assert 0 <= span.start <= span.end <= len(article.text)


@hsettings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<DOC>",
                "</DOC>",
                "<TITLE>",
                "</TITLE>",
                "<TEXT>",
                "</TEXT>",
                "\n",
                "نص",
                "x",
                "<DOCNO>",
                "</DOCNO>",
                '{"title": "',
                '"}',
                "[",
                "]",
                ",",
            ]
        ),
        max_size=40,
    )
)
def test_tag_soup_never_raises(parts):
    text = "".join(parts)
    for article in read_records(text, source="soup"):
        for span in article.fields.values():
            assert 0 <= span.start <= span.end <= len(article.text)
