"""Filters are operands of the boolean query (new-user report nu26): ``NOT person:…``, ``-source:…``,
``source:a OR source:b``, ``word OR person:…``, a group of exclusions alone, dates too — on a small
store written here, asserting the exact article ids. Before, every filter was ANDed whatever
operator stood next to it: ``ترامب NOT person:بوتين`` gave the articles it was asked to exclude,
``source:bbc OR source:cnn`` gave 0, and ``-person:بوتين`` was searched as words."""

from __future__ import annotations

import sqlite3

import pytest

from marsad.model import Entity, Hashtag, Published, TimeValue
from marsad.search import index
from marsad.search.query import And, Filter, Not, Or, Term, compile_query, parse, ranks
from test_search_variants import index_of, make_article

#: (id, source, local publication time, title, body, person names, place names, hashtags)
_ARTICLES = (
    (
        1,
        "bbc",
        "2018-03-01T10:00:00",
        "ترامب يلتقي بوتين",
        "التقى ترامب الرئيس الروسي بوتين في هلسنكي.",
        ("ترامب", "بوتين"),
        (),
        (),
    ),
    (
        2,
        "bbc",
        "2018-04-02T09:00:00",
        "ترامب والاقتصاد",
        "تحدث ترامب عن الاقتصاد الأمريكي أمام الكونغرس.",
        ("ترامب",),
        (),
        (),
    ),
    (
        3,
        "cnn",
        "2018-02-10T12:00:00",
        "بوتين يزور سوريا",
        "زار بوتين قاعدة حميميم في سوريا.",
        ("بوتين",),
        ("سوريا",),
        (),
    ),
    (
        4,
        "cnn",
        "2018-05-05T08:30:00",
        "ترامب يهاجم الصحافة",
        "هاجم ترامب وسائل الإعلام مرة أخرى.",
        ("ترامب",),
        (),
        (),
    ),
    (
        5,
        "okaz",
        "2018-03-15T07:00:00",
        "أمطار على جدة",
        "هطلت أمطار غزيرة على جدة صباح اليوم.",
        (),
        ("جدة",),
        (),
    ),
    (
        6,
        "okaz",
        "2018-01-20T16:00:00",
        "سوريا والمفاوضات",
        "استؤنفت مفاوضات سوريا في جنيف.",
        (),
        ("سوريا",),
        ("#سوريا",),
    ),
)


def _store() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    for aid, src, when, title, body, people, places, tags in _ARTICLES:
        a = make_article(title, body, source=src)
        a.published = Published(0, 0, value=TimeValue(local=when, utc=when + "+00:00"))
        a.entities.extend(Entity(n, "PER") for n in people)
        a.entities.extend(Entity(n, "LOC") for n in places)
        a.hashtags.extend(Hashtag(0, 0, tag=t) for t in tags)
        index.save_article(conn, aid, a)
    return conn


@pytest.fixture(scope="module")
def conn() -> sqlite3.Connection:
    return _store()


def _ids(conn: sqlite3.Connection, q: str, **kw: str) -> set[int]:
    return {h["article_id"] for h in index.run_query(conn, q, 50, **kw).hits}


# -- parsing -------------------------------------------------------------------------------------
def test_filters_are_operands_of_the_tree():
    assert parse("ترامب NOT person:بوتين").tree == And(
        [Term("word", "ترامب"), Not(Filter("person", "بوتين"))]
    )
    assert parse("ترامب -person:بوتين").tree == And([Term("word", "ترامب"), Not(Filter("person", "بوتين"))])
    assert parse("source:bbc OR source:cnn").tree == Or([Filter("source", "bbc"), Filter("source", "cnn")])
    assert parse("+source:bbc").tree == Filter("source", "bbc")
    q = parse("!source:bbc سوريا")
    assert q.tree == And([Not(Filter("source", "bbc")), Term("word", "سوريا")])
    assert q.notes == ["! was read as NOT"]
    q = parse('-person:"محمد بن سلمان"')
    assert q.tree == Not(Filter("person", "محمد بن سلمان")) and q.filters == {"person": ["محمد بن سلمان"]}
    # a signed filter is no longer read as a word with "person: is not a filter"
    assert parse("ترامب -person:بوتين").notes == []
    assert parse("-source:").tree is None and parse("-source:").notes == ["source: has no value: ignored"]


def test_compiled_text_and_plan():
    c = compile_query(parse("source:bbc OR source:cnn"))
    assert c.match == '(source:"bbc" OR source:"cnn")'
    assert c.plan == ("or", (("filter", "source", "bbc"), ("filter", "source", "cnn")))
    assert not ranks(c.plan)
    c = compile_query(parse("-source:bbc"))
    assert c.plan == ("and", (("all",),), (("filter", "source", "bbc"),)) and c.notes == []
    assert ranks(compile_query(parse("سوريا OR person:بوتين")).plan)
    assert not ranks(compile_query(parse("source:bbc -سوريا")).plan)


def test_an_empty_range_is_noted_only_when_both_bounds_are_required():
    assert parse("from:2018-05 to:2018-01").notes == [
        "from:2018-05 is not before to:2018-01: no article can match"
    ]
    assert parse("from:2018-05 OR to:2018-01").notes == []
    assert parse("سوريا -from:2018-05 to:2018-01").notes == []


# -- NOT / - on a filter -------------------------------------------------------------------------
@pytest.mark.parametrize("q", ["ترامب NOT person:بوتين", "ترامب -person:بوتين", "ترامب !person:بوتين"])
def test_excluded_person(conn, q):
    assert _ids(conn, "ترامب") == {1, 2, 4}
    assert _ids(conn, "ترامب person:بوتين") == {1}
    assert _ids(conn, q) == {2, 4}


def test_excluded_source_hashtag_and_dates(conn):
    assert _ids(conn, "ترامب -source:bbc") == {4}
    assert _ids(conn, "ترامب NOT source:cnn") == {1, 2}
    assert _ids(conn, "سوريا -hashtag:سوريا") == {3}
    assert _ids(conn, "ترامب -from:2018-04") == {1}  # before April (or undated)
    assert _ids(conn, "ترامب -to:2018-03") == {2, 4}  # after March
    assert _ids(conn, "ترامب NOT (source:bbc OR person:بوتين)") == {4}


# -- OR with a filter ----------------------------------------------------------------------------
def test_filters_joined_by_or(conn):
    r = index.run_query(conn, "person:ترامب OR person:بوتين")
    assert [h["article_id"] for h in r.hits] == [4, 2, 1, 3]  # no word: newest first
    assert r.sort == "published" and r.total == 4
    r = index.run_query(conn, "source:cnn OR source:okaz")
    assert [h["article_id"] for h in r.hits] == [4, 5, 3, 6] and r.total == 4
    assert r.fts == '(source:"cnn" OR source:"okaz")'
    assert _ids(conn, "from:2018-05 OR to:2018-01") == {4, 6}
    assert _ids(conn, "(source:bbc OR source:cnn) -ترامب") == {3}
    assert _ids(conn, "source:bbc OR source:cnn", from_="2018-03") == {1, 2, 4}


def test_a_word_or_a_filter_ranks_by_the_word(conn):
    plain = {h["article_id"]: h["score"] for h in index.run_query(conn, "سوريا").hits}
    assert set(plain) == {3, 6}
    r = index.run_query(conn, "سوريا OR person:ترامب")
    assert r.sort == "relevance" and r.total == 5
    # the word's hits first, with the scores they have alone; the filter's own hits score 0
    assert {h["article_id"] for h in r.hits[:2]} == {3, 6}
    assert {h["article_id"]: h["score"] for h in r.hits[:2]} == plain
    assert {h["article_id"] for h in r.hits[2:]} == {1, 2, 4} and all(h["score"] == 0 for h in r.hits[2:])
    assert _ids(conn, "سوريا OR person:بوتين") == {1, 3, 6}
    assert _ids(conn, "سوريا OR -source:okaz") == {1, 2, 3, 4, 6}


def test_filters_add_no_score(conn):
    plain = {h["article_id"]: h["score"] for h in index.run_query(conn, "ترامب").hits}
    for q in ("ترامب -source:okaz", "ترامب OR source:okaz", "ترامب from:2018"):
        got = {h["article_id"]: h["score"] for h in index.run_query(conn, q).hits}
        assert {a: s for a, s in got.items() if a in plain} == plain, q
    assert {h["article_id"]: h["score"] for h in index.run_query(conn, "ترامب OR source:okaz").hits[3:]} == {
        5: 0.0,
        6: 0.0,
    }


# -- exclusions alone ----------------------------------------------------------------------------
def test_excluded_filters_alone_list_every_other_article(conn):
    r = index.run_query(conn, "-source:bbc")
    assert [h["article_id"] for h in r.hits] == [4, 5, 3, 6]  # newest first
    assert r.sort == "published" and r.total == 4 and r.notes == []
    assert [h["article_id"] for h in index.run_query(conn, "NOT person:ترامب").hits] == [5, 3, 6]
    assert [h["article_id"] for h in index.run_query(conn, "-person:ترامب -سوريا").hits] == [5]
    r = index.run_query(conn, "-سوريا")  # words alone: every other article too (nu27 item 4)
    assert [h["article_id"] for h in r.hits] == [4, 2, 5, 1] and r.sort == "published" and r.notes == []


# -- a store without entities --------------------------------------------------------------------
def test_entity_filters_without_entities_drop_out_of_the_boolean_query():
    conn = index_of("سوريا", "العراق")
    r = index.run_query(conn, "سوريا OR person:بوتين")
    assert [h["article_id"] for h in r.hits] == [1]
    assert any(n.startswith("no entity annotations in this database yet: person:بوتين") for n in r.notes)
    r = index.run_query(conn, "-person:بوتين")
    assert r.hits == [] and r.total == 0
    assert any(n.startswith("no entity annotations in this database yet") for n in r.notes)
    assert {h["article_id"] for h in index.run_query(conn, "سوريا OR from:someday").hits} == {1}
