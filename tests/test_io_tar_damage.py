"""Damaged tar headers (fourth new-user report): a header declaring a huge size ends the archive
with an error instead of reading forever (#2), and a damaged header in the middle is recorded
and skipped over to the next valid header, as GNU tar does, instead of silently ending the
archive (#3). Since the sixth report: the first header too, a huge size that no data can follow
is a damaged header (the member after it is read), and each error keeps the damaged bytes."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import signal
import tarfile
import zipfile
import zlib
from collections.abc import Iterator

import pytest

from marsad.io import count_inputs
from marsad.io.sources import iter_articles
from marsad.io.tarfast import FastTarFile, ForwardStream
from marsad.pipeline import parse_path


@contextlib.contextmanager
def _deadline(seconds: int = 20) -> Iterator[None]:
    """Fail (instead of hanging the suite) when the block runs past ``seconds``."""

    def _alarm(signum, frame):  # noqa: ARG001
        raise TimeoutError(f"still reading after {seconds} s")

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _body(i: int) -> bytes:
    return f"عنوان {i}\n\nقال الوزير إن الوضع صعب رقم {i}.\n".encode()


def _tar(n: int, fmt: int = tarfile.USTAR_FORMAT) -> tuple[bytes, list[int]]:
    """A tar of ``n`` one-block text members ``n/0000.txt`` … and the offset of each header."""
    buf = io.BytesIO()
    offsets = []
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        for i in range(n):
            data = _body(i)
            info = tarfile.TarInfo(f"n/{i:04d}.txt")
            info.size = len(data)
            offsets.append(buf.tell())
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue(), offsets


def _fix_checksum(data: bytearray, at: int) -> None:
    block = data[at : at + 512]
    block[148:156] = b" " * 8
    data[at + 148 : at + 156] = b"%06o\0 " % sum(block)


def _huge(size: int = 2**70) -> bytes:
    """Two members; the first declares ``size`` bytes (GNU base-256) under a valid checksum."""
    data, _ = _tar(2, tarfile.GNU_FORMAT)
    d = bytearray(data)
    d[124:136] = b"\x80" + size.to_bytes(11, "big")
    _fix_checksum(d, 0)
    return bytes(d)


def _errors(articles):
    return [(a.source, a.problems[0].code, a.problems[0].message) for a in articles if not a.ok]


def test_forward_stream_seek_stops_at_the_end_of_the_data():
    reads = []

    class Counting(io.BytesIO):
        def read(self, size=-1):
            reads.append(size)
            return super().read(size)

    stream = ForwardStream(Counting(b"x" * 30_000))
    with _deadline(5):
        assert stream.seek(2**70) == 30_000
    assert len(reads) < 10
    assert stream.read(1) == b""


@pytest.mark.parametrize("compress", [False, True])
def test_huge_declared_size_is_a_damaged_header_and_the_next_member_is_read(tmp_path, compress):
    """A size no data can follow (past the end of an uncompressed input; past what the gzip
    stream can inflate to, 1,032:1) marks a damaged header: resynchronised over like a bad
    checksum, its bytes kept, the member after it read (it was lost: fresh-user report 6)."""
    data = _huge()
    stored = gzip.compress(data, mtime=0) if compress else data
    path = tmp_path / ("huge.tar.gz" if compress else "huge.tar")
    path.write_bytes(stored)
    with _deadline():
        arts = list(iter_articles([path]))
        annotated = list(parse_path(path))
        assert count_inputs([path]) == 1  # the member after the damaged header
    assert [a.source for a in annotated] == [a.source for a in arts]
    assert [(a.source, a.ok) for a in arts] == [(str(path), False), (f"{path}::n/0001.txt", True)]
    past = (
        f"the {1032 * len(stored):,} bytes that {len(stored):,} gzip-compressed bytes can hold at most "
        "(DEFLATE: 1,032:1)"
        if compress
        else f"the end of the input at byte {len(data):,}"
    )
    assert _errors(arts) == [
        (
            str(path),
            "archive",
            "tar archive after 0 members read whole: damaged member header at byte 0 (member "
            f"'n/0000.txt' declares 1,180,591,620,717,411,303,424 bytes, past {past}); 1,024 bytes "
            "skipped to the next valid header (the member there is lost, raw kept; reading goes on)",
        )
    ]
    assert arts[0].raw == data[:1024]  # the damaged header and the lost member's data block
    assert arts[1].text.startswith("عنوان 1")


def test_a_huge_size_alone_in_an_uncompressed_tar_is_damage_to_the_end(tmp_path):
    data = bytearray(_tar(1, tarfile.GNU_FORMAT)[0])
    data[124:136] = b"\x80" + (2**70).to_bytes(11, "big")
    _fix_checksum(data, 0)
    path = tmp_path / "one.tar"
    path.write_bytes(bytes(data))
    with _deadline():
        errors = _errors(iter_articles([path]))
    assert [e[1] for e in errors] == ["archive"]
    assert "unreadable tar archive: ReadError: member 'n/0000.txt' declares" in errors[0][2]


def test_huge_size_of_a_cut_archive_64_gb(tmp_path):
    """A 64 GB member declared in a .tar.gz of a few hundred bytes cannot be there: damaged header."""
    data = _huge(64 * 1024**3)
    path = tmp_path / "cut.tar.gz"
    path.write_bytes(gzip.compress(data, mtime=0))
    with _deadline():
        arts = list(iter_articles([path]))
    assert [(a.source, a.ok) for a in arts] == [(str(path), False), (f"{path}::n/0001.txt", True)]
    assert "declares 68,719,476,736 bytes" in arts[0].problems[0].message


def test_a_huge_member_that_may_be_there_is_too_large_then_the_data_ends(tmp_path, monkeypatch):
    """A size the compressed input could hold is not called damage: the member is too large and
    skipped, and an archive that ends inside it is cut short (as before)."""
    from marsad.io import sources

    monkeypatch.setattr(sources, "DEFLATE_MAX_RATIO", 10**12)
    data = _huge(64 * 1024**3)
    path = tmp_path / "cut.tar.gz"
    path.write_bytes(gzip.compress(data, mtime=0))
    with _deadline():
        errors = _errors(iter_articles([path]))
    assert [e[1] for e in errors] == ["too-large", "archive-truncated"]


def test_a_huge_member_inside_a_nested_tar(tmp_path):
    outer = io.BytesIO()
    inner = _huge()
    with tarfile.open(fileobj=outer, mode="w:gz") as tf:
        info = tarfile.TarInfo("inner.tar")
        info.size = len(inner)
        tf.addfile(info, io.BytesIO(inner))
        info = tarfile.TarInfo("after.txt")
        info.size = len(_body(7))
        tf.addfile(info, io.BytesIO(_body(7)))
    path = tmp_path / "outer.tar.gz"
    path.write_bytes(outer.getvalue())
    with _deadline():
        arts = list(iter_articles([path]))
    assert [(a.source, a.ok) for a in arts] == [
        (f"{path}::inner.tar", False),
        (f"{path}::inner.tar::n/0001.txt", True),
        (f"{path}::after.txt", True),
    ]
    assert arts[0].problems[0].code == "archive"
    assert "past the end of the input at byte 10,240" in arts[0].problems[0].message


@pytest.mark.parametrize("compress", [False, True])
def test_a_huge_size_in_the_middle_costs_that_member_only(tmp_path, compress):
    data, offsets = _tar(10, tarfile.GNU_FORMAT)
    d = bytearray(data)
    at = offsets[4]
    d[at + 124 : at + 136] = b"\x80" + (2**70).to_bytes(11, "big")
    _fix_checksum(d, at)
    path = tmp_path / ("mid.tar.gz" if compress else "mid.tar")
    path.write_bytes(gzip.compress(bytes(d), mtime=0) if compress else bytes(d))
    with _deadline():
        arts = list(iter_articles([path]))
    assert [a.source for a in arts if a.ok] == [f"{path}::n/{i:04d}.txt" for i in range(10) if i != 4]
    errors = [a for a in arts if not a.ok]
    assert len(errors) == 1 and [a.source for a in arts].index(str(path)) == 4
    assert errors[0].raw == bytes(d[at : at + 1024])


@pytest.mark.parametrize("compress", [False, True])
@pytest.mark.parametrize("damage", ["name-bit", "zero-checksum", "not-a-number"])
def test_a_damaged_header_in_the_middle_is_skipped_and_recorded(tmp_path, compress, damage):
    data, offsets = _tar(300)
    d = bytearray(data)
    at = offsets[150]
    if damage == "name-bit":
        d[at + 5] ^= 0x01
    elif damage == "zero-checksum":
        d[at + 148 : at + 156] = bytes(8)
    else:  # a size field that is not a number, under a checksum that matches
        d[at + 124 : at + 136] = b"12x4567\0\0\0\0\0"
        _fix_checksum(d, at)
    path = tmp_path / ("bad.tar.gz" if compress else "bad.tar")
    path.write_bytes(gzip.compress(bytes(d), mtime=0) if compress else bytes(d))
    with _deadline():
        arts = list(iter_articles([path]))
    good = [a.source for a in arts if a.ok]
    assert good == [f"{path}::n/{i:04d}.txt" for i in range(300) if i != 150]
    assert [a.text.split("\n")[0] for a in arts if a.ok][150] == "عنوان 151"
    errors = _errors(arts)
    assert len(errors) == 1
    source, code, message = errors[0]
    assert (source, code) == (str(path), "archive")
    why = "invalid header" if damage == "not-a-number" else "bad checksum"
    assert message == (
        "tar archive after 150 members read whole (last: n/0149.txt): damaged member header at "
        f"byte {at:,} ({why}); 1,024 bytes skipped to the next valid header (the member there is "
        "lost, raw kept; reading goes on)"
    )
    # the damaged header and the lost member's data are kept as the error's raw bytes
    assert [a.raw for a in arts if not a.ok] == [bytes(d[at : at + 1024])]
    # the error comes where the damage is, between members 149 and 151
    assert [a.source for a in arts].index(source) == 150
    assert count_inputs([path]) == 299


def test_damage_then_end_of_archive_and_damage_then_cut(tmp_path):
    data, offsets = _tar(5)
    d = bytearray(data)
    d[offsets[4] + 5] ^= 0x01  # the last member: its header, its data block, then the zero blocks
    path = tmp_path / "last.tar"
    path.write_bytes(bytes(d))
    arts = list(iter_articles([path]))
    assert sum(a.ok for a in arts) == 4
    assert [(e[1], "1,024 bytes skipped" in e[2]) for e in _errors(arts)] == [("archive", True)]
    # the same damage in an archive cut inside the damaged member's data: both are said
    path = tmp_path / "cut.tar"
    path.write_bytes(bytes(d[: offsets[4] + 700]))
    arts = list(iter_articles([path]))
    assert sum(a.ok for a in arts) == 4
    assert [e[1] for e in _errors(arts)] == ["archive", "archive-truncated"]
    assert "no end-of-archive block" in _errors(arts)[1][2]


def test_two_damaged_regions_give_two_records_and_garbage_in_between_is_one():
    data, offsets = _tar(20)
    d = bytearray(data)
    for k in (3, 4, 12):  # members 3 and 4 (adjacent: one region of 4 blocks), then 12
        d[offsets[k] + 5] ^= 0x01
    arts = list(iter_articles_bytes(bytes(d)))
    assert sum(a.ok for a in arts) == 17
    messages = [e[2] for e in _errors(arts)]
    assert len(messages) == 2
    assert f"byte {offsets[3]:,} (bad checksum); 2,048 bytes skipped" in messages[0]
    assert f"byte {offsets[12]:,} (bad checksum); 1,024 bytes skipped" in messages[1]


def iter_articles_bytes(data: bytes):
    """Articles of a tar given as bytes (a nested member's path: the same reader)."""
    from marsad.io.sources import _iter_tar

    buf = io.BytesIO(data)
    return _iter_tar(buf, "mem.tar", None, 1, data, compressed=buf)


def test_without_resync_fast_tar_file_still_ends_like_tarfile():
    data, offsets = _tar(10)
    d = bytearray(data)
    d[offsets[5] + 5] ^= 0x01
    tf = FastTarFile.open_stream(io.BytesIO(bytes(d)))
    assert [m.name for m in iter(tf.next, None)] == [f"n/{i:04d}.txt" for i in range(5)]
    tf = FastTarFile.open_stream(io.BytesIO(bytes(d)), resync=True)
    assert len(list(iter(tf.next, None))) == 9
    assert tf.damaged == [[offsets[5], "bad checksum", 2, bytearray(d[offsets[5] : offsets[5] + 1024])]]


@pytest.mark.parametrize("compress", [False, True])
def test_a_damaged_first_header_is_skipped_to_the_next_valid_one(tmp_path, compress):
    """The first header is resynchronised over like any other (it made the whole archive
    unreadable: fresh-user report 6); the error keeps the damaged bytes."""
    data, offsets = _tar(3)
    d = bytearray(data)
    d[5] ^= 0x01
    path = tmp_path / ("first.tar.gz" if compress else "first.tar")
    path.write_bytes(gzip.compress(bytes(d), mtime=0) if compress else bytes(d))
    with _deadline():
        arts = list(iter_articles([path]))
    assert [(a.source, a.ok) for a in arts] == [
        (str(path), False),
        (f"{path}::n/0001.txt", True),
        (f"{path}::n/0002.txt", True),
    ]
    assert _errors(arts)[0][2] == (
        "tar archive after 0 members read whole: damaged member header at byte 0 (bad checksum); "
        "1,024 bytes skipped to the next valid header (the member there is lost, raw kept; reading goes on)"
    )
    assert arts[0].raw == bytes(d[:1024])
    assert count_inputs([path]) == 2
    # in memory (a nested archive's path) the same
    assert [a.ok for a in iter_articles_bytes(bytes(d))] == [False, True, True]


def test_damage_with_no_valid_header_at_all_is_still_an_unreadable_archive():
    data, _ = _tar(1)
    d = bytearray(data)
    d[5] ^= 0x01  # the only member: nothing valid follows (zero blocks end it)
    assert _errors(iter_articles_bytes(bytes(d))) == [
        ("mem.tar", "archive", "unreadable tar archive: ReadError: bad checksum")
    ]
    text = "عنوان\n\nقال الوزير إن الوضع صعب.\n".encode() * 500  # no tar at all
    [(source, code, message)] = _errors(iter_articles_bytes(text))
    assert (source, code) == ("mem.tar", "archive")
    assert message.startswith("unreadable tar archive: ReadError: ")


def test_damage_before_the_first_header_is_scanned_for_a_bounded_length(monkeypatch):
    from marsad.io import tarfast

    data, _ = _tar(3)
    garbage = (bytes(range(1, 256)) * 9)[:2048]  # 4 blocks that are no header
    d = garbage + data
    assert [a.ok for a in iter_articles_bytes(d)] == [False, True, True, True]
    monkeypatch.setattr(tarfast, "FIRST_HEADER_SCAN_BYTES", 1024)  # the header lies past the scan
    assert _errors(iter_articles_bytes(d)) == [
        ("mem.tar", "archive", "unreadable tar archive: ReadError: invalid header")
    ]


def test_a_long_garbage_tail_without_end_blocks_is_read_to_its_end_once():
    """Resynchronising reads block by block to the end of the data, no further, no recursion."""
    data, offsets = _tar(3)
    tail = bytes(range(1, 256)) * 40_000  # ~10 MB that is no tar header anywhere
    with _deadline(60):
        arts = list(iter_articles_bytes(data[: offsets[2]] + tail))
    assert sum(a.ok for a in arts) == 2
    assert [e[1] for e in _errors(arts)] == ["archive", "archive-truncated"]


# -- JSON Lines members (fourth new-user report #9, #9b) ---------------------------------------
def _jsonl(n: int) -> bytes:
    return b"".join(
        json.dumps(
            {"title": f"عنوان {i}", "content": f"قال الوزير إن الوضع صعب رقم {i}."}, ensure_ascii=False
        ).encode()
        + b"\n"
        for i in range(n)
    )


def _one_member_tar(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.mark.parametrize("compress", [False, True])
def test_a_jsonl_member_cut_by_the_end_of_the_tar_keeps_its_whole_lines(tmp_path, compress):
    recs = _jsonl(50)
    whole = recs[: len(recs) // 2].count(b"\n")  # the lines before the cut
    data = _one_member_tar("data.jsonl", recs)[: 512 + len(recs) // 2]
    path = tmp_path / ("cut.tar.gz" if compress else "cut.tar")
    if compress:  # a cut .tar.gz: the gzip stream cut where the tar's bytes end
        path.write_bytes(gzip.compress(_one_member_tar("data.jsonl", recs), mtime=0)[:300])
        whole = None
    else:
        path.write_bytes(data)
    arts = list(iter_articles([path]))
    good = [a for a in arts if a.ok]
    if whole is None:  # what zlib gives of the cut stream: every whole line in it is kept
        got = zlib.decompressobj(31).decompress(path.read_bytes())[512:]
        whole = got.count(b"\n")
        assert whole > 10
    assert [a.source for a in good] == [f"{path}::data.jsonl#{i}" for i in range(whole)]
    assert good[-1].text.split("\n")[0] == f"عنوان {whole - 1}"
    assert [e[1] for e in _errors(arts)] == ["archive-truncated"]


def test_a_whole_jsonl_member_and_the_members_after_it(tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in (("a.jsonl", _jsonl(30)), ("b.txt", _body(1)), ("c.jsonl", _jsonl(2))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    path = tmp_path / "j.tar.gz"
    path.write_bytes(buf.getvalue())
    arts = list(iter_articles([path]))
    assert [a.source.split("::")[1] for a in arts] == [f"a.jsonl#{i}" for i in range(30)] + [
        "b.txt",
        "c.jsonl#0",
        "c.jsonl#1",
    ]
    assert all(a.ok for a in arts)


@pytest.mark.parametrize("kind", ["tar", "zip"])
def test_jsonl_gz_member_is_decompressed_then_read_line_by_line(tmp_path, kind):
    packed = gzip.compress(_jsonl(5), mtime=0)
    path = tmp_path / f"j.{kind}"
    if kind == "tar":
        path.write_bytes(_one_member_tar("a.jsonl.gz", packed))
    else:
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("a.jsonl.gz", packed)
    arts = list(iter_articles([path]))
    assert [(a.source, a.text.split("\n")[0], a.ok) for a in arts] == [
        (f"{path}::a.jsonl.gz#{i}", f"عنوان {i}", True) for i in range(5)
    ]


def test_a_cut_jsonl_gz_member_in_a_whole_tar(tmp_path):
    """The member's gzip stream is cut, the tar is whole: its whole lines, an error for the
    member, and the members after it are read."""
    packed = zlib.compressobj(9, zlib.DEFLATED, 31)
    big = _jsonl(400)
    stream = packed.compress(big) + packed.flush()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for name, data in (("a.jsonl.gz", stream[: len(stream) // 2]), ("b.txt", _body(1))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    path = tmp_path / "j.tar"
    path.write_bytes(buf.getvalue())
    arts = list(iter_articles([path]))
    good = [a.source.split("::")[1] for a in arts if a.ok]
    whole = zlib.decompressobj(31).decompress(stream[: len(stream) // 2]).count(b"\n")
    assert good == [f"a.jsonl.gz#{i}" for i in range(whole)] + ["b.txt"]
    assert [(e[0], e[1]) for e in _errors(arts)] == [(f"{path}::a.jsonl.gz", "archive-truncated")]


# -- sparse members (fourth new-user report #10) ---------------------------------------------
def _sparse_tar(real: int = 3 * 1024 * 1024) -> bytes:
    """A pax (GNU sparse 1.0, as ``tar --sparse --format=posix`` writes) member of ``real``
    bytes of which 90 are stored, then a plain member."""
    head, tail = "عنوان الخبر\n\nقال الوزير إن الوضع صعب.\n".encode(), "نهاية الخبر.\n".encode()
    sparse_map = f"2\n0\n{len(head)}\n{real - len(tail)}\n{len(tail)}\n".encode()
    data = sparse_map + bytes(-len(sparse_map) % 512) + head + tail
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        info = tarfile.TarInfo("GNUSparseFile.0/sparse.txt")
        info.size = len(data)
        info.pax_headers = {
            "GNU.sparse.major": "1",
            "GNU.sparse.minor": "0",
            "GNU.sparse.name": "sparse.txt",
            "GNU.sparse.realsize": str(real),
        }
        tf.addfile(info, io.BytesIO(data))
        info = tarfile.TarInfo("after.txt")
        info.size = len(_body(3))
        tf.addfile(info, io.BytesIO(_body(3)))
    return buf.getvalue()


@pytest.mark.parametrize("compress", [False, True])
def test_a_sparse_member_is_no_zip_bomb_and_the_rest_is_read(tmp_path, compress):
    data = _sparse_tar()
    path = tmp_path / ("s.tar.gz" if compress else "s.tar")
    path.write_bytes(gzip.compress(data, mtime=0) if compress else data)
    arts = list(iter_articles([path]))
    assert [a.source.split("::")[1] for a in arts] == ["sparse.txt", "after.txt"]
    assert "zip-bomb" not in [p.code for a in arts for p in a.problems]
    assert arts[1].ok and arts[1].text.startswith("عنوان 3")


def test_an_uncompressed_tar_has_no_compression_ratio(tmp_path):
    """3 MB of spaces in a plain .tar: 1:1 stored, not a bomb (the same in a .tar.gz is one)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for name, data in (("spaces.txt", b"x\n\n" + b" " * (3 * 1024 * 1024)), ("after.txt", _body(4))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    plain, packed = tmp_path / "p.tar", tmp_path / "p.tar.gz"
    plain.write_bytes(buf.getvalue())
    packed.write_bytes(gzip.compress(buf.getvalue(), mtime=0))
    assert [a.source.split("::")[-1] for a in iter_articles([plain])] == ["spaces.txt", "after.txt"]
    assert [(a.source, a.problems[0].code) for a in iter_articles([packed])] == [(str(packed), "zip-bomb")]


# -- the end of a compressed tar (fourth new-user report #13) --------------------------------
@pytest.mark.parametrize(
    ("tail", "warned"),
    [(b"GARBAGE\x00\x01junk" * 10, True), (bytes(100), False), (b"", False)],
    ids=["garbage", "zeros", "nothing"],
)
def test_trailing_garbage_after_a_tar_gz_is_a_warning(tmp_path, tail, warned):
    data, _ = _tar(3)
    path = tmp_path / "g.tar.gz"
    path.write_bytes(gzip.compress(data, mtime=0) + tail)
    arts = list(iter_articles([path]))
    assert [a.source for a in arts] == [f"{path}::n/{i:04d}.txt" for i in range(3)]
    assert all(a.ok for a in arts)
    problems = [(a.source, p.level, p.code) for a in arts for p in a.problems if p.code != "title-only"]
    assert problems == ([(arts[-1].source, "warning", "trailing-garbage")] if warned else [])
    if warned:
        message = arts[-1].problems[-1].message
        assert message.startswith(
            "bytes after the end of the compressed tar archive after 3 members read whole"
        )
        assert "BadGzipFile" in message


def test_a_gzip_cut_after_the_tar_end_is_still_truncated(tmp_path):
    data, _ = _tar(3)
    path = tmp_path / "c.tar.gz"
    path.write_bytes(gzip.compress(data, mtime=0)[:-6])  # the tar is whole, the gzip trailer is not
    arts = list(iter_articles([path]))
    assert sum(a.ok for a in arts) == 3
    assert [e[1] for e in _errors(arts)] == ["archive-truncated"]


def test_trailing_garbage_after_a_jsonl_member_goes_on_its_last_record(tmp_path):
    path = tmp_path / "j.tar.gz"
    path.write_bytes(gzip.compress(_one_member_tar("a.jsonl", _jsonl(4)), mtime=0) + b"junk" * 9)
    arts = list(iter_articles([path]))
    assert [a.source for a in arts] == [f"{path}::a.jsonl#{i}" for i in range(4)]
    assert [[p.code for p in a.problems if p.code != "title-only"] for a in arts] == [
        [],
        [],
        [],
        ["trailing-garbage"],
    ]
