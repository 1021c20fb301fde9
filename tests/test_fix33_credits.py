"""Task fix33 (new-user report nu32, items 1 and 2): a credit field's generic word, a page's author
and a Sabq writer are bylines, never datelines. All test strings are written for these tests."""

from __future__ import annotations

import json

import pytest

import marsad
from marsad.layout.dateline import as_author_credit, parse_credit
from marsad.layout.segment import segment


def _credit(s: str) -> tuple[str | None, str | None]:
    c = parse_credit(s, 0, len(s))
    assert c is not None
    return (
        None if c.dateline is None else s[c.dateline.start : c.dateline.end],
        None if c.byline is None else s[c.byline.start : c.byline.end],
    )


@pytest.mark.parametrize(
    ("field", "dateline", "byline"),
    [
        # generic words alone: who wrote, not where (SaudiNewsNet "  (زائر)" ×18, a JSON-LD author)
        ("  (زائر)", None, "زائر"),
        ("مراسلنا", None, "مراسلنا"),
        # a column label before the writer is neither
        ("تحليل - سامي الفارس", None, "سامي الفارس"),
        ("إضاءة - ماجد العنزي", None, "ماجد العنزي"),
        ("قراءة: هالة المطيري", None, "هالة المطيري"),
        # a reader's comment signed with a name
        (" خالد الرويلي (زائر)", None, "خالد الرويلي"),
        # a weekday is no place
        ("واس - الجمعة", None, "واس"),
        # "by phone" next to the place of the interview
        ("حاوره: سعد القحطاني (باريس - هاتفيا)", "باريس", "سعد القحطاني"),
        # Sabq: writer, outlet, place; the writer was the dateline
        ("فيصل الشمري- سبق:", None, "فيصل الشمري- سبق"),
        ("عبدالكريم نار- سبق- متابعة:", None, "عبدالكريم نار- سبق- متابعة"),
        ("ناصر المطيري- سبق- أبو عريش:", "سبق- أبو عريش", "ناصر المطيري"),  # as "سبق- الرياض"
        # a place before an agency stays the dateline
        ("بوينوس ايرس - أ ف ب", "بوينوس ايرس - أ ف ب", None),
        ("سيهات - واس", "سيهات - واس", None),
        # an unknown single word is still a correspondent's city
        ("تنومة", "تنومة", None),
        # BiDi embedding marks before a known place
        ("\u200f\u202bالرياض - فهد الدوسري", "\u200f\u202bالرياض", "فهد الدوسري"),
        # the older spelling of Reuters is an agency
        ("موسكو - رويتر", "موسكو - رويتر", None),
    ],
)
def test_credit_fields(field, dateline, byline):
    assert _credit(field) == (dateline, byline)


def test_a_field_of_prose_gives_no_dateline():
    """A letter's opening in the author field: its last word after a comma was a place."""
    assert _credit("الحمد لله رب العالمين والصلاة والسلام على رسوله الكريم، وبعد:")[0] is None


def test_a_pages_author_is_a_byline():
    """schema.org author: an unknown word is a name; a known place stays the dateline."""
    for s, expected in (
        ("مراسلنا", (None, "مراسلنا")),
        ("سلمان", (None, "سلمان")),
        ("أبها - سلمان", ("أبها", "سلمان")),
    ):
        c = as_author_credit(s, parse_credit(s, 0, len(s)))
        got = (
            None if c.dateline is None else s[c.dateline.start : c.dateline.end],
            None if c.byline is None else s[c.byline.start : c.byline.end],
        )
        assert got == expected, s
    # the same one word in a SaudiNewsNet-style JSON field is the correspondent's city
    assert _credit("سلمان") == ("سلمان", None)


PAGE = """<html><head><title>ارتفاع أسعار الذهب</title>
<script type="application/ld+json">{ld}</script></head>
<body><article><h1>ارتفاع أسعار الذهب</h1>
<p>ارتفعت أسعار الذهب في الأسواق المحلية صباح اليوم بعد تراجع الدولار أمام العملات الرئيسية.</p>
<p>وتوقع تجار أن يستمر الارتفاع خلال الأسبوع المقبل مع زيادة الطلب.</p></article></body></html>"""


@pytest.mark.parametrize("author", ["مراسلنا", {"@type": "Person", "name": "مراسلنا"}])
def test_html_json_ld_author_is_the_byline_not_the_dateline(author):
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "ارتفاع أسعار الذهب",
        "author": author,
        "datePublished": "2024-03-05T10:00:00+03:00",
        "dateModified": "2024-03-06T11:00:00+03:00",
        "publisher": {"@type": "Organization", "name": "صحيفة المساء"},
    }
    a = marsad.parse(PAGE.replace("{ld}", json.dumps(ld, ensure_ascii=False)).encode(), fmt="html")
    segment(a)
    assert a.dateline is None
    assert a.span_text(a.byline) == "مراسلنا"
    assert a.span_text(a.fields["date"]) == "2024-03-05T10:00:00+03:00"  # datePublished, not dateModified


def test_a_json_ld_author_without_a_date_is_read():
    """The author of a story object with no datePublished was lost (only dated objects were read)."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "author": {"@type": "Person", "name": "مراسلنا"},
    }
    a = marsad.parse(PAGE.replace("{ld}", json.dumps(ld, ensure_ascii=False)).encode(), fmt="html")
    assert a.span_text(a.fields["author"]) == "مراسلنا"
    assert "date" not in a.fields
