"""The display layer drops C0/C1 control characters (a NUL stayed in the display text: fifth
new-user report, #14) and the search key folds Latin accents (``Café`` = ``cafe``, ``Zürich`` =
``Zurich``: third report), Latin letters only: Arabic letters with hamza keep their rules."""

from __future__ import annotations

import unicodedata

import pytest

from marsad.search.analyzer import analyze_text_python, analyze_word, words
from marsad.text.normalize import (
    CONTROL_CHARS,
    CONTROL_SPACES,
    LATIN_EXPANSIONS,
    LATIN_FOLDS,
    display_layer,
    display_text,
    search_key,
    search_layer,
)

# -- control characters -------------------------------------------------------------------------

_ALL_CONTROLS = [chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0))]


@pytest.mark.parametrize("c", _ALL_CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_every_control_character_is_dropped_or_a_space_in_display_and_search_key(c):
    raw = f"قال{c}الوزير"
    if c in "\t\n\r":  # the layout reads them: kept
        expected = raw
    elif c in CONTROL_SPACES:  # white space to the layout (VT, FF, U+001C–U+001F, NEL): one space
        expected = "قال الوزير"
    else:
        expected = "قالالوزير"
    assert display_text(raw) == expected
    assert display_layer(raw).text == expected
    assert search_key(raw) == search_layer(raw).text == expected


def test_the_control_tables():
    assert CONTROL_SPACES == "\x0b\x0c\x1c\x1d\x1e\x1f\x85"
    assert len(CONTROL_CHARS) == 65 - 3 - 7  # Cc has 65 code points: less TAB/LF/CR and the spaces
    assert all(unicodedata.category(c) == "Cc" for c in CONTROL_CHARS + CONTROL_SPACES)


def test_nul_from_the_report_offsets_still_map_back():
    raw = "عنوان\n\nقال\x00الوزير \x1b\x9bإن\x7f الأمر\x85مهم"
    layer = display_layer(raw)
    assert layer.text == "عنوان\n\nقالالوزير إن الأمر مهم"
    # the word after the NUL maps back to its raw characters; the NEL (a space now) to itself
    i = layer.text.index("الوزير")
    assert layer.raw_span(i, i + 6) == (raw.index("الوزير"), raw.index("الوزير") + 6)
    assert layer.to_raw(layer.text.index(" مهم")) == raw.index("\x85")
    assert layer.from_raw(raw.index("\x00")) == layer.text.index("الوزير")


def test_an_article_keeps_the_nul_in_its_text_and_drops_it_from_display():
    import marsad

    a = marsad.parse("عنوان الخبر\n\nقال\x00الوزير إن الوضع جيد.\n")
    assert "\x00" in a.text
    assert "\x00" not in a.display()
    assert all("\x00" not in a.display(b) for b in a.blocks)
    assert a.display(a.paragraphs[0]) == "قالالوزير إن الوضع جيد."


def test_tatweel_harakat_and_bidi_rules_unchanged():
    assert display_text("جميـــلا") == "جميلا"
    assert display_text("مُحَمَّد") == "مُحَمَّد" and search_key("مُحَمَّد") == "محمد"
    assert display_text("\u200fالحمد لله") == "الحمد لله"


# -- Latin accents in the search key -------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "key"),
    [
        ("Café", "cafe", "cafe"),
        ("CAFÉ", "Cafe", "cafe"),
        ("Cafe\u0301", "cafe", "cafe"),  # decomposed: e + combining acute
        ("Zürich", "Zurich", "zurich"),
        ("Zu\u0308rich", "ZURICH", "zurich"),
        ("prêts", "prets", "prets"),  # third new-user report
        ("São Paulo", "Sao Paulo", "sao paulo"),
        ("Ñandú", "nandu", "nandu"),
        ("Łódź", "Lodz", "lodz"),  # a stroke has no decomposition: folded by the stroke table
        ("Ørsted", "orsted", "orsted"),
        ("ﬁnance", "finance", "finance"),  # a Latin ligature
        ("Ｃａｆé", "cafe", "cafe"),  # full-width Latin
        ("Ĳssel", "ijssel", "ijssel"),
        ("Việt Nam", "Viet Nam", "viet nam"),  # Latin Extended Additional
    ],
)
def test_latin_accents_fold(a, b, key):
    assert search_key(a) == search_key(b) == key
    assert search_layer(a).text == key
    assert display_text(a) == a  # the display layer stays faithful


def test_letters_that_are_not_accented_forms_stay():
    assert search_key("straße") == "straße"
    assert search_key("Æsop") == "æsop"
    assert search_key("Αθήνα") == "αθήνα"  # Greek: not folded (Latin only)
    assert search_key("Пётр") == "пётр"  # Cyrillic ё stays


def test_latin_expansion_maps_offsets():
    raw = "مؤتمر ﬁnance في Zu\u0308rich"
    layer = search_layer(raw)
    assert layer.text == "مؤتمر finance في zurich"
    s = layer.text.index("finance")
    assert layer.raw_span(s, s + 7) == (raw.index("ﬁ"), raw.index("ﬁ") + 6)
    z = layer.text.index("zurich")
    assert layer.raw_span(z, z + 6) == (raw.index("Z"), len(raw))


def test_arabic_letters_with_hamza_keep_their_rules():
    assert search_key("إلى") == "الي" and search_key("إلا") == "الا"
    assert search_key("إلى") != search_key("إلا")
    assert search_key("أ إ آ ٱ") == "ا ا ا ا"
    assert search_key("مؤتمر سُئل") == "مؤتمر سئل"  # ؤ and ئ are not decomposed
    arabic = [chr(c) for c in range(0x0600, 0x0700)]
    assert not set(arabic) & (set(LATIN_FOLDS) | set(LATIN_EXPANSIONS))
    # every Arabic-block character keys as it did before the Latin folds (NFKD never applied)
    for c in arabic:
        assert search_key(c) == search_key(c + "ab")[: len(search_key(c))]


def test_analyzer_keys_and_words():
    assert analyze_word("Café") == analyze_word("cafe") == ("cafe", ("cafe",))
    assert words("في Zu\u0308rich اليوم") == ["في", "Zu\u0308rich", "اليوم"]
    assert analyze_text_python("Zu\u0308rich Zürich ZURICH")[0] == "zurich zurich zurich"
    assert analyze_word("الإِرهاب")[0] == "الارهاب"


def test_compiled_analysis_agrees_on_latin_and_controls():
    from marsad.search import analyzer

    if analyzer._COMPILED is None:
        pytest.skip("compiled analysis not in use")
    texts = [
        "Café Zürich Zu\u0308rich ﬁnance Łódź Ĳssel Việt São قال\x00الوزير a\x0cb",
        "".join(sorted(LATIN_FOLDS)) + " " + " ".join(sorted(LATIN_EXPANSIONS)),
        " ".join(f"a{chr(c)}b" for c in range(0x0300, 0x0370)),
    ]
    for t in texts:
        assert analyzer.analyze_text_compiled(t) == analyze_text_python(t)
