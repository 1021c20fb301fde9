"""Step 44r: a contrast clause with a subject and a speech verb of its own (``…، غير أن زعيم المعارضة أكد
أن …``, ``…، لكن البنتاغون نفى الاتهامات``, ``…، بينما نفى البنتاغون …``) ends the statement before it
and is read as a statement of its own; the contrast and the subject it stopped behind are no part of
the statement before (``…، في حين`` | ``قال``, ``… لكنه`` | ``أكد``). Rules:
``marsad.quotes.reported.contrast_clause_start`` (used by ``_inside_statement`` and the stage's
``_drop_embedded`` and elided-subject reading), ``marsad.quotes.stage.writer_clause_end`` and
``_TRAILING_OPENER_RE``. Sentences of our own, with near misses that must not change."""

from __future__ import annotations

import marsad
from marsad.quotes.reported import contrast_clause_start
from marsad.quotes.stage import writer_clause_end


def _quotes(body: str) -> list[tuple[str, str | None]]:
    a = marsad.parse(("واشنطن - 12-03-2018\n" + body).encode())
    return [(a.text[q.start : q.end], q.speaker) for q in a.quotes]


def test_contrast_clause_with_its_own_subject_is_a_statement():
    # غير أن / بيد أن + a subject before the verb: was dropped as nested in the first statement
    assert _quotes("وأعلنت الحكومة أن المحادثات ستستأنف الأسبوع المقبل، غير أن زعيم المعارضة أكد أن حزبه سيقاطعها.") == [
        ("أن المحادثات ستستأنف الأسبوع المقبل", "الحكومة"),
        ("أن حزبه سيقاطعها", "زعيم المعارضة"),
    ]
    assert _quotes("وأكد المتحدث أن الجيش لم يستهدف المدنيين، بيد أن منظمة العفو الدولية أكدت أن الضحايا مدنيون.") == [
        ("أن الجيش لم يستهدف المدنيين", "المتحدث"),
        ("أن الضحايا مدنيون", "منظمة العفو الدولية"),
    ]


def test_denial_in_a_contrast_clause_is_read():
    # a denied noun object after لكن + subject, or بينما + verb + subject: was cut off and lost
    assert _quotes("وقالت الوكالة إن الطائرات قصفت مواقع للجيش، لكن البنتاغون نفى الاتهامات.") == [
        ("إن الطائرات قصفت مواقع للجيش", "الوكالة"),
        ("الاتهامات", "البنتاغون"),
    ]
    assert _quotes("وقالت الوكالة إن الطائرات قصفت مواقع للجيش، بينما نفى البنتاغون الاتهامات.") == [
        ("إن الطائرات قصفت مواقع للجيش", "الوكالة"),
        ("الاتهامات", "البنتاغون"),
    ]


def test_the_contrast_and_its_subject_leave_the_statement_before():
    assert _quotes("وقالت الشرطة إن القطع لم تفحص بعد، في حين قال مسؤولون ماليزيون إنها تعود إلى الطائرة.") == [
        ("إن القطع لم تفحص بعد", "الشرطة"),
        ("إنها تعود إلى الطائرة", "مسؤولون ماليزيون"),
    ]
    assert _quotes("وقالت الوكالة إن الطائرات قصفت مواقع للجيش، إلا أن البنتاغون أكد أن الطائرات لم تقترب.") == [
        ("إن الطائرات قصفت مواقع للجيش", "الوكالة"),
        ("أن الطائرات لم تقترب", "البنتاغون"),
    ]
    # the same speaker goes on after لكنه, with or without a comma
    assert _quotes("وقال الوزير إن المفاوضات تتقدم لكنه أكد أن الاتفاق لم ينضج بعد.") == [
        ("إن المفاوضات تتقدم", "الوزير"),
        ("أن الاتفاق لم ينضج بعد", "الوزير"),
    ]
    assert [t for t, _ in _quotes("وقال الوزير إن المفاوضات تتقدم، لكنه حذر من أن الاتفاق لم ينضج بعد.")] == [
        "إن المفاوضات تتقدم",
        "أن الاتفاق لم ينضج بعد",
    ]


def test_near_misses_stay_one_statement():
    # a denial inside the statement with no contrast: the lawyer's words (the gold convention)
    assert _quotes("وقال المحامي إن موكله نفى الاتهامات الموجهة إليه.") == [
        ("إن موكله نفى الاتهامات الموجهة إليه", "المحامي")
    ]
    # the speaker's own contrast, no speech verb in it
    assert [t for t, _ in _quotes("وقال الوزير إن الطائرات قصفت المواقع، لكن الضربات لم تحقق أهدافها.")] == [
        "إن الطائرات قصفت المواقع، لكن الضربات لم تحقق أهدافها"
    ]
    # a contrast right after the complementizer, no comma: the statement's own clause
    assert [t for t, _ in _quotes("وقال الوزير إنه في حين يشير الاتفاق إلى البحر، تمنحه المعاهدة وضعا خاصا.")] == [
        "إنه في حين يشير الاتفاق إلى البحر، تمنحه المعاهدة وضعا خاصا"
    ]
    # the verb too far from the contrast (more than five words of subject): nested, kept
    text = ("وقال الوزير إن الحكومة وافقت على الخطة، لكن رئيس لجنة الشؤون الخارجية في البرلمان الأوروبي"
            " المنعقد أمس نفى الاتهامات.")
    assert len(_quotes(text)) == 1
    # a cue in the next sentence does not cut the contrast of this one
    assert [t for t, _ in _quotes("وقالت الشركتان إن السيارات ستكون متاحة للجمهور، ولكن عدد مستخدميها سيكون محدودا."
                                  " وأضافت الشركتان أن التجربة ستبدأ قريبا.")] == [
        "إن السيارات ستكون متاحة للجمهور، ولكن عدد مستخدميها سيكون محدودا",
        "أن التجربة ستبدأ قريبا",
    ]


def test_contrast_clause_start():
    text = "إن الطائرات قصفت مواقع للجيش، إلا أن البنتاغون نفى ذلك"
    assert contrast_clause_start(text, 0, text.index("نفى")) == text.index("،")
    text = "إن الطائرات قصفت مواقع للجيش، بينما نفى البنتاغون ذلك"
    assert contrast_clause_start(text, 0, text.index("نفى")) == text.index("،")
    # no comma before the contrast; a comma inside the subject; lo past the contrast
    text = "إنه في حين يشير الاتفاق"
    assert contrast_clause_start(text, 0, text.index("يشير")) is None
    text = "إن الطائرات قصفت المواقع، لكن الوزير، وهو غاضب، نفى ذلك"
    assert contrast_clause_start(text, 0, text.index("نفى")) is None
    text = "إن الطائرات قصفت مواقع للجيش، إلا أن البنتاغون نفى ذلك"
    assert contrast_clause_start(text, text.index("البنتاغون"), text.index("نفى")) is None


def test_writer_clause_end_sees_the_next_statement():
    # the statement was stopped by the cue of the contrast clause: the contrast and subject go
    text = "وقالت الوكالة إن الطائرات قصفت مواقع للجيش، إلا أن البنتاغون أكد أن الطائرات لم تقترب"
    start, end = text.index("إن"), text.index(" أكد")
    assert text[start : writer_clause_end(text, start, end)] == "إن الطائرات قصفت مواقع للجيش"
    # a cue after a sentence end is another sentence's: nothing is cut
    text = "إن السيارات ستكون متاحة، ولكن عددها سيكون محدودا. وأضافت الشركتان أن"
    end = text.index(".")
    assert writer_clause_end(text, 0, end) == end


def test_elided_subject_after_a_contrast_is_the_one_before():
    # بينما قالت: no subject written between the contrast and the verb, so the company goes on speaking
    quotes = _quotes("وقالت شركة أبل إن بطاريتها تعمل ست ساعات، بينما قالت إن الطراز الأحدث يعمل حتى 12 ساعة.")
    assert [sp for _, sp in quotes] == ["شركة أبل", "شركة أبل"]
    text = "وقالت أبل إن بطاريتها تعمل، بينما قالت إن الطراز الأحدث أفضل"
    assert contrast_clause_start(text, 0, text.index("قالت إن الطراز")) == text.index("،")
    assert contrast_clause_start(text, 0, text.index("قالت إن الطراز"), subject=True) is None
