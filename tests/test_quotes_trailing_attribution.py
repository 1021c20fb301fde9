"""A post-posed attribution after a comma closes an indirect statement; it is not the speaker's words
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
