"""dedup's near-duplicate length window with integer bounds (``ceil(t * n)``, ``floor(n / t)``)
selects the same kept blocks as the float bounds it replaced, for every threshold and length."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from math import ceil, floor

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad import settings as marsad_settings


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.integers(0, 5000), max_size=40).map(sorted),
    st.integers(1, 5000),
    st.sampled_from([marsad_settings.NEAR_DUPLICATE_THRESHOLD, 0.8, 0.75, 0.9, 0.5, 1 / 3, 0.7, 0.85]),
)
def test_integer_length_window_equals_the_float_one(lengths, n, t):
    assert bisect_left(lengths, ceil(t * n)) == bisect_left(lengths, t * n)
    assert bisect_right(lengths, floor(n / t)) == bisect_right(lengths, n / t)
