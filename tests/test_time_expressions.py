"""Time expressions inside text: TIMEX3 values resolved against the publication day."""

from __future__ import annotations

from datetime import date

from marsad.time.expressions import find_time_expressions

SAT = date(2024, 4, 20)  # the seed's publication day, a Saturday


def values(text, ref=SAT):
    return [(t.text, t.value) for t in find_time_expressions(text, ref)]


def test_seed_weekday_contradiction_is_flagged_not_resolved():
    (t,) = find_time_expressions("شدد وزير الخارجية الروسي سيرغي لافروف، اليوم الاثنين، على ضرورة", SAT)
    assert (t.text, t.value) == ("اليوم الاثنين", None)
    assert "weekday mismatch" in t.warning and "2024-04-20" in t.warning


def test_relative_days():
    assert values("قال اليوم") == [("اليوم", "2024-04-20")]
    assert values("وصل أمس") == [("أمس", "2024-04-19")]
    assert values("وصل أمس الأول") == [("أمس الأول", "2024-04-18")]
    assert values("يصل غدا") == [("غدا", "2024-04-21")]
    assert values("وقع مساء أمس") == [("مساء أمس", "2024-04-19TEV")]
    assert values("قصف فجر اليوم") == [("فجر اليوم", "2024-04-20TMO")]


def test_today_as_a_noun_is_not_today():
    assert values("احتفل العالم باليوم العالمي للمرأة") == []
    assert values("ذكرت صحيفة عين اليوم أن") == []
    assert values("في اليوم التالي للهجوم") == []


def test_weekdays_and_units():
    assert values("الاثنين الماضي") == [("الاثنين الماضي", "2024-04-15")]
    assert values("الخميس المقبل") == [("الخميس المقبل", "2024-04-25")]
    assert values("الأسبوع الماضي") == [("الأسبوع الماضي", "2024-W15")]
    assert values("الشهر المقبل") == [("الشهر المقبل", "2024-05")]
    assert values("العام الماضي") == [("العام الماضي", "2023")]
    assert values("وقال الأمين العام الماضي") == []


def test_month_and_year_rollover():
    dec = date(2023, 12, 30)
    assert values("الشهر المقبل", dec) == [("الشهر المقبل", "2024-01")]
    assert values("الأسبوع المقبل", dec) == [("الأسبوع المقبل", "2024-W01")]
    assert values("العام المقبل", dec) == [("العام المقبل", "2024")]
    assert values("في 12 كانون الثاني/يناير", dec) == [("12 كانون الثاني/يناير", "2024-01-12")]


def test_explicit_dates_and_years():
    assert values("منذ عام 2011") == [("منذ عام 2011", "2011")]
    assert values("في 12 كانون الثاني/يناير") == [("12 كانون الثاني/يناير", "2024-01-12")]
    assert values("في تموز/يوليو 2016") == [("تموز/يوليو 2016", "2016-07")]


def test_hijri_month_year_from_context():
    assert values("خلال شهر رمضان") == [("خلال شهر رمضان", "2024-03-11/2024-04-09")]
    assert values("خلال شهر رمضان", date(2015, 8, 10)) == [("خلال شهر رمضان", "2015-06-18/2015-07-16")]


def test_weekday_before_a_written_date_is_one_expression_and_checked():
    (t,) = find_time_expressions("الأربعاء 18 جانفي 2017", date(2017, 1, 20))
    assert (t.text, t.value, t.warning) == ("الأربعاء 18 جانفي 2017", "2017-01-18", None)
    (t,) = find_time_expressions("يوم الخميس، 18 جانفي 2017", date(2017, 1, 20))
    assert t.value == "2017-01-18" and "weekday mismatch" in t.warning


def test_offsets_point_into_the_raw_text_despite_marks():
    text = "و\u200fقال غداً\u200f إن اجتماع مساء أمس انتهى، وفي ٢٦ شوالـ ١٤٣٦ هـ"
    got = find_time_expressions(text, SAT, base=100)
    for t in got:
        assert text[t.start - 100 : t.end - 100] == t.text
    assert [t.value for t in got] == ["2024-04-21", "2024-04-19TEV", "2015-08-11"]
    assert got[-1].text == "٢٦ شوالـ ١٤٣٦ هـ"


def test_clock_time_before_a_day_is_one_time_expression():
    ref = date(2015, 8, 11)
    assert values("في تمام ١١:٠٧ صباح اليوم", ref) == [("١١:٠٧ صباح اليوم", "2015-08-11T11:07")]
    assert values("16:49 من مساء أمس", ref) == [("16:49 من مساء أمس", "2015-08-10T16:49")]
    assert values("الساعة 8:05 مساء اليوم", ref) == [("8:05 مساء اليوم", "2015-08-11T20:05")]
    assert values("النتيجة 2:1 اليوم", ref) == [("اليوم", "2015-08-11")]  # not a clock time


def test_without_a_reference_relative_values_are_none_with_a_reason():
    got = find_time_expressions("قال أمس إن اتفاق 12 مارس 2024 صامد", None)
    assert [(t.text, t.value) for t in got] == [("أمس", None), ("12 مارس 2024", "2024-03-12")]
    assert got[0].warning


def test_empty_and_odd_input():
    assert find_time_expressions("", SAT) == []
    assert find_time_expressions("9999 99 //// ::: 12 13", SAT) == []


try:
    from hypothesis import given
    from hypothesis import settings as hsettings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is a dev dependency
    given = None

if given is not None:
    _WORDS = st.sampled_from(
        ["اليوم", "أمس", "الأول", "غداً", "الاثنين", "الماضي", "المقبل", "الأسبوع", "الشهر", "العام", "عام",
         "منذ", "شهر", "رمضان", "شوال", "في", "خلال", "مساء", "فجر", "يوم", "12", "٢٠٢٤", "2011", "1436", "هـ",
         "كانون", "الثاني", "/يناير", "تموز/يوليو", "مارس", "/", "-", "،", " ", "\u200f", "ً", "ـ", "20/4/2024"]
    )

    @hsettings(max_examples=300, deadline=None)
    @given(st.lists(_WORDS, max_size=30).map(" ".join), st.sampled_from([None, SAT, date(2015, 8, 10)]))
    def test_scanner_never_raises_and_spans_are_exact(text, ref):
        for t in find_time_expressions(text, ref):
            assert text[t.start : t.end] == t.text and t.start < t.end


def test_per_day_after_a_count_is_a_rate_not_a_date():
    """``في اليوم`` / ``باليوم`` / ``في الليلة`` after a count and the thing counted, or after a rate
    noun (``مرة``, ``ساعات``), means "per day / per night" (a frequency): no date (first-user
    finding: ``40 سيجارة في اليوم`` was resolved as the publication day)."""
    assert values("الطفل الذي كان يدخن 40 سيجارة في اليوم") == []
    assert values("ويشرب الآن ثلاثة لترات من الماء في اليوم.") == []
    assert values("يتناول الدواء مرتين في اليوم") == []
    assert values("ثلاث مرات باليوم") == []
    assert values("يعمل 12 ساعة في اليوم") == []
    assert values("ينام ثماني ساعات في الليلة") == []
    assert values("مرة في الأسبوع ومرتين في الشهر ومرة في العام") == []
    assert values("يصدر التقرير سنويا ويراجع شهريا") == []


def test_today_after_a_count_without_fi_is_still_today():
    assert values("أعلن 3 وزراء اليوم") == [("اليوم", "2024-04-20")]
    assert values("وقتل 5 أشخاص في قصف اليوم") == [("اليوم", "2024-04-20")]
    assert values("قتل 40 شخصا. وفي اليوم نفسه") == []
    assert values("قال الوزير في اليوم") == [("اليوم", "2024-04-20")]
    assert values("التقى 3 وزراء الليلة") == [("الليلة", "2024-04-20TNI")]


# --- a bare weekday after the publication day (fresh new-user report nu18, 2026-11-30) -------------
MON = date(2018, 5, 28)  # a Monday


def test_weekday_in_parentheses_after_tomorrow_is_that_day():
    assert values("قال إن الوفد سيصل يوم غد (الثلاثاء) إلى الخرطوم", MON) == [("يوم غد (الثلاثاء)", "2018-05-29")]
    assert values("الوضع الذي ساد أمس (الأحد) تغير", MON) == [("أمس (الأحد)", "2018-05-27")]
    # a mismatching weekday in parentheses is flagged, as after a comma
    (t,) = find_time_expressions("يوم غد (الأربعاء)", MON)
    assert t.value is None and "weekday" in (t.warning or "")


def test_bare_weekday_of_the_next_day_is_the_coming_one():
    # a match, a meeting, a session: scheduled for the day after publication
    assert values("ويلتقي المنتخبان يوم الثلاثاء في الجولة الثانية", MON) == [("يوم الثلاثاء", "2018-05-29")]
    assert values("من المتوقع إعلان النتائج الثلاثاء", MON) == [("الثلاثاء", "2018-05-29")]
    # ... unless the sentence reports it in the past
    assert values("وجرى الاقتراع مساء الثلاثاء في جميع المراكز", MON) == [("مساء الثلاثاء", "2018-05-22TEV")]
    assert values("ودخلت العقوبات حيز التنفيذ الثلاثاء", MON) == [("الثلاثاء", "2018-05-22")]
    assert values("وقال العبادي، يوم الثلاثاء، إن التحقيق بدأ", MON) == [("يوم الثلاثاء", "2018-05-22")]
    assert values("وكانت الشرطة قد وجهت، الثلاثاء، اتهامات", MON) == [("الثلاثاء", "2018-05-22")]


def test_bare_weekday_with_a_future_verb_is_the_coming_one():
    assert values("وسيعقد البرلمان، الجمعة، جلسة استثنائية", MON) == [("الجمعة", "2018-06-01")]
    assert values("وقالت الشرطة إن المتهم سيمثل أمام المحكمة يوم الخميس", MON) == [("يوم الخميس", "2018-05-31")]
    assert values("على أن يبدأ سريان الرسوم، وفق الموعد، الأربعاء", MON) == [("الأربعاء", "2018-05-30")]
    # without one, the most recent (wire copy reports the past), also after an imperfect further back
    assert values("وتوفيت الجمعة", MON) == [("الجمعة", "2018-05-25")]
    assert values("ويأتي ذلك بعد إعلان الحكومة الجمعة", MON) == [("الجمعة", "2018-05-25")]
    # words of that shape that are no future verb
    assert values("انفجار سيارة في المدينة الجمعة", MON) == [("الجمعة", "2018-05-25")]
    assert values("وهبطت الليرة 1.5% أمام الدولار الجمعة", MON) == [("الجمعة", "2018-05-25")]
    # a quotation's future is not the report's: the statement was made on Wednesday
    assert values('وقال إن "الهدوء سيقابل بالهدوء"، الأربعاء', MON) == [("الأربعاء", "2018-05-23")]
