"""The seed article against its gold: 16 quotations, kinds, cues, speakers, spans; names not quotes."""
from __future__ import annotations

import pytest

from marsad.layout.segment import segment
from marsad.model import Article
from marsad.quotes.stage import annotate_quotes


def _bare(text: str) -> Article:
    """The seed through the quotes stage alone (the layout stage's segmentation, no dedup)."""
    a = Article(text=text)
    segment(a)
    for b in a.blocks:  # the layout-less path: every block a body block, no title, nothing removed
        b.kind = "body"
    a.title = None
    a.removed.clear()
    annotate_quotes(a)
    return a


@pytest.fixture(params=["pipeline", "quotes-stage-alone"])
def seed_quotes(request, seed_article, seed_text):
    a = seed_article if request.param == "pipeline" else _bare(seed_text)
    return a, [(q, a.text[q.start : q.end]) for q in a.quotes]


def test_sixteen_quotes_in_gold_order(seed_quotes, seed_gold):
    a, quotes = seed_quotes
    gold = seed_gold["quotes"]
    assert len(quotes) == len(gold) == 16
    for (q, content), g in zip(quotes, gold, strict=True):
        assert q.kind == g["kind"], (content, g)
        assert q.speaker == g["speaker"] == "سيرغي لافروف"
        assert q.cue_text == g["cue"]
        assert content.startswith(g["starts_with"]), (content, g["starts_with"])
        assert content.endswith(g["ends_with"]), (content, g["ends_with"])


def test_names_in_marks_are_not_quotes(seed_quotes, seed_gold):
    _, quotes = seed_quotes
    contents = [c for _, c in quotes]
    for name in seed_gold["not_quotes"]:
        assert name not in contents


def test_speaker_spans_point_at_a_mention(seed_quotes):
    a, quotes = seed_quotes
    for q, _ in quotes:
        assert q.speaker_span is not None
        assert a.text[q.speaker_span.start : q.speaker_span.end] in ("لافروف", "سيرغي لافروف", "الوزير")
        assert q.cue is not None and a.text[q.cue.start : q.cue.end] == q.cue_text


def test_last_quote_runs_to_the_merged_closing_mark(seed_quotes):
    _, quotes = seed_quotes
    q, content = quotes[14]
    assert content.startswith("بلا شك") and content.endswith('ما يسمى "الجيش السوري الحر')


def test_reported_then_direct_in_one_sentence(seed_quotes):
    _, quotes = seed_quotes
    (q8, c8), (q9, c9) = quotes[7], quotes[8]
    assert (q8.kind, q9.kind) == ("indirect", "direct")
    assert c8.endswith("القضاء على هؤلاء المتطرفين") and c9.startswith("وفي نهاية المطاف")
    assert q8.end < q9.start
