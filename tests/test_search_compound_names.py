"""A compound name written joined or apart (``عبدالفتاح`` / ``عبد الفتاح``) is one name for the
``person:`` filter and for ``marsad quotes --speaker`` (nu16 M3: 8 against 16 articles, 0 against 2
quotes, on a new user's store)."""

import sqlite3

import pytest

from marsad.quotes.store import query_quotes
from marsad.search.variants import compound_spellings
from marsad.store.ingest import ingest

_APART = "وقال الرئيس المصري عبد الفتاح السيسي إن بلاده تدعم الحل السياسي في ليبيا.\n"
_JOINED = "وقال الرئيس المصري عبدالفتاح السيسي إن الاقتصاد المصري يتعافى بسرعة.\n"


def test_compound_spellings():
    assert compound_spellings(["عبدالفتاح", "السيسي"]) == [["عبدالفتاح", "السيسي"], ["عبد", "الفتاح", "السيسي"]]
    assert compound_spellings(["ابو", "بكر"]) == [["ابو", "بكر"], ["ابوبكر"]]
    assert compound_spellings(["عبدو", "خال"]) == [["عبدو", "خال"]]  # no three letters after عبد
    assert compound_spellings(["لافروف"]) == [["لافروف"]]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("compound")
    (folder / "a.txt").write_text("السيسي يتحدث عن ليبيا\n\n" + _APART, encoding="utf-8")
    (folder / "b.txt").write_text("السيسي والاقتصاد\n\n" + _JOINED, encoding="utf-8")
    db = folder / "m.db"
    ingest([folder / "a.txt", folder / "b.txt"], db)
    return db


def test_person_filter_and_speaker_find_both_writings(store):
    from marsad.search.index import run_query

    conn = sqlite3.connect(store)
    try:
        for q in ('person:"عبد الفتاح السيسي"', 'person:"عبدالفتاح السيسي"'):
            assert run_query(conn, q).total == 2, q
        for name in ("عبد الفتاح السيسي", "عبدالفتاح السيسي"):
            assert len(query_quotes(conn, name)) == 2, name
    finally:
        conn.close()


@pytest.mark.parametrize("query", ["عبدالفتاح", '"عبد الفتاح"', "عبد الفتاح", "السيسي عبد الفتاح",
                                   '"عبدالفتاح السيسي"', '"عبد الفتاح السيسي"', "عبد الفتاح السيسي"])
def test_free_text_search_finds_both_writings(store, query):
    """Free text, not only ``person:``: ``عبدالله`` found 45 articles and ``"عبد الله"`` 13, none of
    each other's, on a new user's store (nu24 item 1)."""
    from marsad.search.index import run_query

    conn = sqlite3.connect(store)
    try:
        assert run_query(conn, query).total == 2, query
    finally:
        conn.close()


def test_a_compound_head_and_the_next_word_are_one_name_phrase(store):
    """``عبد الفتاح`` typed as two words is the name (a phrase), not ``عبد`` and ``الفتاح`` anywhere."""
    from marsad.search.query import compile_query, parse

    plan = compile_query(parse("نجيب عبد الرزاق")).plan
    assert plan[0] == "and" and plan[1][1][0] == "or"
    assert [p[0] for p in plan[1][1][1]] == ["phrase", "word"]
    assert plan[1][1][1][1][1] == "عبدالرزاق"
    assert compile_query(parse("عبد")).plan == ("word", "عبد", ("عبد",))  # alone: a word
    # an explicit AND keeps the two words (nu25: it became the phrase, with no note); the reading as
    # one name says so
    assert compile_query(parse("عبد AND الله")).plan[0] == "and"
    assert any("searched as one name" in n for n in compile_query(parse("عبد الله")).notes)


def test_quotes_of_a_copied_article_are_listed_once(tmp_path):
    """A second record with the same prose is stored with ``duplicate_of``: its quotes are listed once
    by default, both with ``copies=True`` (``marsad quotes --copies``; nu16 M5)."""
    (tmp_path / "a.txt").write_text("السيسي يتحدث عن ليبيا\n\n" + _APART, encoding="utf-8")
    (tmp_path / "b.txt").write_text("السيسي يتحدث عن ليبيا\n\n\n" + _APART + "\n", encoding="utf-8")  # other bytes
    db = tmp_path / "m.db"
    ingest([tmp_path / "a.txt", tmp_path / "b.txt"], db)
    conn = sqlite3.connect(db)
    try:
        dup = conn.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
        assert dup == 1
        assert len(query_quotes(conn, "السيسي")) == 1
        assert len(query_quotes(conn, "السيسي", copies=True)) == 2
    finally:
        conn.close()
