"""``parse_credit`` keeps its results by the credit's text and the character on each side; a result
from the cache equals a fresh parse at the new offsets, whatever surrounds the span."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.layout import dateline
from marsad.layout.dateline import _parse_credit, parse_credit

_CREDITS = [
    "العربية.نت",
    "دبي - العربية.نت",
    "القاهرة - أحمد الريدي",
    "دبي ـ العربية.نت",
    "لندن: «الشرق الأوسط»",
    "«الاقتصادية» من الرياض",
    "عادل الخنين من الرياض",
    "بقلم: سارة محمد",
    "الرياض ١٤٣٩/٦/٢٧هـ",
    "لندن 15 مارس 2018 10:30 GMT - رويترز",
    "واشنطن (CNN)",
    "| Tuesday, 11 August 2015 - 16:10 pm",
    "ريو دي جانيرو - د ب أ",
    "سبق- أبها",
    "-",
    "",
    "  ",
    "#وسم",
]
_SIDES = ["", " ", "\n", "«", "»", "(", ")", '"', "“", "”", "x", "الرياض "]


def _fresh(text: str, start: int, end: int):
    return _parse_credit(text, start, end)


def test_cached_credit_equals_a_fresh_parse_at_any_offset():
    dateline._CREDIT_CACHE.clear()
    for credit, before, after in itertools.product(_CREDITS, _SIDES, _SIDES):
        for pad in ("", "نص طويل قبل الحقل\n"):
            text = pad + before + credit + after
            start = len(pad) + len(before)
            end = start + len(credit)
            for _ in range(2):  # the second call comes from the cache
                assert parse_credit(text, start, end) == _fresh(text, start, end), (before, credit, after)


def test_a_cached_result_is_a_new_object_each_time():
    dateline._CREDIT_CACHE.clear()
    text = "دبي - العربية.نت"
    first = parse_credit(text, 0, len(text))
    first.parts[0].cls = "other"
    first.dateline.start = 99
    second = parse_credit(text, 0, len(text))
    assert second == _fresh(text, 0, len(text))
    assert second.parts[0].cls == "place" and second.dateline.start == 0
    assert second.parts[0] is not parse_credit(text, 0, len(text)).parts[0]


def test_odd_offsets_are_parsed_without_the_cache():
    text = "دبي - العربية.نت"
    for start, end in ((0, 99), (-3, 5), (5, 2)):
        assert parse_credit(text, start, end) == _fresh(text, start, end)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="دبي لندن الرياض - – : ، / « » ( ) \" واس رويترز 15 مارس ١٤٣٩ هـ من بقلم |", max_size=40),
    st.integers(0, 6),
    st.integers(0, 6),
)
def test_generated_credits_equal_a_fresh_parse(text, cut_a, cut_b):
    start = min(cut_a, len(text))
    end = max(start, len(text) - cut_b)
    for _ in range(2):
        assert parse_credit(text, start, end) == _fresh(text, start, end)
