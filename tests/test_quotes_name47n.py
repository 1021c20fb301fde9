"""Step 47n (docs/quotes.md): speakers' names cut or glued at the subject reader. Sentences written for
the test, with near misses that must not change."""
from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in annotate(Article(text=text)).quotes]


# -- a definite nisba after a definite noun and its adjective is no family name -------------------------


def test_nisba_after_definite_noun_phrase_is_its_adjective():
    # الكردي is a family name in the name list, but after الهلال الأحمر it is the body's adjective
    assert _speakers("وقال الهلال الأحمر الكردي إن المستشفى أصيب في الغارة.") == ["الهلال الأحمر الكردي"]
    assert _speakers("وقال الصليب الأحمر المصري إن المساعدات وصلت إلى القرية.") == ["الصليب الأحمر المصري"]


def test_nisba_family_name_after_given_name_stays():
    # after a given name it is the family name, as before
    assert _speakers("وقال علي الكردي إن القصيدة جديدة.") == ["علي الكردي"]
    assert _speakers("وقال الكاتب العراقي علي الكردي إن القصيدة جديدة.") == ["علي الكردي"]


# -- heads of bodies: عمادة, أمانة ------------------------------------------------------


def test_body_heads_keep_their_complement():
    assert _speakers("كشفت أمانة منطقة الجوف عن تخصيص عدد من الأكشاك للأسر المنتجة.") == ["أمانة منطقة الجوف"]
    assert _speakers("أكدت عمادة شؤون الطلاب بجامعة تبوك أن عدد المقبولين بلغ خمسة آلاف.") == [
        "عمادة شؤون الطلاب بجامعة تبوك"]


# -- the verb's indefinite object after a definite subject is no part of it ----------------------------


def test_indefinite_object_after_definite_body_is_cut():
    assert _speakers("ونفت هيئة الموانئ البحرية تأثر حركة السفن في الميناء، مؤكدة أنها تسير بشكل طبيعي.") == [
        "هيئة الموانئ البحرية"]
    assert _speakers("وتدعو الملصقات سكان الحي إلى المغادرة عبر ممرات آمنة.") == ["الملصقات"]


def test_definite_body_names_unchanged():
    # adjectives agree in definiteness; a complement with ل or a conjunct with و goes on with the name
    assert _speakers("وقال المرصد السوري لحقوق الإنسان إن العقوبة نهائية.") == ["المرصد السوري لحقوق الإنسان"]
    assert _speakers("وقالت وزارة الخارجية الأمريكية إن العقوبة نهائية.") == ["وزارة الخارجية الأمريكية"]
    assert _speakers("وقالت مصادر أمنية مطلعة إن الوضع مستقر.") == ["مصادر أمنية مطلعة"]


def test_near_misses_of_the_object_cut():
    # غير + a definite adjective describes the noun; an unknown name after a description is kept
    assert _speakers('وقال المعهد غير الحكومي "إن الصادرات تراجعت".') == ["المعهد غير الحكومي"]
    assert _speakers("أعلن متحدث باسم مصلحة الموانئ الإسرائيلية يوآف ترابلسي أن السفينة ستبحر غدا.") == [
        "يوآف ترابلسي"]


def test_a_comma_the_phrase_stopped_at_is_no_part_of_the_name():
    assert _speakers("أظهر الجهاز المركزي للتعبئة والإحصاء المصري ، ارتفاع صافي الصادرات إلى مليار دولار "
                     "خلال العام ، مشيرا إلى أن القطاع نما.") == ["الجهاز المركزي للتعبئة والإحصاء المصري"] * 2


# -- a body written with its seat and with its nisba: one name, not swapped ------------------------------


def test_seat_and_nisba_forms_are_not_swapped():
    # الشرطة في ماليزيا is no fuller form of الشرطة الماليزية (longer by في only): both give the nisba
    # form, as الشرطة في الهند gave الشرطة الهندية before; before step 47n the two were exchanged
    assert _speakers("أعلنت الشرطة في تايلاند أنها صادرت مجوهرات وحقائب. وقالت الشرطة التايلاندية إن "
                     "المصادرة هي الأكبر في تاريخ البلاد.") == ["الشرطة التايلاندية"] * 2
    assert _speakers("قالت الشرطة الهندية إن الحادث وقع ليلا. وأضافت الشرطة في الهند أن التحقيق مستمر.") == [
        "الشرطة الهندية"] * 2


def test_a_name_after_a_definite_rank_is_kept():
    assert _speakers('وأوضح لـ"الرياض" المقدم فهاد المطيري المتحدث الرسمي لشرطة المنطقة أن الكاميرات ستركب قريبا.') == [
        "فهاد المطيري"]


def test_a_businessman_description_refers_to_the_named_holder():
    # رجل الأعمال المصري: المصري is the description's adjective (no family name); the description
    # names the person written in apposition with it
    assert _speakers("رد رجل الأعمال المصري، سميح ساويرس، على منتقديه. وكتب رجل الأعمال المصري تغريدة أخرى "
                     'وقال فيها: "النادي لا يقدر بثمن".') == ["سميح ساويرس"]
    # a man of the story, no role: unchanged
    assert _speakers("وصل رجل إلى المستشفى. وقال الرجل إن الحادث وقع ليلا.") == ["الرجل"]
