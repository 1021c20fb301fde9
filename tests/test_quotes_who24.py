"""Speakers a new analyst read as wrong (task who24, new-user report nu24, issue 6): speaker spans with
an unpaired quotation mark, … Each test holds the right values of the reproduction's kind on sentences
written for the tests."""
from __future__ import annotations

import marsad
from marsad.model import Span
from marsad.quotes.canonical import filiation_rest_end
from marsad.quotes.stage import closed_speaker_span, medium_name_in_marks

HEAD = "عنوان الخبر هنا\n\nالقاهرة - 3 مارس 2017\n\n"


def parsed(body: str) -> marsad.Article:
    """An article with a title, dateline and ``body``."""
    return marsad.parse(HEAD + body + "\n")


def spans(body: str) -> list[tuple[str | None, str | None]]:
    """(speaker, speaker span text) of each quote of an article with ``body``."""
    a = parsed(body)
    return [(q.speaker, a.text[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None)
            for q in a.quotes]


# -- item 6: a speaker span holding an opening mark ends at its closing mark ------------------------

def test_closed_speaker_span_unit():
    t = 'ذكرت وكالة "مهر" أن'
    assert closed_speaker_span(t, Span(5, 15)) == Span(5, 16)  # وكالة "مهر → وكالة "مهر"
    t2 = 'نقل موقع "يو أو إل" الإخباري أن'
    assert closed_speaker_span(t2, Span(4, 15)) == Span(4, 19)  # موقع "يو أو → موقع "يو أو إل"
    assert closed_speaker_span('ذكرت صحيفة «الخبر» أن', Span(5, 18)) is None  # paired already
    assert closed_speaker_span('ذكرت وكالة "مهر، أن', Span(5, 15)) is None  # a comma before any mark
    assert closed_speaker_span('ذكرت وكالة سانا أن', Span(5, 15)) is None  # no mark at all


def test_agency_span_keeps_both_marks():
    for body, name in (
        ('ذكرت وكالة "فارس" للأنباء أن البرلمان سيصوت على القانون الأسبوع المقبل.', "وكالة فارس"),
        ('وأعلنت شركة "نوكيا"، الأربعاء، أن أرباحها ارتفعت في الربع الثالث.', "شركة نوكيا"),
        ("وذكرت صحيفة «الأهرام» الحكومية أن الوزير سيزور باريس.", "صحيفة الأهرام"),
    ):
        got = spans(body)
        assert got, body
        speaker, span = got[0]
        assert speaker == name, body
        assert span.count('"') % 2 == 0 and span.count("«") == span.count("»"), span


def test_marked_name_cut_before_its_mark_is_whole():
    got = spans('وذكر موقع "يو أو إل" الإخباري البرازيلي أن بعض اللاعبين سيغادرون النادي.')
    assert got == [("موقع يو أو إل", 'موقع "يو أو إل"')]
    got = spans('وذكرت إذاعة "كادينا سير" الإسبانية الثلاثاء أن اللاعب سيعتزل نهاية الموسم.')
    assert got == [("إذاعة كادينا سير", 'إذاعة "كادينا سير"')]


# -- item 1: a first name alone takes the PER name the article writes whole again and again ----------

FIRE = "قلق كبير أصاب محبي نجم الكوميديا سمير إمام، بعد وقوع حريق قرب منزله يوم الثلاثاء.\n"


def test_first_name_takes_a_repeated_full_name():
    a = parsed(FIRE + "وفي مداخلة هاتفية أجراها #سمير_إمام مع الإعلامي وائل الإبراشي، أكد سمير أن الحريق"
               " وقع بعيدا عن منزله.\nوعلق سمير إمام على ما تم تداوله في الآونة الأخيرة.")
    assert [q.speaker for q in a.quotes] == ["سمير إمام"]


def test_full_name_written_once_is_not_enough():
    # (امام without hamza folds as "in front of" does: one writing may be a run-on of the tagger)
    bare = FIRE.replace("إمام", "امام")
    a = parsed(bare + "وفي مداخلة هاتفية مع الإعلامي وائل الإبراشي، أكد سمير أن الحريق وقع بعيدا عن منزله.")
    assert [q.speaker for q in a.quotes] == ["سمير"]
    # subj26: written with hamza below, إمام is the family name, never the preposition أمام: the
    # article's fullest name (docs/quotes.md step 49t)
    a = parsed(FIRE + "وفي مداخلة هاتفية مع الإعلامي وائل الإبراشي، أكد سمير أن الحريق وقع بعيدا عن منزله.")
    assert [q.speaker for q in a.quotes] == ["سمير إمام"]


# -- item 1: a family name after "بن X" goes on with the speaker ------------------------------------

RIYADH = "عنوان الخبر هنا\n\nالرياض - 3 مارس 2017\n\n"


def riyadh(body: str) -> list[tuple[str | None, str | None, int | None]]:
    a = marsad.parse(RIYADH + body + "\n")
    return [(q.speaker, a.text[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None, q.entity)
            for q in a.quotes]


def test_family_name_after_filiation():
    got = riyadh("أوضح وزير الخدمة المدنية خالد بن عبدالله العرج بأن ما تم الإعلان عنه هو مرحلة أولية.")
    assert got == [("خالد بن عبدالله العرج", "خالد بن عبدالله العرج", 0)]  # the tagger's خالد بن عبدالله kept linked


def test_filiation_unit():
    t = "قال الوزير خالد بن عبدالله العرج، إن"
    assert t[filiation_rest_end(t, 11, 26) - 5 :].startswith("العرج")
    t = "أكد ولي العهد محمد بن سلمان الأربعاء أن"  # a weekday goes on with the sentence
    assert filiation_rest_end(t, 14, 27) is None
    t = "أكد الأمير خالد بن سلمان الحكومي الجديد"  # an adjective, then no boundary
    assert filiation_rest_end(t, 11, 24) is None
    assert filiation_rest_end("قال خالد عبدالله العرج، إن", 4, 16) is None  # no بن


# -- item 3: a quantifier subject (البعض) is "some people", not an earlier "بعض X" --------------------

def test_quantifier_subject_is_no_earlier_noun():
    a = parsed("نفى الفنان تامر حسني إجراء عملية تجميل، مؤكدا أنه معرض لبعض التغيرات في ملامحه بسبب الريجيم.\n"
               "وشهدت مواقع التواصل الاجتماعي رواجا لصور الحلقة الأخيرة، وادّعى البعض أن وجه تامر تعرض لتغييرات كبرى.")
    assert [q.speaker for q in a.quotes] == ["تامر حسني", "تامر حسني", "البعض"]


# -- item 1: "many of" + a plural is the whole unnamed source -----------------------------------------

def test_many_of_is_the_whole_phrase():
    assert [q.speaker for q in parsed(
        "يراهن عدد قليل على بقاء اللاعب، فقد أكدت العديد من وسائل الإعلام أن برشلونة أبلغ أتلتيكو مدريد"
        " برغبته في دفع قيمة الشرط الجزائي.").quotes] == ["العديد من وسائل الإعلام"]
    assert [q.speaker for q in parsed("وذكرت العديد من الصحف الإسبانية أن اللاعب سيرحل الصيف المقبل.").quotes] == [
        "العديد من الصحف الإسبانية"]
    assert [q.speaker for q in parsed("وأكد الكثير من المحللين أن الأسعار سترتفع العام المقبل.").quotes] == [
        "الكثير من المحللين"]


# -- item 2: a medium's name in marks after its head is no quotation ---------------------------------

def test_medium_name_in_marks_is_no_quote():
    a = parsed('وأتى كلامه في إشارة إلى صحافية من محطة "فوكس نيوز" نصحت نجم كرة السلة ليبرون جيمس "بالصمت'
               ' والمراوغة بالكرة" بعد مواقفه السياسية.')
    assert "فوكس نيوز" not in [a.text[q.start : q.end] for q in a.quotes]
    t = 'صحافية من قناة «الحرة» نصحت اللاعب'
    assert medium_name_in_marks(t, t.index("«") + 1, t.index("»"))
    t = 'وقال مذيع القناة "الحرب ستطول".'  # a statement ends the sentence
    assert not medium_name_in_marks(t, t.index('"') + 1, t.rindex('"'))
    t = 'وكتب على صفحته "الحرب ستطول كثيرا" ثم غادر'  # no medium's head before the marks
    assert not medium_name_in_marks(t, t.index('"') + 1, t.rindex('"'))
