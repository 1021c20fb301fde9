"""Eighth new-user report, findings 15–17: operator symbols of other engines, hashtags with glued
digits, possessive suffixes."""

from __future__ import annotations

import pytest

from marsad.search import index
from marsad.search.query import compile_query, parse
from test_search_variants import index_of


def _ids(conn, q: str) -> set[int]:
    return {h["article_id"] for h in index.search(conn, q, limit=50)}


# -- finding 15: ||, |, !, &&, +, - ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "fts", "note"),
    [
        ("سوريا || دمشق", '("سوريا" OR "دمشق")', "|| was read as OR"),
        ("سوريا | دمشق", '("سوريا" OR "دمشق")', "| was read as OR"),
        ("سوريا||دمشق", '("سوريا" OR "دمشق")', "|| was read as OR"),
        ("!سوريا دمشق", '("دمشق" NOT ("سوريا"))', "! was read as NOT"),
        ("دمشق ! سوريا", '("دمشق" NOT ("سوريا"))', "! was read as NOT"),
        ("دمشق !(سوريا OR لبنان)", '("دمشق" NOT (("سوريا" OR "لبنان")))', "! was read as NOT"),
        ("سوريا && دمشق", '("سوريا" AND "دمشق")', "&& was read as AND"),
    ],
)
def test_operator_symbols_are_read_as_operators_with_a_note(query, fts, note):
    p = parse(query)
    c = compile_query(p)
    assert c.match == fts
    assert note in p.notes


@pytest.mark.parametrize(
    ("query", "fts"),
    [
        ("-سوريا دمشق", '("دمشق" NOT ("سوريا"))'),
        ("+سوريا دمشق", '("سوريا" AND "دمشق")'),  # required = a word: AND is the default
        ("عاجل! سوريا", '("عاجل" AND "سوريا")'),  # '!' at a word's end is punctuation
        ("سوريا - دمشق", '("سوريا" AND "دمشق")'),  # a dash between spaces is punctuation
        ("سوريا or دمشق", '("سوريا" AND "or" AND "دمشق")'),  # lower case: a word
    ],
)
def test_other_syntax_characters(query, fts):
    p = parse(query)
    assert compile_query(p).match == fts
    assert not [n for n in p.notes if "was read as" in n]


def test_operator_symbols_on_an_index():
    conn = index_of("سوريا والعراق", "سوريا فقط", "العراق فقط")
    assert _ids(conn, "سوريا || العراق") == _ids(conn, "سوريا OR العراق") == {1, 2, 3}
    assert _ids(conn, "سوريا | العراق") == {1, 2, 3}
    assert _ids(conn, "!العراق سوريا") == _ids(conn, "سوريا -العراق") == {2}
    assert _ids(conn, "سوريا && العراق") == {1}
