"""New user nu29's wrong speakers (docs/quotes.md step 51u): a subject after the topic adverbial
``من جهته``/``بدوره``, a spokesman linked to whom he speaks for or to a place of his description, a
second verb of saying and a listener after ``لـ`` read as the subject, and the turns of a transcript
(short marked answers, a family-name label, ``على الأرجح`` read as a cue's complement) — on texts
written for the test after the kinds of the report."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.canonical import spokesman_entity
from marsad.quotes.cues import fold
from marsad.quotes.speakers import _topic_adverbial, subject_phrase


def quotes_of(text: str) -> list[tuple[str | None, str, str | None]]:
    """``(speaker, cue, linked entity name)`` of every quote of ``text`` after the full pipeline."""
    a = annotate(Article(text=text))
    return [
        (q.speaker, q.cue_text, a.entities[q.entity].name if q.entity is not None else None) for q in a.quotes
    ]


NETANYAHU = 'قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن "إسرائيل ستدافع عن حدودها بكل قوة".'


def test_subject_after_topic_adverbial() -> None:
    text = "\n".join(
        [
            NETANYAHU,
            'واعتبر من جهته رئيس المكتب السياسي لحركة حماس إسماعيل هنية، أن الوضع لا يحتمل "إما أن يرفع الحصار أو ينفجر الوضع".',
            'وشدد "هذه الدماء لن تذهب هدرا وستبقى شاهدة على الجريمة".',
        ]
    )
    assert [s for s, _, _ in quotes_of(text)] == ["بنيامين نتنياهو", "إسماعيل هنية", "إسماعيل هنية"]
    text = "\n".join(
        [
            'قالت الوزيرة السويدية مارغوت فالستروم إن "السلام يحتاج إلى شجاعة".',
            'وأكدت بدورها الناشطة سلمى يوسف أن "الأوضاع في المخيمات صعبة جدا وتزداد سوءا".',
        ]
    )
    assert [s for s, _, _ in quotes_of(text)] == ["مارغوت فالستروم", "سلمى يوسف"]


def test_topic_adverbial_tokens() -> None:
    toks = [(0, 2, "من"), (3, 7, "جهته"), (8, 12, "رئيس")]
    assert _topic_adverbial(toks, 0) == 2
    assert _topic_adverbial([(0, 5, "بدورها")], 0) == 1
    assert _topic_adverbial([(0, 2, "من"), (3, 8, "الوزير")], 0) == 0


def test_second_verb_of_saying_and_listener_are_not_the_subject() -> None:
    # أضافت قالت لنتنياهو: the second verb is no subject, the content is read after it
    phrase, end = subject_phrase("قالت لنتنياهو إن الوقت قد آن", 0, 0)
    assert (phrase.kind, phrase.text, end) == ("elided", "", 4)
    # ل + a name the article has given a speaker: the person told, never the subject
    phrase, _ = subject_phrase('لنتنياهو إن "الوقت قد آن"', 0, 0, known=frozenset({fold("نتنياهو")}))
    assert phrase.kind == "elided"
    text = "\n".join(
        [
            NETANYAHU,
            'وقالت رئيسة الوزراء البريطانية تيريزا ماي إن "بريطانيا تدعم حل الدولتين".',
            "لكنها أضافت قالت لنتنياهو إن الوقت قد آن لاتخاذ خطوات شجاعة من أجل السلام.",
        ]
    )
    assert [(s, c) for s, c, _ in quotes_of(text)][-1] == ("تيريزا ماي", "أضافت")


def test_spokesman_is_not_whom_he_speaks_for() -> None:
    text = "\n".join(
        [
            "أعلنت الحكومة البريطانية اليوم عن خطة جديدة للنقل.",
            'وقال متحدث باسم السفارة البريطانية في القاهرة إن "السفارة ستبقى مغلقة حتى إشعار آخر".',
            "زار الرئيس التركي رجب طيب إردوغان ألمانيا أمس.",
            'وقال إردوغان إن "العلاقات مع ألمانيا مهمة جدا".',
            'وقال المتحدث باسم الرئيس التركي رجب طيب إردوغان إن "الزيارة كانت ناجحة جدا".',
        ]
    )
    got = quotes_of(text)
    assert ("متحدث باسم السفارة البريطانية في القاهرة", "وقال", None) in got
    assert ("رجب طيب إردوغان", "وقال", "رجب طيب إردوغان") in got
    assert ("المتحدث باسم الرئيس التركي رجب طيب إردوغان", "وقال", None) in got


def test_spokesman_entity_rule() -> None:
    from marsad.model import Entity, Quote

    a = Article(text="")
    a.entities = [Entity("ستيفان دوجاريك", "PER"), Entity("موسكو", "LOC"), Entity("حيدر العبادي", "PER")]
    named = Quote(0, 0, speaker="المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك", entity=0)
    assert spokesman_entity(a, named) == 0  # the title's complement closed (للأمم المتحدة): his own name
    place = Quote(0, 0, speaker="ناطق باسم وزارة الخارجية الروسية في موسكو", entity=1)
    assert spokesman_entity(a, place) is None
    chief = Quote(0, 0, speaker="المتحدث باسم رئيس الوزراء العراقي حيدر العبادي", entity=2)
    assert spokesman_entity(a, chief) is None
    person = Quote(0, 0, speaker="حيدر العبادي", entity=2)
    assert spokesman_entity(a, person) == 2


def test_transcript_turns() -> None:
    text = "\n".join(
        [
            "تبادل أحد الناشطين الحوار التالي مع خاطر الخاطر، السكرتير الأول في السفارة القطرية بباريس:",
            'سؤال: هل أنت مع "الإسلام السياسي"؟',
            'الخاطر: "أنا شخصيا لست معه".',
            'سؤال: "وكدبلوماسي"؟',
            'الخاطر: "نعم كدبلوماسي".',
            "كان هذا نص الحوار، لكن الوزير لن يستطيع على الأرجح الإجابة على تلك الأسئلة.",
        ]
    )
    assert quotes_of(text) == [("خاطر الخاطر", ":", "خاطر الخاطر"), ("خاطر الخاطر", ":", "خاطر الخاطر")]
