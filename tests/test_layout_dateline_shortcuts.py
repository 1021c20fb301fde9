"""``dateline._colon_credit_match`` (the colon-credit pattern tried only when its colon can be
reached) gives ``COLON_CREDIT_PATTERN.match``'s match, span and groups, on any text and bounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.layout import dateline

_PIECES = st.sampled_from(
    ["سبق", "- ", "أبها", ":", " ", "  ", "\t", "\u00a0", "الرياض", " - ", "واس", ".", "\n", "«", "x" * 30,
     "قال", "؛", "١٤٣٩", "10:30", "a"]
)
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groupdict() == b.groupdict()


@settings(max_examples=3000, deadline=None)
@given(_TEXTS, st.integers(0, 10), st.integers(0, 10))
def test_colon_credit_match_equals_the_pattern(text, cut_a, cut_b):
    start = min(cut_a, len(text))
    end = max(start, len(text) - cut_b)
    assert _same(dateline._colon_credit_match(text, start, end), dateline.COLON_CREDIT_PATTERN.match(text, start, end))


def test_colon_credit_match_at_the_length_limit():
    for n in range(60, 80):
        for lead, trail in (("", ""), (" ", ""), ("", " "), ("\u00a0\t", "")):
            text = lead + "ب" * n + trail + ": نص"
            assert _same(
                dateline._colon_credit_match(text, 0, len(text)), dateline.COLON_CREDIT_PATTERN.match(text, 0, len(text))
            ), (n, lead, trail)
