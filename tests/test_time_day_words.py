"""Time findings of new-user report nu22 (item 12): a day word before a month name (``غرة ذي القعدة
1436هـ`` was the whole month) and a weekday phrase glued before a full date (``اليوم الجمعة 22 جويلية
2016`` lost its day). Hijri values by Umm al-Qura (``hijridate``: 1 Dhu al-Qa'da 1436 = 2015-08-16,
1 Ramadan 1445 = 2024-03-11, 1 Shawwal 1445 = 2024-04-10, 1 Muharram 1446 = 2024-07-07)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.time.expressions import find_time_expressions

REF = date(2024, 4, 20)  # a Saturday; 11 Shawwal 1445


def _exprs(text: str, ref: date | None = REF) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_time_expressions(text, ref)]


# --- غرة: the first day of the month ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("صدر القرار في غرة ذي القعدة 1436هـ بعد اجتماع", ("غرة ذي القعدة 1436هـ", "2015-08-16")),
        ("بدأ الصيام غرة رمضان", ("غرة رمضان", "2024-03-11")),  # nearest to REF
        ("احتفلوا في غرة شهر شوال", ("غرة شهر شوال", "2024-04-10")),
        ("ينتهي العقد في غرّة محرم 1446", ("غرّة محرم 1446", "2024-07-07")),
        ("يعود البرلمان غرة سبتمبر 2024", ("غرة سبتمبر 2024", "2024-09-01")),  # after a definite noun too
        ("وفي غرة يناير المقبل", ("غرة يناير", "2025-01-01")),  # the direction read, not spanned (as after أول)
    ],
)
def test_ghurra_is_the_first_day(text, want):
    assert _exprs(text) == [want]


def test_ghurra_alone_is_no_date():
    # 'على حين غرة' (unawares) and a غرة not before a month name are no time expression
    assert _exprs("هاجموا المعسكر على حين غرة فجر") == []
    assert _exprs("غرة الحصان بيضاء") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 'early in', 'the beginning of': a part of the month, not its first day — the month stays
        ("في مطلع يناير 2016 أعلنت", ("يناير 2016", "2016-01")),
        ("في أوائل ذي القعدة 1436هـ", ("ذي القعدة 1436هـ", "2015-08-16/2015-09-13")),
        ("مع بداية شهر رمضان 1445", ("شهر رمضان 1445", "2024-03-11/2024-04-09")),
        ("في مستهل مارس 2024", ("مارس 2024", "2024-03")),
    ],
)
def test_early_in_the_month_stays_the_month(text, want):
    assert _exprs(text) == [want]


def test_pure_python_path_reads_ghurra(monkeypatch):
    from marsad.time import expressions

    monkeypatch.setattr(expressions, "_LITERALS", None)
    assert _exprs("في غرة ذي القعدة 1436هـ") == [("غرة ذي القعدة 1436هـ", "2015-08-16")]
    assert _exprs("غرة شهر رمضان") == [("غرة شهر رمضان", "2024-03-11")]


# --- a weekday phrase glued before a full date --------------------------------------------------------
def test_today_weekday_before_a_date_keeps_the_day():
    # the report's article 187 (published 2016-07-22, a Friday)
    text = "خلال إشرافه اليوم الجمعة 22 جويلية 2016 على افتتاح"
    out = find_time_expressions(text, date(2016, 7, 22))
    assert [(t.text, t.value, t.warning) for t in out] == [
        ("اليوم الجمعة 22 جويلية 2016", "2016-07-22", None)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("أمس الجمعة، 19 أبريل 2024", ("أمس الجمعة، 19 أبريل 2024", "2024-04-19")),
        ("يوم الأربعاء المقبل 24 أبريل 2024.", ("يوم الأربعاء المقبل 24 أبريل 2024", "2024-04-24")),
        ("غدا الأحد 21 أبريل", ("غدا الأحد 21 أبريل", "2024-04-21")),
        ("الخميس الماضي 18 أبريل", ("الخميس الماضي 18 أبريل", "2024-04-18")),
    ],
)
def test_weekday_phrases_before_a_date_are_one_expression(text, want):
    assert _exprs(text) == [want]


def test_written_date_wins_over_a_phrase_that_disagrees():
    # published Saturday 2024-04-20 but the text says 'today Friday 19 April': the written date is
    # taken, and a warning says that the publication date reads 'today Friday' otherwise
    (t,) = find_time_expressions("اليوم الجمعة 19 أبريل 2024", REF)
    assert (t.text, t.value) == ("اليوم الجمعة 19 أبريل 2024", "2024-04-19")
    assert t.warning == (
        "the weekday الجمعة agrees with the written date 2024-04-19, which is taken; the phrase before "
        "it, read by the publication date, falls on another weekday"
    )
    # the weekday against the written date is still checked
    (t,) = find_time_expressions("اليوم السبت 19 أبريل 2024", REF)
    assert t.value == "2024-04-19"
    assert t.warning == "weekday mismatch: السبت written but 2024-04-19 is a الجمعة (Friday)"


def test_a_far_written_date_note_says_the_weekday_agrees():
    # time24 item 2: a 2016 date in an article of 2019; the weekday agrees, the date is only far
    (t,) = find_time_expressions("اليوم الجمعة 22 جويلية 2016", date(2019, 3, 1))
    assert t.value == "2016-07-22"
    assert t.warning == (
        "the weekday الجمعة agrees with the written date 2016-07-22, which is taken; it is 952 days "
        "before 2019-03-01, the day the phrase before it names by the publication date"
    )
    (t,) = find_time_expressions("الخميس الماضي 11 أبريل 2024", REF)
    assert (t.value, t.warning) == ("2024-04-11", (
        "the weekday الخميس agrees with the written date 2024-04-11, which is taken; it is 7 days "
        "before 2024-04-18, the day the phrase before it names by the publication date"))


def test_part_of_day_phrase_leaves_the_date_whole():
    assert _exprs("مساء اليوم السبت 20 أبريل 2024") == [
        ("مساء اليوم السبت", "2024-04-20TEV"),
        ("20 أبريل 2024", "2024-04-20"),
    ]


def test_a_count_after_a_weekday_is_no_date():
    assert _exprs("الخميس الماضي 12 قتيلا") == [("الخميس الماضي", "2024-04-18")]


def test_without_a_publication_date_the_written_date_is_kept_whole():
    out = find_time_expressions("أعلن اليوم الجمعة 22 جويلية 2016 عن", None)
    assert [(t.text, t.value, t.warning) for t in out] == [("اليوم الجمعة 22 جويلية 2016", "2016-07-22", None)]
    out = find_time_expressions("يوم الأربعاء المقبل 27 جويلية 2016.", None)
    # (without a publication date a weekday is not extended back over 'يوم', as before)
    assert [(t.text, t.value, t.warning) for t in out] == [("الأربعاء المقبل 27 جويلية 2016", "2016-07-27", None)]


def test_a_bare_weekday_guess_gives_no_warning():
    # a bare weekday's day is a guess (the most recent one): the written date just takes over
    assert [(t.text, t.value, t.warning) for t in find_time_expressions("قتل شخصان الأحد 14 أبريل", REF)] == [
        ("الأحد 14 أبريل", "2024-04-14", None)
    ]
    assert [(t.text, t.value, t.warning) for t in find_time_expressions("ابتداء من السبت 4 مايو", REF)] == [
        ("السبت 4 مايو", "2024-05-04", None)
    ]
