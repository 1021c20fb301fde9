"""``split_blocks`` (the text stage's path: one scan per article, blocks without a possible cut
taken whole) gives what ``split_sentences`` gives block by block."""

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
