"""Format characters (Unicode Cf, and NUL) inside a word (fmt24, hostile tester rob23 item 4e).

An RLM, LRM, ALM, soft hyphen, ZWJ, word joiner, BOM or NUL typed or pasted between two letters of a
word must not split it: the quotes tokenizer (``marsad.quotes.tokens.TOKEN_RE``, ``NAME_TOKEN_RE`` and
the compiled twins in ``_speedups/quotes.pyx``) and the entities tokenizer
(``marsad.text.tokens.TOKEN_RE``) read the run as part of the word; the raw text and the offsets are
unchanged, and the quotes fold deletes the characters from the word's key. Outside a word (a BiDi
embedding before a word, a soft hyphen at its end) nothing changes.
"""

from __future__ import annotations

import random
import unicodedata

import pytest

import marsad
from marsad.quotes import tokens as qt
from marsad.quotes.cues import fold, fold_tokens, fold_word_python
from marsad.text.letters import FORMAT_CHARS, format_char_class
from marsad.text.tokens import tokenize_with_kinds

# RLM, LRM, ALM, soft hyphen, ZWJ, word joiner, BOM, NUL, ZWSP, LRE
SAMPLES = ["\u200f", "\u200e", "\u061c", "\u00ad", "\u200d", "\u2060", "\ufeff", "\x00", "\u200b", "\u202a"]


def test_format_chars_are_unicode_cf_and_nul():
    cf = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"}
    assert set(FORMAT_CHARS) == cf | {"\x00"}
    assert len(FORMAT_CHARS) == 164


def test_format_char_class_excludes():
    import re

    cls = re.compile("[" + format_char_class("\u200c") + "]")
    assert [c for c in FORMAT_CHARS if not cls.fullmatch(c)] == ["\u200c"]
    assert cls.fullmatch("\U000e0041") and cls.fullmatch("\x00") and not cls.fullmatch("ا")


@pytest.mark.parametrize("ch", SAMPLES)
def test_quotes_tokens_join_a_word(ch):
    text = f"وقال أيمن الص{ch}فدي إن \u202bالقاهرة\u202c."
    toks = qt.scan_phrase_tokens(text, 0, 30)
    assert toks[:4] == [(0, 4, "وقال"), (5, 9, "أيمن"), (10, 17, f"الص{ch}فدي"), (18, 20, "إن")]
    # the embedding before a word and the pop after it stay marks of their own
    assert toks[4:] == [(21, 22, "\u202b"), (22, 29, "القاهرة"), (29, 30, "\u202c"), (30, 31, ".")]
    assert qt.phrase_tokens_python(text, 0, 30) == toks
    assert qt.phrase_tokens(text, 0, 30) == toks
    assert qt.name_tokens(text, 0, len(text)) == qt.NAME_TOKEN_RE.findall(text)
    assert qt.NAME_TOKEN_RE.findall(text)[:3] == ["وقال", "أيمن", f"الص{ch}فدي"]


def test_quotes_tokens_edges_and_full_stop():
    # a format character at a word's end, or before a full stop, or a digit-less mark: not joined
    assert qt.scan_phrase_tokens("الص\u00ad فدي", 0) == [(0, 3, "الص"), (3, 4, "\u00ad"), (5, 8, "فدي")]
    assert qt.scan_phrase_tokens("قال\u200f.", 0) == [(0, 3, "قال"), (3, 4, "\u200f"), (4, 5, ".")]
    # a run of several, and a word with a full stop then the run: one token, the final stop split off
    assert qt.scan_phrase_tokens("ك\u200f\u200e\x00تب.", 0) == [(0, 6, "ك\u200f\u200e\x00تب"), (6, 7, ".")]
    assert qt.scan_phrase_tokens("#و\u200fسم", 0) == [(0, 5, "#و\u200fسم")]
    # an abbreviated title stays one token
    assert qt.scan_phrase_tokens("د. ن\u200fايف", 0) == [(0, 2, "د."), (3, 8, "ن\u200fايف")]


def test_quotes_tokens_random_equal_paths():
    rng = random.Random(24)
    chars = "اب ت.#\u200f\u200c\u00ad\x00\u202b\u064e1،\U000e0041"
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        for start in range(0, len(text) + 1, 4):
            for limit in (1, 4, 14):
                ref = qt.scan_phrase_tokens(text, start, limit)
                assert qt.phrase_tokens_python(text, start, limit) == ref, (text, start, limit)
                assert qt.phrase_tokens(text, start, limit) == ref, (text, start, limit)
        lo = rng.randint(0, len(text))
        assert qt.name_tokens(text, lo, len(text)) == qt.NAME_TOKEN_RE.findall(text, lo, len(text))


def test_quotes_compiled_every_format_char():
    compiled = qt._COMPILED
    if compiled is None:
        pytest.skip("compiled quotes module not built or stale (the Python path is the reference)")
    for ch in FORMAT_CHARS:
        text = f"أ{ch}ب {ch}ج د{ch} ه{ch}.و"
        assert compiled.phrase_tokens(text, 0, 20) == qt.scan_phrase_tokens(text, 0, 20), repr(ch)
        assert compiled.name_tokens(text, 0, len(text)) == qt.NAME_TOKEN_RE.findall(text), repr(ch)


@pytest.mark.parametrize("ch", SAMPLES)
def test_entities_tokenizer_joins_a_word(ch):
    text = f"أيمن الص{ch}فدي في \u202bالقاهرة\u202c."
    toks = [(text[s:e], k) for s, e, k in tokenize_with_kinds(text)]
    assert toks[:2] == [("أيمن", "word"), (f"الص{ch}فدي", "word")]
    assert ("القاهرة", "word") in toks and ("\u202b", "punct") not in toks


def test_entities_tokenizer_edges():
    text = "ك\u200f\u064eتب الص\u00ad ك\u200f1"
    assert [(text[s:e], k) for s, e, k in tokenize_with_kinds(text)] == [
        ("ك\u200f\u064eتب", "word"), ("الص", "word"), ("ك", "word"), ("1", "number"),
    ]


def test_fold_deletes_format_chars():
    assert fold("الص\u200fفدي") == "الصفدي"
    assert fold_word_python("الص\u200f\x00فدی") == "الصفدي"
    assert fold_tokens(["ق\u00adال", "وأكّد"]) == ["قال", "واكد"]


@pytest.mark.parametrize("ch", ["\u200f", "\u00ad", "\x00", "\u061c", "\u200d", "\u2060"])
def test_pipeline_speaker_and_entity_whole(ch):
    text = f"عنوان\n\nوقال وزير الخارجية الأردني أيمن الص{ch}فدي إن المحادثات مستمرة مع الجانب المصري."
    art = marsad.parse(text)
    assert art.text == text  # the raw text is never altered
    (q,) = art.quotes
    span = q.speaker_span
    assert art.text[span.start : span.end] == f"أيمن الص{ch}فدي"  # the span as written
    assert fold(q.speaker) == "ايمن الصفدي"
    assert [m.text for m in art.mentions if m.type == "PER"] == [f"أيمن الص{ch}فدي"]
