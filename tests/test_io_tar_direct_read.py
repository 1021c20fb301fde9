"""Tar members read straight from the stream give what ``tarfile``'s file objects give: the same
articles (text, raw bytes, problems) from whole archives and from archives cut at any byte."""

from __future__ import annotations

import gzip
import io
import tarfile

import pytest

from marsad.io import sources


def _archive() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for k in range(6):
            body = (
                f"<DOC>\n<DOCNO>X-{k}</DOCNO>\n<TITLE>عنوان {k}</TITLE>\n<TIME>Sun, 18 Feb 2018 10:3{k}:00 +0400</TIME>\n"
                f"<TEXT>\n{'نص الخبر ' * (40 * k + 5)}\n</TEXT>\n</DOC>\n"
            ).encode()
            info = tarfile.TarInfo(f"corpus/src/file-{k}.txt")
            info.size = len(body)
            tf.addfile(info, io.BytesIO(body))
        info = tarfile.TarInfo("corpus/src")
        info.type = tarfile.DIRTYPE
        tf.addfile(info)
    return gzip.compress(buf.getvalue(), mtime=0)


def _read(data: bytes, direct: bool, tmp_path) -> list[tuple]:
    path = tmp_path / "a.tar.gz"
    path.write_bytes(data)
    old = sources._DIRECT_MEMBER_READ
    sources._DIRECT_MEMBER_READ = direct
    try:
        return [
            (a.source, a.text, a.raw, [(p.level, p.code, p.message) for p in a.problems])
            for a in sources.iter_articles([path])
        ]
    finally:
        sources._DIRECT_MEMBER_READ = old


def test_whole_archive_the_same(tmp_path):
    data = _archive()
    direct = _read(data, True, tmp_path)
    assert len(direct) == 6 and all(p == [("warning", "missing-tag", "missing <URL>, <SRC>, <CAT>")] for *_, p in direct)
    assert direct == _read(data, False, tmp_path)


@pytest.mark.parametrize("fraction", [0.05, 0.2, 0.35, 0.5, 0.61, 0.77, 0.9, 0.97, 0.995])
def test_cut_archive_the_same(tmp_path, fraction):
    data = _archive()
    cut = data[: int(len(data) * fraction)]
    assert _read(cut, True, tmp_path) == _read(cut, False, tmp_path)


def test_uncompressed_tar_cut_inside_a_member_the_same(tmp_path):
    raw = gzip.decompress(_archive())
    for cut in (700, 1500, 2600, len(raw) // 2, len(raw) - 1100):
        data = raw[:cut]
        path = tmp_path / "cut.tar"
        path.write_bytes(data)
        got = []
        for direct in (True, False):
            sources._DIRECT_MEMBER_READ = direct
            try:
                got.append([(a.source, a.text, a.raw, [p.code for p in a.problems]) for a in sources.iter_articles([path])])
            finally:
                sources._DIRECT_MEMBER_READ = True
        assert got[0] == got[1], cut
