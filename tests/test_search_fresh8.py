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


# -- finding 16: hashtags with glued digits, و# ---------------------------------------------------
def test_a_word_mixing_digits_and_letters_indexes_each_run():
    from marsad.search.analyzer import analyze_word, digit_runs, key_stems

    assert digit_runs("السعوديه2030") == ["السعوديه", "2030"]
    assert digit_runs("2030") is None and digit_runs("السعوديه") is None
    key, stems = analyze_word("السعودية2030")
    assert key == "السعوديه2030"  # the whole word stays the key (exact, hashtag:)
    assert stems == key_stems(key) == (analyze_word("السعودية")[1][0], "2030")
    assert analyze_word("2011م")[1] == ("2011", "م")


def test_glued_hashtag_found_by_each_part_and_whole():
    conn = index_of("وسم #السعودية2030 اليوم", "رؤية السعودية 2030 في الرياض", "السعودية وحدها", "عام 2030 وحده")
    assert _ids(conn, "السعودية") == {1, 2, 3}
    assert _ids(conn, "2030") == {1, 2, 4}
    assert _ids(conn, "السعودية2030") == {1, 2}  # the word as written, or both its runs
    assert _ids(conn, '"السعودية2030"') == {1}  # quoted: exact


def test_waw_before_a_hashtag_is_the_conjunction():
    from marsad.layout.hashtags import find_hashtags, remove_hashtag_marks

    t = "#غزة تحت القصف.. و#عاجل‼️ #السعودية2030 كتب#لا وو#لا"
    assert [h.tag for h in find_hashtags(t)] == ["غزة", "عاجل", "السعودية2030"]
    assert remove_hashtag_marks("خبر و#عاجل") == "خبر وعاجل"


# -- finding 17: possessive suffixes ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("بلادهم", "بلاد"), ("بلادنا", "بلاد"), ("كتابهم", "كتاب"), ("كتابهما", "كتاب"), ("كتابكم", "كتاب"),
        ("كتابهن", "كتاب"), ("حكومته", "حكومة"), ("حكومتهم", "حكومة"), ("حكومتنا", "حكومة"),
        ("تصريحاته", "تصريحات"), ("شعبنا", "شعب"), ("أرضنا", "أرض"), ("بيته", "بيت"), ("قواتهم", "قوات"),
    ],
)
def test_possessive_forms_meet_their_base(word, base):
    from marsad.search.analyzer import analyze_word

    assert analyze_word(word)[1] == analyze_word(base)[1]


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("وجه", "وجه"), ("شبه", "شبه"), ("اتجاه", "اتجاه"), ("مكنا", "مكنا"), ("أعلنا", "اعلنا"),
        ("منهم", "منهم"), ("عليهم", "عليهم"), ("درهم", "درهم"), ("تفاهم", "تفاهم"), ("ممكن", "ممكن"),
        ("كورونا", "كورونا"),
    ],
)
def test_words_that_merely_end_in_pronoun_letters_keep_their_stem(word, stem):
    from marsad.search.analyzer import analyze_word

    assert analyze_word(word)[1] == (stem,)


def test_possessive_cut_is_the_same_in_the_compiled_stemmer():
    from marsad.search import analyzer, stemmer

    if analyzer._COMPILED is None:
        pytest.skip("compiled analysis not built")
    for w in ["بلادهم", "وبلادهم", "حكومته", "حكومتهم", "بيته", "أعلنا", "عليهم", "كتابهما", "لبلادنا", "مستواهم"]:
        key = analyzer.surface_key(w)
        assert analyzer._COMPILED.stems(key) == stemmer.stems(key), w
        assert analyzer._COMPILED.entry(w) == analyzer._entry(w), w


def test_possessive_search_on_an_index():
    conn = index_of("عادوا إلى بلادهم", "غادر البلاد", "حكومتهم الجديدة", "الحكومة", "أعلنا النتائج")
    assert _ids(conn, "بلاد") == {1, 2}
    assert _ids(conn, "الحكومة") == {3, 4}
    assert _ids(conn, "الأعلى") == set()
