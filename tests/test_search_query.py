"""The query language of marsad search: parsing, compiling to FTS5, and safety on any input."""

from __future__ import annotations

import re
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.search import index
from marsad.search.query import And, Filter, Not, Or, Term, compile_query, date_bound, parse
from test_search_variants import index_of, make_article


def test_parse_words_phrases_prefix_operators():
    q = parse('الإرهاب "علي عبد الله" ارهاب* -داعش')
    assert isinstance(q.tree, And)
    kinds = [(type(x).__name__, getattr(x, "kind", None)) for x in q.tree.items]
    assert kinds == [("Term", "word"), ("Term", "phrase"), ("Term", "prefix"), ("Not", None)]
    assert q.tree.items[1].text == "علي عبد الله"
    q = parse("سوريا OR العراق NOT داعش")
    assert isinstance(q.tree, Or)
    assert isinstance(q.tree.items[1], And) and isinstance(q.tree.items[1].items[1], Not)


def test_lowercase_operators_are_words():
    q = parse("and or not")
    assert isinstance(q.tree, And) and [t.text for t in q.tree.items] == ["and", "or", "not"]


def test_filters():
    q = parse('ترامب source:bbc hashtag:#سوريا from:2018-03-01 to:2018-03 person:"محمد بن سلمان"')
    # filters are operands of the boolean tree, ANDed here as typed side by side (nu26)
    assert q.tree == And(
        [
            Term("word", "ترامب"),
            Filter("source", "bbc"),
            Filter("hashtag", "#سوريا"),
            Filter("from", "2018-03-01"),
            Filter("to", "2018-03"),
            Filter("person", "محمد بن سلمان"),
        ]
    )
    assert q.filters == {
        "source": ["bbc"],
        "hashtag": ["#سوريا"],
        "from": ["2018-03-01"],
        "to": ["2018-03"],
        "person": ["محمد بن سلمان"],
    }


def test_date_bounds():
    assert date_bound("2018-03-05", upper=False) == "2018-03-05"
    assert date_bound("2018-03-05", upper=True) == "2018-03-06"
    assert date_bound("2018-12", upper=True) == "2019-01-01"
    assert date_bound("2018", upper=False) == "2018-01-01"
    assert date_bound("٢٠١٨-٠٣", upper=False) == "2018-03-01"
    assert date_bound("yesterday", upper=False) is None
    assert date_bound("2018-02-30", upper=False) is None


def test_hostile_strings_are_text():
    for s in [
        '"',
        '"علي',
        "NEAR(",
        "*",
        "علي)",
        "((علي",
        "'; DROP TABLE search_doc; --",
        "^علي",
        "col:علي",
        "علي AND",
        "OR علي",
        "NOT",
        "-",
        '""',
        "{kt}: x",
        "a:b:c",
    ]:
        c = compile_query(parse(s))
        if c.match is not None:  # outside string literals: only our own syntax
            outside = re.sub(r'"[^"]*"', " ", c.match).replace("(", " ").replace(")", " ").split()
            assert set(outside) <= {"{kt", "kl", "kb}", ":", "OR", "AND", "NOT", "*"}, s
        index.run_query(_CONN, s)
    assert compile_query(parse("علي)")).match == compile_query(parse("علي")).match
    assert compile_query(parse('"علي')).match == compile_query(parse("علي")).match
    assert compile_query(parse("NEAR(")).match == '"near"'


def test_only_negative_terms_list_every_other_article():
    conn = index_of("داعش", "سوريا")
    result = index.run_query(conn, "-داعش")
    assert [h["article_id"] for h in result.hits] == [2] and result.sort == "published"


_CONN = index_of("الإرهاب في سوريا", "علي عبد الله صالح", "NEAR الاتفاق (النووي)")


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("\"*()-:^{}[];'NEARORANDNOT \u064b\u0640علىيالإرهابسوريا0٩#_.,")),
        max_size=40,
    )
)
def test_any_query_string_is_safe(s):
    result = index.run_query(_CONN, s)  # must never raise
    assert isinstance(result.hits, list)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_unicode_query_is_safe(s):
    index.run_query(_CONN, s)


def test_phrase_is_exact_and_ordered():
    conn = index_of("علي عبد الله صالح", "صالح عبد الله علي", "على عبد الله")
    assert {h["article_id"] for h in index.search(conn, '"علي عبد الله"')} == {1}
    assert {h["article_id"] for h in index.search(conn, '"عبد الله"')} == {1, 2, 3}


def test_prefix():
    conn = index_of("الإرهابيين", "إرهاب", "أرض")
    assert {h["article_id"] for h in index.search(conn, "إرهاب*")} == {1, 2}
    assert {h["article_id"] for h in index.search(conn, "*")} == set()


def test_boolean_operators():
    conn = index_of("سوريا والعراق", "سوريا فقط", "العراق فقط")
    ids = lambda q: {h["article_id"] for h in index.search(conn, q)}  # noqa: E731
    assert ids("سوريا العراق") == {1}
    assert ids("سوريا AND العراق") == {1}
    assert ids("سوريا OR العراق") == {1, 2, 3}
    assert ids("سوريا -العراق") == {2}
    assert ids("سوريا NOT العراق") == {2}
    assert ids("(سوريا OR العراق) -فقط") == {1}


def test_filters_apply():
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    from marsad.model import Hashtag, Published, TimeValue

    a = make_article("قمة في الرياض", "ناقش القادة الأزمة", SRC="BBC")
    a.published = Published(0, 0, value=TimeValue(utc="2018-03-05T10:00:00+00:00"))
    a.hashtags.append(Hashtag(0, 0, tag="الأزمة_الخليجية"))
    b = make_article("قمة في الدوحة", "ناقش القادة الأزمة", SRC="CNN")
    b.published = Published(0, 0, value=TimeValue(utc="2018-04-01T10:00:00+00:00"))
    index.save_article(conn, 1, a)
    index.save_article(conn, 2, b)
    ids = lambda q, **kw: {h["article_id"] for h in index.search(conn, q, **kw)}  # noqa: E731
    assert ids("الأزمة") == {1, 2}
    assert ids("الأزمة source:bbc") == {1}
    assert ids("الأزمة", source="cnn") == {2}
    assert ids("الأزمة hashtag:#الازمة_الخليجية") == {1}
    assert ids("الأزمة from:2018-03-06") == {2}
    assert ids("الأزمة to:2018-03-05") == {1}
    assert ids("الأزمة to:2018-03") == {1}
    r = index.run_query(conn, "الأزمة person:ترامب from:someday")
    assert {h["article_id"] for h in r.hits} == {1, 2}
    assert any("person:ترامب" in n for n in r.notes) and any("from:someday" in n for n in r.notes)


def test_entity_filters_apply_once_entities_are_stored():
    from marsad.model import Entity

    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    a = make_article("زيارة ولي العهد", "وصل ولي العهد إلى باريس")
    a.entities.append(Entity("محمد بن سلمان", "PER", aliases=["ولي العهد"]))
    a.entities.append(Entity("باريس", "LOC"))
    b = make_article("زيارة وزير", "وصل الوزير إلى باريس")
    index.save_article(conn, 1, a)
    index.save_article(conn, 2, b)
    ids = lambda q: {h["article_id"] for h in index.search(conn, q)}  # noqa: E731
    assert ids("باريس") == {1, 2}
    assert ids("باريس person:سلمان") == {1}
    assert ids('باريس person:"محمد بن سلمان"') == {1}
    assert ids("باريس place:باريس") == {1}
    assert ids("باريس org:باريس") == set()
    assert ids("باريس person:سلما") == set()  # whole words only
