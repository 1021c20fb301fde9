"""marsad.text.tokens: word, number and punctuation tokens over raw offsets."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.tokens import tokenize, tokenize_with_kinds


def toks(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text)]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], k) for s, e, k in tokenize_with_kinds(text)]


def test_hashtags_whole():
    assert toks("انطلق #مهرجان_كان اليوم") == ["انطلق", "#مهرجان_كان", "اليوم"]
    assert toks("في #سوريّا.") == ["في", "#سوريّا", "."]
    assert toks("#می\u200cخواهم") == ["#می\u200cخواهم"]
    assert toks("#الاتفاق_النووي_الإيراني") == ["#الاتفاق_النووي_الإيراني"]


def test_words_keep_harakat_and_tatweel():
    assert toks("مُحَمَّد جميـــلا") == ["مُحَمَّد", "جميـــلا"]


def test_numbers_with_separators():
    assert kinds("بلغ 3.5 و٣٫٥ و1,000 و٢٠١٠") == [
        ("بلغ", "word"),
        ("3.5", "number"),
        ("و", "word"),
        ("٣٫٥", "number"),
        ("و", "word"),
        ("1,000", "number"),
        ("و", "word"),
        ("٢٠١٠", "number"),
    ]


def test_number_then_sentence_dot():
    assert toks("بلغ 25.") == ["بلغ", "25", "."]


def test_urls_emails_handles():
    assert kinds("راجع https://example.com/a?b=1. أو www.bbc.com/arabic، أو a.b@example.org @user") == [
        ("راجع", "word"),
        ("https://example.com/a?b=1", "url"),
        (".", "punct"),
        ("أو", "word"),
        ("www.bbc.com/arabic", "url"),
        ("،", "punct"),
        ("أو", "word"),
        ("a.b@example.org", "email"),
        ("@user", "handle"),
    ]


def test_punctuation_runs_and_latin():
    assert toks('قال: "لا"... حقاً؟! don\'t') == ["قال", ":", '"', "لا", '"', "...", "حقاً", "؟!", "don't"]


def test_bidi_controls_are_not_tokens():
    assert toks("\u200fنعم\u200e لا") == ["نعم", "لا"]


def test_offsets_with_range():
    text = "أ ب ج د"
    assert tokenize(text, 2, 5) == [(2, 3), (4, 5)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ابتمُّـ#_@.:/w3٣ \n،؟!\u200c\u200f"-xA')), max_size=80))
def test_property_tokens_ordered_disjoint_nonblank(text):
    prev = 0
    for s, e in tokenize(text):
        assert prev <= s < e <= len(text)
        assert text[s:e].strip()
        prev = e


def test_bounded_time_on_long_word():
    t0 = time.process_time()
    tokenize("ب" * 200_000 + "@" + "x" * 100_000)
    assert time.process_time() - t0 < 10.0  # guard against quadratic backtracking (CPU time), not a speed target


def test_digits_split_from_glued_proclitic():
    assert kinds("و2010 الـ77") == [("و", "word"), ("2010", "number"), ("الـ", "word"), ("77", "number")]
