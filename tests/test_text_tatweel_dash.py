"""A tatweel used as a dash (eighth new-user report, finding 19): ``اليوم ـ بمشيئة الله تعالى ـ هطولا``
lost its dashes in the display text, leaving double spaces (69 of 1,686 SaudiNewsNet articles of
2015-08-11). A tatweel after a letter or mark is elongation and goes; one that follows no letter is
punctuation: the display keeps it, the search key drops it."""

from __future__ import annotations

import pytest

from marsad.text.normalize import display_layer, display_text, is_dash_tatweel, search_key

SPA = "في تقريرها عن حالة الطقس لهذا اليوم ـ بمشيئة الله تعالى ـ هطولا للأمطار"


@pytest.mark.parametrize(
    ("raw", "display", "key"),
    [
        (SPA, SPA, "في تقريرها عن حاله الطقس لهذا اليوم  بمشيئه الله تعالي  هطولا للامطار"),
        ("جميـــلا", "جميلا", "جميلا"),  # elongation
        ("مُـحمد", "مُحمد", "محمد"),  # after a mark
        # a detached prefix's connector before a non-letter joins, and stays (time24 item 3)
        ('بـ"ذا فويس"', 'بـ"ذا فويس"', 'ب"ذا فويس"'),
        ("بـ120 دولارا", "بـ120 دولارا", "ب120 دولارا"),
        ("الـ15 عاما", "الـ15 عاما", "ال15 عاما"),
        ("بـ٢٠ ريالا", "بـ٢٠ ريالا", "ب20 ريالا"),
        # the Hijri abbreviation mark stays; an elongation before a letter still goes
        ("10-10-1436هـ الموافق", "10-10-1436هـ الموافق", "10-10-1436ه الموافق"),
        ("عام 1439 هـ.", "عام 1439 هـ.", "عام 1439 ه."),
        ("الـــرياض", "الرياض", "الرياض"),
        ("ـ بداية السطر", "ـ بداية السطر", " بدايه السطر"),
        ("عبدالعزيز الشيخ ـ جدة", "عبدالعزيز الشيخ ـ جدة", "عبدالعزيز الشيخ  جده"),
        ("اليوم ــ غدا", "اليوم ــ غدا", "اليوم  غدا"),  # a run of two
        ("(ـ) &amp; ـ", "(ـ) & ـ", "() & "),
        ("اليوم\u200f ـ غدا", "اليوم ـ غدا", "اليوم  غدا"),
    ],
)
def test_dash_tatweel_display_and_search_key(raw, display, key):
    assert display_text(raw) == display
    assert display_layer(raw).text == display
    assert search_key(raw) == key


def test_offsets_of_a_kept_dash_map_to_itself():
    layer = display_layer("مُـحمد ـ جدة")
    assert layer.text == "مُحمد ـ جدة"
    i = layer.text.index("ـ")
    assert layer.to_raw(i) == "مُـحمد ـ جدة".index(" ـ") + 1


def test_is_dash_tatweel():
    assert is_dash_tatweel("ـ x", 0)
    assert is_dash_tatweel("a ـ", 2)
    assert not is_dash_tatweel("جـد", 1)
    assert not is_dash_tatweel("جَـد", 2)
    assert is_dash_tatweel("جـ", 1)  # at the end: an abbreviation mark (هـ), kept
    assert is_dash_tatweel("بـ120", 1)  # before a digit: joins, kept


def test_display_deletion_by_first_character_equals_the_lookbehind_pattern():
    """The fast path of display_text (a tatweel run or a control found by its first character, the
    character before the run tested with the lookbehinds' classes) gives the lookbehind pattern's
    output: every BMP code point before a tatweel run, and random strings of the edge characters."""
    import random

    from marsad.text import normalize as n

    fast = n._display_delete_keep_dash

    def slow(_empty: str, s: str) -> str:
        # the reference: the controls deleted first, then the lookbehind pattern (a tatweel is
        # judged by the character before it once the controls are gone: display_text is idempotent)
        return n._DISPLAY_DELETE_KEEP_DASH_RE.sub("", n._DISPLAY_CONTROL_RUN_RE.sub("", s))

    for c in range(0x10000):
        if 0xD800 <= c < 0xE000:
            continue
        s = "x" + chr(c) + "ــب" + chr(c) + "ـ"
        assert fast(s) == slow("", s), hex(c)
    alphabet = ["ـ", "ب", "ا", "\u064e", "\u0670", "\u065f", "1", "٣", "_", "²", " ", "\u200f", "\x00", "\u0085", "(", "a"]
    rng = random.Random(8)
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert fast(s) == slow("", s), repr(s)
    assert fast("اليوم ـ بمشيئة الله ـ جميـــلا\u200f") == "اليوم ـ بمشيئة الله ـ جميلا"


def test_a_tatweel_after_a_deleted_control_is_judged_by_the_letter_before_it():
    """Found by the idempotency property test (hypothesis, raw ``'ا\u200eـ'``): the display text was
    ``'اـ'`` and, displayed again, ``'ا'``. Controls are looked past: elongation after a letter,
    a dash after a space or at the start."""
    assert display_text("ا\u200eـن") == "ان"
    assert display_text("ا\u200eـ") == "اـ"  # at the end it marks and stays (time24 item 3)
    assert display_text("جميـ\u200f\u200eـلا") == "جميلا"
    assert display_text("اليوم \u200fـ بمشيئة الله") == "اليوم ـ بمشيئة الله"
    assert display_text("\u200eـ نص") == "ـ نص"
    for raw in ["ا\u200eـ", "ا\u200eـن", "جميـ\u200f\u200eـلا", "اليوم \u200fـ بمشيئة الله", "\u200eـ نص", "ـ\u200eـ"]:
        assert display_text(display_text(raw)) == display_text(raw)
        assert display_layer(raw).text == display_text(raw)
