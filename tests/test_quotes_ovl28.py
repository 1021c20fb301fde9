"""Step 51s of the quotes work (docs/quotes.md): speaker spans of the overlap class (issue 6).

The gold convention: the speaker is the fullest name in the article, or else the core noun phrase of
the source, written without quotation marks (no gold speaker of the 43 sets is). Sentences written
for these tests: a medium's reporter, a source or reporter head before a medium in marks, a name in
marks, two heads before a medium's name, a bare unnamed source taken up after its described form; and
what each rule must leave alone.
"""

from __future__ import annotations

import marsad


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in marsad.parse(text).quotes]


# -- a medium's reporter is the speaker, not the medium --------------------------------------------


def test_a_reporter_of_an_agency_with_its_head_is_the_speaker():
    text = "انفجار قرب المطار\n\nوأشار مراسل وكالة فرانس برس إلى أن قوات الأمن طوقت مكان الانفجار.\n"
    assert speakers(text) == ["مراسل وكالة فرانس برس"]


def test_a_reporter_of_an_agency_named_alone_is_the_speaker():
    text = "خروج المقاتلين\n\nوأكد مراسل فرانس برس أن مئات المقاتلين غادروا المدينة.\n"
    assert speakers(text) == ["مراسل فرانس برس"]


def test_a_reporter_named_after_the_medium_is_that_person():
    text = "خروج المقاتلين\n\nوقال مراسل الجزيرة أحمد فضل إن مئات المقاتلين غادروا المدينة.\n"
    assert speakers(text) == ["أحمد فضل"]


# -- a source or reporter head before a medium written in marks ------------------------------------


def test_sources_of_a_newspaper_in_marks_keep_the_newspaper_without_marks():
    text = 'حادث المسجد\n\nوكشفت مصادر "سبق" أنه يجري التحقيق معه حاليا.\n'
    assert speakers(text) == ["مصادر سبق"]


def test_a_reporter_of_a_station_in_marks_keeps_the_station():
    text = 'حجز سلع\n\nأكد مراسل "جوهرة أف أم" أن فرق المراقبة الاقتصادية حجزت كميات من السلع.\n'
    assert speakers(text) == ["مراسل جوهرة أف أم"]


def test_a_source_followed_by_a_short_quotation_is_no_source_of_a_medium():
    for text in (
        'عنوان\n\nوقال مصدر "لن نتراجع" ثم غادر القاعة.\n',
        'عنوان\n\nوقال مصدر "لن نتراجع" أن القرار نهائي.\n',
    ):
        assert "مصدر لن نتراجع" not in speakers(text)


# -- quotation marks are no part of a speaker --------------------------------------------------------


def test_a_headline_speaker_in_marks_is_written_without_them():
    text = (
        "أزمة اليمن\n\nتفاقمت الأزمة الإنسانية في اليمن.\n"
        'منظمة "أنقذوا الأطفال": جيل كامل من أطفال اليمن يواجه خطر القتل\n'
        "وقال مسؤولون إن الوضع خطير.\n"
    )
    assert speakers(text)[0] == "منظمة أنقذوا الأطفال"


# -- two heads in idafa before a medium's name -----------------------------------------------------


def test_a_station_and_its_television_head_stay_before_the_name():
    text = "شكوى\n\nقالت محطة تلفزيون أساهي اليابانية إنها ستتقدم بشكوى ضد نائب الوزير.\n"
    assert speakers(text) == ["محطة تلفزيون أساهي اليابانية"]


def test_a_role_before_a_company_and_its_head_is_no_head():
    text = "المبيعات\n\nوقال مدير شركة أبل تيم كوك إن المبيعات ارتفعت.\n"
    assert speakers(text) == ["تيم كوك"]


# -- a bare unnamed source taken up after its described form ---------------------------------------


def test_a_bare_official_is_the_official_described_by_where_he_serves():
    text = (
        "العمالة\n\nقال مسؤول في سفارة الهند بالرياض إن اتفاقية شاملة ستوقع قريبا. "
        "وأكد مسؤول أن التصدير لم يتوقف.\n"
    )
    assert speakers(text) == ["مسؤول في سفارة الهند بالرياض"] * 2


def test_two_described_officials_leave_a_bare_one_as_written():
    text = (
        "العمالة\n\nقال مسؤول في سفارة الهند إن اتفاقية ستوقع قريبا. وقال مسؤول في وزارة العمل إن "
        "الأمر لم يحسم. وأكد مسؤول أن التصدير لم يتوقف.\n"
    )
    assert speakers(text) == ["مسؤول في سفارة الهند", "مسؤول في وزارة العمل", "مسؤول"]
