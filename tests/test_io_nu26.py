"""Input lost or misread, twelfth new-user report (nu26), on inputs written for these tests.

* HTML: a second ``<article>`` disappeared; a page whose text is only in JSON-LD ``articleBody`` gave
  the title ``x`` and no body; ``شارك هذا الخبر على فيسبوك وتويتر`` stayed in the body;
* ``marsad ingest ""`` ingested the current folder;
* an empty ``.zip`` and a ``.jsonl`` of blank lines recorded nothing and said nothing;
* a cp1256 zip member name without the UTF-8 flag showed as cp437 mojibake;
* a cp720 text turned ``مستعدة`` into CJK characters;
* ``marsad ingest FOLDER --db FOLDER/a.db`` read the other stores' files there as failed records.
"""

from __future__ import annotations

import io
import json
import sqlite3
import tarfile
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
from marsad.cli.app import app
from marsad.io import decode, iter_articles, read_records
from marsad.io.html import boilerplate_line_reason
from marsad.io.sources import zip_member_name

runner = CliRunner()

SYRIA = "قال وزير الخارجية السوري وليد المعلم يوم الأحد إن الحكومة مستعدة للحوار مع جميع الأطراف."
LEBANON = "أعلن رئيس الحكومة اللبنانية يوم الاثنين تشكيل الحكومة الجديدة بعد أشهر من المشاورات."
#: A plain-text article: a title line and two paragraphs.
STORY = f"المعلم: الحكومة مستعدة للحوار\n\n{SYRIA}\n\n{LEBANON}\n"


def _content(a) -> list[str]:
    return a.span_text(a.fields["content"]).split("\n\n") if "content" in a.fields else []


# -- HTML: several <article> elements --------------------------------------------------------------
TWO_STORIES = (
    "<html><head><meta charset='utf-8'><title>الرئيسية</title></head><body>\n"
    f"<article><h2>الخبر الأول عن سوريا</h2><p>{SYRIA}</p></article>\n"
    f"<article><h2>الخبر الثاني عن لبنان</h2><time datetime='2018-07-16'>16 يوليو</time><p>{LEBANON}</p></article>\n"
    f"<article><h2>الخبر الثالث</h2><span class='date'>17 يوليو 2018</span><p>{SYRIA}</p></article>\n"
    "</body></html>"
)


def test_two_articles_with_their_own_headlines_are_two_records():
    data = TWO_STORIES.encode("utf-8")
    first, second, third = read_records(data, source="front.html")
    assert (first.source, second.source, third.source) == ("front.html#0", "front.html#1", "front.html#2")
    assert first.span_text(first.fields["title"]) == "الخبر الأول عن سوريا"
    assert _content(first) == [SYRIA]
    assert "date" not in first.fields
    assert second.span_text(second.fields["title"]) == "الخبر الثاني عن لبنان"
    assert second.span_text(second.fields["date"]) == "2018-07-16"
    assert _content(second) == [LEBANON]
    # each record's raw is its own element's source text, so neither is a byte copy of the other
    assert first.raw == TWO_STORIES.split("\n")[1].encode("utf-8")
    assert second.raw == TWO_STORIES.split("\n")[2].encode("utf-8")
    assert first.ok and second.ok
    # a visible date line of its own is its date, not a paragraph
    assert third.span_text(third.fields["date"]) == "17 يوليو 2018"
    assert _content(third) == [SYRIA]


def test_articles_without_their_own_headlines_are_joined():
    page = (
        "<html><head><meta property='og:title' content='المعلم: الحكومة مستعدة للحوار'></head><body>"
        f"<article><p>{SYRIA}</p></article><article><p>{LEBANON}</p></article></body></html>"
    )
    (a,) = read_records(page, source="p.html")
    assert a.span_text(a.fields["title"]) == "المعلم: الحكومة مستعدة للحوار"
    assert _content(a) == [SYRIA, LEBANON]


def test_related_article_cards_in_an_aside_do_not_split_the_page():
    page = (
        "<html><body><article><h1>المعلم: الحكومة مستعدة للحوار</h1>"
        f"<p>{SYRIA}</p></article>"
        "<aside><article><h3>خبر ذو صلة</h3><p>نص قصير.</p></article></aside></body></html>"
    )
    (a,) = read_records(page, source="p.html")
    assert a.span_text(a.fields["title"]) == "المعلم: الحكومة مستعدة للحوار"
    assert _content(a) == [SYRIA]


# -- HTML: JSON-LD articleBody ---------------------------------------------------------------------
def test_json_ld_article_body_when_the_markup_holds_no_text():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "المعلم: الحكومة مستعدة للحوار",
        "datePublished": "2018-07-15T10:30:00+03:00",
        "author": {"@type": "Person", "name": "مراسلنا"},
        "articleBody": f"{SYRIA}\n{LEBANON}",
    }
    page = (
        "<html><head><title>x</title><script type='application/ld+json'>"
        f"{json.dumps(ld, ensure_ascii=False)}</script></head><body><div id='app'></div></body></html>"
    )
    (a,) = read_records(page, source="p.html")
    assert a.span_text(a.fields["title"]) == "المعلم: الحكومة مستعدة للحوار"
    assert a.span_text(a.fields["author"]) == "مراسلنا"
    assert a.span_text(a.fields["date"]) == "2018-07-15T10:30:00+03:00"
    assert _content(a) == [SYRIA, LEBANON]
    assert [p.code for p in a.problems] == ["json-ld-body"]


def test_json_ld_body_is_not_read_when_the_page_shows_its_text():
    ld = {"@type": "NewsArticle", "headline": "عنوان آخر", "articleBody": LEBANON}
    page = (
        f"<html><head><script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script></head>"
        f"<body><h1>المعلم: الحكومة مستعدة للحوار</h1><p>{SYRIA}</p></body></html>"
    )
    (a,) = read_records(page, source="p.html")
    assert a.span_text(a.fields["title"]) == "المعلم: الحكومة مستعدة للحوار"
    assert _content(a) == [SYRIA]
    assert not a.problems


# -- HTML: share lines -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "شارك هذا الخبر على فيسبوك وتويتر",
        "شارك هذا المقال",
        "شارك الخبر عبر واتساب أو تيليجرام",
        "شارك عبر مواقع التواصل الاجتماعي",
        "شارك على فيسبوك",
        "انشر الخبر",
        "مشاركة",
        "Share this article",
        "فيسبوك | تويتر | واتساب",
    ],
)
def test_share_line_forms(line):
    assert boilerplate_line_reason(line) == "share"


@pytest.mark.parametrize(
    "line",
    [
        "شارك في الحوار",
        "شارك آلاف المتظاهرين في مسيرة على طريق المطار",
        "شارك المنتخب في البطولة على أرضه",
        "وشارك في الاجتماع ممثلون عن فيسبوك وتويتر",
    ],
)
def test_story_lines_with_share_verbs_stay(line):
    assert boilerplate_line_reason(line) == ""


def test_share_lines_leave_the_body_and_are_recorded():
    page = (
        "<html><body><article><h1>المعلم: الحكومة مستعدة للحوار</h1>"
        f"<p>{SYRIA}</p><p>شارك هذا الخبر على فيسبوك وتويتر</p><p>شارك هذا المقال</p></article></body></html>"
    )
    (a,) = read_records(page, source="p.html")
    assert _content(a) == [SYRIA]
    assert [(r.what, a.text[r.start : r.end]) for r in a.removed] == [
        ("share", "شارك هذا الخبر على فيسبوك وتويتر"),
        ("share", "شارك هذا المقال"),
    ]


# -- empty inputs ----------------------------------------------------------------------------------
def test_empty_zip_is_recorded_with_its_reason(tmp_path):
    path = tmp_path / "e.zip"
    with zipfile.ZipFile(path, "w"):
        pass
    (a,) = iter_articles([path])
    assert a.source == str(path)
    assert [(p.level, p.code) for p in a.problems] == [("error", "empty")]
    assert a.problems[0].message.startswith("zip archive with no member to read")
    assert a.raw == path.read_bytes()


def test_archive_of_documentation_only_is_recorded(tmp_path):
    path = tmp_path / "docs.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        info = tarfile.TarInfo("README.md")
        info.size = 5
        tf.addfile(info, io.BytesIO(b"hello"))
    (a,) = iter_articles([path])
    assert a.problems[0].code == "empty"
    assert a.problems[0].message.startswith("tar archive with no member to read")


def test_empty_zip_inside_a_zip_is_recorded(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w"):
        pass
    path = tmp_path / "outer.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("inner.zip", inner.getvalue())
    (a,) = iter_articles([path])
    assert a.source == f"{path}::inner.zip"
    assert a.problems[0].code == "empty"
    assert a.raw == inner.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"\n\n  \n", "JSON Lines input with no records (only blank lines)"), (b"", "empty input (0 bytes)")],
)
def test_jsonl_without_records_is_recorded(tmp_path, data, message):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(data)
    (a,) = iter_articles([path])
    assert (a.source, a.problems[0].code, a.problems[0].message) == (str(path), "empty", message)


def test_empty_path_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    r = runner.invoke(app, ["ingest", "", "--db", str(tmp_path / "s.db"), "--core", "-q"])
    assert r.exit_code == 2
    message = "marsad: error: an empty path was given (an unset shell variable?); nothing read"
    assert r.output.strip() == message
    assert not (tmp_path / "s.db").exists()


# -- zip member names without the UTF-8 flag --------------------------------------------------------
def _zip_with_raw_names(names: list[bytes]) -> bytes:
    """A zip whose members have exactly ``names`` as name bytes and no UTF-8 flag (zipfile sets the
    flag for non-ASCII names, so ASCII placeholders of the same length are patched)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for k, raw in enumerate(names):
            zf.writestr(f"{k}".ljust(len(raw), "_"), STORY)
    data = buf.getvalue()
    for k, raw in enumerate(names):
        data = data.replace(f"{k}".ljust(len(raw), "_").encode(), raw)
    return data


def test_zip_member_names_without_the_utf8_flag(tmp_path):
    path = tmp_path / "c.zip"
    path.write_bytes(
        _zip_with_raw_names(["خبر.txt".encode("cp1256"), "Müller.txt".encode("cp437"), "تقرير.txt".encode()])
    )
    articles = list(iter_articles([path]))
    assert [a.source for a in articles] == [f"{path}::خبر.txt", f"{path}::Müller.txt", f"{path}::تقرير.txt"]
    assert [[p.code for p in a.problems] for a in articles] == [["source-name"], [], ["source-name"]]
    assert "read as cp1256" in articles[0].problems[0].message
    assert "read as utf-8" in articles[2].problems[0].message


def test_zip_member_name_rules():
    assert zip_member_name("Müller.txt", 0) == ("Müller.txt", None)  # plausible cp437: kept
    assert zip_member_name("╬╚╤.txt", 0)[0] == "خبر.txt"
    assert zip_member_name("╬╚╤.txt", 0x800) == ("╬╚╤.txt", None)  # the flag says UTF-8: as read


# -- cp720 and the mixed-encoding check --------------------------------------------------------------
CP720_TEXT = (
    'قال وزير الخارجية السوري وليد المعلم الأحد إن "الحكومة مستعدة للحوار".\n'
    "وأضاف المعلم أن الوضع في إدلب خطير ويتطلب تحركا دوليا.\n"
)


@pytest.mark.parametrize("codec", ["cp720", "cp1256", "iso8859-6", "utf-8"])
def test_legacy_words_that_are_valid_utf8_by_chance(codec):
    text, encoding, problems = decode(CP720_TEXT.encode(codec))
    assert text == CP720_TEXT
    assert encoding == codec
    assert problems == []


def test_a_real_utf8_word_in_a_cp1256_text_is_still_read_as_utf8():
    data = "قال الوزير إن الحكومة مستعدة للحوار.\n".encode("cp1256") + "مقهى café مستعدة\n".encode()
    text, encoding, problems = decode(data)
    assert (text, encoding) == ("قال الوزير إن الحكومة مستعدة للحوار.\nمقهى café مستعدة\n", "cp1256")
    assert problems[0].message.startswith("mixed encodings: ")


# -- other stores in an input folder ----------------------------------------------------------------
def _store_like(folder: Path, name: str) -> None:
    conn = sqlite3.connect(folder / name)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    (folder / f"{name}-shm").write_bytes(b"\0" * 64)  # as a live store has them, whatever their content
    (folder / f"{name}-wal").write_bytes(b"")
    index = folder / f"{name}.search" / "v12-abc"
    index.mkdir(parents=True)
    (index / "meta.json").write_text("{}")
    (index / "a.idx").write_bytes(b"\x01\x02")


def test_folder_walk_skips_other_stores(tmp_path):
    data = tmp_path / "in"
    data.mkdir()
    (data / "a.txt").write_text(STORY, encoding="utf-8")
    _store_like(data, "old.db")
    (data / "copy.sqlite").write_bytes((data / "old.db").read_bytes())
    skipped: list = []
    articles = list(iter_articles([data], skipped=skipped))
    assert [a.source for a in articles] == [str(data / "a.txt")]
    assert sorted((p.name, n) for p, n in skipped) == [
        ("copy.sqlite", 1),
        ("old.db", 1),
        ("old.db-shm", 1),
        ("old.db-wal", 1),
        ("old.db.search", 2),
    ]
    r = runner.invoke(app, ["ingest", str(data), "--db", str(data / "new.db"), "--core", "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.output[r.output.index("{") :])
    assert (summary["read"], summary["failed"], summary["skipped_store_files"]) == (1, 0, 6)
    r = runner.invoke(app, ["ingest", str(data), "--db", str(data / "new.db"), "--core", "-q"])
    line = next(x for x in r.output.splitlines() if "store files skipped" in x)
    assert line.split()[3] == "6"


def test_a_file_named_like_a_side_file_is_read_when_no_database_is_beside_it(tmp_path):
    (tmp_path / "notes-journal").write_text(STORY, encoding="utf-8")
    (a,) = iter_articles([tmp_path])
    assert a.ok and a.source == str(tmp_path / "notes-journal")
