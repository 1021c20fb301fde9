"""The Arabic analyzer and light stemmer of marsad.search (Larkey light10 with guards)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from marsad.search.analyzer import analyze_text, analyze_word, surface_key, words
from marsad.search.stemmer import light_stem, stems

DATA = Path(__file__).parent / "data" / "search"
NAMES = [
    ln.strip()
    for ln in (DATA / "protected_names.txt").read_text(encoding="utf-8").splitlines()
    if ln.strip() and not ln.startswith("#")
]


def test_protected_name_list_is_large_enough():
    assert len(NAMES) >= 100
    assert len(set(NAMES)) == len(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_name_stem_stays_whole(name):
    key = surface_key(name).replace("ى", "ي")
    whole = key[2:] if name.startswith("ال") and len(key) > 4 else key  # ألمانيا keeps its ال
    assert analyze_word(name)[1][0] == whole
    # with clitics, the same stem
    assert whole in analyze_word("و" + name)[1]
    if not name.startswith("ال"):
        assert analyze_word("ب" + name)[1][0] == whole
        assert analyze_word("ل" + name)[1][0] == whole


@pytest.mark.parametrize(
    "word, expected",
    [
        ("الإرهاب", "ارهاب"),
        ("والإرهاب", "ارهاب"),
        ("بالإرهاب", "ارهاب"),
        ("للإرهاب", "ارهاب"),
        ("فالإرهاب", "ارهاب"),
        ("كالإرهاب", "ارهاب"),
        ("الحكومة", "حكوم"),
        ("حكومات", "حكوم"),
        ("حكومية", "حكوم"),
        ("المعلمون", "معلم"),
        ("المعلمين", "معلم"),
        ("كتابها", "كتاب"),
        ("مدرسه", "مدرس"),
        ("فريق", "فريق"),
        ("الفريق", "فريق"),
        ("فرنسا", "فرنسا"),
        ("فلسطين", "فلسطين"),
        # a name's nisba adjective meets the name (light10; search فلسطين finds الفلسطينيين),
        # and suffix stripping stops at the name, never cutting into it
        ("الفلسطينيين", "فلسطين"),
        ("الفلسطيني", "فلسطين"),
        ("الفلسطينية", "فلسطين"),
        ("القطرية", "قطر"),
        ("القطريون", "قطر"),
        ("قطر", "قطر"),
        ("بقطر", "قطر"),
        # a verb form V/VI/VIII whose root ends in ه keeps it (يتوجه "heads" ↛ يتوج "is crowned")
        ("يتوجه", "يتوجه"),
        ("يتوجهون", "يتوجه"),
        ("وتتجه", "تتجه"),
        ("الاتجاه", "اتجاه"),
        # a pronoun ه after other verbs is still stripped
        ("يكتبه", "يكتب"),
        # short words are not over-stemmed (minimum stem of 3 letters)
        ("علي", "علي"),
        ("سنة", "سنه"),
        ("عمان", "عمان"),
        ("الله", "الله"),
        # particles with alef maqsura keep it and their pronoun forms stay whole
        ("على", "على"),
        ("عليه", "عليه"),
        ("إلى", "الى"),
        ("إليها", "اليها"),
    ],
)
def test_primary_stem(word, expected):
    assert analyze_word(word)[1][0] == expected


def test_conjunction_wa_gives_two_stems():
    assert stems("وحكومه") == ("وحكوم", "حكوم")
    assert stems("وزير") == ("وزير", "زير")
    assert analyze_word("الوزير")[1] == ("وزير",)
    # short remainders are not split off
    assert stems("ولد") == ("ولد",)
    # وعلى is "and on", never the name
    assert stems("وعلى") == ("على",)


def test_surface_key_keeps_final_alef_maqsura():
    assert surface_key("على") == "على"
    assert surface_key("علي") == "علي"
    assert surface_key("عَلَى") == "على"
    assert surface_key("مستشفى") == "مستشفى"
    assert surface_key("إلى") != surface_key("إلا")


def test_keys_fold_spelling():
    assert surface_key("الإِرهاب") == surface_key("الارهاب") == surface_key("الإرهاب")
    assert surface_key("جميـــلا") == "جميلا"
    assert surface_key("٢٠١٠") == "2010"
    assert surface_key("مدرسة") == surface_key("مدرسه")
    assert surface_key("Trump") == "trump"


def test_words_keep_marks_and_split_underscores():
    assert words("#الاتفاق_النووي الإِرهاب جميـــلا") == ["الاتفاق", "النووي", "الإِرهاب", "جميـــلا"]
    assert words("\u200fالحمد لله") == ["\u200fالحمد", "لله"]


def test_non_arabic_tokens_unstemmed():
    assert stems("2010") == ("2010",)
    assert stems("trumps") == ("trumps",)
    assert light_stem("ب") == "ب"


def test_analyze_text_streams():
    keys, extra = analyze_text("والإرهاب في الحكومة")
    assert keys.split() == ["والارهاب", "في", "الحكومه"]
    assert extra.split() == ["ارهاب", "حكوم"]


def test_analysis_is_cheap():
    text = " ".join(["قال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة للحوار"] * 30)
    analyze_text(text)  # warm the cache
    t0 = time.process_time()
    for _ in range(200):
        analyze_text(text)
    per_call_ms = (time.process_time() - t0) / 200 * 1000
    # ~330 words; measured ~0.05 ms CPU. A guard against a lost word cache or a quadratic path (CPU
    # time, so machine load does not matter), not a speed target (those live in bench/search.py).
    assert per_call_ms < 1.0
