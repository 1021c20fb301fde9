"""The lead's fixes of the twentieth session (nu33's report): an empty subject word list in the quotes
stage's phrase reader, and format characters after a line's final punctuation."""

from __future__ import annotations

import pytest

import marsad
from marsad.quotes.speakers import analyse_phrase


def test_phrase_reader_on_no_words_is_an_elided_phrase():
    # a caller's filter kept no word (a name starting past the words read): no IndexError
    phrase = analyse_phrase("نص", [], 7, subject=True)
    assert (phrase.start, phrase.end, phrase.text, phrase.kind) == (7, 7, "", "elided")


def test_article_whose_subject_name_starts_past_the_words_read_keeps_its_stages():
    # nu33 C1: SaudiNewsNet 2015-07-31.json#1352 (alwatan) lost every quotation to
    # "quotes: IndexError: list index out of range"
    article = marsad.parse("عنوان\n\nمن دون عناء يذكر ويشار لهم بالبنان.")
    assert [p.code for p in article.problems if p.level == "error"] == []
    assert article.quotes == []


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u202c", "\u200f\u200f", ""])
def test_format_character_after_the_full_stop_does_not_make_a_title(mark):
    # nu33 W12: a one-line article ending in a right-to-left mark was read as a title with no body
    text = 'قال الرئيس دونالد ترامب إن "أمريكا ستنتصر".' + mark
    article = marsad.parse(text)
    codes = [p.code for p in article.problems]
    assert "title-only" not in codes and "no-title" in codes
    # (two words in marks after إن: an indirect statement with its marks, docs/quotes.md's scare-quote rule)
    assert [article.span_text(q) for q in article.quotes] == ['إن "أمريكا ستنتصر"']
