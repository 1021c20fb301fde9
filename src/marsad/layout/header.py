"""STUB (owned by the layout work)."""
from __future__ import annotations
from marsad.model import Article


def title_without_hashtag_marks(article: Article) -> str:
    return article.span_text(article.title).replace("#", "").strip()
