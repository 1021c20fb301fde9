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
        # without a verb: the most recent, except the day after publication
        ("الأربعاء", ["2018-08-08"]),
        ("الجمعة", ["2018-08-10"]),
        # the day after publication: a perfect does not outweigh it (UTC time stamps)
        ("نقلت وكالة الأنباء، الجمعة، تصريحات", ["2018-08-10"]),
        # a weekday joined to the one before it is the first such day after it
        ("تقام المباريات يومي الجمعة والسبت", ["2018-08-10", "2018-08-11"]),
        ("ويستمر المعرض من الثلاثاء إلى الخميس", ["2018-08-14", "2018-08-16"]),
        ("قتل شخصان يومي الأحد والاثنين", ["2018-08-05", "2018-08-06"]),
        ("أمطار متوقعة الثلاثاء أو الأربعاء", ["2018-08-14", "2018-08-15"]),
    ],
)
def test_bare_weekday_direction_from_the_governing_verb(text, want):
    assert _values(text) == want
