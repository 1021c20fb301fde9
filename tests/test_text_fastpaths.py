"""The text stage's shortcuts give what the full rules give: ``split_blocks`` (one scan per
article, blocks without a possible cut taken whole) what ``split_sentences`` gives block by block,
and the orthography pre-check (a mark after a bare alef) what the rules find without it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.sentences import split_blocks, split_sentences

_PIECES = st.sampled_from(
    list("ابت .!?؟…\n\"«»()[]:،") + ["قال", "د.", "1.", "2.", "\u200f", "a", "B", "أم", "...", '."', ".»"]
)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(_PIECES, max_size=30).map("".join),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), min_size=1, max_size=4),
)
def test_split_blocks_equals_split_sentences_per_block(text, bounds):
    spans = [(min(a, b), max(a, b)) for a, b in bounds]
    assert split_blocks(text, spans) == [split_sentences(text, a, b) for a, b in spans]


def test_blocks_ending_in_one_run_of_marks_are_one_sentence():
    text = "اجتمع الوزراء يوم الجمعة.\nهل وصل الوفد؟!\nعنوان بلا نقطة\nهل وصل الوفد؟ نعم وصل."
    lines = [(0, 25), (26, 40), (41, 55), (56, len(text))]
    assert split_blocks(text, lines) == [[(0, 25)], [(26, 40)], [(41, 55)], [(56, 69), (70, 78)]]


_ORTHO_PIECES = st.sampled_from(
    ["ا", "مزيد", "ب", " ", "\u064c", "\u064e", "\u064f", "\u064b", "\u0640", "\u200f", "\u202b", "&amp;", "&#1575;",
     "\u0654", "\u0653", "أ", "x", "_", "1", "\u0651"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_ORTHO_PIECES, max_size=20).map("".join))
def test_orthography_precheck_changes_nothing(text):
    from marsad.text import orthography

    fixes, fixed = orthography.find_fixes(text), orthography.apply_orthography_rules(text)
    orthography._ALEF_BEFORE_ONLY = False
    try:
        assert orthography.find_fixes(text) == fixes
        assert orthography.apply_orthography_rules(text) == fixed
    finally:
        orthography._ALEF_BEFORE_ONLY = True


def test_orthography_precheck_keeps_the_seed_fix():
    from marsad.text.orthography import apply_orthography_rules, find_fixes

    text = "ويريد مزيداُ من الوقت و\u0640مزيدا\u200fُ أيضا"
    assert [(f.before, f.after) for f in find_fixes(text)] == [
        ("مزيداُ", "مزيداً"),
        ("و\u0640مزيدا\u200fُ", "ومزيداً"),  # tatweel and RLM in the raw word, gone from the display
    ]
    assert apply_orthography_rules("مزيداُ") == "مزيداً"
