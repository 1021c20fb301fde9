"""A bare weekday's direction from the tense of the verb that governs it (time24, rob23 item 12).

Reference: Thursday 2018-08-09. Each weekday is 1–6 days behind it, so it names either the most
recent one (``P``) or the coming one (``F``): الأربعاء 08-08/08-15, الثلاثاء 08-07/08-14,
الاثنين 08-06/08-13, الأحد 08-05/08-12, السبت 08-04/08-11, الجمعة 08-03/08-10.
Sentences written for these tests (not from a corpus)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.time.expressions import find_time_expressions

REF = date(2018, 8, 9)  # a Thursday


def _values(text: str) -> list[str | None]:
    return [t.value for t in find_time_expressions(text, REF)]


@pytest.mark.parametrize(
    "text, want",
    [
        # the coming one: an imperfect in a verb's place, the future prefix, سوف, لن, المقبلة
        ("يلتقي الوزير الأربعاء نظيره الفرنسي", ["2018-08-15"]),
        ("ويلتقي المنتخبان الأربعاء في الجولة الثانية", ["2018-08-15"]),
        ("سيلتقي الوزير الأربعاء نظيره", ["2018-08-15"]),
        ("وسوف تعقد اللجنة اجتماعها الاثنين", ["2018-08-13"]),
        ("ويلعب الفريق مباراته المقبلة الاثنين", ["2018-08-13"]),
        ("ويحل الفريق ضيفا على الأهلي الثلاثاء", ["2018-08-14"]),
        ("المعسكر الذي ينطلق الأحد في القاهرة", ["2018-08-12"]),
        ("والمعسكر والذي ينطلق الأحد في القاهرة", ["2018-08-12"]),
        ("عندما يلتقيان في الجولة الثانية الثلاثاء", ["2018-08-14"]),
        ("ويتوجه الرئيس إلى باريس الأحد", ["2018-08-12"]),
        ("لن يشارك اللاعب في مباراة الأربعاء", ["2018-08-15"]),
        ("في حال خسرت السعودية الأربعاء", ["2018-08-15"]),
        ("وسيقود زهير بخيت سحب القرعة يوم الجمعة", ["2018-08-10"]),
        # the past: a perfect (a past word, a feminine perfect in a verb's place, قد + perfect),
        # an imperfect after لم or كان, the subjunctive after قبل أن
        ("التقى الوزير الأربعاء نظيره الفرنسي", ["2018-08-08"]),
        ("وقال الوزير الأربعاء إن المحادثات مستمرة", ["2018-08-08"]),
        ("لم يحضر اللاعب التدريبات الثلاثاء", ["2018-08-07"]),
        ("كان يتدرب مع الفريق الأحد", ["2018-08-05"]),
        ("روت فيها كيف تعرضت الاثنين لاعتداء", ["2018-08-06"]),
        ("وفرضت السلطات حظر التجول السبت", ["2018-08-04"]),
        ("وكان الجسر الذي يزن 861 طنا قد أقيم السبت", ["2018-08-04"]),
        ("قبل أن ينهي عقده بالتراضي الأحد", ["2018-08-05"]),
        # a past plan: كان before a scheduling word says no direction (the default then)
        ("كانت مقررة الأربعاء وتأجلت", ["2018-08-08"]),
        ("كان من المقرر أن تقام المباراة الاثنين", ["2018-08-06"]),
        ("المباراة التي كان مقررا لها الجمعة", ["2018-08-10"]),
        # words that look like an imperfect but are none, or govern a clause of their own
        ("ويأتي ذلك بعد إعلان الحكومة الثلاثاء", ["2018-08-07"]),
        ("يذكر أن الشرطة اعتقلت المشتبه به الاثنين", ["2018-08-06"]),
        ("وانخفضت أسهم فيسبوك 1.4 في المئة الأربعاء", ["2018-08-08"]),
        ("صرح يوسف الشاهد الاثنين للصحفيين", ["2018-08-06"]),
        ("وأعلن مسؤول يمني الثلاثاء مقتل ثلاثة", ["2018-08-07"]),
        ('ويذهب الكاتب في كتابه "حديث الأربعاء" إلى', ["2018-08-08"]),
        ("أعلن وزير التجارة، ويلبر روس، الاثنين، فرض رسوم", ["2018-08-06"]),
        ("ولا يزال الاعتصام قائما الثلاثاء", ["2018-08-07"]),
        ("عندما لا يلعب النجم كما حصل الثلاثاء", ["2018-08-07"]),
        # without a verb: the most recent, except the day after publication
        ("الأربعاء", ["2018-08-08"]),
        ("الجمعة", ["2018-08-10"]),
        # the day after publication told by a perfect: six days back (time25; it was the coming day
        # before, for UTC stamps, which are now told apart: test_late_utc_stamp below)
        ("نقلت وكالة الأنباء، الجمعة، تصريحات", ["2018-08-03"]),
        # a weekday joined to the one before it is the first such day after it
        ("تقام المباريات يومي الجمعة والسبت", ["2018-08-10", "2018-08-11"]),
        ("ويستمر المعرض من الثلاثاء إلى الخميس", ["2018-08-14", "2018-08-16"]),
        ("قتل شخصان يومي الأحد والاثنين", ["2018-08-05", "2018-08-06"]),
        ("أمطار متوقعة الثلاثاء أو الأربعاء", ["2018-08-14", "2018-08-15"]),
    ],
)
def test_bare_weekday_direction_from_the_governing_verb(text, want):
    assert _values(text) == want


# time25: masculine perfects (a word of the news of that kind anywhere, bare or after و/ف; a
# derived form or a verb that is also a noun only in a verb's place), perfects of planning,
# a verb that governs an أن clause, and the publication's UTC hour. Sentences written for these
# tests; the reference is Thursday 2018-08-09, so الجمعة is the day after publication (08-03 or
# 08-10) and الأربعاء the day before (08-08 or 08-15).
@pytest.mark.parametrize(
    "text, want",
    [
        ("التقى الرئيس رئيس الحكومة الجمعة في القصر", ["2018-08-03"]),
        ("استقبل الملك السفير الجديد الجمعة", ["2018-08-03"]),
        ("بحث وزير الخارجية مع نظيره الجمعة ملف الحدود", ["2018-08-03"]),
        ("وبحث الوفدان الجمعة سبل التعاون", ["2018-08-03"]),
        ("أعلن المتحدث الجمعة عن خطة جديدة", ["2018-08-03"]),
        ("قال المدرب الجمعة إن فريقه جاهز", ["2018-08-03"]),
        ("والتقت الوزيرة نظيرها الجمعة", ["2018-08-03"]),
        ("الاجتماع الذي عقد الجمعة في العاصمة", ["2018-08-03"]),
        ("واجتمع المجلس الجمعة لبحث الأزمة", ["2018-08-03"]),
        ("الحريق وقع الجمعة في المصنع", ["2018-08-03"]),
        ("التقى الرئيس رئيس الحكومة الأربعاء", ["2018-08-08"]),
        # still the coming one: an imperfect, the future, a condition, a noun of that shape
        ("يلتقي الرئيس رئيس الحكومة الجمعة", ["2018-08-10"]),
        ("إذا فاز الفريق الجمعة تأهل إلى النهائي", ["2018-08-10"]),
        ("لو انتصر الفريق في مباراة مؤجلة الجمعة", ["2018-08-10"]),
        ("وزير الخارجية الجمعة في زيارة", ["2018-08-10"]),
        ("وذلك الجمعة في العاصمة", ["2018-08-10"]),
        # a perfect of calling or deciding: its object is an event to come (undecided → default)
        ("دعت المملكة إلى اجتماع طارئ، الجمعة، لبحث الأزمة", ["2018-08-10"]),
        ("الجمعية التي دعيت إلى الاجتماع الجمعة", ["2018-08-10"]),
        # a verb that governs an أن clause does not date the weekday inside it
        ("اعتبر المدرب أن المباراة التي تجمع الفريقين الجمعة حاسمة", ["2018-08-10"]),
        # اعتبارا من: from that day on
        ("وأكد تنكيس الأعلام اعتبارا من الجمعة لمدة ثلاثة أيام", ["2018-08-10"]),
    ],
)
def test_masculine_perfect_sends_the_weekday_back(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        # stamped at or after 21:00 UTC, the day after the UTC day has begun in UTC+3/+4: a past
        # verb with that day's weekday tells of that (local) day
        ("التقى الرئيس رئيس الحكومة الجمعة", ["2018-08-10"]),
        ("نقلت وكالة الأنباء، الجمعة، تصريحات", ["2018-08-10"]),
        ("قالت المتحدثة، الجمعة، إن", ["2018-08-10"]),
        # the pluperfect is never today
        ("وكان المرشح قد حشد أنصاره الجمعة", ["2018-08-03"]),
        # other days are unchanged
        ("التقى الرئيس رئيس الحكومة الأربعاء", ["2018-08-08"]),
    ],
)
def test_late_utc_stamp(text, want):
    assert [t.value for t in find_time_expressions(text, REF, next_day_begun=True)] == want


def test_next_day_begun_from_the_stamp():
    from marsad.model import Published, TimeValue
    from marsad.time.publication import next_day_begun

    def pub(local, tz, precision="second"):
        return Published(0, 0, value=TimeValue(local=local, tz=tz, precision=precision))

    assert next_day_begun(pub("2018-08-09T21:00:00+00:00", "UTC"))
    assert next_day_begun(pub("2018-08-09T23:59:00+00:00", "UTC"))
    assert not next_day_begun(pub("2018-08-09T20:59:00+00:00", "UTC"))
    assert not next_day_begun(pub("2018-08-09T22:30:00+04:00", "+04:00"))  # the writer's own day
    assert not next_day_begun(pub("2018-08-09", "UTC", precision="day"))
    assert not next_day_begun(None)
