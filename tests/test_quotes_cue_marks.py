"""Cue verbs stretched by a tatweel or written with the participle's damma (fourth new-user report #6)."""

from __future__ import annotations

import marsad
from marsad.quotes.cues import cue_at, iter_cues


def _forms(text: str) -> list[tuple[str, int]]:
    return [(c.form, c.start) for c in iter_cues(text)]


def test_a_tatweel_inside_a_cue_verb_is_seen_through():
    assert _forms("وقـــال الوزير إن الوضع صعب.") == [("قـــال", 0)]
    assert _forms("وأضـــافـــت أن") == [("أضـــافـــت", 0)]
    # a tatweel joining a number (الـ20) is no word of its own; the other cues keep their order
    assert _forms("في الـ20 من الشهر وأكـــد الوزير أن الوضع صعب وقال إن.") == [("أكـــد", 18), ("قال", 46)]
    assert cue_at("وقـــال الوزير", 0).cue.lemma == "قال"
    # a stretched word that is no cue stays none
    assert _forms("جميـــلا وقال") == [("قال", 9)]


def test_the_participle_prefix_mu_with_its_damma_is_no_passive():
    assert [f for f, _ in _forms("وقال الوزير إن الوضع صعب، مُضِيفًا أن الحل قريب.")] == ["قال", "مُضِيفًا"]
    assert cue_at("ومُؤكداً أن", 0).cue.participle
    assert _forms("وأُعلن أن الاجتماع انتهى.") == []  # a damma inside the verb: still the passive


def test_quotes_found_through_tatweel_in_an_article():
    art = marsad.parse("عنوان\n\nوقـــال الوزير أحمد حسن إن الوضع صعب جدا.\n\nوأضـــاف أن الحل قريب.")
    got = [(q.kind, q.speaker, q.cue_text, art.text[q.start : q.end]) for q in art.quotes]
    assert got == [
        ("indirect", "أحمد حسن", "وقـــال", "إن الوضع صعب جدا"),
        ("indirect", "أحمد حسن", "وأضـــاف", "أن الحل قريب"),
    ]


def test_a_scan_starting_inside_a_long_stretched_word_reads_it_once():
    text = "كلمـــة" * 20000 + " وقـــال الوزير إن الوضع صعب."
    # segments that start inside the 140,000-character run (as sentence pieces do) find no cue in it
    assert _forms_in(text, 5, 3005) == []
    assert _forms_in(text, 3001, 6001) == []
    assert _forms_in(text, 0, len(text)) == [("قـــال", 140001)]


def _forms_in(text: str, start: int, end: int) -> list[tuple[str, int]]:
    return [(c.form, c.start) for c in iter_cues(text, start, end)]
