"""New user nu31's wrong quotations (docs/quotes.md step 52g): speaker names run on from a verb before
the subject (Arabic's VSO order) or from a preposition-like noun — on short strings written for the
test after the kinds of the report."""

from __future__ import annotations

import pytest

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.headline import headline_quote
from marsad.quotes.plausible import fragment_speaker
from marsad.quotes.speakers import _finite_verb_word, is_person_token, is_place


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in annotate(Article(text=text)).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an auxiliary before its subject is no first name of the subject written elsewhere
        (
            "كان بوتين قد التقى ترامب في هلسنكي الأسبوع الماضي.\nوقال بوتين إن اللقاء كان ناجحا ومفيدا للبلدين.",
            "بوتين",
        ),
        # a title's clause the tagger read as one name (a verb inside) is no fuller name of the subject
        (
            "الملكة إليزابيث تستقبل دونالد ترامب في لندن\nوقال دونالد ترامب إن العلاقات مع بريطانيا قوية جدا.",
            "دونالد ترامب",
        ),
    ],
)
def test_verb_before_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("كان", True),
        ("وكانت", True),
        ("تستقبل", True),
        ("أصدرت", True),
        ("دونالد", False),
        ("لارا", False),
        ("الملكة", False),
    ],
)
def test_finite_verb_word(word: str, verb: bool) -> None:
    assert _finite_verb_word(word) is verb


@pytest.mark.parametrize(
    ("speaker", "kept"),
    [
        ("جانب دونالد ترامب", "دونالد ترامب"),  # من جانب …: a preposition-like noun and its complement
        ("وإلى جانب", None),
    ],
)
def test_preposition_like_noun_heads_no_speaker(speaker: str, kept: str | None) -> None:
    ws = speaker.split()
    kind, i, j = fragment_speaker(ws, lambda w: is_person_token(w) or is_place(w), is_person_token, is_place)
    assert kind == "preposition"
    assert (" ".join(ws[i:j]) or None) == kept


@pytest.mark.parametrize(
    "tail",
    ["، دون تفاصيل.", " أمس.", "."],  # a short adjunct of the writer after the quotation (nu31 #2)
)
def test_direct_quote_with_words_after_its_closing_mark(tail: str) -> None:
    text = "اجتمع مجلس الوزراء أمس في الرياض.\nوقال الوزير «نحن نعمل ليلا نهارا من أجل المواطنين»" + tail
    a = annotate(Article(text=text))
    assert [(q.kind, q.speaker, a.text[q.start : q.end]) for q in a.quotes] == [
        ("direct", "الوزير", "نحن نعمل ليلا نهارا من أجل المواطنين")
    ]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("إعداد : علي محمد الشهري تصوير : تركي البوق", None),  # a credit line (nu31 #3)
        ("خدمة: «واشنطن بوست» خاص بـ «الشرق الأوسط»", None),  # a news service's credit
        ("خدمة العملاء: نعمل على حل المشكلة خلال يومين", "خدمة العملاء"),  # (not the whole speaker part)
    ],
)
def test_credit_line_is_no_headline_quote(line: str, speaker: str | None) -> None:
    h = headline_quote(line, "subheading")
    assert (line[h[0] : h[1]] if h else None) == speaker


def test_calendar_after_hasab_is_no_source() -> None:
    """``حسب التقويم الشرقي``: "by the Eastern calendar", a norm (``NORM_NOUNS``), not a source (nu31 #4)."""
    text = (
        "عنوان الخبر\nويحتفل الأقباط بعيد الميلاد في السابع من يناير حسب التقويم الشرقي المعتمد في الكنيسة."
    )
    assert speakers(text) == []
    text = "عنوان الخبر\nوارتفع عدد القتلى إلى عشرين شخصا حسب مصادر طبية في المدينة."
    assert speakers(text) == ["مصادر طبية في المدينة"]


def test_apposition_names_kept() -> None:
    """A given name the treebank also tags as a preposition (``علي``) still names the role in apposition;
    ``حيث`` after a comma is read as before (only after a quoted span does an adverb end the subject)."""
    text = "عنوان الخبر\nوكشف المتحدث باسم المقاومة، علي الأحمدي، عن استهداف مواقع المسلحين في المدينة."
    assert speakers(text) == ["علي الأحمدي"]
