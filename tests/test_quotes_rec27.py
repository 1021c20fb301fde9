"""Headline quotations both ways (step 51r, task rec27, issue 6): rubric labels learnt from corpus
counts (``ريبورتاج:``, ``قصة مصورة:``, a league, a game's spec box), place tags in Tunisian letters and
fixtures (``تونس - غينيا :``) are no speakers; a speaker the name lists lack but the entities stage
tagged as a person (``بوتين قبل قمة سوريا:``) and the last of a title's clauses (``… تعبر عن قلقها..
ولافروف:``) are read. Sentences written for the tests."""

from __future__ import annotations

import marsad
from marsad.quotes.cues import fold
from marsad.quotes.headline import headline_quote


def speaker(line: str, names: frozenset[str] = frozenset()) -> str | None:
    """The speaker text :func:`headline_quote` reads in the title ``line``, or ``None``."""
    h = headline_quote(line, "title", names)
    return None if h is None else line[h[0] : h[1]]


def test_rubric_labels_are_no_speakers():
    for label in (
        "ريبورتاج",
        "قصة مصورة",
        "رحالة الصيف",
        "فيديوغرافيك",
        "الرابطة الأولى",
        "الرابطة الثانية",
        "الكرة الطائرة",
        "المشهد",
        "المطور",
        "الناشر",
        "المنصة",
        "بلاغ مروري",
    ):
        assert speaker(f"{label}: المدينة تستعد لموسم جديد بعد أشهر من الانتظار") is None, label


def test_place_tags_and_fixtures_are_no_speakers():
    for line in (
        "النفيضة : الأمطار تتسبب في محاصرة بعض الأهالي",
        "بوفيشة: حجز كميات من السجائر المهربة",
        "ڨفصة : انقطاع الماء الصالح للشرب عن عدة أحياء",
        "الڨصرين: وفاة شاب في حادث مرور",
        "حي التضامن: إيقاف عنصر مفتش عنه",
        "تونس - غينيا : غدا انطلاق عملية بيع التذاكر",
    ):
        assert speaker(line) is None, line
    # a place tag in the first person speaks for its people, as before
    assert speaker("بوفيشة: نطالب بإصلاح الطريق قبل الشتاء") == "بوفيشة"


def test_speakers_near_the_rubrics_still_speak():
    assert speaker("ترامب: سنعيد بناء الجيش الأمريكي") == "ترامب"
    assert speaker("رابطة العالم الإسلامي: الإرهاب لا دين له") == "رابطة العالم الإسلامي"
    assert speaker("المشهد السياسي: الأحزاب تستعد للانتخابات البلدية") is None  # a rubric's first words


def test_tagged_person_before_a_time_adjunct():
    line = "بوتين قبل قمة سوريا: خطر التنظيم ما زال قائما"
    assert speaker(line) is None  # بوتين is in no name list
    assert speaker(line, frozenset({fold("بوتين")})) == "بوتين"
    line = "البرادعي بعد جلسة مجلس الأمن: ما زلنا ننتظر الحل العادل"
    assert speaker(line, frozenset({fold("البرادعي")})) == "البرادعي"


def test_last_clause_of_a_chained_title_speaks():
    names = frozenset({fold("لافروف")})
    assert (
        speaker("منظمة الأسلحة الكيماوية تعبر عن قلقها.. ولافروف: لا أدلة على استخدام مواد كيماوية", names)
        == "لافروف"
    )
    assert speaker("كأس العالم.. مدرب البرازيل: لن نستسلم أبدا") == "مدرب البرازيل"
    # a title of a work in marks after the separator stays no speaker; an opinion rubric is a column
    assert speaker('المرأة والفنون.. "هويات دائمة": معرض جديد في الرياض') is None
    assert speaker("رأي.. بشار جرار يكتب عن الأزمة: لا حل قريبا") is None


def test_pipeline_reads_the_tagged_person_of_a_title():
    a = marsad.parse(
        "بوتين قبل قمة سوريا: خطر التنظيم ما زال قائما\nوقال الرئيس الروسي فلاديمير بوتين في مؤتمر"
        " صحفي في موسكو اليوم إن خطر التنظيم ما زال قائما في سوريا.\n"
    )
    heads = [(q.speaker, a.text[q.start : q.end]) for q in a.quotes if q.kind == "headline"]
    assert heads == [("فلاديمير بوتين", "خطر التنظيم ما زال قائما")]
    a = marsad.parse("ريبورتاج: طرابلس اللبنانية بوابة لإعادة الإعمار في سوريا\nتستعد المدينة لدور جديد.\n")
    assert [q for q in a.quotes if q.kind == "headline"] == []


def test_portfolio_in_marks_is_its_ministry():
    assert speaker('"الصحة": تسجيل وفاة و3 إصابات بفيروس كورونا في الرياض') == "الصحة"
    assert speaker("«التجارة»: ضبط عشرين مخالفة في أسواق جدة") == "التجارة"
    assert speaker("الصحة: تسجيل وفاة و3 إصابات بفيروس كورونا في الرياض") is None  # a topic without the marks


def test_proposed_is_a_cue_in_the_past_only():
    from marsad.quotes.cues import iter_cues

    assert [c.cue.lemma for c in iter_cues("واقترح الوزير إنشاء هيئة جديدة")] == ["اقترح"]
    assert list(iter_cues("فأنا أقترح ضريبة جديدة")) == []  # the first person "I propose"
    assert list(iter_cues("مشروع قرار تقترح فيه روسيا زيارة المفتشين")) == []  # a document's content
    a = marsad.parse(
        "خبر اليوم\nواقترح رئيس الوزراء إطلاق جائزة للشجاعة تكريما للسباح على شجاعته في الحادث.\n"
        "واقترحت الوزيرة أن تبدأ الدراسة في الأول من سبتمبر المقبل.\n"
    )
    got = [(q.kind, q.cue_text, a.text[q.start : q.end]) for q in a.quotes]
    assert got == [
        ("indirect", "واقترح", "إطلاق جائزة للشجاعة تكريما للسباح على شجاعته في الحادث"),
        ("indirect", "واقترحت", "أن تبدأ الدراسة في الأول من سبتمبر المقبل"),
    ]
