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


def test_what_came_in_a_source_is_an_attribution() -> None:
    # ``وفقا لما جاء``: held-out 75's gold ends the statement before it
    text = "إن التحالف دمر منظومة دفاع جوي في صنعاء، وفقا لما جاء على حساب موقع قناة الإخبارية"
    assert text[: trailing_attribution_end(text, 0, len(text))] == "إن التحالف دمر منظومة دفاع جوي في صنعاء"


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
    # before a verb of saying two words are enough (never a parenthesis of the statement)
    text = "مزاعم تزوير، وفق ما أفاد مراسلنا"
    assert text[: trailing_attribution_end(text, 0, len(text))] == "مزاعم تزوير"
    text = "واستهدفت الضربات العنيفة، وفق ما نقلت وكالة الأنباء، مواقع للجيش في حي برزة"
    assert trailing_attribution_end(text, 0, len(text), text.index("وفق")) == len(text)


# -- a statement that runs into a contrasting claim (nu33) ------------------------------------------


def test_a_bare_contrast_with_a_claim_of_its_own_ends_the_statement() -> None:
    # no comma before ولكن/لكن/بينما: the clause with its own subject and verb of saying is another claim
    assert _quotes(
        "وقال وزير الداخلية إن الانتخابات جرت في أجواء هادئة ولكن المعارضة أكدت أن عمليات تزوير وقعت."
    ) == [
        ("indirect", "وزير الداخلية", "إن الانتخابات جرت في أجواء هادئة"),
        ("indirect", "المعارضة", "أن عمليات تزوير وقعت"),
    ]
    assert _quotes("وقال الوزير إن الحكومة ستدعم المزارعين بينما أكد الاتحاد أن الدعم غير كاف.") == [
        ("indirect", "الوزير", "إن الحكومة ستدعم المزارعين"),
        ("indirect", "الاتحاد", "أن الدعم غير كاف"),
    ]


def test_the_speakers_own_bare_contrast_stays() -> None:
    # no verb of saying after the subject, or a verb of asking or refusing (the gold keeps these)
    text = "وقال الوزير إن الحكومة ستدعم المزارعين لكن الميزانية لا تسمح بزيادة كبيرة."
    assert [q[2] for q in _quotes(text)] == [text[text.index("إن") : -1]]
    text = "وقال المدرب إن النادي يسعى للتعاقد مع اللاعب ولكن ناديه طلب تعويضا ماليا كبيرا."
    assert [q[2] for q in _quotes(text)] == [text[text.index("إن") : -1]]
    # a preposition or a negation after لكن is no subject of its own
    text = "وقال الوزير إن الحكومة ستدعم المزارعين لكن في الوقت نفسه أكد أن الميزانية محدودة."
    assert [q[2] for q in _quotes(text)] == [text[text.index("إن") : -1]]


# -- headline speakers ------------------------------------------------------------------------------


def _headline(title: str, body: str) -> list[tuple[str | None, str]]:
    art = marsad.parse((title + "\n\nواشنطن - 12-03-2018\n" + body).encode())
    return [(q.speaker, art.text[q.start : q.end]) for q in art.quotes if q.kind == "headline"]


def test_a_joint_headline_subject_speaks_for_both() -> None:
    body = "التقى الرئيس الأمريكي دونالد ترامب نظيره الفرنسي إيمانويل ماكرون في البيت الأبيض أمس."
    assert _headline("ترامب وماكرون: لن نسمح لإيران بامتلاك سلاح نووي", body) == [
        ("دونالد ترامب وإيمانويل ماكرون", "لن نسمح لإيران بامتلاك سلاح نووي")
    ]
    # near miss: the second part is no person of the article
    body = "التقى الرئيس الأمريكي دونالد ترامب مستشاريه في البيت الأبيض أمس."
    assert _headline("ترامب ومستشاروه: لن نسمح لإيران بامتلاك سلاح نووي", body) == [
        ("دونالد ترامب", "لن نسمح لإيران بامتلاك سلاح نووي")
    ]


def test_a_place_in_the_headline_is_the_person_who_says_it_in_the_body() -> None:
    title = "قطر ترد على السعودية: هناك دول كبيرة ولكن عقولهم صغيرة"
    body = (
        'وقال وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني: "نحن دولة صغيرة ولكن أصحاب قلوب كبيرة، '
        'وهناك دول كبيرة ولكن قلوبهم وعقولهم صغيرة".'
    )
    assert _headline(title, body) == [("محمد بن عبدالرحمن آل ثاني", "هناك دول كبيرة ولكن عقولهم صغيرة")]
    # near miss: the body sums it up in other words: the place stays (the gold's convention)
    title = "قطر: لا صلة لنا بالتحقيقات حول التدخل في الانتخابات"
    body = 'وقال المتحدث باسم السفارة جاسم آل ثاني: "لم يتصل أحد بقطر حول أي قضية".'
    assert _headline(title, body) == [("قطر", "لا صلة لنا بالتحقيقات حول التدخل في الانتخابات")]
