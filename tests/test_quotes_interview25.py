"""Interviews, second round (iv25, docs/quotes.md step 48iv): the interview leads of the table
``INTERVIEW_LEADS`` (an announcing lead needs no addressed question), quotations inside a ``ج:``
answer kept with their own speaker, and statements of the interviewee reported in a question kept as
the interviewee's — on texts written for the test (the kinds of the hostile tester nu25's report)."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.interview import interview_layout, interview_lead, second_person_past
from test_quotes_interview24 import lines_of


def quotes_of(text: str) -> list[tuple[str, str, str | None, str]]:
    """``(kind, cue, speaker, content)`` of every quote of ``text`` after the full pipeline."""
    return [
        (q.kind, q.cue_text, q.speaker, text[q.start : q.end]) for q in annotate(Article(text=text)).quotes
    ]


def test_lead_table_kinds():
    announce = [
        "وإلى نص الحوار:",
        "فإلى تفاصيل الحوار",
        "وفيما يلي الحوار:",
        'وفيما يلي حوار "الأيام" مع المدرب',
        "وهنا نص حوار حول التجربة",
        "حوار: سعد الحربي",
        "حوار ـ سعد الحربي",
        "حاوره:سعد الحربي (جدة)",
        "&nbsp;حاورها: منى السالم",
        "وفي هذا اللقاء تكشف تفاصيل مشروعها",
        "كان لنا معه الحوار التالي:",
        "وضيفنا اليوم هو رئيس النادي",
    ]
    mention = [
        'وأكد في حوار خص به "اليوم" أن',
        'وقال في حديث خاص لـ"اليوم" إن',
        "وأشار في مقابلة أجرتها معه الصحيفة إلى",
        'وأضاف في حواره مع "الأيام" أن',
        "وقال في أول حوار له مع الصحيفة",
        'التقته "الأيام" في مكتبه',
        "وقال خلال الحوار الذي دار بينه وبين الصحافيين",
    ]
    none = [
        "استنادا إلى مقابلة التقاعد الشخصية",  # إلى + مقابلة: no announcement
        "ودعا إلى الحوار الوطني الشامل",
        "في هذا الحوار الوطني",
        "كشف تفاصيل اللقاء بين الرئيسين",  # a meeting
        "والتقت وزيرة الخارجية نظيرها",
    ]
    assert [interview_lead("", t) for t in announce] == ["announce"] * len(announce)
    assert [interview_lead("", t) for t in mention] == ["mention"] * len(mention)
    assert [interview_lead("", t) for t in none] == [None] * len(none)
    assert interview_lead("حوار مع المدرب", "") == "announce"  # a title opening حوار


QA_PLAIN = (
    "ما سبب تراجع الفريق في الموسم الماضي؟\n"
    "الإصابات كانت السبب الرئيسي في التراجع.\n"
    "ما خطة النادي للموسم المقبل؟\n"
    "التعاقد مع لاعبين جدد في كل الخطوط.\n"
)


def test_announcing_lead_needs_no_addressed_question():
    # two questions not in the second person: an announcing lead suffices, a mention does not
    announced = "أكد رئيس النادي أن الفريق سيعود إلى المنافسة. وإلى نص الحوار:\n" + QA_PLAIN
    assert len(interview_layout(announced, lines_of(announced)).questions) == 2
    mentioned = 'وقال رئيس النادي في حوار مع "الأيام" إن الفريق سيعود إلى المنافسة.\n' + QA_PLAIN
    assert interview_layout(mentioned, lines_of(mentioned)) is None
    # the interviewer's label on a question (France 24's layout) makes one too
    labelled = (
        "تحدث المؤرخ عن تاريخ المدينة.\nالصحيفة: ما سبب تراجع الفريق في الموسم الماضي؟\n" + QA_PLAIN[40:]
    )
    assert interview_layout(labelled, lines_of(labelled)) is not None
    assert (
        interview_layout(labelled.replace("الصحيفة: ", ""), lines_of(labelled.replace("الصحيفة: ", "")))
        is None
    )


BYLINE = (
    "العتيبي: الموسم المقبل سيكون مختلفا\n\n"
    "حوار: سعد الحربي\n"
    "أكد فهد العتيبي رئيس نادي الشعلة أن الفريق سيعود إلى المنافسة على البطولات. وإلى نص الحوار:\n"
    "ما سبب تراجع الفريق في الموسم الماضي؟\n"
    "أكدت للجماهير أكثر من مرة أن الإصابات كانت السبب الرئيسي في التراجع.\n"
    "هناك من يقول إن الإدارة لم تدعم المدرب بما يكفي، ما ردك؟\n"
    "هذا غير صحيح، فقد وفرنا كل ما طلبه المدرب من لاعبين ومعسكرات.\n"
)


def test_byline_interview_answers_and_questions():
    assert [q[:3] for q in quotes_of(BYLINE)] == [
        ("headline", ":", "فهد العتيبي"),
        ("indirect", "أكد", "فهد العتيبي"),
        ("indirect", "أكدت", "فهد العتيبي"),  # the answer's first person: was no speaker
        # (the question's «هناك من يقول إن …» is gone: it was read as فهد العتيبي's)
    ]


ANSWERS = (
    "وزير الصحة: المستشفيات جاهزة لموسم الحج\n\n"
    "أجرت الصحيفة حوارا مع وزير الصحة خالد المنصور حول استعدادات الوزارة لموسم الحج.\n\n"
    "س: ما استعداداتكم لموسم الحج هذا العام؟\n\n"
    'ج: أكملنا الاستعدادات كافة قبل شهرين، وقال الدكتور سامي العتيبي مدير مستشفى منى إن "المستشفى جاهز'
    ' لاستقبال آلاف الحجاج منذ الأسبوع الماضي".\n\n'
    "س: وماذا عن الكوادر الطبية؟\n\n"
    "ج: لدينا أكثر من عشرة آلاف موظف، وأكدنا أن الفرق الميدانية ستعمل على مدار الساعة طوال أيام الموسم.\n"
)


def test_answer_keeps_its_inner_quotation():
    got = quotes_of(ANSWERS)
    assert [q[:3] for q in got] == [
        ("headline", ":", "خالد المنصور"),
        ("direct", "ج:", "خالد المنصور"),  # the answer stays the interviewee's
        ("direct", "وقال", "سامي العتيبي"),  # a quotation inside it, with its own speaker
        ("direct", "ج:", "خالد المنصور"),  # «وأكدنا أن …»: the interviewee's own, no second quote
    ]
    assert got[2][3] == "المستشفى جاهز لاستقبال آلاف الحجاج منذ الأسبوع الماضي"
    assert got[1][3].startswith("أكملنا الاستعدادات كافة")


REPORTED = (
    "الحداد: لن نتراجع عن الإصلاح\n\n"
    'أكد وزير المالية سامي الحداد في حوار مع "الأيام" أن الحكومة ماضية في خطتها.\n'
    "ذكرت في تصريح سابق أن العجز سينخفض إلى النصف، فهل ترى أن هذا التقدير ما زال قائما؟\n"
    "نعم، الأرقام تؤكد ذلك والإيرادات في تحسن مستمر منذ بداية العام.\n"
    "الوزارة أعلنت أن الضرائب الجديدة لن تمس ذوي الدخل المحدود، كيف تضمنون ذلك برأيك؟\n"
    "وضعنا إعفاءات واضحة في القانون لكل من يقل دخله عن الحد الأدنى.\n"
)


def test_statement_reported_in_a_question_is_the_interviewees():
    assert quotes_of(REPORTED) == [
        ("headline", ":", "سامي الحداد", "لن نتراجع عن الإصلاح"),
        ("indirect", "أكد", "سامي الحداد", "أن الحكومة ماضية في خطتها"),
        # the interviewee's earlier statement (second person), without the question after it
        ("indirect", "ذكرت", "سامي الحداد", "أن العجز سينخفض إلى النصف"),
        # a third feminine with its subject named in the question keeps it (the question cut off)
        ("indirect", "أعلنت", "الوزارة", "أن الضرائب الجديدة لن تمس ذوي الدخل المحدود"),
    ]


def test_second_person_past():
    assert [second_person_past(w) for w in ("ذكرت", "وأكدت", "صرحت", "ذكرتم", "وأعلنتم")] == [True] * 5
    assert [second_person_past(w) for w in ("تؤكد", "يقول", "قالت", "أشارت", "ذكر", "تم")] == [False] * 6
