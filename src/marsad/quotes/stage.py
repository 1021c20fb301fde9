"""STUB (owned by the quotes work): quotations with speakers."""
from __future__ import annotations
from marsad.model import Article


def annotate_quotes(article: Article) -> None:
    return None
