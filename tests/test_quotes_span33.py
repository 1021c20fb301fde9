"""Step 54b of the quotes work (docs/quotes.md): quotation spans and quotation marks (issue 6).

Sentences written for these tests: a post-posed attribution of the writer left at a statement's end
(``…، حسب مدير المرصد``, ``…، على حد وصفه``, a source with an apposition), the correlative ``بين …
وبين`` read as the verb ``وبيّن``, and the doubled apostrophe ``''…''`` typed for a double mark; and
what the rules must leave alone (a statement that goes on after a parenthetical attribution, a rule or
measure after ``وفق``, the speaker's own attribution inside closed marks, the verb ``وبيّن``).
"""

from __future__ import annotations

import marsad
from marsad.quotes.direct import find_marked_spans, find_marked_spans_python
from marsad.quotes.reported import correlative_bayna


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    art = marsad.parse(text)
    return [(q.kind, q.speaker, art.text[q.start : q.end]) for q in art.quotes]


# -- a post-posed attribution of the writer -----------------------------------------------------


def test_a_trailing_attribution_after_a_cued_statement_is_not_quoted():
    got = _quotes("ويرى المعارضون أن القانون عنصري، بحسب مراسلة وكالة الأنباء الفرنسية.")
    assert got == [("indirect", "المعارضون", "أن القانون عنصري")], got
    got = _quotes("وقال السائق إنه كان يعمل طوال الليل، وذلك حسبما أفادت وكالة تاس للأنباء.")
    assert got == [("indirect", "السائق", "إنه كان يعمل طوال الليل")], got


def test_ala_hadd_wasfihi_is_an_attribution_too():
    got = _quotes("وأكد وزير الخارجية أن بلاده مستعدة للحوار بعيدا عن الشروط المسبقة، على حد وصفه.")
    assert got == [("indirect", "وزير الخارجية", "أن بلاده مستعدة للحوار بعيدا عن الشروط المسبقة")], got


def test_the_attribution_is_cut_with_an_apposition_of_its_source():
    got = _quotes(
        "ومرت أكثر من ألفي شاحنة مساعدات عبر المعبر في الأشهر الثمانية الأولى من العام، "
        "وفقا لديفيد سوانسون، من مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية."
    )
    assert got == [
        (
            "indirect",
            "ديفيد سوانسون",
            "ومرت أكثر من ألفي شاحنة مساعدات عبر المعبر في الأشهر الثمانية الأولى من العام",
        )
    ], got
    got = _quotes(
        "وتطلب قطر من المحكمة أن تأمر بتعليق الإجراءات فورا، وفق ما أعلنه محمد الخليفي، أحد محامي قطر."
    )
    assert got == [("indirect", "محمد الخليفي", "وتطلب قطر من المحكمة أن تأمر بتعليق الإجراءات فورا")], got


def test_an_unclosed_quotation_loses_the_trailing_attribution():
    got = _quotes('وتعتبر الحكومة القمة "اجتماعا تاريخيا فتح عهدا جديدا للمصالحة، حسب وكالة الأنباء الرسمية.')
    assert got and got[0][2] == "اجتماعا تاريخيا فتح عهدا جديدا للمصالحة", got


def test_a_statement_that_goes_on_after_the_attribution_is_kept_whole():
    text = "وارتفع عدد القتلى، وفقا للمرصد السوري لحقوق الإنسان، إلى خمسين شخصا."
    assert _quotes(text) == [("indirect", "المرصد السوري لحقوق الإنسان", text[:-1])]
    text = "وأغلقت محطة القطار في المدينة، بحسب ما قالته هيئة المواصلات، ولم تفتح إلا للتغيير بين الخطوط."
    assert [q[2] for q in _quotes(text)] == [text[:-1]]


def test_the_speakers_own_attribution_inside_closed_marks_stays():
    got = _quotes(
        'وقال الوزيران في بيانهما "نحن ندعم جهود التحالف في اليمن، بحسب ما أقره مجلس الأمن الدولي".'
    )
    assert got == [
        ("direct", "الوزيران", "نحن ندعم جهود التحالف في اليمن، بحسب ما أقره مجلس الأمن الدولي")
    ], got


def test_a_rule_after_wifq_inside_the_statement_stays():
    got = _quotes("وقال المدير إن الفرق ستعمل على مدار الساعة، وفق الخطة الموضوعة، لإنهاء الأشغال قبل الصيف.")
    assert got == [
        ("indirect", "المدير", "إن الفرق ستعمل على مدار الساعة، وفق الخطة الموضوعة، لإنهاء الأشغال قبل الصيف")
    ], got


# -- بين … وبين --------------------------------------------------------------------------------


def test_the_second_bayna_is_no_cue():
    text = "وأوضح الممثل تامر عبد المنعم أن الخلافات بينه وبين المنتج تعود إلى مسلسل قديم."
    assert _quotes(text) == [("indirect", "تامر عبد المنعم", text[text.index("أن") : -1])]
    text = "وأكد المدرب أن الانسجام بين اللاعبين القدامى وبين لاعبي الشباب تحقق بسرعة."
    assert [q[2] for q in _quotes(text)] == [text[text.index("أن") : -1]]


def test_the_verb_wabayyana_is_still_a_cue():
    got = _quotes("وأكد الوزير أن العلاقات بين البلدين ممتازة وبين أن التعاون سيتواصل.")
    assert ("indirect", "الوزير", "أن التعاون سيتواصل") in got, got
    got = _quotes("وأكد الوزير أن العلاقات ممتازة، وبين الوزير أن التعاون سيتواصل.")
    assert ("indirect", "الوزير", "أن التعاون سيتواصل") in got, got


def test_correlative_bayna_reads_its_clause_only():
    text = "العلاقات بينه وبين الحكومة"
    s = text.index("وبين")
    assert correlative_bayna(text, s, s + 4)
    text = "العلاقات بين البلدين ممتازة، وبين الوزير أن التعاون سيتواصل"
    s = text.index("وبين")
    assert not correlative_bayna(text, s, s + 4)


# -- quotation marks ---------------------------------------------------------------------------


def _flat(spans) -> list[tuple]:
    out, todo = [], list(spans)
    while todo:
        sp = todo.pop(0)
        out.append((sp.open, sp.close, sp.start, sp.end, sp.family, sp.depth, sp.merged_end))
        todo = list(sp.children) + todo
    return out


def test_a_doubled_apostrophe_is_one_double_mark():
    text = "وقال الوزير أحمد سالم: ''إن المفاوضات ستستأنف الأسبوع المقبل''، مضيفا أن الوفد جاهز."
    spans = find_marked_spans_python(text)
    assert len(spans) == 1
    sp = spans[0]
    assert text[sp.start : sp.end] == "إن المفاوضات ستستأنف الأسبوع المقبل"
    assert (sp.open, sp.close, sp.family) == (text.index("''"), text.rindex("''") + 1, "d")
    got = _quotes(text)
    assert ("direct", "أحمد سالم", "إن المفاوضات ستستأنف الأسبوع المقبل") in got, got
    got = _quotes("وقال الوزير إن ''المفاوضات ستستأنف الأسبوع المقبل في القاهرة''.")
    assert got == [("direct", "الوزير", "المفاوضات ستستأنف الأسبوع المقبل في القاهرة")], got


def test_single_marks_and_apostrophes_are_read_as_before():
    text = "وقال أوبراين O'Brien إن 'الوضع' صعب"
    assert [text[s.start : s.end] for s in find_marked_spans_python(text)] == ["الوضع"]


def test_the_compiled_reading_of_doubled_apostrophes_is_the_same():
    texts = [
        "قال: ''نعم''، و''لا'' ثم '''",
        "''أ'' '' ب ''",
        "قال ''الحكومة \"الجديدة\" جاهزة'' أمس",
        "''''",
        "و''جيد'' «حسنا''»",
        "قال: ''مفتوح بلا إغلاق",
    ]
    for t in texts:
        assert _flat(find_marked_spans(t)) == _flat(find_marked_spans_python(t)), t


def test_other_mark_pairs_give_the_quotation():
    # „…“ (German), ‹…› (single guillemets), 〝…〞 (CJK), a mixed pair and a reversed pair (step 54b's counts)
    for op, cl in (("„", "“"), ("‹", "›"), ("〝", "〞"), ("“", '"'), ("”", "“")):
        text = f"وقال الوزير أحمد سالم: {op}إن المفاوضات ستستأنف الأسبوع المقبل{cl}، مضيفا أن الوفد جاهز."
        got = _quotes(text)
        assert ("direct", "أحمد سالم", "إن المفاوضات ستستأنف الأسبوع المقبل") in got, (op, got)
        assert _flat(find_marked_spans(text)) == _flat(find_marked_spans_python(text))
