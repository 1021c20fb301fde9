"""The subject phrase of a transitive cue ends where its object starts (docs/quotes.md, step 43: obj19),
on sentences written for these tests, with near misses whose subject must stay whole:

* a complete definite noun phrase followed by a definite noun that is not its adjective (``وأقر البرلمان
  التعديل``), a quantifier (``مختلف``), a place name after the noun's nisba (``الدول الغربية دمشق``), or a
  feminine singular that cannot agree with a plural of men (``النواب الأميركيين القضية``);
* a possessed noun after a nisba (``عن مصدرين أمنيين قولهما``) or after the word it heads in a role's
  prepositional complement (``المصدر في الخارجية السورية تضامن بلاده``)."""
from __future__ import annotations

import pytest

from marsad.model import Article
from marsad.quotes.speakers import definite_object_start
from marsad.quotes.stage import annotate_quotes


def speakers_of(text: str) -> list[tuple[str, str | None, str]]:
    """``(cue, speaker, first three words of the content)`` of every quote of ``text``."""
    a = Article(text=text)
    annotate_quotes(a)
    return [(q.cue_text, q.speaker, " ".join(a.text[q.start : q.end].split()[:3])) for q in a.quotes]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("وحذرت الشرطة المواطنين من الاقتراب من موقع الانفجار في وسط المدينة.", "الشرطة", "من الاقتراب من"),
    ("واتهمت الدول الأوروبية طهران بدعم الجماعات المسلحة في المنطقة منذ سنوات.", "الدول الأوروبية", "بدعم الجماعات المسلحة"),
    ("ودعت وزارة الأوقاف المصرية الدعاة والخطباء إلى الابتعاد عن الخطاب السياسي في المساجد.",
     "وزارة الأوقاف المصرية", "إلى الابتعاد عن"),
    ("ودعا المجلس مختلف الأحزاب في البلاد إلى الحوار والتهدئة قبل موعد الانتخابات.", "المجلس", "إلى الحوار والتهدئة"),
    ("ووصف المسؤولون الفرنسيون الهجوم بأنه عمل إرهابي جبان استهدف المدنيين.", "المسؤولون الفرنسيون", "بأنه عمل إرهابي"),
    ("ووصف بعض النواب البريطانيين القضية بأنها فضيحة سياسية كبرى تهز الحكومة.", "بعض النواب البريطانيين", "بأنها فضيحة سياسية"),
])
def test_definite_subject_ends_before_object(text: str, speaker: str, content: str) -> None:
    got = speakers_of(text)
    assert [(sp, c) for _, sp, c in got] == [(speaker, content)]


@pytest.mark.parametrize(("text", "speaker"), [
    # near misses: the definite words after the head are its adjectives, appositions or name
    ("ودعت الأمم المتحدة الأطراف المتحاربة إلى وقف إطلاق النار فورا في المدينة.", "الأمم المتحدة"),
    ("وحذرت المحكمة الدولية الخاصة بلبنان من أي محاولة للتأثير على الشهود في القضية.", "المحكمة الدولية الخاصة بلبنان"),
    ("واتهم الجيش السوري الحر القوات الحكومية بقصف الأحياء السكنية في المدينة.", "الجيش السوري الحر"),
    ("ووصف الأمين العام للحزب الحاكم الاتفاق بأنه خطوة تاريخية نحو السلام.", "الأمين العام"),
    ("ودعت الدول الخمس الكبرى إيران إلى الالتزام بالاتفاق النووي الموقع في فيينا.", "الدول الخمس الكبرى"),
    ("وأعلنت شركة الكهرباء الوطنية العملاقة عدم صحة ما يتداول بشأن زيادة الأسعار.", "شركة الكهرباء الوطنية العملاقة"),
])
def test_adjectives_stay_in_subject(text: str, speaker: str) -> None:
    assert [sp for _, sp, _ in speakers_of(text)] == [speaker]


def test_quoted_source_ends_before_possessed_saying() -> None:
    text = "ونقلت وكالة رويترز عن مصدرين عسكريين قولهما إن القوات انسحبت من المدينة ليلا."
    assert [sp for _, sp, _ in speakers_of(text)] == ["مصدرين عسكريين"]


def test_possessed_object_is_no_name_after_role_complement() -> None:
    text = 'وأكد المصدر في الخارجية الأردنية دعم بلاده "الكامل" للشعب الفلسطيني في مواجهة الاحتلال.'
    got = speakers_of(text)
    assert got and all(sp == "المصدر" for _, sp, _ in got)


def test_definite_object_start_unit() -> None:
    w = [(0, 0, "الحكومة")]
    assert definite_object_start(w, "الإصلاحات", frozenset())
    assert not definite_object_start(w, "السورية", frozenset())  # nisba
    assert not definite_object_start(w, "المؤقتة", frozenset())  # participle
    assert not definite_object_start(w, "الجديدة", frozenset())  # فعيلة
    assert not definite_object_start(w, "والبرلمان", frozenset())  # coordination
    assert not definite_object_start([(0, 0, "الرئيس")], "الأسد", frozenset())  # a title's ال-name
    assert not definite_object_start([(0, 0, "المسؤولون")], "الروس", frozenset())  # a people's plural
    assert definite_object_start([(0, 0, "الوزارة")], "الأئمة", frozenset())  # أفعلة: no adjective
