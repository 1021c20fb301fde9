"""Speaker strings that name no agent (docs/quotes.md, step 42c: junk18), on sentences written for these
tests in the shapes of the annotated sets, with near misses that must not change:

* a word whose form rules out a subject: a cut proclitic (``ل"هيئة"``), a relative clause's verb after
  ``ما`` (``وفق ما علم … من مصادر``), an accusative ḥāl participle (``واضاف متحدثا``) or counted noun
  (``صاحب الـ 55 عاما``, ``120 شخصا``), the object of a ḥāl participle (``مثمنا دور``), a quantifier
  alone (``إحدى``); it gives way to the source after ``من``, the noun phrase after ``حسب``/``وفق``, or the
  running speaker;
* an attribution phrase left with no speaker takes the noun phrase after it;
* a headline's speaker from the body quotation that repeats it (a misspelled name, a nameless
  description whose statement the body gives to a named person)."""
from __future__ import annotations

import marsad
from marsad.model import Article
from marsad.quotes.plausible import junk_speaker
from marsad.quotes.stage import annotate_quotes


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    """``(cue, speaker)`` of every quote of ``text``."""
    a = Article(text=text)
    annotate_quotes(a)
    return [(q.cue_text, q.speaker) for q in a.quotes]


def headline_speakers(text: str) -> list[tuple[str, str | None]]:
    """``(kind, speaker)`` of every quote of ``text`` parsed whole (a first line is its title)."""
    return [(q.kind, q.speaker) for q in marsad.parse(text).quotes]


def _unknown(word: str) -> bool:
    return word in {"تيتي", "جانيوري"}


def test_the_form_of_the_head():
    assert junk_speaker(["ل"], _unknown) == ("fragment", 0)
    assert junk_speaker(["6", "عناصر", "مسلحة"], _unknown) == (None, 3)  # a number counts people
    assert junk_speaker(["لما"], _unknown) == ("relative", 0)
    assert junk_speaker(["علم"], _unknown, before="ما") == ("relative", 0)
    assert junk_speaker(["علم"], _unknown) == (None, 1)  # (also a noun, "flag", "science")
    assert junk_speaker(["متحدثا"], _unknown) == ("accusative", 0)
    assert junk_speaker(["عاما"], _unknown, before="57") == ("accusative", 0)
    assert junk_speaker(["دور"], _unknown, before="مثمنا") == ("object", 0)
    assert junk_speaker(["إحدى"], _unknown) == ("quantifier", 0)
    assert junk_speaker(["إحدى", "الصحف"], _unknown) == (None, 2)
    assert junk_speaker(["تيتي", "متحدثا"], _unknown) == ("participle", 1)
    # near misses: "our correspondent", names in -ا, a form-III family name after a given name
    for words in (["مراسلنا"], ["ماريا"], ["مونيكا"], ["موريتانيا"], ["جانيوري", "مكامبا"], ["بعض", "المسؤولين"],
                  ["فيما"], ["و", "مستقبل", "قابس"]):
        assert junk_speaker(words, _unknown) == (None, len(words)), words
    # a possessed noun before the name is no ḥāl participle (fresh text: لكن محاميها مايكل أفيناتي، قال)
    assert junk_speaker(["مايكل", "أفيناتي"], _unknown, before="محاميها") == (None, 2)
    assert junk_speaker(["الطريق"], _unknown, before="متوجها") == ("object", 0)


def test_which_body_speaker_may_take_a_headline():
    from marsad.quotes.repair import _headline_taker

    assert _headline_taker("كريتسيانو رونالدو", "كريستيانو رونالدو") == "spelling"
    assert _headline_taker("وزارة الخارجية السورية", "مصدر مسؤول في وزارة الخارجية السورية") is None
    assert _headline_taker("الاستخبارات الأمريكية", "دان كوتيس") == "named"
    # not a role word as the "name", not a state (fresh text: المستوري القمودي, البحرين)
    assert _headline_taker("المستوري القمودي", "كاتب عام النقابة العامة") is None
    assert _headline_taker("البحرين", "راشد بن عبدالله آل خليفة") is None


def test_an_accusative_subject_gives_way_to_the_running_speaker():
    assert speakers_of("وقال وزير الداخلية سامي العبيدي إن الأجهزة الأمنية ضبطت الشحنة في الميناء.\n"
                       "واضاف متحدثا للصحفيين \"لدينا أدلة كافية على تورط شبكة دولية في التهريب\".") == [
        ("وقال", "سامي العبيدي"), ("واضاف", "سامي العبيدي")]
    assert speakers_of("وقال المدرب البرتغالي جوزيه مورينيو إن الفريق قدم مباراة كبيرة.\n"
                       "وقال صاحب الـ 55 عاما إن \"اللاعبين يستحقون التحية\".") == [
        ("وقال", "جوزيه مورينيو"), ("وقال", "جوزيه مورينيو")]
    # a trailing ḥāl participle after the name is cut off
    assert speakers_of("وقال المتحدث باسم الحكومة أحمد يوسف إن الحكومة ستعلن خطة جديدة للإسكان.\n"
                       "وقال أحمد يوسف متحدثا عن الخطة إن \"التمويل مضمون\".") == [
        ("وقال", "أحمد يوسف"), ("وقال", "أحمد يوسف")]


def test_a_source_after_the_relative_clause_or_the_attribution():
    assert speakers_of("ولقي ثلاثة أشخاص حتفهم في هجوم استهدف قرية نائية، وفق ما علم الأربعاء من مصادر"
                       " أمنية متطابقة.") == [("وفق ما", "مصادر أمنية متطابقة")]
    assert speakers_of("واحتدمت المعارك في المدينة التي قتل فيها حسب مصادر طبية، 120 شخصا، خلال"
                       " أسبوعين.") == [("حسب", "مصادر طبية")]


def test_a_quantifier_alone_reads_on_to_its_partitive():
    assert speakers_of("وقال مولانا عبد الديان خان إن المعهد يدرب النساء على عقد القران.\nوقالت إحدى المتدربات"
                       " وتدعى نيها شيخ، تبلغ من العمر 19 عاما، إنها تدرس الشريعة الإسلامية وترى أن الإسلام قد"
                       " حرر النساء.")[-1] == ("وترى", "إحدى المتدربات")
    assert speakers_of("وقال مولانا عبد الديان خان إن المعهد يدرب النساء على عقد القران.\nوقالت إحدى أولئك"
                       " المتدربات وتدعى نيها شيخ، تبلغ من العمر 19 عاما، إنها تدرس الشريعة الإسلامية وترى أن"
                       " الإسلام قد حرر النساء.")[-1] == ("وترى", "إحدى أولئك المتدربات")


def test_a_cut_proclitic_is_no_speaker():
    assert speakers_of("وطالب المتحدث الرسمي ل\"هيئة الرقابة\" المواطنين بالإبلاغ عن أي مخالفة.") == [
        ("وطالب", None)]


def test_a_headline_takes_the_speaker_of_the_body_quotation_that_repeats_it():
    # a misspelled name: the body's spelling
    assert headline_speakers("ليونيل ميسيي: لا أفكر في الاعتزال قبل كأس العالم المقبلة\n\nقال ليونيل ميسي في"
                             " مقابلة تلفزيونية إنه لا يفكر في الاعتزال قبل كأس العالم المقبلة.\n")[0] == (
        "headline", "ليونيل ميسي")
    # a nameless description whose statement the body gives to a named person
    assert headline_speakers("الاستخبارات الفرنسية: الهجوم الإلكتروني على المصارف جاء من خارج أوروبا\n\nقال"
                             " جان إيف لودريان، المنسق الوطني للاستخبارات الفرنسية، إن الهجوم الإلكتروني على"
                             " المصارف جاء من خارج أوروبا وإن التحقيق مستمر.\n")[0] == (
        "headline", "جان إيف لودريان")


def test_a_headline_near_miss_stays():
    # the body's speaker holds all the headline's words: the headline's body is its speaker
    assert headline_speakers("وزارة الصحة: ارتفاع الإصابات بالحمى في المحافظات الجنوبية\n\nوقال مصدر مسؤول في"
                             " وزارة الصحة إن الإصابات بالحمى ارتفعت في المحافظات الجنوبية خلال الأسبوع.\n")[0] == (
        "headline", "وزارة الصحة")
    # the body says something else: no repeat
    assert headline_speakers("الاستخبارات الفرنسية: الهجوم الإلكتروني على المصارف جاء من خارج أوروبا\n\nقال"
                             " جان إيف لودريان إن الحكومة ستزيد ميزانية الدفاع في العام المقبل.\n")[0] == (
        "headline", "الاستخبارات الفرنسية")
