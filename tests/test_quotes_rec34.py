"""Known cues that yielded nothing (docs/quotes.md step 55c, rec34), on sentences shaped like the dev
misses and the fresh-text changes, with the near misses that must stay as they are:

* a direct quotation after the subject and an adjunct, followed by the writer's words: a comma and a
  cue verb or participle (``"…"، وأضاف "…"``, held-out 82), ``دون``/``بدون`` (``"…"، دون مزيد من
  التفاصيل``, held-out 23) or ``طبقا لـ`` (held-out 40); not a quoted label after a naming word
  (``مما أسماه "…"``, ``بعنوان "…"``) nor a span with a mark inside it;
* a cue participle, a short adjunct and a quotation that ends its sentence with no colon (``قائلا خلال
  زيارة لموسكو "…".``, nu33; ``قائلة في بيان "…"``, fresh text); not a one-word quoted name there."""

from __future__ import annotations

from marsad.model import Article
from marsad.quotes.stage import annotate_quotes


def quotes_of(text: str) -> list[tuple[str, str, str | None, str]]:
    """``(kind, cue, speaker, content)`` of every quote of ``text``."""
    a = Article(text=text)
    annotate_quotes(a)
    return [(q.kind, q.cue_text, q.speaker, a.text[q.start : q.end]) for q in a.quotes]


def test_a_quotation_before_the_writers_comma_tail():
    assert quotes_of('وقال الوزير للصحفيين "لقد بلغنا نبأ هذه الفاجعة"، دون مزيد من التفاصيل.') == [
        ("direct", "وقال", "الوزير", "لقد بلغنا نبأ هذه الفاجعة")
    ]
    # a comma and a cue verb: two statements, the first no longer lost
    got = quotes_of(
        'وكتب اللاعب في حسابه على تويتر "أود توجيه الشكر للنادي على كل الحب"، وأضاف "الآن طريق جديد وتحد جديد".'
    )
    assert got == [
        ("direct", "وكتب", "اللاعب", "أود توجيه الشكر للنادي على كل الحب"),
        ("direct", "وأضاف", "اللاعب", "الآن طريق جديد وتحد جديد"),
    ]
    # a document's attribution after the mark, no comma
    got = quotes_of(
        'وكتب الرجل إلى قريب له "إن كنت محظوظا بما فيه الكفاية فسوف أقوم بحرق جواز سفري" طبقا للدعوى الجنائية.'
    )
    assert got == [("direct", "وكتب", "الرجل", "إن كنت محظوظا بما فيه الكفاية فسوف أقوم بحرق جواز سفري")]


def test_a_quoted_label_before_a_tail_stays_none():
    # a naming word before the mark: a label, not the verb's quotation (fresh text)
    assert (
        quotes_of(
            'وحذر الوزير مما أسماه "تهديد المهاجرين للثقافة والنظام الاجتماعي القائم"، واصفا ذلك بأنه تحد كبير.'
        )
        == []
    )
    assert (
        quotes_of('ونشرت الصحيفة تقريرا بعنوان "كيف خسرت أوروبا معركة الهجرة مع الجيران"، دون ذكر الكاتب.')
        == []
    )
    # a mark inside the span (nested or mismatched marks): not read as one statement
    got = quotes_of(
        'وكتب "روبرت كيلي أستاذ العلوم السياسية في جامعة بوسان "تنازلان إضافيان من ترامب في المؤتمر الصحافي"'
        ' وقف المناورات العسكرية"، متسائلا عما حصل عليه.'
    )
    assert got == []


def test_a_participle_an_adjunct_and_a_quotation_without_a_colon():
    got = quotes_of('وأعرب اللاعب عن سعادته بالفوز، قائلا في الحفل الذي أقيم مساء الأحد "إنه لشرف كبير لي".')
    assert got == [
        ("indirect", "وأعرب", "اللاعب", "عن سعادته بالفوز"),
        ("direct", "قائلا", "اللاعب", "إنه لشرف كبير لي"),
    ]
    got = quotes_of(
        'وأضافت السفارة قائلة في بيان "إذا بادرت الولايات المتحدة إلى حرب تجارية فإن الصين ستقاتل".'
    )
    assert got == [
        ("direct", "قائلة", "السفارة", "إذا بادرت الولايات المتحدة إلى حرب تجارية فإن الصين ستقاتل")
    ]


def test_a_quoted_name_in_the_participles_adjunct_is_no_quotation():
    # one word in marks at the sentence end: a channel's name, no direct quotation of it
    got = quotes_of('وأعرب اللاعب عن سعادته بالفوز، قائلا في حديث لقناة "الجزيرة".')
    assert [q for q in got if q[0] == "direct"] == []
    # a quoted name followed by the clause: no quotation of the name either
    got = quotes_of('وأعرب اللاعب عن سعادته بالفوز، قائلا في حديث لقناة "الجزيرة الرياضية" إنه سعيد.')
    assert [q for q in got if q[0] == "direct"] == []
