"""Step 40c (docs/quotes.md): quotations the rules left without a speaker — an elided subject that opens
a paragraph while no speaker of its gender is known continues the verb subject of the one-sentence
paragraph before it (``تحدث الجامعية ألفة يوسف … .\\nوأضافت أن``), and a participle cue left with none
takes the first full person name of its sentence (``ورحب المدير … الدكتور بدر بن عبد الرحمن السمحان
بالزيارة، مؤكداً``) — on sentences written for the test, with the near misses that keep their speaker."""
from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate

#: the first line of a plain-text article is its title (a unit of its own)
TITLE = "أخبار اليوم\n\n"


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    """``(cue, speaker)`` of every quote of ``text`` after the full pipeline."""
    a = annotate(Article(text=text))
    return [(q.cue_text, q.speaker) for q in a.quotes]


def test_paragraph_opening_elided_subject_continues_the_previous_paragraph():
    text = (TITLE + "تحدث الجامعية ألفة يوسف في افتتاحية اليوم الاربعاء عن الحكم الصادر في قضية المنسق الجهوي.\n"
            "وأضافت أن مؤسسات الدولة تعاني من انهيار و شلل تام.")
    assert speakers_of(text) == [("وأضافت", "ألفة يوسف")]
    text = (TITLE + "أوضحت سفارة خادم الحرمين الشريفين لدى سلطنة عمان ملابسات الحادثة التي وقعت للطفلة.\n"
            "وأفادت أن الطفلة تعرضت بالخطأ لإطلاق نار أثناء لهوها في حديقة الفندق.")
    assert [s for _, s in speakers_of(text)][0].startswith("سفارة خادم الحرمين")


def test_paragraph_opening_near_misses():
    # two sentences before the paragraph break: no topic taken over
    text = (TITLE + "تحدث الجامعية ألفة يوسف في افتتاحية اليوم عن الحكم. وشهدت الجلسة حضورا كبيرا.\n"
            "وأضافت أن مؤسسات الدولة تعاني من انهيار.")
    assert speakers_of(text) == [("وأضافت", None)]
    # a speaker already known keeps the running speaker (the rule applies only where none is known)
    text = (TITLE + "وقالت الوزيرة هند صبري إن الميزانية جاهزة.\n"
            "تحدث الجامعية ألفة يوسف في افتتاحية اليوم عن الحكم.\n"
            "وأضافت أن مؤسسات الدولة تعاني من انهيار.")
    assert speakers_of(text)[-1] == ("وأضافت", "هند صبري")


def test_participle_takes_the_full_name_of_its_sentence():
    text = ("ورحب المدير الإقليمي للحملة الوطنية الدكتور بدر بن عبد الرحمن السمحان بالزيارة التي قام بها "
            "الوفد، مؤكداً حرص الحملة على التعاون مع مثل هذه الزيارات.")
    assert speakers_of(text)[0][1].startswith("بدر بن عبد الرحمن")
    # a lone token is no name: no speaker rather than a junk one
    assert speakers_of(TITLE + "وجرى الحديث بعد اللقاء مع سالم عن الأزمة، مؤكدا أن الحل قريب.") == [("مؤكدا", None)]
    # a name after a preposition is no subject
    assert speakers_of(TITLE + "وجرى الحديث بعد اللقاء مع سالم محمود عن الأزمة، مؤكدا أن الحل قريب.") == [
        ("مؤكدا", None)]


def test_honorific_after_the_cue_is_no_elided_subject():
    # وعبر جلالته: the king last styled so (the caller), not the previous paragraph's subject
    text = (TITLE + "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اتصالا هاتفيا أمس من جلالة الملك "
            "عبدالله الثاني ابن الحسين ملك المملكة الأردنية الهاشمية.\n"
            "وعبر جلالته عن عزائه ومواساته للملك المفدى في شهداء الواجب.")
    assert all(s != "سلمان بن عبدالعزيز آل سعود" for _, s in speakers_of(text))


def test_a_place_subject_is_not_taken_over():
    # labelled fresh fill 132 (BBC BB-economy-58): the country hosts the event, the committee announces
    text = (TITLE + "تشهد إسبانيا احتفالا غير مسبوق باليوم العالمي للمرأة بإضراب ضد التمييز.\n"
            "وأعلن توقف العمل لمدة 24 ساعة من قبل لجنة 8 مارس.")
    assert all(s != "إسبانيا" for _, s in speakers_of(text))
