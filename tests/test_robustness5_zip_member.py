"""Fifth new-user report, finding 4: a zip member that :mod:`zipfile` cannot read keeps its stored
(compressed) bytes as raw, and a member whose only fault is its CRC-32 is read, with a warning."""

from __future__ import annotations

import io
import json
import struct
import zipfile

from marsad.io.sources import iter_articles

RECORDS = [{"title": f"خبر رقم {i}", "content": f"قال الوزير إن المشروع رقم {i} سيكتمل."} for i in range(5)]
PAYLOAD = json.dumps(RECORDS, ensure_ascii=False).encode()


def _zip(name: str = "2015-07-21.json", payload: bytes = PAYLOAD) -> bytearray:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(name, payload)
        zf.writestr("next.json", json.dumps([{"title": "التالي", "content": "نص العضو التالي."}], ensure_ascii=False))
    return bytearray(buf.getvalue())


def _member_span(data: bytes, name: str) -> tuple[int, int]:
    """(start, end) of the member's compressed bytes."""
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo(name)
    nlen, xlen = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + nlen + xlen
    return start, start + info.compress_size


def _read(tmp_path, data: bytes):
    path = tmp_path / "day.zip"
    path.write_bytes(bytes(data))
    return list(iter_articles([path]))


def test_a_member_with_a_wrong_crc_is_read_with_a_warning(tmp_path):
    data = _zip()
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("2015-07-21.json")
    # the CRC-32 in the local header (offset 14) and in the central directory entry
    struct.pack_into("<I", data, info.header_offset + 14, info.CRC ^ 0xFFFF)
    cd = bytes(data).index(b"PK\x01\x02")
    struct.pack_into("<I", data, cd + 16, info.CRC ^ 0xFFFF)
    articles = _read(tmp_path, data)
    assert [a.text.split("\n")[0] for a in articles] == [f"خبر رقم {i}" for i in range(5)] + ["التالي"]
    warned = [p for p in articles[0].problems if p.code == "archive-member"]
    assert warned and warned[0].level == "warning" and "Bad CRC-32" in warned[0].message
    assert f"its {len(PAYLOAD):,} bytes inflated to the end of the stream were read" in warned[0].message
    assert warned[0].message.startswith("zip member read despite BadZipFile: Bad CRC-32")
    assert all(a.ok for a in articles)


def test_a_member_whose_deflate_stream_is_broken_keeps_its_stored_bytes(tmp_path):
    data = _zip()
    start, end = _member_span(data, "2015-07-21.json")
    stored = bytes(data[start:end])
    for k in range(start + 10, min(start + 50, end)):
        data[k] ^= 0x5A
    damaged = bytes(data[start:end])
    articles = _read(tmp_path, data)
    failed = [a for a in articles if not a.ok]
    assert len(failed) == 1
    (bad,) = failed
    assert bad.source.endswith("day.zip::2015-07-21.json")
    assert bad.raw == damaged and bad.raw != stored and len(bad.raw) == end - start
    msg = bad.problems[0].message
    assert msg.startswith("unreadable zip member: ") and f"raw kept: the member's {end - start:,} compressed bytes" in msg
    assert articles[-1].text.startswith("التالي")  # the next member is read


def test_a_member_cut_before_any_of_it_inflates_keeps_its_compressed_bytes(tmp_path):
    """Sixth new-user report, finding 10: a truncated zip's member cut in the middle kept no raw."""
    import os

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.json", json.dumps(RECORDS[:1], ensure_ascii=False))
        zf.writestr("b.json", os.urandom(4000).hex())  # incompressible-ish: deflate blocks of its own
        zf.writestr("c.json", json.dumps(RECORDS[1:2], ensure_ascii=False))
    data = buf.getvalue()
    start, end = _member_span(bytearray(data), "b.json")
    cut = data[: start + 20]  # 20 bytes into b.json's deflate stream: nothing inflates yet
    path = tmp_path / "trunc.zip"
    path.write_bytes(cut)
    articles = list(iter_articles([path]))
    b = [a for a in articles if a.source.endswith("::b.json")]
    assert len(b) == 1 and b[0].raw == data[start : start + 20]
    assert "cut before any of it could be inflated" in b[0].problems[0].message
    assert articles[0].text.startswith("خبر رقم 0")
    assert any(p.code == "archive-truncated" for a in articles for p in a.problems)
