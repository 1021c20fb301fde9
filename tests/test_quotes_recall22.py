"""Step 46r (docs/quotes.md): a cue's own preposition after an adjunct of the statement's occasion
(``في كلمة``, ``في مؤتمر صحفي``, ``في إفادتها أمام اللجنة``) or an adverb (``سابقا``, ``شخصيا``) that
follows its subject: ``وحذر الوزير في كلمة من …``, ``وشدد … في مؤتمر صحفي على …``. Sentences written
for the test, with near misses (a fixed adjunct ``على هامش``/``على موقع``, a topic after ``إلى``, a
place after ``من``, a cue without prepositions) that must not give a statement."""
from __future__ import annotations

import pytest

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.reported import prep_after_occasion

_LEAD = "قال رئيس الحكومة سمير الجابري إن الموازنة الجديدة ستقر قبل نهاية الشهر. "


def _after_lead(text: str) -> list[tuple[str, str, str | None, str]]:
    """``(kind, cue, speaker, content)`` of the quotations of ``text`` (after a fixed lead sentence)."""
    full = _LEAD + text
    return [(q.kind, q.cue_text, q.speaker, full[q.start : q.end])
            for q in annotate(Article(text=full)).quotes if q.start >= len(_LEAD)]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "opening"),
    [
        ("وحذر وزير الصحة في كلمة من خطر انتشار الوباء.", "وحذر", "وزير الصحة", "من خطر"),
        ("وشدد وزير الخارجية في مؤتمر صحفي على أهمية الحوار بين الأطراف.", "وشدد", "وزير الخارجية", "على أهمية"),
        ("وحذرت منظمة الصحة العالمية في كلمتها أمام المؤتمر من تفشي الوباء.", "وحذرت",
         "منظمة الصحة العالمية", "من تفشي"),
        ("وأكد وزير الخارجية سابقا على ضرورة محاسبة المقصرين.", "وأكد", "وزير الخارجية", "على ضرورة"),
        ("وشدد وزير الخارجية شخصيا على براءة اللاعب من التهم.", "وشدد", "وزير الخارجية", "على براءة"),
        ("وتعهدت الوزيرة الأربعاء في إفادتها أمام لجنة البرلمان بعدم رفع الأسعار.", "وتعهدت", "الوزيرة",
         "بعدم رفع"),
        ("ويذكر أن الوزيرة تعهدت في إفادتها أمام اللجنة بعدم رفع الضرائب.", "تعهدت", "الوزيرة", "بعدم رفع"),
        # past a quoted name and a comma inside the adjunct
        ('وأكد وزير الخارجية في بيان على حسابه في "تويتر"، على أهمية الحوار.', "وأكد", "وزير الخارجية",
         "على أهمية"),
    ],
)
def test_preposition_after_occasion_or_adverb(text, cue, speaker, opening):
    found = _after_lead(text)
    assert len(found) == 1, found
    kind, got_cue, got_speaker, content = found[0]
    assert (kind, got_cue, got_speaker) == ("indirect", cue, speaker)
    assert content.startswith(opening)


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الوزير في كلمة على هامش المؤتمر.",  # على هامش: an adjunct of place, not أكد على
        "وشدد الوزير في بيان على موقع الوزارة.",  # على موقع: the medium of the statement
        "وأشار الرئيس في خطابه إلى الأزمة الاقتصادية.",  # إلى + a topic noun: no statement (held-out 11)
        "وحذر الوزير في كلمة من القاهرة.",  # من + a place: where from, not what of
        "وحذر الوزير في تصريح من مقر الوزارة.",  # من مقر: where from
        "وقال الوزير في كلمته على المنصة.",  # قال takes no preposition
        "وشدد الحكم في المباراة على اللاعبين.",  # في المباراة: no occasion of a statement
    ],
)
def test_near_misses_give_no_statement(text):
    assert _after_lead(text) == []


def test_function_reads_only_after_adjunct_or_adverb():
    from marsad.quotes.cues import lookup

    form = lookup("حذر")
    text = "حذر الوزير من خطر الوباء"
    # the preposition right after the subject is _complement_at's case: no adjunct, no adverb
    assert prep_after_occasion(text, text.index(" من"), form, len(text)) is None
    text = "حذر الوزير في كلمة من خطر الوباء"
    assert prep_after_occasion(text, text.index(" في"), form, len(text)) == ("prep", text.index("من"), None)
    # the sentence ends before the preposition
    assert prep_after_occasion(text, text.index(" في"), form, text.index(" من")) is None
    # عن after نيابة belongs to it (كلمة ألقاها نيابة عن الرئيس), not to أعرب
    text = "أعرب الوزير في كلمة ألقاها نيابة عن الرئيس عن أسفه"
    assert prep_after_occasion(text, text.index(" في"), lookup("أعرب"), len(text)) is None


def test_listed_verbal_noun_whose_letters_start_like_the_article():
    # التزام (افتعال of لزم) and إلغاء written الغاء begin with ا ل of their own: no article
    from marsad.quotes.cues import is_verbal_noun

    assert is_verbal_noun("التزامها") and is_verbal_noun("التزام") and is_verbal_noun("الغاء")
    assert is_verbal_noun("الالتزام")  # with the article, as before
    # near misses: a definite noun of a verbal-noun shape is no listed verbal noun
    assert not is_verbal_noun("التجار") and not is_verbal_noun("التيار") and not is_verbal_noun("التراث")
    found = _after_lead("وأكدت الهيئة التزامها بأعلى معايير السلامة.")
    assert [(k, c, s, t[:8]) for k, c, s, t in found] == [("indirect", "وأكدت", "الهيئة", "التزامها")]
    found = _after_lead("وأعلنت الحكومة الغاء الرحلات إلى المدينة.")
    assert [(k, c, s) for k, c, s, _t in found] == [("indirect", "وأعلنت", "الحكومة")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('ونقلت صحيفة "ماركا" الإسبانية يوم الثلاثاء عن المعالج روبن بونس أن اللاعب سيحتاج إلى أسبوعين.',
         "روبن بونس"),
        ('ونقلت وكالة أنباء الصين الجديدة "شينخوا" عن إدارة الجمارك أن الرسوم دخلت حيز التنفيذ.',
         "إدارة الجمارك"),
        ("ونقلت الوكالة الرسمية، الجمعة، عن الوزير أن المحادثات ستستمر.", "الوزير"),
    ],
)
def test_via_after_the_rest_of_the_medium(text, speaker):
    # نقل عن past a quoted name, an adjective and time adverbs of the medium
    found = _after_lead(text)
    assert [(k, c, s) for k, c, s, _t in found] == [("indirect", "ونقلت", speaker)]
    assert found[0][3].startswith("أن ")


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت الشرطة الجثث إلى المستشفى.",  # transported: no عن
        "ونقلت الشرطة المصابين، الجمعة، عن طريق البحر إلى المستشفى.",  # عن طريق, no statement after it
        "ونقلت السفينة الركاب يوم الجمعة عن الجزيرة بعيدا.",  # an indefinite object: no medium's rest
    ],
)
def test_via_near_misses(text):
    assert _after_lead(text) == []
