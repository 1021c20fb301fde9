"""Missed quotations of the held-out sets 75–77, task miss31 (docs/quotes.md step 52f): a statement
that runs over a post-posed attribution with a verb of saying, the comma after the agent of the
nominal cue ``إعلان``, ``عن طريق`` after it, a possessed verbal noun of asserting after ``مع``, the
participle ``مؤملا``, a list of chants and appealing (``ناشد``) — on texts written for the test."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.stage import trailing_attribution_end


def quotes_of(text: str) -> list[tuple[str, str, str | None]]:
    """``(kind, content, speaker)`` of every quotation of ``text``."""
    return [(q.kind, text[q.start : q.end], q.speaker) for q in annotate(Article(text=text)).quotes]


def test_verbal_attribution_ends_the_statement_whatever_follows() -> None:
    text = (
        "أعلنت كوريا الجنوبية أنها أغلقت موقعها التجريبي، حسبما أفادت وكالة يونهاب الخميس، "
        "في خطوة تعدها سيول بادرة حسن نية قبل القمة المقبلة."
    )
    assert quotes_of(text) == [("indirect", "أنها أغلقت موقعها التجريبي", "كوريا الجنوبية")]
    # ``بحسب ما`` + a verb: the same
    s = "وقال الوزير إن الحكومة ستخفض الضرائب، بحسب ما ذكرت صحيفة الأهرام، في إطار خطة الإصلاح الجديدة."
    start = s.index("إن")
    assert s[start : trailing_attribution_end(s, start, len(s) - 1)] == "إن الحكومة ستخفض الضرائب"
    # without a verb of saying the phrase may stand inside the statement, which goes on after it
    s = "وقال الوزير إن القوات تقدمت في المنطقة، بحسب المعلومات الأولية، وسيطرت على عدة قرى في الريف."
    start = s.index("إن")
    assert trailing_attribution_end(s, start, len(s) - 1) == len(s) - 1
    # the attribution that is the quotation's own cue is kept inside it
    s = "واستهدفت الضربات، وفق ما نقلت وكالة الأنباء الرسمية، مركز البحوث العلمية في حي برزة."
    cue = s.index("وفق")
    assert trailing_attribution_end(s, 0, len(s) - 1, cue) == len(s) - 1


def test_announcement_noun_with_a_comma_after_its_agent() -> None:
    text = (
        "وجاءت تصريحات زعيم المعارضة، بعد إعلان رئيسة الوزراء البريطانية تيريزا ماي، "
        "عن إجراء تحقيق عام شامل في الحريق."
    )
    assert quotes_of(text) == [("indirect", "عن إجراء تحقيق عام شامل في الحريق", "تيريزا ماي")]
    # عن طريق ("by way of") is an adjunct, not what was announced, with or without the comma
    assert quotes_of("وبعد إعلان النتائج عن طريق اللجنة، احتفل الفائزون في الساحة.") == []
    assert quotes_of("وبعد إعلان النتائج، عن طريق اللجنة، احتفل الفائزون في الساحة.") == []


def test_possessed_verbal_noun_after_ma3_is_a_statement_of_its_own() -> None:
    text = "وقال المحامي إن من حق الرئيس العفو عن نفسه، مع تأكيده أن الرئيس لا ينوي القيام بذلك."
    assert quotes_of(text) == [
        ("indirect", "إن من حق الرئيس العفو عن نفسه", "المحامي"),
        ("indirect", "أن الرئيس لا ينوي القيام بذلك", "المحامي"),
    ]
    text = "وأكدت الوزيرة ضرورة الحوار، مع تشديدها على احترام القانون الدولي."
    assert quotes_of(text) == [
        ("indirect", "ضرورة الحوار", "الوزيرة"),
        ("indirect", "على احترام القانون الدولي", "الوزيرة"),
    ]
    # the bare noun after مع stays the writer's comment; the possessed one without a governor is no cue
    assert quotes_of("وانتهت المباراة بالتعادل، مع التأكيد أن الفريق لعب جيدا.") == []
    assert quotes_of("وكان تأكيده على أهمية الحوار واضحا للجميع.") == []


def test_hoping_participle_splits_the_statement() -> None:
    text = (
        "وقال رئيس اللجنة إن الترتيبات كانت سريعة، واعتمدت على جهود ذاتية، "
        "ومؤملاً أن يكون التنظيم في العام المقبل أكثر دقة."
    )
    assert quotes_of(text) == [
        ("indirect", "إن الترتيبات كانت سريعة، واعتمدت على جهود ذاتية", "رئيس اللجنة"),
        ("indirect", "أن يكون التنظيم في العام المقبل أكثر دقة", "رئيس اللجنة"),
    ]


def test_a_list_of_chants_gives_one_quotation_each() -> None:
    text = 'وهتف متظاهرون "الشعب يريد إسقاط الفساد" و"ارحل" أمام مبنى البرلمان.'
    assert quotes_of(text) == [
        ("direct", "الشعب يريد إسقاط الفساد", "متظاهرون"),
        ("direct", "ارحل", "متظاهرون"),
    ]
    # after a verb of saying, a word in marks joined by و is no quotation of its own
    text = 'وقال الوزير: "نحن مستعدون للحوار مع الجميع" و"التعاون".'
    assert quotes_of(text) == [("direct", "نحن مستعدون للحوار مع الجميع", "الوزير")]


def test_appealing_to_an_addressee() -> None:
    text = "كذلك ناشدت السلطات السكان بالابتعاد عن شاطئ البحر وعن الأودية."
    assert quotes_of(text) == [("indirect", "بالابتعاد عن شاطئ البحر وعن الأودية", "السلطات")]
    text = "وناشدت الشركة المستخدمين لتحديث كلمة السر فورا."
    assert quotes_of(text) == [("indirect", "لتحديث كلمة السر فورا", "الشركة")]
    # the noun مناشدة "an appeal" is no cue; nor is ناشد without its preposition
    assert quotes_of("وأطلقت الجمعية مناشدة للمحسنين بالتبرع.") == []
    assert quotes_of("وناشد الرئيس المواطنين الصبر.") == []
    # the present is left out: with no subject the next verb was read as the speaker
    assert quotes_of("وظهر زوجها في مقطع فيديو يناشد ويهدد بالانتحار إن لم يتم علاج زوجته.") == []
