"""Silent cases a hostile tester found (rob23 report, item 17): two ``<DOC>``s sharing a DOCNO
are both kept with a warning on the second; ``marsad stats --failed`` escapes a newline in a name."""

from __future__ import annotations

import sqlite3

from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad.cli.app import app

runner = CliRunner()


# --- two <DOC>s sharing a DOCNO ---------------------------------------------------------------

TWO_DOCS = """<DOC>
<DOCNO>SKY-1</DOCNO>
<URL>http://x/1</URL>
<SRC>skynews</SRC>
<CAT>politics</CAT>
<TITLE>الخبر الأول</TITLE>
<TIME>2018-04-10 12:00</TIME>
<TEXT>
قال وزير الخارجية الأردني أيمن الصفدي يوم الأحد إن المحادثات مستمرة.
</TEXT>
</DOC>
<DOC>
<DOCNO>SKY-2</DOCNO>
<URL>http://x/2</URL>
<SRC>skynews</SRC>
<CAT>politics</CAT>
<TITLE>خبر آخر</TITLE>
<TIME>2018-04-10 12:00</TIME>
<TEXT>
أعلنت الحكومة خطة جديدة للنقل العام.
</TEXT>
</DOC>
<DOC>
<DOCNO>SKY-1</DOCNO>
<URL>http://x/1</URL>
<SRC>skynews</SRC>
<CAT>politics</CAT>
<TITLE>الخبر الثاني المختلف</TITLE>
<TIME>2018-04-10 12:00</TIME>
<TEXT>
أعلنت وزارة الصحة السعودية تسجيل حالات جديدة في الرياض اليوم.
</TEXT>
</DOC>
"""


def test_repeated_docno_warns_on_the_later_record_and_keeps_both():
    from marsad.io.readers import read_records

    records = list(read_records(TWO_DOCS.encode("utf-8"), "two.txt"))
    assert [a.source for a in records] == ["two.txt#0", "two.txt#1", "two.txt#2"]
    assert [[p.code for p in a.problems] for a in records[:2]] == [[], []]
    assert [(p.level, p.code, p.message) for p in records[2].problems] == [
        (
            "warning",
            "repeated-docno",
            "<DOCNO> SKY-1 is also record #0's of this input (this is #2); both kept",
        )
    ]


def test_repeated_docno_both_stored(tmp_path):
    src = tmp_path / "two.txt"
    src.write_text(TWO_DOCS, encoding="utf-8")
    db = tmp_path / "two.db"
    r = runner.invoke(app, ["ingest", str(src), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT source, title FROM articles ORDER BY id").fetchall()
        codes = conn.execute("SELECT code FROM problems WHERE code = 'repeated-docno'").fetchall()
    assert [s for s, _ in rows] == [f"{src}#0", f"{src}#1", f"{src}#2"]
    assert codes == [("repeated-docno",)]


# --- stats --failed keeps one record per line -------------------------------------------------


def test_failed_listing_escapes_a_newline_in_a_member_name(tmp_path):
    import zipfile

    archive = tmp_path / "names.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("new\nline.txt", b"")  # 0 bytes: error `empty`, a failed record
        z.writestr("tab\there.txt", b"")
        z.writestr("ok.txt", "خبر عادي\n\nقالت الحكومة إن الخطة جاهزة.\n".encode())
    db = tmp_path / "n.db"
    r = runner.invoke(app, ["ingest", str(archive), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["stats", "--failed", "--db", str(db)])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert len(lines) == 2
    fields = [line.split("\t") for line in lines]
    assert [f[1] for f in fields] == [f"{archive}::new\\nline.txt", f"{archive}::tab\\there.txt"]
    assert all(len(f) == 3 and f[2].startswith("empty: ") for f in fields)


def test_one_line_escapes():
    from marsad.cli.ingest import _one_line

    assert _one_line("a.txt") == "a.txt"
    assert _one_line("a\nb\rc\td\x00e\x7ff\u2028g") == "a\\nb\\rc\\td\\x00e\\x7ff\\u2028g"
    assert _one_line("خبر\u200fعاجل") == "خبر\u200fعاجل"  # a format character is kept
    assert _one_line("x\\xff.txt") == "x\\xff.txt"  # the store's escape of a non-UTF-8 byte, as it is
