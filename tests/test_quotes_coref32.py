"""Wrong speakers of issue 6, task coref32 (docs/quotes.md step 53a): an unnamed official or
eyewitness is the person the next quotation names when the article makes them one — the same title,
definite, in that quotation's attribution and the same statement restated, or a verb of continuing
with a person not named before — and never a source (``مصادر``), another office, or a named official
who adds new facts; on texts written for the test."""

from __future__ import annotations

import pytest

from marsad import settings
from marsad.model import Article
from marsad.pipeline import annotate

_OFFICIAL_NEW_FACTS = (
    "عنوان\nأعلن مسؤول فلسطيني اليوم أن المصاب توفي متأثرا بجروحه في المستشفى.\n"
    "وقال سامر حداد المسؤول في السلطة الفلسطينية إن الجانبين على اتصال لتنظيم نقل جثمانه.\n"
)


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    return [(q.cue_text, q.speaker) for q in annotate(Article(text=text)).quotes]


def test_unnamed_spokesman_is_the_spokesman_named_next() -> None:
    text = (
        "عنوان\nكشف متحدث عسكري عن وصول قوات جديدة إلى جبهات المدينة الساحلية.\n"
        "وأكد المتحدث باسم الجيش الوطني، العقيد الركن سالم الحداد، أن القوات الجديدة وصلت إلى جبهات "
        "القتال الشمالية.\n"
    )
    assert speakers_of(text) == [("كشف", "سالم الحداد"), ("وأكد", "سالم الحداد")]


def test_unnamed_official_with_a_complement_restated_by_a_named_official() -> None:
    text = (
        "عنوان\nقال مسؤول كبير في الاتحاد الأوروبي، يوم الثلاثاء، إن صربيا تبتعد عن مسار عضوية الاتحاد "
        "الأوروبي.\nوأوضح كارل برونر، مفوض الاتحاد الأوروبي المسؤول عن التوسيع، إن صربيا تواصل الابتعاد "
        "عن الاتحاد الأوروبي.\n"
    )
    assert speakers_of(text) == [("قال", "كارل برونر"), ("وأوضح", "كارل برونر")]


def test_named_official_with_new_facts_keeps_the_unnamed_one() -> None:
    # held-out 8's gold: "the article does not say so" — no word of the lead is restated
    assert speakers_of(_OFFICIAL_NEW_FACTS) == [("أعلن", "مسؤول فلسطيني"), ("وقال", "سامر حداد")]


def test_restated_words_threshold_decides_the_new_facts_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "QUOTES_UNNAMED_RESTATED_WORDS", 0)
    assert speakers_of(_OFFICIAL_NEW_FACTS) == [("أعلن", "سامر حداد"), ("وقال", "سامر حداد")]


def test_another_office_is_not_the_unnamed_spokesman() -> None:
    text = (
        "عنوان\nقال متحدث باسم وزارة الخارجية إن الوفد وصل إلى العاصمة مساء أمس.\n"
        "وقال المتحدث باسم وزارة الدفاع، العقيد سالم الحداد، إن الوفد وصل إلى العاصمة مساء أمس.\n"
    )
    assert speakers_of(text) == [("قال", "متحدث باسم وزارة الخارجية"), ("وقال", "سالم الحداد")]


def test_eyewitness_continued_under_a_name() -> None:
    text = (
        "عنوان\nوقال شاهد عيان لقناة محلية إنه هو الذي اتصل بالشرطة.\n"
        'وأضاف: "عرفت على الفور أنهم لصوص".\n'
        'وتابع مارتن هولم: "من المحزن أن يسرق الناس مكانا مقدسا".\n'
    )
    assert speakers_of(text) == [("وقال", "مارتن هولم"), ("وأضاف", "مارتن هولم"), ("وتابع", "مارتن هولم")]


def test_eyewitness_not_linked_to_a_person_named_before() -> None:
    text = (
        "عنوان\nوصل مارتن هولم إلى الكنيسة صباحا.\n"
        "وقال شاهد عيان لقناة محلية إنه هو الذي اتصل بالشرطة.\n"
        'وتابع مارتن هولم: "من المحزن أن يسرق الناس مكانا مقدسا".\n'
    )
    assert speakers_of(text) == [("وقال", "شاهد عيان"), ("وتابع", "مارتن هولم")]


def test_unnamed_sources_are_never_linked() -> None:
    text = (
        "عنوان\nوقالت مصادر مطلعة إن الوفد وصل إلى العاصمة مساء أمس.\n"
        'وأضاف سامر حداد: "الوفد وصل إلى العاصمة مساء أمس".\n'
    )
    assert speakers_of(text)[0] == ("وقالت", "مصادر مطلعة")


def test_participle_after_an_opening_verb_with_a_surname_subject() -> None:
    # the surname of the person named in full earlier is the subject, not the king named in the object
    text = (
        "عنوان\nأقامت الجامعة حفل المعايدة بحضور وكيل الجامعة الدكتور حسن الحازمي.\n"
        "ورفع الحازمي التهنئة بهذه المناسبة لمقام خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، "
        "قائلاً: إن العيد عنوان فرح وبهجة.\n"
    )
    assert speakers_of(text) == [("قائلاً", "حسن الحازمي")]
