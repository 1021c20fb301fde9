"""Step 50q (rec26): an attribution phrase whose source is written in quotation marks (``حسبما أفادت
"فرانس برس"``, ``ووفقاً لصحيفة «معاريف» الإسرائيلية``, ``وبحسب مراسل "الجوهرة أف أم"``): the marks name
the source, the statement is read as for a source without marks — before a post-posed phrase, after a
fronted one (after its comma, its ``فإن``, or, with neither, after the marks and their adjectives).
``marsad.quotes.stage._quoted_source`` and ``_marked_source_end``. Sentences of our own."""

from __future__ import annotations

import marsad


def _quotes(body: str) -> list[tuple[str, str | None]]:
    a = marsad.parse(("واشنطن - 12-03-2018\n" + body).encode())
    return [(a.text[q.start : q.end], q.speaker) for q in a.quotes]


def test_post_posed_phrase_with_a_source_in_marks():
    assert _quotes('وارتفعت أسعار النفط في الأسواق الآسيوية، بحسب "رويترز".') == [
        ("وارتفعت أسعار النفط في الأسواق الآسيوية", "رويترز")
    ]
    assert _quotes('وأصدرت محكمة عراقية، الأحد، حكما بالإعدام بحق 15 امرأة، حسبما أفادت "فرانس برس".') == [
        ("وأصدرت محكمة عراقية، الأحد، حكما بالإعدام بحق 15 امرأة", "فرانس برس")
    ]


def test_fronted_phrase_with_a_source_in_marks():
    assert _quotes('وبحسب "رويترز"، فإن الشركة تدرس بيع أصولها.') == [
        ("فإن الشركة تدرس بيع أصولها", "رويترز")
    ]
    assert _quotes('ووفقا لصحيفة "دي فيلت" الألمانية فإن اللاعب لديه مصفف شعر خاص.') == [
        ("فإن اللاعب لديه مصفف شعر خاص", "صحيفة دي فيلت")
    ]
    # no comma and no فإن: the statement starts after the marks and their adjective
    assert _quotes("ووفقاً لصحيفة «معاريف» الإسرائيلية سيكون الدعم الأمريكي شاملاً ومغرياً.") == [
        ("سيكون الدعم الأمريكي شاملاً ومغرياً", "صحيفة معاريف")
    ]
    # a relative clause after the name still describes the source: the statement follows its comma
    assert _quotes(
        'وبحسب موقع "كود دوت أورغ" الذي يروج لتعليم البرمجة، ثمة أكثر من 500 ألف وظيفة شاغرة.'
    ) == [("ثمة أكثر من 500 ألف وظيفة شاغرة", "موقع كود دوت أورغ")]


def test_marks_after_a_clause_are_no_source():
    # the quoted words after فإن are part of the statement, not the source's name
    assert _quotes('وبحسب الشرطة فإن "شاحنة صغيرة بيضاء" صدمت مارة في الشارع.') == [
        ('فإن "شاحنة صغيرة بيضاء" صدمت مارة في الشارع', "الشرطة")
    ]
    # a rule in marks names no source (unchanged)
    assert _quotes('وانطلقت الدورة بمشاركة 20 فريقا وفق نظام "خروج المغلوب".') == []
