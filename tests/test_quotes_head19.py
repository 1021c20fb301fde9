"""Headline "speakers" that are events or topics (step 43x, task head19, issue 6): a title whose part
before the colon is headed by an event or topic noun (``قضية``, ``أزمة``, ``انتخابات``, ``حرب`` …, bare,
definite or in construct) names what the story is about, never who speaks; a media-type prefix
(``شاهد..``, ``بالفيديو -``) is no part of the speaker. Near misses: a speaker who talks *about* such a
topic (``الحريري عن انتخابات لبنان:``), bodies that speak (``لجنة``, ``حملة``), and a real speaker after
the prefix. Sentences written for the tests."""
from __future__ import annotations

import marsad
from marsad.quotes.headline import _event_head, headline_quote


def speaker(line: str) -> str | None:
    """The speaker text :func:`headline_quote` reads in the title ``line``, or ``None``."""
    h = headline_quote(line, "title")
    return None if h is None else line[h[0] : h[1]]


def title_speakers(title: str, body: str = "وقعت الأحداث صباح اليوم في العاصمة بحسب شهود عيان.") -> list[str | None]:
    """The speakers of the headline quotes of an article whose first line is ``title``."""
    a = marsad.parse(title + "\n" + body + "\n")
    return [q.speaker for q in a.quotes if q.kind == "headline"]


def test_event_head_word_class():
    for w in ("قضية", "القضية", "أزمة", "الأزمة", "انتخابات", "الانتخابات", "حرب", "الحرب", "مباراة",
              "المفاوضات", "فضيحة", "#محاكمة"):
        assert _event_head(w), w
    for w in ("لجنة", "حملة", "مؤتمر", "الرئيس", "وزارة", "ترامب", "الخارجية", "حربي", "الحربي"):
        assert not _event_head(w), w


def test_event_and_topic_titles_have_no_speaker():
    for label in ("قضية خاشقجي", "أزمة الروهينجا", "انتخابات العراق", "الانتخابات النيابية اللبنانية",
                  "حرب اليمن", "ملف الهجرة", "مباراة القمة", "صفقة القرن", "فضيحة كامبريدج أناليتيكا",
                  "محاكمة مرسي", "مفاوضات جنيف", "الأزمة الخليجية"):
        assert speaker(f"{label}: الشرطة تحدد هوية المشتبه بهم في الهجوم الأخير") is None, label


def test_event_title_in_an_article():
    assert title_speakers("قضية سكريبال: الشرطة البريطانية تحدد المشتبه بهم في تسميم الجاسوس") == []


def test_speaker_talking_about_an_event_still_speaks():
    # the topic stands after عن; the speaker before it is a person
    assert speaker("الحريري عن انتخابات لبنان: نتائج مرضية رغم خسارة المقاعد") == "الحريري"
    # a body whose head is not an event noun speaks
    assert speaker("لجنة الانتخابات: نسبة المشاركة بلغت أربعين في المئة") == "لجنة الانتخابات"
    assert speaker("حملة ترامب: لن نقبل نتائج الفرز في الولاية") == "حملة ترامب"
    # a name that holds an event noun later is still a name
    assert speaker("وزير الحرب الإسرائيلي: سنرد على أي هجوم من غزة") == "وزير الحرب الإسرائيلي"


def test_media_prefix_is_no_part_of_the_speaker():
    assert speaker("شاهد.. انتخابات لبنان: حزب الله الفائز الأكبر والحريري يهدد بالاستقالة") is None
    assert speaker("شاهد.. ترامب: لن نسمح لإيران بامتلاك السلاح النووي أبدا") == "ترامب"
    assert speaker("بالفيديو - قرقاش: لن نسمح لإيران بالتدخل في شؤوننا") == "قرقاش"
    assert speaker("بالصور.. أزمة اللاجئين: آلاف العالقين على الحدود اليونانية") is None
    assert title_speakers("شاهد.. وزير الخارجية: سنواصل العمل مع شركائنا في المنطقة") == ["وزير الخارجية"]


def test_non_rubric_before_dots_is_not_stripped():
    # ترامب.. is no rubric: the whole part is read as before (a name with dots is left to the old rules)
    assert speaker("مصادر.. ترامب: لن نسمح لإيران بامتلاك السلاح") != "ترامب"


def test_family_name_alone_still_speaks():
    # حرب is also a family name: alone before the colon it is left a speaker; حرب اليمن is an event
    assert speaker("حرب: لن نقبل بأي تسوية على حساب الجنوب") == "حرب"
    assert speaker("حرب اليمن: الحوثيون يطلقون صاروخا باتجاه جازان") is None


def test_opinion_rubric_prefix_is_a_column_title():
    assert speaker("رأي.. سامي خليل يكتب عن أزمة المياه: العطش القادم وطرق مواجهته") is None
    assert speaker("فيديو - لاعبو المنتخب: سعيدون بالتأهل للنهائي ولكن الأمر لم ينته بعد") == "لاعبو المنتخب"
