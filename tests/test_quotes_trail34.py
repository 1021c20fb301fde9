"""Step 55d of the quotes work (docs/quotes.md), task trail34 (issue 6): one cutter of the post-posed
attributions of the writer (step 52f's ``trailing_attribution_end`` and step 54b's
``_Extractor._trailing_attribution`` read as one), on sentences written for these tests.

What both steps cut stays cut (their own tests: ``test_quotes_trailing_attribution.py``,
``test_quotes_span33.py``, ``test_quotes_appos44.py``, ``test_quotes_miss31.py``); here the cases where they
disagreed: a chain of two attributions, ``وذلك`` before the phrase, a source with an apposition, a
short tail after a source, a rule or measure at the end, and a direct quotation.
"""

from __future__ import annotations

import marsad
from marsad.quotes.stage import trailing_attribution_end


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    art = marsad.parse(("واشنطن - 12-03-2018\n" + text).encode())
    return [(q.kind, q.speaker, art.text[q.start : q.end]) for q in art.quotes]


def test_a_chain_of_attributions_is_cut_whole() -> None:
    # step 54b cut only the last one (a source); step 52f the one before it (no source word)
    text = "إن الهجوم نفذ بغاز الكلور، بحسب مشروع قرار، حسب وكالة فرانس برس"
    assert text[: trailing_attribution_end(text, 0, len(text))] == "إن الهجوم نفذ بغاز الكلور"
    assert _quotes("وقال دبلوماسيون إن الهجوم نفذ بغاز الكلور، بحسب مشروع قرار، حسب وكالة فرانس برس.") == [
        ("indirect", "دبلوماسيون", "إن الهجوم نفذ بغاز الكلور")
    ]


def test_wadhalika_before_the_phrase_and_an_apposition_of_the_source() -> None:
    text = "أن القوات انسحبت من المدينة بالكامل، وذلك بحسب وكالة رويترز"
    assert text[: trailing_attribution_end(text, 0, len(text))] == "أن القوات انسحبت من المدينة بالكامل"
    text = "أن القوات انسحبت من المدينة بالكامل، وفقا لما ذكره بيللو دانباتا، رئيس الأمن في الوكالة"
    assert text[: trailing_attribution_end(text, 0, len(text))] == "أن القوات انسحبت من المدينة بالكامل"
    # a source's apposition, then a time word
    text = "أن القوات انسحبت من المدينة بالكامل، بحسب المرصد، أحد مراصد الحرب، الخميس"
    assert text[: trailing_attribution_end(text, 0, len(text))] == "أن القوات انسحبت من المدينة بالكامل"


def test_a_rule_or_measure_at_the_end_is_the_speakers() -> None:
    # step 52f cut any phrase at the end; ``وفق الخطة`` is the speaker's own words
    text = "إن المصانع تعمل على مدار الساعة، وفق الخطة الموضوعة"
    assert trailing_attribution_end(text, 0, len(text)) == len(text)
    assert _quotes("وقال الوزير إن المصانع تعمل على مدار الساعة، وفق الجدول الزمني المعتمد.") == [
        ("indirect", "الوزير", "إن المصانع تعمل على مدار الساعة، وفق الجدول الزمني المعتمد")
    ]


def test_a_parenthesis_stays_but_a_verbal_attribution_before_it_is_cut() -> None:
    text = "إن القوات تقدمت في المنطقة، بحسب المعلومات الأولية، وسيطرت على عدة قرى في الريف"
    assert trailing_attribution_end(text, 0, len(text)) == len(text)
    text = "إن الحكومة ستخفض الضرائب، بحسب ما ذكرت صحيفة الأهرام، في إطار الخطة، وفق المصادر، وبعد نقاش طويل"
    assert text[: trailing_attribution_end(text, 0, len(text))] == "إن الحكومة ستخفض الضرائب"


def test_direct_quotations() -> None:
    # an unclosed quotation loses the attribution; a closed one keeps the speaker's own
    text = 'وقال الوزير "إن الحكومة ستخفض الضرائب على الوقود، بحسب ما أعلنه البنك الدولي'
    start = text.index("إن")
    assert text[start : trailing_attribution_end(text, start, len(text), -1, "direct")] == (
        "إن الحكومة ستخفض الضرائب على الوقود"
    )
    closed = text + '".'
    assert trailing_attribution_end(closed, start, len(text), -1, "direct") == len(text)


def test_too_few_words_left_and_the_statements_own_cue() -> None:
    text = "إنه بخير، بحسب مصادر"
    assert trailing_attribution_end(text, 0, len(text)) == len(text)
    text = "واستهدفت الضربات العنيفة، وفق ما نقلت وكالة الأنباء، مواقع للجيش في حي برزة"
    assert trailing_attribution_end(text, 0, len(text), text.index("وفق")) == len(text)
