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
