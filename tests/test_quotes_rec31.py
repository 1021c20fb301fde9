"""Step 52d (issue 6 recall, docs/quotes.md): a participle with a verbal-noun object after a comma is
a statement of its own even after an earlier statement of its sentence (not after a clause); appealing (``ناشد``) and
tweeting (``غرد``) are verbs of saying; ``إن: "…"`` is a direct quotation — each on text written for
the test, with the near misses that must stay as they were."""

from __future__ import annotations

from marsad.model import Article
from marsad.quotes.stage import annotate_quotes


def quotes_of(text: str) -> list[tuple[str, str | None, str, str]]:
    a = Article(text=text)
    annotate_quotes(a)
    return [(q.kind, q.speaker, q.cue_text, a.text[q.start : q.end]) for q in a.quotes]


def test_participle_with_a_verbal_noun_after_a_statement_is_its_own():
    # after an announced object, with an adjunct before the participle's object (held-out 6)
    assert quotes_of(
        "وأعلن الرئيس كريم حداد استئناف العمليات ضد المسلحين، مؤكدا في الوقت نفسه استمرار جهود السلام."
    ) == [
        ("indirect", "كريم حداد", "وأعلن", "استئناف العمليات ضد المسلحين"),
        ("indirect", "كريم حداد", "مؤكدا", "استمرار جهود السلام"),
    ]
    # after a prepositional complement (held-out 11, 18, 48); بين as well
    assert quotes_of("وأكد المدير على أهمية سلامة الطلاب، مبينا استمرار التفويض لمديري المدارس.") == [
        ("indirect", "المدير", "وأكد", "على أهمية سلامة الطلاب"),
        ("indirect", "المدير", "مبينا", "استمرار التفويض لمديري المدارس"),
    ]
    assert quotes_of("ونوه الوزير بالتزام الوزارة بتطبيق البرنامج، مؤكداً عدم تهاون الوزارة في تطبيقه.") == [
        ("indirect", "الوزير", "ونوه", "بالتزام الوزارة بتطبيق البرنامج"),
        ("indirect", "الوزير", "مؤكداً", "عدم تهاون الوزارة في تطبيقه"),
    ]


def test_participle_after_a_clause_continues_it():
    # the seed's gold: ``وقال إن بلاده أجرت …، مؤكداً استمرار الاتصالات …`` is one statement
    assert quotes_of(
        "وقال الوزير سامي يوسف إن الحكومة أجرت اتصالات مع الأطراف، مؤكداً استمرار الاتصالات خلال الأيام المقبلة."
    ) == [
        (
            "indirect",
            "سامي يوسف",
            "وقال",
            "إن الحكومة أجرت اتصالات مع الأطراف، مؤكداً استمرار الاتصالات خلال الأيام المقبلة",
        ),
    ]


def test_participle_without_comma_or_object_stays_inside():
    # no comma: the participle may be an adjective of the statement's noun (حالات مؤكدة)
    assert quotes_of("وقال المتحدث إن الوزارة سجلت ثلاث حالات مؤكدة بالفيروس في المدينة.") == [
        ("indirect", "المتحدث", "وقال", "إن الوزارة سجلت ثلاث حالات مؤكدة بالفيروس في المدينة"),
    ]
    # بذلك is no verbal-noun object: the participle continues the statement
    assert quotes_of("وقال المتحدث إن المدرب سيبقى في منصبه، نافيا بذلك الشائعات حول رحيله.") == [
        ("indirect", "المتحدث", "وقال", "إن المدرب سيبقى في منصبه، نافيا بذلك الشائعات حول رحيله"),
    ]


def test_appealing_is_a_statement():
    assert quotes_of("وناشد النائب سامي يوسف أعضاء لجنته بالاجتماع قبل منتصف العام.") == [
        ("indirect", "سامي يوسف", "وناشد", "بالاجتماع قبل منتصف العام"),
    ]
    assert quotes_of("وناشدت الشركة مستخدميها بتحديث كلمة السر.") == [
        ("indirect", "الشركة", "وناشدت", "بتحديث كلمة السر"),
    ]
    # مناشدة is the noun "an appeal": no cue
    assert quotes_of("ووجهت الجمعية مناشدة إلى المواطنين.") == []


def test_tweeting_with_a_colon_or_a_mark():
    assert quotes_of('وغرد الرئيس على تويتر: "تلقيت إحاطة حول إطلاق النار في المدينة".') == [
        ("direct", "الرئيس", "وغرد", "تلقيت إحاطة حول إطلاق النار في المدينة"),
    ]
    assert quotes_of("وغرد الطائر فوق الشجرة.") == []


def test_complementizer_colon_quotation_is_direct():
    assert quotes_of('وقال أحد القادة العسكريين إن: "المعتقل قيد التحقيق لدى الجهات الأمنية".') == [
        ("direct", "أحد القادة العسكريين", "وقال", "المعتقل قيد التحقيق لدى الجهات الأمنية"),
    ]
    # without the colon it already was
    assert quotes_of('وقال أحد القادة العسكريين إن "المعتقل قيد التحقيق لدى الجهات الأمنية".') == [
        ("direct", "أحد القادة العسكريين", "وقال", "المعتقل قيد التحقيق لدى الجهات الأمنية"),
    ]
