"""Missed quotations of the recall17 work (docs/quotes.md, step 41c), on sentences of our own shaped like
those of held-out 45–50 and 63–68, with the near misses that must stay no quotation:

* a bare ``عبر``/``عبرت`` "expressed" whose subject holds a time adverb between commas or a short
  quoted name, whose clause opens with ``إذ``, or whose feeling is quoted in part (``عن "قلقه …"``)
  (held-out 45 CN-536 and FR-788, 47 snn-930, 68 SK-1047); ``عبر`` "via" stays no cue;
* ``انتقد`` "criticised" with its object or clause right after the subject (held-out 46 CN-417, 50
  CN-223, 63 JA-3340, 68 BB-404); not a text that "criticises" (``تغريدات تنتقد``), not when a later
  cue of the sentence carries the statement (``… مؤكدا أن``: the dev and held-out 3 convention);
* the participle ``متهما``/``متهمة`` with its object before ``بـ`` after a closed quotation or a
  sentence with no statement (held-out 66 snn-643); the passive "accused of" (``، متهمة بقتل …``)
  stays no statement (fresh text);
* a cue with its subject elided and an adjunct of the occasion before its ``إلى`` (``وأشار خلال كلمته
  في الاجتماع إلى انطلاق …``, held-out 65); a verb of motion stays no cue."""
from __future__ import annotations

from marsad.model import Article
from marsad.quotes.stage import annotate_quotes


def quotes_of(text: str) -> list[tuple[str, str, str]]:
    """``(kind, cue, content)`` of every quote of ``text``."""
    a = Article(text=text)
    annotate_quotes(a)
    return [(q.kind, q.cue_text, a.text[q.start : q.end]) for q in a.quotes]


def test_bare_abbar_expressing_a_feeling():
    assert quotes_of("عبّر رئيس الهيئة الوطنية للانتخابات محمود سالم، الثلاثاء، عن \"قلقه الشديد من تأخر"
                     " صرف الميزانية\" قبل أسابيع من الاقتراع.") == [
        ("indirect", "عبّر", "عن \"قلقه الشديد من تأخر صرف الميزانية\" قبل أسابيع من الاقتراع")]
    assert quotes_of("وفي رسالة وجهتها إلى العاملين، عبرت مديرة المستشفى سلمى الحسن عن \"ارتياحها\" لنتائج"
                     " التفتيش.") == [("indirect", "عبرت", "عن \"ارتياحها\" لنتائج التفتيش")]
    assert quotes_of("وتأجل الاجتماع مرة أخرى، إذ عبر الوزير عن استيائه من غياب الوفد الآخر.") == [
        ("indirect", "عبر", "عن استيائه من غياب الوفد الآخر")]
    assert quotes_of("كما عبر \"مرصد الحقوق\" عن قلقه من تزايد حالات الاحتجاز التعسفي.") == [
        ("indirect", "عبر", "عن قلقه من تزايد حالات الاحتجاز التعسفي")]


def test_abbar_via_stays_no_cue():
    # "via" after إذ, after a comma with a quoted name, and before عن + a noun that is no feeling
    assert quotes_of("وتأخرت الشحنة إذ عبر الحدود عن طريق البحر.") == []
    assert quotes_of("ونقلت الأموال إلى الخارج، عبر \"بنك الخليج\" عن طريق حوالات سريعة.") == []
    assert quotes_of("وانتقل الفريق إذ عبر اللاعبون الحدود عن قصد.") == []


def test_criticism_with_its_object():
    assert quotes_of("وانتقد إلغاء الانتخابات البلدية في ثلاث ولايات دون استشارة الأحزاب.") == [
        ("indirect", "وانتقد", "إلغاء الانتخابات البلدية في ثلاث ولايات دون استشارة الأحزاب")]
    assert quotes_of("انتقد وزير الخارجية وصف الصحافة الأجنبية للأزمة بأنها \"مفتعلة\".") == [
        ("indirect", "انتقد", "وصف الصحافة الأجنبية للأزمة بأنها \"مفتعلة\"")]
    assert quotes_of("وانتقدت الوزيرة سلمى الحسن الهجوم الشخصي عليها في وسائل التواصل.") == [
        ("indirect", "وانتقدت", "الهجوم الشخصي عليها في وسائل التواصل")]
    # a clause after the subject and a time adverb
    assert quotes_of("وانتقدت المنظمة، الثلاثاء، أن السلطات لم تسمح للمحامين بزيارة الموقوفين.") == [
        ("indirect", "وانتقدت", "أن السلطات لم تسمح للمحامين بزيارة الموقوفين")]


def test_criticism_near_misses():
    # a text that criticises, a preposition first, and a later cue that carries the statement
    assert quotes_of("ونشر الناشط تغريدات تنتقد سياسة الحكومة في التعليم.") == []
    assert quotes_of("وكان الكاتب ينتقد في مقالاته الأوضاع الاقتصادية.") == []
    assert [c for _, c, _ in quotes_of("وانتقد الوزير الموقف الأوروبي من الأزمة، مؤكدا أن بلاده لن تتراجع"
                                       " عن قرارها.")] == ["مؤكدا"]


def test_criticism_guards_from_fresh_text():
    # a background clause (أن … قد انتقد), a subject that goes on after it (و + a place), a habit
    assert quotes_of("وفي رواية أخرى أن الشاعر قد انتقد صديقه في قصيدة له.") == []
    assert quotes_of("وانتقد سياسيون في بريطانيا وهولندا قرار الحكومة الأفريقية.") == []
    assert quotes_of("وهي تشجع زوجها دائما وتنتقد أداءه إذا أخفق.") == []
    # انتقد after a quotation attributes nothing to it: the quotation stays in قال's statement
    got = quotes_of("وقال إن الأموال \"تأتي من إيرادات السياحة وليس من المساعدات\"، وانتقد ما يردده مشرعون"
                    " في أوروبا.")
    assert [c for _, c, _ in got] == ["وقال"]


def test_accusing_participle_with_its_object():
    got = quotes_of("وقال: «لن نسمح بنزول الجيش إلى الشارع»، متهما قائد الجيش بتسييس المؤسسة العسكرية.")
    assert got[-1] == ("indirect", "متهما", "قائد الجيش بتسييس المؤسسة العسكرية")
    assert quotes_of("وتوقف النائب عند عدد النواب العرب في البرلمان، متهما الحكومة بالتمييز ضدهم.") == [
        ("indirect", "متهما", "الحكومة بالتمييز ضدهم")]
    # after an indirect statement of its sentence the participle continues it (step 36)
    assert [c for _, c, _ in quotes_of("وأعلنت الصين الجمعة أنها مضطرة للرد، متهمة واشنطن بإطلاق حرب تجارية.")] == [
        "وأعلنت"]


def test_accused_of_is_no_statement():
    assert quotes_of("وتمثل المرأة أمام المحكمة غدا، متهمة بقتل زوجها بسكين في العاصمة.") == []
    assert quotes_of("وكان القس يعمل في البلاد منذ عشرين عاما، متهما بمساعدة جماعة محظورة.") == []


def test_accusing_after_a_quotation_that_follows_an_indirect_statement():
    got = quotes_of("وشدد على أن الجيش لا يوضع في مواجهة تظاهرة سلمية، وقال: «لا تنزلوا الجيش إلى الشارع»،"
                    " متهما قائد الجيش بتسييس المؤسسة العسكرية.")
    assert got[-1] == ("indirect", "متهما", "قائد الجيش بتسييس المؤسسة العسكرية")


def test_elided_subject_and_an_occasion_adjunct_before_ila():
    assert quotes_of("وأشار خلال كلمته في الاجتماع إلى انطلاق برنامج التدريب الصيفي في الكليات.") == [
        ("indirect", "وأشار", "إلى انطلاق برنامج التدريب الصيفي في الكليات")]
    assert quotes_of("وعاد خلال المؤتمر إلى مقعده.") == []
