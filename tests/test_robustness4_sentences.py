"""Third new-user report, finding 17: no sentence longer than ``settings.SENTENCE_MAX_CHARS``."""

from __future__ import annotations

from marsad import settings
from marsad.text.sentences import split_blocks, split_sentences

LIMIT = settings.SENTENCE_MAX_CHARS
WORDS = "الوزير أعلن اليوم أن الحكومة ستواصل العمل على خطة التنمية في المناطق الريفية والحضرية "


def test_limit_value() -> None:
    assert LIMIT == 3000


def test_paragraph_without_punctuation_is_cut_at_white_space() -> None:
    text = (WORDS * 2200).strip()  # 189,000+ characters, no punctuation
    spans = split_sentences(text)
    assert len(text) > 180_000
    assert max(e - s for s, e in spans) <= LIMIT
    assert len(text) == 189_199
    assert len(spans) == 64  # was 1 sentence of 189,199 characters
    assert spans[:2] == [(0, 2992), (2993, 5991)]
    # every cut is at a word boundary: pieces start and end with whole words, nothing lost
    assert all(text[s - 1] == " " for s, _ in spans[1:])
    assert " ".join(text[s:e] for s, e in spans) == text
    # split_blocks (the text stage's entry) gives the same
    assert split_blocks(text, [(0, len(text))]) == [spans]


def test_cut_prefers_semicolon_then_comma() -> None:
    head = WORDS * 25  # 2,150 characters
    text = head + "الأول، " + WORDS * 5 + "الثاني؛ " + WORDS * 30
    spans = split_sentences(text)
    first = text[spans[0][0] : spans[0][1]]
    assert first.endswith("الثاني؛")
    assert max(e - s for s, e in spans) <= LIMIT
    text2 = head + "الأول، " + WORDS * 30
    assert text2[split_sentences(text2)[0][0] : split_sentences(text2)[0][1]].endswith("الأول،")


def test_normal_sentences_untouched() -> None:
    text = "هل وصل الوفد؟ نعم وصل."
    assert split_sentences(text) == [(0, 13), (14, 22)]
    long_but_fine = WORDS * 30 + "."  # 2,580 characters: one sentence under the limit
    assert split_sentences(long_but_fine) == [(0, len(long_but_fine))]


def test_no_word_boundary_cuts_at_the_limit() -> None:
    text = "ا" * (LIMIT * 2 + 10)
    assert split_sentences(text) == [(0, LIMIT), (LIMIT, 2 * LIMIT), (2 * LIMIT, len(text))]
