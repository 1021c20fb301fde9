"""CNN Arabic's related-story links inside the text are no sub-headings (new-user report nu22 item 1:
``قد يهمك/ …``, ``إقرأ أيضا: …``, ``شاهد.. …`` lines between paragraphs were tagged ``subheading``, so
another story's headline fed entities, quotes and search). Rule:
``marsad.layout.rules.BOILERPLATE_LINE_PATTERNS`` (a ``meta`` block); see docs/layout.md. Own
sentences."""

from __future__ import annotations

import pytest

from test_layout_support import layout, texts, trec_article

P1 = "دبي، الإمارات العربية المتحدة (CNN)-- افتتحت البلدية، الأحد، حديقة عامة جديدة على شاطئ المدينة بمساحة عشرة هكتارات."
P2 = "وتضم الحديقة ممرات للمشي ومساحات للعب الأطفال ومكتبة صغيرة مفتوحة للزوار طوال أيام الأسبوع."
P3 = "وقال مدير المشروع إن الأشجار المزروعة فيها تتحمل الحرارة وتحتاج إلى كميات قليلة من المياه."


def cnn(middle: str):
    return layout(trec_article("بلدية دبي تفتتح حديقة جديدة", "\n".join([P1, P2, middle, P3]), docno="CN-x-1-20180101", src="CNN"))


@pytest.mark.parametrize(
    "line",
    [
        "قد يهمك/\u00a0وزير النقل يعلن موعد افتتاح الخط الثالث للمترو",
        "قد يهمك.. وزير النقل يعلن موعد افتتاح الخط الثالث للمترو",
        "قد يهمك أيضا: وزير النقل يعلن موعد افتتاح الخط الثالث للمترو",
        "إقرأ أيضا:\u00a0وزير النقل يعلن موعد افتتاح الخط الثالث للمترو",
        "اقرأ.. وزير النقل: الخط الثالث للمترو يفتتح قريبا",
        "اقرأ المزيد...\u00a0وزير النقل يعلن موعد افتتاح الخط الثالث",
        "أيضاً.. وزير النقل يعلن موعد افتتاح الخط الثالث للمترو",
        ".. أيضا/\u00a0محلل لـCNN: الخط الثالث للمترو يغير وجه المدينة",
        "شاهد.. لحظة وصول أول قطار إلى المحطة الجديدة",
    ],
)
def test_link_lines_are_meta(line):
    a = cnn(line)
    assert texts(a, "meta") == [line.strip()]
    assert texts(a, "subheading") == []
    assert texts(a, "body") == [P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        # a comma after the word, or no separator at all: prose or a real sub-heading
        "أيضا، قالت البلدية إن حديقتين أخريين ستفتتحان في العام المقبل.",
        "شاهد الزوار عرضا للألعاب النارية في المساء.",
        "اقرأ التعليمات قبل دخول الحديقة في الأيام الأولى.",
    ],
)
def test_prose_opening_with_the_words_is_kept(line):
    a = cnn(line)
    assert texts(a, "meta") == []
    assert line in texts(a, "body")


def test_real_subheading_is_kept():
    a = cnn("مرافق الحديقة")
    assert texts(a, "subheading") == ["مرافق الحديقة"]
    assert texts(a, "meta") == []
