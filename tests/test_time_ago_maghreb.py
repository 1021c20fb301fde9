"""Spans counted back from the publication day (``منذ ثلاثة أيام``, ``قبل يومين``) and the Tunisian
past modifiers ``الفارط``/``المنقضي`` (seventh new-user report, findings 8 and 9)."""
from __future__ import annotations

from datetime import date

import pytest

from marsad.time.expressions import find_time_expressions

REF = date(2016, 4, 16)  # a Saturday


def found(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_time_expressions(text, REF)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الأسبوع الفارط", [("الأسبوع الفارط", "2016-W14")]),
        ("الشهر المنقضي", [("الشهر المنقضي", "2016-03")]),
        ("السنة الفارطة", [("السنة الفارطة", "2015")]),
        ("خلال السنة المنقضية", [("السنة المنقضية", "2015")]),
        ("العام الفارط", [("العام الفارط", "2015")]),
        # the Saturday before a Saturday, not the same day (it fell back to the bare weekday)
        ("السبت الفارط", [("السبت الفارط", "2016-04-09")]),
        ("يوم الأحد المنقضي", [("يوم الأحد المنقضي", "2016-04-10")]),
    ],
)
def test_tunisian_past_modifiers(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قبل يومين", [("قبل يومين", "2016-04-14")]),
        ("منذ ثلاثة أيام", [("منذ ثلاثة أيام", "2016-04-13")]),
        ("منذ ٣ أيام", [("منذ ٣ أيام", "2016-04-13")]),
        ("قبل يوم واحد", [("قبل يوم", "2016-04-15")]),
        ("قبل 100 يوم", [("قبل 100 يوم", "2016-01-07")]),
        ("قبل أسبوعين", [("قبل أسبوعين", "2016-W13")]),
        ("منذ أسبوع", [("منذ أسبوع", "2016-W14")]),
        ("منذ شهرين", [("منذ شهرين", "2016-02")]),
        ("قبل ثلاثة أشهر", [("قبل ثلاثة أشهر", "2016-01")]),
        ("قبل 3 سنوات", [("قبل 3 سنوات", "2013")]),
        ("منذ 20 عاما", [("منذ 20 عاما", "1996")]),
        ("منذ عشر سنوات", [("منذ عشر سنوات", "2006")]),
        ("وقبل عام، قال", [("قبل عام", "2015")]),
        ("قبل عامين تقريبا", [("قبل عامين", "2014")]),
    ],
)
def test_spans_counted_back_from_the_publication_day(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قبل يومين من الانتخابات",  # counted from the elections
        "قبل شهرين فقط من موعد الانتخابات",
        "قبل عامين على الأقل من الحرب",
        "منذ أيام",  # vague
        "منذ سنوات طويلة",
        "منذ بضعة أيام",
    ],
)
def test_spans_not_counted_from_the_publication_day_are_not_taken(text: str) -> None:
    assert found(text) == []


def test_a_singular_unit_in_an_idafa_is_not_a_span() -> None:
    # قبل يوم الجمعة: 'before Friday'; منذ عام 2011: the year rule
    assert found("قبل يوم الجمعة") == [("يوم الجمعة", "2016-04-15")]
    assert found("منذ عام 2011") == [("منذ عام 2011", "2011")]


def test_hours_and_minutes_are_found_without_a_value() -> None:
    [t] = find_time_expressions("نشر منذ ساعتين", REF)
    assert (t.text, t.value) == ("منذ ساعتين", None)
    assert t.warning == "2 hours before the publication time: only its day is known here"
    [t] = find_time_expressions("قبل 45 دقيقة", REF)
    assert (t.text, t.value) == ("قبل 45 دقيقة", None)


def test_without_a_reference_day_a_span_has_no_value() -> None:
    [t] = find_time_expressions("قبل يومين", None)
    assert (t.value, t.warning) == (None, "no publication date to resolve against")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a written year after شهر + month: it was placed at the nearest month (2018-09, 2018-01)
        ("في شهر سبتمبر 2015", [("شهر سبتمبر 2015", "2015-09")]),
        ("تم منذ شهر جانفي 2015 غلق", [("شهر جانفي 2015", "2015-01")]),
        ("في شهر يناير من عام 2015", [("شهر يناير من عام 2015", "2015-01")]),
        # the year said by a direction word after the month
        ("منذ شهر سبتمبر العام الماضي", [("منذ شهر سبتمبر العام الماضي", "2017-09")]),
        ("خلال شهر مارس من العام الماضي", [("خلال شهر مارس من العام الماضي", "2017-03")]),
        ("شهر فيفري من السنة المنقضية", [("شهر فيفري من السنة المنقضية", "2017-02")]),
        ("شهر أكتوبر من العام الجاري", [("شهر أكتوبر من العام الجاري", "2018-10")]),
        ("في شهر مارس المقبل", [("في شهر مارس المقبل", "2019-03")]),
    ],
)
def test_shahr_month_takes_the_year_written_or_said_after_it(text: str, expected: list) -> None:
    assert [(t.text, t.value) for t in find_time_expressions(text, date(2018, 5, 1))] == expected
