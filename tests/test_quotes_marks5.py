"""Fifth new-user report, finding 11: single guillemets ``‹…›`` (either direction) and the CJK double
prime marks ``〝…〞`` are quotation marks like ``«…»`` and ``“…”``."""

from __future__ import annotations

import pytest

import marsad


@pytest.mark.parametrize("marked", ["‹نحن هنا›", "›نحن هنا‹", "〝نحن هنا〞", "«نحن هنا»", "“نحن هنا”"])
def test_uncommon_marks_quote_like_the_common_ones(marked):
    text = "عنوان الخبر\n\nوقال الوزير أحمد علي: " + marked + " ثم غادر القاعة.\n"
    quotes = marsad.parse(text).quotes
    assert [(q.kind, text[q.start : q.end]) for q in quotes] == [("direct", "نحن هنا")]


def test_single_guillemets_nest_inside_double_ones():
    text = "عنوان\n\nوقال المتحدث: «إن ما يسمى ‹الهدنة› لم يصمد طويلا».\n"
    quotes = marsad.parse(text).quotes
    assert [text[q.start : q.end] for q in quotes] == ["إن ما يسمى ‹الهدنة› لم يصمد طويلا"]
