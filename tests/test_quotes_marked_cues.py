"""Cue verbs written with harakat (``وأكّد``, ``وشدّدت``, ``وقالَ``) are cues; a damma (the passive
``أُعلن``) is not looked up; on texts without harakat the word-by-word path finds exactly what the
trie regex finds (fourth helper report of the night session: cue words with a shadda were not
found at all)."""

import pytest

import marsad
from marsad.quotes.cues import _CUE_WORD_RE, _cue_at, _iter_marked_cues, iter_cues


def _quotes(sentence: str):
    a = marsad.parse("عنوان الخبر\n\n" + sentence + "\n")
    return [(q.kind, q.speaker, q.cue_text, a.text[q.start : q.end]) for q in a.quotes]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وأكّد الوزير أن الاتفاق سيوقع قريبا.", [("indirect", "الوزير", "وأكّد", "أن الاتفاق سيوقع قريبا")]),
        ("وشدّد الرئيس على ضرورة الحوار.", [("indirect", "الرئيس", "وشدّد", "على ضرورة الحوار")]),
        ("وأكَّدَت الوزيرة أن الوضع صعب.", [("indirect", "الوزيرة", "وأكَّدَت", "أن الوضع صعب")]),
        ("وأشارَ الوزير إلى أن الوضع صعب.", [("indirect", "الوزير", "وأشارَ", "أن الوضع صعب")]),
        ("وأُعلن أن الاتفاق سيوقع.", []),
    ],
)
def test_cue_verbs_with_harakat(sentence, expected):
    assert _quotes(sentence) == expected


def test_word_path_equals_trie_path_without_harakat(seed_text):
    text = seed_text + "\nوأشار إلى أن الوفد وصل، مؤكداً أن المحادثات ستستمر، وفقا لمصادر مطلعة.\n"
    fast = [c for m in _CUE_WORD_RE.finditer(text) if (c := _cue_at(text, m)) is not None]
    assert len(fast) > 10
    assert list(_iter_marked_cues(text, 0, len(text))) == fast
    assert list(iter_cues(text)) == fast


def test_passives_and_longer_words_are_no_cues():
    for text in ("اعتُبر أن القرار خاطئ", "وُصف بأنه خطير", "وعدّل الوزير القانون", "وأعلنّا أن"):
        assert [c.form for c in iter_cues(text)] == [], text
    assert [c.form for c in iter_cues("وقالَ الوزير ويقولُ الناس")] == ["قالَ", "يقولُ"]
