"""The search index's rows of an article: the display text of its paragraphs is computed in one
``display_text`` call over the raw paragraphs joined by blank lines (``article_fields``), which must
equal the paragraphs' display texts joined — the edits of the display layer (controls and tatweel
deleted, entities decoded, combining hamza composed) and the orthography rule never reach across a
line break."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import Article, Block
from marsad.search import index
from marsad.text.normalize import display_text

#: Characters the display layer acts on, next to letters it looks at (bare alef, hamza carriers).
PIECES = [
    "ا", "و", "ي", "ب", "م", " ", "\n", "\n\n", "\u064b", "\u064c", "\u064e", "\u064f", "\u0653",
    "\u0654", "\u0655", "\u0640", "\u200f", "\u200e", "\u202b", "\u061c", "\ufeff", "&amp;",
    "&#1575;", "&quot", "&", ";", "#", "a", "1", "\u0627\u064f", "مزيداُ",
]


def _per_block(article: Article) -> tuple[str, str, str]:
    """The previous ``article_fields``: one display call per paragraph."""
    title = article.title_text if article.title is not None else ""
    lead_block = article.lead
    lead = article.display(lead_block) if lead_block is not None else ""
    paragraphs = [b for b in article.paragraphs if b is not lead_block]
    if paragraphs:
        body = "\n\n".join(article.display(b) for b in paragraphs)
    elif not lead and not title and article.ok:
        body = article.display()
    else:
        body = ""
    return title, lead, body


@settings(max_examples=800, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), min_size=1, max_size=5))
def test_display_text_of_joined_paragraphs_is_the_joined_display_texts(parts):
    assert display_text("\n\n".join(parts)) == "\n\n".join(display_text(p) for p in parts)


def test_block_boundaries_that_a_rule_could_reach_across():
    # a tanween mark opening a paragraph after a word-final alef, a combining hamza opening one
    # after an alef, controls at both ends, an entity cut by the end of a paragraph
    parts = ["قال مزيدا", "\u064fوأضاف", "جاء ا", "\u0654خرى", "\u200fنص\u200f", "&amp", ";x", "ــكلمة"]
    for a in parts:
        for b in parts:
            assert display_text(a + "\n\n" + b) == display_text(a) + "\n\n" + display_text(b), (a, b)


def test_article_fields_equal_the_per_paragraph_display(seed_article):
    assert index.article_fields(seed_article) == _per_block(seed_article)
    text = "عنوان\n\nفقرة أولى مزيداُ\n\n\u064fثانية\u200f\n\nثالثة &amp; رابعة\n\nـخامسة"
    a = Article(text=text)
    cuts = [i for i in range(len(text)) if text.startswith("\n\n", i)]
    bounds = list(zip([0] + [c + 2 for c in cuts], cuts + [len(text)], strict=True))
    a.title = None
    a.blocks = [Block(s, e, kind=k) for (s, e), k in zip(bounds, ["lead", "body", "body", "subheading", "body"], strict=True)]
    assert index.article_fields(a) == _per_block(a)
    assert index.article_fields(a)[2].count("\n\n") == 3


def test_title_text_is_computed_once_per_article_and_never_stale(seed_article):
    from marsad.model import Span
    from marsad.store import db as store_db

    a = seed_article
    assert store_db.title_text_of(a) == a.title_text
    assert store_db._TITLE_MEMO[0][0] is a
    assert store_db.title_text_of(a) is store_db._TITLE_MEMO[0][4]  # kept, not computed again
    old, full = a.title, a.title_text
    try:
        a.title = Span(old.start, old.end - 3)  # other offsets: computed again
        assert store_db.title_text_of(a) == a.title_text != full
        a.title.end = old.end  # the same Span object moved back in place
        assert store_db.title_text_of(a) == full
        assert store_db.title_text_of(a) == a.title_text
    finally:
        a.title = old
    other = Article(text="#عنوان_الخبر: نص\n\nفقرة", title=Span(0, 16))
    assert store_db.title_text_of(other) == other.title_text == "عنوان_الخبر: نص"
    assert store_db.title_text_of(Article(text="بلا عنوان")) == ""
