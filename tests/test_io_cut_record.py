"""Eighth new-user report, finding 12 (first half): the warning of an input cut short inside a
character (``cut-character``; UTF-16: ``decode`` "odd trailing byte …") goes on the record whose
bytes hold the cut — the last one read — never on a complete record before it (it was put on
record #0 of a half-downloaded SaudiNewsNet day zip)."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

from conftest import shared_path
from marsad.io import read_records
from marsad.io.sources import iter_file

_CONTENT = "قال الوزير إن الحكومة تعمل على تحسين الخدمات في المدن والقرى. " * 3
_RECORDS = [{"title": f"عنوان الخبر رقم {i}", "content": _CONTENT} for i in range(4)]


def _cut_in_char(data: bytes, at: int) -> bytes:
    """``data`` cut at the first UTF-8 continuation byte from ``at`` (inside a 2-byte character)."""
    while data[at] & 0xC0 != 0x80:
        at += 1
    return data[:at]


def _codes(articles) -> list[list[str]]:
    return [[p.code for p in a.problems] for a in articles]


def _cut_codes(articles) -> list[int]:
    """Indexes of the records carrying a cut warning."""
    return [
        k
        for k, a in enumerate(articles)
        if any(p.code == "cut-character" or p.message.startswith("odd trailing byte") for p in a.problems)
    ]


def _array_bytes() -> bytes:
    return json.dumps(_RECORDS, ensure_ascii=False).encode()


def test_json_array_cut_warning_goes_to_the_cut_record():
    data = _array_bytes()
    cut = _cut_in_char(data, len(data) * 2 // 3)  # inside record #2
    arts = list(read_records(cut, "day.json"))
    assert [a.source for a in arts] == ["day.json#0", "day.json#1", "day.json#2"]
    assert _codes(arts) == [[], [], ["cut-character", "json"]]
    assert [a.text.startswith("عنوان الخبر رقم") for a in arts] == [True, True, False]


def test_json_array_cut_record_holding_fffd_elsewhere_gets_no_cut_warning():
    recs = [dict(r) for r in _RECORDS]
    recs[1]["content"] = "نص فيه \ufffd حرف بديل. " + _CONTENT  # a U+FFFD of the source itself
    data = json.dumps(recs, ensure_ascii=False).encode()
    arts = list(read_records(_cut_in_char(data, len(data) * 2 // 3), "day.json"))
    assert _cut_codes(arts) == [len(arts) - 1]
    assert _codes(arts)[:2] == [[], []]


def test_jsonl_cut_warning_goes_to_the_cut_line():
    data = ("\n".join(json.dumps(r, ensure_ascii=False) for r in _RECORDS) + "\n").encode()
    cut = _cut_in_char(data, len(data) * 2 // 3)
    arts = list(read_records(cut, "day.jsonl"))  # decoded whole
    assert _codes(arts) == [[], [], ["cut-character", "json"]]


def test_jsonl_file_streamed_cut_warning_on_the_cut_line(tmp_path):
    data = ("\n".join(json.dumps(r, ensure_ascii=False) for r in _RECORDS) + "\n").encode()
    path = tmp_path / "day.jsonl"
    path.write_bytes(_cut_in_char(data, len(data) * 2 // 3))
    arts = list(iter_file(path))  # read line by line: the cut line's own decode warning
    assert _codes(arts) == [[], [], ["decode", "json"]]


def _trec_bytes() -> bytes:
    return "".join(
        f"<DOC>\n<DOCNO>D{i}</DOCNO>\n<HEADLINE>{r['title']}</HEADLINE>\n<TEXT>\n{r['content']}\n</TEXT>\n</DOC>\n"
        for i, r in enumerate(_RECORDS)
    ).encode()


def test_trec_cut_warning_goes_to_the_unclosed_doc():
    data = _trec_bytes()
    arts = list(read_records(_cut_in_char(data, len(data) * 2 // 3), "day.trec"))
    assert len(arts) == 3
    assert _cut_codes(arts) == [2]
    assert {"cut-character", "unclosed-doc"} <= set(_codes(arts)[2])
    assert arts[2].text.endswith("\ufffd")


def test_plain_text_in_a_cut_zip_member(tmp_path):
    body = ("خبر عاجل من الرياض اليوم. " * 40).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("a.txt", body)
    data = buf.getvalue()
    start = data.index(body[:40])
    path = tmp_path / "a.zip"
    path.write_bytes(_cut_in_char(data, start + len(body) // 2))
    arts = list(iter_file(path))
    assert [a.source for a in arts] == [f"{path}::a.txt", str(path)]
    assert _codes(arts) == [["cut-character", "truncated"], ["archive-truncated"]]
    assert arts[0].text.endswith("\ufffd")


def test_json_array_in_a_cut_zip_member(tmp_path):
    data = _array_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("day.json", data)
    zdata = buf.getvalue()
    start = zdata.index(data[:40])
    path = tmp_path / "day.zip"
    path.write_bytes(_cut_in_char(zdata, start + len(data) * 2 // 3))
    arts = list(iter_file(path))
    assert [a.source for a in arts] == [f"{path}::day.json#{k}" for k in range(3)] + [str(path)]
    assert _codes(arts) == [[], [], ["cut-character", "json", "truncated"], ["archive-truncated"]]


def test_trec_in_a_cut_tar_member(tmp_path):
    data = _trec_bytes()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        info = tarfile.TarInfo("day.trec")
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    path = tmp_path / "day.tar"
    path.write_bytes(_cut_in_char(buf.getvalue(), 512 + len(data) * 2 // 3))
    arts = list(iter_file(path))
    # a tar member cut inside its data is not read at all: the cut is told by the archive row only
    assert [a.source for a in arts] == [str(path)]
    assert _codes(arts) == [["archive-truncated"]]


def test_utf16_cut_code_unit_warning_goes_to_the_last_record():
    data = json.dumps(_RECORDS, ensure_ascii=False).encode("utf-16")
    half = len(data) * 2 // 3
    arts = list(read_records(data[: half | 1], "day.json"))  # odd length: half a code unit
    assert len(arts) == 3
    assert _cut_codes(arts) == [2]
    assert _codes(arts) == [[], [], ["decode", "json"]]
    assert arts[2].problems[0].message.startswith("odd trailing byte dropped from utf-16")


def test_utf16_plain_text_cut_keeps_its_warning():
    data = ("خبر عربي " * 50).encode("utf-16")
    arts = list(read_records(data[:-1], "a.txt"))
    assert len(arts) == 1 and _codes(arts) == [["decode"]]


def test_real_saudinewsnet_day_zip_cut_in_half(tmp_path):
    day = shared_path("corpora", "saudinewsnet", "dataset", "2015-08-01.zip")
    data = day.read_bytes()
    path = tmp_path / "day.zip"
    path.write_bytes(data[: len(data) // 2])
    arts = list(iter_file(Path(path)))
    assert len(arts) == 569  # 567 records read before the cut + the cut one + the archive row
    assert arts[0].source == f"{path}::2015-08-01.json#0"
    assert "cut-character" not in _codes(arts)[0]
    assert _cut_codes(arts) == [567]
    assert _codes(arts)[567] == ["cut-character", "json", "truncated"]
    assert _codes(arts)[568] == ["archive-truncated"]


def test_a_reader_failing_after_a_cut_input_loses_no_record(monkeypatch):
    from marsad.io import readers

    real = readers.READERS["json"]

    def failing(*args):
        it = real(*args)
        yield next(it)
        yield next(it)
        raise RuntimeError("boom")

    monkeypatch.setitem(readers.READERS, "json", failing)
    data = _array_bytes()
    arts = list(read_records(_cut_in_char(data, len(data) * 2 // 3), "day.json"))
    assert [a.source for a in arts] == ["day.json#0", "day.json#1", "day.json#2"]
    assert _codes(arts) == [[], [], ["read-failed"]]
