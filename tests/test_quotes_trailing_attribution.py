"""A post-posed attribution or a writer's clause after a comma closes an indirect statement; not the speaker's words
(fresh new-user report nu18: 23 of 1,751 stored spans ended ``…، وفقا لما نقلته …``; the gold sets
never end a statement with one). Rule: ``marsad.quotes.stage.trailing_attribution_end``."""

from __future__ import annotations

import marsad
from marsad.quotes.stage import trailing_attribution_end


def _contents(body: str) -> list[str]:
    a = marsad.parse(("واشنطن - 12-03-2018\n" + body).encode())
    return [a.text[q.start : q.end] for q in a.quotes]


def test_post_posed_attribution_is_cut():
    assert _contents(
        "وأعلن المتحدث أن كوريا الشمالية على استعداد لإجراء محادثات، وفق ما أعلنت الرئاسة الكورية الجنوبية."
    ) == ["أن كوريا الشمالية على استعداد لإجراء محادثات"]
    assert _contents("وأكد الوزير أن بلاده لن تجبر اللاجئين على العودة، وفق ما ذكرت تقارير إعلامية، الخميس.") == [
        "أن بلاده لن تجبر اللاجئين على العودة"
    ]
    assert _contents("وقال المسؤول إن الطائرات قصفت مواقع في دير الزور، وفقاً لما نقلته وكالة الأنباء الروسية.") == [
        "إن الطائرات قصفت مواقع في دير الزور"
    ]


def test_attribution_inside_the_statement_is_kept():
    # a parenthesis: the statement goes on after it
    text = "إنها ستفعل ما يلزم لإنقاذ الاتفاق الذي تسعى واشنطن، بحسب قولها، إلى نسف تطبيقه"
    assert trailing_attribution_end(text, 0, len(text)) == len(text)
    # حسب inside the speaker's own words, with no comma before it
    text = "إن الفرق تعمل حسب الحاجة"
    assert trailing_attribution_end(text, 0, len(text)) == len(text)
    # too little left before it
    text = "إنه بخير، بحسب مصادر"
    assert trailing_attribution_end(text, 0, len(text)) == len(text)


def test_writer_clause_after_the_statement_is_cut():
    """The writer's note that the accused denies it, and a contrast whose own subject speaks, end the
    statement (nu18: Gulen's denial inside Turkey's accusation; the Pentagon's inside a report)."""
    assert _contents("وقالت الحكومة إن غولن دبر محاولة الانقلاب الفاشلة عام 2016، وهو ما ينفيه بشدة.") == [
        "إن غولن دبر محاولة الانقلاب الفاشلة عام 2016"
    ]
    assert _contents("وقالت وكالة الأنباء إن الطائرات الأمريكية قصفت مواقع للجيش، إلا أن البنتاغون نفى ذلك.") == [
        "إن الطائرات الأمريكية قصفت مواقع للجيش"
    ]
    # near misses: the speaker's own contrast, and ما/لم before a cue-like word
    assert _contents("وقال الوزير إن الطائرات قصفت المواقع، لكن الضربات لم تحقق أهدافها.") == [
        "إن الطائرات قصفت المواقع، لكن الضربات لم تحقق أهدافها"
    ]
    assert _contents("وقال المهندس إن معظم الألغام أزيلت، فيما توزعت البقية ما بين ألغام فردية وعبوات.") == [
        "إن معظم الألغام أزيلت، فيما توزعت البقية ما بين ألغام فردية وعبوات"
    ]
