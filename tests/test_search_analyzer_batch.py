"""The analyzer's fast paths give exactly the slow paths' results: words of a text without ``_``
through one character class, and new words keyed together in one ``search_key`` call."""

from __future__ import annotations

import pytest

from marsad.search import analyzer

TEXTS = [
    "قال وزير الخارجية الروسي سيرغي لافروف، الجمعة، إن بلاده مستعدة.",
    "ك\u200cلمة \u0640\u064bمرحبا\u200f بكم x\u2066y ١٢٣ ۴۵ 2024-04-20",
    "#الاتفاق_النووي_الإيراني و#مهرجان_كان _a_ b__c",
    "علىً على إلى مُحَمَّد ΑΣ İstanbul Ａ ﻻ آ\u0653 \u0654ا و\u0655 &amp; ﷲ",
]

WORDS = sorted({w for t in TEXTS for w in analyzer.WORD_RE.findall(t)} | {"\u0654ا", "ا\u0654"})


@pytest.mark.parametrize("text", TEXTS)
def test_words_equal_the_word_regex(text):
    assert analyzer.words(text) == analyzer.WORD_RE.findall(text)


def test_words_of_every_bmp_character():
    text = "".join(chr(c) for c in range(0x20, 0xD800))
    assert analyzer.words(text) == analyzer.WORD_RE.findall(text)


def test_batch_analysis_equals_word_by_word():
    analyzer.clear_cache()
    one_by_one = {w: analyzer._analyze_new(w) for w in WORDS}
    analyzer.clear_cache()
    analyzer._analyze_many(set(WORDS))
    assert {w: analyzer._CACHE[w] for w in WORDS} == one_by_one
    assert one_by_one["على"][0] == "على" and one_by_one["إلى"][0] == "الى"
    assert one_by_one["مُحَمَّد"][0] == "محمد" and one_by_one["١٢٣"][0] == "123"
    analyzer.clear_cache()


def test_analyze_text_with_new_and_cached_words():
    analyzer.clear_cache()
    first = analyzer.analyze_text(TEXTS[0])
    assert analyzer.analyze_text(TEXTS[0]) == first
    assert first[0].split()[:3] == ["قال", "وزير", "الخارجيه"]
    analyzer.clear_cache()


def test_a_full_cache_starting_over_keeps_the_words_of_the_text_being_analysed(monkeypatch):
    """Found by the whole-ANT ingest: when the cache started over while a text had both cached and
    new words, the cached ones ('في', 'وقال') were gone and the lookup raised KeyError."""
    from marsad import settings

    analyzer.clear_cache()
    monkeypatch.setattr(settings, "SEARCH_ANALYZER_CACHE_WORDS", 4)
    analyzer.analyze_text("قال في")  # two words cached
    keys, _ = analyzer.analyze_text("وقال في الحكومة والإرهاب الجديد")  # 2 + 3 new > 4: starts over
    assert keys.split() == ["وقال", "في", "الحكومه", "والارهاب", "الجديد"]
    analyzer.clear_cache()
