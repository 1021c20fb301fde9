"""marsad.text.normalize: the display layer, the search key and their offset maps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import (
    Layer,
    decode_html_entities,
    display_layer,
    display_text,
    fix_misplaced_tanween,
    fold_alef,
    fold_alef_maqsura,
    fold_digits,
    fold_taa_marbuta,
    search_key,
    search_layer,
    strip_bidi_controls,
    strip_harakat,
    strip_tatweel,
)

# --- the small named functions ------------------------------------------------------------------


@pytest.mark.parametrize(
    "control",
    [
        "\u200e",
        "\u200f",
        "\u202a",
        "\u202b",
        "\u202c",
        "\u202d",
        "\u202e",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
        "\u061c",
    ],
)
def test_strip_bidi_controls_each(control):
    assert strip_bidi_controls(f"{control}الحمد{control} لله") == "الحمد لله"


def test_strip_tatweel():
    assert strip_tatweel("جميـــلا") == "جميلا"


def test_strip_harakat_deletes_never_spaces():
    assert strip_harakat("مُحَمَّد") == "محمد"
    assert strip_harakat("كِتَابٌ مُفِيدٌ") == "كتاب مفيد"
    assert strip_harakat("رَحْمَٰن") == "رحمن"  # superscript alef U+0670
    assert strip_harakat("ٱلصَّلَوٰةِ") == "ٱلصلوة"
    assert strip_harakat("صَلَّى ٱللَّهُ عَلَيْهِ وَسَلَّمَ\u06da") == "صلى ٱلله عليه وسلم"  # Quranic mark


def test_strip_harakat_composes_decomposed_hamza_first():
    assert strip_harakat("ا\u0654حمد") == "أحمد"
    assert strip_harakat("و\u0654") == "ؤ"


def test_fold_alef_all_forms():
    assert fold_alef("أإآٱ") == "اااا"
    assert fold_alef("أحمد إحمد آحمد") == "احمد احمد احمد"


def test_fold_alef_maqsura_and_taa_marbuta():
    assert fold_alef_maqsura("إلى") == "إلي"
    assert fold_alef_maqsura("إلا") == "إلا"
    assert fold_taa_marbuta("مدرسة") == "مدرسه"


def test_fold_digits():
    assert fold_digits("٢٠١٠") == "2010"
    assert fold_digits("۲۰۱۰") == "2010"  # Persian digits
    assert fold_digits("٣٫٥٪") == "3.5%"


def test_decode_html_entities_once():
    assert decode_html_entities("&quot;سوريا&quot; &amp; &#1604;&#x627;") == '"سوريا" & لا'
    assert decode_html_entities("&amp;quot;") == "&quot;"
    assert decode_html_entities("&notanentity; & ;") == "&notanentity; & ;"


def test_fix_misplaced_tanween():
    assert fix_misplaced_tanween("ستجري مزيداُ من الاتصالات") == "ستجري مزيداً من الاتصالات"
    assert fix_misplaced_tanween("رابطاُ أبعاد") == "رابطاً أبعاد"
    assert fix_misplaced_tanween("شكراٌ") == "شكراً"  # dammatan on the alef, same typo class
    assert fix_misplaced_tanween("يومياَ") == "يومياً"  # fatha on the alef (ANT)
    assert fix_misplaced_tanween("نقلاُ عن") == "نقلاً عن"  # (ANT)


@pytest.mark.parametrize("s", ["اُ", "كتابُ", "أُمة", "الاُم", "مزيداُمن", "كَتَبَا", "مزيداً", "مزيدًا", "مدرسةً"])
def test_fix_misplaced_tanween_leaves_other_dammas(s):
    # a lone alef, a damma on a consonant, on a hamza seat, inside a word: not this typo
    assert fix_misplaced_tanween(s) == s


# --- display layer --------------------------------------------------------------------------------


def test_display_keeps_harakat_and_removes_controls():
    assert display_text("\u200fمُحَمَّد") == "مُحَمَّد"
    assert display_text("جميـــلا") == "جميلا"
    assert display_text("\u200fالحمد لله") == display_text("الحمد لله") == "الحمد لله"


def test_display_decodes_entities_and_fixes_tanween():
    assert display_text("قال &quot;لا&quot; مزيداُ") == 'قال "لا" مزيداً'
    assert display_layer("قال &quot;لا&quot; مزيداُ").text == 'قال "لا" مزيداً'


def test_display_keeps_zwnj_and_search_drops_it():
    assert display_text("#می\u200cخواهم") == "#می\u200cخواهم"
    assert search_key("#می\u200cخواهم") == "#ميخواهم"


def test_display_composes_decomposed_hamza():
    assert display_text("ا\u0654حمد") == "أحمد"
    assert display_text("ا\u0653خر") == "آخر"


# --- search key -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("الإرهاب", "الارهاب"),
        ("الإرهاب", "الإِرهاب"),
        ("الارهاب", "الإِرهاب"),
        ("جميلا", "جميـــلا"),
        ("احمد", "أحمد"),
        ("احمد", "إحمد"),
        ("احمد", "آحمد"),
        ("2010", "٢٠١٠"),
        ("2010", "۲۰۱۰"),
        ("مدرسة", "مدرسه"),
        ("محمد", "مُحَمَّد"),
        ("الحمد لله", "\u200fالحمد لله"),
        ("الاستقلال", "ٱلاستقلال"),
        ("لا", "ﻻ"),
        ("CNN", "cnn"),
        ("3.5", "٣٫٥"),
        ("مصطفى", "مصطفي"),
        ("فارسی", "فارسي"),
        ("الإرهاب", "&#1575;&#1604;&#1573;&#1585;&#1607;&#1575;&#1576;"),
    ],
)
def test_search_key_variants_equal(a, b):
    assert search_key(a) == search_key(b)


def test_search_key_keeps_confusable_pairs_apart():
    assert search_key("إلى") == "الي"
    assert search_key("إلا") == "الا"
    assert search_key("إلى") != search_key("إلا")


def test_search_key_ali_ala_collide_documented():
    # ى → ي makes the name and the preposition share a key: exact quoted matching uses the display
    # layer (docs/text.md); this test pins the documented behaviour.
    assert search_key("علي") == search_key("على") == "علي"
    assert display_text("علي") != display_text("على")


def test_search_key_examples():
    assert search_key("مُحَمَّد") == "محمد"
    assert search_key("الإِرهاب") == "الارهاب"
    assert search_key("جميـــلا") == "جميلا"
    assert search_key("İstanbul") == "istanbul"
    assert search_key("سعر\u00a0النفط") == "سعر النفط"


# --- offsets --------------------------------------------------------------------------------------


def test_display_layer_offsets_round_trip():
    raw = "\u200fقال جميـــلا &amp; مزيداُ"
    layer = display_layer(raw)
    assert layer.text == "قال جميلا & مزيداً"
    i = layer.text.index("جميلا")
    rs, re_ = layer.raw_span(i, i + len("جميلا"))
    assert raw[rs:re_] == "جميـــلا"
    i = layer.text.index("&")
    assert raw[slice(*layer.raw_span(i, i + 1))] == "&amp;"
    assert layer.to_raw(0) == 1  # the RLM is skipped
    assert layer.from_raw(0) == 0
    assert layer.to_raw(len(layer.text)) == len(raw)


def test_search_layer_span_covers_trailing_harakat():
    raw = "قال مُحَمَّدٌ اليوم"
    layer = search_layer(raw)
    assert layer.text == "قال محمد اليوم"
    i = layer.text.index("محمد")
    rs, re_ = layer.raw_span(i, i + 4)
    assert raw[rs:re_] == "مُحَمَّدٌ"
    assert layer.from_raw(raw.index("اليوم")) == layer.text.index("اليوم")


def test_search_layer_ligature_expansion_maps_to_one_raw_char():
    raw = "ﻻ إله"
    layer = search_layer(raw)
    assert layer.text == "لا اله"
    assert layer.raw_span(0, 1) == (0, 1)
    assert layer.raw_span(1, 2) == (0, 1)
    assert layer.raw_span(0, 2) == (0, 1)


def test_identity_layer_is_cheap_and_exact():
    layer = display_layer("نص عادي")
    assert layer.is_identity
    assert [layer.to_raw(i) for i in range(8)] == list(range(8))


def test_layer_clamps_out_of_range():
    layer = search_layer("مُحَمَّد")
    assert layer.to_raw(-5) == 0
    assert layer.to_raw(99) == len("مُحَمَّد")
    assert layer.from_raw(-1) == 0
    assert layer.from_raw(99) == 4
    assert isinstance(layer, Layer)


# --- properties ------------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
    + list("أإآٱىةءؤئ")
    + list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0653\u0654\u0655\u06da")
    + list("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u200c\u0640")
    + list('abcXYZİ 0123456789٠١٢٣٤٥٦٧٨٩۱۲.,،؛:؟!?"«»()&;#\n\u00a0')
    + ["&amp;", "&quot;", "&#1575;", "&rlm;", "ﻻ", "ﷲ", "ﺃ", "ﻷ", "ﷺ"]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


def _check_layer(raw: str, layer: Layer) -> None:
    n = len(layer.text)
    to_raw = [layer.to_raw(i) for i in range(n + 1)]
    assert to_raw == sorted(to_raw), "to_raw must be monotonic"
    assert all(0 <= r <= len(raw) for r in to_raw)
    assert to_raw[-1] == len(raw)
    from_raw = [layer.from_raw(j) for j in range(len(raw) + 1)]
    assert from_raw == sorted(from_raw), "from_raw must be monotonic"
    assert all(0 <= x <= n for x in from_raw)
    for i in range(n):
        rs, re_ = layer.raw_span(i, i + 1)
        assert 0 <= rs < re_ <= len(raw)
        assert layer.from_raw(rs) <= i


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_property_display_layer_map(raw):
    layer = display_layer(raw)
    assert layer.text == display_text(raw)
    _check_layer(raw, layer)
    # characters the layer kept unchanged map back to themselves
    for i, ch in enumerate(layer.text):
        r = layer.to_raw(i)
        if raw[r] == ch:
            assert layer.from_raw(r) == i


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_property_search_layer_map(raw):
    layer = search_layer(raw)
    assert layer.text == search_key(raw)
    _check_layer(raw, layer)
    for i, ch in enumerate(layer.text):
        rs, re_ = layer.raw_span(i, i + 1)
        # the raw characters behind a key character fold to something containing it
        assert ch in search_key(raw[rs:re_]) or ch == " "


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_property_keys_idempotent_and_clean(raw):
    key = search_key(raw)
    assert search_key(key) == key
    assert not any(c in key for c in "\u064b\u064e\u0651\u0640\u200f\u200e")
    if not any(c in raw for c in "\u0653\u0654\u0655"):
        # (a hamza mark separated from its letter by a tatweel or an entity composes only on a
        # second pass: display idempotence is not promised for such input)
        assert display_text(display_text(raw)) == display_text(raw)


def test_tatweel_before_entity_of_deleted_control_regression():
    # found by hypothesis: an entity that decodes to a deleted control (RLM) after a tatweel is
    # looked past, so the tatweel elongating the letter goes on the first pass, not the second
    for raw in ("اـ&rlm;ا", "اـ&#8207;ا", "اـ&rlm;&lrm;ا"):
        assert display_text(raw) == "اا"
        assert display_layer(raw).text == "اا"
    assert display_text("اـ&rlm; ب") == "اـ ب"  # before a space it stays a dash
    assert display_text("بـ&rlm;120") == "بـ120"


def test_combining_mark_without_composition_regression():
    # found by hypothesis: waw + maddah has no precomposed form
    assert display_text("وٓ") == "وٓ"
    assert search_key("وٓ") == "و"
    assert display_layer("وٓ").text == "وٓ"
    assert strip_harakat("وٓ") == "و"
    assert decode_html_entities("&#1608;&#1619;") == "وٓ"
    assert search_key("&#1608;&#1619;") == "و"


@pytest.mark.parametrize(
    "hostile",
    [
        "\u064e" * 200_000,
        "&amp;" * 40_000,
        "&" * 200_000,
        "\u200f" * 200_000,
        "ا\u0654" * 100_000,
        "مزيداُ " * 30_000,
    ],
    ids=["harakat", "entities", "ampersands", "rlm", "decomposed-hamza", "tanween-typos"],
)
def test_bounded_time_on_hostile_input(hostile):
    import time

    from marsad.text.orthography import find_fixes

    t0 = time.process_time()
    display_layer(hostile)
    search_layer(hostile)
    search_key(hostile)
    display_text(hostile)
    find_fixes(hostile)
    # A guard against quadratic behaviour (minutes on these inputs), not a speed target: linear code
    # takes ~0.2 s of CPU here; CPU time, so a loaded machine does not make it flaky.
    assert time.process_time() - t0 < 30.0


def test_bom_and_allah_ligature():
    assert display_text("\ufeffنص") == "نص"
    assert search_key("ﷲ") == "الله"
    assert search_key("ﺍﻟﺴﻼﻡ") == "السلام"


@pytest.mark.parametrize(
    "raw, shown",
    [
        # (a letter after the tatweel: before the end or a space it marks and stays, time24 item 3)
        ("&#1575;ـن", "ان"),  # the entity's letter is elongated: found by the property test (hypothesis)
        ("&#1575;\u200fـن", "ان"),  # … past a deleted control
        ("&#1575;&#x200f;ـن", "ان"),  # … past a deleted control written as an entity
        ("&#1575;ــن ب", "ان ب"),
        ("&#1575;ــ ب", "اــ ب"),  # before a space: kept
        ("بـ&#1575;", "با"),  # the letter after it written as an entity: elongated
        ("بـ&#49;20", "بـ120"),  # a digit after it written as an entity: kept
        ("&amp;ـ", "&ـ"),  # after a sign it is a dash and stays
        ("اليوم ـ بمشيئة", "اليوم ـ بمشيئة"),
    ],
)
def test_tatweel_after_an_entity_letter_is_judged_on_the_decoded_letter(raw, shown):
    assert display_text(raw) == shown
    assert display_text(shown) == shown
    layer = display_layer(raw)
    assert layer.text == shown
