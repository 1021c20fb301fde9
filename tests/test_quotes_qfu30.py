"""New user nu30's wrong quotations (docs/quotes.md step 51q30): topic labels of explainer titles read as
headline speakers, a principal taken for his adviser or deputy, and time adverbials kept in (or taken
for) a speaker — on short strings written for the test after the kinds of the report."""

from __future__ import annotations

import pytest

from marsad.model import Article, Quote, Span
from marsad.pipeline import annotate
from marsad.quotes.headline import headline_quote
from marsad.quotes.repair import repeated_statement_speakers, time_adverbial_speakers, unpaired_edge_marks
from marsad.quotes.speakers import analyse_phrase, phrase_tokens_within


def speaker_of(line: str) -> str | None:
    """The speaker part :func:`headline_quote` reads in a title ``line``, or ``None``."""
    h = headline_quote(line, "title")
    return line[h[0] : h[1]] if h else None


@pytest.mark.parametrize(
    "line",
    [
        "انقطاع الطمث المبكر: كيف تبدو الحياة قبل الثلاثين؟",  # a question opened by an interrogative
        "تركي آل الشيخ: ما تأثير انسحابه على المشهد الرياضي في مصر؟",
        "مصطبة الآلهة السومرية: هل تستقر في أبو ظبي بعد لندن؟",
        'نادية مراد: من "الاستعباد" إلى نوبل للسلام',  # a trajectory من … إلى …
        "الحوثيون: من جبال صعدة إلى حكم صنعاء",
        "آيفون اكس اس: أبل تكشف النقاب عن أكبر هواتفها الذكية",  # a product
        'إعصار مايكل: عاصفة من "الجحيم" تضرب جنوب شرق الولايات المتحدة',  # a storm
        "جوائز فيفا: مودريتش أفضل لاعب وصلاح يحصد جائزة أفضل هدف",  # a prize
        "شارع سمسم: لا ميول جنسية للدمى",  # a street, a show
        "الهجمات الإلكترونية الروسية: هولندا تدافع عن قرارها",  # an event head, plural
        "البريكست: رئيس وزراء بريطاني سابق يدعو لاستفتاء شعبي آخر",
    ],
)
def test_topic_label_is_no_speaker(line: str) -> None:
    assert speaker_of(line) is None


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("وزير الخارجية: هل يعقل أن تبقى الأمور على حالها؟", "وزير الخارجية"),  # a role asks
        ("ترامب: متى ستنتهي حملة الملاحقات هذه؟", "ترامب"),  # a demonstrative: the speaker's own situation
        ("ترامب للرئيس المكسيكي: هل أنت مجنون؟", "ترامب"),  # the one addressed
        ("البنتاغون يتساءل: لما بقيت سفن روسيا بالمتوسط؟", "البنتاغون"),  # a label with its verb
        ("لافروف: من يريد الحرب عليه أن يتحمل العواقب", "لافروف"),  # من without إلى is no trajectory
        ("لافروف: لن نسمح بتكرار ما حدث في ليبيا", "لافروف"),
    ],
)
def test_speaker_kept(line: str, speaker: str) -> None:
    """(The speaker part as this reader leaves it: a verb or an addressee after the name is cut later.)"""
    assert (speaker_of(line) or "").startswith(speaker)


@pytest.mark.parametrize("phrase", ["مستشار أردوغان", "نائب ترامب"])
def test_agent_of_a_person_is_an_unnamed_source(phrase: str) -> None:
    p = analyse_phrase(phrase, phrase_tokens_within(phrase, 0, 12, len(phrase)), 0)
    assert (p.kind, p.name, p.role) == ("source", "", phrase)


def test_agent_role_before_its_own_name_or_complement_unchanged() -> None:
    p = analyse_phrase("نائب الرئيس", phrase_tokens_within("نائب الرئيس", 0, 12, 11), 0)
    assert p.kind == "nominal"


def test_deputy_headline_goes_to_the_deputy_named_in_the_body() -> None:
    text = (
        'نائب ترامب ينتقد الصين: الجيش الأمريكي "لن يتعرض للترهيب"\n'
        'وقال نائب الرئيس الأمريكي مايك بنس في خطاب إن "الصين تحاول التدخل في الانتخابات الأمريكية المقبلة".'
    )
    a = annotate(Article(text=text))
    heads = [q.speaker for q in a.quotes if q.kind == "headline"]
    assert heads and "ترامب" not in (heads[0] or "")


def _quote(text: str, speaker: str) -> Quote:
    q = Quote(0, 1, kind="indirect")
    q.speaker = speaker
    start = text.index(speaker)
    q.speaker_span = Span(start, start + len(speaker))
    return q


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("مصدران في وقت سابق", "مصدران"),
        ("مصادر أمنية وطبية في وقت مبكر", "مصادر أمنية وطبية"),
        ("عدد سكانها في الوقت الراهن", "عدد سكانها"),
        ("وقت سابق", None),
        ("الوقت", None),
        ("مصادر أمنية", "مصادر أمنية"),
        ("صحيفة المصري اليوم", "صحيفة المصري اليوم"),
    ],
)
def test_time_adverbial_cut_off_a_speaker(speaker: str, expected: str | None) -> None:
    text = f"وقال {speaker} إن الحادث وقع ليلا."
    q = _quote(text, speaker)
    time_adverbial_speakers(text, [q])
    assert q.speaker == expected
    if expected is None:
        assert q.speaker_span is None
    else:
        assert text[q.speaker_span.start : q.speaker_span.end] == expected


@pytest.mark.parametrize(
    ("text", "kind", "span", "expected"),
    [
        # direct speech: the closer read in goes (its opener stands outside)
        (
            'قال "إن الطائرة وصلت" ثم "إن الطائرة وصلت"، وغادر.',
            "direct",
            ("إن الطائرة", 'وصلت"،'),
            'إن الطائرة وصلت" ثم "إن الطائرة وصلت',
        ),
        # a reported statement that opens with marked words: their opener joins it
        (
            'تركيا تنفي "تسليم أي تسجيلات" بشأن اختفاء الصحفي',
            "headline",
            ("تسليم", "الصحفي"),
            '"تسليم أي تسجيلات" بشأن اختفاء الصحفي',
        ),
        (
            'بيانا يطالب إسرائيل "بضبط النفس" و"احترام الحق في التظاهر".',
            "indirect",
            ("بضبط", 'التظاهر"'),
            '"بضبط النفس" و"احترام الحق في التظاهر"',
        ),
        # balanced: unchanged
        ('وقال إن "النفي كان قاطعا" أمس', "indirect", ("إن", 'قاطعا"'), 'إن "النفي كان قاطعا"'),
    ],
)
def test_unpaired_edge_marks(text: str, kind: str, span: tuple[str, str], expected: str) -> None:
    start = text.index(span[0])
    end = text.index(span[1], start) + len(span[1].rstrip("،"))
    q = Quote(start, end, kind=kind)
    unpaired_edge_marks(text, [q])
    assert text[q.start : q.end] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the holder named after a comma past the role's place complement, not the body
        (
            "ويقول رئيس جامعة انسبر في ساوباولو، ماركوس دي باروس ليزبوا، إن التحدي الأساسي أمام حداد هو إقناع مؤيدي الحزب.",
            "ماركوس دي باروس ليزبوا",
        ),
        # no holder named: the role of the body, never the body
        ("وقال رئيس جامعة انسبر إن التحدي الأساسي أمام حداد هو إقناع مؤيدي الحزب.", "رئيس جامعة انسبر"),
        ("وقالت شركة سامسونج إن المبيعات سترتفع هذا العام بشكل كبير.", "شركة سامسونج"),
    ],
)
def test_role_of_a_named_body(text: str, speaker: str) -> None:
    assert [q.speaker for q in annotate(Article(text=text)).quotes] == [speaker]


def test_repeated_statement_takes_the_fuller_speaker() -> None:
    said = "بتحرير تعهدات رسمية على الموظف المعتدى عليه"
    text = f"وطالبت الشؤون الصحية {said}. ثم وطالبت المديرية العامة للشؤون الصحية {said}."
    qs = []
    for speaker, at in (("الشؤون الصحية", 0), ("المديرية العامة للشؤون الصحية", 1)):
        start = text.index(said) if at == 0 else text.rindex(said)
        q = Quote(start, start + len(said), kind="indirect")
        q.speaker = speaker
        s = text.index(speaker) if at == 0 else text.rindex(speaker)
        q.speaker_span = Span(s, s + len(speaker))
        qs.append(q)
    repeated_statement_speakers(text, qs)
    assert [q.speaker for q in qs] == ["المديرية العامة للشؤون الصحية"] * 2
    assert text[qs[0].speaker_span.start : qs[0].speaker_span.end] == "المديرية العامة للشؤون الصحية"


def test_repeated_statement_two_persons_left() -> None:
    said = "إنه سيتهم بالمحسوبية في حال عينها"
    text = f"قال ترامب {said}. وقالت هيلي {said}."
    qs = []
    for speaker, start in (("دونالد ترامب", text.index(said)), ("نيكي هيلي", text.rindex(said))):
        q = Quote(start, start + len(said), kind="indirect")
        q.speaker = speaker
        qs.append(q)
    repeated_statement_speakers(text, qs)
    assert [q.speaker for q in qs] == ["دونالد ترامب", "نيكي هيلي"]
