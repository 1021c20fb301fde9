"""A new user's leftovers (task cli29, from new-user report nu28): whole-word prefixes, prefixes in
filters, numbers with Arabic separators, ``export --format`` as a usage error, archive members
(copies, links), long articles searchable by their title, a failed record's reason kept through
export, and listings of articles without a title. Our own sentences."""

from __future__ import annotations

import sqlite3

import pytest

from marsad.model import Entity
from marsad.search import index
from marsad.search.query import compile_query, parse
from test_search_variants import found, index_of, make_article


# -- item 1: a prefix is the words starting with the letters typed, never a part-word's stem ---------
@pytest.fixture(scope="module")
def prefixes():
    return index_of(
        "قال المدرب مورينيو للصحفيين",  # 1
        "وصل الممثل ديمي مور إلى المدينة",  # 2: مور, the light10 stem of the part-word مورين
        "التقى نتنياهو الوفد",  # 3
        "قال نتانياهو للصحفيين",  # 4
        "أعلنت وزارة الصحة",  # 5
        "افتتحت الوزارات مكاتبها",  # 6
    )


def test_a_part_word_prefix_does_not_search_its_stem(prefixes):
    assert found(prefixes, "مورين*") == {1}  # before: {1, 2} (مورين → stem مور)
    assert compile_query(parse("مورين*")).match == '"مورين"*'


def test_a_prefix_takes_the_other_spellings_of_the_words_it_starts(prefixes):
    assert found(prefixes, "نتنياهو") == {3, 4}
    assert found(prefixes, "نتنياه*") == {3, 4}  # before: {3}: نتانياهو, spelling of نتنياهو
    assert found(prefixes, "نتانيا*") == {3, 4}
    (hit,) = [h for h in index.search(prefixes, "نتنياه*") if h["article_id"] == 4]
    assert [hit["snippet"][x["start"] : x["end"]] for x in hit["highlights"]] == ["نتانياهو"]


def test_a_whole_word_prefix_still_finds_what_the_word_finds(prefixes):
    assert found(prefixes, "وزارة") == {5, 6}
    assert found(prefixes, "وزارة*") == {5, 6}  # وزارة is a word of the index: its stem وزار too


# -- item 2: a prefix in a person:/org:/place:/hashtag: filter ---------------------------------------
@pytest.fixture(scope="module")
def people():
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    for i, (name, key) in enumerate(
        [("دونالد ترامب", "ترامب"), ("دونالد ترمب", "ترمب"), ("فلاديمير بوتين", "بوتين")], 1
    ):
        a = make_article(f"خبر رقم {i}", f"قال {name} إن العمل مستمر.")
        a.entities.append(Entity(name=name, type="PER", aliases=[key]))
        index.save_article(conn, i, a)
    return conn


def test_an_entity_filter_takes_a_prefix(people):
    assert found(people, "person:ترامب*") == {1, 2}  # before: 0 hits and no note
    assert found(people, "person:ترا*") == {1, 2}  # ترمب is a spelling of ترامب
    assert found(people, 'person:"دونالد ترا*"') == {1, 2}
    assert found(people, "person:(بوت* OR ترمب)") == {1, 2, 3}
    assert found(people, "person:بوت") == set()  # a whole word without the '*'
    r = index.run_query(people, "person:ب*")
    assert r.hits == [] and r.notes == [
        "person:ب*: a prefix needs at least 2 letters before '*', at the end of a word: the '*' is ignored"
    ]


def test_a_hashtag_filter_takes_a_prefix():
    from marsad.model import Hashtag

    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    for i, tag in enumerate(["سوريا", "سوريا_اليوم", "ترمب", "مصر"], 1):
        a = make_article(f"خبر رقم {i}", "نص الخبر.")
        a.hashtags.append(Hashtag(0, 0, tag=tag))
        index.save_article(conn, i, a)
    assert found(conn, "hashtag:سوري*") == {1, 2}  # before: 0 hits
    assert found(conn, "hashtag:سوريا") == {1}
    assert found(conn, "hashtag:ترا*") == {3}  # ترمب, a spelling of ترامب


def test_a_source_filter_ignores_a_star_with_a_note():
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    index.save_article(conn, 1, make_article("خبر", "نص الخبر الأول.", source="bbc-arabic"))
    r = index.run_query(conn, "source:bbc*")
    assert [h["article_id"] for h in r.hits] == [1]
    assert r.notes == [
        "source:bbc*: source: already matches every source containing 'bbc': the '*' is ignored"
    ]


# -- item 3: a number with separators is one number ---------------------------------------------------
@pytest.mark.parametrize("query", ["2018٫5", "2018.5", "٢٠١٨٫٥", "2018,5"])
def test_a_number_with_separators_is_one_number(query):
    conn = index_of("نما الاقتصاد 2018.5 في المئة", "في عام 2018 ارتفع 5 مؤشرات", "بلغ 2018٫5 مليون")
    assert found(conn, query) == {1, 3}  # before: 2018 AND 5: {1, 2, 3}
    assert compile_query(parse(query)).match == '"2018 5"'
    assert found(conn, "1٬000") == found(conn, "1,000") == set()


# -- item 4: export --format is checked like every other option value ---------------------------------
@pytest.mark.parametrize("fmt", ["csv", "xml"])
def test_an_unknown_export_format_is_a_usage_error(tmp_path, fmt):
    from typer.testing import CliRunner

    import marsad.cli.ingest  # noqa: F401 - registers the commands
    from marsad.cli.app import app

    r = CliRunner().invoke(app, ["export", "--format", fmt, "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2  # before: 1
    assert r.stderr.strip() == (
        f"marsad: error: unknown --format {fmt!r}: export writes JSON Lines only (--format jsonl)"
    )
    assert (
        CliRunner().invoke(app, ["export", "--format", "JSONL", "--db", str(tmp_path / "none.db")]).exit_code
        == 1
    )


# -- item 7: a failed record exported and read back keeps its reason ----------------------------------
@pytest.mark.parametrize(
    ("raw", "code"), [(b"", "empty"), (b"\x00\x01\x02\xff\xfe binary", "binary")], ids=["empty", "binary"]
)
def test_a_failed_record_read_back_from_an_export_keeps_its_reason(raw, code):
    import json

    from marsad.io.readers import read_records
    from marsad.pipeline import parse_many

    (orig,) = [a.to_dict() for a in parse_many(raw, source="x.txt")]
    assert [p["code"] for p in orig["problems"] if p["level"] == "error"] == [code]
    (a,) = read_records(json.dumps(orig).encode(), "export.jsonl")
    errors = [p for p in a.problems if p.level == "error"]
    assert [p.code for p in errors] == [code]  # before: export-failed
    assert errors[0].message == orig["problems"][0]["message"]
    assert [(p.level, p.code) for p in a.problems[1:]] == [("warning", "export-failed")]


def test_an_export_record_without_text_or_error_is_export_failed():
    import json

    from marsad.io.readers import read_records

    (a,) = read_records(
        json.dumps(
            {
                "format": "text",
                "text": "",
                "content_hash": "0",
                "blocks": [],
                "title_span": None,
                "fields": {},
                "problems": [],
            }
        ).encode(),
        "e.jsonl",
    )
    assert [(p.level, p.code) for p in a.problems] == [("error", "export-failed")]


# -- item 8: an article without a title is no blank row ------------------------------------------------
def test_listings_show_no_title_and_the_first_words():
    from marsad.cli.app import listing_title

    conn = index_of("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض")
    (opening,) = index.openings(conn, [1]).values()
    assert opening == "قال المصدر إن أعلنت وزارة الصحة اليوم عن …"  # 8 words of lead + body
    assert listing_title("", opening) == "(no title) قال المصدر إن أعلنت وزارة الصحة اليوم عن …"
    assert listing_title(" ", "") == "(no title)"
    assert listing_title("عنوان", opening) == "عنوان"
    assert index.openings(conn, [7]) == {}


def test_the_search_table_says_no_title(tmp_path):
    import json

    from typer.testing import CliRunner

    import marsad.cli.ingest  # noqa: F401 - registers the commands
    import marsad.cli.search  # noqa: F401
    from marsad.cli.app import app

    rec = {
        "source": "okaz",
        "url": "https://x/1",
        "date_extracted": "2015-07-23 10:00:00",
        "title": "",
        "author": "",
    }
    (tmp_path / "n.json").write_text(json.dumps([{**rec, "content": "Array"}]), encoding="utf-8")
    db = str(tmp_path / "n.db")
    assert CliRunner().invoke(app, ["ingest", str(tmp_path / "n.json"), "--db", db, "-q"]).exit_code == 0
    r = CliRunner().invoke(app, ["search", "source:okaz", "--db", db], env={"COLUMNS": "120"})
    assert r.exit_code == 0, r.output
    (row,) = [line for line in r.output.splitlines() if line.startswith("│ 1 ")]
    assert "(no title)" in row  # before: a blank title, "Array" alone on the next line


# -- item 6: an article too long to annotate is found by its title --------------------------------------
def test_a_too_long_article_is_searched_by_its_title(tmp_path, monkeypatch):
    import json

    from typer.testing import CliRunner

    import marsad.cli.ingest  # noqa: F401 - registers the commands
    from marsad import settings
    from marsad.cli.app import app

    monkeypatch.setattr(settings, "MAX_ARTICLE_CHARS", 300)
    body = "كلمة عادية في نص طويل جدا. " * 20  # 540 characters
    (tmp_path / "a.txt").write_text("عنوان المقال عن الفيضانات\n\n" + body, encoding="utf-8")
    (tmp_path / "b.json").write_text(
        json.dumps({"title": "تقرير عن الزلازل", "content": body}), encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text(body, encoding="utf-8")  # one line of 540 characters: no title
    db = tmp_path / "l.db"
    r = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(db), "-q"])
    assert "too-large ×3" in r.output  # still failed records
    conn = sqlite3.connect(db)
    assert [(h["article_id"], h["title"]) for h in index.search(conn, "الفيضانات")] == [
        (1, "عنوان المقال عن الفيضانات")
    ]  # before: no hit
    assert [h["title"] for h in index.search(conn, "الزلازل")] == ["تقرير عن الزلازل"]
    assert index.search(conn, "عادية") == []  # the body is not searched
    assert sorted(h["article_id"] for h in index.run_query(conn, "-الزلازل").hits) == [1]  # c.txt: no hit
    rows = conn.execute("SELECT source, message FROM problems WHERE code = 'too-large' ORDER BY article_id")
    assert [m.endswith("; searched by its title alone") for _, m in rows] == [True, True, False]


# -- item 5: failed archive members, one rule; links recorded -------------------------------------------
def _failed(tmp_path, path):
    from typer.testing import CliRunner

    import marsad.cli.ingest  # noqa: F401 - registers the commands
    from marsad.cli.app import app

    db = str(tmp_path / "f.db")
    first = CliRunner().invoke(app, ["ingest", str(path), "--db", db, "-q"])
    again = CliRunner().invoke(app, ["ingest", str(path), "--db", db, "-q"])
    r = CliRunner().invoke(app, ["stats", "--failed", "--db", db])
    rows = [line.split("\t")[1:] for line in r.stdout.splitlines()]
    return first.output, again.output, sorted((src.split("::")[1], why.split(":")[0]) for src, why in rows)


def test_copies_of_failed_tar_members_and_links_are_each_recorded(tmp_path):
    import io
    import tarfile

    binary = b"\x00\x01\x02\xff\xfe binary"
    with tarfile.open(tmp_path / "t.tar", "w") as tf:
        for name, data in [("e1.txt", b""), ("e2.txt", b""), ("b1.dat", binary), ("b2.dat", binary)]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        for name, kind, target in [
            ("up.txt", tarfile.SYMTYPE, "../x"),
            ("hard.txt", tarfile.LNKTYPE, "b1.dat"),
        ]:
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, target
            tf.addfile(info)
    first, again, rows = _failed(tmp_path, tmp_path / "t.tar")
    # before: b2.dat a "duplicate record (byte copy of a stored article)", e2.txt stored, links dropped
    assert rows == [
        ("b1.dat", "binary"),
        ("b2.dat", "binary"),
        ("e1.txt", "empty"),
        ("e2.txt", "empty"),
        ("hard.txt", "link"),
        ("up.txt", "link"),
    ]
    assert "duplicate records                0" in first
    assert "already in the store             6" in again  # a second run stores nothing again


def test_a_symbolic_link_in_a_zip_is_recorded(tmp_path):
    import stat
    import zipfile

    with zipfile.ZipFile(tmp_path / "z.zip", "w") as zf:
        info = zipfile.ZipInfo("up.txt")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "../x")  # before: read as an article whose text is "../x"
    assert _failed(tmp_path, tmp_path / "z.zip")[2] == [("up.txt", "link")]
