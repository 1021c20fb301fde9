"""The seed article against its gold file: title, hashtags, removed repeats, body paragraphs,
sub-heading, dateline."""

from __future__ import annotations

import pytest

from marsad.layout.hashtags import unique_hashtags
from marsad.model import Article
from test_layout_support import layout, texts


@pytest.fixture()
def seed(seed_text) -> Article:
    return layout(Article(text=seed_text, source="seed"))


def test_seed_title_without_hashtag_marks(seed, seed_gold):
    assert seed.title_text == seed_gold["title"]
    assert seed.span_text(seed.title).startswith("#لافروف: ")


def test_seed_hashtags(seed, seed_gold):
    assert unique_hashtags(seed) == seed_gold["hashtags"] == ["لافروف", "سوريا"]
    # every occurrence in the kept title (the repeated title line was removed)
    assert [h.tag for h in seed.hashtags] == ["لافروف", "سوريا"]
    assert all(
        seed.text[h.start] == "#" and seed.title.start <= h.start < seed.title.end for h in seed.hashtags
    )


def test_seed_header_line_is_first_block(seed, seed_gold):
    assert seed.blocks[0].kind == "header"
    assert seed.span_text(seed.blocks[0]) == seed_gold["published"]["raw"]


def test_seed_two_blocks_removed(seed, seed_gold):
    assert len(seed.removed) == seed_gold["layout"]["duplicates_removed"] == 2
    title_rep, lead_rep = seed.removed
    assert (title_rep.kind, title_rep.what, title_rep.similarity) == ("exact", "title", 1.0)
    assert seed.span_text(title_rep) == seed.span_text(seed.title)
    assert (title_rep.repeats.start, title_rep.repeats.end) == (seed.title.start, seed.title.end)
    assert (lead_rep.kind, lead_rep.what) == ("near", "lead")
    assert "رابطاُ" in seed.span_text(lead_rep)
    assert "لكنه ربط" in seed.span_text(lead_rep.repeats)  # the first one is kept
    assert 0.8 < lead_rep.similarity < 1.0
    assert seed_gold["lead_repeated"] is True


def test_seed_lead_is_the_first_occurrence(seed):
    assert "لكنه ربط" in seed.span_text(seed.lead)
    assert seed.span_text(seed.lead).startswith("شدد وزير الخارجية الروسي")


def test_seed_body_paragraphs_and_subheading(seed, seed_gold):
    # gold "body_paragraphs": 10 = the lead + 9 paragraphs; the sub-heading is counted apart
    assert len(seed.body) == seed_gold["layout"]["body_paragraphs"] == 10
    assert texts(seed, "subheading") == seed_gold["layout"]["subheadings"]
    assert len(seed.paragraphs) == 11
    assert texts(seed, "body")[-1].startswith("وأوضح الوزير أن مثل هذا التعاون")


def test_seed_no_dateline_no_byline(seed, seed_gold):
    assert seed_gold["dateline"] is None
    assert seed.dateline is None and seed.byline is None


def test_seed_blocks_ordered_and_disjoint(seed, seed_text):
    for a, b in zip(seed.blocks, seed.blocks[1:], strict=False):
        assert a.end <= b.start
    assert seed.text == seed_text  # the raw text is never altered
    assert not seed.problems


def test_seed_through_the_pipeline(seed_article, seed_gold):
    """The same results when the whole pipeline runs (marsad.parse)."""
    assert seed_article.title_text == seed_gold["title"]
    assert len(seed_article.removed) == 2
    assert len(seed_article.body) == 10
    assert [seed_article.span_text(b) for b in seed_article.subheadings] == seed_gold["layout"]["subheadings"]
    assert unique_hashtags(seed_article) == seed_gold["hashtags"]
