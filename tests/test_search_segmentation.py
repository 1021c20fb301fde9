"""Seventh new-user report, findings 2–5, on data written here: a word-initial ``و`` (``ف ب ل ك``)
that belongs to the stem is not cut (``وزارة`` is not ``زار``), a lone ``ب ل ك`` before a noun
is (``بجامعة`` is found by ``جامعة``), and spelling variants are bridged at query time
(``الأمريكي``/``الأميركي``, ``مسئول``/``مسؤول``, ``أردوجان``/``أردوغان``, ``جونج``/``جونغ``)
with the exact spelling ranked first."""

from __future__ import annotations

import pytest

from marsad.search import index
from marsad.search.analyzer import analyze_word
from marsad.search.variants import INFIX_VARIANTS, g_spellings, variants_of
from test_search_variants import found, index_of


# -- finding 2: a و of the stem ------------------------------------------------------------------
def test_visited_does_not_find_the_ministry():
    conn = index_of("وزارة الدفاع", "زار الرئيس المدينة", "وكالة الأنباء", "ورقة رسمية",
                    "فرقة موسيقية", "مدينة الرقة", "وادي السيليكون", "وجود القوات", "الوجود العسكري")
    assert found(conn, "زار") == {2}
    assert found(conn, "الرقة") == {6}
    assert found(conn, "إله") == set()
    assert found(conn, "وادي") == {7}
    assert found(conn, "جود") == set()
    assert found(conn, "وجود") == found(conn, "الوجود") == {8, 9}
    assert found(conn, "وزارة") == {1}


def test_the_conjunction_is_still_cut_before_other_words():
    conn = index_of("وحكومة البلاد", "الحكومة الجديدة", "وأعلن الوزير")
    assert found(conn, "حكومة") == {1, 2}
    assert found(conn, "أعلن") == {3}


# -- finding 4: a lone proclitic before a noun without the article ------------------------------------
@pytest.mark.parametrize(
    ("text", "query"),
    [("هندسة العمارة بجامعة الخرطوم", "جامعة"), ("الرئيس التنفيذي لشركة أرامكو", "شركة"),
     ("مسؤول كبير بوزارة الخارجية", "وزارة"), ("متأثرة بقرار الوكالة", "قرار"),
     ("اجتماع لمجلس الوزراء", "مجلس"), ("عين كرئيس للجنة", "رئيس")],
)
def test_a_noun_after_a_lone_proclitic_is_found(text, query):
    conn = index_of(text, "نص آخر بلا صلة")
    assert found(conn, query) == {1}
    assert found(conn, analyze_word(text.split()[-2])[0]) == {1}  # and the other way round


def test_words_whose_first_letter_is_a_proclitic_letter_stay_apart():
    conn = index_of("هذا البلد", "كتاب جديد", "في لبنان", "كلمة الرئيس", "لجنة التحقيق", "كانت هناك")
    assert found(conn, "لد") == set()
    assert found(conn, "تاب") == set()
    assert found(conn, "بنان") == set()
    assert found(conn, "جنة") == set()
    assert found(conn, "لبنان") == {3}


# -- findings 3 and 5: spelling variants ---------------------------------------------------------------
def test_infix_variants_both_ways():
    assert variants_of(analyze_word("الأمريكي")[1]) == ("اميرك",)
    assert variants_of(analyze_word("الأميركية")[1]) == ("امريك",)
    assert variants_of(analyze_word("أمريكا")[1]) == ("اميركا",)
    assert variants_of(analyze_word("مسئول")[1]) == ("مسؤول",)
    assert variants_of(analyze_word("المسؤولين")[1]) == ("مسئول",)
    assert variants_of(analyze_word("شئون")[1]) == ("شؤون",)
    # no general ري/ير fold: كبير is not كبري
    assert variants_of(analyze_word("كبير")[1]) == ()
    for a, b, what, counts in INFIX_VARIANTS:
        assert a != b and what and min(counts) >= 25


@pytest.mark.parametrize(
    ("word", "other"),
    [("أردوجان", "اردوغان"), ("أردوغان", "اردوجان"), ("جونج", "جونغ"), ("جونغ", "جونج"),
     ("جوارديولا", "غوارديولا"), ("يونج", "يونغ")],
)
def test_g_spellings_of_names(word, other):
    key, stems = analyze_word(word)
    assert other in variants_of(stems, key)


@pytest.mark.parametrize("word", ["جروب", "جاده", "جاني", "غرب", "جريدة", "الجزيرة"])
def test_g_spellings_leave_other_words_alone(word):
    assert g_spellings(analyze_word(word)[0]) == ()


@pytest.mark.parametrize(
    ("a", "qa", "b", "qb"),
    [("الرئيس الأمريكي", "الأمريكي", "الرئيس الأميركي", "الأميركي"),
     ("مسؤول أمني", "مسؤول", "مسئول أمني", "مسئول"), ("شؤون الخليج", "شؤون", "شئون الخليج", "شئون"),
     ("الرئيس أردوغان", "أردوغان", "الرئيس أردوجان", "أردوجان"),
     ("كيم جونغ أون", "جونغ", "كيم جونج أون", "جونج")],
)
def test_each_spelling_finds_the_other_exact_first(a, qa, b, qb):
    conn = index_of(a, b, "نص آخر بلا صلة")
    assert [h["article_id"] for h in index.search(conn, qa)] == [1, 2]
    assert [h["article_id"] for h in index.search(conn, qb)] == [2, 1]
    # quoted: the word's spellings too, the one typed first (nu27 item 2); ="…": the spelling typed
    assert [h["article_id"] for h in index.search(conn, f'"{qa}"')] == [1, 2]
    assert [h["article_id"] for h in index.search(conn, f'="{qa}"')] == [1]


# -- finding 12: highlights through presentation-form ligatures -------------------------------------
@pytest.mark.parametrize(
    ("query", "expected"),
    [("رام الله", ["رام", "\ufdf2"]), ("الله", ["\ufdf2"]), ("لا تقبل", ["\ufefb", "تقبل"])],
)
def test_ligatures_are_highlighted(query, expected):
    conn = index_of("في رام \ufdf2 وإن القدس \ufefb تقبل القسمة")
    (hit,) = index.search(conn, query)
    assert [hit["snippet"][x["start"] : x["end"]] for x in hit["highlights"]] == expected
