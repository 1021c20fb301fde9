"""Step 44 (docs/quotes.md, appos20): a dual subject speaks for the two parties it names. A dual
construct with its names after the cue (``أعلنت شركتا "X" و"Y"``) and a definite dual anaphor
(``وأكد الرئيسان``, ``وقالت الشركتان``, ``وأوضحت هاتان الجماعتان``, ``وقالت كلتا الشركتين``) give
``X وY``, as the gold of the sets writes them; with near misses. Sentences written for the test."""
from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.duals import dual_stem


def speakers_of(text: str) -> dict[str, str | None]:
    """``{cue: speaker}`` of the quotes of ``text`` after the full pipeline (the last one per cue)."""
    a = annotate(Article(text=text))
    return {q.cue_text: q.speaker for q in a.quotes}


def test_dual_stem_reads_the_dual_of_titles_and_bodies_only():
    assert dual_stem("الرئيسان") == ("رئيس", "person", False)
    assert dual_stem("الشركتين") == ("شركة", "body", False)
    assert dual_stem("شركتا") == ("شركة", "body", True)
    assert dual_stem("والوزيران") == ("وزير", "person", False)
    for word in ("البيان", "السودان", "العامان", "المصدران", "حاكما", "روسيا", "الرئيس"):
        assert dual_stem(word) is None, word


def test_dual_construct_with_quoted_names():
    text = 'أعلنت شركتا "نوكيا" و"إريكسون"، الخميس، أنهما ستتعاونان في تطوير شبكات الجيل السادس.'
    assert speakers_of(text)["أعلنت"] == "نوكيا وإريكسون"


def test_definite_dual_refers_to_the_construct_named_before_with_an_apposition():
    text = ("تعتزم شركتا تويوتا، اليابانية المنشأ، وهوندا افتتاح مصنع مشترك في المكسيك.\n"
            "وتعمل الشركتان معا منذ عامين.\n"
            "وقالت الشركتان إن المصنع سيوفر ثلاثة آلاف وظيفة.")
    assert speakers_of(text)["وقالت"] == "تويوتا وهوندا"


def test_two_presidents_named_in_the_sentence_before():
    text = ("بحث الرئيس الفرنسي إيمانويل ماكرون ونظيره الأمريكي دونالد ترامب الملف الإيراني في اتصال هاتفي.\n"
            "وأكد الرئيسان أنهما سيواصلان التنسيق بشأن الاتفاق النووي.")
    assert speakers_of(text)["وأكد"] == "إيمانويل ماكرون ودونالد ترامب"


def test_two_bodies_joined_by_wa_with_a_demonstrative():
    text = ('وأعلنت "جبهة التحرير الوطني" و"حركة مجتمع السلم" مقاطعة الانتخابات المقبلة.\n'
            "وأوضحت هاتان الحركتان في بيان مشترك أن الظروف غير ملائمة.")
    assert speakers_of(text)["وأوضحت"] == "جبهة التحرير الوطني وحركة مجتمع السلم"


def test_near_miss_three_persons_before_the_dual_leave_it_alone():
    text = ("التقى الرئيس الفرنسي إيمانويل ماكرون ونظيره الأمريكي دونالد ترامب والمستشارة الألمانية أنجيلا ميركل في باريس.\n"
            "وأكد الرئيسان أنهما سيواصلان التنسيق بشأن الاتفاق النووي.")
    assert speakers_of(text)["وأكد"] == "الرئيسان"


def test_near_miss_a_title_construct_keeps_its_phrase():
    # the governors of two states: the names are the states', not the speakers'
    text = "أعلن حاكما ولايتي بورنو ويوبي أن المتمردين فقدوا السيطرة على المنطقة."
    assert speakers_of(text)["أعلن"] not in ("بورنو ويوبي", "ولايتي وبورنو")


def test_near_miss_a_masculine_plural_is_no_genitive_dual():
    text = ("بحث الوزير الأردني أيمن الصفدي ونظيره المصري سامح شكري الأزمة.\n"
            "وقال المسؤولين إن المحادثات كانت مثمرة.")
    assert speakers_of(text)["وقال"] != "أيمن الصفدي وسامح شكري"


def test_near_miss_a_singular_subject_is_untouched():
    text = ("بحث الرئيس الفرنسي إيمانويل ماكرون ونظيره الأمريكي دونالد ترامب الملف الإيراني.\n"
            "وأكد الرئيس الفرنسي أنه سيواصل التنسيق.")
    assert speakers_of(text)["وأكد"] != "إيمانويل ماكرون ودونالد ترامب"


def test_dual_construct_of_two_places_keeps_its_head() -> None:
    text = "وتعهدت حكومتا إسبانيا والبرتغال أمس بتشديد الرقابة على الحدود البحرية."
    assert speakers_of(text)["وتعهدت"] == "حكومتا إسبانيا والبرتغال"
