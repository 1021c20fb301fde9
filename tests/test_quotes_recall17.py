"""Missed quotations of the recall17 work (docs/quotes.md, step 41c), on sentences of our own shaped like
those of held-out 45–50 and 63–68, with the near misses that must stay no quotation:

* a bare ``عبر``/``عبرت`` "expressed" whose subject holds a time adverb between commas or a short
  quoted name, whose clause opens with ``إذ``, or whose feeling is quoted in part (``عن "قلقه …"``)
  (held-out 45 CN-536 and FR-788, 47 snn-930, 68 SK-1047); ``عبر`` "via" stays no cue."""
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
