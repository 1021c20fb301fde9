"""Step 45v (docs/quotes.md): subjects that do not stand right after the cue verb. A resumptive cue
(``قال فيه``, ``عبر فيها``) opens a relative clause on a statement or speech event that is the object
of an earlier verb; its speaker is that verb's subject (``أجرى محمد صلاح حوارا …، عبر فيه`` → the
player, not the club named last). Sentences written for the test, with near misses."""
from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate

_LEAD = "قال رئيس الحكومة سمير الجابري إن الموازنة الجديدة ستقر قبل نهاية الشهر. "


def _second(text: str) -> str | None:
    found = [(q.cue_text, q.speaker) for q in annotate(Article(text=_LEAD + text)).quotes]
    assert len(found) == 2, found
    return found[1][1]


def test_speech_event_object_of_an_earlier_verb():
    assert _second('أجرى اللاعب المصري محمد صلاح حوارا مع الموقع الرسمي لنادي "ليفربول"، '
                   "عبر فيه عن سعادته بالفوز.") == "محمد صلاح"
    assert _second("وألقت الوزيرة هدى السالم كلمة في الافتتاح أكدت فيها أن المشروع سيكتمل.") == "هدى السالم"
    assert _second("وكتب وزير الخارجية ناصر العلي تغريدة على حسابه قال فيها إن المفاوضات فشلت.") == "ناصر العلي"


def test_role_and_name_in_apposition_before_the_event():
    assert _second("وأجرى العاهل الأردني، الملك عبدالله الثاني، اتصالا هاتفيا مع الرئيس المصري، "
                   "وعبر فيه عن تضامنه مع مصر.") == "عبدالله الثاني"


def test_issuing_body_after_an_adjunct():
    # a ministry is a "source" phrase: the issuer of the statement, past the time adverb
    assert _second("أصدرت وزارة الصحة الأردنية بيانا، الإثنين، أعلنت فيه أن عدد الإصابات ارتفع.") == "وزارة الصحة الأردنية"


def test_near_misses_noun_and_other_object():
    # عقد as a noun in construct (تجديد عقد اللاعب) is no verb: the club that issued the news speaks
    assert _second("ونشر النادي الأهلي خبر تجديد عقد اللاعب سامي الحربي، عبر موقعه الرسمي، "
                   "وأكد فيه أن العقد طويل الأمد.") == "النادي الأهلي"
    # a verb without a speech event after its subject: no reading from it (the running speaker)
    assert _second("وكتب الوزير المقال في الصحيفة. وقال فيه إن الخطة جاهزة.") != "المقال"


def test_unnamed_source_in_the_accusative_after_lakinna():
    # after إنّ/لكنّ the subject is accusative (مصدرا); the source as written, in the nominative
    assert _second("ولكن مصدرا رفيع المستوى في الاتحاد قال إن المدرب باق في منصبه.") == "مصدر رفيع المستوى في الاتحاد"
    assert _second("ولكن مسؤولا أمنيا في الوزارة أكد أن الوضع مستقر.") == "مسؤول أمني في الوزارة"
    # near miss: a verb between the source and the cue is no adjective of it (not read as a phrase)
    assert "رفض" not in (_second("لكن مسؤولا رفض الكشف عن اسمه قال إن القرار نهائي.") or "")


def test_auxiliary_or_adjunct_between_a_preposed_subject_and_its_verb():
    assert _second("غير أن وزير المالية خالد الدوسري ما زال يصر على أن العجز سينخفض.") == "خالد الدوسري"
    assert _second("إلا أن الشرطة وفي تغريدة تحدثت عن اعتقال ستة أشخاص.") == "الشرطة"
    # near miss: في + a definite place is no closed adjunct (إلا أن الشرطة في برلين …: the body placed)
    assert _second("إلا أن الشرطة في برلين أكدت أن ستة أشخاص اعتقلوا.") == "الشرطة في برلين"


def test_kana_subject_before_a_verb_with_an_object():
    # كانت + subject + verb + object: the noun after the verb is its object, not its subject
    assert _second("وكانت دمشق اتهمت إسرائيل في التاسع من نيسان بشن غارة جوية على المطار.") == "دمشق"
    # near misses: كان قد + verb + subject (the subject after the verb), كان + subject + قد + verb
    assert _second("وكان قد أعلن وزير النقل أن الطريق سيفتح.") == "وزير النقل"
    assert _second("وكانت اللجنة المركزية قد دعت حركة حماس إلى اتخاذ قرارات واضحة.") == "اللجنة المركزية"
    # نقل عن: the source of a report keeps its own reading
    assert _second("وكان الاتحاد المصري قد نقل عن مسؤولين في النادي قولهم إن الصفقة تمت.") != "الاتحاد المصري"


def test_verb_object_subject_order_for_a_plural_cue():
    assert _second("ونشر الدراسة باحثون في جامعة أكسفورد، وقالوا إن النتائج مشجعة.") == "باحثون في جامعة أكسفورد"
    assert _second("ونشر الدراسة خبراء من جامعة هارفارد، وأكدوا أن النتائج أولية.") == "خبراء من جامعة هارفارد"
    # near misses: a definite word after the object is no indefinite source; a place after the verb
    assert _second("وانتقد القرار الوزراء، وقالوا إنه غير دستوري.") != "الوزراء، وقالوا"
    assert _second("وزار المدينة سياح كثيرون، وقالوا إنها جميلة.") != "سياح كثيرون"


def test_relative_pronoun_before_an_issuing_verb():
    # …، الذي أصدر بيانا قال فيه: the statement's author is the relative's antecedent
    assert _second("وهذا ما أكده الجيش اللبناني، الذي أصدر بيانا قال فيه إن القصف توقف.") == "الجيش اللبناني"
