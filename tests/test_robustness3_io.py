"""Input robustness, third new-user report (2026-11-29): line breaks other than LF (finding 5) and
special files in an input folder (finding 7); the user's inputs rebuilt here."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

import marsad
from marsad.io.encoding import unify_line_breaks
from marsad.io.sources import count_inputs, iter_articles

#: The user's `nasty/crlf.txt` (example 003 shortened), with its line breaks as `{nl}`.
CR_ARTICLE = (
    "11-08-2015 09:30 PM بتوقيت مكة المكرمة{nl}{nl}#جدة: افتتاح معرض الكتاب{nl}{nl}جدة - واس{nl}{nl}"
    "افتتح وزير الثقافة معرض جدة الدولي للكتاب مساء الثلاثاء بمشاركة 400 دار نشر.{nl}{nl}"
    'وقال مدير المعرض عبدالرحمن الشهري إن "الإقبال فاق التوقعات".{nl}'
)
SEPARATORS = {"CR": "\r", "U+2028": "\u2028", "U+2029": "\u2029", "NEL": "\x85"}


def _layout(article: marsad.Article) -> tuple[str | None, str | None, str | None, list[str]]:
    d = article.to_dict()
    kinds = [b["kind"] for b in d["blocks"]]
    return d.get("title"), d.get("dateline"), (d.get("published") or {}).get("local"), kinds


@pytest.mark.parametrize("name", sorted(SEPARATORS))
def test_other_line_breaks_lay_out_like_lf(name):
    # before: title '', dateline None, published 2015-08-11 (day only, naive), blocks ['lead']
    expected = _layout(marsad.parse(CR_ARTICLE.format(nl="\n")))
    assert expected[:3] == ("جدة: افتتاح معرض الكتاب", "جدة - واس", "2015-08-11T21:30:00+03:00")
    text = CR_ARTICLE.format(nl=SEPARATORS[name])
    article = marsad.parse(text.encode("utf-8"), source="cr.txt")  # a file's bytes, as ingest reads them
    assert _layout(article) == expected
    assert [p.code for p in article.problems] == ["line-breaks"]
    assert name.split()[0] in article.problems[0].message
    # the raw is kept byte for byte, and the text has the same length (offsets unchanged)
    assert article.raw == text.encode("utf-8")
    assert len(article.text) == len(text)
    # a str given by the caller is never altered (reliability invariant, test_reliability_hostile)
    assert marsad.parse(text).text == text


def test_other_line_breaks_from_bytes_and_trec():
    data = CR_ARTICLE.format(nl="\r").encode("cp1256")
    article = marsad.parse(data)
    assert article.encoding == "cp1256" and article.raw == data
    assert _layout(article)[:2] == ("جدة: افتتاح معرض الكتاب", "جدة - واس")
    trec = "<DOC>\r<DOCNO>X-1</DOCNO>\r<TITLE>عنوان</TITLE>\r<TEXT>\rجدة - واس\rالفقرة الأولى هنا.\r\rالفقرة الثانية هنا.\r</TEXT>\r</DOC>\r"
    article = marsad.parse(trec.encode("utf-8"))
    assert article.fmt == "trec" and article.raw == trec.encode("utf-8")
    assert article.to_dict()["dateline"] == "جدة - واس"


def test_crlf_and_lf_untouched():
    for text in ("a\r\nb\r\n", "a\nb\n", "بلا فواصل"):
        assert unify_line_breaks(text) == (text, None)
    unified, problem = unify_line_breaks("a\r\nb\rc\u2029d\u2028e\x85f")
    assert unified == "a\r\nb\nc\nd\ne\nf"
    assert problem is not None and "1 CR" in problem.message and "U+2029" in problem.message


def test_cr_file_same_as_crlf_file(tmp_path):
    # the user's files (finding 7) were an article with bare CR line breaks and its CRLF copy; written
    # here (the earlier version of this test read them from /tmp and skipped on every other machine)
    cr, crlf = tmp_path / "cr.txt", tmp_path / "crlf.txt"
    cr.write_bytes(CR_ARTICLE.format(nl="\r").encode("utf-8"))
    crlf.write_bytes(CR_ARTICLE.format(nl="\r\n").encode("utf-8"))
    a, b = (next(marsad.parse_path(p)) for p in (cr, crlf))
    assert _layout(a) == _layout(b)
    assert _layout(a) == _layout(marsad.parse(CR_ARTICLE.format(nl="\n")))


@pytest.mark.skipif(not hasattr(os, "mkfifo") or sys.platform == "win32", reason="needs POSIX mkfifo")
def test_fifo_in_folder_is_skipped_with_reason(tmp_path):
    # before: `marsad ingest fifodir` hung forever (opening a FIFO blocks until a writer comes)
    folder = tmp_path / "fifodir"
    folder.mkdir()
    (folder / "001.txt").write_text(CR_ARTICLE.format(nl="\n"), encoding="utf-8")
    os.mkfifo(folder / "zz_fifo")

    def hung(signum, frame):  # pragma: no cover - only on the bug
        raise TimeoutError("reading a folder with a FIFO hung")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        articles = list(iter_articles([folder]))
        assert count_inputs([folder]) == 2
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert [Path(a.source).name for a in articles] == ["001.txt", "zz_fifo"]
    assert articles[0].problems == [] and articles[0].text
    fifo = articles[1]
    assert fifo.text == "" and fifo.raw is None
    assert [(p.level, p.code) for p in fifo.problems] == [("error", "not-a-file")]
    assert "named pipe (FIFO)" in fifo.problems[0].message and "skipped" in fifo.problems[0].message


@pytest.mark.skipif(not hasattr(os, "mkfifo") or sys.platform == "win32", reason="needs POSIX mkfifo")
def test_fifo_folder_through_ingest(tmp_path):
    from typer.testing import CliRunner

    import marsad.cli.ingest  # noqa: F401 - registers the commands
    from marsad.cli.app import app

    folder = tmp_path / "fifodir"
    folder.mkdir()
    (folder / "001.txt").write_text(CR_ARTICLE.format(nl="\n"), encoding="utf-8")
    os.mkfifo(folder / "zz_fifo")
    signal.signal(signal.SIGALRM, signal.default_int_handler)
    signal.alarm(30)
    try:
        result = CliRunner().invoke(
            app, ["ingest", str(folder), "--db", str(tmp_path / "f.db"), "--core", "-q"]
        )
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
    assert result.exit_code == 0, result.output
    assert "not-a-file" in result.output
