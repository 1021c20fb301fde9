"""Missed quotations of the held-out sets 81–83, task miss33 (docs/quotes.md step 54e): participle
forms the cue table lacked (``زاعمة``, ``واصفين``, ``ملاحظا``) and accusing with the accused as an
object pronoun (``اتهموها``, ``يتهمه``) — on texts written for the test."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.cues import lookup
from marsad.quotes.reported import accused_pronoun


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


def test_accusing_with_an_object_pronoun() -> None:
    text = "ويواجه الرئيس علاقات متوترة مع نظيره الفرنسي إيمانويل ماكرون الذي يتهمه بالديكتاتورية."
    assert quotes_of(text) == [("indirect", "بالديكتاتورية", "إيمانويل ماكرون")]
    text = "لكن بعض المستخدمين اتهموها بالتقصير في عملها."
    assert quotes_of(text) == [("indirect", "بالتقصير في عملها", "بعض المستخدمين")]
    text = "وكان الرجل قد اعتقل، واتهمته الشرطة بأنه سرق السيارة."
    assert quotes_of(text) == [("indirect", "بأنه سرق السيارة", "الشرطة")]
    # the pronoun names the accused: the bare verb right before ب stays the passive "was accused"
    assert accused_pronoun("واتهموها") and accused_pronoun("يتهمه")
    assert not accused_pronoun("اتهم") and not accused_pronoun("واتهم")
    assert quotes_of("وقد اتهم أرنو بالتحرش.") == []
    # a relative clause whose subject follows the verb describes the accused: no statement
    text = "وكشف الموقع هوية الرجل الثاني، الذي تتهمه بريطانيا بتسميم العميل، قبل أسبوع."
    assert [q[0] for q in quotes_of(text) if q[2] == "بريطانيا"] == []
    # nor one whose verb does not agree with the relative as its subject (the relative is the accused)
    assert quotes_of("ورفضت أنقرة إطلاق سراح القس الذي تتهمه بالإرهاب والتجسس.") == []
    assert quotes_of("وتسعى بكين إلى ترحيل المواطنين الذين تتهمهم بارتكاب جرائم.") == []
    # the words after the form are its subject, not an object after a subject
    text = "وخلال اعتقاله، اتهمه المدعي العام باستخدام وسائل التواصل لنشر الشائعات."
    assert quotes_of(text) == [("indirect", "باستخدام وسائل التواصل لنشر الشائعات", "المدعي العام")]
