"""UTF-16/UTF-32 input cut inside a code unit, and a reader that fails, keep their bytes
(seventh new-user report, finding 1: a UTF-16 file with a BOM and one stray trailing byte made
``marsad.parse`` raise ``UnicodeDecodeError`` and ingest stored the record with no raw bytes)."""
from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad.io import sources
from marsad.io.encoding import decode

TEXT = "عنوان الخبر\n\nقال الوزير إن الوضع صعب.\n"


@pytest.mark.parametrize(
    ("data", "encoding", "stray"),
    [
        (b"\xff\xfe" + TEXT.encode("utf-16-le") + b"\x00", "utf-16-le", 1),
        (b"\xfe\xff" + TEXT.encode("utf-16-be") + b"\x06", "utf-16-be", 1),
        (b"\xff\xfe\x00\x00" + TEXT.encode("utf-32-le") + b"\x27\x06\x00", "utf-32-le", 3),
        (b"\x00\x00\xfe\xff" + TEXT.encode("utf-32-be") + b"\x00\x00", "utf-32-be", 2),
        (TEXT.encode("utf-16-le") + b"\x06", "utf-16-le", 1),  # no BOM: sniffed
    ],
)
def test_a_cut_code_unit_is_dropped_with_a_warning(data: bytes, encoding: str, stray: int) -> None:
    decoded = decode(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    [problem] = decoded.problems
    assert (problem.level, problem.code) == ("warning", "decode")
    assert f"({stray} of a" in problem.message


def test_a_bom_and_stray_bytes_only_is_empty() -> None:
    decoded = decode(b"\xff\xfe\x00")
    assert decoded.text == ""
    assert [(p.level, p.code) for p in decoded.problems] == [("error", "empty")]
    assert "1 stray byte" in decoded.problems[0].message


def test_a_lone_low_surrogate_of_low_bytes_is_replaced_not_raised() -> None:
    # U+DC00 as bytes 00 DC: surrogateescape cannot escape 0x00, the replace path counts 2 bytes
    decoded = decode(b"\xff\xfe" + b"\x00\xdc" + "ب".encode("utf-16-le"))
    assert decoded.text == "\ufffdب"
    assert "2 byte(s) not valid utf-16-le" in decoded.problems[0].message


def test_parse_of_a_cut_utf16_file_returns_the_article() -> None:
    article = marsad.parse(b"\xff\xfe" + TEXT.encode("utf-16-le") + b"\x00")
    assert article.text[article.title.start : article.title.end] == "عنوان الخبر"
    assert any(p.code == "decode" for p in article.problems)


def test_a_failing_reader_keeps_the_file_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xff\xfe" + TEXT.encode("utf-16-le"))

    def boom(p, fmt=None):  # a reader bug
        raise RuntimeError("reader bug")
        yield  # pragma: no cover

    monkeypatch.setattr(sources, "iter_file", boom)
    [article] = list(sources.iter_articles([path]))
    assert article.raw == path.read_bytes()
    assert [p.code for p in article.problems] == ["read-failed"]
    assert "RuntimeError: reader bug; raw bytes kept" in article.problems[0].message
