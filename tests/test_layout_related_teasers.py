"""CNN Arabic's related-news widget closing an article is not its body (new-user report nu16 H2:
CN-economy-170-20180812 ended with five teasers whose quotes and weekdays were credited to it): its
teasers are blocks of kind ``related`` (nu22 item 1; on by default since 2026-12-01).
Rule: ``marsad.layout.boilerplate.related_teasers``; see docs/layout.md. Spans from ANT v2.1
CN-economy-170-20180812 and its teasers."""

from __future__ import annotations

import pytest

from marsad import settings
from test_layout_support import layout, texts, trec_article


@pytest.fixture(autouse=True)
def _teasers_on(monkeypatch):
    # the default since 2026-12-01 (settings.LAYOUT_RELATED_TEASERS); set so a changed default shows
    monkeypatch.setattr(settings, "LAYOUT_RELATED_TEASERS", True)


def related(a):
    return [r for r in a.blocks if r.kind == "related"]

OWN = [
    "دبي، الإمارات العربية المتحدة (CNN)-- وقعت شركتا أرامكو وأكوا باور السعوديتان و\"إير بروداكتس\" "
    "الأمريكية، الأحد، وثيقة شروط لتأسيس مشروع مشترك للتغويز في مدينة جازان الاقتصادية.",
    "وبحسب وكالة الأنباء السعودية، تتجاوز تكلفة المشروع 8 مليارات دولار، وستنتقل ملكية الأصول إلى المشروع المشترك.",
    "وستقوم أرامكو بتزويد المشروع المشترك باللقيم، النفط، الذي بدوره سينتج لها الكهرباء والهيدروجين.",
]
TEASERS = [
    "قال الرئيس التركي، رجب طيب أردوغان، الأحد، إن بلاده ستتوجه إلى أسواق وتحالفات جديدة رداً على العقوبات الاقتصادية الأمريكية.",
    "حذرت السعودية من التعامل او الاستثمار في العملات الرقمية الافتراضية كونها خارج نطاق المظلة الرقابية داخل المملكة.",
    "أكد وزير المالية الروسى، أنتون سيلانوف، الأحد، أن روسيا ستواصل خفض حيازتها من الأوراق المالية الأمريكية.",
    "قال الرئيس التركي رجب طيب أردوغان، اليوم السبت، إن بلاده تستعد حاليا لاستخدام العملات المحلية في تجارتها.",
    "قررت الولايات المتحدة الأمريكية، اليوم السبت، تطبيق الرسوم الجديدة التي فرضتها على منتجات الصلب والألومنيوم.",
]
TITLE = "أرامكو وأكوا باور وإير بروداكتس تؤسس مشروعا للتغويز في جازان"


def cnn(paragraphs, src="CNN"):
    return layout(trec_article(TITLE, "\n".join(paragraphs), docno="CN-economy-1-20180812", src=src))


def test_the_five_teasers_leave_the_body():
    a = cnn(OWN + TEASERS)
    assert [a.span_text(r) for r in related(a)] == TEASERS
    assert not [r for r in a.removed if r.what == "related"]  # kept as blocks, not removed
    assert texts(a, "body") == OWN[1:]
    assert not any("أردوغان" in t for t in texts(a, "body") + texts(a, "lead"))


def test_off_by_default_keeps_the_teasers(monkeypatch):
    monkeypatch.setattr(settings, "LAYOUT_RELATED_TEASERS", False)
    a = cnn(OWN + TEASERS)
    assert texts(a, "body") == OWN[1:] + TEASERS


def test_other_sources_and_own_closing_paragraphs_are_kept():
    # not CNN: the rule is the CNN widget's
    a = cnn([OWN[0].replace("(CNN)-- ", "")] + OWN[1:] + TEASERS, src="SkyNews")
    assert not related(a)
    # the article's own closing paragraphs continue it ("وأضاف", "ويذكر", "من جانبه") or keep to its
    # subject (four of five name a word of the title)
    own_tail = [
        "وأضاف الرئيس التنفيذي للشركة أن المشروع سيخدم مصفاة جازان ويرفع طاقتها التكريرية بمقدار كبير.",
        *TEASERS[1:],
    ]
    a = cnn(OWN + own_tail)
    assert not related(a)
    on_topic = [
        f"{verb} مشروع التغويز في جازان تقدما في مرحلته {n} بحسب بيان الشركة الصادر في نهاية الأسبوع الماضي."
        for verb, n in (("سجل", "الأولى"), ("حقق", "الثانية"), ("أنجز", "الثالثة"), ("بلغ", "الرابعة"))
    ] + [TEASERS[0]]
    a = cnn(OWN + on_topic)
    assert not related(a)


# teasers of stories on the article's own subject (new-user report nu22 item 1: CN-middleEast-1489,
# a Khashoggi story whose widget leads on Khashoggi kept four of five naming the title's words):
# two or more in CNN's dated-lead form ("…، الخميس، …") outweigh the title guard
ON_SUBJECT_TEASERS = [
    "أعلنت شركة أرامكو السعودية، الخميس، عن اكتشاف حقل غاز جديد قبالة سواحل جازان في البحر الأحمر.",
    "قال وزير الطاقة السعودي، خالد الفالح، صباح الأربعاء، إن مشاريع التغويز ستخفض استهلاك النفط في المصافي.",
    "وقعت أرامكو اتفاقية مع شركة كورية لبناء مصفاة جديدة في مدينة جازان الاقتصادية بكلفة ملياري دولار.",
    "ارتفعت أسهم شركة أكوا باور في السوق المالية السعودية بعد إعلان نتائجها الفصلية للعام الجاري.",
    "أظهرت بيانات رسمية تراجع واردات المملكة من المنتجات البترولية خلال الربع الثاني من العام الجاري.",
]


def test_dated_leads_outweigh_the_title_guard():
    a = cnn(OWN + ON_SUBJECT_TEASERS)
    assert [a.span_text(r) for r in related(a)] == ON_SUBJECT_TEASERS
    assert texts(a, "body") == OWN[1:]


def test_one_dated_lead_keeps_the_title_guard():
    # near miss: the article's own closing paragraphs on its subject, one of them with a weekday
    # between commas (an own paragraph can date an event so): kept
    own_tail = [ON_SUBJECT_TEASERS[0]] + [
        f"{verb} مشروع التغويز في جازان تقدما في مرحلته {n} بحسب بيان الشركة الصادر في نهاية الأسبوع الماضي."
        for verb, n in (("سجل", "الأولى"), ("حقق", "الثانية"), ("أنجز", "الثالثة"), ("بلغ", "الرابعة"))
    ]
    a = cnn(OWN + own_tail)
    assert not related(a)
    assert ON_SUBJECT_TEASERS[0] in texts(a, "body")


def test_dated_lead_form():
    from marsad.layout.boilerplate import _dated_lead

    assert _dated_lead("قال الرئيس التركي، رجب طيب أردوغان، الجمعة، إن بلاده ستنتصر.")
    assert _dated_lead("قررت الحكومة، اليوم السبت، رفع الأسعار.")
    assert _dated_lead("شهد جنوب سوريا، صباح الإثنين، فتح معبرين حدوديين.")
    # a weekday not between commas, or far into the paragraph, is no dated lead
    assert not _dated_lead("اجتمع الوزراء يوم الخميس لبحث الموازنة الجديدة للعام المقبل.")
    assert not _dated_lead("أعلن المجلس " + "في بيان مطول عن خطته " * 10 + "، الخميس، أنه سيجتمع.")


def test_opinion_piece_widget_with_dated_leads():
    # an opinion column (CN-middleEast-1179: "هذا المقال بقلم …") ends with the same widget; its own
    # closing paragraphs are the writer's argument, which is not in the dated-lead form
    note = "هذا المقال بقلم كاتب أردني، والآراء الواردة أدناه تعبر عن رأي كاتبها فقط ولا تعكس رأي الشبكة."
    column = [
        note,
        "حين نتأمل ما يجري في منطقتنا اليوم لا بد أن نسأل عن جذور خطاب الكراهية الذي يملأ الصفحات.",
        "فالكلمة التي تكتب على عجل في لحظة غضب تبقى، وتصل إلى من لم نقصدهم، وتزرع ما لا نريد حصاده.",
    ]
    a = cnn(column + ON_SUBJECT_TEASERS)
    assert [a.span_text(r) for r in related(a)] == ON_SUBJECT_TEASERS
    # near miss: the column's own closing paragraphs open like statements but carry no dated lead
    own = [
        f"{w} الكاتب في هذه المسألة أن الحوار {n} هو السبيل الوحيد لتجاوز ما نعيشه من انقسام وتشتت في المجتمع."
        for w, n in (("يرى", "الهادئ"), ("يعتقد", "الصريح"), ("يؤكد", "المفتوح"), ("يضيف", "الدائم"), ("يختم", "الجاد"))
    ]
    a = cnn(column + own)
    assert not related(a)


# new-user report nu23: one guard gives way when a dated lead is among the five (ANT v2.1 CNN: 41
# widgets more, all five blocks of each found verbatim in other CNN articles) -- one teaser opening
# like a continuation with a form leads share ("لم يستغرق …", "X: …", "- …"), a third و/ف opener
# ("وبَّخت", a name "وودوارد", "في 9 سبتمبر/أيلول …"), or a widget on the title's subject whose five
# nearly all open in a lead's form (dated, or title and name between commas)
HISTORY = "في 9 سبتمبر/أيلول من عام 1991 افتتحت أول محطة لمترو الأنفاق في المدينة وسط احتفال رسمي كبير حضره الآلاف."
NEGATED = "لم يستغرق اجتماع وزير الخارجية الأمريكي مع نظيره السعودي سوى ربع ساعة في العاصمة الرياض صباح اليوم."
LABELLED = "الكويت: إعفاء مدير الهيئة العامة للاستثمار من منصبه وتعيين نائبه خلفا له بمرسوم أميري صدر مساء أمس."
LISTED = "- أعلنت قوات التحالف في بيان رسمي أنها نجحت في الإفراج عن عدد من المحتجزين في عملية خاصة جرت ليلا."
WAW_VERB = "وبَّخت الصين الولايات المتحدة، الجمعة، منتقدة التحركات التجارية الأحادية التي تسبب الضرر للجميع."


@pytest.mark.parametrize("odd", [NEGATED, LABELLED, LISTED])
def test_one_teaser_opening_like_a_continuation(odd):
    teasers = TEASERS[:2] + [odd] + TEASERS[3:]  # TEASERS[3] and [4] are dated leads
    a = cnn(OWN + teasers)
    assert [a.span_text(r) for r in related(a)] == teasers
    assert texts(a, "body") == OWN[1:]


def test_headline_shaped_teaser_line():
    # a teaser that is another story's headline ("السعودية: إعفاء …", no full stop) is segmented as a
    # sub-heading; one among the five gives way like an odd opener
    headline = "الكويت: إعفاء مدير الهيئة العامة للاستثمار من منصبه وتعيين نائبه خلفا له"
    teasers = TEASERS[:2] + [headline] + TEASERS[3:]
    a = cnn(OWN + teasers)
    assert [a.span_text(r) for r in related(a)] == teasers
    # near miss: an own section heading (short) among the last five keeps the article's text
    a = cnn(OWN + TEASERS[:2] + ["تفاصيل المشروع"] + TEASERS[3:])
    assert not related(a)


def test_one_odd_teaser_needs_a_dated_lead():
    # the same widget without a dated lead among the five: the guard holds
    undated = [t.replace("، اليوم السبت،", "").replace("، الأحد،", "") for t in TEASERS]
    a = cnn(OWN + undated[:2] + [NEGATED] + undated[3:])
    assert not related(a)


def test_pointing_back_or_two_odd_openers_are_kept():
    # near misses: a paragraph pointing back at the text ("يذكر أن …", "كما …") never gives way,
    # nor do two odd openers among the five, nor an odd opener and a third و/ف opener together
    for odd in (
        "يذكر أن المشروع هو الأول من نوعه في المملكة، وسيبدأ تشغيله تجاريا مع نهاية العام المقبل.",
        "كما أعلنت الشركتان، الأحد، أن المشروع سيوفر مئات الوظائف لأبناء المنطقة خلال سنوات إنشائه.",
    ):
        a = cnn(OWN + TEASERS[:2] + [odd] + TEASERS[3:])
        assert not related(a)
    a = cnn(OWN + [LABELLED, NEGATED] + TEASERS[2:])
    assert not related(a)
    a = cnn(OWN + ["وأشار البيان إلى أن المشروع سيكتمل خلال أربع سنوات من تاريخ توقيع العقود النهائية.",
                   "ونقلت الوكالة عن مسؤول في الشركة أن التمويل سيأتي من قروض مصرفية وصناديق استثمار محلية.",
                   NEGATED, TEASERS[3], WAW_VERB])
    assert not related(a)


def test_third_waw_opener_gives_way_with_a_dated_lead():
    teasers = [
        "وودوارد، الذي وصف الرئيس الأمريكي كتابه بأنه محض خيال، اختار كلماته بعناية في مقابلته التلفزيونية الأولى.",
        WAW_VERB,
        HISTORY,
        "تغلب المنتخب المغربي على نظيره التونسي بهدفين مقابل هدف في المباراة الودية التي أقيمت في الرباط.",
        TEASERS[1],
    ]
    a = cnn(OWN + teasers)
    assert [a.span_text(r) for r in related(a)] == teasers
    # four و/ف openers are the article's own paragraphs however dated
    a = cnn(OWN + teasers[:4] + ["وأضاف الوزير، الأحد، أن بلاده ماضية في خطتها لتنويع مصادر الدخل رغم التحديات."])
    assert not related(a)


def test_widget_on_the_title_subject_in_lead_form():
    # four of five name the title's words (أرامكو, جازان), one dated lead, and all five open with
    # the subject's title and name between commas: a widget on the article's subject
    on_subject = [
        "أعلنت شركة أرامكو السعودية، الخميس، عن اكتشاف حقل غاز جديد قبالة سواحل جازان في البحر الأحمر.",
        "قال وزير الطاقة السعودي، خالد الفالح، إن مشاريع أرامكو في جازان ستخفض استهلاك النفط في المصافي.",
        "أكد رئيس شركة أرامكو، أمين الناصر، أن مصفاة جازان ستبدأ التشغيل التجاري قبل نهاية العام المقبل.",
        "كشف محافظ الهيئة العامة للاستثمار، إبراهيم العمر، عن حوافز جديدة للمستثمرين في مدينة جازان الاقتصادية.",
        "رفض المتحدث باسم وزارة الخارجية الروسية، ماريا زخاروفا، الاتهامات الأمريكية الأخيرة بشأن الانتخابات.",
    ]
    a = cnn(OWN + on_subject)
    assert [a.span_text(r) for r in related(a)] == on_subject
    # near miss (test_one_dated_lead_keeps_the_title_guard): own paragraphs on the subject without
    # the lead's form keep the guard
    from marsad.layout.boilerplate import _appositive_lead

    assert _appositive_lead(on_subject[1]) and not _appositive_lead(HISTORY)
