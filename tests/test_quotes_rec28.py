"""Headline quotations of the shape ``Speaker verb complement: statement`` (step 51t, task rec28,
issue 6): a speech verb and its complement, or ``عن`` and a topic, between the speaker and the colon
(``قطر ترد على السعودية:``, ``أردوغان يوضح دعوته لتحديث …:``, ``قرقاش عن عزل قطر …:``). Sentences
written for the tests."""

from __future__ import annotations

import marsad
from marsad.quotes.cues import fold
from marsad.quotes.headline import headline_quote, verb_headline_quote


def read(line: str, names: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """``(speaker, statement)`` :func:`verb_headline_quote` reads in the title ``line``, or ``None``."""
    h = verb_headline_quote(line, "title", names)
    return None if h is None else (line[h[0] : h[1]], line[h[3] : h[4]])


def test_speaker_verb_and_complement_before_the_colon():
    assert read("قطر ترد على السعودية: هناك دول كبيرة ولكن عقولهم صغيرة") == (
        "قطر",
        "هناك دول كبيرة ولكن عقولهم صغيرة",
    )  # a place with a verb of saying is its government
    assert read(
        "أردوغان يوضح دعوته لتحديث القواعد الفقهية والاجتهادات لتتماشى مع العصر: النصوص لم ولن تتغير"
    ) == ("أردوغان", "النصوص لم ولن تتغير")
    assert read('ألفة يوسف تعلق على قضية نقض : "نسيتو شكري بلعيد والمافيات المسيبة"') == (
        "ألفة يوسف",
        "نسيتو شكري بلعيد والمافيات المسيبة",
    )
    assert read("وزير خارجية البحرين يعلق على مقابلة تلفزيونية: نتعامل مع الدول لا مع من يسقطها") == (
        "وزير خارجية البحرين",
        "نتعامل مع الدول لا مع من يسقطها",
    )
    # a number in the verb's complement
    assert read("الحريري ينتقد القانون 10 الصادر بسوريا: هذا ما يهدف له") == ("الحريري", "هذا ما يهدف له")


def test_a_name_and_a_long_topic_after_an():
    names = frozenset({fold("قرقاش")})
    line = "قرقاش عن عزل قطر جغرافيا بمشروع قناة سلوى: دليل فشل الدوحة بإدارة أزمتها"
    assert headline_quote(line, "title", names) is None  # a topic of seven words: not the rule of step 39c
    assert read(line, names) == ("قرقاش", "دليل فشل الدوحة بإدارة أزمتها")
    assert read("الخارجية الأمريكية عن العمل مع الصدر بالعراق: سنعمل مع من يختاره العراقيون") == (
        "الخارجية الأمريكية",
        "سنعمل مع من يختاره العراقيون",
    )


def test_what_stays_no_speaker():
    for line in (
        "البحث عن المفقودين في الموصل: العثور على جثث جديدة",  # a verbal noun, no speaker
        "رأي.. بشار جرار يكتب عن الأزمة: لا حل قريبا",  # a column's title
        "مصر تكشف عن خطة جديدة للطاقة: 5 محاور أساسية",  # what is disclosed, described after the colon
        "البيت الأبيض يعلن عن تواصل مع الرياض: طلبنا مزيدا من التفاصيل",  # (left, as before)
        "قطر ترد على السعودية: وزير الخارجية يرد",  # the editor's summary ending with a cue verb
        "روسيا ترد على اتهامها بالتدخل: هراء",  # one word after the colon
        "انطلاق الموسم يتأخر بسبب الأمطار في عدة مدن: الملاعب غير جاهزة",  # no speaker before the verb
    ):
        assert read(line) is None, line
    h = verb_headline_quote("قطر ترد على السعودية: هناك دول كبيرة ولكن عقولهم صغيرة", "body")
    assert h is None  # titles and sub-headings only


def test_pipeline_reads_the_title():
    a = marsad.parse(
        "قطر ترد على السعودية: هناك دول كبيرة ولكن عقولهم صغيرة\n"
        "وقال وزير الخارجية القطري في مؤتمر صحفي في الدوحة اليوم إن هناك دولا كبيرة ولكن عقولها صغيرة.\n"
    )
    heads = [(q.kind, a.text[q.start : q.end]) for q in a.quotes if q.kind == "headline"]
    assert heads == [("headline", "هناك دول كبيرة ولكن عقولهم صغيرة")]


def _said(text: str) -> list[tuple[str, str | None, str]]:
    a = marsad.parse("خبر اليوم\n" + text + "\n")
    return [(q.cue_text, q.speaker, a.text[q.start : q.end]) for q in a.quotes]


def test_a_statement_attributed_after_it_by_kama():
    # "as X said/reported": the sentence before كما is X's statement
    assert _said(
        "أدى خروج قطار عن مساره في شمال البلاد إلى مقتل 24 شخصا على الأقل كما أفادت تقارير وزارة الصحة."
    ) == [
        (
            "كما أفادت",
            "تقارير وزارة الصحة",
            "أدى خروج قطار عن مساره في شمال البلاد إلى مقتل 24 شخصا على الأقل",
        )
    ]
    got = _said(
        "وما زال المتمردون يسيطرون على الغابة جنوب شرق المدينة، كما قال حاكما الولايتين في وثيقة سلمت للصحافيين."
    )
    assert [(c, t) for c, _s, t in got] == [
        ("كما قال", "وما زال المتمردون يسيطرون على الغابة جنوب شرق المدينة")
    ]
    got = _said("ورفعت ثلاث عاملات شكاوى قضائية لتعرضهن لتحرشات، كما أفادت مصادر إسبانية متطابقة الثلاثاء.")
    assert got == [("كما أفادت", "مصادر إسبانية متطابقة", "ورفعت ثلاث عاملات شكاوى قضائية لتعرضهن لتحرشات")]


def test_kama_that_attributes_nothing():
    # "he also said that …": the cue's own statement, the sentence before it is the writer's
    assert _said("وارتفع عدد القتلى إلى 12 شخصا، كما قال الوزير إن التحقيق مستمر.") == [
        ("قال", "الوزير", "إن التحقيق مستمر")
    ]
    assert _said("وكانت الحكومة قد رفعت الأسعار مطلع العام، كما ذكرنا في تقرير سابق.") == []  # "as we said"
    assert _said("وصل الوفد إلى القاهرة صباح اليوم، كما أعلن.") == []  # no subject named
    assert (
        _said("لكن اليوم تخلى عن هذه الأعمال والتهديدات كما يقول وأصبح يتكلم كسياسي.") == []
    )  # the next clause
    assert _said("وانتقلت العائلة إلى المدينة الجديدة، كما هو الحال في كل عام.") == []  # no verb of saying
