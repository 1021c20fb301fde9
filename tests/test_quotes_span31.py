"""Step 52c of the quotes work (docs/quotes.md): the cue's written subject cut at a name inside it
(issue 6, overlap class).

The gold convention: an organisation with its head as written, a spokesman with the one he speaks for.
Sentences written for these tests: a body head, a medium head or a spokesman head written between the
cue and the name the speaker was cut to; and what the rule must leave alone (a person's title, an
adverb, a comma, a preposition after the cue).
"""

from __future__ import annotations

from marsad.model import Article, Quote, Span
from marsad.quotes.namespan import cue_subject, written_subject


def _subject(text: str, cue: str, name: str) -> str | None:
    cue_end = text.index(cue) + len(cue)
    start = text.index(name, cue_end)
    return cue_subject(text, cue_end, start, start + len(name))


def test_a_body_head_before_the_name_is_kept_with_it():
    assert _subject("وقالت وكالة الأنباء دوغان إن الهجوم وقع ليلا", "وقالت", "دوغان") == "وكالة الأنباء دوغان"
    assert _subject("وقالت شرطة واشنطن دي سي إن فريقها وصل", "وقالت", "دي سي") == "شرطة واشنطن دي سي"
    assert _subject("وأكد فريق رد سوكس أن الملعب منزله", "وأكد", "سوكس") == "فريق رد سوكس"


def test_a_body_seated_in_a_city_keeps_its_seat_word():
    text = "أعلن المكتب الرئاسي في سول أنه تم فتح خط ساخن"
    assert _subject(text, "أعلن", "سول") == "المكتب الرئاسي في سول"


def test_a_spokesman_keeps_the_one_he_speaks_for():
    text = "وأفاد المتحدث باسم كرمان أن الرئيس سيعود"
    assert _subject(text, "وأفاد", "كرمان") == "المتحدث باسم كرمان"


def test_a_title_an_adverb_a_comma_or_a_preposition_leaves_the_name():
    assert _subject("وقال رئيس الوزراء كرمان إن الوضع صعب", "وقال", "كرمان") is None  # a title: dropped
    assert _subject("وقالت الشرطة أمس كرمان إن", "وقالت", "كرمان") is None  # an adverb ends the subject
    assert _subject("وقالت الشرطة، كرمان إن", "وقالت", "كرمان") is None  # not letters only
    assert _subject("وقال لوكالة الأنباء كرمان إن", "وقال", "كرمان") is None  # no head first
    assert _subject("وقالت كرمان إن الوضع صعب", "وقالت", "كرمان") is None  # nothing between


def test_the_quote_s_speaker_must_be_the_name_written_there_or_a_fuller_one():
    text = "وأفاد المتحدث باسم كرمان أن الرئيس سيعود غدا"
    start = text.index("كرمان")
    cue = Span(0, len("وأفاد"))
    span = Span(start, start + len("كرمان"))
    art = Article(text=text)

    def quote(speaker: str) -> Quote:
        return Quote(
            start=text.index("أن"),
            end=len(text),
            kind="indirect",
            cue=cue,
            speaker=speaker,
            speaker_span=span,
        )

    assert written_subject(art, quote("كرمان")) == "المتحدث باسم كرمان"
    assert written_subject(art, quote("توكل كرمان")) == "المتحدث باسم كرمان"  # the fullest name
    assert written_subject(art, quote("عبد ربه")) is None  # another party: not this rule's


def test_the_parsed_speakers_keep_the_written_subject():
    import marsad

    def speakers(text: str) -> list[str | None]:
        return [q.speaker for q in marsad.parse(text).quotes]

    assert speakers("هجوم\n\nوقالت وكالة الأنباء دوغان إن الهجوم وقع ليلا في مدينة ماردين.\n") == [
        "وكالة الأنباء دوغان"
    ]
    assert speakers("خط ساخن\n\nأعلن المكتب الرئاسي في سول أنه تم فتح خط ساخن بين الزعيمين.\n") == [
        "المكتب الرئاسي في سول"
    ]
    assert speakers(
        "عودة\n\nعاد نائب الرئيس خالد بحاح إلى عدن.\nوأفاد المتحدث باسم بحاح أن الرئيس سيعود قريبا.\n"
    ) == ["المتحدث باسم بحاح"]


def test_a_title_or_a_spokesman_s_own_name_is_left():
    text = "وقال الفريق مهاب مميش إن الحفر سينتهي"
    assert _subject(text, "وقال", "مهاب مميش") is None  # a rank, not a team
    text = "وقال المتحدث باسم الجيش جوناثان كونريكوس إن الهدوء سيقابل بالهدوء"
    assert _subject(text, "وقال", "جوناثان كونريكوس") is None  # the spokesman himself


def test_a_definite_head_keeps_only_a_name_in_its_complement():
    assert (
        _subject("وقال المجلس البلدي في مدريد إن الكلاب متعبة", "وقال", "مدريد") == "المجلس البلدي في مدريد"
    )
    text = "وذكر المكتب الصحفي لمايكروسوفت أنه لم يتلق إخطارا"
    assert _subject(text, "وذكر", "لمايكروسوفت") == "المكتب الصحفي لمايكروسوفت"
    text = "وطالبت المجموعة حكومات مالي والنيجر باتخاذ خطوات"
    assert _subject(text, "وطالبت", "مالي") is None  # the verb's object, not the group's name
    assert _subject("وقالت الشركة الأمريكية أبل إن المبيعات زادت", "وقالت", "أبل") is None  # apposition


def test_a_person_s_title_inside_the_gap_leaves_the_person():
    text = "وقال مكتب رئيس الوزراء بنيامين نتنياهو إن الهجوم وقع فجرا"
    assert _subject(text, "وقال", "بنيامين نتنياهو") is None  # step 40b (form16): the person
