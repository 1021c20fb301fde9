"""Time findings 4–9 of the eighth new-user report (2026-11-30): dashed Hijri dates, ordinal days,
``الليلة الماضية``, hour-only times with ``ظهرا/عصرا/ليلا/فجرا``, bracketed and ambiguous zone places,
future publication dates. Each test holds the right value, worked out by hand (Umm al-Qura via
``hijridate`` for the Hijri ones; the IANA tz database for the offsets)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
from marsad import settings as marsad_settings
from marsad.model import Article, Published
from marsad.time import parse_datetime
from marsad.time.expressions import find_time_expressions
from marsad.time.months import ORDINAL_DAYS, ORDINAL_HOURS
from marsad.time.publication import _check_plausible
from marsad.time.zones import AMBIGUOUS_PLACES, PLACE_ZONES, zone_from_context

REF = date(2024, 4, 20)  # a Saturday; 11 Shawwal 1445 by Umm al-Qura


def _exprs(text: str, ref: date | None = REF) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_time_expressions(text, ref)]


# --- finding 4: a year only plausible as Hijri, in every separator form ---------------------------
@pytest.mark.parametrize("s", ["1445-10-11", "1445/10/11", "1445.10.11", "11-10-1445", "11/10/1445"])
def test_hijri_year_is_hijri_in_every_separator_form(s):
    v = parse_datetime(s)
    assert v.local == "2024-04-20"
    assert v.calendar == "hijri"
    assert v.confidence <= marsad_settings.HIJRI_INFERRED_CONFIDENCE
    assert any("read as Hijri" in w for w in v.warnings)


def test_dashed_hijri_with_a_time_and_offset():
    v = parse_datetime("1445-10-11T10:00:00+03:00")
    assert (v.local, v.utc, v.calendar) == ("2024-04-20T10:00:00+03:00", "2024-04-20T07:00:00+00:00", "hijri")
    assert v.confidence == marsad_settings.HIJRI_INFERRED_CONFIDENCE


def test_dashed_hijri_day_30_of_a_29_day_month_is_the_next_day():
    # Ramadan 1445 has 29 days by Umm al-Qura (2024-03-11 .. 2024-04-08): day 30 is 1 Shawwal
    v = parse_datetime("1445-09-30")
    assert v.local == "2024-04-09"
    assert v.calendar == "hijri"


def test_gregorian_iso_dates_are_unchanged():
    v = parse_datetime("2024-04-20")
    assert (v.local, v.calendar, v.confidence, v.warnings) == ("2024-04-20", "gregorian", 1.0, [])
    assert parse_datetime("1299-05-01").calendar == "gregorian"  # below HIJRI_YEAR_MIN


def test_json_date_field_with_a_dashed_hijri_date():
    rec = {"title": "خبر خامس عن الاقتصاد", "content": "نص الخبر الخامس هنا.", "date": "1445-10-11"}
    a = marsad.parse(json.dumps(rec, ensure_ascii=False), fmt="json")
    assert a.published.value.local == "2024-04-20"
    assert a.published.value.calendar == "hijri"
    assert a.published.value.confidence == marsad_settings.HIJRI_INFERRED_CONFIDENCE


def test_dashed_hijri_date_in_prose():
    assert _exprs("صدر القرار بتاريخ 1445-10-11 في الرياض") == [("1445-10-11", "2024-04-20")]


# --- finding 5: ordinal days of the month ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("واختفت الطائرة في الثامن من آذار/مارس 2014", ("الثامن من آذار/مارس 2014", "2014-03-08")),
        ("في الأول من مايو 2024", ("الأول من مايو 2024", "2024-05-01")),
        ("الثاني من يونيو", ("الثاني من يونيو", "2024-06-02")),
        ("في الخامس عشر من أبريل", ("الخامس عشر من أبريل", "2024-04-15")),
        ("في الحادي والعشرين من شهر مارس", ("الحادي والعشرين من شهر مارس", "2024-03-21")),
        ("في الحادي والثلاثين من ديسمبر 2023", ("الحادي والثلاثين من ديسمبر 2023", "2023-12-31")),
        ("حتى الثلاثين من سبتمبر", ("الثلاثين من سبتمبر", "2024-09-30")),
        ("في العشرين من كانون الثاني/يناير", ("العشرين من كانون الثاني/يناير", "2024-01-20")),
        ("في الحادية عشرة من يونيو", ("الحادية عشرة من يونيو", "2024-06-11")),  # feminine
        ("في ثامن من مارس 2014", ("ثامن من مارس 2014", "2014-03-08")),  # without ال
        ("في أول مايو", ("أول مايو", "2024-05-01")),
        ("في الرابع من أكتوبر الماضي", ("الرابع من أكتوبر", "2023-10-04")),  # direction word
        ("في العاشر من رمضان", ("العاشر من رمضان", "2024-03-20")),  # Hijri: 10 Ramadan 1445
        ("في العاشر من المحرم", ("العاشر من المحرم", "2024-07-16")),  # 10 Muharram 1446 (Ashura)
        ("في 15 من الشهر الجاري", ("15 من الشهر الجاري", "2024-04-15")),
        ("في الخامس عشر من الشهر الماضي", ("الخامس عشر من الشهر الماضي", "2024-03-15")),
        ("في الثالث من الشهر المقبل", ("الثالث من الشهر المقبل", "2024-05-03")),
        ("في 3 من هذا الشهر", ("3 من هذا الشهر", "2024-04-03")),
        ("ما بين الخامس إلى التاسع والعشرين من أبريل/ نيسان الجاري", ("التاسع والعشرين من أبريل/ نيسان", "2024-04-29")),
        # ANT v2.1: a bracket, a proclitic, a coordinated ordinal (only the last gets its month)
        ("قبل انتخابات (السادس من مايو)", ("السادس من مايو", "2024-05-06")),
        ("قبل انتخابات (الحادي عشر من مايو)", ("الحادي عشر من مايو", "2024-05-11")),
        ("في والحادي عشر من مايو", ("الحادي عشر من مايو", "2024-05-11")),
        ("في سوريا بالثامن من فبراير/شباط الجاري", ("الثامن من فبراير/شباط", "2024-02-08")),
        ("يومي السادس والسابع من أغسطس آب الجاري", ("السابع من أغسطس", "2024-08-07")),
    ],
)
def test_ordinal_days(text, want):
    assert _exprs(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "في الأسبوع الأول من مايو",  # a week, not the first of May
        "في النصف الثاني من يونيو",  # a half
        "زار مدينة العاشر من رمضان",  # a city in Egypt
        "الرئيس الثاني من اليمين",  # no month
    ],
)
def test_ordinals_that_are_no_day(text):
    assert all(len(v or "") != 10 for _, v in _exprs(text))


def test_ordinal_month_names_are_not_days():
    # 'كانون الثاني' / 'تشرين الأول' are month names, not 'the second of ...'
    assert _exprs("في كانون الثاني من عام 2014") == [("كانون الثاني من عام 2014", "2014-01")]
    assert _exprs("في تشرين الأول من العام الماضي") != [("الأول من العام الماضي", None)]


def test_ordinal_table_covers_1_to_31_in_both_genders_with_and_without_article():
    assert sorted(set(ORDINAL_DAYS.values())) == list(range(1, 32))
    for key, n in [("الثامن", 8), ("ثامن", 8), ("الثامنه", 8), ("الحادي عشر", 11), ("الحاديه عشره", 11),
                   ("الثاني عشر", 12), ("التاسع عشر", 19), ("العشرين", 20), ("الحادي والعشرين", 21),
                   ("حادي وعشرين", 21), ("الثاني والعشرون", 22), ("الثلاثين", 30), ("الحادي والثلاثين", 31)]:
        assert ORDINAL_DAYS[key] == n, key
    assert "الثاني والثلاثين" not in ORDINAL_DAYS  # no 32nd day
    assert sorted(ORDINAL_HOURS.values()) == list(range(1, 13))


def test_ordinal_day_without_reference_day_is_flagged():
    out = find_time_expressions("في الثامن من مارس", None)
    assert [(t.text, t.value) for t in out] == [("الثامن من مارس", None)]
    assert out[0].warning


# --- finding 6: last night and its relatives --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وقع الانفجار الليلة الماضية", ("الليلة الماضية", "2024-04-19TNI")),
        ("منتصف الليلة الماضية", ("منتصف الليلة الماضية", "2024-04-19TNI")),
        ("الليلة الفائتة", ("الليلة الفائتة", "2024-04-19TNI")),
        ("الليلة قبل الماضية", ("الليلة قبل الماضية", "2024-04-18TNI")),
        ("ليلة أمس", ("ليلة أمس", "2024-04-19TNI")),
        ("ليلة البارحة", ("ليلة البارحة", "2024-04-19TNI")),
        ("مساء البارحة", ("مساء البارحة", "2024-04-19TEV")),
        ("مساء أمس", ("مساء أمس", "2024-04-19TEV")),
        ("فجر اليوم", ("فجر اليوم", "2024-04-20TMO")),
        ("صباح الغد", ("صباح الغد", "2024-04-21TMO")),
        ("الليلة", ("الليلة", "2024-04-20TNI")),
        ("الليلة المقبلة", ("الليلة المقبلة", "2024-04-20TNI")),
        ("البارحة", ("البارحة", "2024-04-19")),
    ],
)
def test_night_and_parts_of_day(text, want):
    assert _exprs(text) == [want]


# --- finding 7: an hour without minutes with a 12-hour marker ---------------------------------
@pytest.mark.parametrize(
    ("s", "local"),
    [
        ("12 يونيو 2024 الساعة 3 عصرا", "2024-06-12T15:00:00"),
        ("12 يونيو 2024 الساعة 12 ظهراً", "2024-06-12T12:00:00"),
        ("12 يونيو 2024 الساعة 1 ظهرا", "2024-06-12T13:00:00"),
        ("12 يونيو 2024 الساعة 2 ظهرا", "2024-06-12T14:00:00"),
        ("12 يونيو 2024 الساعة 11 ليلا", "2024-06-12T23:00:00"),
        ("12 يونيو 2024 الساعة 4 فجرا", "2024-06-12T04:00:00"),
        ("12 يونيو 2024 الساعة 9 مساءً", "2024-06-12T21:00:00"),
        ("12 يونيو 2024 الساعة 7 صباحاً", "2024-06-12T07:00:00"),
        ("12 يونيو 2024 الساعة 3 م.", "2024-06-12T15:00:00"),  # a full stop after the marker
        ("12 June 2024 3 p.m.", "2024-06-12T15:00:00"),
        ("12 June 2024 3 a.m", "2024-06-12T03:00:00"),
        ("الساعة العاشرة صباحا 21 نيسان 2024", "2024-04-21T10:00:00"),
        ("الساعة الثالثة والنصف عصرا 21 نيسان 2024", "2024-04-21T15:30:00"),
        ("الساعة الواحدة ظهرا 21 نيسان 2024", "2024-04-21T13:00:00"),
        ("الساعة الحادية عشرة ليلا 21 نيسان 2024", "2024-04-21T23:00:00"),
    ],
)
def test_hour_only_times(s, local):
    v = parse_datetime(s)
    assert (v.local, v.precision, v.confidence) == (local, "minute", 1.0)


def test_hour_only_time_with_a_zone_gives_the_instant():
    v = parse_datetime("غزة - 15 يوليو 2024 الساعة 2 ظهرا بتوقيت غزة")
    assert (v.local, v.utc, v.tz) == ("2024-07-15T14:00:00+03:00", "2024-07-15T11:00:00+00:00", "Asia/Gaza")
    v = parse_datetime("12 يونيو 2024 الساعة 3 عصرا بتوقيت القاهرة")
    assert (v.local, v.utc) == ("2024-06-12T15:00:00+03:00", "2024-06-12T12:00:00+00:00")


def test_hour_only_header_of_an_article():
    text = "غزة - 15 يوليو 2024 الساعة 2 ظهرا بتوقيت غزة\n\nقصف على القطاع\n\nقال شهود إن القصف استمر ساعات.\n"
    a = marsad.parse(text, fmt="text")
    assert a.published.value.utc == "2024-07-15T11:00:00+00:00"


def test_a_year_mark_is_not_an_hour():
    v = parse_datetime("11 أغسطس 2015 م")
    assert (v.local, v.precision) == ("2015-08-11", "day")


# --- finding 8: zone places in brackets, ambiguous places -----------------------------------
@pytest.mark.parametrize(
    "s",
    ["2024/4/20 - 10:05 (مكة المكرمة)", "آخر تحديث: 20/4/2024 10:05 (توقيت مكة)", "20/4/2024 10:05 (الرياض)"],
)
def test_bracketed_place_after_a_time_is_its_zone(s):
    v = parse_datetime(s)
    assert (v.local, v.utc, v.tz) == ("2024-04-20T10:05:00+03:00", "2024-04-20T07:05:00+00:00", "Asia/Riyadh")


def test_al_jazeera_update_line():
    v = parse_datetime("آخر تحديث: 2015/8/11 الساعة 13:26 (مكة المكرمة)")
    assert (v.local, v.tz) == ("2015-08-11T13:26:00+03:00", "Asia/Riyadh")


def test_bracketed_place_without_a_time_is_not_a_zone():
    v = parse_datetime("20/4/2024 (الرياض)")
    assert v is None or v.tz is None


@pytest.mark.parametrize(
    ("s", "zones"),
    [
        ("15 تموز 2024 - 14:00 بتوقيت عمان", ("Asia/Amman", "Asia/Muscat")),
        ("15 يوليو 2024 14:00 بتوقيت طرابلس", ("Africa/Tripoli", "Asia/Beirut")),
        ("15 يوليو 2024 14:00 (بتوقيت عُمان)", ("Asia/Amman", "Asia/Muscat")),
    ],
)
def test_ambiguous_zone_place_is_naive_with_a_warning(s, zones):
    v = parse_datetime(s)
    assert v.naive and v.tz is None and v.local == "2024-07-15T14:00:00"
    assert v.confidence == marsad_settings.AMBIGUOUS_ZONE_PLACE_CONFIDENCE
    assert any(zones[0] in w and zones[1] in w for w in v.warnings)


def test_unambiguous_spellings_of_those_places():
    assert parse_datetime("15 يوليو 2024 14:00 بتوقيت طرابلس الغرب").tz == "Africa/Tripoli"
    assert parse_datetime("15 يوليو 2024 14:00 بتوقيت سلطنة عمان").tz == "Asia/Muscat"
    assert parse_datetime("15 يوليو 2024 14:00 بتوقيت الأردن").tz == "Asia/Amman"
    assert not set(AMBIGUOUS_PLACES) & set(PLACE_ZONES)


def test_ambiguous_zone_chosen_from_the_article():
    text = (
        "15 تموز 2024 - 14:00 بتوقيت عمان\n\nالعاهل الأردني يستقبل وفدا\n\n"
        "استقبل العاهل الأردني الملك عبد الله الثاني في عمان اليوم وفدا أوروبيا.\n"
    )
    v = marsad.parse(text, fmt="text").published.value
    assert (v.local, v.utc, v.tz) == ("2024-07-15T14:00:00+03:00", "2024-07-15T11:00:00+00:00", "Asia/Amman")
    assert v.confidence == marsad_settings.ZONE_FROM_CONTEXT_CONFIDENCE
    assert any("read as Asia/Amman" in w for w in v.warnings)


def test_ambiguous_zone_chosen_for_oman_and_libya():
    oman = "15 يوليو 2024 14:00 بتوقيت عمان\n\nافتتاح معرض\n\nافتتح وزير التجارة العماني معرضا في مسقط اليوم.\n"
    assert marsad.parse(oman, fmt="text").published.value.tz == "Asia/Muscat"
    libya = "15 يوليو 2024 14:00 بتوقيت طرابلس\n\nاشتباكات\n\nاندلعت اشتباكات في العاصمة الليبية والمجلس الرئاسي الليبي يدعو للتهدئة.\n"
    v = marsad.parse(libya, fmt="text").published.value
    assert (v.tz, v.utc) == ("Africa/Tripoli", "2024-07-15T12:00:00+00:00")


def test_ambiguous_zone_without_context_warns_the_article():
    text = "15 يوليو 2024 14:00 بتوقيت طرابلس\n\nاجتماع في المدينة\n\nاجتمع المسؤولون في المدينة اليوم.\n"
    a = marsad.parse(text, fmt="text")
    assert a.published.value.naive and a.published.value.confidence < 1.0
    assert "ambiguous-zone" in [p.code for p in a.problems]


def test_both_countries_named_is_no_choice():
    assert zone_from_context("طرابلس", "ليبيا ولبنان") is None
    assert zone_from_context("طرابلس", "قال اللبناني") == ("Asia/Beirut", 1)
    assert zone_from_context("عمان", "في عمان") is None  # the ambiguous word itself is no cue


# --- finding 9: publication dates in the future -----------------------------------------------
def test_future_publication_date_is_kept_and_flagged():
    rec = {"title": "خبر تاسع عن المستقبل", "content": "نص الخبر التاسع.", "date": "2099-01-01T00:00:00Z"}
    a = marsad.parse(json.dumps(rec, ensure_ascii=False), fmt="json")
    v = a.published.value
    assert v.utc == "2099-01-01T00:00:00+00:00"  # kept
    assert v.confidence == marsad_settings.FUTURE_DATE_CONFIDENCE
    assert "future-date" in [p.code for p in a.problems]


def test_future_check_against_a_given_now():
    now = datetime(2024, 4, 20, 12, 0, tzinfo=UTC)

    def check(local: str, utc: str | None) -> float:
        v = parse_datetime(local) if utc is None else parse_datetime(utc)
        a = Article(text=local)
        p = Published(0, len(local), local, v, "date")
        _check_plausible(a, p, now)
        return p.value.confidence

    assert check("2024-04-21T11:00:00+00:00", "2024-04-21T11:00:00Z") == 1.0  # within the tolerance
    assert check("2024-04-21T13:00:00+00:00", "2024-04-21T13:00:00Z") == marsad_settings.FUTURE_DATE_CONFIDENCE
    assert check("2031-05-01", None) == marsad_settings.FUTURE_DATE_CONFIDENCE  # day precision, naive
    assert check("2024-04-20", None) == 1.0


def test_header_in_the_future_is_flagged():
    text = "01-05-2099 10:00 AM بتوقيت الرياض\n\nعنوان الخبر\n\nنص الخبر عن الاقتصاد.\n"
    a = marsad.parse(text, fmt="text")
    assert a.published.value.local == "2099-05-01T10:00:00+03:00"
    assert a.published.value.confidence == marsad_settings.FUTURE_DATE_CONFIDENCE
    assert "future-date" in [p.code for p in a.problems]


def test_implausibly_old_publication_year_is_flagged():
    rec = {"title": "خبر قديم جدا", "content": "نص الخبر.", "date": "0024-04-20"}
    a = marsad.parse(json.dumps(rec, ensure_ascii=False), fmt="json")
    assert a.published.value.local == "0024-04-20"
    assert a.published.value.confidence == marsad_settings.FUTURE_DATE_CONFIDENCE
    assert "implausible-date" in [p.code for p in a.problems]


def test_a_time_expression_may_be_in_the_future():
    assert _exprs("تجرى الانتخابات في الثامن من مايو 2031") == [("الثامن من مايو 2031", "2031-05-08")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("في الساعة الثالثة من فجر اليوم", ("الساعة الثالثة من فجر اليوم", "2024-04-20T03:00")),
        ("الساعة 3 عصر أمس", ("الساعة 3 عصر أمس", "2024-04-19T15:00")),
        ("الساعة 3 مساء اليوم", ("الساعة 3 مساء اليوم", "2024-04-20T15:00")),
        ("الساعة 12 ظهر اليوم", ("الساعة 12 ظهر اليوم", "2024-04-20T12:00")),
        ("الساعة العاشرة والنصف من صباح يوم الاثنين", ("الساعة العاشرة والنصف من صباح يوم الاثنين", "2024-04-15T10:30")),
        ("قبل الساعة 9 من مساء الغد", ("الساعة 9 من مساء الغد", "2024-04-21T21:00")),
        # a weekday and its date are one day (ANT v1.1 JA-localNews-4096): the hour joins the whole
        ("في الساعة الثانية ليلا من يوم الثلاثاء 23 ماي 2017 وقع",
         ("الساعة الثانية ليلا من يوم الثلاثاء 23 ماي 2017", "2017-05-23T02:00")),
    ],
)
def test_hour_only_times_in_prose(text, want):
    assert _exprs(text) == [want]


def test_hour_only_time_without_a_day_is_left_alone():
    assert _exprs("الساعة 11 ليلا") == []


_FRAGMENTS = ["الثامن", "الحادي", "عشر", "والعشرين", "من", "مايو", "آذار/مارس", "الشهر", "الجاري", "هذا",
              "أول", "الأول", "(", "«", "في", "و", "بالثامن", "ضمن", "شهر", "المحرم", "2014", "  ", "\n"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=14))
def test_ordinal_anchors_same_with_and_without_the_compiled_scanner(words):
    import marsad.time.expressions as E
    from marsad.time.numerals import fold_with_map

    f = fold_with_map(" ".join(words))[0]
    found = []
    for literals in (E._LITERALS, None):
        saved = E._LITERALS
        try:
            E._LITERALS = literals
            pos = E._positions(f)
        finally:
            E._LITERALS = saved
        found.append(E._ordinal_starts(f, pos[E._G_ORDINAL_ANCHOR]))
    assert found[0] == found[1]
    if E._LITERALS is None:
        pytest.skip("the compiled scanner is not built here")


def test_plausibility_skips_the_parse_only_for_years_surely_plausible():
    """Without ``now`` the check answers from the year alone for years from PUBLICATION_YEAR_MIN to
    two years before the present (no parse, no clock): the same answer as the full check."""
    from marsad.time import publication as pub_mod

    assert pub_mod._year_of("2017-03-05T10:00:00+03:00") == 2017
    assert pub_mod._year_of("٢٠١٧-03") == -1 and pub_mod._year_of("17") == -1
    assert pub_mod._SURELY_PLAUSIBLE_YEAR_MAX == datetime.now(UTC).year - 2

    def warned(local: str) -> bool:
        v = parse_datetime(local)
        a = Article(text=local)
        _check_plausible(a, Published(0, len(local), local, v, "date"))
        return bool(a.problems)

    assert not warned("2017-03-05T10:00:00+03:00")
    assert not warned(f"{datetime.now(UTC).year - 2}-12-31T23:59:00-12:00")
    assert warned("1750-01-01")  # implausible: before the year range
    assert warned("2099-01-01T00:00:00+00:00")  # future: after it
