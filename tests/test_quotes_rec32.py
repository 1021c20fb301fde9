"""Step 53c (issue 6 recall, docs/quotes.md): known cues that yielded nothing — verbal-noun objects of
the مفاعلة/تفاعل/تفعّل/فَعْل kinds and in the indefinite accusative (``وقفاً``) — each on text written
for the test, with the near misses that must stay as they were."""

from __future__ import annotations

from marsad.model import Article
from marsad.quotes.stage import annotate_quotes


def quotes_of(text: str) -> list[tuple[str, str | None, str, str]]:
    a = Article(text=text)
    annotate_quotes(a)
    return [(q.kind, q.speaker, q.cue_text, a.text[q.start : q.end]) for q in a.quotes]


def test_more_verbal_noun_objects_of_announcing_verbs():
    # مفاعلة after a time adverb, فَعْل after the subject, مفاعلة after an adjunct and a comma
    assert quotes_of("أعلنت قوات الجيش مساء الأحد مغادرة جميع المسلحين من البلدة.") == [
        ("indirect", "قوات الجيش", "أعلنت", "مغادرة جميع المسلحين من البلدة"),
    ]
    assert quotes_of("أعلنت الفصائل المحلية بسط سيطرتها على الوادي الشرقي.") == [
        ("indirect", "الفصائل المحلية", "أعلنت", "بسط سيطرتها على الوادي الشرقي"),
    ]
    assert quotes_of('أكد الدكتور سامي يوسف مدير الجمعية لـ"الصحيفة"، مباشرة اللجنة دراسة الأسعار.') == [
        ("indirect", "سامي يوسف", "أكد", "مباشرة اللجنة دراسة الأسعار"),
    ]


def test_listed_verbal_noun_in_the_indefinite_accusative():
    assert quotes_of("أعلنت الحركة الأحد وقفاً لإطلاق النار لمدة ثلاثة أيام.") == [
        ("indirect", "الحركة", "أعلنت", "وقفاً لإطلاق النار لمدة ثلاثة أيام"),
    ]
    # an adverbial accusative that is no listed verbal noun stays no object
    assert quotes_of("أعلنت الحركة رسمياً أسماء المرشحين.") == []


def test_a_meeting_adjunct_before_the_object():
    assert quotes_of("وأكد قادة الجيوش خلال مداولاتهم أهمية تشكيل القوة المشتركة.") == [
        ("indirect", "قادة الجيوش", "وأكد", "أهمية تشكيل القوة المشتركة"),
    ]
    assert quotes_of("وأكد الوزير خلال اجتماعه أهمية تشكيل القوة المشتركة.") == [
        ("indirect", "الوزير", "وأكد", "أهمية تشكيل القوة المشتركة"),
    ]
    # no listed verbal noun after the adjunct: nothing
    assert quotes_of("وأكد الوزير خلال اجتماعه أعضاء اللجنة الجديدة.") == []


def test_a_call_to_visit_or_act_after_a_long_addressee():
    assert quotes_of("دعا الزعيم الكوري كيم جونغ أون الرئيس الأمريكي دونالد ترامب لزيارة بيونغ يانغ.") == [
        ("indirect", "كيم جونغ أون", "دعا", "لزيارة بيونغ يانغ"),
    ]
    assert quotes_of(
        "دعا هادي إليامي رئيس اللجنة، كافة هيئات حقوق الإنسان، للتحرك الفوري للتحقيق في الجرائم."
    ) == [
        ("indirect", "هادي إليامي", "دعا", "للتحرك الفوري للتحقيق في الجرائم"),
    ]


def test_small_clause_of_a_finite_past_consider():
    # the subject reads over the object; the object starts after the closed subject, the predicate quoted
    assert quotes_of('واعتبر الاتحاد الرياضي المحلي إعادة تمثيل المباراة "أمرا مؤسفا للغاية".') == [
        ("indirect", "الاتحاد الرياضي المحلي", "واعتبر", 'إعادة تمثيل المباراة "أمرا مؤسفا للغاية"'),
    ]
    assert quotes_of("واعتبر الوزير سامي يوسف القرار خطأ كبيرا.") == [
        ("indirect", "سامي يوسف", "واعتبر", "القرار خطأ كبيرا"),
    ]
    # the present is mostly the passive "is considered": nothing
    assert quotes_of("ويعتبر المشروع نموذجا للتعاون بين البلدين.") == []


def test_small_clause_after_a_plural_subject_and_its_near_misses():
    # a sound plural in ون closes the subject; the object's own adjunct stays in the statement
    assert quotes_of("واعتبر محللون القرار الأميركي بفرض الرسوم بمثابة تراجع عن المقاربة.") == [
        ("indirect", "محللون", "واعتبر", "القرار الأميركي بفرض الرسوم بمثابة تراجع عن المقاربة"),
    ]
    # the subject before the verb: the words after it are the object, no object start is found in them
    assert quotes_of("وصحف أخرى اعتبرت نتائج الانتخابات الرئاسية والبرلمانية ارتدادا للديمقراطية.") == []
