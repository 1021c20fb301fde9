"""Missed quotations of the held-out sets 81–83, task miss33 (docs/quotes.md step 54e): participle
forms the cue table lacked (``زاعمة``, ``ملاحظا``) — on texts written for the test."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.cues import lookup


def quotes_of(text: str) -> list[tuple[str, str, str | None]]:
    """``(kind, content, speaker)`` of every quotation of ``text``."""
    return [(q.kind, text[q.start : q.end], q.speaker) for q in annotate(Article(text=text)).quotes]


def test_feminine_and_plural_participles_of_claiming() -> None:
    text = "ورفعت الممثلة دعوى قضائية ضد المنتج، زاعمة أن العقد كان باطلا."
    assert quotes_of(text) == [("indirect", "أن العقد كان باطلا", "الممثلة")]
    # the participle ends the statement before it, and keeps its speaker
    text = "وقالت المحطة إنها ستتقدم بشكوى ضد المسؤول زاعمة أنه أساء إلى إحدى المراسلات."
    assert quotes_of(text) == [
        ("indirect", "إنها ستتقدم بشكوى ضد المسؤول", "المحطة"),
        ("indirect", "أنه أساء إلى إحدى المراسلات", "المحطة"),
    ]
    assert lookup("زاعمين").participle and lookup("زاعمين").plural


def test_remarking_participle_with_its_clause() -> None:
    text = "وقال الرئيس إن الوضع صعب، ملاحظاً أن بعض الساسة ليس لديهم أي خبرة."
    assert quotes_of(text) == [
        ("indirect", "إن الوضع صعب", "الرئيس"),
        ("indirect", "أن بعض الساسة ليس لديهم أي خبرة", "الرئيس"),
    ]
    # the feminine is the noun "a remark": no cue; nor is the plural noun
    assert lookup("ملاحظة") is None
    assert quotes_of("وقدم الفريق ملاحظات عديدة على المشروع.") == []
