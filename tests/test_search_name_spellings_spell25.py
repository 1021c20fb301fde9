"""A foreign name written with other letters for one sound (spell25, items 3–4): ``بيل غيتس`` / ``بيل جيتس``,
``أنغيلا`` / ``أنجيلا`` (/g/ as غ ج ق ك گ ڨ), ``مورينهو`` / ``مورينيو`` (Portuguese nh as نه or ني). Each
spelling finds the other — in search, in the ``person:`` filter and in ``quotes --speaker`` — in both
directions (:func:`marsad.search.variants.letter_variants`, a symmetric relation, decided on the same
evidence for both spellings), and native words that differ the same way stay apart (``قاسم`` / ``جاسم``,
both written with the article in the news counts). Our own sentences."""

from __future__ import annotations

import sqlite3

import pytest

import marsad
from marsad.quotes.store import speaker_matches, speaker_query_words
from marsad.search import index
from marsad.search.variants import is_letter_variant, letter_variants

#: (query spelling, text spelling) pairs; each is tested both ways.
PAIRS = [
    ("بيل غيتس", "بيل جيتس"),
    ("أنغيلا ميركل", "أنجيلا ميركل"),
    ("جوزيه مورينهو", "جوزيه مورينيو"),
    ("فيليب كوتينهو", "فيليب كوتينيو"),
    ("رونالدينهو", "رونالدينيو"),
    ("غوغل", "جوجل"),
]

SENTENCE = "عنوان الخبر رقم {i}\n\nوقال {name} في مؤتمر صحفي عقد أمس إن العمل سيستمر كما كان مقررا."


def _store(names: list[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    for i, name in enumerate(names, 1):
        index.save_article(conn, i, marsad.parse(SENTENCE.format(i=i, name=name)))
    return conn


def _found(conn: sqlite3.Connection, query: str) -> set[int]:
    return {h["article_id"] for h in index.search(conn, query, limit=50)}


@pytest.fixture(scope="module")
def conn():
    return _store([n for pair in PAIRS for n in pair] + ["محمد قاسم", "محمد جاسم"])


@pytest.mark.parametrize("k", range(len(PAIRS)), ids=[a for a, _b in PAIRS])
def test_each_spelling_finds_the_other_in_search(conn, k):
    a, b = PAIRS[k]
    ida, idb = 2 * k + 1, 2 * k + 2
    assert {ida, idb} <= _found(conn, a)  # before: only ida
    assert {ida, idb} <= _found(conn, b)  # before: only idb
    assert [h["article_id"] for h in index.search(conn, a)][0] == ida  # the spelling typed ranks first
    assert [h["article_id"] for h in index.search(conn, b)][0] == idb


def test_person_filter_takes_both_spellings(conn):
    assert {1, 2} <= _found(conn, "person:غيتس") and {1, 2} <= _found(conn, "person:جيتس")
    assert {5, 6} <= _found(conn, "person:مورينهو") and {5, 6} <= _found(conn, "person:مورينيو")


def test_native_names_differing_in_the_same_letters_stay_apart(conn):
    n = len(PAIRS) * 2
    assert _found(conn, "قاسم") == {n + 1}
    assert _found(conn, "جاسم") == {n + 2}
    assert n + 2 not in _found(conn, "person:قاسم") and n + 1 not in _found(conn, "person:جاسم")


def test_highlight_covers_the_other_spelling(conn):
    (hit,) = [h for h in index.search(conn, "جيتس") if h["article_id"] == 1]
    assert [hit["snippet"][x["start"] : x["end"]] for x in hit["highlights"]] == ["غيتس"]


@pytest.mark.parametrize("a,b", PAIRS + [(b, a) for a, b in PAIRS])
def test_speaker_filter_both_ways(a, b):
    assert speaker_matches([b], speaker_query_words(a))  # before: False (but for ترامب/ترمب-like table rows)


def test_speaker_filter_keeps_native_names_apart():
    assert not speaker_matches(["محمد جاسم"], speaker_query_words("قاسم"))
    assert not speaker_matches(["محمد قاسم"], speaker_query_words("جاسم"))


def test_letter_variants_is_symmetric():
    words = [
        "غيتس",
        "جيتس",
        "انغيلا",
        "انجيلا",
        "مورينهو",
        "مورينيو",
        "كوتينهو",
        "ماكرون",
        "غوغل",
        "جوجل",
        "ڤيينا",
    ]
    for a in words:
        for b in letter_variants(a):
            assert a in letter_variants(b)
            assert is_letter_variant(a, b) and is_letter_variant(b, a)
    assert letter_variants("قرب") == ()  # three letters: native roots
    assert "مورينيو" in letter_variants("مورينهو") and "مورينهو" in letter_variants("مورينيو")
    assert letter_variants("مدينه") == ()  # نه at the end (no vowel after it) is no nh
    # ج is also /dʒ/, ك /k/, ق /q/: they meet only through an unambiguous /g/ letter (غ گ ڨ)
    assert not is_letter_variant("كلوب", "غلوب") and not is_letter_variant("مارك", "مارق")
    assert not is_letter_variant("جونغ", "كونغ") and not is_letter_variant("كيفن", "جيفن")
    assert is_letter_variant("غوغل", "قوقل") and is_letter_variant("گوگل", "كوكل")
    assert letter_variants("الجبير") == ()  # a word with the article is Arabic (الكبير)


def test_an_unresolved_spellings_node_adds_nothing():
    # bench/search.py builds index queries from the compiled plan without the index's evidence
    from marsad.search.index import FIELDS, _plan_query, _weights
    from marsad.search.query import compile_query, parse

    plan = compile_query(parse("غيتس")).plan
    assert plan[0] == "or" and plan[1][-1][0] == "spellings"
    assert _plan_query(plan, dict(zip(FIELDS, _weights(), strict=True))) is not None
