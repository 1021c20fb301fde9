"""Spelling variants and confusable words through the whole search path (analyzer → FTS5 → hits).

Data: tests/data/search/variants.json (22 variant pairs, both directions; 10 confusable pairs).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from marsad.model import Article, Block, Span
from marsad.search import index

DATA = Path(__file__).parent / "data" / "search"
VARIANTS = json.loads((DATA / "variants.json").read_text(encoding="utf-8"))


def make_article(title: str, body: str, **meta: str) -> Article:
    text = title + "\n\n" + body
    a = Article(text=text, meta=dict(meta))
    a.title = Span(0, len(title))
    a.blocks.append(Block(len(title) + 2, len(text), kind="body"))
    return a


def index_of(*bodies: str) -> sqlite3.Connection:
    """An in-memory index with one article per body (ids 1..n), neutral titles."""
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    for i, body in enumerate(bodies, 1):
        index.save_article(conn, i, make_article(f"خبر رقم {i}", f"قال المصدر إن {body} كان في الخبر."))
    return conn


def found(conn: sqlite3.Connection, query: str) -> set[int]:
    return {h["article_id"] for h in index.search(conn, query, limit=50)}


@pytest.mark.parametrize("pair", VARIANTS["pairs"], ids=lambda p: p["kind"])
def test_variant_found_both_ways(pair):
    conn = index_of(pair["a"], pair["b"], "نص آخر لا علاقة له")
    assert 2 in found(conn, pair["a"]), f"{pair['a']!r} must find text {pair['b']!r}"
    assert 1 in found(conn, pair["b"]), f"{pair['b']!r} must find text {pair['a']!r}"
    assert 3 not in found(conn, pair["a"])


def test_variant_set_has_22_pairs():
    assert len(VARIANTS["pairs"]) == 22


@pytest.mark.parametrize("pair", VARIANTS["confusables"], ids=lambda p: p["kind"])
def test_confusable_not_matched(pair):
    conn = index_of(pair["text"])
    assert found(conn, pair["query"]) == set(), f"{pair['query']} must not match {pair['text']}"


def test_issue_examples_explicitly():
    conn = index_of("الإرهاب", "الارهاب", "الإِرهاب", "والإرهاب", "بالإرهاب", "إلا", "على", "علي")
    assert found(conn, "الإرهاب") == {1, 2, 3, 4, 5}
    assert found(conn, "الارهاب") == {1, 2, 3, 4, 5}
    assert found(conn, "إرهاب") == {1, 2, 3, 4, 5}
    assert found(conn, "إلى") == set()
    assert found(conn, '"علي"') == {8}
    assert found(conn, "علي") == {8}
    assert found(conn, "على") == {7}


def test_exact_form_ranks_first():
    # Article 1 has the stem only (والإرهاب), article 2 the exact surface form.
    conn = index_of("والإرهاب", "الإرهاب")
    hits = index.search(conn, "الإرهاب")
    assert [h["article_id"] for h in hits] == [2, 1]


def test_title_boost():
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    index.save_article(conn, 1, make_article("زيارة رسمية", "تحدث الوزير عن الاقتصاد والاقتصاد والتجارة"))
    index.save_article(conn, 2, make_article("الاقتصاد يتحسن", "تحدث الوزير عن الزيارة"))
    assert [h["article_id"] for h in index.search(conn, "الاقتصاد")] == [2, 1]
