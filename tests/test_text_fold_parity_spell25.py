"""Every word key reads a word written with Persian letters, presentation forms, a lam-alef ligature or a
format character as its standard-letter spelling (spell25; :data:`marsad.text.letters.WORD_FORM_FOLDS`):
the search key (Python and compiled analysis), the quotes fold (compiled one-pass table and pure Python),
the speaker-name key of the quotes stage, the NER key ``ner_norm`` and the registry key ``name_key``.
Before, the lam-alef ligatures (U+FEF5–U+FEFC) were read only by the search key and the cue look-up, and
a soft hyphen stayed in the NER and registry keys (``لاري<SHY>جاني`` was an entity of its own)."""

from __future__ import annotations

import pytest

from marsad.entities.aliases import clean_name, name_key
from marsad.entities.features import ner_norm
from marsad.quotes import cues
from marsad.quotes.speakers import name_key as speaker_name_key
from marsad.search import analyzer
from marsad.search.analyzer import analyze_text_compiled, analyze_text_python
from marsad.text.letters import (
    BMP_FORMAT_CHARS,
    LAM_ALEF_LIGATURES,
    PERSIAN_LETTER_FOLDS,
    PRESENTATION_LETTER_FOLDS,
    WORD_FORM_FOLDS,
    has_letter_forms,
    presentation_to_letters,
)
from marsad.text.normalize import search_key
from marsad.text.scan import compiled_translation


def _fold_compiled(word: str) -> str:
    return cues._fold_word_compiled(word) if cues._FOLD_TRANSLATE is not None else cues.fold_word_python(word)


FOLDS = {
    "quotes fold (compiled)": _fold_compiled,
    "quotes fold (Python)": cues.fold_word_python,
    "quotes fold_tokens": lambda w: cues.fold_tokens([w])[0],
    "speaker name key": speaker_name_key,
    "ner_norm": ner_norm,
    "registry name_key": name_key,
    "search key": search_key,
}

#: (written with forms, standard letters): our own words.
PAIRS = [
    ("ﻻريجاني", "لاريجاني"),  # lam-alef ligature, isolated
    ("ﻼريجاني", "لاريجاني"),  # final form
    ("اﻷمم", "الأمم"),  # lam + alef with hamza above
    ("ﻹيران", "لإيران"),  # lam + alef with hamza below
    ("ﻵخر", "لآخر"),  # lam + alef madda
    ("علی", "علي"),  # Persian yeh
    ("لاریجانی", "لاريجاني"),
    ("شکري", "شكري"),  # keheh
    ("ھشام", "هشام"),  # heh doachashmee
    ("ﺳﺎﻣﺢ", "سامح"),  # presentation forms
    ("لاري\u00adجاني", "لاريجاني"),  # soft hyphen
    ("لاري\u200cجاني", "لاريجاني"),  # ZWNJ
    ("لاري\u2060جاني", "لاريجاني"),  # word joiner
    ("ﻻ\u200fريجاني", "لاريجاني"),  # ligature + RLM
]


@pytest.mark.parametrize("fold", FOLDS.values(), ids=list(FOLDS))
@pytest.mark.parametrize("forms,plain", PAIRS)
def test_every_key_reads_the_standard_letters(fold, forms, plain):
    assert fold(forms) == fold(plain)


def test_compiled_and_python_quotes_fold_agree_on_every_form_character():
    for c in WORD_FORM_FOLDS:
        for word in (c, "ب" + c + "ت", c + "ال"):
            assert cues.fold_word_python(word) == _fold_compiled(word) == word.translate(cues._FOLD_TABLE), (
                hex(ord(c))
            )


def test_ligatures_and_format_characters_in_every_table():
    assert set(LAM_ALEF_LIGATURES) == {chr(c) for c in range(0xFEF5, 0xFEFD)}
    for c, v in LAM_ALEF_LIGATURES.items():
        want = ner_norm(v)
        assert ner_norm(c) == want == search_key(c) == cues.fold_word_python(c) == _fold_compiled(c), hex(
            ord(c)
        )
    for c in BMP_FORMAT_CHARS:
        if c in "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2":
            continue  # Arabic number signs and marks: signs of their own in the search key
        assert (
            ner_norm("ب" + c + "ت") == "بت" == name_key("ب" + c + "ت") == cues.fold_word_python("ب" + c + "ت")
        ), hex(ord(c))
    assert set(PERSIAN_LETTER_FOLDS) <= set(WORD_FORM_FOLDS) and set(PRESENTATION_LETTER_FOLDS) <= set(
        WORD_FORM_FOLDS
    )


def test_compiled_search_analysis_agrees():
    text = " ".join(f for f, _p in PAIRS)
    plain = " ".join(p for _f, p in PAIRS)
    if analyzer._COMPILED is not None:
        assert analyze_text_python(text) == analyze_text_compiled(text)
    assert analyze_text_python(text)[0] == analyze_text_python(plain)[0]


def test_compiled_table_takes_two_character_values():
    table = {0xFEFB: "لا", 0x0623: "ا", 0x00AD: None}
    f = compiled_translation(table)
    if f is None:
        pytest.skip("no compiled scan")
    for s in ("اﻻستقلال", "ﻻ", "abc\u00adﻻ", "ﻻ\U0001f600", "e\u00ad", "أﻻ", "", "بلا"):
        assert f(s) == s.translate(table)
    assert compiled_translation(table, with_map=True) is None  # the offset map takes 1:1 values only


def test_display_helpers():
    assert has_letter_forms("علی") and has_letter_forms("ﺳﺎﻣﺢ") and has_letter_forms("تر\u00adامب")
    assert not has_letter_forms("علي لاريجاني")
    assert presentation_to_letters("ﺳﺎﻣﺢ ﺷﻜﺮﻱ") == "سامح شكري"
    assert presentation_to_letters("ﻻ\u00adريجاني") == "لاريجاني"
    assert presentation_to_letters("علی") == "علی"  # a Persian yeh may be ي or ى: kept
    assert clean_name("لاري\u00adجاني") == "لاريجاني"
