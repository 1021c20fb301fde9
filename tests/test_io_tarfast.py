"""``marsad.io.tarfast.FastTarFile`` reads every archive as ``tarfile.TarFile`` does: the same
members (every ``TarInfo`` field, offsets, the stream position after each header) and the same
error or end, on the ANT archive, on archives of every member type and tar format, and on cut and
damaged archives; and ``iter_articles`` gives the same articles with it and with ``tarfile``."""

from __future__ import annotations

import gzip
import io
import itertools
import tarfile

import pytest

from conftest import shared_path
from marsad.io import sources
from marsad.io.tarfast import FastTarFile

_SLOTS = (
    "name", "mode", "uid", "gid", "size", "mtime", "chksum", "type", "linkname", "uname", "gname",
    "devmajor", "devminor", "offset", "offset_data", "pax_headers", "sparse",
)  # fmt: skip


def _members(cls, data: bytes, limit: int | None = None) -> list:
    """Every member's fields and the stream state after it, then how the reading ended."""
    out: list = []
    n = 0
    try:
        if cls is FastTarFile:
            tf = FastTarFile.open_stream(io.BytesIO(data))
        else:
            tf = cls.open(fileobj=io.BytesIO(data), mode="r|")
    except Exception as exc:  # noqa: BLE001 - compared, not swallowed
        return [("open", type(exc).__name__, str(exc))]
    try:
        while limit is None or n < limit:
            m = tf.next()
            if m is None:
                out.append(("end", tf.offset, tf.fileobj.tell()))
                break
            out.append((tuple(getattr(m, k) for k in _SLOTS), tf.offset, tf.fileobj.tell()))
            n += 1
            tf.members = []
            if m.isreg() and m.size:  # read the data as the reader does (straight from the stream)
                tf.fileobj.seek(m.offset_data)
                out.append(tf.fileobj.read(m.size))
    except Exception as exc:  # noqa: BLE001
        out.append(("error", type(exc).__name__, str(exc)))
    return out


def _same(data: bytes, limit: int | None = None) -> list:
    fast = _members(FastTarFile, data, limit)
    assert fast == _members(tarfile.TarFile, data, limit)
    return fast


def _add(tf: tarfile.TarFile, name: str, body: bytes = b"", **kw) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(body)
    info.mtime = 1_518_950_000
    for k, v in kw.items():
        setattr(info, k, v)
    tf.addfile(info, io.BytesIO(body) if body else None)


def _archive(fmt: int, with_global: bool = False) -> bytes:
    buf = io.BytesIO()
    kw = {"pax_headers": {"comment": "f117ce44"}} if with_global else {}
    with tarfile.open(fileobj=buf, mode="w", format=fmt, **kw) as tf:
        _add(tf, "corpus", type=tarfile.DIRTYPE, mode=0o755)
        for size in (0, 1, 511, 512, 513, 3000):
            _add(tf, f"corpus/file-{size}.txt", ("خبر " * size).encode()[:size], uname="root", gname="staff")
        _add(tf, "corpus/عربي/ملف.txt", "نص".encode())
        _add(tf, "corpus/link", type=tarfile.SYMTYPE, linkname="file-1.txt")
        _add(tf, "corpus/hard", type=tarfile.LNKTYPE, linkname="corpus/file-1.txt")
        _add(tf, "corpus/fifo", type=tarfile.FIFOTYPE)
        _add(tf, "corpus/dev", type=tarfile.CHRTYPE, devmajor=4, devminor=64)
        _add(tf, "corpus/" + "d" * 60 + "/" + "long-name-" * 9 + ".txt", b"long")  # ustar prefix / GNU L / pax
        _add(tf, "corpus/" + "x" * 120, b"longer than 100")
        _add(tf, "corpus/big-uid", b"u", uid=9_000_000)  # > 7 octal digits: base-256 (GNU) or pax
        _add(tf, "corpus/sub/", type=tarfile.DIRTYPE)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT])
@pytest.mark.parametrize("with_global", [False, True])
def test_every_member_type_and_format_the_same(fmt, with_global):
    if fmt == tarfile.USTAR_FORMAT:
        with pytest.raises(ValueError):  # ustar cannot hold the long name nor the uid
            _archive(fmt, with_global)
        return
    data = _archive(fmt, with_global)
    out = _same(data)
    assert out[-1][0] == "end"
    names = [m[0][0] for m in out if isinstance(m, tuple) and isinstance(m[0], tuple)]
    assert "corpus/عربي/ملف.txt" in names and "corpus/sub" in names and len(names) == 16


def test_ustar_prefix_names_and_v7_directories():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tf:
        _add(tf, "p" * 90 + "/" + "n" * 60 + ".txt", b"prefix")  # name split into prefix + name
        _add(tf, "plain.txt", b"x")
    data = bytearray(buf.getvalue())
    # a V7 directory: type NUL, name ending in "/" (its checksum made right again)
    hdr = bytearray(tarfile.TarInfo("old-dir/").tobuf(tarfile.USTAR_FORMAT))
    hdr[156] = 0
    hdr[148:156] = b" " * 8
    hdr[148:156] = b"%06o\0 " % (sum(hdr) & 0o777777)
    data[1024:1024] = hdr  # after the first member (its header and one data block)
    out = _same(bytes(data))
    names = [m[0][0] for m in out if isinstance(m, tuple) and isinstance(m[0], tuple)]
    assert names == ["p" * 90 + "/" + "n" * 60 + ".txt", "old-dir", "plain.txt"]


def _damaged_variants(data: bytes):
    """The archive with one header byte changed at a time (name, numbers, checksum, type,
    magic, prefix), a zero block in the middle, garbage after the end, and cut at every 97th
    byte."""
    headers = [0, 1024, 2048]
    for h in headers:
        for pos, value in ((0, 0), (5, 0xFF), (101, 0x38), (101, 0x20), (125, 0x20), (127, 0x80),
                           (124, 0xFF), (150, 0x39), (148, 0x20), (156, 0x37), (156, 0x53), (156, 0x78),
                           (257, 0x41), (345, 0x61), (330, 0x2D), (200, 0xC3)):  # fmt: skip
            d = bytearray(data)
            if h + pos < len(d):
                d[h + pos] = value
                yield bytes(d)
    yield data[:1024] + bytes(512) + data[1024:]
    yield data + b"garbage after the end" * 40
    for cut in range(0, len(data), 97):
        yield data[:cut]


def test_damaged_and_cut_archives_the_same():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
        for k, size in enumerate((700, 10, 1500, 0, 33)):
            _add(tf, f"f{k}.txt", bytes(range(256)) * (size // 256) + b"a" * (size % 256))
    data = buf.getvalue()
    outcomes = set()
    for variant in _damaged_variants(data):
        out = _same(variant)
        outcomes.add(out[-1][0] if out and isinstance(out[-1], tuple) else "data")
    assert {"end", "error", "open"} <= outcomes


def test_signed_checksum_is_read_by_tarfile():
    """A header whose checksum is the signed sum (old tars) is left to tarfile, which accepts it."""
    hdr = bytearray(tarfile.TarInfo("é-name.txt").tobuf(tarfile.GNU_FORMAT, "latin-1"))
    hdr[148:156] = b" " * 8
    signed = 256 + sum(b - 256 if b > 127 else b for i, b in enumerate(hdr) if not 148 <= i < 156)
    hdr[148:156] = b"%06o\0 " % signed
    assert signed != sum(hdr)
    out = _same(bytes(hdr) + bytes(1024))
    assert out[0][0][0] == "é-name.txt".encode("latin-1").decode("utf-8", "surrogateescape")


def test_the_ant_archive_the_same(monkeypatch):
    """The first 4,000 members of ANT v2.1 (a global pax header, then directories and files);
    every member after the global header is read by the fast path."""
    path = shared_path("corpora", "ant-multisource-v2.1.tar.gz")
    with gzip.open(path, "rb") as fh:
        head = fh.read(20_000_000)
    plain = FastTarFile._plain
    seen = {True: 0, False: 0}

    def counted(self, buf):
        info = plain(self, buf)
        seen[info is not None] += 1
        return info

    monkeypatch.setattr(FastTarFile, "_plain", counted)
    out = _same(head, limit=4000)
    assert seen == {True: 3999, False: 1}  # the global pax header goes to tarfile
    assert len([m for m in out if isinstance(m, tuple)]) == 4000
    assert out[0][0][0] == "ant-multisource-v2.1" and out[0][0][15] == {"comment": out[0][0][15]["comment"]}


def _articles(path, fast: bool, n: int | None = None) -> list[tuple]:
    old = sources._FAST_TAR_HEADERS
    sources._FAST_TAR_HEADERS = fast
    try:
        return [
            (a.source, a.text, a.raw, a.fields, a.meta, [(p.level, p.code, p.message) for p in a.problems])
            for a in itertools.islice(sources.iter_articles([path]), n)
        ]
    finally:
        sources._FAST_TAR_HEADERS = old


def test_iter_articles_the_same_on_ant_and_on_cut_archives(tmp_path):
    path = shared_path("corpora", "ant-multisource-v2.1.tar.gz")
    assert _articles(path, True, 1500) == _articles(path, False, 1500)
    data = gzip.compress(_archive(tarfile.GNU_FORMAT, True), mtime=0)
    for cut in (len(data), len(data) - 30, len(data) // 2, 200, 20):
        p = tmp_path / f"cut-{cut}.tar.gz"
        p.write_bytes(data[:cut])
        assert _articles(p, True) == _articles(p, False)


class _Recorder(io.RawIOBase):
    """A stream that records each ``read`` size asked for."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.inner = io.BytesIO(data)
        self.calls: list[int] = []

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self.calls.append(size)
        return self.inner.read(size)


def test_the_underlying_stream_is_read_as_tarfile_reads_it():
    """Same read sizes at the same moments (a decompressor meets a cut exactly as with tarfile)."""
    data = _archive(tarfile.GNU_FORMAT, True)
    for d in (data, data[: len(data) // 3]):
        calls = []
        for opener in (FastTarFile.open_stream, lambda f: tarfile.open(fileobj=f, mode="r|")):
            rec = _Recorder(d)
            tf = opener(rec)
            seen = []
            try:
                for m in iter(tf.next, None):
                    seen.append((m.name, rec.inner.tell()))
                    tf.members = []
                    if m.isreg():
                        tf.fileobj.seek(m.offset_data)
                        seen.append(len(tf.fileobj.read(m.size)))
            except tarfile.ReadError as exc:
                seen.append(str(exc))
            calls.append((rec.calls, seen))
        assert calls[0] == calls[1]


def _numbers_python(buf: bytes):
    """What ``FastTarFile._plain``'s Python code reads from a header block (the reference of the
    compiled ``tar_plain_numbers``): the eight numbers, or ``None`` where it gives up."""
    from marsad.io import tarfast

    if len(buf) != 512 or tarfast._OCTAL_FIELD.fullmatch(buf, 100, 156) is None:
        return None
    if tarfast._OCTAL_FIELD.fullmatch(buf, 329, 345) is None:
        return None
    fields = ((148, 8), (100, 8), (108, 8), (116, 8), (124, 12), (136, 12), (329, 8), (337, 8))
    try:
        numbers = tuple(tarfast._number(buf[o : o + n]) for o, n in fields)
    except ValueError:
        return None
    if numbers[0] != 256 + sum(buf[:148]) + sum(buf[156:]):
        return None
    return numbers


def test_compiled_header_numbers_equal_the_python_reading():
    """``marsad._speedups.scan.tar_plain_numbers`` against the Python reading on real headers
    with every numeric field rewritten from octal digits, spaces and NULs (spaces around, between
    and after the digits, empty fields, NUL-cut fields), other bytes there (signs, ``8``, ``_``),
    the checksum recomputed or not, and short blocks."""
    import random

    from marsad import _speedups

    compiled = _speedups.load("scan")
    if compiled is None:
        pytest.skip(f"compiled scan not in use: {_speedups.status()['scan']}")
    rng = random.Random(20261130)
    info = tarfile.TarInfo("ant/مقال.txt")
    info.size, info.mtime, info.mode = 3512, 1519000000, 0o644
    base = info.tobuf(tarfile.USTAR_FORMAT)
    fields = ((100, 8), (108, 8), (116, 8), (124, 12), (136, 12), (329, 8), (337, 8))
    alphabet = b"01234567     \x00\x00" + b"8+-_x"
    checked = 0
    for trial in range(6000):
        buf = bytearray(base)
        for offset, length in fields:
            if rng.random() < 0.5:
                kind = rng.random()
                if kind < 0.7:
                    raw = bytes(rng.choice(b"01234567 \x00") for _ in range(length))
                elif kind < 0.9:
                    digits = "".join(rng.choice("01234567") for _ in range(rng.randint(0, length - 2)))
                    raw = digits.rjust(length - 1, rng.choice(" 0")).encode() + b"\x00"
                else:
                    raw = bytes(rng.choice(alphabet) for _ in range(length))
                buf[offset : offset + length] = raw[:length]
        if rng.random() < 0.8:  # a matching checksum, written as tar writes it (or with spaces)
            total = 256 + sum(buf[:148]) + sum(buf[156:])
            buf[148:156] = (b"%06o\x00 " if trial % 2 else b"  %06o").replace(b"%06o", b"%06o" % total)[:8]
        elif rng.random() < 0.5:
            buf[148:156] = bytes(rng.choice(alphabet) for _ in range(8))
        block = bytes(buf) if trial % 97 else bytes(buf[: rng.randint(0, 511)])
        expected = _numbers_python(block)
        assert compiled.tar_plain_numbers(block) == expected, (trial, block[100:156], block[329:345])
        checked += expected is not None
    assert checked > 1000  # most trials are plain headers
