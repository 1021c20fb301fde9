"""nu27: a query longer than settings.SEARCH_MAX_QUERY_CHARS is cut at a word boundary."""

from __future__ import annotations

from marsad import settings
from marsad.search.index import _cut_query


def test_cut_at_word_boundary_not_inside_a_word():
    query = " ".join(["ترامب"] * 400)  # 2,399 characters; the limit falls inside a word
    cut = _cut_query(query, settings.SEARCH_MAX_QUERY_CHARS)
    assert len(cut) <= settings.SEARCH_MAX_QUERY_CHARS
    assert set(cut.split()) == {"ترامب"}
    assert len(cut.split()) == 166  # 166 × 6 − 1 = 995 characters; a 167th word would end at 1,001


def test_trailing_operator_dropped_and_short_query_kept():
    query = "ترامب OR " * 150 + "بوتين"
    cut = _cut_query(query, settings.SEARCH_MAX_QUERY_CHARS)
    assert cut.split()[-1] == "ترامب"
    assert set(cut.split()) == {"ترامب", "OR"}
    assert _cut_query("ترامب بوتين", 1000) == "ترامب بوتين"
    assert _cut_query("ا" * 1200, 1000) == "ا" * 1000  # one word: cut at the limit
