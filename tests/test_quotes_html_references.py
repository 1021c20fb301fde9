"""A quotation never ends inside an HTML character reference (seventh new-user report, finding 6:
SaudiNewsNet titles such as ``…: الاتفاق مع إيران &quot;لا يمنع الخيار العسكري&quot;`` gave a
headline quote ending in ``&quot``, shown literally by ``display`` and ``export``)."""
from __future__ import annotations

import json

import pytest

import marsad
from marsad.quotes.direct import trim


def headline(title: str) -> tuple[str, str]:
    record = {"title": title, "content": "قال الوزير إن الاتفاق جيد.", "date": "2015-07-21"}
    article = marsad.parse(json.dumps(record, ensure_ascii=False), fmt="json")
    [q] = [q for q in article.quotes if q.kind == "headline"]
    return article.text[q.start : q.end], article.display(q)


@pytest.mark.parametrize(
    ("title", "raw", "shown"),
    [
        (
            "وزير الدفاع الأمريكي: الاتفاق مع إيران &quot;لا يمنع الخيار العسكري&quot;",
            "الاتفاق مع إيران &quot;لا يمنع الخيار العسكري&quot;",
            'الاتفاق مع إيران "لا يمنع الخيار العسكري"',
        ),
        (
            "مسؤول: توزيع &#8220;البفك و الباسكوت&#8221;",
            "توزيع &#8220;البفك و الباسكوت&#8221;",
            "توزيع “البفك و الباسكوت”",
        ),
        # the same title with the marks written: the closing mark is kept as well
        ("مسؤول: توزيع “البفك و الباسكوت”", "توزيع “البفك و الباسكوت”", "توزيع “البفك و الباسكوت”"),
    ],
)
def test_a_headline_quote_keeps_a_closing_reference_whole(title: str, raw: str, shown: str) -> None:
    assert headline(title) == (raw, shown)


def test_trim_drops_a_reference_standing_for_trailing_punctuation() -> None:
    text = "الوضع صعب جدا&#1548;"  # U+060C ARABIC COMMA
    assert text[slice(*trim(text, 0, len(text)))] == "الوضع صعب جدا"
    text = "الوضع صعب جدا&#46;."
    assert text[slice(*trim(text, 0, len(text)))] == "الوضع صعب جدا"


def test_trim_keeps_a_plain_semicolon_trimmed_and_an_unknown_reference_as_is() -> None:
    text = "هذا ممتاز &foo;"  # not an HTML reference: the ';' is punctuation
    assert text[slice(*trim(text, 0, len(text)))] == "هذا ممتاز &foo"
    text = "أ & ب;"
    assert text[slice(*trim(text, 0, len(text)))] == "أ & ب"
