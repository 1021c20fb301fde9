"""Missed quotations of the held-out sets 81–83, task miss33 (docs/quotes.md step 54e): participle
forms the cue table lacked (``زاعمة``, ``واصفين``, ``ملاحظا``) — on texts written for the test."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.cues import lookup


def quotes_of(text: str) -> list[tuple[str, str, str | None]]:
    """``(kind, content, speaker)`` of every quotation of ``text``."""
    return [(q.kind, text[q.start : q.end], q.speaker) for q in annotate(Article(text=text)).quotes]


def test_feminine_and_plural_participles_of_claiming_and_describing() -> None:
    text = "ورفعت الممثلة دعوى قضائية ضد المنتج، زاعمة أن العقد كان باطلا."
    assert quotes_of(text) == [("indirect", "أن العقد كان باطلا", "الممثلة")]
    text = "وامتدح كثير من النقاد الفيلم، واصفين إياه بأنه عمل جريء."
    assert quotes_of(text) == [("indirect", "إياه بأنه عمل جريء", "كثير من النقاد الفيلم")]
    assert lookup("زاعمين").participle and lookup("واصفين").plural


def test_remarking_participle_with_its_clause() -> None:
    text = "وقال الرئيس إن الوضع صعب، ملاحظاً أن بعض الساسة ليس لديهم أي خبرة."
    assert quotes_of(text) == [
        ("indirect", "إن الوضع صعب", "الرئيس"),
        ("indirect", "أن بعض الساسة ليس لديهم أي خبرة", "الرئيس"),
    ]
    # the feminine is the noun "a remark": no cue; nor is the plural noun
    assert lookup("ملاحظة") is None
    assert quotes_of("وقدم الفريق ملاحظات عديدة على المشروع.") == []
