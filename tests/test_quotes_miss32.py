"""Missed and spurious quotations of the held-out sets 78–80, task miss32 (docs/quotes.md step 53e):
the verb ``بيّن`` told from the preposition by its written shadda, a participle's quotation after an
adjunct and a colon, the participle ``مشبها``, parentheses as quotation marks after a colon, and a
quotation whose sentence goes on after its closing mark — on texts written for the test."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.cues import lookup
from marsad.quotes.reported import shadda_verb
from marsad.quotes.stage import parenthesised_statement, quote_continued


def quotes_of(text: str) -> list[tuple[str, str, str | None]]:
    """``(kind, content, speaker)`` of every quotation of ``text``."""
    return [(q.kind, text[q.start : q.end], q.speaker) for q in annotate(Article(text=text)).quotes]


def test_shadda_tells_the_verb_bayyana_from_the_preposition() -> None:
    text = "وفي السياق ذاته بيّن مدير المشروع أنه تم البدء في أعمال ربط الطرق."
    assert quotes_of(text) == [("indirect", "أنه تم البدء في أعمال ربط الطرق", "مدير المشروع")]
    # with its fatha written too, after كما in a run of statements
    text = "وأوضح المهندس أن الحي جار استلامه، كما بيَّن المهندس أن الجسر فيه عوائق."
    assert quotes_of(text)[-1] == ("indirect", "أن الجسر فيه عوائق", "المهندس")
    # the same word without the shadda in mid-clause stays the preposition "between"
    assert quotes_of("وفي السياق ذاته بين مدير المشروع والعمال خلاف قديم.") == []
    # the adjective بيِّن "evident" after its noun, with no subject, is no cue
    bayyana, tubayyinu = lookup("بين"), lookup("تبين")
    assert not shadda_verb("خطأ بيّن أن نقول ذلك", 4, 8, "بيّن", bayyana)
    assert shadda_verb("وقد بيّن الوزير أن", 4, 8, "بيّن", bayyana)
    assert not shadda_verb("وقد بين الوزير أن", 4, 7, "بين", bayyana)
    # the present تبيّن أن is "it turned out", not a speaker's statement
    assert not shadda_verb("وقد تبيّن أن الأمر", 4, 9, "تبيّن", tubayyinu)
    assert quotes_of("وفي النهاية تعبّر اللوحة عن فكرة إبداعية جديدة.") == []


def test_participle_quotation_after_an_adjunct_and_a_colon() -> None:
    text = (
        "وقال الوزير إن الحكومة ستخفض الضرائب هذا العام، مشيرا في كلمة له، الثلاثاء: "
        '"من الواضح أننا لن نتراجع عن هذا القرار"، متوعدا المخالفين بعقوبات.'
    )
    assert quotes_of(text)[:2] == [
        ("indirect", "إن الحكومة ستخفض الضرائب هذا العام", "الوزير"),
        ("direct", "من الواضح أننا لن نتراجع عن هذا القرار", "الوزير"),
    ]
    # a comma followed by a word that is no time adverb ends the adjunct: no quotation of the participle
    text = 'وقال الوزير إن الوضع صعب، مشيرا في كلمة له، المعارضة: "نحن هنا" في القاعة.'
    assert [q[0] for q in quotes_of(text)].count("direct") == 0


def test_likening_participle_is_a_statement_of_its_own() -> None:
    text = 'وقال الوزير إن البلاد لا تزال مستهدفة،مشبها علاقته بالبلاد بـ "رابطة الزواج" المقدسة.'
    assert quotes_of(text) == [
        ("indirect", "إن البلاد لا تزال مستهدفة", "الوزير"),
        ("indirect", 'علاقته بالبلاد بـ "رابطة الزواج" المقدسة', "الوزير"),
    ]
    # the participle as an adjective inside a clause is no cue
    assert quotes_of("كان الحكم مشبها بحكم سابق في القضية.") == []


def test_parentheses_as_quotation_marks_after_a_colon() -> None:
    text = "فقال له الشيخ الحكيم: (إذا أقرضتك مالا، فسوف تماطلني في رده، وسنغضب منك).. يا للحكمة."
    assert quotes_of(text) == [("direct", "إذا أقرضتك مالا، فسوف تماطلني في رده، وسنغضب منك", "الشيخ الحكيم")]
    s = "قال: (ثلاث كلمات هنا)."
    assert parenthesised_statement(s, 5, len(s)) == (6, 20)
    # a parenthesis that closes before the statement's end is an aside, and two words are too few
    s = "قال: (م.ع) إن الأمر انتهى."
    assert parenthesised_statement(s, 5, len(s)) is None
    s = "قال: (كلمتان فقط)."
    assert parenthesised_statement(s, 5, len(s)) is None


def test_quotation_whose_sentence_goes_on_after_the_mark_is_indirect() -> None:
    text = 'وقال الوزير "نحن مهتمون بأن يشارك الخبراء المستقلون في اللجنة" في هذا التحقيق.'
    assert quotes_of(text) == [
        ("indirect", '"نحن مهتمون بأن يشارك الخبراء المستقلون في اللجنة" في هذا التحقيق', "الوزير")
    ]
    # a participle, a comma or a new clause after the mark leaves the quotation direct
    text = 'وقال الوزير "نحن مهتمون بأن يشارك الخبراء المستقلون في اللجنة"، مضيفا أن الأمر مهم.'
    assert quotes_of(text)[0] == ("direct", "نحن مهتمون بأن يشارك الخبراء المستقلون في اللجنة", "الوزير")
    s = 'وقال "كلام كثير هنا" وغادر القاعة.'
    assert quote_continued(s, 4, 5, s.index('"', 6), len(s) - 1) is None
    s = 'وقال: "كلام كثير هنا" في القاعة.'
    assert quote_continued(s, 4, 6, s.index('"', 7), len(s) - 1) is None
    s = 'وقال "كلام كثير هنا" في القاعة.'
    assert quote_continued(s, 4, 5, s.index('"', 6), len(s) - 1) == len(s) - 1
    # the writer's gloss or a contrast after the mark, even with no comma, leaves it direct
    s = 'وقال "كلام كثير هنا" في إشارة إلى المخاوف السابقة.'
    assert quote_continued(s, 4, 5, s.index('"', 6), len(s) - 1) is None
    s = 'وقال "كلام كثير هنا" في حين رفض الآخرون.'
    assert quote_continued(s, 4, 5, s.index('"', 6), len(s) - 1) is None
    # where the words were said (في كلمته) is no part of them
    s = 'وقال "كلام كثير هنا" في كلمته أمام البرلمان.'
    assert quote_continued(s, 4, 5, s.index('"', 6), len(s) - 1) is None
    # the writer's attribution after the mark (على حد قوله) leaves it direct
    s = 'وأضاف المصدر أنه "تم إيقاف ثلاثة عناصر آخرين" على حد قوله.'
    assert quote_continued(s, 5, s.index('"'), s.index('"', s.index('"') + 1), len(s) - 1) is None
