"""Cue verbs hidden from the cue scans (fmt24, rob23 items 4e/4f): typed with a Persian letter
(``وأکد``, ``یقول``, ``وذکر``) or with a format character between two letters (``وق<RLM>ال``). The cue look-up folds the word as the quotes fold does
(:data:`marsad.text.letters.PERSIAN_LETTER_FOLDS`, format characters deleted); the match spans the
written word (raw offsets)."""

import pytest

import marsad
from marsad.quotes.cues import cue_at, iter_cues


@pytest.mark.parametrize(
    ("text", "span", "lemma"),
    [
        ("وأکد الوزير", (0, 4), "أكد"),
        ("وأکّد الوزير", (0, 5), "أكد"),  # a haraka too
        ("أیمن یقول", (5, 9), "قال"),
        ("وذکر الوزير", (0, 4), "ذكر"),
        ("وق\u200fال الوزير", (0, 5), "قال"),
        ("و\u200fقال الوزير", (0, 5), "قال"),  # the trie's «قال» after the RLM gives way to the whole word
        ("وأك\u00add الوزير".replace("d", "د"), (0, 5), "أكد"),
        ("\u202bوقال\u202c الوزير", (1, 5), "قال"),  # an embedding around the word: as before
    ],
)
def test_hidden_cue_found_on_the_written_word(text, span, lemma):
    (c,) = list(iter_cues(text))
    assert (c.start, c.end, c.cue.lemma) == (*span, lemma)


def test_hidden_cue_at():
    c = cue_at("وأکد الوزير", 0)
    assert (c.start, c.end, c.clitic, c.form) == (0, 4, "و", "أکد")
    c = cue_at("وق\u200fال", 0)
    assert (c.start, c.end, c.cue.lemma) == (0, 5, "قال")


def test_no_cue_from_a_format_char_between_words_or_a_passive():
    assert list(iter_cues("الص\u200fفدي")) == []
    assert list(iter_cues("وأُعلن\u200f")) == []  # a passive stays no cue
    assert [c.form for c in iter_cues("الص\u200fفدي قال")] == ["قال"]


@pytest.mark.parametrize(
    "cue",
    ["وأکد", "وق\u200fال", "وذکر"],
)
def test_pipeline_quote_with_hidden_cue(cue):
    text = f"عنوان\n\n{cue} وزير الخارجية الأردني أيمن الصفدي أن المحادثات مستمرة مع الجانب المصري.\n"
    a = marsad.parse(text)
    assert [q.speaker for q in a.quotes] == ["أيمن الصفدي"]  # before: no quotation
    assert a.text == text
